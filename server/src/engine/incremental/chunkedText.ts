// A document's text kept as chunks of about 64k characters with a line index, so that an edit costs
// the size of a chunk, not the size of the document (a 47 MB national file is 88 MB of UTF-16 text:
// copying it on every keystroke is what made editing it slow).
//
// Offsets and characters are UTF-16 code units, lines end at LF, CRLF or a lone CR: the conventions
// of LSP and of `vscode-languageserver-textdocument`, whose `offsetAt`/`positionAt` (with their clamping
// of positions past a line's end) this class reproduces exactly.

import type { SourcePosition } from '../problems/problem';

export { detach } from '../table/detach';

export interface TextPosition {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit on the line. */
  character: number;
}

/** An edit in offsets of the text it applies to: `[start, end)` is replaced by `newText`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * An edit as LSP sends it (the shape of `TextDocumentContentChangeEvent`, without depending on LSP
 * types): a range in lines and characters, or no range to replace the whole text.
 */
export interface ContentChange {
  range?: { start: TextPosition; end: TextPosition };
  text: string;
}

/**
 * Target chunk size; chunks are split above twice this and merged below a quarter of it. 64k characters:
 * an edit copies one chunk (tens of microseconds) and a 500k-row file has a few thousand chunks to index.
 */
export const CHUNK_SIZE = 64 * 1024;

const LF = 10;
const CR = 13;

/**
 * Forces V8 to copy a string built by concatenation into one flat string. Until then a concatenation
 * holds on to its parts, and through them to the old chunk they were sliced from: edits would keep
 * every old version of a chunk alive. (Converting a string to a number reads it, which flattens it.)
 */
export function flatten(text: string): string {
  Number(text);
  return text;
}

