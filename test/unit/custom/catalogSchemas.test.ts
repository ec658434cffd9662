// Real schemas of schema.data.gouv.fr run their `custom_checks` over example files (from the schemas'
// repositories, and one composed for SCDL deliberations), as the schema checker will.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { customCheckFactory } from '../../../server/src/engine/checks/custom';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { readTable } from '../../../server/src/engine/table/readTable';
import { type ReportedIssue, rowAccess } from './customCheckKit';

const fixtures = path.join(__dirname, '../../fixtures/custom');

function checkFile(folder: string, file: string, extraChecks: TableSchema['custom_checks'] = []): ReportedIssue[] {
  const schema = JSON.parse(fs.readFileSync(path.join(fixtures, folder, 'schema.json'), 'utf8')) as TableSchema;
  const table = readTable(fs.readFileSync(path.join(fixtures, folder, file), 'utf8'));
  const [header, ...rows] = table.rows.map((row) => row.cells.map((cell) => cell.value));
  const checks = [...(schema.custom_checks ?? []), ...(extraChecks ?? [])].map((descriptor) => {
    const factory = customCheckFactory(descriptor.name);
    assert.ok(factory, `unknown custom check ${descriptor.name}`);
    return factory(descriptor.params ?? {}, schema);
  });
  const issues: ReportedIssue[] = [];
  rows.forEach((cells, index) => {
    const row = rowAccess(header, cells, index + 2, schema.missingValues ?? ['']);
    for (const check of checks) check.checkRow(row, (issue) => issues.push({ ...issue, rowNumber: row.rowNumber }));
  });
  for (const check of checks) check.finish?.((issue) => issues.push(issue));
  return issues;
}

const summary = (issues: ReportedIssue[]) =>
  issues.map((i) => [i.rowNumber, i.code, i.fieldName, i.params.variant]).sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1])) || String(a[2]).localeCompare(String(b[2])));

describe('custom checks of catalog schemas over example files', () => {
  it('scdl/subventions@2.1.1: its valid example passes french-siret-value ×2 and one-of-required', () => {
    assert.deepEqual(checkFile('scdl-subventions-2.1.1', 'exemple_valide.csv'), []);
  });

  it('openmaraude/schema-stationstaxi@0.1.2: its valid example passes phone-number-value, and its geopoints are in France', () => {
    const gps = [{ name: 'french-gps-coordinates', params: { column: 'geopoint' } }];
    assert.deepEqual(checkFile('openmaraude-schema-stationstaxi-0.1.2', 'exemple-valide.csv', gps), []);
  });

  it('etalab/schema-lieux-covoiturage@0.3.1: its invalid example fails opening-hours-value ("true" is no opening hours), its SIRENs pass', () => {
    assert.deepEqual(summary(checkFile('etalab-schema-lieux-covoiturage-0.3.1', 'exemple-invalide.csv')), [
      [2, 'opening-hours-value', 'horaires', undefined],
      [3, 'opening-hours-value', 'horaires', undefined],
    ]);
  });

  it('scdl/deliberations@2.1.5: its six custom checks over a composed file', () => {
    assert.deepEqual(summary(checkFile('scdl-deliberations-2.1.5', 'composed.csv')), [
      [4, 'compare-columns-value', 'PREF_DATE', undefined],
      [4, 'sum-columns-value', 'VOTE_REEL', undefined],
      [5, 'cohesive-columns-value', 'BUDGET_ANNEE', undefined],
      [5, 'cohesive-columns-value', 'VOTE_EFFECTIF', undefined],
      [5, 'compare-columns-value', 'VOTE_EFFECTIF', undefined],
      [5, 'french-siret-value', 'COLL_SIRET', 'checksum'],
      [5, 'nomenclature-actes-value', 'DELIB_MATIERE_NOM', 'extra-space'],
      [5, 'year-interval-value', 'BUDGET_ANNEE', 'order'],
      [6, 'nomenclature-actes-value', 'DELIB_MATIERE_NOM', 'unknown-prefix'],
    ]);
  });
});
