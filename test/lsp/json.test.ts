// JSON datasets through the real language server (dist/server.js over stdio, issue #17): a DECP with
// planted errors gets diagnostics on the exact key or value, in English and in French; a JSON file no schema
// applies to (package.json, tsconfig.json, the project's settings, a Table Schema) gets none; an edit that
// fixes an error clears it; the quick fixes rename a key and replace a value, as bytes; closing clears; and a
// big DECP (5 MB) is checked off the server's thread: requests are answered while it runs, and only the
// latest version's diagnostics are published after a burst of edits.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

const fixtures = path.resolve(__dirname, '../fixtures/json');
const decp = readFileSync(path.join(fixtures, 'decp-errors.json'), 'utf8');
const zfe = readFileSync(path.join(fixtures, 'zfe-errors.geojson'), 'utf8');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-json-'));
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;

/** The 0-based line of the first line holding `needle`. */
function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not in the text`);
  return line;
}

/** The text a diagnostic's range covers, without the quotes of a JSON string. */
function coveredToken(text: string, diagnostic: Diagnostic): string {
  const document = TextDocument.create('file:///x.json', 'json', 1, text);
  return document.getText(diagnostic.range).replace(/^"|"$/g, '');
}

function find(diagnostics: Diagnostic[], code: string, token: string, text: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === code && coveredToken(text, d) === token);
  assert.ok(found, `no ${code} on ${token}: ${JSON.stringify(diagnostics.map((d) => [d.code, coveredToken(text, d), d.range.start]))}`);
  return found;
}

function applyAction(text: string, action: CodeAction, version: number): string {
  const changes = action.edit?.documentChanges;
  assert.ok(changes?.length === 1, `one document change in ${action.title}`);
  const change = changes[0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, version, 'the edit names the version it was computed for');
  return TextDocument.applyEdits(TextDocument.create('file:///x.json', 'json', version, text), change.edits);
}

describe('language server (real process): JSON datasets', function () {
  this.timeout(60_000);
  before(() => {
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  describe('a DECP with planted errors, in English', () => {
    let session: LspSession;
    let diagnostics: Diagnostic[];
    const uri = uriOf('decp-2025.json');
    const actionsFor = (diagnostic: Diagnostic) =>
      session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });

    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace });
      session.open(uri, decp, 'json');
      diagnostics = await session.diagnostics(uri, 1);
    });
    after(() => session.stop());

    it('puts each problem on its exact key or value', () => {
      const unknown = find(diagnostics, 'json-unknown-property', 'dateNotfication', decp);
      assert.equal(unknown.range.start.line, lineOf(decp, '"dateNotfication"'));
      assert.equal(unknown.severity, 1);
      const procedure = find(diagnostics, 'json-invalid', 'procédure adaptée', decp);
      assert.equal(procedure.range.start.line, lineOf(decp, '"procédure adaptée"'));
      assert.match(procedure.message, /Procédure adaptée/, procedure.message);
      const siret = find(diagnostics, 'json-invalid', '2130000010000', decp);
      assert.equal(siret.range.start.line, lineOf(decp, '"2130000010000"'));
      const montant = find(diagnostics, 'json-invalid', '125000', decp);
      assert.equal(montant.range.start.line, lineOf(decp, '"montant": "125000"'));
      assert.equal(montant.range.start.character, decp.split('\n')[montant.range.start.line].indexOf('"125000"'));
      assert.ok(diagnostics.every((d) => d.source === 'opendata-lint' && typeof d.codeDescription?.href === 'string'));
    });

    it('tells the schema it applied (status bar)', async () => {
      const state = await session.request<{ ref?: string; id?: string; source: string; errors: number } | null>('opendataLint/schemaForDocument', { uri });
      assert.equal(state?.id, '139bercy/format-commande-publique');
      assert.equal(state?.errors, diagnostics.filter((d) => d.severity === 1).length);
    });

    it('offers the catalog’s JSON Schemas to choose from, the one in force first, no Table Schema', async () => {
      const entries = await session.request<{ id: string; kind: string }[]>('opendataLint/catalogForDocument', { uri });
      assert.equal(entries[0]?.id, '139bercy/format-commande-publique');
      assert.ok(entries.some((entry) => entry.id === 'etalab/schema-zfe'));
      assert.ok(entries.every((entry) => entry.kind === 'jsonschema'), JSON.stringify(entries.map((entry) => entry.id)));
    });

    it('renames a misspelt key with its quick fix, nothing else changed', async () => {
      const unknown = find(diagnostics, 'json-unknown-property', 'dateNotfication', decp);
      const actions = await actionsFor(unknown);
      const rename = actions.find((a) => a.title === 'Rename “dateNotfication” to “dateNotification”');
      assert.ok(rename, `no rename among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(applyAction(decp, rename, 1), decp.replace('"dateNotfication"', '"dateNotification"'));
    });

    it('replaces a value off its enum with the allowed one', async () => {
      const procedure = find(diagnostics, 'json-invalid', 'procédure adaptée', decp);
      const actions = await actionsFor(procedure);
      const replace = actions.find((a) => a.title === 'Replace “procédure adaptée” with “Procédure adaptée”');
      assert.ok(replace, `no replacement among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(applyAction(decp, replace, 1), decp.replace('"procédure adaptée"', '"Procédure adaptée"'));
    });

    it('offers no fix for a problem without a suggestion (a SIRET of 13 digits)', async () => {
      const actions = await actionsFor(find(diagnostics, 'json-invalid', '2130000010000', decp));
      assert.deepEqual(actions, []);
    });

    it('clears the error an edit fixes, and the diagnostics on close', async () => {
      const line = lineOf(decp, '"dateNotfication"');
      const character = decp.split('\n')[line].indexOf('Notfication') + 'Not'.length;
      session.change(uri, 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'i' }]);
      const after = await session.diagnostics(uri, 2);
      assert.ok(!after.some((d) => d.code === 'json-unknown-property'), JSON.stringify(after.map((d) => d.code)));
      assert.ok(after.length < diagnostics.length);
      // The other errors are still there, where they were (the edit is below none of them on their lines).
      for (const token of ['procédure adaptée', '2130000010000', '125000']) find(after, 'json-invalid', token, decp);
      session.close(uri);
      await waitUntil(() => session.publishedFor(uri).at(-1)?.diagnostics.length === 0);
    });
  });

  describe('in French', () => {
    let session: LspSession;
    before(async () => {
      session = await LspSession.start({ locale: 'fr', rootPath: workspace });
    });
    after(() => session.stop());

    it('says the DECP problems in French, and offers the fixes in French', async () => {
      const uri = uriOf('decp-fr.json');
      session.open(uri, decp, 'json');
      const diagnostics = await session.diagnostics(uri, 1);
      const procedure = find(diagnostics, 'json-invalid', 'procédure adaptée', decp);
      assert.match(procedure.message, /« Procédure adaptée »/, procedure.message);
      const unknown = find(diagnostics, 'json-unknown-property', 'dateNotfication', decp);
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
      assert.ok(actions.some((a) => a.title === 'Renommer « dateNotfication » en « dateNotification »'), actions.map((a) => a.title).join(' | '));
    });

    it('checks a ZFE .geojson: the feature with a value off its enum, the one missing a required property', async () => {
      const uri = uriOf('zfe.geojson');
      session.open(uri, zfe, 'json');
      const diagnostics = await session.diagnostics(uri, 1);
      const critair = find(diagnostics, 'json-invalid', 'v2', zfe);
      assert.equal(critair.range.start.line, lineOf(zfe, '"vp_critair": "v2"'));
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: critair.range, context: { diagnostics: [critair] } });
      const replace = actions.find((a) => a.title === 'Remplacer « v2 » par « V2 »');
      assert.ok(replace, actions.map((a) => a.title).join(' | '));
      assert.equal(applyAction(zfe, replace, 1), zfe.replace('"vp_critair": "v2"', '"vp_critair": "V2"'));
      assert.ok(
        diagnostics.some((d) => d.code === 'json-invalid' && d.message.includes('date_debut') && d.range.start.line > lineOf(zfe, 'ZFE-002')),
        JSON.stringify(diagnostics.map((d) => [d.code, d.message])),
      );
    });
  });

  describe('the schema of a JSON dataset comes from the same places as a CSV’s', () => {
    let session: LspSession;
    const schemaState = (uri: string) => session.request<{ id?: string; source: string } | null>('opendataLint/schemaForDocument', { uri });
    before(async () => {
      mkdirSync(path.join(workspace, 'side'), { recursive: true });
      mkdirSync(path.join(workspace, 'exports'), { recursive: true });
      writeFileSync(path.join(workspace, 'side', 'marches.json'), decp);
      writeFileSync(path.join(workspace, 'side', 'marches.resource.yaml'), 'name: marches\npath: marches.json\nschema: 139bercy/format-commande-publique@2.0.2\n');
      session = await LspSession.start({
        locale: 'en',
        rootPath: workspace,
        settings: { detectSchema: false, schemas: { 'exports/decp-*.json': '139bercy/format-commande-publique@2.0.2', 'exports/irve-*.json': 'etalab/schema-irve-statique@2.3.1' } },
      });
    });
    after(async () => {
      await session.stop();
      rmSync(path.join(workspace, '.vscode', 'settings.json'), { force: true });
    });

    it('its sidecar names it (detection off)', async () => {
      const uri = uriOf('side/marches.json');
      session.open(uri, decp, 'json');
      find(await session.diagnostics(uri, 1), 'json-unknown-property', 'dateNotfication', decp);
      const state = await schemaState(uri);
      assert.equal(state?.id, '139bercy/format-commande-publique');
      assert.equal(state.source, 'sidecar');
    });

    it('the project’s setting names it (detection off)', async () => {
      const uri = uriOf('exports/decp-2025.json');
      session.open(uri, decp, 'json');
      find(await session.diagnostics(uri, 1), 'json-unknown-property', 'dateNotfication', decp);
      assert.equal((await schemaState(uri))?.source, 'setting');
    });

    it('nothing names it and detection is off: no diagnostic', async () => {
      const uri = uriOf('decp-undetected.json');
      session.open(uri, decp, 'json');
      assert.deepEqual(await session.diagnostics(uri, 1), []);
      assert.equal(await schemaState(uri), null);
    });

    it('a setting naming a Table Schema for a JSON file says it cannot be used, on line 1', async () => {
      const uri = uriOf('exports/irve-2025.json');
      session.open(uri, decp, 'json');
      const [unusable, ...others] = await session.diagnostics(uri, 1);
      assert.equal(unusable?.code, 'json-schema-unusable');
      assert.equal(unusable.range.start.line, 0);
      assert.deepEqual(others, []);
    });
  });

  describe('a dataset whose text stops parsing while one types', () => {
    let session: LspSession;
    const uri = uriOf('decp-typing.json');
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace });
    });
    after(() => session.stop());

    it('shows the syntax error in place of the other problems, then the problems again once it parses', async () => {
      session.open(uri, decp, 'json');
      const first = await session.diagnostics(uri, 1);
      assert.ok(first.length >= 4);
      // A comma typed after the last property of the first contract: JSON allows no trailing comma.
      const line = lineOf(decp, '"dateNotfication"');
      const end = decp.split('\n')[line].length;
      session.change(uri, 2, [{ range: { start: { line, character: end }, end: { line, character: end } }, text: ',' }]);
      const broken = await session.diagnostics(uri, 2);
      assert.deepEqual(broken.map((d) => d.code), ['json-syntax-error']);
      assert.ok(broken[0].range.start.line >= line, JSON.stringify(broken[0].range));
      session.change(uri, 3, [{ range: { start: { line, character: end }, end: { line, character: end + 1 } }, text: '' }]);
      assert.deepEqual((await session.diagnostics(uri, 3)).map((d) => d.code), first.map((d) => d.code));
    });

    it('a JSON file that is no dataset shows no syntax error either', async () => {
      const notes = uriOf('notes-typing.json');
      session.open(notes, '{ "title": "Réunion" }', 'json');
      assert.deepEqual(await session.diagnostics(notes, 1), []);
      session.change(notes, 2, [{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 20 } }, text: ',' }]);
      assert.deepEqual(await session.diagnostics(notes, 2), []);
    });
  });

  describe('JSON files that are no dataset', () => {
    let session: LspSession;
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace });
    });
    after(() => session.stop());

    it('a big JSON file of no known shape gets none, after an edit too', async () => {
      const uri = uriOf('logs-export.json');
      const logs = JSON.stringify(Array.from({ length: 60_000 }, (_, i) => ({ at: `2025-01-01T00:00:${i % 60}`, level: 'info', message: `request ${i}` })), null, 1);
      assert.ok(logs.length > 4e6);
      session.open(uri, logs, 'json');
      assert.deepEqual(await session.diagnostics(uri, 1), []);
      session.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: ' ' }]);
      // Its start is looked at, no more (test/unit/lsp-support/jsonDocuments.test.ts: the shape gate).
      assert.deepEqual(await session.diagnostics(uri, 2), []);
    });

    it('get no diagnostic at all, even broken ones', async () => {
      const files: [string, string][] = [
        ['package.json', '{ "name": "demo", "version": "1.0.0", "scripts": { "test": "mocha" }, }'],
        ['tsconfig.json', '{ "compilerOptions": { "strict": true } // comment\n}'],
        ['.vscode/settings.json', '{ "opendataLint.schemas": { "*.json": "139bercy/format-commande-publique@2.0.2" }, }'],
        ['schema-equipements.json', JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'nom', type: 'string' }], primaryKey: 'id' }, null, 2)],
        ['notes.json', '{ "title": "Réunion", "items": [1, 2, 3] }'],
      ];
      for (const [name, text] of files) session.open(uriOf(name), text, name.endsWith('settings.json') ? 'jsonc' : 'json');
      // A dataset opened last: once its diagnostics are out, the files before it were handled.
      const uri = uriOf('decp-last.json');
      session.open(uri, decp, 'json');
      assert.ok((await session.diagnostics(uri, 1)).length > 0);
      for (const [name] of files) {
        const published = session.publishedFor(uriOf(name));
        assert.ok(
          published.every((p) => p.diagnostics.length === 0),
          `${name}: ${JSON.stringify(published.map((p) => p.diagnostics.map((d) => d.code)))}`,
        );
      }
    });
  });

  describe('a big DECP (5 MB)', () => {
    let session: LspSession;
    let big: string;
    const uri = uriOf('decp-national.json');

    before(async () => {
      // Some 3,000 contracts after the three with errors: the same errors, far from the end of the file.
      const head = JSON.parse(decp) as { marches: { marche: Record<string, unknown>[] } };
      const valid: Record<string, unknown> = { ...head.marches.marche[0], dateNotification: '2025-03-19' };
      delete valid.dateNotfication;
      const marche = [...head.marches.marche];
      for (let i = 0; marche.length * 1600 < 5e6; i++) marche.push({ ...valid, id: `2026${String(i).padStart(8, '0')}` });
      big = JSON.stringify({ marches: { marche } }, null, 2) + '\n';
      writeFileSync(path.join(workspace, 'decp-national.json'), big);
      session = await LspSession.start({ locale: 'en', rootPath: workspace });
    });
    after(() => session.stop());

    it('answers requests while its check runs, and publishes its problems', async () => {
      session.open(uri, big, 'json');
      // A request sent right after the big didOpen is answered long before the check is done.
      const started = Date.now();
      await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
      const answered = Date.now() - started;
      const diagnostics = await session.diagnostics(uri, 1, 30_000);
      const checked = Date.now() - started;
      assert.ok(answered < 500, `hover answered after ${answered} ms`);
      find(diagnostics, 'json-unknown-property', 'dateNotfication', big);
      find(diagnostics, 'json-invalid', 'procédure adaptée', big);
      assert.ok(checked >= answered);
    });

    it('publishes only the latest version after a burst of edits, with the error it fixes gone', async () => {
      const line = lineOf(big, '"dateNotfication"');
      const character = big.split('\n')[line].indexOf('Notfication') + 'Not'.length;
      // Three keystrokes 30 ms apart (a burst): "i", then "x" and its deletion.
      session.change(uri, 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'i' }]);
      await new Promise((resolve) => setTimeout(resolve, 30));
      session.change(uri, 3, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }]);
      await new Promise((resolve) => setTimeout(resolve, 30));
      session.change(uri, 4, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }]);
      const started = Date.now();
      const hover = session.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
      await hover;
      assert.ok(Date.now() - started < 500, 'a request during the burst is answered at once');
      const diagnostics = await session.diagnostics(uri, 4, 30_000);
      assert.ok(!diagnostics.some((d) => d.code === 'json-unknown-property'));
      find(diagnostics, 'json-invalid', 'procédure adaptée', big);
      const versions = session.publishedVersions(uri);
      assert.deepEqual(versions, [1, 4], `versions published: ${versions.join(', ')}`);
    });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
