// Where the hygiene checks run: only when no schema applies, in the CLI's plan for a file and in the
// editor's document checks (with the levels of the opendataLint.hygiene setting).
import { strict as assert } from 'node:assert';
import { DetectedCoordinatesChecker } from '../../../server/src/engine/checks/coordinates/detectedCoordinatesChecker';
import { DetectedGeographyChecker } from '../../../server/src/engine/checks/geography/detectedGeographyChecker';
import { HygieneChecker } from '../../../server/src/engine/checks/hygiene/hygieneChecker';
import { SchemaChecker } from '../../../server/src/engine/checks/schemaChecker';
import { planFile } from '../../../server/src/cli/planFile';
import { DocumentChecks } from '../../../server/src/lsp/documentChecks';
import { defaultSettings, readSettings } from '../../../server/src/lsp/settings';
import { fixture } from './hygieneKit';

describe('hygiene checks: when they run', () => {
  it('CLI: a file no schema describes gets the hygiene checker (and swapped coordinates and geography in detected columns); with --schema, the schema checker alone', () => {
    const head = fixture('petite-enfance.csv');
    const none = planFile(head, { detect: true, cwd: process.cwd() });
    assert.equal(none.schema, undefined);
    assert.deepEqual(none.checkers.map((c) => c.constructor), [HygieneChecker, DetectedCoordinatesChecker, DetectedGeographyChecker]);
    const withSchema = planFile('id,nom,insee\n1,a,29019\n', { detect: true, cwd: process.cwd(), schema: 'etalab/schema-stationnement@0.1.5' });
    assert.deepEqual(withSchema.checkers.map((c) => c.constructor), [SchemaChecker]);
  });

  it('editor: hygiene problems without a schema, at the levels the settings give, none once a schema applies', () => {
    const checks = new DocumentChecks();
    const text = fixture('petite-enfance.csv');
    const plain = checks.check('file:///tmp/petite-enfance.csv', 1, text, defaultSettings, []);
    assert.ok(plain.report.problems.some((p) => p.code === 'label-style'));
    assert.ok(plain.report.problems.some((p) => p.code === 'merged-cell-gap' && p.severity === 'warning'));
    const quiet = checks.check('file:///tmp/petite-enfance.csv', 2, text, readSettings({ hygiene: { 'label-style': 'off', 'merged-cell-gap': 'error' } }), []);
    assert.ok(!quiet.report.problems.some((p) => p.code === 'label-style'));
    assert.ok(quiet.report.problems.filter((p) => p.code === 'merged-cell-gap').every((p) => p.severity === 'error'));
    const schemaSettings = readSettings({ schemas: { '*.csv': 'etalab/schema-stationnement@0.1.5' } });
    const checked = checks.check('file:///tmp/petite-enfance.csv', 3, text, schemaSettings, ['file:///tmp']);
    assert.ok(checked.schema.schema);
    assert.ok(!checked.report.problems.some((p) => p.code === 'merged-cell-gap' || p.code === 'label-style'));
  });
});
