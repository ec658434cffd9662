// The chunked document text: edits, slices and line/character conversions against a plain string and
// against vscode-languageserver-textdocument (the editor's reference for positions).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedText, detach } from '../../../server/src/engine/incremental/chunkedText';
import { propertyRuns } from '../../support/properties';

/** Characters that matter to line handling, plus ordinary ones. */
const textArb = fc.array(fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '\r\n', 'é', ' '), { maxLength: 60 }).map((parts) => parts.join(''));

function assertSameAsDocument(chunked: ChunkedText, text: string): void {
  const document = TextDocument.create('file:///t.csv', 'csv', 1, text);
  assert.equal(chunked.getText(), text);
  assert.equal(chunked.length, text.length);
  assert.equal(chunked.lineCount, document.lineCount, 'line count');
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.deepEqual(chunked.positionAt(offset), document.positionAt(offset), `positionAt(${offset})`);
  }
  for (let line = -1; line <= document.lineCount; line++) {
    for (let character = -1; character <= 6; character++) {
      const position = { line, character };
      assert.equal(chunked.offsetAt(position), document.offsetAt(position), `offsetAt(${line}:${character})`);
    }
  }
  for (let line = 0; line < document.lineCount; line++) {
    assert.equal(chunked.lineStart(line), document.offsetAt({ line, character: 0 }), `lineStart(${line})`);
  }
}

