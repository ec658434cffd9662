// checkJsonDataset end to end: the catalog's own examples pass, planted errors are reported on the exact
// key or value with the field and the record named, every draft the catalog uses compiles, geojson.org's
// schemas resolve offline (http and https), and the schema in force is chosen the one way (option >
// $schema > sidecar > setting > detection > plain GeoJSON).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkJsonDataset, type JsonDatasetReport } from '../../../server/src/engine/json/jsonDataset';
import { draftOf } from '../../../server/src/engine/json/compileJsonSchema';
import { getDefaultCatalog } from '../../../server/src/engine/schema/catalog';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { problemMessage } from '../../../server/src/i18n';

const root = path.resolve(__dirname, '../../..');
const fixture = (name: string) => path.join(root, 'test/fixtures/json', name);
const read = (file: string) => readFileSync(file, 'utf8');

function check(text: string, extra: Partial<Parameters<typeof checkJsonDataset>[0]> = {}): JsonDatasetReport {
  return checkJsonDataset({ text, detect: true, ...extra });
}

/** `code[.variant] line:column field`, 1-based like the CLI's. */
function where(p: Problem): string {
  const variant = p.params.variant ? `.${String(p.params.variant)}` : '';
  return `${p.code}${variant} ${p.range.start.line + 1}:${p.range.start.character + 1} ${String(p.params.field ?? '')}`;
}

