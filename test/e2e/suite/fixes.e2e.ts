// Quick fixes in the real extension host: "Fix all N dates in `date_maj`" applied through the editor's code
// action machinery, and the document's new text asserted whole (other cells untouched, one undo step).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, DEFAULT_WAIT_MS, diagnosticCode, fixtureUri, openFixture, waitForDiagnostics } from './helpers';

const schema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'nom', type: 'string' },
    { name: 'date_maj', type: 'date', constraints: { required: true } },
  ],
};
const original = 'id;nom;date_maj\r\n1;"Salle ""A""; annexe";30/12/2021\r\n2;Gymnase;2022-01-15\r\n3;Stade;1er août 2012\r\n4;Parc;31/04/2022\r\n';
const fixed = 'id;nom;date_maj\r\n1;"Salle ""A""; annexe";2021-12-30\r\n2;Gymnase;2022-01-15\r\n3;Stade;2012-08-01\r\n4;Parc;31/04/2022\r\n';

describe('quick fixes in the editor', () => {
  let previous: Record<string, string> | undefined;

  before(async () => {
    await vscode.workspace.fs.writeFile(fixtureUri('fixes/schema.json'), Buffer.from(JSON.stringify(schema)));
    await vscode.workspace.fs.writeFile(fixtureUri('fixes/dates.csv'), Buffer.from(original));
    const config = vscode.workspace.getConfiguration('opendataLint');
    previous = config.get<Record<string, string>>('schemas');
    await config.update('schemas', { ...previous, 'fixes/dates.csv': 'fixes/schema.json' }, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('opendataLint').update('schemas', previous, vscode.ConfigurationTarget.Workspace);
  });

  it('applies "Fix all dates in the column" and leaves every other cell as it was', async () => {
    const { uri, document } = await openFixture('fixes/dates.csv');
    const diagnostics = await waitForDiagnostics(uri, (found) => found.filter((d) => diagnosticCode(d) === 'type-error').length === 3, 'three date errors');
    const first = diagnostics.find((d) => diagnosticCode(d) === 'type-error' && d.range.start.line === 1);
    assert.ok(first);
    const impossible = diagnostics.find((d) => diagnosticCode(d) === 'type-error' && d.range.start.line === 4);
    assert.match(impossible?.relatedInformation?.[0]?.message ?? '', /does not exist|n'existe pas/, 'the impossible date says why it is not fixed');

    // The server answers for the version it has checked: ask again until it has caught up with the editor.
    const isColumnFix = (action: vscode.CodeAction) => action.title === 'Fix all 2 dates in `date_maj`' || action.title === 'Corriger les 2 dates de `date_maj`';
    let actions: vscode.CodeAction[] = [];
    for (const deadline = Date.now() + DEFAULT_WAIT_MS; Date.now() < deadline && !actions.some(isColumnFix); ) {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, first.range, vscode.CodeActionKind.QuickFix.value);
      if (!actions.some(isColumnFix)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const column = actions.find(isColumnFix);
    assert.ok(column?.edit, `no column fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(column.edit));
    assert.equal(document.getText(), fixed);

    // One edit, one undo step.
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });
});