/** Line starts inside `text` (offsets just past each line break), in order. A break is LF, CRLF or a lone CR. */
function lineStartsOf(text: string): Int32Array {
  const starts: number[] = [];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      if (cr + 1 === lf) {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return Int32Array.from(starts);
}

function isEol(code: number): boolean {
  return code === LF || code === CR;
}

/**
 * Splits a text into pieces of about `size` characters, never between a CR and the LF after it (so
 * that every line break lies inside one chunk and line counts stay local to each chunk).
 */
function splitIntoChunks(text: string, size: number): string[] {
  if (text.length <= 2 * size) return text.length > 0 ? [text] : [];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    // Leave no tiny last piece.
    if (text.length - end < size / 4) end = text.length;
    if (end < text.length && text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === LF) end++;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

export class ChunkedText {
  private readonly chunkSize: number;
  private readonly maxChunk: number;
  private readonly minChunk: number;
  private chunks: string[] = [];
  /** Offset of each chunk's first character; one more entry holding the total length. */
  private starts: number[] = [0];
  /** Line breaks inside each chunk. */
  private breaks: number[] = [];
  /** Line breaks before each chunk; one more entry holding the total. */
  private breaksBefore: number[] = [0];
  /** Per chunk, its line starts (local offsets), computed when first needed. */
  private lineStartCache: (Int32Array | undefined)[] = [];

  /**
   * `text`: one string, or pieces in order (a big document read by pieces, see `setPieces`).
   * `chunkSize` is for tests, to meet chunk boundaries in small texts.
   */
  constructor(text: string | readonly string[] = '', options: { chunkSize?: number } = {}) {
    this.chunkSize = Math.max(4, options.chunkSize ?? CHUNK_SIZE);
    this.maxChunk = 2 * this.chunkSize;
    this.minChunk = Math.floor(this.chunkSize / 4);
    if (typeof text === 'string') this.setText(text);
    else this.setPieces(text);
  }

  get length(): number {
    return this.starts[this.chunks.length];
  }

  /** Lines in the text (an empty text has one line), as LSP counts them. */
  get lineCount(): number {
    return this.breaksBefore[this.chunks.length] + 1;
  }

  /** Number of chunks (for tests and benchmarks). */
  get chunkCount(): number {
    return this.chunks.length;
  }

  /** Replaces the whole text. The chunks are views on `text` until edited: nothing is copied. */
  setText(text: string): void {
    this.setChunks(splitIntoChunks(text, this.chunkSize));
  }

  /**
   * Replaces the whole text with one given as pieces in order, whose concatenation is the text. The
   * pieces become the chunks (views on them when one is longer than a chunk may be), so that a document
   * received in pieces never exists as one string; only a CRLF split between two pieces is mended.
   */
  setPieces(pieces: readonly string[]): void {
    this.setChunks(this.chunksOf(pieces, []));
  }

  /** Adds pieces at the end as chunks of their own, as `setPieces` makes them (a text arriving by pieces). */
  appendPieces(pieces: readonly string[]): void {
    const first = this.chunks.length;
    const chunks = this.chunksOf(pieces, this.chunks);
    // The last chunk changed when an LF was moved into it.
    const from = Math.max(0, first - 1);
    for (let i = from; i < chunks.length; i++) {
      this.lineStartCache[i] = lineStartsOf(chunks[i]);
      this.breaks[i] = (this.lineStartCache[i] as Int32Array).length;
    }
    this.reindex(from);
  }

  /** Appends pieces to `chunks` (in place) as chunks: split when too long, a CRLF split between two mended. */
  private chunksOf(pieces: readonly string[], chunks: string[]): string[] {
    for (let piece of pieces) {
      if (piece.length === 0) continue;
      const last = chunks.length > 0 ? chunks[chunks.length - 1] : '';
      if (piece.charCodeAt(0) === LF && last.charCodeAt(last.length - 1) === CR) {
        chunks[chunks.length - 1] = flatten(last + '\n');
        piece = piece.slice(1);
        if (piece.length === 0) continue;
      }
      if (piece.length > this.maxChunk) chunks.push(...splitIntoChunks(piece, this.chunkSize));
      else chunks.push(piece);
    }
    return chunks;
  }

  private setChunks(chunks: string[]): void {
    this.chunks = chunks;
    this.lineStartCache = chunks.map(lineStartsOf);
    this.breaks = this.lineStartCache.map((starts) => (starts as Int32Array).length);
    this.reindex(0);
  }

  /** The whole text (copies it: for tests and for callers that need one string). */
  getText(): string {
    return this.chunks.join('');
  }

  /** Text between two offsets (clamped to the text). A span inside one chunk is a cheap view. */
  slice(start: number, end: number): string {
    start = Math.max(0, start);
    end = Math.min(this.length, end);
    if (end <= start) return '';
    let index = this.chunkAt(start);
    const first = this.chunks[index];
    const firstStart = this.starts[index];
    if (end <= firstStart + first.length) return first.slice(start - firstStart, end - firstStart);
    const parts = [first.slice(start - firstStart)];
    for (index++; index < this.chunks.length && this.starts[index] < end; index++) {
      const chunk = this.chunks[index];
      parts.push(end >= this.starts[index + 1] ? chunk : chunk.slice(0, end - this.starts[index]));
    }
    return parts.join('');
  }

  /**
   * Offset of the first `search` (a string of one code unit) in `[from, to)`, or -1: searched chunk by
   * chunk, nothing copied (a quote looked for across the rest of a 250 MB document).
   */
  indexOf(search: string, from: number, to = this.length): number {
    from = Math.max(0, from);
    to = Math.min(to, this.length);
    if (from >= to) return -1;
    for (let index = this.chunkAt(from); index < this.chunks.length && this.starts[index] < to; index++) {
      const start = this.starts[index];
      const found = this.chunks[index].indexOf(search, Math.max(0, from - start));
      if (found !== -1) return start + found < to ? start + found : -1;
    }
    return -1;
  }

  /** Where the chunk holding `offset` ends (a slice up to there is a view on that chunk, not a copy). */
  chunkEndAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return this.length;
    return this.starts[this.chunkAt(offset) + 1];
  }

  /** The chunks in order (views, not copies): for searches that can stop early. */
  *pieces(): IterableIterator<string> {
    for (const chunk of this.chunks) yield chunk;
  }

  /** The UTF-16 code unit at an offset, or NaN outside the text. */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const index = this.chunkAt(offset);
    return this.chunks[index].charCodeAt(offset - this.starts[index]);
  }

  /** Offset of a line/character position, clamped as `vscode-languageserver-textdocument` clamps it. */
  offsetAt(position: TextPosition): number {
    const lineCount = this.lineCount;
    if (position.line >= lineCount) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = this.lineStart(position.line);
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineCount ? this.lineStart(position.line + 1) : this.length;
    return this.beforeEol(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  /** Line/character position of an offset, as `vscode-languageserver-textdocument` computes it. */
  positionAt(offset: number): TextPosition {
    offset = Math.max(Math.min(offset, this.length), 0);
    const line = this.lineOf(offset);
    const lineOffset = this.lineStart(line);
    return { line, character: this.beforeEol(offset, lineOffset) - lineOffset };
  }

  /** Position of an offset as `positionInText` gives it (no clamping to the line's end, unlike `positionAt`). */
  positionOf(offset: number): SourcePosition {
    const line = this.lineOf(offset);
    return { offset, line, character: offset - this.lineStart(line) };
  }

  /** 0-based line on which an offset lies (an offset on a line break belongs to the line it ends). */
  lineOf(offset: number): number {
    offset = Math.max(Math.min(offset, this.length), 0);
    if (this.chunks.length === 0) return 0;
    const index = offset === this.length ? this.chunks.length - 1 : this.chunkAt(offset);
    const starts = this.lineStartsIn(index);
    const local = offset - this.starts[index];
    // Line starts at or before the offset inside this chunk.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle] <= local) low = middle + 1;
      else high = middle;
    }
    return this.breaksBefore[index] + low;
  }

  /** Offset where a 0-based line begins (the text's length past the last line). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineCount) return this.length;
    // The chunk holding the line break that starts this line: breaksBefore[i] < line <= breaksBefore[i + 1].
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.breaksBefore[middle + 1] < line) low = middle + 1;
      else high = middle;
    }
    return this.starts[low] + this.lineStartsIn(low)[line - this.breaksBefore[low] - 1];
  }

  /**
   * Applies one change as LSP sends it (positions in the current text; a change without a range
   * replaces everything) and returns it in offsets of the text before the change.
   */
  applyChange(change: ContentChange): OffsetEdit {
    if (!change.range) {
      const edit = { start: 0, end: this.length, newText: change.text };
      this.setText(change.text);
      return edit;
    }
    let { start, end } = change.range;
    // Like vscode-languageserver-textdocument: a range given backwards is read forwards.
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const edit = { start: this.offsetAt(start), end: this.offsetAt(end), newText: change.text };
    this.replace(edit.start, edit.end, edit.newText);
    return edit;
  }

  /** Replaces `[start, end)` by `newText` (offsets clamped to the text). Costs about one chunk plus the new text. */
  replace(start: number, end: number, newText: string): void {
    const length = this.length;
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    if (start === end && newText === '') return;
    if (this.chunks.length === 0) {
      this.setText(newText);
      return;
    }
    if (start === length && newText.length >= this.minChunk) {
      // Text added at the end, as a document arriving by pieces: its own chunk, not a copy.
      this.appendPieces([newText]);
      return;
    }
    // First chunk: the one holding `start` (the last chunk for the end of the text). Last chunk: the one
    // whose span ends at or after `end`, so that an edit at a chunk's end does not touch the next chunk.
    const first = start === length ? this.chunks.length - 1 : this.chunkAt(start);
    let last = end === 0 ? 0 : this.chunkAt(end - 1);
    if (last < first) last = first;
    const before = this.chunks[first].slice(0, start - this.starts[first]);
    const after = this.chunks[last].slice(end - this.starts[last]);
    let content = before + newText + after;
    let from = first;
    let to = last + 1;
    // Merge a small result with a neighbour, preferring the next chunk.
    if (content.length < this.minChunk) {
      if (to < this.chunks.length && content.length + this.chunks[to].length <= this.maxChunk) content += this.chunks[to++];
      else if (from > 0 && content.length + this.chunks[from - 1].length <= this.maxChunk) content = this.chunks[--from] + content;
    }
    const pieces = content.length <= this.maxChunk ? (content.length > 0 ? [flatten(content)] : []) : splitIntoChunks(flatten(content), this.chunkSize);
    this.chunks.splice(from, to - from, ...pieces);
    this.lineStartCache.splice(from, to - from, ...pieces.map(() => undefined));
    this.breaks.splice(from, to - from, ...pieces.map(() => 0));
    for (let i = from; i < from + pieces.length; i++) this.breaks[i] = this.lineStartsIn(i).length;
    // Keep every CRLF inside one chunk: the chunks on each side of the edited span may now meet on one.
    const joinedAt = this.keepCrlfTogether(from - 1);
    this.keepCrlfTogether(from + pieces.length - 1 - (joinedAt ? 1 : 0));
    this.reindex(Math.max(0, from - 1));
  }

  /**
   * When chunk `index` ends with CR and the next one starts with LF, moves the LF into chunk `index`.
   * Returns true when that emptied (and removed) the next chunk.
   */
  private keepCrlfTogether(index: number): boolean {
    if (index < 0 || index + 1 >= this.chunks.length) return false;
    const left = this.chunks[index];
    const right = this.chunks[index + 1];
    if (left.charCodeAt(left.length - 1) !== CR || right.charCodeAt(0) !== LF) return false;
    this.setChunk(index, flatten(left + '\n'));
    if (right.length === 1) {
      this.chunks.splice(index + 1, 1);
      this.lineStartCache.splice(index + 1, 1);
      this.breaks.splice(index + 1, 1);
      return true;
    }
    this.setChunk(index + 1, right.slice(1));
    return false;
  }

  private setChunk(index: number, text: string): void {
    this.chunks[index] = text;
    this.lineStartCache[index] = undefined;
    this.breaks[index] = this.lineStartsIn(index).length;
  }

  /** Recomputes chunk offsets and line counts from chunk `from` on (one pass over the chunk list). */
  private reindex(from: number): void {
    const count = this.chunks.length;
    this.starts.length = count + 1;
    this.breaksBefore.length = count + 1;
    if (from === 0) {
      this.starts[0] = 0;
      this.breaksBefore[0] = 0;
    }
    for (let i = from; i < count; i++) {
      this.starts[i + 1] = this.starts[i] + this.chunks[i].length;
      this.breaksBefore[i + 1] = this.breaksBefore[i] + this.breaks[i];
    }
  }

  /** Index of the chunk holding `offset` (0 <= offset < length). */
  private chunkAt(offset: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Line starts of a chunk. A CR ending the chunk is a lone CR (the next chunk never starts with its LF). */
  private lineStartsIn(index: number): Int32Array {
    let starts = this.lineStartCache[index];
    if (starts === undefined) {
      starts = lineStartsOf(this.chunks[index]);
      this.lineStartCache[index] = starts;
    }
    return starts;
  }

  /** Moves an offset back before the line break characters that end the line starting at `lineOffset`. */
  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}
