// Header-based schema detection: every example CSV of the catalog is recognised as its own schema,
// label spelling is forgiven, versions are chosen sensibly, and generic headers are not over-matched.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SchemaCatalog } from '../../../server/src/engine/schema/catalog';
import { bestSchemaCandidate, detectSchema, normalizeLabel } from '../../../server/src/engine/schema/detect';
import { readTable } from '../../../server/src/engine/table/readTable';

const root = path.resolve(__dirname, '..', '..', '..');
const catalog = new SchemaCatalog(path.join(root, 'schemas', 'catalog'));
const examplesDir = path.join(root, 'test', 'fixtures', 'catalog-examples');

function csvFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? csvFiles(full) : e.name.endsWith('.csv') ? [full] : [];
  });
}

function headerOf(file: string): string[] {
  return readTable(fs.readFileSync(file, 'utf8')).rows[0].cells.map((c) => c.value);
}

/** The example files and the version their folder names; detection should find the same schema. */
const examples = csvFiles(examplesDir).map((file) => {
  const [publisher, name, version] = path.relative(examplesDir, file).split(path.sep);
  return { file, id: `${publisher}/${name}`, version, name: path.relative(examplesDir, file) };
});

describe('detectSchema on the catalog examples', () => {
  it('has the eleven CSV examples of the snapshot', () => {
    assert.equal(examples.length, 11);
  });

  for (const example of examples) {
    it(`recognises ${example.name} as ${example.id}`, () => {
      const [first, second] = detectSchema(headerOf(example.file), { catalog });
      assert.equal(first.id, example.id);
      assert.equal(first.good, true, JSON.stringify(first));
      if (second) assert.ok(second.score < first.score / 2, `runner-up ${second.id} too close: ${second.score} vs ${first.score}`);
    });
  }

  it('picks the older DAE 1.0.0 for its examples (it matches better than the latest, 1.0.7)', () => {
    const valid = detectSchema(headerOf(path.join(examplesDir, 'atlasante/schema-dae/1.0.0/exemple_valide.csv')), { catalog })[0];
    assert.deepEqual([valid.version, valid.isLatest, valid.matched, valid.total], ['1.0.0', false, 43, 43]);
  });

  it('lists the required fields the structurally invalid DAE example lacks', () => {
    const [first] = detectSchema(headerOf(path.join(examplesDir, 'atlasante/schema-dae/1.0.0/exemple_invalide_structure.csv')), { catalog });
    assert.deepEqual(first.requiredMissing, ['lat_coor1']);
    assert.deepEqual([first.matched, first.total, first.columns], [40, 43, 43]);
  });

  it('prefers the latest version when an older one matches just as well', () => {
    // The covoiturage example comes from v0.3.0, whose fields are those of 0.3.1.
    const [first] = detectSchema(headerOf(path.join(examplesDir, 'etalab/schema-lieux-covoiturage/0.3.1/exemple-invalide.csv')), { catalog });
    assert.deepEqual([first.version, first.isLatest], ['0.3.1', true]);
  });
});

describe('detectSchema', () => {
  it('normalizes case, accents, spaces, underscores, hyphens and a BOM', () => {
    assert.equal(normalizeLabel('Nom Aménageur'), 'nomamenageur');
    assert.equal(normalizeLabel(' nom_amenageur '), 'nomamenageur');
    assert.equal(normalizeLabel('NOM-AMENAGEUR'), 'nomamenageur');
    assert.equal(normalizeLabel('\uFEFFnomAmenageur'), 'nomamenageur');
    assert.equal(normalizeLabel('Numéro d’identification'), 'numerodidentification');
  });

  it('recognises a header retyped in capitals, with spaces and accents', () => {
    const irve = catalog.info('etalab/schema-irve-statique')!.versions['2.3.1'].fields!;
    const retyped = irve.map((f) => f.toUpperCase().replace(/_/g, ' ').replace('AMENAGEUR', 'AMÉNAGEUR'));
    const [first] = detectSchema(retyped, { catalog });
    assert.deepEqual([first.id, first.matched, first.total, first.good], ['etalab/schema-irve-statique', irve.length, irve.length, true]);
  });

  it('chooses an older version when the file follows it', () => {
    const old = catalog.info('scdl/menus-collectifs')!.versions['0.9.0'].fields!;
    const [first] = detectSchema(old, { catalog });
    assert.deepEqual([first.id, first.version, first.isLatest, first.good], ['scdl/menus-collectifs', '0.9.0', false, true]);
  });

  it('returns one candidate per schema, Table Schemas only, best first', () => {
    const candidates = detectSchema(['id', 'nom', 'insee', 'adresse', 'Xlong', 'Ylat', 'date_maj'], { catalog, limit: 50 });
    assert.equal(new Set(candidates.map((c) => c.id)).size, candidates.length);
    for (const c of candidates) assert.equal(catalog.info(c.id)!.versions[c.version].content, 'tableschema');
    for (let i = 1; i < candidates.length; i++) assert.ok(candidates[i - 1].score >= candidates[i].score);
  });

  it('does not call a schema good when only a few generic columns match', () => {
    const labels = ['id', 'nom', 'insee', 'commentaire', 'valeur'];
    assert.ok(detectSchema(labels, { catalog }).length > 0);
    assert.equal(detectSchema(labels, { catalog }).some((c) => c.good), false);
    assert.equal(bestSchemaCandidate(labels, { catalog }), undefined);
  });

  it('does not call a schema good when the file has many columns of its own', () => {
    const stationnement = catalog.info('etalab/schema-stationnement')!.versions['0.1.5'].fields!;
    const padded = [...stationnement, ...Array.from({ length: 12 }, (_, i) => `ma_colonne_${i}`)];
    const [first] = detectSchema(padded, { catalog });
    assert.equal(first.id, 'etalab/schema-stationnement');
    assert.equal(first.good, false); // 30 of 42 columns: below 80 % of the file
  });

  it('gives the best good candidate, and nothing for an empty header', () => {
    const subventions = catalog.info('scdl/subventions')!.versions['2.1.1'].fields!;
    assert.equal(bestSchemaCandidate(subventions, { catalog })?.id, 'scdl/subventions');
    assert.deepEqual(detectSchema([], { catalog }), []);
    assert.deepEqual(detectSchema(['', '  '], { catalog }), []);
  });
});
