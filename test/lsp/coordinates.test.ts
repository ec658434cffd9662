// coordinates-swapped through the real language server (dist/server.js over stdio): the covoiturage example's
// row 3 under its catalog schema, with the code action that swaps exactly its two cells; the same in a big
// document (≥ 1 MB, checked incrementally) with and without a schema, where the code action works too.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { hygieneCheckers } from '../../server/src/engine/checks/hygiene/hygieneChecker';
import type { Problem } from '../../server/src/engine/problems/problem';
import { loadTableSchema } from '../../server/src/engine/schema/loadSchema';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import { validateText } from '../../server/src/engine/validate';
import { LspSession } from './lspSession';

/** A text this long is one the server used to keep apart (the size of its former big documents). */
const BIG_TEXT_CHARS = 1 << 20;
const root = path.resolve(__dirname, '..', '..');
const example = readFileSync(path.join(root, 'examples', 'lieux-covoiturage-invalide.csv'), 'utf8');
/** The workspace the sessions open (the schema setting is written in its .vscode/settings.json). */
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-coordinates-'));
copyFileSync(path.join(root, 'examples', 'lieux-covoiturage-invalide.csv'), path.join(workspace, 'lieux-covoiturage-invalide.csv'));
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;
const SCHEMA = 'etalab/schema-lieux-covoiturage@0.3.1';

function swappedOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'coordinates-swapped');
}

/** The range of `value` on a 0-based line of a text. */
function rangeOf(text: string, line: number, value: string) {
  const character = text.split('\n')[line].indexOf(value);
  assert.ok(character >= 0, `${value} on line ${line}`);
  return { start: { line, character }, end: { line, character: character + value.length } };
}

/** A covoiturage table of a little over 1 MB: valid rows, and swapped points at rows 3 and 5001. */
function bigCovoiturage(): string {
  const header = example.split('\n')[0];
  const lines = [header];
  for (let i = 1; lines.join('\n').length < BIG_TEXT_CHARS + 10_000; i++) {
    const [lon, lat] = i === 2 || i === 5000 ? ['49.921921', '1.065656'] : ['1.081183', '49.921823'];
    lines.push(`23X${i},Gare SNCF de Dieppe ${i},2 Boulevard Georges Clemenceau,Dieppe,76217,Parking,2019-06-25,true,217602176,${lon},${lat},20,2,,24/7,Ville de Dieppe,true,Correspondance avec la ligne TER Dieppe-Rouen`);
  }
  return `${lines.join('\n')}\n`;
}

