// The validation pipeline: text → rows → problems, for a whole text (editor) or a stream of chunks (CLI).
// The decisions are the core's (core/): which checks a row goes to, the checks on the file as a whole,
// the end of the table; this file drives them over rows read in order.
import type { RowChecker } from './checks/rowChecker';
import { StructureChecker } from './checks/structure';
import { FileChecks, type DecodedFacts } from './core/fileChecks';
import { RowRouter } from './core/rowRouter';
import { reportTableEnd } from './core/tableEnd';
import { compareProblems, type Problem } from './problems/problem';
import { detachProblemStrings } from './table/detach';
import { sniffDialect, type Dialect } from './table/dialect';
import { RowIndex } from './table/rowIndex';
import { CsvScanner, Terminator, type RowView } from './table/scanner';

export { MOJIBAKE_SCAN_CHARS } from './core/fileChecks';

export interface ValidateOptions {
  /** Parts of the dialect known for sure (from a sidecar); the rest is sniffed. */
  dialect?: Partial<Dialect>;
  /** Checks beyond the structural ones (schema fields, table constraints…), fed the same rows. */
  checkers?: RowChecker[];
  /** How the bytes were decoded (the CLI knows; the editor gets text and looks for mojibake instead). */
  decoded?: DecodedFacts;
  /** Keep where each row starts (editor: hovers, completions and fixes find cells by position). */
  indexRows?: boolean;
  /**
   * Where problems go as rows are read (the CLI writing its report while it reads); without it they are
   * collected and returned sorted at the end.
   */
  sink?: ProblemSink;
  /** Problems about the file found before reading it (the schema in force…): reported first, unless the file turns out empty or binary. */
  leading?: Problem[];
}

/**
 * Receives problems as rows are read. Rows come in order and every problem of a row lies within it, so a
 * problem located before the end of the rows done so far can be written as soon as it is known. Problems
 * about the file as a whole come first (they may lie anywhere); those found once every row is read (mixed
 * line endings, table checks) are returned by the end of the stream instead.
 */
export interface ProblemSink {
  add(problem: Problem): void;
  /** The rows before this offset (in the whole text) are done. */
  rowsDone(offset: number): void;
}

export interface ValidationReport {
  dialect: Dialect;
  labels: string[];
  /** Data rows (the header excluded). */
  rowCount: number;
  problems: Problem[];
  rowIndex?: RowIndex;
}

export interface PipelineOptions {
  /** Keep where each row starts (see ValidateOptions.indexRows). */
  indexRows?: boolean;
  /** Copy the long strings of the problems kept (a stream: they would pin the chunks they were read from). */
  detachStrings?: boolean;
  sink?: ProblemSink;
}

/** The rows of one table read in order (a whole text, or a stream of chunks), checked as they come. */
export class TablePipeline {
  /** The problems found (none with a sink: they went to it). */
  readonly problems: Problem[] = [];
  private readonly structure = new StructureChecker();
  private readonly router: RowRouter;
  private readonly checkers: RowChecker[];
  private readonly sink?: ProblemSink;
  private sawHeader = false;
  private dataRows = 0;
  private lineAfter = 0;
  readonly rowIndex?: RowIndex;

  constructor(
    readonly dialect: Dialect,
    checkers: RowChecker[] = [],
    options: PipelineOptions = {},
  ) {
    this.checkers = checkers;
    this.sink = options.sink;
    if (options.indexRows) this.rowIndex = new RowIndex();
    const problems = this.problems;
    const sink = options.sink;
    const report = sink
      ? (problem: Problem) => sink.add(problem)
      : options.detachStrings
        ? (problem: Problem) => problems.push(detachProblemStrings(problem))
        : (problem: Problem) => problems.push(problem);
    this.router = new RowRouter(dialect, checkers, report, this.structure);
  }

  get rowCount(): number {
    return this.dataRows;
  }

  /** Header labels as read. */
  get labels(): string[] {
    return this.router.labels;
  }

  get checkersInUse(): readonly RowChecker[] {
    return this.checkers;
  }

  /** Data rows too long to read (see StreamValidator): not read, but there (the file is not header-only). */
  skippedRows = 0;

  /** Adds a problem found apart from the rows (about the file as a whole). */
  report(problem: Problem): void {
    this.router.context.report(problem);
  }

  /** The line the next row starts on (after the last row read). */
  get nextLine(): number {
    return this.lineAfter;
  }

  readonly onRow = (row: RowView): void => {
    this.rowIndex?.add(row.base + row.start, row.line);
    this.lineAfter = row.cellEndLine[row.cellCount - 1] + (row.terminator === Terminator.None ? 0 : 1);
    if (this.router.route(row) === 'header') this.sawHeader = true;
    else this.dataRows++;
    const sink = this.sink;
    if (sink !== undefined) sink.rowsDone(row.base + row.next);
  };

  /** Every problem, sorted, once every row is read (a pipeline without a sink). */
  finish(): Problem[] {
    this.reportEnd(this.router.context.report);
    return this.problems.sort(compareProblems);
  }

  /** The problems found once every row is read (mixed line endings, table and custom checks), in the order found, for a pipeline with a sink. */
  finishLate(): Problem[] {
    const late: Problem[] = [];
    this.reportEnd((problem) => late.push(problem));
    return late;
  }

  private reportEnd(report: (problem: Problem) => void): void {
    const terminators = this.structure.terminators;
    reportTableEnd(this.checkers, { ...this.router.context, report }, {
      terminatorCounts: terminators.counts,
      firstWith: (terminator) => terminators.first[terminator],
      headerOnly: this.sawHeader && this.dataRows === 0 && this.skippedRows === 0,
    });
  }
}

/**
 * The problem that makes a text no table at all (another format, binary, empty): `check` stops there, and nothing is
 * inferred or derived from such a text either (the same input rules for every command). Undefined otherwise.
 */
export function notATable(text: string, decoded?: DecodedFacts): Problem | undefined {
  const file = FileChecks.of(text, decoded);
  return file.checks.stopped ? file.problems[0] : undefined;
}

/** Validates a whole text (an editor document, a small file). */
export function validateText(text: string, options: ValidateOptions = {}): ValidationReport {
  const dialect = sniffDialect(text, options.dialect);
  const file = FileChecks.of(text, options.decoded);
  if (file.checks.stopped) return { dialect, labels: [], rowCount: 0, problems: file.problems };
  const pipeline = new TablePipeline(dialect, options.checkers, { indexRows: options.indexRows });
  pipeline.problems.push(...file.problems);
  new CsvScanner(dialect).scan(text, 0, true, pipeline.onRow);
  const problems = pipeline.finish();
  return { dialect, labels: pipeline.labels, rowCount: pipeline.rowCount, problems, rowIndex: pipeline.rowIndex };
}