describe('JSON datasets: checkJsonDataset', function () {
  this.timeout(20_000);

  describe('the catalog examples pass', () => {
    it('DECP 2.0.2 (marches_concessions.json): detected, no problem', () => {
      const report = check(read(fixture('decp-2.0.2-valid.json')), { path: 'marches.json' });
      assert.deepEqual(report.schema, { ref: '139bercy/format-commande-publique@2.0.2', id: '139bercy/format-commande-publique', version: '2.0.2', title: report.schema?.title, source: 'detected' });
      assert.equal(report.kind, 'json');
      assert.deepEqual(report.problems.map(where), []);
    });

    it('ZFE 0.8.2 (exemple-valide-zone.geojson): detected, no problem', () => {
      const report = check(read(fixture('zfe-0.8.2-valid.geojson')), { path: 'zfe.geojson' });
      assert.equal(report.schema?.ref, 'etalab/schema-zfe@0.8.2');
      assert.equal(report.kind, 'geojson');
      assert.deepEqual(report.problems.map(where), []);
    });
  });

  describe('planted errors, on the exact place', () => {
    it('DECP 2.0.2: missing required, enum typo, wrong type, unknown property, pattern, date', () => {
      const report = check(read(fixture('decp-2.0.2-errors.json')));
      assert.deepEqual(report.problems.map(where), [
        'json-invalid.required 154:7 ',
        'json-invalid.enum 162:17 ccag',
        'json-invalid.type 163:25 offresRecues',
        'json-unknown-property 183:9 ',
        'json-invalid.pattern 184:20 codeCPV',
        'json-invalid.pattern-date 208:35 datePublicationDonnees',
      ]);
      const [required, enumTypo, type, unknown] = report.problems;
      assert.equal(required.params.missing, 'objet');
      assert.equal(required.params.record, 'marche 1 (id TEST2022)');
      assert.equal(enumTypo.params.pointer, '/marches/marche/0/ccag');
      assert.equal(enumTypo.params.suggestion, 'Travaux');
      assert.deepEqual([type.params.expected, type.params.actual], [['integer'], 'string']);
      assert.deepEqual([unknown.params.property, unknown.params.suggestion], ['objett', 'objet']);
      // The range is the value itself (quotes included) or the key.
      assert.equal(enumTypo.range.end.character - enumTypo.range.start.character, '"travaux"'.length);
      assert.equal(unknown.range.end.character - unknown.range.start.character, '"objett"'.length);
    });

    it('messages name the field and the record, never the pointer, in French and English', () => {
      const [required, enumTypo, type, unknown, , date] = check(read(fixture('decp-2.0.2-errors.json'))).problems;
      assert.equal(problemMessage(required, 'en'), 'Missing required property in marche #1 (id “TEST2022”): “objet”.');
      assert.equal(problemMessage(required, 'fr'), 'Propriété obligatoire manquante dans marche n° 1 (id « TEST2022 ») : « objet ».');
      assert.match(problemMessage(enumTypo, 'fr'), /^« ccag » \(marche n° 1, id « TEST2022 »\) doit être l’une des valeurs : Travaux, .* \(et non « travaux »\)\. Vouliez-vous dire « Travaux » \?$/);
      assert.equal(problemMessage(type, 'en'), '“offresRecues” (marche #1, id “TEST2022”) must be a whole number, not text (“4”).');
      assert.equal(problemMessage(unknown, 'en'), 'Property unknown to the schema: “objett” (in marche #1, id “TEST2022”). Did you mean “objet”?');
      assert.match(problemMessage(date, 'fr'), /doit être une date AAAA-MM-JJ .*\(et non « 25\/05\/2024 »\)/);
      for (const problem of [required, enumTypo, type, unknown, date]) for (const locale of ['fr', 'en'] as const) assert.doesNotMatch(problemMessage(problem, locale), /\/marches\//);
    });

    it('ZFE: a GeoJSON feature property is named alone, with its feature', () => {
      const report = check(read(fixture('zfe-0.8.2-errors.geojson')));
      assert.deepEqual(report.problems.map(where), ['json-invalid.format-date 3171:26 date_debut', 'json-invalid.enum 3173:26 vp_critair']);
      const [date, critair] = report.problems;
      assert.equal(date.params.feature, 0);
      assert.equal(date.params.pointer, '/features/0/properties/date_debut');
      assert.equal(critair.params.suggestion, 'V4');
      assert.equal(problemMessage(critair, 'en').split(' must')[0], '“vp_critair” (feature #1, id “200046977-ZFE-001”)');
    });

    it('a syntax error is placed and nothing else is checked', () => {
      const report = check(read(fixture('syntax-trailing-comma.json')));
      assert.deepEqual(report.problems.map(where), ['json-syntax-error.trailing-comma 5:24 ']);
      assert.equal(report.value, undefined);
      assert.equal(report.schema, undefined);
    });
  });

  describe('detection from the shape', () => {
    const detected = (value: unknown) => check(JSON.stringify(value, null, 2)).schema;

    it('tells DECP 2.0.2 from DECP 1.x, ZFE from aménagements cyclables', () => {
      assert.equal(detected(JSON.parse(read(fixture('decp-2.0.2-valid.json'))))?.ref, '139bercy/format-commande-publique@2.0.2');
      // DECP 1.x: `uid`, `lieuExecution.typeCode`, `titulaires.denominationSociale` (2.0.0 has the list shape of 1.x, not these).
      const decp1 = {
        marches: [{ id: '2019-001', uid: '217500016000192019-001', acheteur: { id: '21750001600019', nom: 'Ville' }, objet: 'Voirie', lieuExecution: { code: '75056', typeCode: 'Code commune', nom: 'Paris' }, montant: 12000, titulaires: [{ typeIdentifiant: 'SIRET', id: '12345678900011', denominationSociale: 'BTP SA' }] }],
      };
      assert.equal(detected(decp1)?.ref, '139bercy/format-commande-publique@1.5.0');
      // A document both 1.5.0 and 2.0.0 explain whole: the tie goes to the later version.
      assert.equal(detected(JSON.parse(read(path.join(root, 'test/fixtures/formats/marches.json'))))?.ref, '139bercy/format-commande-publique@2.0.0');
      assert.equal(detected(JSON.parse(read(fixture('zfe-0.8.2-valid.geojson'))))?.ref, 'etalab/schema-zfe@0.8.2');
      const cycle = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { id_local: '751AC001', code_com_d: '75056', code_com_g: '75056', ame_d: 'PISTE CYCLABLE', ame_g: 'AUCUN', sens_d: 'UNIDIRECTIONNEL' } }] };
      assert.equal(detected(cycle)?.id, 'etalab/schema-amenagements-cyclables');
    });

    it('matches nothing for package.json, tsconfig.json, a Table Schema, or unrelated JSON', () => {
      for (const file of ['package.json', 'tsconfig.json', 'schemas/catalog/etalab/schema-irve-statique/2.3.1/schema.json', 'test/fixtures/json/not-a-dataset.json']) {
        const report = check(read(path.join(root, file)), { path: file });
        assert.equal(report.schema, undefined, file);
        assert.deepEqual(report.problems, [], file);
      }
    });

    it('is not applied when detection is off', () => {
      assert.equal(check(read(fixture('decp-2.0.2-valid.json')), { detect: false }).schema, undefined);
    });
  });

  describe('every draft the catalog uses', () => {
    const catalog = getDefaultCatalog();
    const load = (ref: string) => {
      const resolved = catalog.resolve(ref);
      assert.ok(resolved.found, ref);
      return catalog.load(resolved);
    };

    it('reads the draft each schema declares', () => {
      assert.equal(draftOf(load('139bercy/format-commande-publique@1.5.0')), 'draft-04');
      assert.equal(draftOf(load('139bercy/format-commande-publique@2.0.2')), 'draft-07');
      assert.equal(draftOf(load('GouvernementFR/referentiel-donnees-communication-publique@0.2.0')), '2020-12');
      assert.equal(draftOf(load('etalab/schema-zfe@0.8.2')), 'draft-07');
    });

    it('draft-04 (DECP 1.5.0) compiles and validates', () => {
      const doc = { marches: [{ id: '2024-001', acheteur: { id: '21750001600019' }, nature: 'Marché', objet: 'Voirie', montant: '12000', dureeMois: 12 }] };
      const report = check(JSON.stringify(doc, null, 2), { option: { ref: '139bercy/format-commande-publique@1.5.0', baseDir: root } });
      assert.equal(report.schema?.source, 'option');
      const montant = report.problems.find((p) => p.params.field === 'montant');
      assert.equal(montant && where(montant), 'json-invalid.type 10:18 montant');
      assert.equal(montant?.params.record, 'marches 1 (id 2024-001)');
    });

    it('2020-12 (référentiel communication publique) compiles and validates', () => {
      const doc = { metadata: { titre: 'Communiqués' }, document: { id: 'cp-1' }, extra: true };
      const report = check(JSON.stringify(doc), { option: { ref: 'GouvernementFR/referentiel-donnees-communication-publique@0.2.0', baseDir: root } });
      const codes = new Set(report.problems.map((p) => `${p.code}.${String(p.params.variant ?? '')}`));
      assert.ok(codes.has('json-invalid.required'), [...codes].join());
      assert.ok(codes.has('json-unknown-property.'), [...codes].join());
    });

    it('geojson.org schemas named by http:// resolve offline (metis-reseaux/infos-travaux)', () => {
      const feature = (geometry: unknown) => ({ type: 'Feature', geometry, properties: {} });
      const ref = { ref: 'metis-reseaux/infos-travaux@0.0.2', baseDir: root };
      const good = check(JSON.stringify({ type: 'FeatureCollection', features: [feature({ type: 'Point', coordinates: [2.35, 48.85] })] }), { option: ref });
      assert.equal(good.schema?.ref, 'metis-reseaux/infos-travaux@0.0.2');
      assert.ok(!good.problems.some((p) => String(p.params.pointer).includes('/geometry')), good.problems.map(where).join('\n'));
      const bad = check(JSON.stringify({ type: 'FeatureCollection', features: [feature({ type: 'Point', coordinates: 'ici' })] }), { option: ref });
      assert.ok(bad.problems.some((p) => String(p.params.pointer).startsWith('/features/0/geometry')), bad.problems.map(where).join('\n'));
    });

    it('a root list is checked item by item against an object schema (data·inclusion services)', () => {
      const service = { source: 'dora', structure_id: 's1', id: 'x1', nom: 'Accompagnement', description: 'Aide', date_maj: '2024-01-31' };
      const { nom: _nom, ...withoutName } = service;
      const report = check(JSON.stringify([service, withoutName], null, 2), { option: { ref: 'gip-inclusion/data-inclusion-schema@1.0.9', baseDir: root } });
      const missing = report.problems.filter((p) => p.params.variant === 'required');
      assert.deepEqual(
        missing.map((p) => [p.params.missing, p.params.pointer, p.params.record]),
        [['nom', '/1', 'item 2 (id x1)']],
      );
    });
  });

  describe('which schema', () => {
    const decp = read(fixture('decp-2.0.2-valid.json'));

    it('the document’s $schema, when it names a catalog schema', () => {
      const doc = { $schema: 'https://schema.data.gouv.fr/schemas/etalab/schema-zfe/0.8.2/schema.json', ...JSON.parse(read(fixture('zfe-0.8.2-valid.geojson'))) };
      const report = check(JSON.stringify(doc));
      assert.deepEqual([report.schema?.ref, report.schema?.source], ['etalab/schema-zfe@0.8.2', 'dollar-schema']);
    });

    it('the sidecar’s schema, then the setting’s, before detection; the option before all', () => {
      const sidecar = { file: '/data/marches.resource.yaml', kind: 'resource' as const, segments: [], line: 0, schema: { ref: '139bercy/format-commande-publique@2.0.1', baseDir: root } };
      assert.deepEqual([check(decp, { sidecar }).schema?.ref, check(decp, { sidecar }).schema?.source], ['139bercy/format-commande-publique@2.0.1', 'sidecar']);
      const setting = { ref: '139bercy/format-commande-publique@2.0.0', glob: '*.json', baseDir: root };
      assert.equal(check(decp, { setting }).schema?.source, 'setting');
      assert.equal(check(decp, { sidecar, setting }).schema?.source, 'sidecar');
      assert.equal(check(decp, { sidecar, option: { ref: '139bercy/format-commande-publique@2.0.2', baseDir: root } }).schema?.source, 'option');
      assert.equal(check(decp, { setting: { ...setting, ref: 'none' } }).schema, undefined);
    });

    it('a Table Schema, a data package or an unknown schema named for JSON: one file-level problem', () => {
      const table = check(decp, { option: { ref: 'etalab/schema-irve-statique@2.3.1', baseDir: root } });
      assert.deepEqual(table.problems.map(where), ['json-schema-unusable.table-schema 1:1 ']);
      assert.match(problemMessage(table.problems[0], 'en'), /is a Table Schema: it describes CSV tables, not JSON documents/);
      const unknown = check(decp, { option: { ref: 'etalab/schema-inconnu', baseDir: root } });
      assert.deepEqual(unknown.problems.map((p) => p.code), ['schema-not-found']);
      assert.equal(unknown.schema, undefined);
    });

    it('an unpinned catalog schema is used at its latest version, and said', () => {
      const report = check(decp, { option: { ref: '139bercy/format-commande-publique', baseDir: root } });
      assert.equal(report.schema?.ref, '139bercy/format-commande-publique@2.0.2');
      assert.deepEqual(report.problems.map((p) => p.code), ['schema-version-not-pinned']);
    });

    it('GeoJSON no dataset schema matches is checked as plain GeoJSON', () => {
      const doc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { nom: 'a' }, geometry: { type: 'Point', coordinates: 'x' } }] };
      const report = check(JSON.stringify(doc, null, 2), { path: 'points.geojson' });
      assert.deepEqual([report.schema?.ref, report.schema?.source], ['geojson:FeatureCollection', 'geojson']);
      assert.ok(report.problems.length > 0);
      assert.ok(report.problems.every((p) => p.params.feature === 0));
    });

    it('a JSON Schema document is not data: no schema, no detection', () => {
      const report = check(read(path.join(root, 'schemas/catalog/etalab/schema-zfe/0.8.2/schema.json')));
      assert.equal(report.schema, undefined);
    });
  });
});
