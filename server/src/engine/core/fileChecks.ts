// The checks on the text as a whole (another format than CSV, binary, empty, encoding), for every driver: a whole text, the head of
// a stream, an edited document. Each looks at a fixed window at the start of the text, so an edit past
// that window changes nothing and costs nothing (`afterEdits`).
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourcePosition } from '../problems/problem';
import { encodingErrorParams, findMojibake, looksBinaryText, type DecodedText } from '../table/decode';
import { detectNotCsvFormat, FORMAT_SAMPLE_CHARS, type NotCsvFormat } from '../table/fileFormat';
import { positionInText, rangeFrom } from '../table/positions';

/** How far into the text mojibake is looked for: garbling is systematic, the first screenful shows it. */
export const MOJIBAKE_SCAN_CHARS = 1 << 20;
/** The characters `looksBinaryText` reads. */
const BINARY_SAMPLE_CHARS = 8192;
/** A mojibake sequence is at most this long (Ã + one character, â€ + one character). */
const MOJIBAKE_MAX_LENGTH = 3;

const ZERO: SourcePosition = { offset: 0, line: 0, character: 0 };

/** The file-level problems after which the text is not read as a table. */
export const STOPPING_CODES: readonly string[] = ['format-error', 'binary-file', 'empty-file'];

/**
 * How the bytes were decoded, when the caller knows (the CLI; the editor gets text and looks for mojibake
 * instead). `firstNonUtf8Position`: where that offset lies, when the caller located it in the bytes (a
 * file streamed in chunks: the text at hand may not reach it).
 */
export type DecodedFacts = Omit<DecodedText, 'text'> & { firstNonUtf8Position?: SourcePosition };

/** What the checks read of a text: a string, or the chunks of an edited document. */
export interface CheckedText {
  readonly length: number;
  slice(start: number, end: number): string;
  /** The text in order, in pieces. */
  pieces(): Iterable<string>;
  /** Position of an offset as `positionInText` gives it (no clamping to the line's end). */
  positionOf(offset: number): SourcePosition;
}

/** A string as the checks read it. */
export function wholeText(text: string): CheckedText {
  return {
    length: text.length,
    slice: (start, end) => text.slice(start, end),
    pieces: () => [text],
    positionOf: (offset) => positionInText(text, offset),
  };
}

export class FileChecks {
  /** A JSON, XML or spreadsheet file: said once, and not read as CSV. */
  private format: NotCsvFormat | undefined;
  private binary = false;
  private empty = false;
  /** Offset of the first mojibake sequence in the first MOJIBAKE_SCAN_CHARS characters, or -1. */
  private mojibake = -1;

  constructor(private readonly decoded: DecodedFacts | undefined) {}

  /** The findings on a whole text, at once. */
  static of(text: string, decoded?: DecodedFacts): { checks: FileChecks; problems: Problem[] } {
    const checked = wholeText(text);
    const checks = new FileChecks(decoded);
    checks.checkAll(checked);
    return { checks, problems: checks.problems(checked) };
  }

  /** True when the text is not read as a table at all (another format, binary or empty). */
  get stopped(): boolean {
    return this.format !== undefined || this.binary || this.empty;
  }

  checkAll(text: CheckedText): void {
    this.format = formatOf(text);
    // Without the bytes (an editor document), look at the text itself.
    this.binary = this.decoded ? this.decoded.binary : looksBinaryText(text.slice(0, BINARY_SAMPLE_CHARS));
    this.empty = !hasNonBlank(text);
    this.mojibake = this.readsMojibake() ? this.mojibakeFrom(text, 0) : -1;
  }

  /**
   * Updates the findings after edits whose earliest start was `from` (positions before it are unchanged)
   * and during which the text was at most `shortest` characters long.
   */
  afterEdits(text: CheckedText, from: number, shortest: number): void {
    // A text up to FORMAT_SAMPLE_CHARS long is judged whole: any edit while it was that short counts.
    if (from < FORMAT_SAMPLE_CHARS || shortest <= FORMAT_SAMPLE_CHARS) this.format = formatOf(text);
    if (!this.decoded && (from < BINARY_SAMPLE_CHARS || shortest < BINARY_SAMPLE_CHARS)) this.binary = looksBinaryText(text.slice(0, BINARY_SAMPLE_CHARS));
    this.empty = !hasNonBlank(text);
    if (!this.readsMojibake()) return;
    // A sequence ending before the edit is still there, and still the first one.
    if (this.mojibake >= 0 && this.mojibake + MOJIBAKE_MAX_LENGTH <= from) return;
    if (from < MOJIBAKE_SCAN_CHARS) this.mojibake = this.mojibakeFrom(text, Math.max(0, from - (MOJIBAKE_MAX_LENGTH - 1)));
  }

  /** The problems found: another format, binary or empty (nothing else then), else the encoding's. */
  problems(text: CheckedText): Problem[] {
    // Before the binary check: a spreadsheet is binary too, and naming it tells what to do.
    if (this.format) return [makeProblem('format-error', { start: ZERO, end: ZERO }, { variant: this.format })];
    if (this.binary) return [makeProblem('binary-file', { start: ZERO, end: ZERO })];
    if (this.empty) return [makeProblem('empty-file', { start: ZERO, end: ZERO })];
    const decoded = this.decoded;
    if (decoded?.encoding && decoded.encoding !== 'utf-8') {
      const at = decoded.firstNonUtf8Position ?? text.positionOf(decoded.firstNonUtf8Offset ?? 0);
      return [makeProblem('encoding-error', rangeFrom(at, 1), encodingErrorParams(decoded.encoding))];
    }
    if (this.mojibake < 0) return [];
    const at = text.positionOf(this.mojibake);
    return [makeProblem('encoding-error', rangeFrom(at, 2), { variant: 'mojibake', sample: text.slice(this.mojibake, this.mojibake + 2) })];
  }

  /** Text decoded from bytes that were not UTF-8 has its own problem: mojibake is looked for in UTF-8 text only. */
  private readsMojibake(): boolean {
    return !this.decoded?.encoding || this.decoded.encoding === 'utf-8';
  }

  private mojibakeFrom(text: CheckedText, from: number): number {
    const end = Math.min(text.length, MOJIBAKE_SCAN_CHARS);
    if (from >= end) return -1;
    const found = findMojibake(text.slice(from, end));
    return found < 0 ? -1 : from + found;
  }
}

/** What the text is when it is not a CSV (its first FORMAT_SAMPLE_CHARS characters decide; the text is whole when it is no longer). */
function formatOf(text: CheckedText): NotCsvFormat | undefined {
  return detectNotCsvFormat(text.slice(0, FORMAT_SAMPLE_CHARS + 1), text.length <= FORMAT_SAMPLE_CHARS);
}

/** Whether the text has a character `trim` would keep (`\S` and `trim` share one definition of white space). */
function hasNonBlank(text: CheckedText): boolean {
  for (const piece of text.pieces()) if (/\S/.test(piece)) return true;
  return false;
}
