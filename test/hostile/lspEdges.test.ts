// The language server's edges in isolation: the message reader drops what it cannot read (big bodies
// decoded while they arrive included), and request handlers answer InvalidParams or a plain InternalError.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { ErrorCodes, ResponseError, type Message } from 'vscode-languageserver/node';
import { jsonRpcFault, StreamingMessageReader } from '../../server/src/lsp/messageReader';
import { checkedParams, shapes } from '../../server/src/lsp/requestParams';

function framed(body: string): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`), Buffer.from(body)]);
}

describe('hostile: LSP edges (units)', () => {
  it('a big body whose long string holds a bad escape is dropped while it arrives; the next message is read', () => {
    const reader = new StreamingMessageReader(new PassThrough(), { bigBodyBytes: 0, pieceBytes: 16 });
    const dropped: string[] = [];
    const messages: Message[] = [];
    reader.onDropped = (reason) => dropped.push(reason);
    reader.listen((message) => messages.push(message));
    const bad = `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.csv","languageId":"csv","version":1,"text":"${'a'.repeat(40)}\\q${'b'.repeat(40)}"}}}`;
    const bytes = Buffer.concat([framed(bad), framed('{"jsonrpc":"2.0","method":"after"}')]);
    // Byte by byte: the drop happens in the middle of a chunk stream.
    for (let i = 0; i < bytes.length; i++) reader.onData(bytes.subarray(i, i + 1));
    assert.equal(dropped.length, 1, dropped.join('\n'));
    assert.deepEqual(messages.map((message) => (message as unknown as { method: string }).method), ['after']);
  });

  it('garbage longer than any header is skipped, and the header after it is found', () => {
    const reader = new StreamingMessageReader(new PassThrough());
    const dropped: string[] = [];
    const messages: Message[] = [];
    reader.onDropped = (reason) => dropped.push(reason);
    reader.listen((message) => messages.push(message));
    reader.onData(Buffer.concat([Buffer.from('x'.repeat(100_000)), framed('{"jsonrpc":"2.0","method":"found"}')]));
    assert.deepEqual(messages.map((message) => (message as unknown as { method: string }).method), ['found']);
    assert.equal(dropped.length, 1, dropped.join('\n'));
  });

  it('an absurd Content-Length is refused at once (the messages after it are read)', () => {
    const reader = new StreamingMessageReader(new PassThrough());
    const dropped: string[] = [];
    const messages: Message[] = [];
    reader.onDropped = (reason) => dropped.push(reason);
    reader.listen((message) => messages.push(message));
    reader.onData(Buffer.concat([Buffer.from('Content-Length: 99999999999999\r\n\r\n'), framed('{"jsonrpc":"2.0","method":"next"}')]));
    assert.deepEqual(messages.map((message) => (message as unknown as { method: string }).method), ['next']);
    assert.match(dropped.join('\n'), /no valid Content-Length/);
  });

  it('jsonRpcFault names what is not a JSON-RPC message', () => {
    assert.equal(jsonRpcFault({ jsonrpc: '2.0', method: 'x' }), undefined);
    assert.equal(jsonRpcFault({ jsonrpc: '2.0', id: 1, result: null }), undefined);
    assert.match(jsonRpcFault(null) ?? '', /null/);
    assert.match(jsonRpcFault('x') ?? '', /string/);
    assert.match(jsonRpcFault([]) ?? '', /batch/);
    assert.match(jsonRpcFault({ id: {} }) ?? '', /id/);
    assert.match(jsonRpcFault({}) ?? '', /neither/);
  });

  it('checkedParams: InvalidParams for a wrong shape, a plain InternalError (stack logged) for a failing handler', async () => {
    const logged: string[] = [];
    const hover = checkedParams('textDocument/hover', shapes.textDocumentPosition, (params: { position: { line: number } }) => params.position.line, (message) => logged.push(message));
    assert.equal(hover({ textDocument: { uri: 'file:///a' }, position: { line: 3, character: 0 } } as never), 3);
    assert.throws(
      () => hover({ textDocument: { uri: 'file:///a' }, position: { line: 1.5, character: 0 } } as never),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams && error.message === 'textDocument/hover: params.position.line must be a non-negative integer',
    );
    const failing = checkedParams('opendataLint/mapPoints', shapes.uri, (): number => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    }, (message) => logged.push(message));
    assert.throws(
      () => failing({ uri: 'file:///a' }),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InternalError && !error.message.includes('Cannot read'),
    );
    assert.match(logged.join('\n'), /Cannot read properties of undefined[\s\S]*at /);
    const rejecting = checkedParams('opendataLint/inferSchema', shapes.uri, async (): Promise<number> => {
      throw new Error('boom');
    }, (message) => logged.push(message));
    await assert.rejects(rejecting({ uri: 'file:///a' }), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InternalError && !error.message.includes('boom'));
    // A ResponseError meant for the editor goes through as it is.
    const refusing = checkedParams('opendataLint/sidecarDraft', shapes.uri, (): number => {
      throw new ResponseError(ErrorCodes.InvalidRequest, 'garbled');
    });
    assert.throws(() => refusing({ uri: 'file:///a' }), (error: unknown) => error instanceof ResponseError && error.message === 'garbled');
  });
});
