// Cell and column presence as Validata's multi-column checks see them: a column absent from the file, an
// empty cell and a schema missingValue all count as "no value"; the columns a check names are judged once,
// from the header.
import type { ColumnInFile, RowAccess } from './types';

export function hasValue(row: RowAccess, column: string): boolean {
  return row.value(column) !== undefined && !row.isMissing(column);
}

/** The columns of `columns` that the file does not have. */
export function absentColumns(hasColumn: ColumnInFile, columns: readonly string[]): string[] {
  return columns.filter((column) => !hasColumn(column));
}

/**
 * Validata's rule for a check that compares columns (cohesive, compare, sum): when the file has none of
 * them the check is ignored; when it has only some, the check cannot run and says so (Validata: a
 * check-error, the file is invalid). Returns the absent columns in that second case, else undefined.
 */
export function partlyAbsent(hasColumn: ColumnInFile, columns: readonly string[]): string[] | undefined {
  const absent = absentColumns(hasColumn, columns);
  return absent.length > 0 && absent.length < columns.length ? absent : undefined;
}
