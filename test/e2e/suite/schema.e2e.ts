// Validation against a catalog schema in the real extension host: diagnostics at the exact cells, hover,
// code lens, and a schema detected from the header, applied through its quick fix.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertDiagnostic, closeAllEditors, diagnosticCode, openFixture, waitForDiagnosticCodes } from './helpers';

const { Error: error, Information: information } = vscode.DiagnosticSeverity;

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

describe('validation against a schema of the catalog', () => {
  afterEach(closeAllEditors);

  it('underlines invalid cells of an IRVE file set to etalab/schema-irve-statique@2.3.1, with hover and code lens', async () => {
    const { uri, document } = await openFixture('irve/bornes-avec-erreurs.csv');
    const diagnostics = await waitForDiagnosticCodes(uri, ['type-error', 'constraint-error']);
    const line2 = document.lineAt(2).text;
    const line3 = document.lineAt(3).text;
    const date = line2.indexOf('30/12/2021');
    const power = line3.indexOf('22 kW');
    const access = line3.indexOf('Libre');
    assertDiagnostic(diagnostics, { code: 'type-error', range: [2, date, 2, date + 10], severity: error });
    assertDiagnostic(diagnostics, { code: 'type-error', range: [3, power, 3, power + 5], severity: error });
    assertDiagnostic(diagnostics, { code: 'constraint-error', range: [3, access, 3, access + 5], severity: error });

    const headerHover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(0, document.lineAt(0).text.indexOf('date_maj') + 1),
    );
    const text = hoverText(headerHover);
    assert.match(text, /\*\*date_maj\*\*/);
    assert.match(text, /schema\.data\.gouv\.fr\/etalab\/schema-irve-statique\/2\.3\.1/);

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lens = lenses.find((candidate) => candidate.command?.title.includes('IRVE statique'));
    assert.ok(lens?.command, `no code lens naming the schema among: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    assert.match(lens.command.title, /IRVE statique \(etalab\/schema-irve-statique@2\.3\.1\) · 3 /);
  });

  it('detects the schema of a file without one and applies it through the quick fix', async () => {
    const { uri } = await openFixture('irve/bornes-sans-schema.csv');
    const before = await waitForDiagnosticCodes(uri, ['schema-detected']);
    const found = before.find((d) => diagnosticCode(d) === 'schema-detected');
    assert.ok(found);
    const detected = assertDiagnostic(before, { code: 'schema-detected', range: [0, 0, 0, found.range.end.character], severity: information });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, detected.range);
    const validate = actions.find((action) => /etalab\/schema-irve-statique@2\.3\.1/.test(action.title));
    assert.ok(validate?.command, `no "validate against" action among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(validate.command.command, ...(validate.command.arguments ?? []));
    const recorded = vscode.workspace.getConfiguration('opendataLint', uri).get<Record<string, string>>('schemas') ?? {};
    assert.equal(recorded['irve/bornes-sans-schema.csv'], 'etalab/schema-irve-statique@2.3.1');
    await waitForDiagnosticCodes(uri, ['type-error', 'constraint-error']);
  });
});
