// Structural checks: header labels, row shape, blank rows, quoting mistakes and line endings.
import { makeProblem } from '../problems/makeProblem';
import type { Problem, ProblemParams, Severity, SourceRange } from '../problems/problem';
import { cellRange, positionInRow, rangeFrom, rowEndRange, rowRange } from '../table/positions';
import { Terminator, type RowView } from '../table/scanner';
import type { CheckContext, RowChecker } from './rowChecker';

/** Extra cells of one row reported one by one; past them, the rest of the row is one problem. */
export const MAX_EXTRA_CELL_PROBLEMS = 100;

const terminatorNames: Record<number, string> = { [Terminator.LF]: 'LF', [Terminator.CRLF]: 'CRLF', [Terminator.CR]: 'CR' };

/** The range of a row's terminator: it covers the terminator itself, so it ends at the start of the next line. */
export function terminatorRange(row: RowView): SourceRange {
  const start = rowEndRange(row).start;
  const length = row.terminator === Terminator.CRLF ? 2 : 1;
  return { start, end: { offset: start.offset + length, line: start.line + 1, character: 0 } };
}

/**
 * The mixed-line-endings problem for rows counted by terminator (`counts[Terminator.LF]`…), or undefined
 * when they use one kind. `firstOf` gives the first row (1-based) ending with a kind, and its terminator's
 * range. (Reported at the end of the table, see core/tableEnd.ts: the counts are this checker's in a single
 * pass, the row store's in an edited table.)
 */
export function mixedLineEndingsProblem(
  counts: readonly number[],
  firstOf: (terminator: Terminator) => { rowNumber: number; range: SourceRange } | undefined,
): Problem | undefined {
  const used = [Terminator.LF, Terminator.CRLF, Terminator.CR].filter((t) => counts[t] > 0);
  if (used.length < 2) return undefined;
  used.sort((a, b) => counts[b] - counts[a]);
  const [majority, minority] = used;
  const first = firstOf(minority);
  if (!first) return undefined;
  return makeProblem(
    'mixed-line-endings',
    first.range,
    {
      majority: terminatorNames[majority],
      minority: terminatorNames[minority],
      majorityCount: counts[majority],
      minorityCount: used.slice(1).reduce((sum, t) => sum + counts[t], 0),
    },
    { rowNumber: first.rowNumber },
  );
}

/** The first row ending with a kind of line break, as the mixed-line-endings problem points at it. */
export interface FirstTerminator {
  rowNumber: number;
  range: SourceRange;
}

/** Rows counted by their line break (LF, CRLF, CR), and the first of each: what mixed-line-endings reads. */
export class TerminatorStats {
  /** Indexed by `Terminator`. */
  readonly counts = [0, 0, 0, 0];
  readonly first: (FirstTerminator | undefined)[] = [undefined, undefined, undefined, undefined];

  add(row: RowView): void {
    const terminator = row.terminator;
    if (terminator === Terminator.None) return;
    if (this.counts[terminator]++ === 0) this.first[terminator] = { rowNumber: row.index + 1, range: terminatorRange(row) };
  }
}

/** The structural checks of each row (the end of the table is core/tableEnd.ts's, from `terminators`). */
export class StructureChecker implements RowChecker {
  private headerCount = 0;
  /** Cells of the first data row: what the rows of a file without header nor schema are measured against. */
  private firstRowCount: number | undefined;
  /** Rows counted by line break, for the mixed-line-endings verdict. */
  readonly terminators = new TerminatorStats();

  header(row: RowView, context: CheckContext): void {
    this.headerCount = row.cellCount;
    this.quoteIssues(row, context);
    this.terminators.add(row);
    const seen = new Map<string, number>();
    // A label whose quote is never closed is not read (the quote issue says so).
    for (let cell = 0; cell < row.readableCells; cell++) {
      const label = row.value(cell);
      const fieldNumber = cell + 1;
      // Ranges are built only for labels that are reported (a pathological header has millions of cells).
      const trimmed = label.trim();
      if (trimmed === '') {
        context.report(makeProblem('blank-label', cellRange(row, cell), {}, { rowNumber: 1, fieldNumber }));
        continue;
      }
      if (label !== trimmed) {
        context.report(makeProblem('label-whitespace', cellRange(row, cell), { label, trimmed }, { rowNumber: 1, fieldNumber, fieldName: label }));
      }
      const first = seen.get(label);
      if (first !== undefined) {
        context.report(makeProblem('duplicate-label', cellRange(row, cell), { label, firstFieldNumber: first }, { rowNumber: 1, fieldNumber, fieldName: label }));
      } else seen.set(label, fieldNumber);
    }
  }

  row(row: RowView, context: CheckContext): void {
    this.quoteIssues(row, context);
    this.terminators.add(row);
    const rowNumber = row.index + 1;
    // Without a header, rows hold the schema's fields, or as many cells as the first data row (Frictionless
    // names them field1… from it): a row is never measured against itself.
    const header = context.dialect.header;
    const fields = header ? undefined : context.fields;
    this.firstRowCount ??= row.cellCount;
    const expected = header ? this.headerCount : (fields?.length ?? this.firstRowCount);
    // What the count comes from, for the message (a file with a header leaves it out).
    const basis: ProblemParams = header ? {} : { basis: fields ? 'schema' : 'first-row' };
    if (row.cellCount > expected) {
      // One problem per extra cell, up to a point: a file without line breaks is one row of millions of
      // cells, and millions of problems (a 21 MB line took 3.9 GB). The rest of the row is one problem.
      const each = Math.min(row.cellCount, expected + MAX_EXTRA_CELL_PROBLEMS - 1);
      for (let cell = expected; cell < each; cell++) {
        context.report(
          makeProblem('extra-cell', cellRange(row, cell), { cellCount: row.cellCount, headerCount: expected, ...basis }, { rowNumber, fieldNumber: cell + 1 }),
        );
      }
      if (each < row.cellCount) {
        const range = { start: cellRange(row, each).start, end: cellRange(row, row.cellCount - 1).end };
        context.report(
          makeProblem('extra-cell', range, { variant: 'rest', cellCount: row.cellCount, headerCount: expected, restCount: row.cellCount - each, ...basis }, { rowNumber, fieldNumber: each + 1 }),
        );
      }
    } else if (row.cellCount < expected) {
      const fieldNumber = row.cellCount + 1;
      context.report(
        makeProblem(
          'missing-cell',
          rowEndRange(row),
          { cellCount: row.cellCount, headerCount: expected, missingCount: expected - row.cellCount, ...basis },
          { rowNumber, fieldNumber, fieldName: context.labels[row.cellCount] ?? fields?.[row.cellCount] ?? String(fieldNumber) },
        ),
      );
    }
  }

  /** Reported by the pipeline for rows whose cells are all empty. */
  blankRow(row: RowView, context: CheckContext): void {
    // A lone quote at the end of the file reads as an empty cell: the row is blank and the quote unclosed.
    this.quoteIssues(row, context);
    this.terminators.add(row);
    context.report(makeProblem('blank-row', rowRange(row), {}, { rowNumber: row.index + 1 }));
  }

  private quoteIssues(row: RowView, context: CheckContext): void {
    for (const issue of row.issues) {
      const start = positionInRow(row, issue.offset);
      const severity: Severity = issue.kind === 'stray-quote' ? 'warning' : 'error';
      context.report(
        makeProblem('source-error', rangeFrom(start, 1), { variant: issue.kind }, { severity, rowNumber: row.index + 1, fieldNumber: issue.cell + 1 }),
      );
    }
  }
}
