// Long lists of records: validated in slices (ajv's error joining is quadratic otherwise) with the same
// errors as a whole validation, whole-list rules (uniqueItems, minItems) checked on the whole list, and a
// failed alternative (DECP 1.x: a contract is a "marché" or a "contrat de concession") reduced to the
// branch meant.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { recordListPath, sliceRules, SLICE_ITEMS, validateInSlices } from '../../../server/src/engine/json/chunkedValidation';
import { compileJsonSchema } from '../../../server/src/engine/json/compileJsonSchema';
import { checkJsonDataset } from '../../../server/src/engine/json/jsonDataset';
import { getDefaultCatalog } from '../../../server/src/engine/schema/catalog';

const root = path.resolve(__dirname, '../../..');
const catalog = getDefaultCatalog();

function schemaOf(ref: string): { schema: object; file: string } {
  const resolved = catalog.resolve(ref);
  assert.ok(resolved.found, ref);
  return { schema: catalog.load(resolved) as object, file: resolved.path };
}

/** A DECP 2.0.2 document of `count` copies of the example contract, every 7th with a misspelt `ccag`. */
function bigDecp2(count: number): { marches: { marche: Record<string, unknown>[] } } {
  const example = JSON.parse(readFileSync(path.join(root, 'test/fixtures/json/decp-2.0.2-valid.json'), 'utf8')) as { marches: { marche: Record<string, unknown>[] } };
  const model = example.marches.marche[0];
  return { marches: { marche: Array.from({ length: count }, (_, i) => ({ ...model, id: `2024-${i}`, ...(i % 7 === 0 ? { ccag: 'travaux' } : {}) })) } };
}

/** A DECP 1.5.0 contract (valid). */
const decp1Contract = {
  id: '2019-001',
  uid: '217500016000192019-001',
  _type: 'Marché',
  acheteur: { id: '21750001600019', nom: 'Ville' },
  nature: 'Marché',
  objet: 'Voirie',
  codeCPV: '45000000',
  procedure: 'Procédure adaptée',
  lieuExecution: { code: '75056', typeCode: 'Code commune', nom: 'Paris' },
  dureeMois: 12,
  dateNotification: '2019-01-10',
  datePublicationDonnees: '2019-01-20',
  montant: 12000,
  formePrix: 'Ferme',
  titulaires: [{ typeIdentifiant: 'SIRET', id: '12345678900011', denominationSociale: 'BTP SA' }],
  modifications: [],
};

describe('JSON datasets: long lists of records', function () {
  this.timeout(60_000);

  it('finds the list of records, and which schemas let it be sliced', () => {
    assert.deepEqual(recordListPath(bigDecp2(SLICE_ITEMS + 1)), ['marches', 'marche']);
    assert.equal(recordListPath(bigDecp2(10)), undefined);
    assert.deepEqual(sliceRules(schemaOf('139bercy/format-commande-publique@2.0.2').schema, ['marches', 'marche']), {});
    assert.deepEqual(sliceRules(schemaOf('139bercy/format-commande-publique@1.5.0').schema, ['marches']), { minItems: 1, uniqueItems: true });
    assert.deepEqual(sliceRules(schemaOf('etalab/schema-zfe@0.8.2').schema, ['features']), {});
    // A list under a rule that could read its content (an `if`) is not sliced.
    assert.equal(sliceRules({ type: 'object', if: { required: ['a'] }, then: {}, properties: { a: { type: 'array' } } }, ['a']), undefined);
  });

  it('a list under alternatives is validated whole: slices could each pass another branch', () => {
    const rowsNeed = (key: string) => ({ type: 'object', required: ['rows'], properties: { rows: { type: 'array', items: { type: 'object', required: [key] } } } });
    const schema = { anyOf: [rowsNeed('a'), rowsNeed('b')] };
    // 2,000 rows with `a` then 500 with `b`: the whole list fails both branches; sliced, each slice passed one.
    assert.equal(sliceRules(schema, ['rows']), undefined);
  });

  it('slices give the errors of a whole validation, their indexes put back', () => {
    const { schema, file } = schemaOf('139bercy/format-commande-publique@2.0.2');
    const { validate } = compileJsonSchema(schema, file);
    const doc = bigDecp2(SLICE_ITEMS * 2 + 300);
    validate(doc);
    const whole = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    const sliced = validateInSlices(validate, doc, ['marches', 'marche'], {}).map((e) => `${e.instancePath} ${e.keyword}`);
    assert.equal(whole.length, Math.ceil((SLICE_ITEMS * 2 + 300) / 7));
    assert.deepEqual(sliced, whole);
  });

  it('uniqueItems and minItems on a sliced list are checked on the whole list', () => {
    const marches = Array.from({ length: SLICE_ITEMS + 10 }, (_, i) => ({ ...decp1Contract, id: `2019-${String(i).padStart(5, '0')}`, uid: `21750001600019-2019-${String(i).padStart(5, '0')}` }));
    marches.push({ ...marches[3] });
    const report = checkJsonDataset({ text: JSON.stringify({ marches }, null, 1), detect: false, option: { ref: '139bercy/format-commande-publique@1.5.0', baseDir: root } });
    const duplicates = report.problems.filter((p) => p.params.variant === 'uniqueItems');
    assert.deepEqual(
      duplicates.map((p) => [p.params.first, p.params.second, p.params.pointer]),
      [[4, SLICE_ITEMS + 11, '/marches']],
    );
    assert.deepEqual(report.problems.filter((p) => p.params.variant !== 'uniqueItems').map((p) => p.code), []);
  });

  it('a failed alternative is reduced to the branch meant: one problem, not eleven', () => {
    const report = checkJsonDataset({ text: JSON.stringify({ marches: [{ ...decp1Contract, nature: 'marché' }] }, null, 2), detect: false, option: { ref: '139bercy/format-commande-publique@1.5.0', baseDir: root } });
    assert.deepEqual(
      report.problems.map((p) => [p.code, p.params.variant, p.params.field, p.params.suggestion]),
      [['json-invalid', 'enum', 'nature', 'Marché']],
    );
  });

  it('a GeoJSON geometry of the wrong shape is told against its own type, not against null or another type', () => {
    const doc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [2.35] } }] };
    const report = checkJsonDataset({ text: JSON.stringify(doc, null, 2), detect: false, path: 'points.geojson' });
    assert.deepEqual(
      report.problems.map((p) => [p.params.variant, p.params.pointer]),
      [['minItems', '/features/0/geometry/coordinates']],
    );
  });
});
