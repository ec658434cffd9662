// JSON datasets in the server, in-process: which documents are datasets and which are never read, the
// chunked JSON document against the reference TextDocument under edits, the quick fixes' bytes on it, the
// handlers over a fake connection (a dataset's diagnostics, a package.json's none, `state.jsonReport`). (The
// check thread needs the built worker: test/lsp/jsonCheckThread.test.ts, in the tier that runs after the build.)
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import { Checking } from '../../../server/src/lsp/handlers/checking';
import { registerDocumentEvents } from '../../../server/src/lsp/handlers/documentEvents';
import { codeActions, registerDocumentRequests } from '../../../server/src/lsp/handlers/documentRequests';
import { initializeResult } from '../../../server/src/lsp/handlers/lifecycle';
import { isJsonDocument, neverCheckedAsDataset } from '../../../server/src/lsp/jsonDocuments';
import { mayBeDataset, SHAPE_CHARS } from '../../../server/src/lsp/jsonShapeGate';
import { JsonTextDocument } from '../../../server/src/lsp/jsonTextDocument';
import { createServerState } from '../../../server/src/lsp/serverState';
import { fakeConnection } from './fakeConnection';

const root = path.resolve(__dirname, '..', '..', '..');
const decp = readFileSync(path.join(root, 'test/fixtures/json/decp-errors.json'), 'utf8');
const folder = path.join(root, 'test/fixtures/json');

