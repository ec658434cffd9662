// Bad input: binary, empty, header-only, a 20 MB line, an unclosed quote on top of 100k rows, random garbage.
// Each must end with a clear problem, never an exception or a hang, whole or streamed in chunks.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { sniffDialect } from '../../../server/src/engine/table/dialect';
import { validateText, type ValidationReport } from '../../../server/src/engine/validate';
import { StreamValidator } from '../../../server/src/engine/validateStream';
import { naiveLineIndex, scanChunked } from './csvTestKit';
import { propertyRuns } from '../../support/properties';

function codes(report: ValidationReport): string[] {
  return report.problems.map((problem) => (problem.params.variant ? `${problem.code}.${problem.params.variant}` : problem.code));
}

/** Validates bytes the way the CLI does for a file read whole: decode, then validate with what decoding learnt. */
function validateBytes(bytes: Uint8Array): ValidationReport {
  const { text, ...decoded } = decodeBytes(bytes);
  return validateText(text, { decoded });
}

/** Validates a text fed in chunks of `size` characters, as the CLI streams a big file. */
function validateStreamed(text: string, size: number, decoded?: ReturnType<typeof decodeBytes>): ValidationReport {
  const validator = new StreamValidator(decoded ? { decoded: { encoding: decoded.encoding, bom: decoded.bom, binary: decoded.binary } } : {});
  for (let at = 0; at < text.length; at += size) validator.push(text.slice(at, at + size));
  return validator.end();
}

/** Every range lies inside the text, starts before it ends, and its line/character agree with its offset. */
function assertRangesConsistent(text: string, problems: Problem[]): void {
  const lineOf = naiveLineIndex(text);
  for (const problem of problems) {
    const { start, end } = problem.range;
    assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length, `${problem.code} offsets`);
    assert.deepEqual(start, lineOf(start.offset), `${problem.code} start`);
    assert.deepEqual(end, lineOf(end.offset), `${problem.code} end`);
  }
}

