// Cell presence as Validata's multi-column checks see it: a column absent from the file, an empty cell
// and a schema missingValue all count as "no value".
import type { RowAccess } from './types';

export function hasValue(row: RowAccess, column: string): boolean {
  return row.value(column) !== undefined && !row.isMissing(column);
}

/** The columns of `columns` that the file does not have (judged on the first row seen). */
export function absentColumns(row: RowAccess, columns: readonly string[]): string[] {
  return columns.filter((column) => row.value(column) === undefined);
}
