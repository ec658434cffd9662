// Where each row starts: built during validation (one int per row), it lets hovers, completions and
// fixes find the row and cell at a position by re-scanning one row instead of the whole text.
import { lastAtOrBefore } from '../text/sortedSearch';
import type { Dialect } from './dialect';
import { CsvScanner, type RowView } from './scanner';

export class RowIndex {
  private starts = new Int32Array(1024);
  private lines = new Int32Array(1024);
  count = 0;

  add(start: number, line: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      starts.set(this.starts);
      this.starts = starts;
      const lines = new Int32Array(this.count * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.starts[this.count] = start;
    this.lines[this.count] = line;
    this.count++;
  }

  startOf(row: number): number {
    return this.starts[row];
  }

  lineOf(row: number): number {
    return this.lines[row];
  }

  /** The row whose span contains the offset (the last row starting at or before it). */
  rowAtOffset(offset: number): number {
    return lastAtOrBefore(this.starts, offset, this.count);
  }

  /** The row containing a 0-based line (rows may span lines inside quoted cells). */
  rowAtLine(line: number): number {
    return lastAtOrBefore(this.lines, line, this.count);
  }
}

export interface CellAt {
  /** 0-based physical row (0 = header). */
  row: number;
  /** 0-based cell, or the cell count when the offset is past the last delimiter of a short row. */
  cell: number;
  value: string;
  start: number;
  end: number;
}

/** Re-scans one row to find the cell at an offset. The RowView handed to `visit` is valid during the call only. */
export function scanRowAt<T>(text: string, dialect: Dialect, index: RowIndex, row: number, visit: (view: RowView) => T): T | undefined {
  if (row < 0 || row >= index.count) return undefined;
  const scanner = new CsvScanner(dialect);
  scanner.resume(row, index.lineOf(row));
  let result: T | undefined;
  scanner.scan(text, 0, true, (view) => {
    result = visit(view);
    return false;
  }, index.startOf(row));
  return result;
}

export function cellAtOffset(text: string, dialect: Dialect, index: RowIndex, offset: number): CellAt | undefined {
  const row = index.rowAtOffset(offset);
  return scanRowAt(text, dialect, index, row, (view) => {
    for (let cell = 0; cell < view.cellCount; cell++) {
      const next = cell + 1 < view.cellCount ? view.cellStart[cell + 1] : Infinity;
      // A position on a delimiter belongs to the cell before it (as when typing at its end).
      if (offset >= view.cellStart[cell] && (offset <= view.cellEnd[cell] || offset < next - 1)) {
        return { row, cell, value: view.value(cell), start: view.cellStart[cell], end: view.cellEnd[cell] };
      }
    }
    return undefined;
  });
}
