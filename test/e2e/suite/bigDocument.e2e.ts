// A big document (over 1 MB: kept and checked incrementally by the server) edited in the real editor:
// capped diagnostics with a summary and the true totals in the code lens; a quote typed at the top makes
// the rest of the file one cell, and undoing it brings every problem back (incremental sync of the client).
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostics, diagnosticCode, fixtureUri, waitFor } from './helpers';

/**
 * The IRVE fixture's rows repeated: 3 errors every 3 rows, 3,000 errors in about 1.5 MB. Separated by
 * semicolons, no cell needs quotes: a quote typed then makes the rest of the file one cell.
 */
function nationalFile(): { text: string; errors: number } {
  const fixture = readFileSync(fixtureUri('irve/bornes-avec-erreurs.csv').fsPath, 'utf8');
  const unquoted = fixture
    .replace(/"([^"]*)"/g, (_, inner: string) => inner.replaceAll(',', '\u0000'))
    .replaceAll(',', ';')
    .replaceAll('\u0000', ',');
  assert.ok(!unquoted.includes('"'));
  const [header, ...rows] = unquoted.split('\n').filter((line) => line !== '');
  const copies = 1000;
  return { text: `${header}\n${Array.from({ length: copies }, () => rows.join('\n')).join('\n')}\n`, errors: 3 * copies };
}

async function lensTitle(uri: vscode.Uri, pattern: RegExp): Promise<string> {
  let titles: string[] = [];
  return waitFor(
    () => {
      void vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri).then((lenses) => {
        titles = lenses.map((lens) => lens.command?.title ?? '');
      });
      return titles.find((title) => pattern.test(title));
    },
    () => `no code lens matching ${pattern} among: ${titles.join(' | ')}`,
  );
}

const count = (diagnostics: readonly vscode.Diagnostic[], code: string) => diagnostics.filter((d) => diagnosticCode(d) === code).length;

/** Diagnostics counted by code (a thousand of them described one by one would not fit a failure message). */
function codeCounts(diagnostics: readonly vscode.Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(diagnosticCode(d) ?? '?', (counts.get(diagnosticCode(d) ?? '?') ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code} × ${n}`).join(', ') || '(none)';
}

function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    () => `${what}; found ${codeCounts(vscode.languages.getDiagnostics(uri))}`,
    60_000,
  );
}

describe('a big document in the editor', () => {
  afterEach(closeAllEditors);

  it('shows capped diagnostics with the true totals, follows a quote that swallows the rest, and its undo', async function () {
    this.timeout(120_000);
    const { text, errors } = nationalFile();
    assert.ok(text.length > 1 << 20, `${text.length} characters`);
    const uri = fixtureUri('irve/national-big.csv');
    writeFileSync(uri.fsPath, text);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);

    // Complete diagnostics: the summary no longer says that the rest is being checked.
    const capped = (diagnostics: vscode.Diagnostic[]) =>
      count(diagnostics, 'too-many-problems') === 1 &&
      count(diagnostics, 'type-error') > 100 &&
      !/being checked/.test(diagnostics.find((d) => diagnosticCode(d) === 'too-many-problems')?.message ?? '');
    const first = await waitForDiagnostics(uri, capped, 'capped diagnostics with a summary');
    assert.equal(first.length, 1001, 'the first 1,000 problems and the summary');
    const summary = first.find((d) => diagnosticCode(d) === 'too-many-problems');
    assert.match(summary?.message ?? '', new RegExp(`^${errors - 1000} more problems are not shown`), describeDiagnostics([summary as vscode.Diagnostic]));
    assert.match(await lensTitle(uri, /error/), new RegExp(`· ${errors} error`));

    // A quote typed at the start of row 2's station name: the rest of the file is one cell.
    const line2 = document.lineAt(2).text;
    const column = line2.indexOf(';Picpus;') + 1;
    assert.ok(column > 0, line2);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(2, column), '"')));
    const swallowed = await waitForDiagnostics(
      uri,
      (diagnostics) => count(diagnostics, 'source-error') === 1 && count(diagnostics, 'too-many-problems') === 0,
      'the unclosed quote and nothing after it',
    );
    const quote = swallowed.find((d) => diagnosticCode(d) === 'source-error');
    assert.deepEqual([quote?.range.start.line, quote?.range.start.character], [2, column]);
    assert.ok(swallowed.every((d) => d.range.start.line <= 2 || diagnosticCode(d) === 'missing-cell'), describeDiagnostics(swallowed.slice(0, 20)));
    assert.match(await lensTitle(uri, /error/), /· [1-9] error/);

    // Undone: every row is back, with every problem.
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
    const back = await waitForDiagnostics(uri, (diagnostics) => capped(diagnostics) && count(diagnostics, 'source-error') === 0, 'every problem back');
    const placed = (diagnostics: vscode.Diagnostic[]) => diagnostics.map((d) => `${diagnosticCode(d)} ${d.range.start.line}:${d.range.start.character}`).join('\n');
    assert.ok(placed(back) === placed(first), `after the undo: ${codeCounts(back)}; before: ${codeCounts(first)}`);
    assert.match(await lensTitle(uri, /error/), new RegExp(`· ${errors} error`));
  });
});
