// The checks on the text as a whole (binary, empty, encoding) kept up to date after edits: each looks at
// a fixed window at the start of the text, so an edit past that window changes nothing and costs nothing.
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourcePosition } from '../problems/problem';
import { findMojibake, looksBinaryText, type DecodedText } from '../table/decode';
import { rangeFrom } from '../table/positions';
import { MOJIBAKE_SCAN_CHARS } from '../validate';
import type { ChunkedText } from './chunkedText';

/** The characters `looksBinaryText` reads. */
const BINARY_SAMPLE_CHARS = 8192;
/** A mojibake sequence is at most this long (Ã + one character, â€ + one character). */
const MOJIBAKE_MAX_LENGTH = 3;

const ZERO: SourcePosition = { offset: 0, line: 0, character: 0 };

/** Position of an offset as `positionInText` gives it (no clamping to the line's end). */
function positionOf(text: ChunkedText, offset: number): SourcePosition {
  const line = text.lineOf(offset);
  return { offset, line, character: offset - text.lineStart(line) };
}

export class FileChecks {
  private binary = false;
  private empty = false;
  /** Offset of the first mojibake sequence in the first MOJIBAKE_SCAN_CHARS characters, or -1. */
  private mojibake = -1;

  constructor(private readonly decoded: Omit<DecodedText, 'text'> | undefined) {}

  /** True when the text is not read as a table at all (binary or empty). */
  get stopped(): boolean {
    return this.binary || this.empty;
  }

  checkAll(text: ChunkedText): void {
    this.binary = this.decoded ? this.decoded.binary : looksBinaryText(text.slice(0, BINARY_SAMPLE_CHARS));
    this.empty = !hasNonBlank(text);
    this.mojibake = this.mojibakeFrom(text, 0);
  }

  /**
   * Updates the findings after edits whose earliest start was `from` (positions before it are unchanged)
   * and during which the text was at most `shortest` characters long.
   */
  afterEdits(text: ChunkedText, from: number, shortest: number): void {
    if (!this.decoded && (from < BINARY_SAMPLE_CHARS || shortest < BINARY_SAMPLE_CHARS)) this.binary = looksBinaryText(text.slice(0, BINARY_SAMPLE_CHARS));
    this.empty = !hasNonBlank(text);
    if (this.decoded?.encoding && this.decoded.encoding !== 'utf-8') return;
    // A sequence ending before the edit is still there, and still the first one.
    if (this.mojibake >= 0 && this.mojibake + MOJIBAKE_MAX_LENGTH <= from) return;
    if (from < MOJIBAKE_SCAN_CHARS) this.mojibake = this.mojibakeFrom(text, Math.max(0, from - (MOJIBAKE_MAX_LENGTH - 1)));
  }

  /** The problems `fileLevelProblems` reports, in its order. */
  problems(text: ChunkedText): Problem[] {
    if (this.binary) return [makeProblem('binary-file', { start: ZERO, end: ZERO })];
    if (this.empty) return [makeProblem('empty-file', { start: ZERO, end: ZERO })];
    const decoded = this.decoded;
    if (decoded?.encoding && decoded.encoding !== 'utf-8') {
      const at = positionOf(text, decoded.firstNonUtf8Offset ?? 0);
      return [makeProblem('encoding-error', rangeFrom(at, 1), { encoding: decoded.encoding === 'windows-1252' ? 'Windows-1252' : decoded.encoding })];
    }
    if (this.mojibake < 0) return [];
    const at = positionOf(text, this.mojibake);
    return [makeProblem('encoding-error', rangeFrom(at, 2), { variant: 'mojibake', sample: text.slice(this.mojibake, this.mojibake + 2) })];
  }

  private mojibakeFrom(text: ChunkedText, from: number): number {
    const end = Math.min(text.length, MOJIBAKE_SCAN_CHARS);
    if (from >= end) return -1;
    const found = findMojibake(text.slice(from, end));
    return found < 0 ? -1 : from + found;
  }
}

/** Whether the text has a character `trim` would keep (`\S` and `trim` share one definition of white space). */
function hasNonBlank(text: ChunkedText): boolean {
  for (const piece of text.pieces()) if (/\S/.test(piece)) return true;
  return false;
}
