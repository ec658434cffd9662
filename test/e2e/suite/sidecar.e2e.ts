// Metadata sidecars in the real extension host: the "Create metadata sidecar" command writes
// `foo.resource.yaml` prefilled from the CSV and opens it, the server checks it (placeholders reported),
// and the CSV's code lens then links to it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, waitForDiagnosticCodes } from './helpers';

describe('metadata sidecars', () => {
  const csv = () => fixtureUri('sidecar-e2e/bornes.csv');
  const sidecar = () => fixtureUri('sidecar-e2e/bornes.resource.yaml');

  before(async () => {
    // A CSV of our own in the workspace copy: the fixtures' files keep their settings and no sidecar.
    const irve = await vscode.workspace.fs.readFile(fixtureUri('irve/bornes-sans-schema.csv'));
    await vscode.workspace.fs.writeFile(csv(), irve);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(fixtureUri('sidecar-e2e'), { recursive: true, useTrash: false });
  });

  it('creates the sidecar of a CSV with the command, prefilled, opened and checked; the CSV links to it', async () => {
    const document = await vscode.workspace.openTextDocument(csv());
    await vscode.window.showTextDocument(document);
    await waitForDiagnosticCodes(csv(), ['schema-detected']);

    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('opendataLint.createSidecar', csv().toString());
    assert.equal(created?.toString(), sidecar().toString());
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar()));
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    for (const line of [
      'name: bornes',
      'path: bornes.csv',
      'schema: etalab/schema-irve-statique@2.3.1',
      'encoding: utf-8',
      '  delimiter: ","',
      '  header: true',
      `date_mise_a_jour: ${day}`,
    ]) {
      assert.ok(content.split('\n').includes(line), `"${line}" in:\n${content}`);
    }
    assert.match(content, /\ncouverture_temporelle:\n(?: {2}#.*\n)? {2}debut: \d{4}-\d{2}-\d{2}\n/);
    assert.match(content, /\ntitle: "À compléter : /);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sidecar().toString());

    // The server checks the new sidecar: its placeholders are reported until filled.
    await waitForDiagnosticCodes(sidecar(), ['metadata-placeholder']);

    // The CSV now follows its sidecar: the lens names it.
    const title = await waitForLens(csv(), /bornes\.resource\.yaml/);
    assert.match(title, /^(Metadata|Fiche descriptive)\s?: bornes\.resource\.yaml$/);
  });
});

/** Polls the code lenses of a document until one title matches. */
async function waitForLens(uri: vscode.Uri, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 20_000;
  let titles: string[] = [];
  while (Date.now() < deadline) {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    titles = lenses.map((lens) => lens.command?.title ?? '');
    const found = titles.find((title) => pattern.test(title));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code lens matching ${pattern} among: ${titles.join(' | ')}`);
}
