// The language server as a real process, on a file no schema describes: hygiene diagnostics at their exact
// cells, the "fill down" quick fix applied as the editor would (and the problem gone on the next version),
// the opendataLint.hygiene setting, and the "infer a Table Schema" request.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import { validateText } from '../../server/src/engine/validate';
import type { InferredSchemaFile } from '../../server/src/protocol';
import { LspSession } from './lspSession';

const fixtures = path.resolve(__dirname, '../fixtures');
const petiteEnfance = readFileSync(path.join(fixtures, 'hygiene/petite-enfance.csv'), 'utf8');

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  if (change) return change.edits as TextEdit[];
  return action.edit?.changes?.[uri] ?? [];
}

describe('language server (real process): files without a schema', function () {
  this.timeout(30_000);
  const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-hygiene-'));
  after(() => rmSync(workspace, { recursive: true, force: true }));
  const file = path.join(workspace, 'petite-enfance.csv');
  writeFileSync(file, petiteEnfance);
  const uri = pathToFileURL(file).href;

  describe('with default settings', () => {
    let session: LspSession;
    let diagnostics: Diagnostic[];
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace });
      session.open(uri, petiteEnfance);
      diagnostics = await session.diagnostics(uri, 1);
    });
    after(() => session.stop());

    it('underlines the gaps under merged cells, the error value, the formula, the pasted header and the total row', () => {
      const summary = diagnostics
        .filter((d) => d.code !== 'label-style')
        .map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity]);
      assert.deepEqual(summary, [
        ['empty-column', 0, 91, 0, 103, 2],
        ['merged-cell-gap', 2, 0, 2, 0, 2],
        ['merged-cell-gap', 3, 0, 3, 0, 2],
        ['spreadsheet-error', 3, 68, 3, 75, 1],
        ['merged-cell-gap', 5, 0, 5, 0, 2],
        ['repeated-header', 6, 0, 6, 103, 1],
        ['merged-cell-gap', 8, 0, 8, 0, 2],
        ['spreadsheet-formula', 8, 66, 8, 72, 1],
        ['total-row', 9, 0, 9, 14, 2],
      ]);
      const gap = diagnostics.find((d) => d.code === 'merged-cell-gap')!;
      assert.equal(gap.message, 'Empty cell under “Brest”: column “Commune” was a merged cell in the spreadsheet, so only the first row of each group has the value (4 empty cells). Repeat the value on every row.');
      assert.match(gap.codeDescription!.href, /docs\/problems\.md#merged-cell-gap$/);
      assert.equal(diagnostics.filter((d) => d.code === 'label-style').length, 7);
    });

    it('offers "fill with the value above" and "fill the column", whose edit removes the gap in the next version', async () => {
      const gap = diagnostics.find((d) => d.code === 'merged-cell-gap')!;
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap], only: ['quickfix'] } });
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Fill with “Brest” (the value above)'), JSON.stringify(titles));
      assert.ok(titles.includes('Fix all 4 values in `Commune`'), JSON.stringify(titles));
      const fill = actions.find((a) => a.title === 'Fill with “Brest” (the value above)')!;
      const edits = editsOf(fill, uri);
      assert.deepEqual(edits, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: 'Brest' }]);
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'csv', 1, petiteEnfance), edits);
      session.change(uri, 2, [{ text: fixed }]);
      const next = await session.diagnostics(uri, 2);
      const gaps = next.filter((d) => d.code === 'merged-cell-gap').map((d) => d.range.start.line);
      assert.deepEqual(gaps, [3, 5, 8]);
    });

    it('puts the safe hygiene fixes in the file scope (source.fixAll): the repeated header row is deleted, column removals are not', async () => {
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(actions[0].kind, 'source.fixAll');
      const edits = editsOf(actions[0], uri);
      assert.deepEqual(edits, [{ range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, newText: '' }]);
    });

    it('infers a Table Schema of the document that validates it, to be written as schema.json beside it', async () => {
      const result = await session.request<InferredSchemaFile | null>('opendataLint/inferSchema', { uri });
      assert.ok(result);
      assert.equal(result.uri, pathToFileURL(path.join(workspace, 'schema.json')).href);
      assert.match(result.summary, /^Inferred from 9 rows: 7 columns/);
      assert.equal(result.suggestion, undefined);
      const schema = JSON.parse(result.content);
      const text = TextDocument.create(uri, 'csv', 1, petiteEnfance).getText();
      assert.deepEqual(validateText(text, { checkers: schemaCheckers(schema) }).problems.filter((p) => p.severity === 'error'), []);
    });

    it('applies the catalog schema the header matches, as the command line does: no hygiene advice at all then (no rename of Xlong, no removal of its fields)', async () => {
      const draft = path.join(workspace, 'lieux-covoiturage-brouillon.csv');
      copyFileSync(path.join(fixtures, 'hygiene/lieux-covoiturage-brouillon.csv'), draft);
      const draftUri = pathToFileURL(draft).href;
      session.open(draftUri, readFileSync(draft, 'utf8'));
      const found = await session.diagnostics(draftUri, 1);
      const detected = found.find((d) => d.code === 'schema-detected');
      assert.ok(detected, JSON.stringify(found.map((d) => d.code)));
      assert.match(detected.message, /^Schema detected from the header: “Lieux de covoiturage” \(etalab\/schema-lieux-covoiturage@0\.3\.1\)/);
      assert.deepEqual(found.filter((d) => d.code === 'label-style' || d.code === 'empty-column' || d.code === 'merged-cell-gap'), []);
      const actions = await session.request<{ title: string; command?: { arguments?: unknown[] } }[]>('textDocument/codeAction', { textDocument: { uri: draftUri }, range: detected.range, context: { diagnostics: [detected] } });
      assert.deepEqual(
        actions.map((a) => [a.title, a.command?.arguments?.[1]]),
        [
          ['Pin Lieux de covoiturage (etalab/schema-lieux-covoiturage@0.3.1) for this file, in the project settings', 'etalab/schema-lieux-covoiturage@0.3.1'],
          ['Check this file without a schema', 'none'],
        ],
      );
    });

    it('names the catalog schema a file resembles, with the difference', async () => {
      const example = path.join(workspace, 'stationnement.csv');
      copyFileSync(path.join(fixtures, 'catalog-examples/etalab/schema-stationnement/0.1.5/exemple-valide.csv'), example);
      const result = await session.request<InferredSchemaFile | null>('opendataLint/inferSchema', { uri: pathToFileURL(example).href });
      assert.equal(result?.suggestion?.ref, 'etalab/schema-stationnement@0.1.5');
      assert.equal(result?.suggestion?.message, 'This file looks like `etalab/schema-stationnement@0.1.5` (Lieux de stationnement): 30 of its 30 columns match. Publishing against it lets others reuse the file as it is.');
    });
  });

  describe('with opendataLint.hygiene levels', () => {
    let session: LspSession;
    after(() => session.stop());

    it('leaves out the codes turned off and raises others', async () => {
      session = await LspSession.start({ locale: 'fr', rootPath: workspace, settings: { hygiene: { 'label-style': 'off', 'total-row': 'error' } } });
      session.open(uri, petiteEnfance);
      const diagnostics = await session.diagnostics(uri, 1);
      assert.ok(!diagnostics.some((d) => d.code === 'label-style'));
      const total = diagnostics.find((d) => d.code === 'total-row')!;
      assert.equal(total.severity, 1);
      assert.equal(total.message, 'La ligne 10 est un total (« Total »), pas un enregistrement : qui réutilise les données le compterait deux fois. Supprimez-la ; les totaux se calculent à partir des données.');
    });
  });
});
