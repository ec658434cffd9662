// The language server with a schema, as a real process: detection offered as a code action, type and
// constraint errors at their exact cells, hover on header and cells, completion of allowed values, code lens.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

const fixture = readFileSync(path.resolve(__dirname, '../fixtures/lsp/irve-errors.csv'), 'utf8');
const lines = fixture.split('\n');

/** Position (line, character) of the n-th column's cell on a line of the fixture (no quoted commas before it). */
function cellStart(line: number, value: string): { line: number; character: number } {
  const character = lines[line].indexOf(value);
  assert.ok(character >= 0, `${value} not on line ${line}`);
  return { line, character };
}

describe('language server (real process): validation against a schema', function () {
  this.timeout(30_000);
  const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-schema-'));
  after(() => rmSync(workspace, { recursive: true, force: true }));
  const file = path.join(workspace, 'bornes.csv');
  writeFileSync(file, fixture);
  const uri = pathToFileURL(file).href;

  describe('without a schema setting', () => {
    let session: LspSession;
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace });
    });
    after(() => session.stop());

    it('applies the detected schema, as the command line does, says so on the header, and offers to pin or refuse it', async () => {
      session.open(uri, fixture);
      const diagnostics = await session.diagnostics(uri, 1);
      const detected = diagnostics.find((d) => d.code === 'schema-detected')!;
      assert.ok(detected, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.equal(detected.severity, 3);
      assert.deepEqual(detected.range.start, { line: 0, character: 0 });
      assert.match(detected.message, /^Schema detected from the header: “IRVE statique” \(etalab\/schema-irve-statique@2\.3\.1\), 40 of 40 columns match: it applies while the header matches\./);
      assert.ok(diagnostics.some((d) => d.code === 'type-error'), 'the schema’s errors are there');
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: detected.range,
        context: { diagnostics: [detected] },
      });
      assert.deepEqual(
        actions.map((a) => [a.title, a.command?.command, a.command?.arguments]),
        [
          ['Pin IRVE statique (etalab/schema-irve-statique@2.3.1) for this file, in the project settings', 'opendataLint.useSchema', [uri, 'etalab/schema-irve-statique@2.3.1']],
          ['Check this file without a schema', 'opendataLint.useSchema', [uri, 'none']],
        ],
      );
      const state = await session.request<{ source: string; ref?: string } | null>('opendataLint/schemaForDocument', { uri });
      assert.deepEqual([state?.source, state?.ref], ['detected', 'etalab/schema-irve-statique@2.3.1']);
    });

    it('checks the file without a schema (nor detection) once the user recorded "none" for it', async () => {
      const seen = session.publishedFor(uri).length;
      session.configure({ schemas: { '*.csv': 'none' } });
      for (const deadline = Date.now() + 10_000; session.publishedFor(uri).length === seen && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
      const diagnostics = session.publishedFor(uri).at(-1)!.diagnostics;
      assert.ok(!diagnostics.some((d) => d.code === 'type-error' || d.code === 'schema-detected'), JSON.stringify(diagnostics.map((d) => d.code)));
      session.configure({});
    });
  });

  describe('with the schema set in the editor only', () => {
    // The user's own settings hold the schema; the project's .vscode/settings.json does not: the command line
    // and CI would check the file without it. The server says so on the header.
    const alone = mkdtempSync(path.join(tmpdir(), 'odl-lsp-editor-only-'));
    after(() => rmSync(alone, { recursive: true, force: true }));
    const aloneFile = path.join(alone, 'bornes.csv');
    writeFileSync(aloneFile, fixture);
    const aloneUri = pathToFileURL(aloneFile).href;
    let session: LspSession;
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: alone, settings: { schemas: { '*.csv': 'etalab/schema-irve-statique@2.3.1' } } });
      rmSync(path.join(alone, '.vscode'), { recursive: true, force: true });
    });
    after(() => session.stop());

    it('applies it, and warns on the header that the project does not record it (schema-setting-not-shared)', async () => {
      session.open(aloneUri, fixture);
      const diagnostics = await session.diagnostics(aloneUri, 1);
      const warning = diagnostics.find((d) => d.code === 'schema-setting-not-shared');
      assert.ok(warning, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.equal(warning.severity, 2);
      assert.equal(warning.range.start.line, 0);
      assert.match(warning.message, /^The schema “etalab\/schema-irve-statique@2\.3\.1” comes from an editor setting \(“\*\.csv”\) that .*settings\.json does not hold: the command line and CI would not apply it/);
      // The schema is applied all the same: the cells it rejects are flagged.
      assert.ok(diagnostics.some((d) => d.code === 'type-error'));
    });
  });

  describe('with the schema set for the file', () => {
    let session: LspSession;
    let diagnostics: Diagnostic[];
    before(async () => {
      session = await LspSession.start({ locale: 'fr', rootPath: workspace, settings: { schemas: { '*.csv': 'etalab/schema-irve-statique@2.3.1' } } });
      session.open(uri, fixture);
      diagnostics = await session.diagnostics(uri, 1);
    });
    after(() => session.stop());

    it('underlines each invalid cell exactly, with the code and a French message quoting the expected form', () => {
      const summary = diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]);
      const date = cellStart(2, '30/12/2021');
      const power = cellStart(3, '22 kW');
      const access = cellStart(3, 'Libre');
      assert.deepEqual(summary, [
        ['type-error', 2, date.character, date.character + 10],
        ['type-error', 3, power.character, power.character + 5],
        ['constraint-error', 3, access.character, access.character + 5],
      ]);
      assert.match(diagnostics[0].message, /^Format de date incorrect : « 30\/12\/2021 »\. La date doit être au format AAAA-MM-JJ/);
      assert.match(diagnostics[2].message, /Valeur non autorisée : « Libre »\. Valeurs autorisées : « Accès libre », « Accès réservé »/);
    });

    it('explains a header field on hover, with its schema page', async () => {
      const character = lines[0].indexOf('date_maj') + 2;
      const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character } });
      const text = (hover.contents as { value: string }).value;
      assert.match(text, /^\*\*date_maj\*\*/);
      assert.match(text, /Type : date \(%Y-%m-%d\)/);
      assert.match(text, /Obligatoire/);
      assert.match(text, /Exemple : `2021-12-30`/);
      assert.match(text, /\[IRVE statique \(etalab\/schema-irve-statique@2\.3\.1\)\]\(https:\/\/schema\.data\.gouv\.fr\/etalab\/schema-irve-statique\/2\.3\.1\/\)/);
    });

    it('tells the expected form and links the problem doc when hovering a flagged cell', async () => {
      const at = cellStart(2, '30/12/2021');
      const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: at.character + 1 } });
      const text = (hover.contents as { value: string }).value;
      assert.match(text, /Attendu : date \(%Y-%m-%d\) · Exemple : `2021-12-30`/);
      assert.match(text, /\(https:\/\/[^)]+docs\/problems\.md#type-error\)/);
    });

    it('completes a cell with the field’s allowed values, replacing the whole cell', async () => {
      const at = cellStart(3, 'Libre');
      const items = await session.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: at.character + 2 } });
      assert.deepEqual(items.map((i) => i.label), ['Accès libre', 'Accès réservé']);
      assert.deepEqual((items[0].textEdit as { range: unknown }).range, { start: at, end: { line: 3, character: at.character + 5 } });
    });

    it('shows the schema and the true totals in a code lens on the header', async () => {
      const lenses = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      // The second lens is the metadata sidecar's (test/lsp/sidecar.test.ts).
      assert.equal(lenses.filter((l) => l.command?.command === 'opendataLint.pickSchema').length, 1);
      assert.equal(lenses[0].command!.title, 'IRVE statique (etalab/schema-irve-statique@2.3.1) · 3 erreurs · 0 avertissement');
      assert.equal(lenses[0].command!.command, 'opendataLint.pickSchema');
    });
  });
});
