// The validation pipeline: text → rows → problems, for a whole text (editor) or a stream of chunks (CLI).
import { StructureChecker, makeProblem } from './checks/structure';
import type { CheckContext, RowChecker } from './checks/rowChecker';
import { compareProblems, type Problem } from './problems';
import { findMojibake, looksBinaryText, type DecodedText } from './table/decode';
import { sniffDialect, type Dialect } from './table/dialect';
import { positionInText, rangeFrom } from './table/positions';
import { RowIndex } from './table/rowIndex';
import { CsvScanner, type RowView } from './table/scanner';

export interface ValidateOptions {
  /** Parts of the dialect known for sure (from a sidecar); the rest is sniffed. */
  dialect?: Partial<Dialect>;
  /** Checks beyond the structural ones (schema fields, table constraints…), fed the same rows. */
  checkers?: RowChecker[];
  /** How the bytes were decoded (the CLI knows; the editor gets text and looks for mojibake instead). */
  decoded?: Omit<DecodedText, 'text'>;
  /** Keep where each row starts (editor: hovers, completions and fixes find cells by position). */
  indexRows?: boolean;
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
  readonly rowIndex?: RowIndex;

  constructor(readonly dialect: Dialect, checkers: RowChecker[] = [], indexRows = false, detachStrings = false) {
    this.checkers = checkers;
    if (indexRows) this.rowIndex = new RowIndex();
    const problems = this.problems;
    const report = detachStrings ? (problem: Problem) => problems.push(detachProblemStrings(problem)) : (problem: Problem) => problems.push(problem);
    this.context = { dialect, labels: [], report };
  }

  get rowCount(): number {
    return this.dataRows;
  }

  readonly onRow = (row: RowView): void => {
    this.rowIndex?.add(row.base + row.start, row.line);
    if (!this.sawHeader && this.dialect.header) {
      this.sawHeader = true;
      const labels: string[] = [];
      for (let cell = 0; cell < row.cellCount; cell++) labels.push(row.value(cell));
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
  };

  finish(): Problem[] {
    this.structure.finish(this.context);
    for (const checker of this.checkers) checker.finish?.(this.context);
    if (this.sawHeader && this.dataRows === 0) {
      this.problems.push(makeProblem('header-only', { start: zero(), end: zero() }));
    }
    return this.problems.sort(compareProblems);
  }
}

/** V8 keeps slices of at least this many characters as views into their parent string. */
const SLICED_STRING_MIN_LENGTH = 13;

/**
 * Copies the long strings of a problem's parameters (cell values are slices of the chunk they were read
 * from): when streaming, a kept slice would pin its whole 1 MB chunk in memory for every reported cell.
 */
function detachProblemStrings(problem: Problem): Problem {
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
    const at = positionInText(text, decoded.firstNonUtf8Offset ?? 0);
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
