// Shared tools for the CSV reader tests: random tables, a correct serializer, a naive line index, and
// helpers that copy what the scanner emits (one pass, or fed in chunks as the CLI streams a file).
import fc from 'fast-check';
import type { Dialect } from '../../../server/src/engine/table/dialect';
import { cellRange, rowRange } from '../../../server/src/engine/table/positions';
import { CsvScanner, type QuoteIssue, type RowView } from '../../../server/src/engine/table/scanner';
import type { SourcePosition, SourceRange } from '../../../server/src/engine/problems/problem';

export type Terminator = '\n' | '\r\n' | '\r';
export const delimiters = [',', ';', '\t', '|'] as const;
export const terminators: Terminator[] = ['\n', '\r\n', '\r'];

export function dialectOf(delimiter: string, overrides: Partial<Dialect> = {}): Dialect {
  return { delimiter, quoteChar: '"', skipInitialSpace: false, header: true, lineTerminator: 'LF', ...overrides };
}

/** The dialect a generated table was written with. */
export function dialectFor(spec: TableSpec): Dialect {
  return dialectOf(spec.delimiter, { quoteChar: spec.quoteChar ?? '"', skipInitialSpace: (spec.initialSpaces ?? 0) > 0 });
}

/** Pieces a cell value is made of: every character that matters to CSV, plus accents and astral characters. */
const valuePiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('"', '""', ',', ';', '\t', '|', '\r', '\n', '\r\n', ' ', 'a', 'Zo', 'é', '€', '’', "'", '😀', '𝔘', '\u00a0', '\ufeff') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

export const cellValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: fc.array(valuePiece, { maxLength: 6 }).map((pieces) => pieces.join('')) },
);

export interface TableSpec {
  rows: string[][];
  delimiter: string;
  /** One terminator per row (the last one is written only when `trailingNewline`). */
  rowTerminators: Terminator[];
  trailingNewline: boolean;
  /** Quote every cell, not only those that need it. */
  quoteAll: boolean;
  /** The quote character (`"` unless said otherwise). */
  quoteChar?: string;
  /** Spaces written after each delimiter (the `, ` variant read with skipInitialSpace). */
  initialSpaces?: number;
}

/**
 * Random tables. `mixedTerminators` picks a terminator per row; otherwise one for the whole table (csv-parse
 * settles on the first terminator it meets, so the differential test needs one kind per file).
 */
export function tableSpec(options: { mixedTerminators?: boolean; ragged?: boolean; maxRows?: number } = {}): fc.Arbitrary<TableSpec> {
  const maxRows = options.maxRows ?? 7;
  return fc
    .record({
      delimiter: fc.constantFrom(...delimiters),
      columnCount: fc.integer({ min: 1, max: 6 }),
      rowCount: fc.integer({ min: 1, max: maxRows }),
      trailingNewline: fc.boolean(),
      quoteAll: fc.boolean(),
      terminator: fc.constantFrom(...terminators),
    })
    .chain((shape) =>
      fc.record({
        rows: fc.array(
          fc.array(cellValue, options.ragged ? { minLength: 1, maxLength: shape.columnCount } : { minLength: shape.columnCount, maxLength: shape.columnCount }),
          { minLength: shape.rowCount, maxLength: shape.rowCount },
        ),
        rowTerminators: options.mixedTerminators
          ? fc.array(fc.constantFrom(...terminators), { minLength: shape.rowCount, maxLength: shape.rowCount })
          : fc.constant(new Array<Terminator>(shape.rowCount).fill(shape.terminator)),
        delimiter: fc.constant(shape.delimiter),
        trailingNewline: fc.constant(shape.trailingNewline),
        quoteAll: fc.constant(shape.quoteAll),
      }),
    );
}

export interface SerializedCell {
  start: number;
  end: number;
  raw: string;
}

export interface SerializedTable {
  text: string;
  cells: SerializedCell[][];
}