describe('ChunkedText', () => {
  it('splits a text into chunks without copying it, and reads it back', () => {
    const text = 'nom,ville\n'.repeat(20_000);
    const chunked = new ChunkedText(text);
    assert.ok(chunked.chunkCount >= 2, 'a 200k-character text is several chunks');
    assert.equal(chunked.getText(), text);
    assert.equal(chunked.slice(65_530, 65_560), text.slice(65_530, 65_560));
    assert.equal(chunked.lineCount, 20_001);
    assert.deepEqual(chunked.positionAt(100_005), { line: 10_000, character: 5 });
    assert.equal(chunked.offsetAt({ line: 10_000, character: 5 }), 100_005);
  });

  it('applies an edit inside one chunk and keeps lines right after it', () => {
    const text = 'a,b\n'.repeat(50_000);
    const chunked = new ChunkedText(text);
    chunked.replace(100_001, 100_002, 'x\ny');
    const expected = text.slice(0, 100_001) + 'x\ny' + text.slice(100_002);
    assert.equal(chunked.getText(), expected);
    assert.equal(chunked.lineCount, 50_002);
    assert.equal(chunked.lineStart(25_001), 100_003);
    assert.equal(chunked.charCodeAt(100_001), 'x'.charCodeAt(0));
  });

  it('keeps a CRLF inside one chunk when an edit makes a CR meet an LF across a chunk boundary', () => {
    const chunked = new ChunkedText('abcdefgh\nijklmnop', { chunkSize: 4 });
    assert.ok(chunked.chunkCount > 1);
    chunked.replace(8, 8, '\r');
    assert.equal(chunked.getText(), 'abcdefgh\r\nijklmnop');
    assert.equal(chunked.lineCount, 2);
    assert.deepEqual(chunked.positionAt(10), { line: 1, character: 0 });
    chunked.replace(9, 10, '');
    assert.equal(chunked.lineCount, 2, 'a lone CR is a line break');
    chunked.replace(9, 9, '\n');
    assert.equal(chunked.lineCount, 2, 'CR then LF is one line break');
  });

  it('converts LSP changes (ranges, backwards ranges, whole-text replacements) to offset edits', () => {
    const chunked = new ChunkedText('ab\r\ncd\nef');
    assert.deepEqual(chunked.applyChange({ range: { start: { line: 1, character: 1 }, end: { line: 2, character: 1 } }, text: 'X' }), {
      start: 5,
      end: 8,
      newText: 'X',
    });
    assert.equal(chunked.getText(), 'ab\r\ncXf');
    chunked.applyChange({ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 1 } }, text: '' });
    assert.equal(chunked.getText(), 'a\r\ncXf');
    // A character past the line's end stops before its line break.
    chunked.applyChange({ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: '!' });
    assert.equal(chunked.getText(), 'a!\r\ncXf');
    chunked.applyChange({ text: 'new' });
    assert.equal(chunked.getText(), 'new');
    assert.equal(chunked.lineCount, 1);
  });

  it('handles the empty text', () => {
    const chunked = new ChunkedText('');
    assert.equal(chunked.length, 0);
    assert.equal(chunked.lineCount, 1);
    assert.deepEqual(chunked.positionAt(3), { line: 0, character: 0 });
    assert.equal(chunked.slice(0, 5), '');
    chunked.replace(0, 0, 'x\n');
    assert.equal(chunked.getText(), 'x\n');
    chunked.replace(0, 2, '');
    assert.equal(chunked.length, 0);
    assert.equal(chunked.chunkCount, 0);
  });

  it('detaches a value from the text it was sliced from (same characters)', () => {
    const long = 'x'.repeat(100) + 'identifiant-de-station' + 'y'.repeat(100);
    const value = long.slice(100, 122);
    assert.equal(detach(value), value);
    assert.equal(detach('court'), 'court');
  });

  it('is built from pieces (a big document read by pieces) as from their concatenation, a CRLF split between pieces mended', () => {
    const chunked = new ChunkedText(['a,b\r', '\nc,d\r', '', '\n', 'e,f\n' + 'g'.repeat(40), 'h\r'], { chunkSize: 8 });
    const text = 'a,b\r\nc,d\r\ne,f\n' + 'g'.repeat(40) + 'h\r';
    assertSameAsDocument(chunked, text);
    // The piece longer than a chunk may be was split, the others are the chunks.
    assert.ok(chunked.chunkCount >= 5, `${chunked.chunkCount} chunks`);
    chunked.replace(3, 4, '');
    assertSameAsDocument(chunked, text.slice(0, 3) + text.slice(4));
  });

  it('from any pieces: the same text, positions and edits as from one string (property)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 8 }), fc.integer({ min: 4, max: 16 }), fc.nat(), (pieces, chunkSize, at) => {
        const text = pieces.join('');
        const chunked = new ChunkedText(pieces, { chunkSize });
        assertSameAsDocument(chunked, text);
        const start = text.length === 0 ? 0 : at % (text.length + 1);
        chunked.replace(start, start, '\n');
        assertSameAsDocument(chunked, text.slice(0, start) + '\n' + text.slice(start));
      }),
      propertyRuns(300),
    );
  });

  it('matches a plain string and TextDocument after any sequence of edits (property)', () => {
    const edit = fc.record({ a: fc.nat(), b: fc.nat(), text: textArb, byRange: fc.boolean() });
    fc.assert(
      fc.property(textArb, fc.array(edit, { maxLength: 12 }), fc.integer({ min: 4, max: 16 }), (initial, edits, chunkSize) => {
        const chunked = new ChunkedText(initial, { chunkSize });
        let text = initial;
        for (const { a, b, text: newText, byRange } of edits) {
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = Math.min(text.length, start + (b % 8));
          if (byRange) {
            // A fresh TextDocument as reference: its incremental line update miscounts a CR joined to an LF
            // by an edit (it keeps two lines), which the client's own model does not.
            const document = TextDocument.create('file:///t.csv', 'csv', 1, text);
            const range = { start: document.positionAt(start), end: document.positionAt(end) };
            const applied = chunked.applyChange({ range, text: newText });
            assert.deepEqual([applied.start, applied.end], [document.offsetAt(range.start), document.offsetAt(range.end)]);
            text = text.slice(0, applied.start) + newText + text.slice(applied.end);
          } else {
            chunked.replace(start, end, newText);
            text = text.slice(0, start) + newText + text.slice(end);
          }
          assert.equal(chunked.getText(), text);
        }
        assertSameAsDocument(chunked, text);
        for (let start = 0; start <= text.length; start += 3) assert.equal(chunked.slice(start, start + 7), text.slice(start, start + 7));
      }),
      propertyRuns(800),
    );
  });
});
