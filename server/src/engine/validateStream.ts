// Validation of a text that arrives in chunks (the CLI streaming a big file): memory stays bounded by
// the chunk size plus the problems found (or, with a sink, plus the problems not handed on yet).
import { FileChecks } from './core/fileChecks';
import { makeProblem } from './problems/makeProblem';
import type { Problem } from './problems/problem';
import { sniffDialect, type Dialect } from './table/dialect';
import { CsvScanner, type RowView } from './table/scanner';
import { TablePipeline, type ValidateOptions, type ValidationReport } from './validate';

/** Enough text to sniff the dialect and look for mojibake before scanning starts. */
const HEAD_CHARS = 256 * 1024;
/** A leftover row up to this long is joined to the next chunk piece by piece (see `pushAfterTail`). */
const SMALL_TAIL_CHARS = 64 * 1024;
/** The first piece of a chunk joined to a leftover row; doubled until the row is complete. */
const FIRST_JOIN_CHARS = 4 * 1024;
/**
 * A data row longer than this is not read (one problem says so) and the text is skipped up to the next
 * line feed: a file whose line breaks were lost is one row of the whole file, which would be held whole
 * (a 100 MB row took 3 GB). Rows of 20 MB (huge quoted values) are still read. A header row that long ends
 * the reading: there are no columns to check the rest against.
 */
export const MAX_ROW_CHARS = 32 << 20;

/** How a stream of a sink ended: what the report needs besides the problems already handed on. */
export interface SinkStreamEnd {
  dialect: Dialect;
  labels: string[];
  rowCount: number;
  /** The problems found once every row was read, in the order they were found. */
  late: Problem[];
  /** The file was empty or binary: no row was read. */
  fatal: boolean;
}

export class StreamValidator {
  private pending = '';
  /** Characters pushed since the last scan. */
  private unscanned = 0;
  /** Absolute offset of `pending[0]` in the whole text. */
  private base = 0;
  private pipeline?: TablePipeline;
  private scanner?: CsvScanner;
  private dialect?: Dialect;
  private stopped = false;
  private readonly early: Problem[] = [];
  /** Skipping a row too long to read, up to the next line feed: where that row started (its line). */
  private skipping: { line: number; rowIndex: number } | undefined;

  constructor(private readonly options: ValidateOptions = {}) {}

  /** True once the head has been read and rows are being checked (false for an empty or binary file). */
  get started(): boolean {
    return this.pipeline !== undefined;
  }

  get checkers(): TablePipeline['checkersInUse'] {
    return this.pipeline?.checkersInUse ?? [];
  }

  /** The dialect, once sniffed. */
  get sniffed(): Dialect | undefined {
    return this.dialect;
  }

  /** Rows read so far (the header included). */
  get rowsRead(): number {
    return this.scanner?.rowsScanned ?? 0;
  }

  push(chunk: string): void {
    if (this.stopped) return;
    if (this.skipping) {
      this.skipTo(chunk);
      return;
    }
    if (this.pipeline && this.unscanned === 0 && this.pending.length <= SMALL_TAIL_CHARS) {
      this.pushAfterTail(this.pending, chunk);
      return;
    }
    this.pending += chunk;
    this.unscanned += chunk.length;
    if (!this.pipeline) {
      if (this.pending.length < HEAD_CHARS) return;
      this.start(false);
      if (this.stopped) return;
    }
    // Past the longest row read, whatever is left after a scan is one row too long: it is skipped.
    if (this.pending.length > MAX_ROW_CHARS) {
      this.scanPending(false);
      if (this.pending.length > MAX_ROW_CHARS) this.startSkipping();
      return;
    }
    // A row longer than a chunk (a huge quoted value, an unclosed quote) is scanned again only once the new
    // text is as long as the old tail: joining the tail to every chunk would copy it over and over (quadratic).
    if (this.unscanned < this.pending.length - this.unscanned) return;
    this.scanPending(false);
  }

  /** The row in `pending` is too long to read: says so, and skips it up to the next line feed. */
  private startSkipping(): void {
    const scanner = this.scanner;
    const pipeline = this.pipeline;
    if (!scanner || !pipeline) return;
    const line = pipeline.nextLine;
    const rowIndex = scanner.rowsScanned;
    const start = { offset: this.base, line, character: 0 };
    const variant = rowIndex === 0 ? 'header-too-long' : 'row-too-long';
    pipeline.report(makeProblem('source-error', { start, end: { ...start, offset: this.base + 1, character: 1 } }, { variant, limit: MAX_ROW_CHARS }, { rowNumber: rowIndex + 1 }));
    if (rowIndex === 0) {
      // A header that long (a file without line breaks) names no columns to check the rest against: stop.
      this.pending = '';
      this.stopped = true;
      return;
    }
    this.skipping = { line, rowIndex };
    pipeline.skippedRows++;
    const rest = this.pending;
    this.pending = '';
    this.unscanned = 0;
    this.skipTo(rest);
  }

