// Opening a CSV or TSV in the editor activates the extension, whose language server publishes structural problems at the right cells.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertDiagnostic, closeAllEditors, extensionUnderTest, openFixture, waitForDiagnosticCodes } from './helpers';

const { Error: error, Warning: warning } = vscode.DiagnosticSeverity;

describe('diagnostics in the editor', () => {
  afterEach(closeAllEditors);

  it('underlines the structural problems of a CSV file, cell by cell', async () => {
    const { uri, document } = await openFixture('structure.csv');
    assert.equal(document.languageId, 'csv');
    const diagnostics = await waitForDiagnosticCodes(uri, ['blank-label', 'duplicate-label', 'extra-cell', 'missing-cell', 'blank-row', 'source-error']);

    assert.ok(extensionUnderTest().isActive, 'the extension is active once a CSV file is open');
    // Line 0 `id,nom, ,nom,ville`: the third label is a space, the fourth repeats the second.
    assertDiagnostic(diagnostics, { code: 'blank-label', range: [0, 7, 0, 8], severity: error });
    assertDiagnostic(diagnostics, { code: 'duplicate-label', range: [0, 9, 0, 12], severity: error });
    // Line 2 `2,Bob,a,b,Lyon,extra`: the sixth cell has no column.
    assertDiagnostic(diagnostics, { code: 'extra-cell', range: [2, 15, 2, 20], severity: error });
    // Line 3 `3,Carole,a,b`: one cell short; the problem sits at the end of the row, where the cell would go.
    assertDiagnostic(diagnostics, { code: 'missing-cell', range: [3, 12, 3, 12], severity: error });
    // Line 4 `,,,,`: nothing but delimiters.
    assertDiagnostic(diagnostics, { code: 'blank-row', range: [4, 0, 4, 4], severity: error });
    // Line 6 `5,Em"ile,a,b,Metz`: a quote inside an unquoted cell.
    assertDiagnostic(diagnostics, { code: 'source-error', range: [6, 4, 6, 5], severity: warning });
  });

  it('checks tab-separated files too', async () => {
    const { uri } = await openFixture('structure.tsv');
    const diagnostics = await waitForDiagnosticCodes(uri, ['duplicate-label']);
    // Line 0 `id<TAB>nom<TAB>nom`.
    assertDiagnostic(diagnostics, { code: 'duplicate-label', range: [0, 7, 0, 10], severity: error });
  });
});
