// Property test of streaming validation: a big text fed in chunks of any sizes gives exactly the problems
// of validating it whole — whatever row, quoted line break, CRLF or malformed quote a chunk boundary cuts.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateText } from '../../../server/src/engine/validate';
import { StreamValidator } from '../../../server/src/engine/validateStream';
import { serializeTable, tableSpec } from './csvTestKit';
import { propertyRuns } from '../../support/properties';

/** Each text is over 256k characters (streaming starts past the head), so runs are few but each is thorough. */
const RUNS = 40;
const MIN_CHARS = 300 * 1024;

/** Malformed pieces dropped into the text: they change how the rest of it splits into rows. */
const damage = fc.constantFrom('"', '""', '"x"y', '\r', '\r\n', '\n', 'a"b', ',"', '"\n"', '');

function bigText(body: string, header: string, insertions: Array<{ at: number; piece: string }>): string {
  const parts = [header];
  let length = header.length;
  while (length < MIN_CHARS) {
    parts.push(body);
    length += body.length;
  }
  let text = parts.join('');
  for (const { at, piece } of insertions) {
    const offset = Math.floor(at * text.length);
    text = text.slice(0, offset) + piece + text.slice(offset);
  }
  return text;
}

function validateInChunks(text: string, sizes: number[]): ReturnType<StreamValidator['end']> {
  const validator = new StreamValidator();
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length];
    validator.push(text.slice(at, at + size));
    at += size;
  }
  return validator.end();
}

describe('StreamValidator chunk boundaries (fast-check)', function () {
  this.timeout(120_000);

  it('gives the problems of a whole-text validation, for any chunk sizes and damage', () => {
    fc.assert(
      fc.property(
        tableSpec({ mixedTerminators: true, ragged: true, maxRows: 12 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), piece: damage }), { maxLength: 4 }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 4000, max: 70_000 }), fc.integer({ min: 200_000, max: 400_000 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (spec, insertions, sizes) => {
          const serialized = serializeTable({ ...spec, trailingNewline: true }).text;
          const header = serialized.slice(0, Math.max(1, serialized.indexOf('\n') + 1));
          const text = bigText(serialized, header, insertions);
          const whole = validateText(text);
          const streamed = validateInChunks(text, sizes);
          assert.equal(streamed.rowCount, whole.rowCount, 'row count');
          assert.deepEqual(streamed.problems, whole.problems);
        },
      ),
      propertyRuns(RUNS),
    );
  });

  it('reads a row cut by a chunk boundary inside a long quoted cell, and a leftover longer than a join piece', () => {
    const longQuoted = `"${'x\n'.repeat(40_000)}"`;
    const rows = ['a,b', `1,${longQuoted}`, '2,"ok"'];
    while (rows.join('\n').length < MIN_CHARS) rows.push(`${rows.length},"é, ""q"""`);
    const text = `${rows.join('\r\n')}\r\n3,"unclosed\n4,x`;
    const whole = validateText(text);
    for (const sizes of [[1 << 20], [65_536], [4_095, 9], [300_000, 1], [262_144, 13]]) {
      assert.deepEqual(validateInChunks(text, sizes).problems, whole.problems, `chunks of ${sizes.join('/')}`);
    }
    assert.ok(whole.problems.some((p) => p.code === 'source-error'), 'the unclosed quote is reported');
  });
});
