// The contract of Validata's custom checks (`custom_checks` in a schema): each check is compiled once
// from its parameters, then sees rows through named-column access and reports issues on cells or rows.
import type { ProblemCode } from '../../problems/catalog';
import type { ProblemParams, Severity } from '../../problems/problem';
import type { TableSchema } from '../../schema/tableSchema';

/** A data row seen by name. `value` is undefined when the column is absent from the file. */
export interface RowAccess {
  /** 1-based physical row number (header = 1). */
  rowNumber: number;
  value(fieldName: string): string | undefined;
  /** True when the value is empty or one of the schema's missingValues. */
  isMissing(fieldName: string): boolean;
}

export interface CustomIssue {
  /** A declared problem code, e.g. `french-siret-value`. */
  code: ProblemCode;
  /** Cell to underline; undefined underlines the whole row. */
  fieldName?: string;
  params: ProblemParams;
  /** Overrides the code's default severity (e.g. an `opening_hours` value that parses with warnings). */
  severity?: Severity;
}

/** Whether the file has a column (by field name, or by label for a column the schema does not know). */
export type ColumnInFile = (fieldName: string) => boolean;

export interface CustomRowCheck {
  /**
   * Called once the columns are known (the header read, or a header-less file's fields), before any row.
   * What it reports is about the header: a multi-column check whose columns the file has only some of.
   */
  start?(hasColumn: ColumnInFile, report: (issue: CustomIssue) => void): void;
  checkRow(row: RowAccess, report: (issue: CustomIssue) => void): void;
  /** For checks that need the whole table before judging; `rowNumber: 1` designates the header row. */
  finish?(report: (issue: CustomIssue & { rowNumber: number }) => void): void;
}

/** Builds a check from its descriptor's params; throws a CustomCheckParamsError when they are unusable. */
export type CustomCheckFactory = (params: Record<string, unknown>, schema: TableSchema) => CustomRowCheck;

/**
 * What is wrong with a custom check's params, as data (phrased in French and English at the edge): a
 * required parameter missing, a value that is not a column name or a list of them, latitude without
 * longitude, an unknown operator. `given` is the JSON of the value found.
 */
export interface CustomCheckParamsFault {
  kind: 'missing' | 'not-a-column' | 'not-a-column-list' | 'lat-lon-pair' | 'operator';
  param?: string;
  given?: string;
  allowed?: string[];
}

export class CustomCheckParamsError extends Error {
  constructor(
    readonly fault: CustomCheckParamsFault,
    checkName = '',
  ) {
    // The message is for logs and stack traces; users read the fault, phrased by the catalogs.
    super(`${checkName ? `${checkName}: ` : ''}${fault.kind}${fault.param ? ` "${fault.param}"` : ''}${fault.given ? ` (got ${fault.given})` : ''}`);
  }
}
