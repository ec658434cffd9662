// Property tests of the scanner: random tables, written correctly, read back cell for cell with exact offsets and positions.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { CsvScanner, Terminator } from '../../../server/src/engine/table/scanner';
import { copyRow, dialectFor, dialectOf, naiveLineIndex, scanAll, serializeTable, tableSpec, type ScannedRow, type TableSpec } from './csvTestKit';
import { propertyRuns } from '../../support/properties';

/** Runs per property: enough to meet every mix of quotes, delimiters and terminators many times over. */
const RUNS = 1500;
const utf8 = new TextEncoder();

function checkRoundTrip(spec: TableSpec, text: string): void {
  const written = serializeTable(spec);
  assert.equal(text, written.text);
  const rows = scanAll(text, dialectFor(spec));
  const lineOf = naiveLineIndex(text);
  assert.equal(rows.length, spec.rows.length, 'row count');
  rows.forEach((row, r) => {
    assert.equal(row.index, r);
    assert.equal(row.cells.length, spec.rows[r].length, `cell count of row ${r}`);
    assert.equal(row.line, lineOf(row.start).line, `line of row ${r}`);
    assert.deepEqual(row.range.start, lineOf(row.start));
    row.cells.forEach((cell, c) => {
      const expected = written.cells[r][c];
      assert.equal(cell.value, spec.rows[r][c], `value of cell ${r}:${c}`);
      assert.equal(cell.start, expected.start, `start of cell ${r}:${c}`);
      assert.equal(cell.end, expected.end, `end of cell ${r}:${c}`);
      assert.equal(text.slice(cell.start, cell.end), expected.raw);
      assert.equal(cell.raw, expected.raw);
      assert.deepEqual(cell.range.start, lineOf(cell.start), `start position of cell ${r}:${c}`);
      assert.deepEqual(cell.range.end, lineOf(cell.end), `end position of cell ${r}:${c}`);
    });
    assert.deepEqual(row.issues, [], 'a well-formed table has no quote issue');
    const lastRow = r === rows.length - 1;
    const terminator = lastRow && !spec.trailingNewline ? Terminator.None : [Terminator.LF, Terminator.CRLF, Terminator.CR][['\n', '\r\n', '\r'].indexOf(spec.rowTerminators[r])];
    assert.equal(row.terminator, terminator, `terminator of row ${r}`);
  });
}

describe('CsvScanner properties (fast-check)', () => {
  it('reads back every generated table: rows, cells, values, raw text, offsets and line/character positions', () => {
    fc.assert(
      fc.property(tableSpec({ mixedTerminators: true, ragged: true }), (spec) => checkRoundTrip(spec, serializeTable(spec).text)),
      propertyRuns(RUNS),
    );
  });

  it('reads the same table after a UTF-8 round trip through decodeBytes, with or without a BOM', () => {
    fc.assert(
      fc.property(tableSpec({ mixedTerminators: true }), fc.boolean(), (spec, withBom) => {
        // A text that starts with U+FEFF is, in bytes, a file with a BOM: that case has no other reading.
        fc.pre(!serializeTable(spec).text.startsWith('\ufeff'));
        const body = utf8.encode(serializeTable(spec).text);
        const bytes = withBom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
        const decoded = decodeBytes(bytes);
        assert.equal(decoded.encoding, 'utf-8');
        assert.equal(decoded.bom, withBom);
        checkRoundTrip(spec, decoded.text);
      }),
      propertyRuns(RUNS),
    );
  });

  it('reads tables quoted with single quotes, and the comma-plus-space variant with skipInitialSpace', () => {
    fc.assert(
      fc.property(tableSpec({ mixedTerminators: true, ragged: true }), fc.constantFrom('"', "'"), fc.integer({ min: 0, max: 3 }), (spec, quoteChar, initialSpaces) => {
        const variant = { ...spec, quoteChar, initialSpaces };
        checkRoundTrip(variant, serializeTable(variant).text);
      }),
      propertyRuns(RUNS),
    );
  });

  it('counts rows like the line index when no value holds a line break', () => {
    fc.assert(
      fc.property(tableSpec({ mixedTerminators: true }), (spec) => {
        const flat = { ...spec, rows: spec.rows.map((row) => row.map((value) => value.replace(/[\r\n]/g, ' '))) };
        const text = serializeTable(flat).text;
        const rows = scanAll(text, dialectOf(flat.delimiter));
        rows.forEach((row, r) => assert.equal(row.line, r));
      }),
      propertyRuns(RUNS),
    );
  });

  it('keeps its counters across tables when resumed (row index and line of a re-scanned part)', () => {
    fc.assert(
      fc.property(tableSpec({ mixedTerminators: true }), fc.nat(1000), fc.nat(1000), (spec, rowIndex, line) => {
        const text = serializeTable({ ...spec, trailingNewline: true }).text;
        const scanner = new CsvScanner(dialectOf(spec.delimiter));
        scanner.resume(rowIndex, line);
        const seen: [number, number][] = [];
        scanner.scan(text, 0, true, (row) => seen.push([row.index, row.line]));
        const lineOf = naiveLineIndex(text);
        const reference = scanAll(text, dialectOf(spec.delimiter));
        assert.deepEqual(
          seen,
          reference.map((row) => [row.index + rowIndex, lineOf(row.start).line + line]),
        );
        assert.equal(scanner.rowsScanned, rowIndex + spec.rows.length);
      }),
      propertyRuns(300),
    );
  });

  it('re-reads any single row on its own: resumed at its start offset and line, stopped after it by returning false', () => {
    fc.assert(
      fc.property(
        tableSpec({ mixedTerminators: true, ragged: true }).chain((spec) => fc.tuple(fc.constant(spec), fc.nat(spec.rows.length - 1))),
        ([spec, pick]) => {
          const text = serializeTable(spec).text;
          const dialect = dialectFor(spec);
          const whole = scanAll(text, dialect);
          const target = whole[pick];
          const scanner = new CsvScanner(dialect);
          scanner.resume(target.index, target.line);
          const seen: ScannedRow[] = [];
          const returned = scanner.scan(
            text,
            0,
            true,
            (view) => {
              seen.push(copyRow(view));
              return false;
            },
            target.start,
          );
          assert.deepEqual(seen, [target]);
          assert.equal(returned, target.next);
        },
      ),
      propertyRuns(500),
    );
  });

  it('decodes malformed cells as the lenient reference does (quotes toggle, doubled quotes inside quotes escape)', () => {
    /** The reference: the character-by-character reading lenient CSV readers use. */
    const lenient = (raw: string): string => {
      if (!raw.startsWith('"')) return raw;
      let out = '';
      let inQuotes = false;
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] !== '"') out += raw[i];
        else if (inQuotes && raw[i + 1] === '"') {
          out += '"';
          i++;
        } else inQuotes = !inQuotes;
      }
      return out;
    };
    const piece = fc.constantFrom('"', '""', 'a', 'b c', ',', '\n', '\r\n', 'é', '😀', '"x"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), (text) => {
        for (const row of scanAll(text, dialectOf(','))) {
          for (const cell of row.cells) assert.equal(cell.value, lenient(cell.raw), JSON.stringify(cell.raw));
        }
      }),
      propertyRuns(RUNS),
    );
  });
});
