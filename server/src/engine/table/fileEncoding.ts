// What a file's bytes say about its encoding (read in chunks, the whole file never held), what the editor's
// text says about how it was decoded, and the file's text converted to UTF-8. The editor decodes a file
// before we see it: when it took a Windows-1252 file for UTF-8, its text holds U+FFFD where the accents
// were, and saving it writes those for good (issue #14).
import { isUtf8 } from 'node:buffer';
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourcePosition } from '../problems/problem';
import { decodeWith, encodeText, encodingErrorParams, encodingName, firstInvalidUtf8Char, hasUtf8Bom, utf16WithoutBom } from './decode';
import { rangeFrom } from './positions';

/** The encodings a French CSV comes in: UTF-8, Windows-1252 (Excel's "CSV (séparateur: point-virgule)"), UTF-16 (Excel's "Unicode text"). */
export type FileEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface FileEncodingFacts {
  encoding: FileEncoding;
  /** A byte order mark starts the file. */
  bom: boolean;
  /** Windows-1252: offset of the first byte that is not UTF-8 (a character offset too: one byte, one character). */
  firstNonUtf8Offset?: number;
  /** Windows-1252: the word holding that byte, decoded right (“Crèche”), and its line (0-based). */
  firstWord?: string;
  firstLine?: number;
}

/** The encoding's name as people know it (messages). */
export function encodingLabel(encoding: FileEncoding): string {
  return encodingName(encoding);
}

