// Validation of a text that arrives in chunks (the CLI streaming a big file): memory stays bounded by
// the chunk size plus the problems found, whatever the file size.
import type { Problem } from './problems';
import { sniffDialect, type Dialect } from './table/dialect';
import { CsvScanner } from './table/scanner';
import { TablePipeline, fileLevelProblems, type ValidateOptions, type ValidationReport } from './validate';

/** Enough text to sniff the dialect and look for mojibake before scanning starts. */
const HEAD_CHARS = 256 * 1024;

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
