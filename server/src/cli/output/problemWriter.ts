// Turns a file's problems, as its rows are read, into the lines of the reports written as they go (text,
// github): buffers problems a batch of rows at a time, sorts them, and hands on the lines that no problem
// still to come can precede. Counts every problem on the way, so that none has to be kept.
import { compareProblems, type Problem, type Severity } from '../../engine/problems/problem';
import type { Dialect } from '../../engine/table/dialect';
import type { ProblemSink } from '../../engine/validate';
import { touchesChangedLines, type ChangedLines } from '../changedLines';
import type { FileReport } from '../checkFile';
import type { ProblemLines } from '../reporters/context';
import { addSeverity, emptyCounts, isFileLevel, usableChangedLines, type FileResult, type SeverityCounts } from '../results';
import { hasRowNumbers, rowNumberPlaceholder } from '../split/rowNumbers';
import { keyOf, type LineKeys, type OutputEvent } from './events';

/** Problems buffered before a batch is sorted and written; characters of lines sent at once (tests make them small). */
export const writerTuning = { batch: 512, pieceChars: 32 * 1024 };

/** The severities problems found at the end of a file may have ('any': not known in advance). */
export type LateSeverities = ReadonlySet<Severity> | 'any';

export interface ProblemWriterOptions {
  /** Per output: its lines when the report is written as the file is read, else null. */
  outputs: ReadonlyArray<ProblemLines | null>;
  emit(event: OutputEvent): void;
  /** --changed-only: the problems on other lines are counted apart, not listed. */
  changed?: ChangedLines;
  /**
   * The part of a file after a split point, checked on another thread: no head nor tail (the first part
   * writes them), row numbers as placeholders with this tag, lines held (keyed) as the first part says.
   */
  part?: { rowNumberTag: string; hold: boolean[] };
}

class Piece {
  lines: string[] = [];
  chars = 0;
  keys: LineKeys | undefined;
  rowNumbers = false;
}

export class ProblemWriter implements ProblemSink {
  /** Counts of the problems reported (all, or with --changed-only those on changed lines). */
  readonly counts: SeverityCounts = emptyCounts();
  /** With --changed-only, counts of the problems on unchanged lines. */
  readonly elsewhere: SeverityCounts = emptyCounts();
  /** Problems that came after problems they precede had been written (none is expected). */
  outOfOrder = 0;
  /** Problems of this code seen (a custom check that crashed reports one). */
  customCheckFailures = 0;
  private pending: Problem[] = [];
  /** The rows before this offset are done. */
  private frontier = 0;
  /** Problems before this offset have been written. */
  private written = 0;
  private begun = false;
  private hold: boolean[] = [];
  private readonly pieces: Array<Piece | null>;
  /** Problems to place among the held lines at the end (out of order, then found at the end). */
  private readonly late: Problem[] = [];
  private changed: ChangedLines | undefined;

  constructor(private readonly options: ProblemWriterOptions) {
    this.pieces = options.outputs.map((lines) => (lines ? new Piece() : null));
    this.changed = options.changed;
  }

  get started(): boolean {
    return this.begun;
  }

  /** The changed lines as the report shows them (see usableChangedLines), once the dialect is known. */
  get changedLines(): ChangedLines | undefined {
    return this.changed;
  }

  add(problem: Problem): void {
    if (problem.code === 'custom-check-unsupported') this.customCheckFailures++;
    if (!this.select(problem)) return;
    if (this.begun && problem.range.start.offset < this.written) {
      this.outOfOrder++;
      if (this.hold.some(Boolean)) {
        // Its place among the lines written is found at the end, like a problem found at the end.
        this.late.push(problem);
        return;
      }
    }
    this.pending.push(problem);
  }

  rowsDone(offset: number): void {
    this.frontier = offset;
    if (this.pending.length >= writerTuning.batch && this.begun) this.flush(false);
  }

  /**
   * The report of the file begins: rows are being read (or the file turned out empty or binary). `late`:
   * the severities of problems found at the end; a report that lists one holds its lines until then.
   */
  begin(schema: FileReport['schema'], dialect: Dialect, late: LateSeverities): void {
    if (this.begun) return;
    this.begun = true;
    this.changed = usableChangedLines(this.options.changed, dialect);
    const part = this.options.part;
    const holds = part ? part.hold : this.holdsFor(late);
    this.options.outputs.forEach((lines, output) => {
      if (!lines) return;
      this.hold[output] = holds[output];
      if (!part) this.options.emit({ kind: 'head', output, text: lines.head(schema), hold: holds[output] });
    });
  }