/** Writes a table as RFC 4180 says: quote when needed (or always), double inner quotes. */
export function serializeTable(spec: TableSpec): SerializedTable {
  let text = '';
  const cells: SerializedCell[][] = [];
  const quote = spec.quoteChar ?? '"';
  const spaces = ' '.repeat(spec.initialSpaces ?? 0);
  spec.rows.forEach((row, r) => {
    const rowCells: SerializedCell[] = [];
    row.forEach((value, c) => {
      if (c > 0) text += spec.delimiter + spaces;
      const needsQuotes =
        spec.quoteAll ||
        value.includes(quote) ||
        // With skipInitialSpace, leading spaces survive only inside quotes.
        (spaces !== '' && value.startsWith(' ')) ||
        value.includes(spec.delimiter) ||
        value.includes('\r') ||
        value.includes('\n') ||
        // A row made of one empty cell would be an empty line, which a reader may not return as a row.
        (row.length === 1 && value === '');
      const raw = needsQuotes ? quote + value.split(quote).join(quote + quote) + quote : value;
      rowCells.push({ start: text.length, end: text.length + raw.length, raw });
      text += raw;
    });
    cells.push(rowCells);
    if (r < spec.rows.length - 1 || spec.trailingNewline) text += spec.rowTerminators[r];
  });
  return { text, cells };
}

/** Line and character of an offset, computed the obvious way: LF, CRLF and lone CR each end a line. */
export function naiveLineIndex(text: string): (offset: number) => SourcePosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      lineStarts.push(i + 2);
      i++;
    } else if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { offset, line: low, character: offset - lineStarts[low] };
  };
}

export interface ScannedCell {
  value: string;
  raw: string;
  start: number;
  end: number;
  range: SourceRange;
}

export interface ScannedRow {
  index: number;
  line: number;
  start: number;
  end: number;
  next: number;
  terminator: number;
  range: SourceRange;
  cells: ScannedCell[];
  issues: QuoteIssue[];
}

/** A deep copy of a RowView with absolute offsets (the view is reused and its offsets are local). */
export function copyRow(view: RowView): ScannedRow {
  const cells: ScannedCell[] = [];
  for (let i = 0; i < view.cellCount; i++) {
    cells.push({ value: view.value(i), raw: view.raw(i), start: view.base + view.cellStart[i], end: view.base + view.cellEnd[i], range: cellRange(view, i) });
  }
  return {
    index: view.index,
    line: view.line,
    start: view.base + view.start,
    end: view.base + view.end,
    next: view.base + view.next,
    terminator: view.terminator,
    range: rowRange(view),
    cells,
    issues: view.issues.map((issue) => ({ ...issue, offset: view.base + issue.offset })),
  };
}

export function scanAll(text: string, dialect: Dialect): ScannedRow[] {
  const rows: ScannedRow[] = [];
  new CsvScanner(dialect).scan(text, 0, true, (view) => rows.push(copyRow(view)));
  return rows;
}

/**
 * Feeds the text in chunks cut at `cuts`, the way a streaming reader does: the unconsumed tail is carried
 * over and prepended to the next chunk (`slice` style, as validateStream does) or the text is kept whole
 * and scanning resumes at the returned offset (`from` style); `final` only on the last call.
 */
export function scanChunked(text: string, dialect: Dialect, cuts: number[], style: 'slice' | 'from' = 'slice'): ScannedRow[] {
  const rows: ScannedRow[] = [];
  const scanner = new CsvScanner(dialect);
  const bounds = [...new Set(cuts.filter((cut) => cut > 0 && cut < text.length))].sort((a, b) => a - b);
  bounds.push(text.length);
  let previous = 0;
  if (style === 'slice') {
    let pending = '';
    let base = 0;
    for (let k = 0; k < bounds.length; k++) {
      pending += text.slice(previous, bounds[k]);
      previous = bounds[k];
      const consumed = scanner.scan(pending, base, k === bounds.length - 1, (view) => rows.push(copyRow(view)));
      pending = pending.slice(consumed);
      base += consumed;
    }
  } else {
    let from = 0;
    for (let k = 0; k < bounds.length; k++) {
      from = scanner.scan(text.slice(0, bounds[k]), 0, k === bounds.length - 1, (view) => rows.push(copyRow(view)), from);
    }
  }
  return rows;
}