  /** Drops text up to and including the next line feed; the rows after it are read as usual. */
  private skipTo(text: string): void {
    const skipping = this.skipping;
    if (!skipping) return;
    const lf = text.indexOf('\n');
    if (lf < 0) {
      this.base += text.length;
      return;
    }
    this.base += lf + 1;
    this.skipping = undefined;
    this.scanner?.resume(skipping.rowIndex + 1, skipping.line + 1);
    const rest = text.slice(lf + 1);
    if (rest.length > 0) this.push(rest);
  }

  /**
   * Scans a chunk that follows a short leftover (the start of a row cut by the previous chunk's end)
   * without joining the two: a joined string is a rope, which V8 copies whole on first read and then
   * reads through an indirection (the scan runs about 1.7× slower on it). Only the row that straddles
   * the boundary is read from a join of the leftover with the chunk's first characters; the rest of
   * the chunk is scanned as the flat string the decoder made.
   */
  private pushAfterTail(tail: string, chunk: string): void {
    const scanner = this.scanner;
    const pipeline = this.pipeline;
    if (!scanner || !pipeline) return;
    let from = 0;
    if (tail.length > 0) {
      const emitOne = (row: RowView): boolean => {
        pipeline.onRow(row);
        return false;
      };
      for (let piece = FIRST_JOIN_CHARS; ; piece *= 2) {
        const whole = piece >= chunk.length;
        const joined = tail + (whole ? chunk : chunk.slice(0, piece));
        const consumed = scanner.scan(joined, this.base, false, emitOne);
        if (consumed === 0) {
          if (!whole) continue;
          // The row goes on past this chunk: it waits for more text.
          this.pending = joined;
          return;
        }
        if (consumed < tail.length) {
          // Not expected (the leftover is one unfinished row), but stay correct: scan the rest joined.
          this.pending = (whole ? joined : tail + chunk).slice(consumed);
          this.base += consumed;
          this.unscanned = this.pending.length;
          this.scanPending(false);
          return;
        }
        from = consumed - tail.length;
        break;
      }
      this.base += tail.length;
    }
    const consumed = scanner.scan(chunk, this.base, false, pipeline.onRow, from);
    this.pending = chunk.slice(consumed);
    this.base += consumed;
  }

  /**
   * Starts on the text pushed so far (the file's head: its first megabyte, or all of it when `whole`)
   * rather than waiting for more, so that rows are checked, and reported, as soon as they are read.
   */
  startOnHead(whole: boolean): void {
    if (this.pipeline || this.stopped) return;
    this.start(whole);
    if (this.pipeline) this.scanPending(false);
  }

  end(): ValidationReport {
    if (!this.stopped) {
      if (!this.pipeline) this.start(true);
      if (!this.stopped) this.scanPending(true);
    }
    const dialect = this.dialect ?? sniffDialect('', this.options.dialect);
    if (!this.pipeline) return { dialect, labels: [], rowCount: 0, problems: this.early };
    const problems = this.pipeline.finish();
    return { dialect, labels: this.pipeline.labels, rowCount: this.pipeline.rowCount, problems };
  }

  /**
   * The end of a stream whose problems went to a sink: scans what is left, then hands on the problems of
   * an empty or binary file, and returns those found at the end.
   */
  endSink(): SinkStreamEnd {
    if (!this.stopped) {
      if (!this.pipeline) this.start(true);
      if (!this.stopped) this.scanPending(true);
    }
    const dialect = this.dialect ?? sniffDialect('', this.options.dialect);
    if (!this.pipeline) {
      for (const problem of this.early) this.options.sink?.add(problem);
      return { dialect, labels: [], rowCount: 0, late: [], fatal: true };
    }
    const late = this.pipeline.finishLate();
    return { dialect, labels: this.pipeline.labels, rowCount: this.pipeline.rowCount, late, fatal: false };
  }

  private start(final: boolean): void {
    this.dialect = sniffDialect(this.pending, this.options.dialect);
    // Only the head is known here: an empty-file verdict is only valid once the stream has ended.
    const head = this.pending;
    if (!final && head.trim() === '') return;
    const file = FileChecks.of(head, this.options.decoded);
    this.early.push(...file.problems);
    if (file.checks.stopped) {
      this.stopped = true;
      return;
    }
    const sink = this.options.sink;
    this.pipeline = new TablePipeline(this.dialect, this.options.checkers, { detachStrings: sink === undefined, sink });
    for (const problem of this.options.leading ?? []) this.pipeline.report(problem);
    for (const problem of this.early) this.pipeline.report(problem);
    this.scanner = new CsvScanner(this.dialect);
  }

  private scanPending(final: boolean): void {
    const scanner = this.scanner;
    const pipeline = this.pipeline;
    if (!scanner || !pipeline || this.skipping) return;
    this.unscanned = 0;
    const consumed = scanner.scan(this.pending, this.base, final, pipeline.onRow);
    if (consumed > 0) {
      this.pending = this.pending.slice(consumed);
      this.base += consumed;
    }
  }
}
