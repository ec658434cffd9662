// The server's stdio message reader: whatever the chunking of the byte stream, it delivers the messages
// JSON.parse gives, in order; a big didOpen's text comes as pieces (never one string) that join into it.
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { onDocumentArriving, openingDocument, StreamingJsonBody, StreamingMessageReader, takeTextPieces, type OpeningDocument } from '../../server/src/lsp/messageReader';
import { propertyRuns } from '../support/properties';

/** Characters that matter to JSON strings and UTF-8: quotes, backslashes, escapes, accents, €, astral and lone surrogates. */
const unit = fc.oneof(
  fc.constantFrom('"', '\\', '\\\\', '\n', '\r\n', '\t', '\u0001', 'é', '€', '😀', '\ud800', '\udfff', '\ufeff', '\u2028', 'a', ',', ' ', '/'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const textArb = fc.array(unit, { maxLength: 120 }).map((parts) => parts.join(''));

function frame(message: unknown, contentType = false): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const headers = `Content-Length: ${body.length}\r\n${contentType ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : ''}\r\n`;
  return Buffer.concat([Buffer.from(headers, 'ascii'), body]);
}

function didOpen(text: string): Message {
  return { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///t.csv', languageId: 'csv', version: 1, text } } } as Message;
}

/** A received message with a didOpen text given as pieces put back into one string (and how many pieces it had). */
function normalized(message: Message): { message: Message; pieces: number } {
  const textDocument = (message as { params?: { textDocument?: { text: string } } }).params?.textDocument;
  const pieces = textDocument ? takeTextPieces(textDocument) : undefined;
  if (textDocument && pieces) {
    assert.equal(textDocument.text, '', 'the text property is left empty');
    textDocument.text = pieces.join('');
  }
  return { message, pieces: pieces?.length ?? 0 };
}

/** Feeds a stream cut at the given points to a reader and returns what it delivered. */
function read(stream: Buffer, cuts: number[], options: { bigBodyBytes?: number; pieceBytes?: number }): { messages: Message[]; pieces: number[] } {
  const reader = new StreamingMessageReader(new PassThrough(), options);
  const messages: Message[] = [];
  const pieces: number[] = [];
  reader.listen((message) => {
    const result = normalized(message);
    messages.push(result.message);
    pieces.push(result.pieces);
  });
  const points = [...new Set(cuts.map((cut) => cut % (stream.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of [...points, stream.length]) {
    if (point > from) reader.onData(stream.subarray(from, point));
    from = Math.max(from, point);
  }
  return { messages, pieces };
}

describe('StreamingMessageReader', () => {
  it('delivers any sequence of messages, however the bytes are cut, as JSON.parse reads them (property)', () => {
    const messageArb = fc.oneof(
      textArb.map(didOpen),
      fc.record({ a: textArb, b: fc.array(textArb, { maxLength: 3 }), n: fc.integer() }).map(
        ({ a, b, n }) => ({ jsonrpc: '2.0', id: n, method: 'workspace/applyEdit', params: { a, b, n, flag: true, none: null, nested: { text: a } } }) as Message,
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ message: messageArb, contentType: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 24 }),
        (messages, cuts, bigBodyBytes, pieceBytes) => {
          const stream = Buffer.concat(messages.map(({ message, contentType }) => frame(message, contentType)));
          const { messages: received } = read(stream, cuts, { bigBodyBytes, pieceBytes });
          assert.deepEqual(received, messages.map(({ message }) => JSON.parse(JSON.stringify(message)) as Message));
        },
      ),
      propertyRuns(1500),
    );
  });

  it('hands the text of a big didOpen over in pieces of about 64k characters, and reads the next message after it', () => {
    const row = 'FRA10P00100000,"Réseau ""Allego""",0,40€ / kWh,"[8.778206,41.954574]",😀\\\r\n';
    const text = `\ufeffid,nom\r\n${row.repeat(40_000)}`;
    const stream = Buffer.concat([frame(didOpen(text)), frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' })]);
    const cuts: number[] = [];
    for (let at = 65_536; at < stream.length; at += 65_536) cuts.push(at);
    const { messages, pieces } = read(stream, cuts, {});
    assert.equal(messages.length, 2);
    assert.equal((messages[0] as unknown as { params: { textDocument: { text: string } } }).params.textDocument.text, text);
    assert.ok(pieces[0] >= text.length / 130_000 && pieces[0] <= text.length / 30_000, `${pieces[0]} pieces for ${text.length} characters`);
    assert.deepEqual(messages[1], { jsonrpc: '2.0', id: 2, method: 'shutdown' });
  });

  it('reads a run of backslashes longer than a piece, and a string of nothing else', () => {
    for (const text of ['\\'.repeat(200) + '"' + '\\'.repeat(101), '\\'.repeat(333)]) {
      const body = new StreamingJsonBody(0, 16);
      const bytes = Buffer.from(JSON.stringify(didOpen(text)));
      for (let at = 0; at < bytes.length; at += 7) body.write(bytes.subarray(at, at + 7));
      assert.deepEqual(normalized(body.end() as Message).message, didOpen(text));
    }
  });

  it('tells the server about a didOpen text while it arrives: which document, and the pieces so far', () => {
    const text = 'id,nom\n'.repeat(3000) + '"quoted ""value""",\u20ac\n';
    const calls: { document: OpeningDocument; joined: string; count: number }[] = [];
    onDocumentArriving((document, pieces) => calls.push({ document, joined: pieces.join(''), count: pieces.length }));
    try {
      const cuts = Array.from({ length: 12 }, (_, i) => 1000 + i * 2500);
      const { messages } = read(frame(didOpen(text)), cuts, { bigBodyBytes: 0, pieceBytes: 4096 });
      assert.ok(calls.length >= 4, `${calls.length} calls`);
      assert.deepEqual(calls[0].document, { uri: 'file:///t.csv', languageId: 'csv', version: 1 });
      calls.forEach((call, i) => {
        assert.equal(call.count, i + 1, 'one more piece each time');
        assert.ok(text.startsWith(call.joined), 'the pieces so far are the start of the text');
      });
      assert.equal(calls[calls.length - 1].joined, text);
      assert.equal((messages[0] as unknown as { params: { textDocument: { text: string } } }).params.textDocument.text, text);
    } finally {
      onDocumentArriving(undefined);
    }
  });

  it('reads which document a didOpen opens from the JSON before its text, and nothing else', () => {
    const before = (message: unknown) => {
      const json = JSON.stringify(message);
      return json.slice(0, json.lastIndexOf('"text":') + 7);
    };
    const open = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a%20b.csv', languageId: 'csv', version: 7, text: 'x' } } };
    assert.deepEqual(openingDocument(before(open)), { uri: 'file:///a%20b.csv', languageId: 'csv', version: 7 });
    // Cut before the text, another method, a "text" elsewhere, a version that is no number: no document.
    assert.equal(openingDocument(JSON.stringify(open).slice(0, 20)), undefined);
    assert.equal(openingDocument(before({ ...open, method: 'workspace/applyEdit' })), undefined);
    assert.equal(openingDocument(before({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { other: { text: 'x' } } })), undefined);
    assert.equal(openingDocument(before({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'u', languageId: 'csv', version: 'one', text: 'x' } } })), undefined);
  });

  it('drops a malformed message, says so, and reads the next ones (small and big bodies)', () => {
    for (const bigBodyBytes of [0, 1 << 20]) {
      const reader = new StreamingMessageReader(new PassThrough(), { bigBodyBytes });
      const errors: Error[] = [];
      const dropped: string[] = [];
      const messages: Message[] = [];
      reader.onError((error) => errors.push(error));
      reader.onDropped = (reason) => dropped.push(reason);
      reader.listen((message) => messages.push(message));
      const body = Buffer.from('{"jsonrpc":"2.0","method":"x","params":"unterminated}');
      const notRpc = Buffer.from('[1,2]');
      reader.onData(
        Buffer.concat([
          Buffer.from(`Content-Length: ${body.length}\r\n\r\n`),
          body,
          frame({ jsonrpc: '2.0', method: 'y' }),
          Buffer.from(`Content-Length: ${notRpc.length}\r\n\r\n`),
          notRpc,
          Buffer.from('Content-Type: x\r\n\r\n'),
          // Too short a length: the rest of the body is garbage before the next header.
          Buffer.from('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","method":"lost"}'),
          frame({ jsonrpc: '2.0', method: 'z' }),
        ]),
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(
        messages.map((message) => (message as unknown as { method: string }).method),
        ['y', 'z'],
      );
      assert.equal(dropped.length, 4, dropped.join('\n'));
    }
  });
});
