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

/**
 * Past this many characters, a row still inside quotes is followed by looking for its closing quote in
 * the chunks (nothing copied) instead of copying ever longer windows: a quote typed at the top of a
 * 250 MB document without quotes makes the rest of it one cell, which is then never copied at all.
 */
export const LONG_ROW = 1 << 20;
/** Characters a step reads at most inside one row before handing back (a few tens of milliseconds). */
export const STEP_CHARS = 4 << 20;
/** Characters searched for a closing quote per call before handing back (a few milliseconds). */
const SEARCH_CHARS = 64 << 20;

/** Where a scan stopped, and how to go on with it. */
export interface ScanEnd extends ScanPoint {
  /** The text ended. */
  end: boolean;
  /**
   * Stopped inside a row longer than the character budget: `offset` is that row's start, and `resume`
   * continues reading it where it stopped (valid while the text does not change).
   */
  resume?: ScanResume;
}

export interface ScanResume {
  scanner: CsvScanner;
  window: number;
  /** A long row's closing quote was searched up to this offset (absolute): the search goes on there. */
  searched?: number;
}

export interface ScanOptions {
  /** Characters read inside one row before handing back with `resume`. */
  maxChars?: number;
  resume?: ScanResume;
  /** Length from which a row inside quotes is followed by searching for its closing quote (tests lower it). */
  longRow?: number;
  /** Length of the first window (tests lower it, to meet rows longer than a window in small texts). */
  firstWindow?: number;
}

/**
 * Scans rows from `from` until `onRow` returns false or the text ends; returns where it stopped (and
 * whether that is the end of the text). A row longer than `maxChars` stops the scan with a `resume`
 * handle, so that one huge row (an unclosed quote) is read over several calls. The RowView is valid
 * during the call only. A row whose quote is never closed, once longer than `longRow`, is handed over
 * with only its start in `text` (its last cell runs to the end of the document and is not readable:
 * `RowView.readableCells`).
 */
export function scanRows(text: ChunkedText, dialect: Dialect, from: ScanPoint, onRow: (row: RowView) => boolean | void, options: ScanOptions = {}): ScanEnd {
  let scanner = options.resume?.scanner;
  if (!scanner) {
    scanner = new CsvScanner(dialect);
    scanner.resume(from.row, from.line);
  }
  const length = text.length;
  const longRow = options.longRow ?? LONG_ROW;
  let offset = from.offset;
  let line = from.line;
  let row = from.row;
  const firstWindow = options.firstWindow ?? FIRST_WINDOW;
  let size = options.resume?.window ?? firstWindow;
  let searched = options.resume?.searched;
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
  /**
   * Where the last window ended: the scanner resumes a row cut by it only from a text reaching at least
   * as far (a shorter window, inside a chunk, would hand it back a row it had read further).
   */
  let scannedTo = 0;
  while (offset < length && !stopped) {
    if (searched === undefined) {
      // A window inside one chunk is a view on it; one across chunks is a copy: keep those short.
      const chunkEnd = text.chunkEndAt(offset);
      let end = growing ? Math.min(length, offset + size) : chunkEnd - offset >= firstWindow ? Math.min(chunkEnd, offset + size) : Math.min(length, chunkEnd + firstWindow, offset + size);
      if (end < scannedTo) end = scannedTo;
      scannedTo = end;
      const window = text.slice(offset, end);
      const consumed = scanner.scan(window, offset, end === length, visit);
      offset += consumed;
      if (end === length && !stopped) offset = length;
      growing = consumed === 0 && !stopped;
      if (!growing) {
        if (size < LONG_WINDOW) size *= 2;
        continue;
      }
      // A row longer than the window: read on with a window twice as long (the scanner resumes the row
      // where it stopped, so reading stays linear), or stop here if the budget is spent. A long row
      // inside quotes is followed instead by searching for its closing quote.
      size = Math.max(size, end - offset) * 2;
      const quoted = end - offset >= longRow ? scanner.pendingQuoteSearch() : -1;
      if (quoted < 0) {
        if (end >= budgetEnd) return { offset, line, row, end: false, resume: { scanner, window: size } };
        continue;
      }
      searched = quoted;
    }
    // Look for the quote that closes the long row's last cell, a budget of characters at a time.
    const limit = Math.min(length, searched + SEARCH_CHARS);
    const quote = text.indexOf(dialect.quoteChar, searched, limit);
    if (quote === -1 && limit < length) return { offset, line, row, end: false, resume: { scanner, window: size, searched: limit } };
    if (quote === -1) {
      // None up to the end of the text: the row ends there, its last cell unclosed.
      const endLine = text.lineOf(length);
      scanner.finishUnclosed(length, endLine, text.lineStart(endLine), visit);
      offset = length;
      break;
    }
    // A quote closes the cell (or starts a doubled one): the next call's window reaches past it.
    return { offset, line, row, end: false, resume: { scanner, window: Math.max(size, quote - offset + firstWindow) } };
  }
  return { offset, line, row, end: offset >= length };
}

/**
 * Scans the single row starting at `at` (whose successor starts at `next`) and hands it to `visit`: as
 * `scanRows` reads it (a long row whose quote is never closed is not copied).
 */
export function readRow<T>(text: ChunkedText, dialect: Dialect, at: ScanPoint, next: number, visit: (row: RowView) => T, options: Pick<ScanOptions, 'longRow' | 'firstWindow'> = {}): T {
  if (next - at.offset < (options.longRow ?? LONG_ROW)) {
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
  let result: T | undefined;
  let seen = false;
  let resume: ScanResume | undefined;
  do {
    resume = scanRows(text, dialect, at, (view) => {
      result = visit(view);
      seen = true;
      return false;
    }, { ...options, resume }).resume;
  } while (resume && !seen);
  if (!seen) throw new Error(`no row at offset ${at.offset}`);
  return result as T;
}
