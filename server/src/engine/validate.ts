// The validation pipeline: text → rows → problems, for a whole text (editor) or a stream of chunks (CLI).
import { StructureChecker, type TerminatorStats } from './checks/structure';
import { makeProblem } from './problems/makeProblem';
import type { CheckContext, RowChecker } from './checks/rowChecker';
import { compareProblems, type Problem, type SourcePosition } from './problems/problem';
import { findMojibake, looksBinaryText, type DecodedText } from './table/decode';
import { sniffDialect, type Dialect } from './table/dialect';
import { positionInText, rangeFrom } from './table/positions';
import { RowIndex } from './table/rowIndex';
import { CsvScanner, Terminator, type RowView } from './table/scanner';

export interface ValidateOptions {
  /** Parts of the dialect known for sure (from a sidecar); the rest is sniffed. */
  dialect?: Partial<Dialect>;
  /** Checks beyond the structural ones (schema fields, table constraints…), fed the same rows. */
  checkers?: RowChecker[];
  /**
   * How the bytes were decoded (the CLI knows; the editor gets text and looks for mojibake instead).
   * `firstNonUtf8Position`: where that offset lies, when the caller located it in the bytes (a file
   * streamed in chunks: the text at hand may not reach it).
   */
  decoded?: Omit<DecodedText, 'text'> & { firstNonUtf8Position?: SourcePosition };
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

/** What the rows after a split point held, merged at the end by the part that read the rows before it. */
export interface FollowingPart {
  /** Data rows. */
  rows: number;
  /** Rows before the split (header included): the following part numbered its rows from 1. */
  rowsBefore: number;
  /** Characters before the split: the following part's offsets start at 0 there. */
  offsetBefore: number;
  terminators: TerminatorStats;
}

export interface ValidationReport {
  dialect: Dialect;
  labels: string[];
  /** Data rows (the header excluded). */
  rowCount: number;
  problems: Problem[];
  rowIndex?: RowIndex;
}

/** How far into the text mojibake is looked for: garbling is systematic, the first screenful shows it. */
export const MOJIBAKE_SCAN_CHARS = 1 << 20;

/** Row-by-row engine shared by whole-text and streaming validation. */
export class TablePipeline {
  readonly problems: Problem[] = [];
  readonly context: CheckContext;
  private readonly structure = new StructureChecker();
  private readonly checkers: RowChecker[];
  private sawHeader = false;
  private dataRows = 0;
  private lineAfter = 0;
  readonly rowIndex?: RowIndex;

  constructor(
    readonly dialect: Dialect,
    checkers: RowChecker[] = [],
    indexRows = false,
    detachStrings = false,
    private readonly sink?: ProblemSink,
  ) {
    this.checkers = checkers;
    if (indexRows) this.rowIndex = new RowIndex();
    const problems = this.problems;
    const report = sink
      ? (problem: Problem) => sink.add(problem)
      : detachStrings
        ? (problem: Problem) => problems.push(detachProblemStrings(problem))
        : (problem: Problem) => problems.push(problem);
    // A header-less file's rows hold the schema's fields (see CheckContext.fields).
    const fields = checkers.find((checker) => checker.fieldNames !== undefined)?.fieldNames;
    this.context = fields ? { dialect, labels: [], report, fields } : { dialect, labels: [], report };
  }

  get rowCount(): number {
    return this.dataRows;
  }

  get checkersInUse(): readonly RowChecker[] {
    return this.checkers;
  }

  /** Data rows too long to read (see StreamValidator): not read, but there (the file is not header-only). */
  skippedRows = 0;

  /** Adds a problem found apart from the rows (about the file as a whole). */
  report(problem: Problem): void {
    this.context.report(problem);
  }

  /** The line the next row starts on (after the last row read). */
  get nextLine(): number {
    return this.lineAfter;
  }

  readonly onRow = (row: RowView): void => {
    this.checkRow(row);
    const sink = this.sink;
    if (sink !== undefined) sink.rowsDone(row.base + row.next);
  };

  /**
   * Reads the header row of a part of the file that starts after it (a worker checking the second half):
   * the checkers learn the columns; what the header itself holds was reported by the first part.
   */
  primeHeader(row: RowView): void {
    const report = this.context.report;
    this.context.report = () => undefined;
    try {
      this.checkRow(row);
    } finally {
      this.context.report = report;
    }
    this.structure.terminators.clear();
  }

  /** Rows counted by line break (a file checked in parts needs every part's counts for mixed-line-endings). */
  get terminators(): TerminatorStats {
    return this.structure.terminators;
  }