const brief = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.message}`);

describe('language server (real process): swapped coordinates', function () {
  this.timeout(60_000);

  describe('the covoiturage example under its catalog schema', () => {
    for (const locale of ['en', 'fr'] as const) {
      describe(locale, () => {
        let session: LspSession;
        let diagnostic: Diagnostic;
        const uri = uriOf('lieux-covoiturage-invalide.csv');
        before(async () => {
          session = await LspSession.start({ locale, rootPath: workspace, settings: { schemas: { '*.csv': SCHEMA } } });
          session.open(uri, example);
          const swapped = swappedOf(await session.diagnostics(uri, 1));
          assert.equal(swapped.length, 1, JSON.stringify(swapped));
          diagnostic = swapped[0];
        });
        after(() => session.stop());

        it('shows a warning on row 3’s latitude cell, in the user’s language', () => {
          assert.equal(diagnostic.severity, 2);
          assert.deepEqual(diagnostic.range, rangeOf(example, 2, '1.065656'));
          assert.equal(diagnostic.source, 'opendata-lint');
          assert.match(diagnostic.codeDescription?.href ?? '', /docs\/problems\.md#coordinates-swapped$/);
          assert.equal(
            diagnostic.message,
            locale === 'en'
              ? 'Latitude 1.065656 (Ylat) and longitude 49.921921 (Xlong) put this point outside France; exchanged, they put it in metropolitan France: latitude and longitude are probably inverted.'
              : 'La latitude 1.065656 (Ylat) et la longitude 49.921921 (Xlong) placent ce point hors de France ; échangées, elles le placent en France métropolitaine : latitude et longitude sont probablement inversées.',
          );
        });

        it('offers a quick fix, not preferred, that swaps exactly the two cells in this version', async () => {
          const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
          const title = locale === 'en' ? 'Swap latitude and longitude (`Ylat` ↔ `Xlong`)' : 'Inverser latitude et longitude (`Ylat` ↔ `Xlong`)';
          const swap = actions.find((a) => a.title === title);
          assert.ok(swap, actions.map((a) => a.title).join(' | '));
          assert.equal(swap.kind, 'quickfix');
          assert.equal(swap.isPreferred, undefined);
          assert.deepEqual(swap.diagnostics?.map((d) => d.code), ['coordinates-swapped']);
          const change = swap.edit!.documentChanges![0] as TextDocumentEdit;
          assert.deepEqual(change.textDocument, { uri, version: 1 });
          assert.deepEqual(
            [...change.edits].sort((a, b) => a.range.start.character - b.range.start.character),
            [
              { range: rangeOf(example, 2, '49.921921'), newText: '1.065656' },
              { range: rangeOf(example, 2, '1.065656'), newText: '49.921921' },
            ],
          );
          const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'csv', 1, example), change.edits).split('\n');
          assert.equal(fixed[2], example.split('\n')[2].replace('49.921921,1.065656', '1.065656,49.921921'));
          assert.deepEqual(fixed.filter((_, i) => i !== 2), example.split('\n').filter((_, i) => i !== 2), 'nothing else changes');
        });
      });
    }
  });

  describe('in a big document', () => {
    let session: LspSession;
    const text = bigCovoiturage();
    before(async () => {
      assert.ok(text.length >= BIG_TEXT_CHARS, `${text.length} characters`);
      session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { schemas: { '*.csv': SCHEMA }, detectSchema: false } });
    });
    after(() => session.stop());

    const expectedOf = (problems: Problem[]) =>
      problems.filter((p) => p.code === 'coordinates-swapped').map((p) => `${p.code} ${p.range.start.line}:${p.range.start.character}-${p.range.end.character}`);

    it('with a schema: the incremental check reports the two swapped rows as a whole-text check does, and the swap fixes one', async () => {
      const loaded = loadTableSchema(SCHEMA);
      assert.ok(loaded.ok);
      const expected = expectedOf(validateText(text, { checkers: schemaCheckers(loaded.schema) }).problems);
      assert.equal(expected.length, 2);
      const uri = uriOf('big-covoiturage.csv');
      session.open(uri, text);
      const diagnostics = await session.finalDiagnostics(uri, 1);
      const swapped = swappedOf(diagnostics);
      assert.deepEqual(brief(swapped).map((line) => line.split(' ').slice(0, 2).join(' ')), expected);
      assert.deepEqual([swapped[0].range.start.line, swapped[1].range.start.line], [2, 5000]);
      // A big document's diagnostic names where its problem lies; the server finds it again for the fix.
      assert.deepEqual(Object.keys(swapped[1].data as object), ['problemAt']);
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: swapped[1].range, context: { diagnostics: [swapped[1]] } });
      const swap = actions.find((a) => a.title === 'Swap latitude and longitude (`Ylat` ↔ `Xlong`)');
      assert.ok(swap, actions.map((a) => a.title).join(' | '));
      const edits = (swap.edit!.documentChanges![0] as TextDocumentEdit).edits;
      assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]).sort(), [
        [5000, '1.065656'],
        [5000, '49.921921'],
      ]);
      // Applied as an edit of the document, the warning of that row goes; the other stays.
      session.change(uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
      const after = swappedOf(await session.finalDiagnostics(uri, 2));
      assert.deepEqual(after.map((d) => d.range.start.line), [2]);
      session.close(uri);
    });

    it('without a schema: the detected columns, once the document stands still (the whole-table pass)', async () => {
      const uri = uriOf('big-covoiturage.dat');
      const expected = expectedOf(validateText(text, { checkers: hygieneCheckers() }).problems);
      assert.equal(expected.length, 2);
      session.open(uri, text);
      let found: string[] = [];
      for (let waited = 0; waited < 30_000 && found.length < 2; waited += 50) {
        found = swappedOf(session.publishedFor(uri).at(-1)?.diagnostics ?? []).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.deepEqual(found, expected);
      // Its quick fix too (the pass's problems are among those in force).
      const diagnostic = swappedOf(session.publishedFor(uri).at(-1)!.diagnostics)[1];
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const swap = actions.find((a) => a.title === 'Swap latitude and longitude (`Ylat` ↔ `Xlong`)');
      assert.ok(swap, actions.map((a) => a.title).join(' | '));
      assert.deepEqual((swap.edit!.documentChanges![0] as TextDocumentEdit).edits.map((e) => [e.range.start.line, e.newText]).sort(), [
        [5000, '1.065656'],
        [5000, '49.921921'],
      ]);
      session.close(uri);
    });
  });
});
