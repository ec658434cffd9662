// "Create metadata sidecar" (a draft prefilled from the data, placeholders where a human must answer)
// and the export of a folder's sidecars as an SCDL catalogue that validates against scdl/catalogue.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CATALOGUE_COLUMNS, CATALOGUE_SCHEMA_REF, exportCatalogue } from '../../../server/src/engine/metadata/catalogueExport';
import { checkSidecar } from '../../../server/src/engine/metadata/checkSidecar';
import { draftSidecar } from '../../../server/src/engine/metadata/draftSidecar';
import { loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import { schemaCheckers } from '../../../server/src/engine/checks/schemaCheckers';
import { validateText } from '../../../server/src/engine/validate';
import { fixtures, irveCsvPath, only, scratch } from './metadataKit';

function validateCatalogue(csv: string) {
  const loaded = loadTableSchema(CATALOGUE_SCHEMA_REF);
  assert.ok(loaded.ok);
  return validateText(csv, { checkers: schemaCheckers(loaded.schema) });
}

describe('metadata: drafting a sidecar', () => {
  it('prefills schema, dialect, encoding, coverage, extent and today’s date; leaves placeholders that are reported', () => {
    const dir = scratch({ 'bornes.csv': readFileSync(irveCsvPath) });
    const draft = draftSidecar(path.join(dir, 'bornes.csv'), { today: '2025-01-15' });
    assert.equal(draft.file, path.join(dir, 'bornes.resource.yaml'));
    const value = parse(draft.content) as Record<string, unknown>;
    assert.deepEqual(
      { name: value.name, path: value.path, schema: value.schema, encoding: value.encoding, dialect: value.dialect, temporal: value.couverture_temporelle, publication: value.date_publication },
      {
        name: 'bornes',
        path: 'bornes.csv',
        schema: 'etalab/schema-irve-statique@2.3.1',
        encoding: 'utf-8',
        dialect: { delimiter: ',', quoteChar: '"', header: true },
        temporal: { debut: '2020-01-14', fin: '2021-04-05' },
        publication: '2025-01-15',
      },
    );
    const spatial = value.couverture_spatiale as { nom: string; bbox: number[] };
    assert.equal(spatial.nom, 'France métropolitaine');
    assert.equal(spatial.bbox.length, 4);
    assert.ok(spatial.bbox[0] <= spatial.bbox[2] && spatial.bbox[1] <= spatial.bbox[3]);
    assert.match(draft.content, /# Schéma détecté d’après l’en-tête \(40\/40 colonnes\) : IRVE statique/);

    const report = checkSidecar(draft.content, { file: draft.file });
    assert.deepEqual(report.problems.map((p) => p.code).filter((c) => c !== 'metadata-placeholder'), []);
    assert.deepEqual(only(report, 'metadata-placeholder').map((p) => p.params.property), [
      'title', 'description', 'theme', 'producteur.nom', 'producteur.siret', 'couverture_spatiale.maille', 'frequence', 'licence', 'mots_cles[0]', 'url',
    ]);
  });

  it('names a commune column’s single town, a Windows-1252 encoding and a semicolon; keeps a schema in force', () => {
    const csv = 'commune;date de cr\xe9ation;latitude;longitude\nBrest;01/03/2023;48.39;-4.49\nBrest;15/06/2023;48.40;-4.48\nBrest;20/06/2023;48.41;-4.47\n';
    const dir = scratch({ 'f.csv': Buffer.from(csv, 'latin1') });
    const draft = draftSidecar(path.join(dir, 'f.csv'), { today: '2025-01-15', schemaRef: 'scdl/subventions@2.1.1', locale: 'en' });
    const value = parse(draft.content) as Record<string, Record<string, unknown>>;
    assert.equal(value.encoding as unknown, 'windows-1252');
    assert.equal(value.dialect.delimiter, ';');
    assert.equal(value.schema as unknown, 'scdl/subventions@2.1.1');
    assert.deepEqual(value.couverture_temporelle, { debut: '2023-03-01', fin: '2023-06-20' });
    assert.equal(value.couverture_spatiale.maille, 'communale');
    assert.equal(value.couverture_spatiale.nom, 'Brest');
    assert.deepEqual(value.couverture_spatiale.bbox, [-4.49, 48.39, -4.47, 48.41]);
    assert.match(draft.content, /^# Descriptive record of f\.csv/);
  });
});

describe('metadata: exporting the SCDL catalogue', () => {
  it('writes one row per dataset (a datapackage, a lone resource sidecar) that validates against scdl/catalogue', () => {
    const result = exportCatalogue(path.join(fixtures, 'catalogue'));
    assert.deepEqual(result.datasets.map((d) => [path.relative(fixtures, d.file), d.row.ID, d.row.NOMBRE_RESSOURCES, d.missing]), [
      [path.join('catalogue', 'bornes.resource.yaml'), 'bornes-irve-exemple', '1', []],
      [path.join('catalogue', 'subventions', 'datapackage.yaml'), 'subventions-antibes', '2', []],
    ]);
    const [bornes, subventions] = result.datasets.map((d) => d.row);
    assert.deepEqual([bornes.FREQ_MAJ, bornes.LICENCE, bornes.COUV_SPAT_MAILLE, bornes.MOTS_CLES, bornes.COLL_NOM], ['Annuelle', 'Licence Ouverte-LO', 'Communale', 'irve;mobilite', 'Ville de Rennes']);
    assert.deepEqual([subventions.COLL_NOM, subventions.COLL_SIRET, subventions.LICENCE, subventions.FORMAT_RESSOURCES], ['Rennes Métropole', '24350013900189', 'Open Database License-ODBL', 'csv']);
    assert.equal(result.csv.split('\n')[0], CATALOGUE_COLUMNS.join(','));

    const report = validateCatalogue(result.csv);
    assert.equal(report.rowCount, 2);
    assert.deepEqual(report.problems.map((p) => `${p.code} ${p.fieldName}`), []);
  });

  it('leaves what a sidecar does not say empty (the catalogue then fails) and skips unreadable sidecars', () => {
    const dir = scratch({
      'a.csv': 'x\n1\n',
      'a.resource.yaml': 'path: a.csv\ntitle: "Titre, avec virgule"\nfrequence: "À compléter"\nproducteur:\n  siret: "213 502 388 00019"\n',
      'b.resource.yaml': 'path: [b.csv\n',
    });
    const result = exportCatalogue(dir);
    assert.deepEqual(result.skipped.map((s) => path.basename(s.file)), ['b.resource.yaml']);
    const [dataset] = result.datasets;
    assert.equal(dataset.row.TITRE, 'Titre, avec virgule');
    assert.equal(dataset.row.PRODUCTEUR_SIRET, '21350238800019');
    assert.ok(dataset.missing.includes('FREQ_MAJ') && dataset.missing.includes('DESCRIPTION'));
    assert.match(result.csv, /,"Titre, avec virgule",/);
    const problems = validateCatalogue(result.csv).problems.filter((p) => p.severity === 'error');
    assert.ok(problems.some((p) => p.fieldName === 'FREQ_MAJ'));
  });
});
