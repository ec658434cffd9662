// Our scanner against csv-parse (the reference) on generated tables and the csv-spectrum files, and
// chunked scanning (the way the CLI streams big files) against a single pass, including malformed input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { sniffDialect, type Dialect } from '../../../server/src/engine/table/dialect';
import { dialectFor, dialectOf, scanAll, scanChunked, serializeTable, tableSpec } from './csvTestKit';
import { propertyRuns } from '../../support/properties';

const RUNS = 1500;

function referenceRows(text: string, dialect: Dialect, relaxQuotes = false): string[][] {
  return parse(text, { delimiter: dialect.delimiter, quote: dialect.quoteChar, escape: dialect.quoteChar, relax_column_count: true, relax_quotes: relaxQuotes, bom: false }) as string[][];
}

function ourRows(text: string, dialect: Dialect): string[][] {
  return scanAll(text, dialect).map((row) => row.cells.map((cell) => cell.value));
}

/** Characters malformed CSV is made of: unbalanced quotes, text after quotes, every line break. */
const soupPiece = fc.constantFrom('"', '""', 'a', 'b c', ',', ';', '\r', '\n', '\r\n', ' ', 'é', '😀', '"x"', '"\r\n"');
const csvSoup = fc.array(soupPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Cut points in a text, as offsets (0 and the length are ignored). */
function cutsIn(text: string): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: Math.max(0, text.length) }), { maxLength: 12 });
}

describe('CsvScanner vs csv-parse (differential)', () => {
  it('agrees with csv-parse on every value of generated well-formed tables', () => {
    fc.assert(
      fc.property(tableSpec({ ragged: true }), fc.constantFrom('"', "'"), (spec, quoteChar) => {
        const variant = { ...spec, quoteChar };
        const text = serializeTable(variant).text;
        const dialect = dialectFor(variant);
        assert.deepEqual(ourRows(text, dialect), referenceRows(text, dialect));
      }),
      propertyRuns(RUNS),
    );
  });

  it('agrees with csv-parse on the csv-spectrum files (header included)', () => {
    const dir = path.dirname(require.resolve('csv-spectrum/package.json'));
    const names = fs.readdirSync(path.join(dir, 'csvs')).filter((name) => name.endsWith('.csv'));
    assert.equal(names.length, 12);
    for (const name of names) {
      const text = fs.readFileSync(path.join(dir, 'csvs', name), 'utf8');
      const dialect = sniffDialect(text);
      // location_coordinates has inch marks (") inside unquoted cells: csv-parse needs relax_quotes to read it.
      assert.deepEqual(ourRows(text, dialect), referenceRows(text, dialect, name === 'location_coordinates.csv'), name);
    }
  });
});

describe('CsvScanner fed in chunks (streaming) vs one pass', () => {
  it('emits the same rows, values, offsets, positions and issues for random cuts of generated tables', () => {
    fc.assert(
      fc.property(
        tableSpec({ mixedTerminators: true, ragged: true }).chain((spec) => {
          const text = serializeTable(spec).text;
          return fc.tuple(fc.constant(spec), fc.constant(text), cutsIn(text), fc.constantFrom<'slice' | 'from'>('slice', 'from'));
        }),
        ([spec, text, cuts, style]) => {
          const dialect = dialectFor(spec);
          assert.deepEqual(scanChunked(text, dialect, cuts, style), scanAll(text, dialect));
        },
      ),
      propertyRuns(RUNS),
    );
  });

  it('emits the same rows and quote issues for random cuts of malformed text', () => {
    fc.assert(
      fc.property(
        csvSoup.chain((text) => fc.tuple(fc.constant(text), cutsIn(text), fc.constantFrom<'slice' | 'from'>('slice', 'from'), fc.boolean())),
        ([text, cuts, style, skipInitialSpace]) => {
          const dialect = dialectOf(',', { skipInitialSpace });
          assert.deepEqual(scanChunked(text, dialect, cuts, style), scanAll(text, dialect));
        },
      ),
      propertyRuns(RUNS),
    );
  });

  it('emits the same rows when every single offset is a cut (one character per chunk)', () => {
    fc.assert(
      fc.property(fc.oneof(csvSoup, tableSpec({ mixedTerminators: true }).map((spec) => serializeTable(spec).text)), (text) => {
        const everyOffset = Array.from({ length: text.length }, (_, i) => i);
        const dialect = dialectOf(',');
        assert.deepEqual(scanChunked(text, dialect, everyOffset), scanAll(text, dialect));
      }),
      propertyRuns(300),
    );
  });

  describe('cut at the hard places', () => {
    const text = 'id,note\r\n1,"a ""b"" c\r\nd"\r\n2,"x"\r3,plain\n"4","e,f"';
    const dialect = dialectOf(',');
    const whole = scanAll(text, dialect);
    const at = (needle: string, shift = 0) => {
      const found = text.indexOf(needle);
      assert.ok(found >= 0, needle);
      return found + shift;
    };
    const cases: [string, number][] = [
      ['inside a quoted field', at('a ""b', 1)],
      ['right after an opening quote', at('"a ', 1)],
      ['right after the first quote of a doubled pair', at('""b', 1)],
      ['right after a doubled pair', at('""b', 2)],
      ['right after a closing quote, before CRLF', at('d"', 2)],
      ['between CR and LF of a row terminator', at('\r\n1', 1)],
      ['between CR and LF inside a quoted value', at('c\r\nd', 2)],
      ['right after a lone CR terminator', at('\r3', 1)],
      ['right before a lone CR terminator', at('\r3', 0)],
      ['inside the last, unterminated row', at('"e,f', 2)],
    ];

    it('has a reference with every row', () => {
      assert.deepEqual(
        whole.map((row) => row.cells.map((cell) => cell.value)),
        [['id', 'note'], ['1', 'a "b" c\r\nd'], ['2', 'x'], ['3', 'plain'], ['4', 'e,f']],
      );
    });

    for (const [where, cut] of cases) {
      for (const style of ['slice', 'from'] as const) {
        it(`${where} (${style})`, () => {
          assert.deepEqual(scanChunked(text, dialect, [cut], style), whole);
        });
      }
    }

    it('everywhere at once', () => {
      assert.deepEqual(
        scanChunked(text, dialect, cases.map(([, cut]) => cut)),
        whole,
      );
    });
  });
});
