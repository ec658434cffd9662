// The geography checks of a table without a schema: the columns are suggested by their labels and
// confirmed by their values over the first non-blank rows (a `code` column of 5-digit numbers is not a
// commune code unless most of them are in the COG), then every row is checked as with a schema. The first
// rows are kept until the sample is complete, then checked, and the others as they come.
import type { SourceRange } from '../../problems/problem';
import { makeProblem } from '../../problems/makeProblem';
import { bundledCog } from '../../values/cog/cog';
import { cellRange } from '../../table/positions';
import type { RowView } from '../../table/scanner';
import { SAMPLE_ROWS } from '../../geo/rowCoordinates';
import type { CheckContext } from '../rowChecker';
import { SampleFirstChecker, type SampledRow } from '../sampledRows';
import { geographyColumns, hasGeography, type GeographyColumns } from './geographyColumns';
import { GeographyRowCheck, type GeographyIssue } from './geographyRowCheck';

/** Share of a column's non-empty sampled values that must have the shape of its role. */
const SHAPE_SHARE = 0.8;
/** Share of a commune code column's non-empty sampled values that must be codes the COG knows (any kind). */
const KNOWN_SHARE = 0.5;

/** The roles the labels suggest, kept only where the sampled values bear them out. */
export function confirmedGeographyColumns(labels: readonly string[], rows: readonly (readonly string[])[]): GeographyColumns {
  const suggested = geographyColumns(labels.map((label) => ({ label })));
  const values = (column: number) => rows.map((row) => (row[column] ?? '').trim()).filter((value) => value !== '');
  const confirmed: GeographyColumns = { ...suggested, uai: suggested.uai.filter((column) => share(values(column), (value) => /^\d{7}[A-Za-z]$/.test(value)) >= SHAPE_SHARE) };
  if (suggested.communeCode !== undefined) {
    const codes = values(suggested.communeCode);
    // A code column still empty is kept: its cells can only be filled, and only where the row's name and
    // postcode designate one commune.
    if (codes.length === 0) return confirmed;
    const shaped = share(codes, (value) => /^(\d{4,5}|2[ABab]\d{3})$/.test(value));
    // The COG is read only for a column whose name and shape already say "commune code".
    const known = shaped >= SHAPE_SHARE ? share(codes, (value) => bundledCog().entries(value.toUpperCase()).length > 0) : 0;
    if (known < KNOWN_SHARE) delete confirmed.communeCode;
  }
  return confirmed;
}

function share(values: readonly string[], test: (value: string) => boolean): number {
  if (values.length === 0) return 0;
  let count = 0;
  for (const value of values) if (test(value)) count++;
  return count / values.length;
}

export class DetectedGeographyChecker extends SampleFirstChecker {
  private check: GeographyRowCheck | null = null;
  private labels: readonly string[] = [];

  /** `dataYear`: the year the table's data end, when its sidecar says (see GeographyCheckOptions). */
  constructor(private readonly dataYear?: number) {
    super(SAMPLE_ROWS);
  }

  protected checkRow(row: RowView, context: CheckContext): void {
    this.check?.checkRow(
      (column) => (column < row.readableCells ? row.value(column) : undefined),
      (issue) => context.report(this.problem(issue, row.index + 1, cellRange(row, issue.column))),
    );
  }

  protected decide(sample: readonly SampledRow[], context: CheckContext): void {
    // Without a header, columns have no names to suggest a role: nothing is checked.
    if (!context.dialect.header) return;
    this.labels = [...context.labels];
    const columns = confirmedGeographyColumns(this.labels, sample.map((row) => row.cells));
    if (!hasGeography(columns)) return;
    this.check = new GeographyRowCheck(columns, { columnNames: this.labels, ...(this.dataYear !== undefined ? { dataYear: this.dataYear } : {}) });
    for (const row of sample) {
      this.check.checkRow(
        (column) => row.cells[column],
        (issue) => context.report(this.problem(issue, row.rowNumber, row.range(issue.column))),
      );
    }
  }

  private problem(issue: GeographyIssue, rowNumber: number, range: SourceRange) {
    return makeProblem(issue.code, range, issue.params, {
      ...(issue.severity ? { severity: issue.severity } : {}),
      rowNumber,
      fieldNumber: issue.column + 1,
      fieldName: this.labels[issue.column] ?? String(issue.column + 1),
    });
  }
}
