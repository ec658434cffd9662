// The table as fixers read it: the text, its dialect, and on demand the offsets and values of whole columns
// (one scan per column asked for, kept), so that a fix on a 100k-row file never materializes every cell.
import type { Dialect } from '../../table/dialect';
import { CsvScanner } from '../../table/scanner';

/** One column of every row: value and exact offsets (start = end = -1 where a row lacks the cell). */
export interface ColumnCells {
  /** By physical row index (0 = header). */
  values: (string | undefined)[];
  starts: Int32Array;
  ends: Int32Array;
}

/** The shape of every row: where it starts and ends (terminator excluded) and how many cells it has. */
export interface RowShapes {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  cellCounts: Int32Array;
  /** 1 when every cell of the row is empty (an empty line, or only delimiters). */
  blank: Uint8Array;
}

export class TableText {
  private shapes: RowShapes | undefined;
  private readonly columns = new Map<number, ColumnCells>();

  constructor(
    readonly text: string,
    readonly dialect: Dialect,
  ) {}

  rows(): RowShapes {
    if (!this.shapes) this.scan([]);
    return this.shapes as RowShapes;
  }

  column(index: number): ColumnCells {
    const known = this.columns.get(index);
    if (known) return known;
    this.scan([index]);
    return this.columns.get(index) as ColumnCells;
  }

  /** Several columns in one scan. */
  prefetch(indexes: readonly number[]): void {
    const missing = [...new Set(indexes)].filter((index) => index >= 0 && !this.columns.has(index));
    if (missing.length > 0) this.scan(missing);
  }

  /** The values of the first `count` rows (header included), every cell: a sample for guessing column roles. */
  headRows(count: number): string[][] {
    const rows: string[][] = [];
    if (count <= 0) return rows;
    new CsvScanner(this.dialect).scan(this.text, 0, true, (row) => {
      const cells: string[] = [];
      for (let i = 0; i < row.cellCount; i++) cells.push(row.value(i));
      rows.push(cells);
      return rows.length < count;
    });
    return rows;
  }

  /** True when the first rows quote every cell (a "quote all" export): new cells are then quoted too. */
  quotesEveryCell(): boolean {
    const quote = this.dialect.quoteChar;
    if (quote === '') return false;
    let all = true;
    let rows = 0;
    new CsvScanner(this.dialect).scan(this.text, 0, true, (row) => {
      for (let i = 0; i < row.cellCount; i++) if (this.text[row.cellStart[i]] !== quote) all = false;
      rows++;
      return all && rows < 2;
    });
    return all && rows > 0;
  }

  private scan(wanted: readonly number[]): void {
    const starts: number[] = [];
    const ends: number[] = [];
    const counts: number[] = [];
    const blank: number[] = [];
    const values = wanted.map(() => [] as (string | undefined)[]);
    const cellStarts = wanted.map(() => [] as number[]);
    const cellEnds = wanted.map(() => [] as number[]);
    new CsvScanner(this.dialect).scan(this.text, 0, true, (row) => {
      starts.push(row.start);
      ends.push(row.cellCount > 0 ? row.cellEnd[row.cellCount - 1] : row.start);
      counts.push(row.cellCount);
      blank.push(row.isBlank() ? 1 : 0);
      wanted.forEach((column, k) => {
        if (column < row.cellCount) {
          values[k].push(row.value(column));
          cellStarts[k].push(row.cellStart[column]);
          cellEnds[k].push(row.cellEnd[column]);
        } else {
          values[k].push(undefined);
          cellStarts[k].push(-1);
          cellEnds[k].push(-1);
        }
      });
    });
    this.shapes ??= {
      count: starts.length,
      starts: Int32Array.from(starts),
      ends: Int32Array.from(ends),
      cellCounts: Int32Array.from(counts),
      blank: Uint8Array.from(blank),
    };
    wanted.forEach((column, k) => {
      this.columns.set(column, { values: values[k], starts: Int32Array.from(cellStarts[k]), ends: Int32Array.from(cellEnds[k]) });
    });
  }
}
