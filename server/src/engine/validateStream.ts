// Validation of a text that arrives in chunks (the CLI streaming a big file): memory stays bounded by
// the chunk size plus the problems found, whatever the file size.
import type { Problem } from './problems';
import { sniffDialect, type Dialect } from './table/dialect';
import { CsvScanner, type RowView } from './table/scanner';
import { TablePipeline, fileLevelProblems, type ValidateOptions, type ValidationReport } from './validate';

/** Enough text to sniff the dialect and look for mojibake before scanning starts. */
const HEAD_CHARS = 256 * 1024;
/** A leftover row up to this long is joined to the next chunk piece by piece (see `pushAfterTail`). */
const SMALL_TAIL_CHARS = 64 * 1024;
/** The first piece of a chunk joined to a leftover row; doubled until the row is complete. */
const FIRST_JOIN_CHARS = 4 * 1024;

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

  constructor(private readonly options: ValidateOptions = {}) {}

  push(chunk: string): void {
    if (this.stopped) return;
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
    // A row longer than a chunk (a huge quoted value, an unclosed quote) is scanned again only once the new
    // text is as long as the old tail: joining the tail to every chunk would copy it over and over (quadratic).
    if (this.unscanned < this.pending.length - this.unscanned) return;
    this.scanPending(false);
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

  end(): ValidationReport {
    if (!this.stopped) {
      if (!this.pipeline) this.start(true);
      if (!this.stopped) this.scanPending(true);
    }
    const dialect = this.dialect ?? sniffDialect('', this.options.dialect);
    if (!this.pipeline) return { dialect, labels: [], rowCount: 0, problems: this.early };
    const problems = this.pipeline.finish();
    return { dialect, labels: this.pipeline.context.labels, rowCount: this.pipeline.rowCount, problems };
  }

  private start(final: boolean): void {
    this.dialect = sniffDialect(this.pending, this.options.dialect);
    // Only the head is known here: an empty-file verdict is only valid once the stream has ended.
    const head = this.pending;
    if (!final && head.trim() === '') return;
    if (fileLevelProblems(head, this.options.decoded, this.early)) {
      this.stopped = true;
      return;
    }
    this.pipeline = new TablePipeline(this.dialect, this.options.checkers, false, true);
    this.pipeline.problems.push(...this.early);
    this.scanner = new CsvScanner(this.dialect);
  }

  private scanPending(final: boolean): void {
    const scanner = this.scanner;
    const pipeline = this.pipeline;
    if (!scanner || !pipeline) return;
    this.unscanned = 0;
    const consumed = scanner.scan(this.pending, this.base, final, pipeline.onRow);
    if (consumed > 0) {
      this.pending = this.pending.slice(consumed);
      this.base += consumed;
    }
  }
}
