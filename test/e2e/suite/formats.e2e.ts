// Files that are not what a CSV reader expects, opened in the editor as a user would: a UTF-16 export is read
// (the command line's encoding warning, with the way to UTF-8) and a JSON file saved as .csv gets one
// problem saying what it is, not hundreds of quote and cell problems.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostics, diagnosticCode, openFixture, waitForDiagnosticCodes } from './helpers';
import { screenshot, settle } from './user';

describe('files that are not plain UTF-8 CSV, in the editor', () => {
  after(closeAllEditors);

  it('reads a UTF-16 BE export and warns that it is not UTF-8, as the command line does', async () => {
    const { uri, document } = await openFixture('encoding/creches-utf16be.csv');
    assert.equal(document.encoding, 'utf16be');
    assert.ok(document.getText().startsWith('Nom'), document.getText().slice(0, 40));
    const diagnostics = await waitForDiagnosticCodes(uri, ['encoding-error']);
    const codes = diagnostics.map(diagnosticCode);
    assert.ok(!codes.includes('binary-file') && !codes.includes('encoding-misread'), describeDiagnostics(diagnostics));
    const warning = diagnostics.find((diagnostic) => diagnosticCode(diagnostic) === 'encoding-error')!;
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /UTF-16 BE/);
    await settle();
    await screenshot('formats-1-utf16-export');
  });

  it('says once that a .csv holding JSON is JSON', async () => {
    const { uri } = await openFixture('formats/marches-exporte.csv');
    const diagnostics = await waitForDiagnosticCodes(uri, ['format-error']);
    assert.equal(diagnostics.length, 1, describeDiagnostics(diagnostics));
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostics[0].message, /JSON/);
    await settle();
    await screenshot('formats-2-json-saved-as-csv');
  });
});