describe('JSON datasets in the server, in-process', () => {
  it('tells JSON datasets from the JSON files that are never read', () => {
    assert.ok(isJsonDocument({ uri: 'file:///data/decp-2025.json', languageId: 'json' }));
    assert.ok(isJsonDocument({ uri: 'file:///data/zfe.geojson', languageId: 'json' }));
    assert.ok(isJsonDocument({ uri: 'file:///data/zfe.GEOJSON', languageId: 'plaintext' }));
    assert.ok(isJsonDocument({ uri: 'untitled:Untitled-1', languageId: 'json' }));
    assert.ok(!isJsonDocument({ uri: 'file:///data/decp.json.bak', languageId: 'json' }));
    assert.ok(!isJsonDocument({ uri: 'file:///data/notes.yaml', languageId: 'yaml' }));
    for (const uri of [
      'file:///p/package.json',
      'file:///p/package-lock.json',
      'file:///p/tsconfig.json',
      'file:///p/tsconfig.build.json',
      'file:///p/.eslintrc.json',
      'file:///p/.vscode/settings.json',
      'file:///p/.vscode/launch.json',
      'file:///p/node_modules/x/data.json',
      'file:///p/schemas/decp.schema.json',
      'file:///p/schema.json',
      'file:///p/Mes%20donn%C3%A9es/.vscode/extensions.json',
    ]) {
      assert.ok(neverCheckedAsDataset(uri), uri);
    }
    for (const uri of ['file:///p/decp-2025.json', 'file:///p/zfe.geojson', 'file:///p/marches/donnees.json', 'untitled:Untitled-1']) assert.ok(!neverCheckedAsDataset(uri), uri);
  });

  it('tells from its start alone whether a big JSON document may be a dataset', () => {
    // A big DECP cut anywhere after its first records: its shape is there.
    const contracts = (JSON.parse(decp) as { marches: { marche: unknown[] } }).marches.marche;
    const big = JSON.stringify({ marches: { marche: Array.from({ length: 2000 }, (_, i) => contracts[i % 3]) } }, null, 2);
    assert.ok(big.length > 2 * SHAPE_CHARS);
    assert.ok(mayBeDataset(big.slice(0, SHAPE_CHARS), '/d/decp.json', true));
    assert.ok(!mayBeDataset(big.slice(0, SHAPE_CHARS), '/d/decp.json', false), 'detection off: nothing names a schema');
    // A big export of no known shape, a list of logs: not a dataset.
    const logs = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ at: `2025-01-01T00:00:${i % 60}`, level: 'info', message: `request ${i}` })));
    assert.ok(!mayBeDataset(logs.slice(0, SHAPE_CHARS), '/d/logs.json', true));
    // GeoJSON by name or by content, and a document naming its own schema: always checked.
    assert.ok(mayBeDataset('{"type": "FeatureCollection", "features": [', '/d/zones.json', true));
    assert.ok(mayBeDataset('[', '/d/zones.geojson', false));
    assert.ok(mayBeDataset('{"$schema": "https://schema.data.gouv.fr/schemas/etalab/schema-zfe/0.8.2/schema.json", "type": "Feat', '/d/x.json', false));
  });

  it('keeps a big JSON text in chunks that follow the edits exactly as the reference TextDocument does', () => {
    // About 400 KB: edits cross and merge chunks (64k characters each).
    const text = decp.repeat(90);
    const chunked = new JsonTextDocument('file:///x.json', 'json', 1, text);
    let reference = TextDocument.create('file:///x.json', 'json', 1, text);
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let version = 2; version < 200; version++) {
      const start = reference.positionAt(random(reference.getText().length));
      // Mostly keystrokes; every tenth edit replaces up to 20k characters by a 30k paste (across chunks).
      const big = version % 10 === 0;
      const end = reference.positionAt(reference.offsetAt(start) + random(big ? 20_000 : 20));
      const change = { range: { start, end }, text: big ? decp.repeat(6) : ['', 'x', '"é",\n', '\n  ', 'clé'][random(5)] };
      chunked.applyChanges([change], version);
      reference = TextDocument.update(reference, [change], version);
    }
    assert.equal(chunked.getText(), reference.getText());
    assert.equal(chunked.lineCount, reference.lineCount);
    assert.ok(reference.getText().length > 300_000);
    for (const offset of [0, 1, 65_535, 65_536, 200_001, reference.getText().length]) {
      assert.deepEqual(chunked.positionAt(offset), reference.positionAt(offset), `offset ${offset}`);
      assert.equal(chunked.offsetAt(reference.positionAt(offset)), offset);
    }
  });

  it('checks a dataset through the handlers, answers its quick fixes as bytes, says nothing of a package.json, and gives its report to the map', async () => {
    const fake = fakeConnection();
    const state = createServerState(fake.connection);
    const checking = new Checking(state);
    registerDocumentRequests(state);
    registerDocumentEvents(state, checking);
    state.documents.listen(fake.connection);
    initializeResult(state, { processId: null, rootUri: null, capabilities: {}, locale: 'fr', workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'json' }], initializationOptions: { settings: {} } });
    const uri = pathToFileURL(path.join(folder, 'in-process-decp.json')).href;
    const pkg = pathToFileURL(path.join(folder, 'package.json')).href;
    fake.handlers.get('onDidOpenTextDocument')!({ textDocument: { uri: pkg, languageId: 'json', version: 1, text: '{ "name": "x", }' } });
    fake.handlers.get('onDidOpenTextDocument')!({ textDocument: { uri, languageId: 'json', version: 1, text: decp } });
    const diagnostics: Diagnostic[] = await fake.diagnostics(uri, 1);
    const unknown = diagnostics.find((d) => d.code === 'json-unknown-property');
    assert.ok(unknown, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.match(unknown.message, /dateNotfication/);

    const report = state.jsonReport(uri);
    assert.equal(report?.version, 1);
    assert.equal(report.report.kind, 'json');
    assert.equal(report.report.schema?.id, '139bercy/format-commande-publique');
    assert.ok(report.report.problems.some((p) => p.params.pointer === '/marches/marche/0/dateNotfication'));
    assert.equal((report.report.value as { marches: { marche: unknown[] } }).marches.marche.length, 3);

    const actions: CodeAction[] = codeActions(state, { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
    assert.deepEqual(actions.map((a) => a.title), ['Renommer « dateNotfication » en « dateNotification »']);
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, decp), change.edits);
    assert.equal(Buffer.from(fixed).toString('hex'), Buffer.from(decp.replace('"dateNotfication"', '"dateNotification"')).toString('hex'));

    // An edit: the report of version 1 is no longer the document's.
    fake.handlers.get('onDidChangeTextDocument')!({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    assert.equal(state.jsonReport(uri), undefined);
    await fake.diagnostics(uri, 2);
    assert.equal(state.jsonReport(uri)?.version, 2);
    assert.ok(!fake.published.some((p) => p.uri === pkg && p.diagnostics.length > 0));

    // The status bar: told the schema detected; nothing about package.json; told "none" once the document
    // is checked without a schema (its setting says so), and its diagnostics cleared.
    const states = () => fake.notifications.filter((n) => n.method === 'opendataLint/schemaInForce').map((n) => n.params as { uri: string; id?: string; source: string });
    assert.deepEqual(states().filter((st) => st.uri === uri).map((st) => [st.id, st.source]).at(-1), ['139bercy/format-commande-publique', 'detected']);
    assert.ok(!states().some((st) => st.uri === pkg));
    state.settings = { ...state.settings, schemas: { '*.json': 'none' } };
    fake.handlers.get('onDidChangeTextDocument')!({ textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }] });
    assert.deepEqual(await fake.diagnostics(uri, 3), []);
    assert.deepEqual(states().filter((st) => st.uri === uri).map((st) => [st.id, st.source]).at(-1), [undefined, 'none']);
  });

});
