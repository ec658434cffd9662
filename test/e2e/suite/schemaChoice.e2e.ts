// A schema chosen from the status bar, as a person does it, and the quick fixes that follow: they come from
// the problems of the new plan at once, without any edit (a fix session kept from the plan without schema
// offered nothing on a French date, and its fix-all turned a valid ISO date into dd/mm/yyyy).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticCode, openFixture, waitForDiagnostics, waitForQuickFix } from './helpers';
import { click, press, screenshot, settle, typeText } from './user';

describe('a schema chosen from the status bar', () => {
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('opendataLint', vscode.workspace.workspaceFolders?.[0].uri).update('schemas', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('applies at once: Ctrl+. on a French date offers its fix, which changes that cell only, and fix-all leaves the ISO date alone', async () => {
    const { uri, document, editor } = await openFixture('covoiturage/covoiturage-agglo.csv');
    const original = document.getText();
    const line = 1;
    const dateAt = document.lineAt(line).text.indexOf('24/06/2019');
    const hasDateError = (found: vscode.Diagnostic[]) => found.some((d) => diagnosticCode(d) === 'type-error' && d.range.start.line === line && d.range.start.character === dateAt);
    // Its header matches the car-pooling schema: detected and applied at once, as the command line does.
    await waitForDiagnostics(uri, (found) => hasDateError(found) && found.some((d) => diagnosticCode(d) === 'schema-detected'), 'the detected schema’s errors');
    await settle();
    await screenshot('schema-0-detected-from-the-header');

    // The user first turns the schema down from the status bar ("No schema"), as a person would…
    await click('.statusbar-item:has-text("Lieux de covoiturage")');
    await settle(600);
    await typeText('No schema');
    await settle(300);
    await press('Enter');
    await waitForDiagnostics(uri, (found) => !hasDateError(found) && !found.some((d) => diagnosticCode(d) === 'schema-detected'), 'the checks without a schema');

    // …then chooses it again: a search as people type it, the latest version.
    await click('.statusbar-item:has-text("no schema")');
    await settle(600);
    await typeText('covoiturage');
    await settle(400);
    await screenshot('schema-1-picker-covoiturage');
    // Its row clicked once the list shows it (Enter on a list not yet filtered, on a loaded machine, took
    // the first row: "No schema" again).
    await click('.quick-input-widget .monaco-list-row:has-text("etalab/schema-lieux-covoiturage")');
    await settle(800);
    await press('Enter');

    const diagnostics = await waitForDiagnostics(uri, (found) => hasDateError(found) && !found.some((d) => diagnosticCode(d) === 'schema-detected'), 'a type error on the French date once the chosen schema applies');
    const date = diagnostics.find((d) => diagnosticCode(d) === 'type-error' && d.range.start.line === line && d.range.start.character === dateAt)!;

    await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(line, dateAt + 2, line, dateAt + 2);
    await press('Control+Period');
    await settle(800);
    await screenshot('schema-2-quick-fix-on-french-date');
    await press('Escape');

    const isCellFix = (action: vscode.CodeAction) => action.edit?.get(uri).length === 1 && action.edit.get(uri)[0].newText === '2019-06-24';
    const { actions, found: cellFix } = await waitForQuickFix(uri, date.range, isCellFix);
    assert.ok(cellFix, `the date fix is offered: ${actions.map((a) => a.title).join(' | ')}`);

    const fixAll = actions.find((a) => /^Fix all safe problems/.test(a.title));
    assert.ok(fixAll?.edit, 'fix-all is offered beside it');
    const touched = fixAll.edit.get(uri).map((edit) => document.getText(edit.range));
    assert.ok(!touched.includes('2019-07-15'), `fix-all never touches the valid ISO date: ${touched.join(', ')}`);

    assert.ok(await vscode.workspace.applyEdit(cellFix.edit!));
    const expected = original.replace('Parking,24/06/2019,', 'Parking,2019-06-24,');
    assert.equal(document.getText(), expected, 'that cell only');
    await settle();
    await screenshot('schema-3-date-fixed');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });
});
