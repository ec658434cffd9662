// Materializes a whole table (rows of cells with values and offsets): for tests, small files and fixes.
// Validation does not use it: it streams rows through the scanner without keeping them.
import { sniffDialect, type Dialect } from './dialect';
import { CsvScanner, type QuoteIssue } from './scanner';

export interface Cell {
  /** Decoded value. */
  value: string;
  /** Offsets in the text: text.slice(start, end) is the cell exactly as written. */
  start: number;
  end: number;
}

export interface Row {
  index: number;
  start: number;
  end: number;
  line: number;
  cells: Cell[];
  issues: QuoteIssue[];
}

export interface Table {
  dialect: Dialect;
  rows: Row[];
}

export function readTable(text: string, dialect: Partial<Dialect> = {}): Table {
  const full = sniffDialect(text, dialect);
  const rows: Row[] = [];
  new CsvScanner(full).scan(text, 0, true, (view) => {
    const cells: Cell[] = [];
    for (let i = 0; i < view.cellCount; i++) cells.push({ value: view.value(i), start: view.cellStart[i], end: view.cellEnd[i] });
    rows.push({ index: view.index, start: view.start, end: view.end, line: view.line, cells, issues: [...view.issues] });
  });
  return { dialect: full, rows };
}
