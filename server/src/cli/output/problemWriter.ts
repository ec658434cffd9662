// Turns a file's problems, as its rows are read, into the lines of the reports written as they go (text,
// github): buffers problems a batch of rows at a time, sorts them, and hands on the lines that no problem
// still to come can precede. Counts every problem on the way, so that none has to be kept.
import { compareProblems, type Problem } from '../../engine/problems/problem';
import type { Dialect } from '../../engine/table/dialect';
import type { ProblemSink } from '../../engine/validate';
import type { LateSeverities } from '../../engine/core/tableEnd';
import { touchesChangedLines, type ChangedLines } from '../changedLines';
import type { FileReport } from '../checkFile';
import type { ProblemLines } from '../reporters/context';
import { addSeverity, emptyCounts, isFileLevel, usableChangedLines, type FileResult, type SeverityCounts } from '../results';
import { keyOf, type LineKeys, type OutputEvent } from './events';

/** Problems buffered before a batch is sorted and written. */
const BATCH = 512;
/** Characters of lines sent at once. */
const PIECE_CHARS = 32 * 1024;


export interface ProblemWriterOptions {
  /** Per output: its lines when the report is written as the file is read, else null. */
  outputs: ReadonlyArray<ProblemLines | null>;
  emit(event: OutputEvent): void;
  /** --changed-only: the problems on other lines are counted apart, not listed. */
  changed?: ChangedLines;
  /** Problems buffered before a batch is sorted and written, characters of lines sent at once (tests make them small). */
  batch?: number;
  pieceChars?: number;
}

class Piece {
  lines: string[] = [];
  chars = 0;
  keys: LineKeys | undefined;
}

export class ProblemWriter implements ProblemSink {
  /** Counts of the problems reported (all, or with --changed-only those on changed lines). */
  readonly counts: SeverityCounts = emptyCounts();
  /** With --changed-only, counts of the problems on unchanged lines. */
  readonly elsewhere: SeverityCounts = emptyCounts();
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
  private readonly batch: number;
  private readonly pieceChars: number;

  constructor(private readonly options: ProblemWriterOptions) {
    this.pieces = options.outputs.map((lines) => (lines ? new Piece() : null));
    this.changed = options.changed;
    this.batch = options.batch ?? BATCH;
    this.pieceChars = options.pieceChars ?? PIECE_CHARS;
  }

  get started(): boolean {
    return this.begun;
  }

  /** The changed lines as the report shows them (see usableChangedLines), once the dialect is known. */
  get changedLines(): ChangedLines | undefined {
    return this.changed;
  }

  add(problem: Problem): void {
    if (!this.select(problem)) return;
    // A problem that precedes lines already written (none is expected): its place among them is found
    // at the end, like a problem found at the end, when they are held.
    if (this.begun && problem.range.start.offset < this.written && this.hold.some(Boolean)) {
      this.late.push(problem);
      return;
    }
    this.pending.push(problem);
  }

  rowsDone(offset: number): void {
    this.frontier = offset;
    if (this.pending.length >= this.batch && this.begun) this.flush(false);
  }

  /**
   * The report of the file begins: rows are being read (or the file turned out empty or binary). `late`:
   * the severities of problems found at the end; a report that lists one holds its lines until then.
   */
  begin(schema: FileReport['schema'], dialect: Dialect, late: LateSeverities): void {
    if (this.begun) return;
    this.begun = true;
    this.changed = usableChangedLines(this.options.changed, dialect);
    this.options.outputs.forEach((lines, output) => {
      if (!lines) return;
      // An output holds its lines until the end when it lists problems of the severities found there.
      const hold = late === 'any' || [...late].some((severity) => lines.listed.has(severity));
      this.hold[output] = hold;
      this.options.emit({ kind: 'head', output, text: lines.head(schema), hold });
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
      if ((this.pieces[output] as Piece).chars >= this.pieceChars) this.send(output);
    }
    this.pending = ready === pending.length ? [] : pending.slice(ready);
    this.written = frontier;
  }

  private append(output: number, lines: ProblemLines, problem: Problem): void {
    if (!lines.listed.has(problem.severity)) return;
    const text = lines.line(problem);
    if (text === undefined) return;
    const piece = this.pieces[output] as Piece;
    piece.lines.push(text);
    piece.chars += text.length + 1;
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
    this.options.emit({ kind: 'lines', output, text: piece.lines.join('\n'), keys: piece.keys });
    this.pieces[output] = new Piece();
  }
}
