// Requests with parameters of the wrong shape, through the real server (issue #20, item 15): each is
// answered InvalidParams with what is wrong (never a JavaScript error text or a stack), a request about a
// document the server does not hold is answered null or empty, and the server goes on answering.
import { strict as assert } from 'node:assert';
import { LspSession } from '../lsp/lspSession';

const uri = 'file:///tmp/opendata-lint-hostile-params/probe.csv';
const unknown = 'file:///tmp/opendata-lint-hostile-params/not-open.csv';
const INVALID_PARAMS = -32602;

/** Requests and bad parameters for each (a valid document and position where the shape allows). */
const BAD_REQUESTS: Array<[string, unknown]> = [
  ['textDocument/hover', {}],
  ['textDocument/hover', { textDocument: 5, position: { line: 0, character: 0 } }],
  ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }],
  ['textDocument/hover', { textDocument: { uri }, position: { line: '0', character: 0 } }],
  ['textDocument/hover', [1, 2]],
  ['textDocument/completion', { textDocument: { uri } }],
  ['textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 }, context: { triggerCharacter: 7 } }],
  ['textDocument/codeLens', { textDocument: null }],
  ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
  ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [{ message: 'x' }] } }],
  ['opendataLint/catalogForDocument', { uri: 12 }],
  ['opendataLint/schemaForDocument', {}],
  ['opendataLint/mapPoints', { uri: null }],
  ['opendataLint/mapFeatures', { uri: 7 }],
  ['opendataLint/mapCoordinateColumns', { uri: ['a'] }],
  ['opendataLint/swapCoordinatesEdit', { uri, row: 'two' }],
  ['opendataLint/sidecarDraft', { uri: {} }],
  ['opendataLint/catalogueExport', { folder: '/tmp' }],
  ['opendataLint/inferSchema', {}],
  ['opendataLint/sidecarSchema', { uri, schemaUri: 'file:///tmp/s.json', placement: 'elsewhere' }],
];

describe('hostile: request parameters of the wrong shape (real server)', function () {
  this.timeout(60_000);
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ locale: 'en' });
    session.open(uri, 'a,b\n1,2\n');
    await session.diagnostics(uri, 1);
  });
  after(() => session.stop());

  for (const [method, params] of BAD_REQUESTS) {
    it(`${method} ${JSON.stringify(params)} → InvalidParams`, async () => {
      const error = await session.request(method, params).then(
        (answer) => assert.fail(`answered ${JSON.stringify(answer)}`),
        (failure: { code?: number; message?: string }) => failure,
      );
      assert.equal(error.code, INVALID_PARAMS, error.message);
      // Our check says `method: params.… must be …`; positional parameters are refused by vscode-jsonrpc itself.
      assert.ok(error.message?.startsWith(`${method}: params`) || error.message?.includes('received parameters by position'), error.message);
      assert.doesNotMatch(error.message ?? '', /Cannot read|undefined|TypeError|\n\s+at /);
      // Still answering.
      assert.equal(await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    });
  }

  it('notifications of the wrong shape are ignored: the server goes on (didOpen, didChange, didClose, didSave, configuration)', async () => {
    const notifications: Array<[string, unknown]> = [
      ['textDocument/didOpen', {}],
      ['textDocument/didOpen', { textDocument: { uri: 5, languageId: 'csv', version: 'x', text: null } }],
      ['textDocument/didChange', { textDocument: { uri }, contentChanges: 'all' }],
      ['textDocument/didChange', { textDocument: { uri: unknown, version: 2 }, contentChanges: [{ text: 'a' }] }],
      ['textDocument/didSave', { textDocument: null }],
      ['textDocument/didClose', {}],
      ['workspace/didChangeConfiguration', { settings: { opendataLint: { schemas: 'not an object', detectSchema: 'yes' } } }],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 'x' }] }],
    ];
    for (const [method, params] of notifications) session.connection.sendNotification(method, params);
    session.configure({});
    assert.equal(await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    session.change(uri, 2, [{ text: 'a,b\n1,2,3\n' }]);
    assert.ok((await session.diagnostics(uri, 2)).length > 0);
    assert.ok(session.isAlive());
  });

  it('a document the server does not hold: null or empty answers', async () => {
    const position = { line: 0, character: 0 };
    assert.equal(await session.request('textDocument/hover', { textDocument: { uri: unknown }, position }), null);
    assert.deepEqual(await session.request('textDocument/completion', { textDocument: { uri: unknown }, position }), []);
    assert.deepEqual(await session.request('textDocument/codeLens', { textDocument: { uri: unknown } }), []);
    const actions = await session.request('textDocument/codeAction', { textDocument: { uri: unknown }, range: { start: position, end: position }, context: { diagnostics: [] } });
    assert.ok(actions === null || (Array.isArray(actions) && actions.length === 0), JSON.stringify(actions));
    assert.equal(await session.request('opendataLint/schemaForDocument', { uri: unknown }), null);
    assert.equal(await session.request('opendataLint/mapPoints', { uri: unknown }), null);
    assert.equal(await session.request('opendataLint/mapFeatures', { uri: unknown }), null);
    assert.equal(await session.request('opendataLint/swapCoordinatesEdit', { uri: unknown, row: 2 }), null);
    assert.ok(session.isAlive());
  });
});