// A minimal PNG (1×1 pixel): signature, IHDR, IDAT and IEND chunks.
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('bad input', () => {
  it('a PNG image → binary-file only, whole or streamed', () => {
    assert.deepEqual(codes(validateBytes(png)), ['binary-file']);
    const decoded = decodeBytes(png);
    assert.deepEqual(codes(validateStreamed(decoded.text, 7, decoded)), ['binary-file']);
  });

  it('a 0-byte file → empty-file, whole or streamed', () => {
    assert.deepEqual(codes(validateBytes(new Uint8Array())), ['empty-file']);
    assert.deepEqual(codes(validateStreamed('', 10)), ['empty-file']);
    assert.deepEqual(codes(validateBytes(new Uint8Array([0xef, 0xbb, 0xbf]))), ['empty-file']);
    assert.deepEqual(codes(validateBytes(new TextEncoder().encode('\r\n\r\n   \n'))), ['empty-file']);
  });

  it('a header with no rows → header-only, whole or streamed', () => {
    const text = 'nom;commune;code_insee\r\n';
    assert.deepEqual(codes(validateText(text)), ['header-only']);
    assert.deepEqual(codes(validateStreamed(text, 3)), ['header-only']);
    assert.deepEqual(validateText(text).labels, ['nom', 'commune', 'code_insee']);
  });

  describe('a 20 MB single line', () => {
    const size = 20 * 1024 * 1024;

    it('with no delimiter and no line break: one label, header-only', () => {
      const text = 'x'.repeat(size);
      const report = validateText(text);
      assert.deepEqual(codes(report), ['header-only']);
      assert.equal(report.labels.length, 1);
      assert.equal(report.labels[0].length, size);
      assert.deepEqual(codes(validateStreamed(text, 1 << 20)), ['header-only']);
    });

    it('as the data row after a header: two 10 MB cells, read whole and in 64 KB chunks', () => {
      const half = size / 2;
      const text = 'a,b\n' + 'x'.repeat(half) + ',' + 'y'.repeat(half);
      const report = validateText(text);
      assert.deepEqual(codes(report), []);
      assert.equal(report.rowCount, 1);
      assert.deepEqual(codes(validateStreamed(text, 64 * 1024)), []);
      // The scanner alone, resuming inside the huge row at every chunk (the text is never copied).
      const cuts = Array.from({ length: Math.ceil(text.length / (64 * 1024)) }, (_, k) => k * 64 * 1024);
      const lengths = scanChunked(text, sniffDialect(text), cuts, 'from').map((row) => row.cells.map((cell) => cell.end - cell.start));
      assert.deepEqual(lengths, [[1, 1], [half, half]]);
    });

    it('a quoted value of 20 MB full of line breaks and doubled quotes', () => {
      const value = 'ligne ""citée""\r\n'.repeat(size / 16);
      const text = 'id,texte\n1,"' + value + '"\n';
      const report = validateText(text);
      assert.deepEqual(codes(report), []);
      assert.equal(report.rowCount, 1);
      assert.deepEqual(codes(validateStreamed(text, 1 << 20)), []);
    });
  });

  describe('an unclosed quote at the top of a 100k-row file', () => {
    const rows = ['id,nom,commune,code_postal', '1,"Mairie annexe,Brest,29200'];
    for (let id = 2; id <= 100_000; id++) rows.push(`${id},Guichet ${id},Commune ${id % 977},${29000 + (id % 999)}`);
    const text = rows.join('\n') + '\n';

    it('is one source-error at the opening quote; the rest of the file is one cell', () => {
      const report = validateText(text);
      assert.deepEqual(codes(report), ['source-error.unclosed-quote', 'missing-cell']);
      const [unclosed] = report.problems;
      assert.deepEqual([unclosed.range.start.line, unclosed.range.start.character], [1, 2]);
      assert.equal(text[unclosed.range.start.offset], '"');
      assert.equal(report.rowCount, 1);
      // The missing cell is reported where the swallowing cell ends: the very end of the file, after its
      // last line break (100 001 lines, the header being line 0).
      assert.equal(report.problems[1].range.start.offset, text.length);
      assert.deepEqual([report.problems[1].range.start.line, report.problems[1].range.start.character], [100_001, 0]);
      assertRangesConsistent(text, report.problems);
    });

    it('gives the same problems streamed in 64 KB and in 1 MB chunks', () => {
      const whole = validateText(text).problems;
      for (const size of [64 * 1024, 1 << 20]) assert.deepEqual(validateStreamed(text, size).problems, whole, `chunks of ${size}`);
    });

    it('and 100k rows after an unclosed quote in the header', () => {
      const report = validateText('id,"nom\n' + rows.slice(2).join('\n'));
      // header-only sits at offset 0, before the quote.
      assert.deepEqual(codes(report), ['header-only', 'source-error.unclosed-quote']);
    });
  });

  it('a very wide header (100 000 columns) and a row of 100 000 empty cells', () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';');
    const report = validateText(header + '\n' + ';'.repeat(99_999) + '\n1' + ';'.repeat(99_999));
    assert.equal(report.labels.length, 100_000);
    assert.deepEqual(codes(report), ['blank-row']);
  });

  it('text of quotes only, delimiters only, lone CRs, NUL characters far from the start', () => {
    const cases: [string, string[]][] = [
      ['""""""', ['header-only']],
      ['"""""', ['source-error.unclosed-quote', 'header-only']],
      [',,,,\n,,,,\n', ['blank-label', 'blank-label', 'blank-label', 'blank-label', 'blank-label', 'blank-row']],
      ['a\r\r\r\rb\r', ['blank-row', 'blank-row', 'blank-row']],
      ['a,b\n' + '1,2\n'.repeat(3000) + '3,\u0000\n', []],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(codes(validateText(text)), expected, JSON.stringify(text.slice(0, 20)));
    }
  });

  it('never throws on random garbage, and every problem range is inside the text and consistent (fast-check)', () => {
    const piece = fc.constantFrom('"', '""', "'", ',', ';', '\t', '|', '\r', '\n', '\r\n', ' ', 'a', 'Ã©', 'é', '😀', '\u0000', '\ufeff', 'nom');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')), fc.integer({ min: 1, max: 16 }), (text, chunk) => {
        const report = validateText(text);
        assertRangesConsistent(text, report.problems);
        for (const problem of report.problems) assert.ok(problem.severity, problem.code);
        // Streaming waits for 256 KB before starting; small texts are scanned at end(), in one piece.
        assert.deepEqual(validateStreamed(text, chunk).problems, report.problems);
      }),
      propertyRuns(1000),
    );
  });
});