  private checkRow(row: RowView): void {
    this.rowIndex?.add(row.base + row.start, row.line);
    this.lineAfter = row.cellEndLine[row.cellCount - 1] + (row.terminator === Terminator.None ? 0 : 1);
    if (!this.sawHeader && this.dialect.header) {
      this.sawHeader = true;
      const labels: string[] = [];
      for (let cell = 0; cell < row.readableCells; cell++) labels.push(row.value(cell));
      this.context.labels = labels;
      this.structure.header(row, this.context);
      for (const checker of this.checkers) checker.header?.(row, this.context);
      return;
    }
    this.dataRows++;
    if (row.isBlank()) {
      this.structure.blankRow(row, this.context);
      return;
    }
    this.structure.row(row, this.context);
    for (const checker of this.checkers) checker.row(row, this.context);
  }

  finish(): Problem[] {
    this.finishChecks();
    return this.problems.sort(compareProblems);
  }

  /**
   * The problems found once every row is read (mixed line endings, table and custom checks), in the order
   * they were found, for a pipeline with a sink. With `following`, the rows after a split point were
   * checked apart: their counts join this part's.
   */
  finishLate(following?: FollowingPart): Problem[] {
    const late: Problem[] = [];
    const report = this.context.report;
    this.context.report = (problem) => late.push(problem);
    try {
      this.finishChecks(following);
    } finally {
      this.context.report = report;
    }
    return late;
  }

  private finishChecks(following?: FollowingPart): void {
    if (following) {
      this.dataRows += following.rows;
      this.structure.terminators.append(following.terminators, { rows: following.rowsBefore - 1, offset: following.offsetBefore });
    }
    this.structure.finish(this.context);
    for (const checker of this.checkers) checker.finish?.(this.context);
    if (this.sawHeader && this.dataRows === 0 && this.skippedRows === 0) {
      this.context.report(makeProblem('header-only', { start: zero(), end: zero() }));
    }
  }
}

/** V8 keeps slices of at least this many characters as views into their parent string. */
const SLICED_STRING_MIN_LENGTH = 13;

/**
 * Copies the long strings of a problem's parameters (cell values are slices of the chunk they were read
 * from): when streaming, a kept slice would pin its whole 1 MB chunk in memory for every reported cell.
 */
export function detachProblemStrings(problem: Problem): Problem {
  const params = problem.params;
  for (const key in params) {
    const value = params[key];
    if (typeof value === 'string' && value.length >= SLICED_STRING_MIN_LENGTH) params[key] = JSON.parse(JSON.stringify(value)) as string;
  }
  if (problem.fieldName !== undefined && problem.fieldName.length >= SLICED_STRING_MIN_LENGTH) {
    problem.fieldName = JSON.parse(JSON.stringify(problem.fieldName)) as string;
  }
  return problem;
}

function zero() {
  return { offset: 0, line: 0, character: 0 };
}

/** Problems about the text as a whole, found before any row is read. Returns true when reading should stop. */
export function fileLevelProblems(text: string, decoded: ValidateOptions['decoded'], problems: Problem[]): boolean {
  // Without the bytes (an editor document), look at the text itself.
  if (decoded ? decoded.binary : looksBinaryText(text)) {
    problems.push(makeProblem('binary-file', { start: zero(), end: zero() }));
    return true;
  }
  if (text.trim() === '') {
    problems.push(makeProblem('empty-file', { start: zero(), end: zero() }));
    return true;
  }
  if (decoded?.encoding && decoded.encoding !== 'utf-8') {
    const at = decoded.firstNonUtf8Position ?? positionInText(text, decoded.firstNonUtf8Offset ?? 0);
    problems.push(makeProblem('encoding-error', rangeFrom(at, 1), { encoding: decoded.encoding === 'windows-1252' ? 'Windows-1252' : decoded.encoding }));
  } else {
    const offset = findMojibake(text, MOJIBAKE_SCAN_CHARS);
    if (offset >= 0) {
      const at = positionInText(text, offset);
      problems.push(makeProblem('encoding-error', rangeFrom(at, 2), { variant: 'mojibake', sample: text.slice(offset, offset + 2) }));
    }
  }
  return false;
}

/**
 * The problem that makes a text no table at all (binary, empty): `check` stops there, and nothing is
 * inferred or derived from such a text either (the same input rules for every command). Undefined otherwise.
 */
export function notATable(text: string, decoded?: ValidateOptions['decoded']): Problem | undefined {
  const problems: Problem[] = [];
  return fileLevelProblems(text, decoded, problems) ? problems[0] : undefined;
}

/** Validates a whole text (an editor document, a small file). */
export function validateText(text: string, options: ValidateOptions = {}): ValidationReport {
  const dialect = sniffDialect(text, options.dialect);
  const early: Problem[] = [];
  if (fileLevelProblems(text, options.decoded, early)) {
    return { dialect, labels: [], rowCount: 0, problems: early };
  }
  const pipeline = new TablePipeline(dialect, options.checkers, options.indexRows);
  pipeline.problems.push(...early);
  new CsvScanner(dialect).scan(text, 0, true, pipeline.onRow);
  const problems = pipeline.finish();
  return { dialect, labels: pipeline.context.labels, rowCount: pipeline.rowCount, problems, rowIndex: pipeline.rowIndex };
}
