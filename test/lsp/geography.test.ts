// French geography through the real language server (dist/server.js over stdio): the covoiturage example's
// 76000 (a postcode for Dieppe) under its catalog schema, with the fix to Dieppe's code; the DAE fixture's
// empty code that the name and postcode fill ("Renseigner le code INSEE 78217 (Épône)"), for the cell and
// the column, applied as an edit that the incremental check then clears; and a table without a schema.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

const root = path.resolve(__dirname, '..', '..');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-geography-'));
for (const [from, name] of [
  ['examples/lieux-covoiturage-invalide.csv', 'covoiturage.csv'],
  ['test/fixtures/geography/dae-communes.csv', 'dae.csv'],
  ['test/fixtures/geography/communes-sans-schema.csv', 'communes.csv'],
  ['test/fixtures/geography/prenoms-2015.csv', 'prenoms-2015.csv'],
  ['test/fixtures/geography/prenoms-2015.resource.yaml', 'prenoms-2015.resource.yaml'],
]) {
  copyFileSync(path.join(root, from), path.join(workspace, name));
}
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;
const textOf = (name: string) => readFileSync(path.join(workspace, name), 'utf8');
const GEOGRAPHY = /^(commune-|uai-)/;
const geography = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => GEOGRAPHY.test(String(d.code)));

/** The range of `value` on a 0-based line of a text (its first occurrence after `from`). */
function rangeOf(text: string, line: number, value: string, from = 0) {
  const character = text.split('\n')[line].indexOf(value, from);
  assert.ok(character >= 0, `${value} on line ${line}`);
  return { start: { line, character }, end: { line, character: character + value.length } };
}

async function actionsFor(session: LspSession, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

describe('language server (real process): French geography against the COG', function () {
  this.timeout(60_000);
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({
      locale: 'fr',
      rootPath: workspace,
      settings: { schemas: { 'covoiturage.csv': 'etalab/schema-lieux-covoiturage@0.3.1', 'dae.csv': 'atlasante/schema-dae@1.0.0' } },
    });
  });
  after(() => session.stop());

  it('the covoiturage example: 76000 for Dieppe is a postcode, with the fix to 76217 (Dieppe), unsafe', async () => {
    const uri = uriOf('covoiturage.csv');
    const text = textOf('covoiturage.csv');
    session.open(uri, text);
    const [diagnostic, ...others] = geography(await session.diagnostics(uri, 1));
    assert.deepEqual(others, []);
    assert.equal(diagnostic.code, 'commune-code-unknown');
    assert.equal(diagnostic.severity, 1);
    assert.deepEqual(diagnostic.range, rangeOf(text, 2, '76000'));
    assert.equal(diagnostic.message, '« 76000 » n’est pas un code de commune (COG 2026) : c’est un code postal, celui de Rouen (76540). Le nom et le lieu de la ligne désignent 76217 (Dieppe).');
    assert.match(diagnostic.codeDescription?.href ?? '', /docs\/problems\.md#commune-code-unknown$/);
    const actions = await actionsFor(session, uri, diagnostic);
    const fix = actions.find((a) => a.title === 'Remplacer par le code INSEE de la commune de la ligne, 76217 (Dieppe)');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, undefined, 'unsafe: not preferred');
    const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.edits, [{ range: rangeOf(text, 2, '76000'), newText: '76217' }]);
    session.close(uri);
  });

  it('the DAE fixture: an empty code filled from name and postcode, for the cell (preferred) and the column; once applied, the information goes', async () => {
    const uri = uriOf('dae.csv');
    const text = textOf('dae.csv');
    session.open(uri, text);
    const missing = geography(await session.diagnostics(uri, 1)).filter((d) => d.code === 'commune-code-missing');
    assert.deepEqual(
      missing.map((d) => [d.severity, d.range.start.line, d.message]),
      [
        [3, 1, 'Le code de commune est vide ; « Épône » (78680) est la commune 78217 (Épône).'],
        [3, 3, 'Le code de commune est vide ; « Dieppe » (76200) est la commune 76217 (Dieppe).'],
      ],
    );
    // The empty cell between `78680, ` and `, Épône`.
    const at = text.split('\n')[1].indexOf('78680, , Épône') + '78680, '.length;
    assert.deepEqual(missing[0].range, { start: { line: 1, character: at }, end: { line: 1, character: at } });
    const actions = await actionsFor(session, uri, missing[0]);
    const cell = actions.find((a) => a.title === 'Renseigner le code INSEE 78217 (Épône)');
    assert.ok(cell, actions.map((a) => a.title).join(' | '));
    assert.equal(cell.isPreferred, true);
    assert.deepEqual((cell.edit!.documentChanges![0] as TextDocumentEdit).edits, [{ range: missing[0].range, newText: '78217' }]);
    const column = actions.find((a) => a.title === 'Corriger les 2 codes INSEE manquants de `com_insee`');
    assert.ok(column, actions.map((a) => a.title).join(' | '));
    const edits = (column.edit!.documentChanges![0] as TextDocumentEdit).edits;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'csv', 1, text), edits);
    assert.equal(fixed, text.replace('78680, , Épône', '78680, 78217, Épône').replace('76200, , Dieppe', '76200, 76217, Dieppe'));
    session.change(uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
    const after = geography(await session.diagnostics(uri, 2));
    assert.deepEqual(after.map((d) => d.code), ['commune-postcode-mismatch']);
    // Typing a postcode into a code cell: the row is checked again at once.
    const laval = rangeOf(fixed, 2, '53130');
    session.change(uri, 3, [{ range: laval, text: '53000' }]);
    const typed = geography(await session.diagnostics(uri, 3));
    assert.deepEqual(typed.map((d) => [d.code, d.range.start.line]), [['commune-code-unknown', 2]]);
    assert.match(typed[0].message, /c’est un code postal, celui de Laval \(53130\)/);
    session.close(uri);
  });

  it('a table whose sidecar dates its data 2015: a former commune’s code is a warning', async () => {
    const uri = uriOf('prenoms-2015.csv');
    session.open(uri, textOf('prenoms-2015.csv'));
    const found = geography(await session.diagnostics(uri, 1));
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.range.start.line]), [['commune-code-former', 2, 1]]);
    assert.match(found[0].message, /Les données du fichier datent de 2015/);
    session.close(uri);
  });

  it('a table without a schema: the columns found by names and values, once the whole-table pass ran', async () => {
    const uri = uriOf('communes.csv');
    session.open(uri, textOf('communes.csv'));
    let found: string[] = [];
    for (let waited = 0; waited < 20_000 && found.length < 5; waited += 50) {
      found = geography(session.publishedFor(uri).at(-1)?.diagnostics ?? []).map((d) => `${String(d.code)} ${d.range.start.line}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(found, ['commune-area-mismatch 2', 'commune-area-mismatch 3', 'commune-siren-mismatch 4', 'uai-invalid 5', 'uai-invalid 7']);
    session.close(uri);
  });
});