const WORD_BREAK = /[,;\t|"\r\n ]/;

/**
 * Reads a file's bytes chunk by chunk and says which encoding they are in: a BOM (UTF-8, UTF-16), UTF-16
 * by its NUL bytes, UTF-8 when every byte sequence is valid, else Windows-1252 (Latin-1 and Latin-9 are
 * read as it: the letters of French are at the same bytes but for œ, Œ, Ÿ and €).
 */
export class FileEncodingProbe {
  private offset = 0;
  /** The bytes of a UTF-8 sequence cut by the end of the previous chunk. */
  private carry: Uint8Array = new Uint8Array(0);
  private newlines = 0;
  private facts: FileEncodingFacts | undefined;
  private bom = false;
  private started = false;

  /** Feeds the next chunk; returns false once the answer is known (no need to read further). */
  push(chunk: Uint8Array): boolean {
    if (this.facts) return false;
    if (!this.started) {
      this.started = true;
      if (chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe) return this.decide({ encoding: 'utf-16le', bom: true });
      if (chunk.length >= 2 && chunk[0] === 0xfe && chunk[1] === 0xff) return this.decide({ encoding: 'utf-16be', bom: true });
      const utf16 = utf16WithoutBom(chunk);
      if (utf16) return this.decide({ encoding: utf16, bom: false });
      if (hasUtf8Bom(chunk)) {
        this.bom = true;
        chunk = chunk.subarray(3);
        this.offset = 3;
      }
    }
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    const base = this.offset - this.carry.length;
    // A sequence cut by the end of the chunk waits for the next one.
    const whole = completeUtf8Prefix(bytes);
    const body = bytes.subarray(0, whole);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8Char(body);
      const word = wordAround(body, at);
      return this.decide({ encoding: 'windows-1252', bom: this.bom, firstNonUtf8Offset: base + at - (this.bom ? 3 : 0), firstWord: word, firstLine: this.newlines + countNewlines(body, at) });
    }
    this.newlines += countNewlines(body, body.length);
    // A copy: the caller may read its next chunk into the same buffer (a Buffer's slice is a view).
    this.carry = Uint8Array.prototype.slice.call(bytes, whole);
    this.offset += chunk.length;
    return true;
  }

  /**
   * The answer, once every chunk was pushed (or `push` returned false). `truncated`: the bytes pushed are
   * the start of the file only (a sequence cut at their end may go on past it).
   */
  result({ truncated = false } = {}): FileEncodingFacts {
    if (this.facts) return this.facts;
    // A sequence still cut at the end of the file is not UTF-8.
    if (this.carry.length > 0 && !truncated) {
      const at = this.offset - this.carry.length - (this.bom ? 3 : 0);
      return { encoding: 'windows-1252', bom: this.bom, firstNonUtf8Offset: at, firstWord: wordAround(this.carry, 0), firstLine: this.newlines };
    }
    return { encoding: 'utf-8', bom: this.bom };
  }

  private decide(facts: FileEncodingFacts): false {
    this.facts = facts;
    return false;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** Length of the longest prefix that does not end inside a UTF-8 sequence (at most 3 bytes are held back). */
function completeUtf8Prefix(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const byte = bytes[end - back];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** The word around a byte, decoded as Windows-1252 (at most 40 bytes on each side). */
function wordAround(bytes: Uint8Array, at: number): string {
  const text = decodeWith(bytes.subarray(Math.max(0, at - 40), Math.min(bytes.length, at + 40)), 'windows-1252');
  const middle = Math.min(at, 40);
  let start = middle;
  while (start > 0 && !WORD_BREAK.test(text[start - 1])) start--;
  let end = middle;
  while (end < text.length && !WORD_BREAK.test(text[end])) end++;
  return text.slice(start, end);
}

/** The encoding facts of a whole file held in memory. */
export function fileEncodingOf(bytes: Uint8Array): FileEncodingFacts {
  const probe = new FileEncodingProbe();
  probe.push(bytes);
  return probe.result();
}

/** A file's text, decoded with the encoding its bytes are in (the BOM left out). */
export function decodeFileText(bytes: Uint8Array, facts: FileEncodingFacts = fileEncodingOf(bytes)): string {
  switch (facts.encoding) {
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(facts.encoding, { ignoreBOM: false }).decode(bytes);
    case 'windows-1252':
      return decodeWith(facts.bom ? bytes.subarray(3) : bytes, 'windows-1252');
    default:
      return decodeWith(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes, 'utf-8');
  }
}

/** Thrown when a file cannot be converted without losing a byte of meaning. */
export class LossyConversion extends Error {
  /** `invalid`: the bytes are not valid in the file's encoding; `round-trip`: encoding back does not give them. */
  constructor(
    readonly kind: 'invalid' | 'round-trip',
    readonly encoding: string,
  ) {
    super(kind === 'invalid' ? `the file is not valid ${encoding}` : `${encoding} does not give the same bytes back`);
  }
}

/**
 * The file's bytes as UTF-8: its text decoded with its real encoding, written as UTF-8 without a BOM (what
 * data.gouv.fr and Validata expect); delimiters, quotes and line endings are the same characters, so every
 * other byte of meaning is kept. Checked both ways: the text encoded back in the file's encoding gives the
 * very bytes read, or nothing is converted.
 */
export function convertToUtf8(bytes: Uint8Array): { bytes: Uint8Array; text: string; from: FileEncoding } {
  const facts = fileEncodingOf(bytes);
  const text = decodeFileText(bytes, facts);
  if (text.includes('\uFFFD')) throw new LossyConversion('invalid', encodingLabel(facts.encoding));
  if (facts.encoding === 'windows-1252') {
    const back = encodeText(text, 'windows-1252', facts.bom);
    if (!sameBytes(back, bytes)) throw new LossyConversion('round-trip', 'Windows-1252');
  }
  return { bytes: Buffer.from(text, 'utf8'), text, from: facts.encoding };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What the editor's text says about how the file was decoded. */
export type EditorEncodingVerdict =
  /** The file is UTF-8: nothing to say here (mojibake is found in the text by the usual checks). */
  | { kind: 'utf-8' }
  /**
   * The editor decoded the file with another encoding than its own: `replaced` characters are U+FFFD
   * (or NUL, for UTF-16) in its text, which saving would write for good. `first`: offset of the first.
   */
  | { kind: 'garbled'; facts: FileEncodingFacts; replaced: number; first: number }
  /** The editor decoded it right, but the file is not UTF-8 (what data.gouv.fr and Validata expect). */
  | { kind: 'not-utf-8'; facts: FileEncodingFacts };

/**
 * Compares the editor's text (in pieces: a big document is kept in chunks) with the facts of the file's
 * bytes. A text with U+FFFD where the bytes are Windows-1252, or with NUL where they are UTF-16, was
 * decoded with the wrong encoding.
 */
export function editorEncodingVerdict(facts: FileEncodingFacts, pieces: Iterable<string>): EditorEncodingVerdict {
  if (facts.encoding === 'utf-8') return { kind: 'utf-8' };
  const mark = facts.encoding === 'windows-1252' ? '\uFFFD' : '\u0000';
  let replaced = 0;
  let first = -1;
  let offset = 0;
  for (const piece of pieces) {
    for (let i = piece.indexOf(mark); i >= 0; i = piece.indexOf(mark, i + 1)) {
      if (first < 0) first = offset + i;
      replaced++;
    }
    offset += piece.length;
  }
  return replaced > 0 ? { kind: 'garbled', facts, replaced, first } : { kind: 'not-utf-8', facts };
}

/** VS Code's name of an encoding (`TextDocument.encoding`, "Reopen with Encoding"). */
export function editorEncodingId(encoding: FileEncoding): string {
  return encoding === 'windows-1252' ? 'windows1252' : encoding === 'utf-16le' ? 'utf16le' : encoding === 'utf-16be' ? 'utf16be' : 'utf8';
}

/**
 * The problem an encoding verdict makes, or undefined when there is none. `positionAt`: a position in the
 * editor's text; `firstLineEnd`: where the first line ends (a misread file is pointed at on line 1, the first
 * thing a person looks at, with the line of the first damaged word in the message).
 */
export function encodingVerdictProblem(verdict: EditorEncodingVerdict, firstLineEnd: number, positionAt: (offset: number) => SourcePosition): Problem | undefined {
  if (verdict.kind === 'utf-8') return undefined;
  const { facts } = verdict;
  const encoding = encodingLabel(facts.encoding);
  const editorEncoding = editorEncodingId(facts.encoding);
  if (verdict.kind === 'garbled') {
    const range = { start: positionAt(0), end: positionAt(firstLineEnd) };
    const utf16 = facts.encoding !== 'windows-1252';
    const line = positionAt(verdict.first).line + 1;
    return makeProblem('encoding-misread', range, {
      ...(utf16 ? { variant: 'utf-16' } : {}),
      encoding,
      editorEncoding,
      count: verdict.replaced,
      line,
      ...(facts.firstWord ? { word: facts.firstWord } : {}),
    });
  }
  // The file is read right: the same warning as the command line gives (a UTF-16 file's first character).
  const at = positionAt(facts.encoding === 'windows-1252' ? (facts.firstNonUtf8Offset ?? 0) : 0);
  return makeProblem('encoding-error', rangeFrom(at, 1), { ...encodingErrorParams(facts.encoding), editorEncoding });
}
