// Inserts new columns into every row in one offer: each new column goes right after an anchor column (-1:
// before the first), the header gets the field names, each data row its value; rows too short to hold the
// anchor and blank rows are left alone. Quoting only where the dialect needs it.
import type { CellChange, OffsetEdit } from '../fix';
import { encodeCell } from '../../table/cellText';
import type { FixContext } from './context';

export interface NewColumn {
  /** Header label (the schema's field name). */
  name: string;
  /** 0-based column the new one follows; -1 puts it first. */
  after: number;
  /** The value of each data row, by physical row index (1 = first data row); undefined or '' for an empty cell. */
  valueAt: (rowIndex: number) => string | undefined;
}

export interface ColumnInsertion {
  edits: OffsetEdit[];
  changes: CellChange[];
  /** Data rows that received the new cells. */
  rows: number;
}

/** The edits inserting the columns (columns sharing an anchor go in the order given); undefined when a value cannot be written. */
export function insertColumns(context: FixContext, columns: readonly NewColumn[]): ColumnInsertion | undefined {
  const { dialect, table } = context;
  const shapes = table.rows();
  const anchors = [...new Set(columns.map((column) => column.after))];
  table.prefetch(anchors.filter((anchor) => anchor >= 0));
  const edits: OffsetEdit[] = [];
  const changes: CellChange[] = [];
  let rows = 0;
  for (let row = 0; row < shapes.count; row++) {
    const header = row === 0 && dialect.header;
    if (!header && shapes.blank[row] && shapes.cellCounts[row] <= 1) continue;
    let touched = false;
    for (const anchor of anchors) {
      if (anchor >= shapes.cellCounts[row]) continue;
      const cells: string[] = [];
      for (const column of columns) {
        if (column.after !== anchor) continue;
        const value = header ? column.name : (column.valueAt(row) ?? '');
        const text = encodeCell(value, dialect, context.quoteAll);
        if (text === undefined) return undefined;
        cells.push(text);
        if (value !== '') changes.push({ rowNumber: row + 1, column: column.name, before: '', after: value });
      }
      if (anchor < 0) edits.push({ start: shapes.starts[row], end: shapes.starts[row], newText: cells.join(dialect.delimiter) + dialect.delimiter });
      else {
        const at = table.column(anchor).ends[row];
        edits.push({ start: at, end: at, newText: dialect.delimiter + cells.join(dialect.delimiter) });
      }
      touched = true;
    }
    if (touched && !header) rows++;
  }
  return { edits, changes, rows };
}

/**
 * Where a missing schema field belongs: after the column of the nearest preceding field the file has
 * (-1 when none precedes it).
 */
export function anchorOfField(context: FixContext, fieldIndex: number, alsoInserted: ReadonlySet<number> = new Set()): number {
  for (let index = fieldIndex - 1; index >= 0; index--) {
    if (alsoInserted.has(index)) continue;
    const column = context.columnOfField[index];
    if (column >= 0) return column;
  }
  return -1;
}
