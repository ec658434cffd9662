// Structural checks: header labels, row shape, blank rows, quoting mistakes and line endings.
import { defaultSeverity } from '../problemCodes';
import type { Problem, ProblemParams, Severity, SourceRange } from '../problems';
import { cellRange, positionInRow, rangeFrom, rowEndRange, rowRange } from '../table/positions';
import { Terminator, type RowView } from '../table/scanner';
import type { CheckContext, RowChecker } from './rowChecker';

const terminatorNames: Record<number, string> = { [Terminator.LF]: 'LF', [Terminator.CRLF]: 'CRLF', [Terminator.CR]: 'CR' };

export function makeProblem(code: string, range: SourceRange, params: ProblemParams = {}, extra: Partial<Problem> = {}): Problem {
  return { code, severity: extra.severity ?? defaultSeverity(code), range, params, ...extra };
}

export class StructureChecker implements RowChecker {
  private headerCount = 0;
  private readonly terminatorCounts = [0, 0, 0, 0];
  private readonly firstRowWithTerminator: (number | undefined)[] = [];
  private readonly firstRangeWithTerminator: (SourceRange | undefined)[] = [];

  header(row: RowView, context: CheckContext): void {
    this.headerCount = row.cellCount;
    this.quoteIssues(row, context);
    this.countTerminator(row);
    const seen = new Map<string, number>();
    for (let cell = 0; cell < row.cellCount; cell++) {
      const label = row.value(cell);
      const fieldNumber = cell + 1;
      const range = cellRange(row, cell);
      if (label.trim() === '') {
        context.report(makeProblem('blank-label', range, {}, { rowNumber: 1, fieldNumber }));
        continue;
      }
      if (label !== label.trim()) {
        context.report(makeProblem('label-whitespace', range, { label, trimmed: label.trim() }, { rowNumber: 1, fieldNumber, fieldName: label }));
      }
      const first = seen.get(label);
      if (first !== undefined) {
        context.report(makeProblem('duplicate-label', range, { label, firstFieldNumber: first }, { rowNumber: 1, fieldNumber, fieldName: label }));
      } else seen.set(label, fieldNumber);
    }
  }

  row(row: RowView, context: CheckContext): void {
    this.quoteIssues(row, context);
    this.countTerminator(row);
    const rowNumber = row.index + 1;
    const expected = context.dialect.header ? this.headerCount : row.cellCount;
    if (row.cellCount > expected) {
      for (let cell = expected; cell < row.cellCount; cell++) {
        context.report(
          makeProblem('extra-cell', cellRange(row, cell), { cellCount: row.cellCount, headerCount: expected }, { rowNumber, fieldNumber: cell + 1 }),
        );
      }
    } else if (row.cellCount < expected) {
      const fieldNumber = row.cellCount + 1;
      context.report(
        makeProblem(
          'missing-cell',
          rowEndRange(row),
          { cellCount: row.cellCount, headerCount: expected, missingCount: expected - row.cellCount },
          { rowNumber, fieldNumber, fieldName: context.labels[row.cellCount] ?? String(fieldNumber) },
        ),
      );
    }
  }

  /** Reported by the pipeline for rows whose cells are all empty. */
  blankRow(row: RowView, context: CheckContext): void {
    // A lone quote at the end of the file reads as an empty cell: the row is blank and the quote unclosed.
    this.quoteIssues(row, context);
    this.countTerminator(row);
    context.report(makeProblem('blank-row', rowRange(row), {}, { rowNumber: row.index + 1 }));
  }

  finish(context: CheckContext): void {
    const used = [Terminator.LF, Terminator.CRLF, Terminator.CR].filter((t) => this.terminatorCounts[t] > 0);
    if (used.length < 2) return;
    used.sort((a, b) => this.terminatorCounts[b] - this.terminatorCounts[a]);
    const [majority, minority] = used;
    const range = this.firstRangeWithTerminator[minority];
    if (!range) return;
    context.report(
      makeProblem(
        'mixed-line-endings',
        range,
        {
          majority: terminatorNames[majority],
          minority: terminatorNames[minority],
          majorityCount: this.terminatorCounts[majority],
          minorityCount: used.slice(1).reduce((sum, t) => sum + this.terminatorCounts[t], 0),
        },
        { rowNumber: this.firstRowWithTerminator[minority] },
      ),
    );
  }

  private countTerminator(row: RowView): void {
    const terminator = row.terminator;
    if (terminator === Terminator.None) return;
    if (this.terminatorCounts[terminator]++ === 0) {
      this.firstRowWithTerminator[terminator] = row.index + 1;
      // The range covers the terminator itself, so it ends at the start of the next line.
      const start = rowEndRange(row).start;
      const length = terminator === Terminator.CRLF ? 2 : 1;
      this.firstRangeWithTerminator[terminator] = { start, end: { offset: start.offset + length, line: start.line + 1, character: 0 } };
    }
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