  /** Per output: whether it would hold its lines until the end, given the severities of late problems. */
  holdsFor(late: LateSeverities): boolean[] {
    return this.options.outputs.map((lines) => lines !== null && (late === 'any' || [...late].some((severity) => lines.listed.has(severity))));
  }

  /** Whether an output holds its lines until the end. */
  holds(output: number): boolean {
    return this.hold[output] ?? false;
  }

  /** Writes the problems of every row done so far and sends the lines (a part of the file ends here). */
  flushRows(): void {
    this.flush(false);
    this.options.outputs.forEach((lines, output) => {
      if (lines) this.send(output);
    });
  }

  /** Writes every problem left (the rows are all read), then places `late` (found at the end). */
  finish(late: readonly Problem[]): void {
    this.flush(true);
    for (const problem of late) if (this.select(problem)) this.late.push(problem);
    this.options.outputs.forEach((lines, output) => {
      if (!lines) return;
      if (this.hold[output]) {
        this.send(output);
        for (const problem of this.late) {
          const text = lines.line(problem);
          if (text !== undefined) this.options.emit({ kind: 'late', output, text, key: keyOf(problem) });
        }
      } else {
        // Not expected to list any (see begin): written last rather than lost.
        for (const problem of this.late) this.append(output, lines, problem);
        this.send(output);
      }
    });
    this.late.length = 0;
  }

  /** The report of the file ends with its summary. */
  end(result: FileResult): void {
    if (this.options.part) return;
    this.options.outputs.forEach((lines, output) => {
      if (lines) this.options.emit({ kind: 'tail', output, text: lines.tail(result) });
    });
  }

  private select(problem: Problem): boolean {
    const changed = this.changed;
    if (changed === undefined || changed === 'all') {
      addSeverity(this.counts, problem.severity);
      return true;
    }
    // Ranges are 0-based; git's lines are 1-based.
    if (changed.length > 0 && (isFileLevel(problem) || touchesChangedLines(changed, problem.range.start.line + 1, problem.range.end.line + 1))) {
      addSeverity(this.counts, problem.severity);
      return true;
    }
    addSeverity(this.elsewhere, problem.severity);
    return false;
  }

  private flush(all: boolean): void {
    const pending = this.pending;
    if (pending.length === 0) {
      if (all) this.written = Infinity;
      return;
    }
    pending.sort(compareProblems);
    const frontier = all ? Infinity : this.frontier;
    let ready = 0;
    while (ready < pending.length && pending[ready].range.start.offset < frontier) ready++;
    if (ready === 0) return;
    const outputs = this.options.outputs;
    for (let output = 0; output < outputs.length; output++) {
      const lines = outputs[output];
      if (!lines) continue;
      for (let i = 0; i < ready; i++) this.append(output, lines, pending[i]);
      if ((this.pieces[output] as Piece).chars >= writerTuning.pieceChars) this.send(output);
    }
    this.pending = ready === pending.length ? [] : pending.slice(ready);
    this.written = frontier;
  }

  private append(output: number, lines: ProblemLines, problem: Problem): void {
    const part = this.options.part;
    if (!lines.listed.has(problem.severity)) return;
    const shown = part && problem.rowNumber !== undefined ? withRowNumberPlaceholder(problem, part.rowNumberTag) : problem;
    const text = lines.line(shown);
    if (text === undefined) return;
    const piece = this.pieces[output] as Piece;
    piece.lines.push(text);
    piece.chars += text.length + 1;
    if (part && !piece.rowNumbers && hasRowNumbers(text, part.rowNumberTag)) piece.rowNumbers = true;
    if (this.hold[output]) {
      const keys = (piece.keys ??= { offsets: [], ranks: [], codes: [], lengths: [] });
      const key = keyOf(problem);
      keys.offsets.push(key.offset);
      keys.ranks.push(key.rank);
      keys.codes.push(key.code);
      keys.lengths.push(text.length);
    }
  }

  private send(output: number): void {
    const piece = this.pieces[output];
    if (!piece || piece.lines.length === 0) return;
    this.options.emit({ kind: 'lines', output, text: piece.lines.join('\n'), keys: piece.keys, rowNumbers: piece.rowNumbers || undefined });
    this.pieces[output] = new Piece();
  }
}

/** A copy of the problem whose row number renders as a placeholder (messages that name their row). */
function withRowNumberPlaceholder(problem: Problem, tag: string): Problem {
  // The message templates render the row number as text: a string in its place renders as is.
  return { ...problem, rowNumber: rowNumberPlaceholder(tag, problem.rowNumber as number) as unknown as number };
}
