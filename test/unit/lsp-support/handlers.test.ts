// The server's handlers in-process, over a fake connection (no built server, no stdio): the state object
// and the handlers of lsp/handlers/ are wired as server.ts wires them, and driven by calling the handlers
// the connection recorded.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { Checking } from '../../../server/src/lsp/handlers/checking';
import { registerDocumentEvents } from '../../../server/src/lsp/handlers/documentEvents';
import { codeActions, hover, registerDocumentRequests } from '../../../server/src/lsp/handlers/documentRequests';
import { initializeResult, refreshSettings } from '../../../server/src/lsp/handlers/lifecycle';
import { createServerState, type ServerState } from '../../../server/src/lsp/serverState';
import { readSettings } from '../../../server/src/lsp/settings';
import { fakeConnection, type FakeConnection } from './fakeConnection';

const folder = path.resolve(__dirname, '..', '..', 'fixtures', 'lsp', 'bigDocument');

function startServer(settings: Record<string, unknown>, { progress = false } = {}): { fake: FakeConnection; state: ServerState } {
  const fake = fakeConnection();
  const state = createServerState(fake.connection);
  const checking = new Checking(state);
  registerDocumentRequests(state);
  registerDocumentEvents(state, checking);
  state.documents.listen(fake.connection);
  initializeResult(state, { processId: null, rootUri: null, capabilities: progress ? { window: { workDoneProgress: true } } : {}, locale: 'en', workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bigDocument' }], initializationOptions: { settings } });
  return { fake, state };
}

function open(fake: FakeConnection, uri: string, text: string): void {
  fake.handlers.get('onDidOpenTextDocument')!({ textDocument: { uri, languageId: 'csv', version: 1, text } });
}

const dataOf = (diagnostic: Diagnostic) => Object.keys(diagnostic.data as object);

describe('the server’s handlers in-process, over a fake connection', () => {
  it('checks an opened table, publishes one diagnostic shape, and answers hover and quick fixes from its result', async () => {
    const { fake, state } = startServer({ schemas: { '*.csv': './schema.json' }, detectSchema: false });
    const uri = pathToFileURL(path.join(folder, 'in-process.csv')).href;
    open(fake, uri, 'id,nom,date_maj,puissance,commune\n1,Station A,31/12/2023,22,75056\n2,Station B,2024-01-02,vingt,75056\n');
    const diagnostics = await fake.diagnostics(uri, 1);
    const codes = diagnostics.map((d) => `${d.code} ${d.range.start.line}`);
    assert.ok(codes.includes('type-error 1') && codes.includes('type-error 2'), codes.join(', '));
    for (const diagnostic of diagnostics) assert.deepEqual(dataOf(diagnostic), ['problemAt']);
    // The schema state went to the status bar.
    assert.ok(fake.notifications.some((n) => n.method === 'opendataLint/schemaInForce'));

    const onDate = hover(state, { textDocument: { uri }, position: { line: 1, character: 12 } });
    assert.match(JSON.stringify(onDate?.contents), /date_maj/);

    const date = diagnostics.find((d) => d.range.start.line === 1)!;
    const actions = codeActions(state, { textDocument: { uri }, range: date.range, context: { diagnostics: [date] } });
    const newTexts = actions.flatMap((a) => a.edit?.documentChanges?.flatMap((change) => ('edits' in change ? change.edits.map((e) => e.newText) : [])) ?? []);
    assert.ok(newTexts.includes('2023-12-31'), newTexts.join(', '));
    // Without a diagnostic (the light bulb as the cursor moves): nothing, and no fix session built.
    assert.deepEqual(codeActions(state, { textDocument: { uri }, range: date.range, context: { diagnostics: [] } }), []);
  });

  it('publishes every edit of a small table, with its whole-table checks (no schema) and the summary of one capping step', async () => {
    const { fake } = startServer({ detectSchema: false, maxProblems: 2 });
    const uri = 'file:///odl-in-process-nowhere/sans-schema.csv';
    const rows = Array.from({ length: 6 }, (_, i) => `${i + 1},Station ${i + 1},#N/A`);
    open(fake, uri, `Identifiant,Nom de la station,Date MAJ\n${rows.join('\n')}\n`);
    const first = await fake.diagnostics(uri, 1);
    assert.equal(first[0].code, 'too-many-problems');
    assert.deepEqual(dataOf(first[0]), ['problem'], 'the summary carries its counts');
    assert.equal(first.length, 3);
    const summary = (first[0].data as { problem: { params: { hidden: number; total: number; summary: string } } }).problem.params;
    assert.equal(summary.hidden + 2, summary.total);
    // The hygiene checks (label style, spreadsheet errors) are among them at once: a small table gets its pass before publishing.
    assert.match(`${first.map((d) => d.code).join(' ')} ${summary.summary}`, /spreadsheet-error/);
    assert.match(`${first.map((d) => d.code).join(' ')} ${summary.summary}`, /label-style/);
    // Keystrokes: each one is published (no delay); two in the same turn, the last one only.
    const type = (version: number, text: string) =>
      fake.handlers.get('onDidChangeTextDocument')!({ textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text }] });
    type(2, 'x');
    await fake.diagnostics(uri, 2);
    type(3, 'y');
    type(4, 'z');
    await fake.diagnostics(uri, 4);
    assert.deepEqual(
      fake.published.filter((p) => p.uri === uri).map((p) => p.version),
      [1, 2, 4],
    );
    assert.deepEqual(fake.errors, []);
  });

  it('shows work-done progress from the start of a big table’s first check: the token’s creation asked, then begun at once, ended once checked', async () => {
    const { fake } = startServer({ schemas: { '*.csv': './schema.json' }, detectSchema: false }, { progress: true });
    const uri = pathToFileURL(path.join(folder, 'in-process-big.csv')).href;
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i + 1},Station de recharge numéro ${i + 1},2023-0${1 + (i % 9)}-1${i % 10},22,75056`);
    const text = `id,nom,date_maj,puissance,commune\n${rows.join('\n')}\n`;
    assert.ok(text.length > 2 << 20);
    open(fake, uri, text);
    await fake.diagnostics(uri, 1, (diagnostics) => diagnostics[0]?.code !== 'too-many-problems');
    const methods = fake.notifications.map((n) => (n.method === '$/progress' ? `progress ${(n.params as { value: { kind: string } }).value.kind}` : n.method));
    const create = methods.indexOf('window/workDoneProgress/create');
    assert.ok(create >= 0, methods.join(', '));
    assert.equal(methods[create + 1], 'progress begin', 'begun right after the token was asked for, without waiting for the answer');
    assert.equal(methods.filter((m) => m === 'progress end').length, 1);
    const tokens = new Set(fake.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { token: string }).token));
    assert.deepEqual([...tokens], [(fake.notifications[create].params as { token: string }).token]);
  });

  it('logs a failed settings read and keeps the settings it knew (no silent fall back to the defaults)', async () => {
    const { fake, state } = startServer({ schemas: { '*.csv': './schema.json' } });
    state.capabilities.pullConfiguration = true;
    const known = state.settings;
    assert.deepEqual(known, readSettings({ schemas: { '*.csv': './schema.json' } }));
    fake.configuration = () => {
      throw new Error('the editor went away');
    };
    await refreshSettings(state);
    assert.equal(state.settings, known);
    assert.equal(fake.errors.length, 1);
    assert.match(fake.errors[0], /^Reading the settings of opendataLint failed: Error: the editor went away/);
  });
});
