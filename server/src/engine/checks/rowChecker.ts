// The contract between the validation pipeline and each family of checks.
import type { Dialect } from '../table/dialect';
import type { RowView } from '../table/scanner';
import type { Problem } from '../problems/problem';

export interface CheckContext {
  dialect: Dialect;
  /** Header labels as read (values of the header row's cells); empty until the header is seen. */
  labels: string[];
  /**
   * The names of the fields a row holds when the file has no header (the schema's fields, in order):
   * rows are measured against them. Undefined without a schema: rows are then measured against the first
   * data row, as Frictionless names `field1`… from it.
   */
  fields?: readonly string[];
  report(problem: Problem): void;
}

/**
 * A family of checks fed row by row. `header` sees row 0 when the dialect has a header; `row` sees every
 * data row (not blank ones: those are reported once as blank-row); `finish` runs after the last row.
 * The RowView is reused between calls: copy what you keep.
 */
export interface RowChecker {
  /** The fields a row of a header-less file should hold (a schema's), see `CheckContext.fields`. */
  readonly fieldNames?: readonly string[];
  header?(row: RowView, context: CheckContext): void;
  row(row: RowView, context: CheckContext): void;
  finish?(context: CheckContext): void;
}
