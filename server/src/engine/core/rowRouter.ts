// Hands each row of a table to the checks it is for, the same way for every driver (a whole text, a
// stream, an edited document, a pass of table-wide checks): the header row to `header`, a blank row to the
// structure checks alone (one blank-row problem), every other row to `row`.
import type { CheckContext, RowChecker } from '../checks/rowChecker';
import type { StructureChecker } from '../checks/structure';
import type { Problem } from '../problems/problem';
import { detach } from '../table/detach';
import type { Dialect } from '../table/dialect';
import type { RowView } from '../table/scanner';

export type RowKind = 'header' | 'blank' | 'data';

export class RowRouter {
  readonly context: CheckContext;

  /**
   * `structure`: the structural checks (row shape, blank rows, quotes, line endings), absent for a pass of
   * other checks alone. `report` receives every problem the checks find about a row.
   */
  constructor(
    dialect: Dialect,
    private readonly checkers: readonly RowChecker[],
    report: (problem: Problem) => void,
    private readonly structure?: StructureChecker,
  ) {
    // A header-less file's rows hold the schema's fields (see CheckContext.fields).
    const fields = checkers.find((checker) => checker.fieldNames !== undefined)?.fieldNames;
    this.context = fields ? { dialect, labels: [], report, fields } : { dialect, labels: [], report };
  }

  /** Header labels as read (empty until the header row is routed, and without a header). */
  get labels(): string[] {
    return this.context.labels;
  }

  /** Checks a row: row 0 is the header when the dialect has one. */
  route(row: RowView): RowKind {
    const context = this.context;
    const checkers = this.checkers;
    if (row.index === 0 && context.dialect.header) {
      const labels: string[] = [];
      // Kept for the whole table: copied out of the text.
      for (let cell = 0; cell < row.readableCells; cell++) labels.push(detach(row.value(cell)));
      context.labels = labels;
      this.structure?.header(row, context);
      for (let i = 0; i < checkers.length; i++) checkers[i].header?.(row, context);
      return 'header';
    }
    if (row.isBlank()) {
      this.structure?.blankRow(row, context);
      return 'blank';
    }
    this.structure?.row(row, context);
    for (let i = 0; i < checkers.length; i++) checkers[i].row(row, context);
    return 'data';
  }
}
