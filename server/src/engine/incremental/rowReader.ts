// Reads rows of a chunked text with the CSV scanner: the scanner works on strings, so it is handed a
// window of text at a time (a view on one chunk when the window fits in it), with the window's offset
// as its base so that every position it reports is absolute.
import type { Dialect } from '../table/dialect';
import { CsvScanner, Terminator, type RowView } from '../table/scanner';
import type { ChunkedText } from './chunkedText';

/** Where a scan starts (a row start) or stopped (just after the last row it emitted). */
export interface ScanPoint {
  offset: number;
  line: number;
  /** Index of the row starting there. */
  row: number;
}

/** A window of 16k characters holds dozens of wide rows: enough for an edit, small enough to slice often. */
const FIRST_WINDOW = 16 * 1024;
/** Windows grow to this size on long scans (a window is copied only when it spans two chunks). */
const LONG_WINDOW = 256 * 1024;

/** Line on which the row after `row` starts. */
export function lineAfter(row: RowView): number {
  const last = row.cellEndLine[Math.max(0, row.cellCount - 1)];
  return row.terminator === Terminator.None ? last : last + 1;
}

/** Where a scan stopped, and how to go on with it. */
export interface ScanEnd extends ScanPoint {
  /** The text ended. */
  end: boolean;
  /**
   * Stopped inside a row longer than the character budget: `offset` is that row's start, and `resume`
   * continues reading it where it stopped (valid while the text does not change).
   */
  resume?: { scanner: CsvScanner; window: number };
}

/**
 * Scans rows from `from` until `onRow` returns false or the text ends; returns where it stopped (and
 * whether that is the end of the text). A row longer than `maxChars` stops the scan with a `resume`
 * handle, so that one huge row (an unclosed quote) is read over several calls. The RowView is valid
 * during the call only.
 */
export function scanRows(
  text: ChunkedText,
  dialect: Dialect,
  from: ScanPoint,
  onRow: (row: RowView) => boolean | void,
  options: { maxChars?: number; resume?: ScanEnd['resume'] } = {},
): ScanEnd {
  let scanner = options.resume?.scanner;
  if (!scanner) {
    scanner = new CsvScanner(dialect);
    scanner.resume(from.row, from.line);
  }
  const length = text.length;
  let offset = from.offset;
  let line = from.line;
  let row = from.row;
  let size = options.resume?.window ?? FIRST_WINDOW;
  const budgetEnd = from.offset + (options.maxChars ?? Infinity);
  let stopped = false;
  const visit = (view: RowView): boolean => {
    line = lineAfter(view);
    row = view.index + 1;
    if (onRow(view) === false) {
      stopped = true;
      return false;
    }
    return true;
  };
  /** The last window held no whole row: the next one must be longer, wherever chunks end. */
  let growing = options.resume !== undefined;
  while (offset < length && !stopped) {
    // A window inside one chunk is a view on it; one across chunks is a copy: keep those short.
    const chunkEnd = text.chunkEndAt(offset);
    const end = growing ? Math.min(length, offset + size) : chunkEnd - offset >= FIRST_WINDOW ? Math.min(chunkEnd, offset + size) : Math.min(length, chunkEnd + FIRST_WINDOW, offset + size);
    const window = text.slice(offset, end);
    const consumed = scanner.scan(window, offset, end === length, visit);
    offset += consumed;
    if (end === length && !stopped) offset = length;
    growing = consumed === 0 && !stopped;
    if (growing) {
      // A row longer than the window: read on with a window twice as long (the scanner resumes the row
      // where it stopped, so reading stays linear), or stop here if the budget is spent.
      size = Math.max(size, end - offset) * 2;
      if (end >= budgetEnd) return { offset, line, row, end: false, resume: { scanner, window: size } };
    } else if (size < LONG_WINDOW) size *= 2;
  }
  return { offset, line, row, end: offset >= length };
}

/** Scans the single row starting at `start` (whose successor starts at `next`) and hands it to `visit`. */
export function readRow<T>(text: ChunkedText, dialect: Dialect, at: ScanPoint, next: number, visit: (row: RowView) => T): T {
  const scanner = new CsvScanner(dialect);
  scanner.resume(at.row, at.line);
  // One character past the row: a row ending with CR needs to see that no LF follows.
  const end = Math.min(text.length, next + 1);
  let result: T | undefined;
  let seen = false;
  scanner.scan(text.slice(at.offset, end), at.offset, end === text.length, (view) => {
    result = visit(view);
    seen = true;
    return false;
  });
  if (!seen) throw new Error(`no row at offset ${at.offset}`);
  return result as T;
}
