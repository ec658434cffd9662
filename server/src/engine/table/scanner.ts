// The position-tracking CSV tokenizer: one pass over the text, every cell with its exact offsets.
//
// Why our own and not csv-parse: the engine needs the start and end offset of every cell (to underline
// it and to edit it in place) and must scan a 47 MB national file in a fraction of the validation
// budget. csv-parse gives neither offsets per cell nor that speed (≈ 1.4 s vs ≈ 0.2 s here), so it
// stays as the reference this scanner is tested against (test/unit/table/scanner.differential.test.ts).
//
// The scanner is allocation-light: a single RowView is reused for every row, with cell offsets in
// typed arrays. A consumer that keeps anything must copy it (see readTable.ts).
import type { Dialect } from './dialect';

export const enum CellKind {
  /** No quote: the value is the raw text. */
  Plain = 0,
  /** Wrapped in quotes, no doubled quote inside. */
  Quoted = 1,
  /** Wrapped in quotes with doubled quotes to unescape. */
  QuotedEscaped = 2,
  /** Malformed (text after the closing quote, unclosed quote, stray quote): decoded by the slow path. */
  Irregular = 3,
}

export const enum Terminator {
  None = 0,
  LF = 1,
  CRLF = 2,
  CR = 3,
}

export type QuoteIssueKind = 'unclosed-quote' | 'text-after-quote' | 'stray-quote';

export interface QuoteIssue {
  kind: QuoteIssueKind;
  /** Local offset of the offending quote (or of the first character after a closing quote). */
  offset: number;
  cell: number;
}

const LF = 10;
const CR = 13;
const SPACE = 32;

/** One row of the file as the scanner sees it. Reused between rows: copy what you keep. */
export class RowView {
  text = '';
  /** Absolute offset of text[0] (non-zero when the CLI streams a file in chunks). */
  base = 0;
  /** 0-based physical row index: the header is row 0. */
  index = 0;
  /** Local offset of the row's first character. */
  start = 0;
  /** Local offset just past the row's last cell (where its terminator begins). */
  end = 0;
  /** Local offset of the next row. */
  next = 0;
  /** 0-based line of the row's first character. */
  line = 0;
  terminator: Terminator = Terminator.None;
  cellCount = 0;
  /**
   * Cells whose value the checks read: all of them, but the last when its quote is never closed (its
   * value would be the rest of the file: the source-error says so, and nothing else is read from it).
   * Such a cell may also run past `text` (see `CsvScanner.finishUnclosed`): never read it.
   */
  readableCells = 0;
  cellStart = new Int32Array(64);
  cellEnd = new Int32Array(64);
  cellKind = new Uint8Array(64);
  /** Line on which each cell ends, and the local offset where that line begins. */
  cellEndLine = new Int32Array(64);
  cellEndLineOffset = new Int32Array(64);
  issues: QuoteIssue[] = [];
  quoteChar = '"';

  /** The cell's decoded value (quotes removed, doubled quotes unescaped). */
  value(cell: number): string {
    const start = this.cellStart[cell];
    const end = this.cellEnd[cell];
    switch (this.cellKind[cell] as CellKind) {
      case CellKind.Plain:
        return this.text.slice(start, end);
      case CellKind.Quoted:
        return this.text.slice(start + 1, end - 1);
      case CellKind.QuotedEscaped:
        return this.text.slice(start + 1, end - 1).split(this.quoteChar + this.quoteChar).join(this.quoteChar);
      default:
        return decodeIrregular(this.text, start, end, this.quoteChar);
    }
  }

  /** The cell's text exactly as written in the file. */
  raw(cell: number): string {
    return this.text.slice(this.cellStart[cell], this.cellEnd[cell]);
  }

  /** 0-based line where the cell starts. */
  cellLine(cell: number): number {
    return cell === 0 ? this.line : this.cellEndLine[cell - 1];
  }

  /** Local offset of the beginning of the line where the cell starts. */
  cellLineOffset(cell: number): number {
    return cell === 0 ? this.start : this.cellEndLineOffset[cell - 1];
  }

  /** True when every cell is empty (an empty line, or only delimiters). */
  isBlank(): boolean {
    for (let i = 0; i < this.cellCount; i++) {
      const length = this.cellEnd[i] - this.cellStart[i];
      if (length === 0) continue;
      // Decide from the cell's shape when possible: decoding a huge malformed cell just to see it is not empty costs.
      switch (this.cellKind[i] as CellKind) {
        case CellKind.Plain:
        case CellKind.QuotedEscaped:
          return false;
        case CellKind.Quoted:
          if (length > 2) return false;
          break;
        default:
          // A malformed cell is empty only if it holds nothing but quotes (decoding a huge one to see that costs).
          if (this.holdsMoreThanQuotes(i) || this.value(i) !== '') return false;
      }
    }
    return true;
  }

  private holdsMoreThanQuotes(cell: number): boolean {
    const quote = this.quoteChar.charCodeAt(0);
    for (let i = this.cellStart[cell]; i < this.cellEnd[cell]; i++) if (this.text.charCodeAt(i) !== quote) return true;
    return false;
  }

  ensureCapacity(count: number): void {
    if (count <= this.cellStart.length) return;
    const size = Math.max(count, this.cellStart.length * 2);
    const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const fresh = make(size);
      fresh.set(old);
      return fresh;
    };
    this.cellStart = grow(this.cellStart, (n) => new Int32Array(n));
    this.cellEnd = grow(this.cellEnd, (n) => new Int32Array(n));
    this.cellKind = grow(this.cellKind, (n) => new Uint8Array(n));
    this.cellEndLine = grow(this.cellEndLine, (n) => new Int32Array(n));
    this.cellEndLineOffset = grow(this.cellEndLineOffset, (n) => new Int32Array(n));
  }
}

/** Decodes a malformed cell the way lenient readers do: quotes toggle, doubled quotes inside quotes escape. */
export function decodeIrregular(text: string, start: number, end: number, quoteChar: string): string {
  // A stray quote in an unquoted cell is an ordinary character.
  if (text[start] !== quoteChar) return text.slice(start, end);
  // Join slices between quotes found with indexOf: an unclosed quote can make a cell of the whole file.
  const parts: string[] = [];
  let inQuotes = false;
  let segment = start;
  for (let i = start; i !== -1 && i < end; i = text.indexOf(quoteChar, segment)) {
    parts.push(text.slice(segment, i));
    if (inQuotes && i + 1 < end && text[i + 1] === quoteChar) {
      parts.push(quoteChar);
      i++;
    } else inQuotes = !inQuotes;
    segment = i + 1;
  }
  parts.push(text.slice(segment, end));
  return parts.join('');
}

/** Called for each row; returning `false` stops the scan after this row (scan then returns `row.next`). */
export type RowCallback = (row: RowView) => unknown;

/** Where a row cut by the end of a chunk stopped being read, so that the next call resumes there. */
interface PendingRow {
  /** Absolute offset of the row's first character: the next call must start there to resume. */
  rowStart: number;
  /** Local offset of the row's first character in the text it was saved from. */
  localRowStart: number;
  /** Cells already complete (their offsets stay in the row view, local to that text). */
  cell: number;
  /** How the unfinished cell resumes: from its beginning, inside its quotes, or in unquoted text. */
  mode: ResumeMode;
  cellStart: number;
  kind: CellKind;
  /** Local offset where reading resumes. */
  pos: number;
  /** Line reached at `pos`, and the local offset where that line begins. */
  line: number;
  lineOffset: number;
  /** A quote issue was already reported for the unquoted text of this cell. */
  stray: boolean;
}

const enum ResumeMode {
  CellStart = 0,
  InQuotes = 1,
  Unquoted = 2,
}

/** Character code meaning "no quote character": neither a character nor the end-of-text marker (-1). */
const NO_QUOTE = -2;

/**
 * Scans rows from a text. Keeps its line and row counters between calls so that a stream can be fed
 * chunk by chunk: `scan` returns the local offset of the first row it did not emit (incomplete, to be
 * carried over with the next chunk); with `final` every remaining character is emitted.
 *
 * Streaming stays linear: when a row is cut by the end of a chunk (a long quoted value, an unclosed quote,
 * a huge line), the scanner remembers how far it read, and the next call, which must start at that row
 * with the same text followed by more, resumes there instead of reading the row again from its start.
 */
export class CsvScanner {
  readonly row = new RowView();
  private line = 0;
  private rowIndex = 0;
  private pending: PendingRow | undefined;
  private readonly delimiterCode: number;
  private readonly quoteCode: number;

  constructor(private readonly dialect: Dialect) {
    this.delimiterCode = dialect.delimiter.charCodeAt(0);
    this.quoteCode = dialect.quoteChar ? dialect.quoteChar.charCodeAt(0) : NO_QUOTE;
    this.row.quoteChar = dialect.quoteChar;
  }

  get rowsScanned(): number {
    return this.rowIndex;
  }

  /** Resumes counting at a given row and line (used to re-scan part of a document). */
  resume(rowIndex: number, line: number): void {
    this.rowIndex = rowIndex;
    this.line = line;
    this.pending = undefined;
  }

  scan(text: string, base: number, final: boolean, onRow: RowCallback, from = 0): number {
    const row = this.row;
    row.text = text;
    row.base = base;
    const length = text.length;
    const delimiter = this.delimiterCode;
    const quote = this.quoteCode;
    const quoteChar = this.dialect.quoteChar;
    const delimiterChar = this.dialect.delimiter;
    const skipInitialSpace = this.dialect.skipInitialSpace;
    let pos = from;
    // A row left unfinished by the previous call resumes only if this call starts where it started.
    let pending = this.pending !== undefined && this.pending.rowStart === base + from ? this.pending : undefined;
    this.pending = undefined;
    // Where the next LF, CR and quote are (`length` when there is none), found with indexOf and searched
    // again only once passed: up to the nearest of them, unquoted text only has delimiters to look for.
    let nextLF = -1;
    let nextCR = -1;
    let nextQuote = quote === NO_QUOTE ? length : -1;

    while (pos < length) {
      const rowStart = pos;
      let line = this.line;
      let lineOffset = rowStart;
      let cell = 0;
      let incomplete = false;
      let unclosed = false;
      let terminator = Terminator.None;
      let rowEnd = length;
      let next = length;
      let resume = pending;
      pending = undefined;
      /** Local offsets saved by the previous call are off by this much in this text. */
      let shift = 0;
      if (resume !== undefined) {
        shift = rowStart - resume.localRowStart;
        if (shift !== 0) shiftRow(row, resume.cell, shift);
        cell = resume.cell;
        line = resume.line;
        lineOffset = resume.lineOffset + shift;
      } else if (row.issues.length !== 0) row.issues = [];

      for (;;) {
        let cellStart: number;
        let kind: CellKind;
        let mode: ResumeMode;
        let stray = false;
        if (resume !== undefined && resume.mode !== ResumeMode.CellStart) {
          cellStart = resume.cellStart + shift;
          kind = resume.kind;
          mode = resume.mode;
          pos = resume.pos + shift;
          stray = resume.stray;
        } else {
          if (resume !== undefined) pos = resume.pos + shift;
          if (cell > 0 && skipInitialSpace) while (pos < length && text.charCodeAt(pos) === SPACE) pos++;
          cellStart = pos;
          if (pos < length && text.charCodeAt(pos) === quote) {
            kind = CellKind.Quoted;
            mode = ResumeMode.InQuotes;
            pos++;
          } else {
            kind = CellKind.Plain;
            mode = ResumeMode.Unquoted;
          }
        }
        resume = undefined;
        row.ensureCapacity(cell + 1);
        let code = -1;

        if (mode === ResumeMode.InQuotes) {
          // Quoted cell: find the closing quote, skipping doubled quotes and counting line breaks.
          let p = pos;
          for (;;) {
            const close = text.indexOf(quoteChar, p);
            let stop = close === -1 ? length : close;
            // A CR ending an unfinished chunk may be half of a CRLF: count it once the LF is known.
            if (close === -1 && !final && stop > p && text.charCodeAt(stop - 1) === CR) stop--;
            // Count the line breaks inside the quoted span (jumping from one to the next) to keep line numbers exact.
            for (let q = p; ; ) {
              if (nextLF < q) nextLF = indexOrEnd(text, '\n', q);
              if (nextCR < q) nextCR = indexOrEnd(text, '\r', q);
              let at = nextLF < nextCR ? nextLF : nextCR;
              if (at >= stop) break;
              if (at === nextCR && text.charCodeAt(at + 1) === LF) at++;
              line++;
              lineOffset = at + 1;
              q = at + 1;
            }
            if (close === -1) {
              if (!final) {
                incomplete = true;
                p = stop;
              } else {
                kind = CellKind.Irregular;
                row.issues.push({ kind: 'unclosed-quote', offset: cellStart, cell });
                unclosed = true;
                pos = length;
              }
              break;
            }
            if (close + 1 < length && text.charCodeAt(close + 1) === quote) {
              kind = CellKind.QuotedEscaped;
              p = close + 2;
              continue;
            }
            if (close + 1 >= length && !final) {
              // The quote might be the first of a doubled pair split across chunks.
              incomplete = true;
              p = close;
              break;
            }
            pos = close + 1;
            break;
          }
          if (incomplete) {
            this.savePending(base, rowStart, cell, ResumeMode.InQuotes, cellStart, kind, p, line, lineOffset, false);
            break;
          }
          code = pos < length ? text.charCodeAt(pos) : -1;
          if (code !== -1 && code !== delimiter && code !== LF && code !== CR) {
            // Text after the closing quote: keep reading to the next delimiter, as lenient readers do.
            row.issues.push({ kind: 'text-after-quote', offset: pos, cell });
            kind = CellKind.Irregular;
            mode = ResumeMode.Unquoted;
            stray = true; // one issue per cell is enough
          }
        }

        if (mode === ResumeMode.Unquoted) {
          for (;;) {
            if (nextLF < pos) nextLF = indexOrEnd(text, '\n', pos);
            if (nextCR < pos) nextCR = indexOrEnd(text, '\r', pos);
            if (nextQuote < pos) nextQuote = indexOrEnd(text, quoteChar, pos);
            let limit = nextLF < nextCR ? nextLF : nextCR;
            if (nextQuote < limit) limit = nextQuote;
            // Short cells are read character by character; past a few, indexOf (memchr speed) finds the delimiter.
            const shortEnd = pos + 12 < limit ? pos + 12 : limit;
            while (pos < shortEnd && text.charCodeAt(pos) !== delimiter) pos++;
            if (pos === shortEnd && pos < limit) {
              const at = text.indexOf(delimiterChar, pos);
              pos = at === -1 || at > limit ? limit : at;
            }
            if (pos < limit) {
              code = delimiter;
              break;
            }
            if (pos >= length) {
              code = -1;
              break;
            }
            code = text.charCodeAt(pos);
            if (code === LF || code === CR) break;
            // A quote inside unquoted text: an ordinary character, reported once per cell.
            if (!stray) {
              stray = true;
              row.issues.push({ kind: 'stray-quote', offset: pos, cell });
            }
            pos++;
          }
        }

        if (code === -1 && !final) {
          // The chunk ends inside this cell: more of it may follow.
          const fresh = kind === CellKind.Plain && pos === cellStart;
          this.savePending(base, rowStart, cell, fresh ? ResumeMode.CellStart : ResumeMode.Unquoted, cellStart, kind, pos, line, lineOffset, stray);
          incomplete = true;
          break;
        }

        row.cellStart[cell] = cellStart;
        row.cellEnd[cell] = pos;
        row.cellKind[cell] = kind;
        row.cellEndLine[cell] = line;
        row.cellEndLineOffset[cell] = lineOffset;
        cell++;

        if (code === delimiter) {
          pos++;
          continue;
        }
        rowEnd = pos;
        if (code === LF) {
          terminator = Terminator.LF;
          next = pos + 1;
        } else if (code === CR) {
          if (pos + 1 < length && text.charCodeAt(pos + 1) === LF) {
            terminator = Terminator.CRLF;
            next = pos + 2;
          } else if (pos + 1 >= length && !final) {
            // Could be a CRLF split across chunks: resume on the CR, at the end of the cell just read.
            this.savePending(base, rowStart, cell - 1, ResumeMode.Unquoted, cellStart, kind, pos, line, lineOffset, true);
            incomplete = true;
          } else {
            terminator = Terminator.CR;
            next = pos + 1;
          }
        } else {
          // End of the last chunk without a terminator.
          next = length;
        }
        break;
      }

      if (incomplete) return rowStart;
      row.index = this.rowIndex++;
      row.start = rowStart;
      row.end = rowEnd;
      row.next = next;
      row.line = this.line;
      row.terminator = terminator;
      row.cellCount = cell;
      row.readableCells = unclosed ? cell - 1 : cell;
      this.line = terminator === Terminator.None ? line : line + 1;
      pos = next;
      if (onRow(row) === false) return pos;
    }
    return pos;
  }

  /**
   * Where the search for the closing quote of the row left unfinished by the last `scan` goes on (an
   * absolute offset), or -1 when that row did not stop inside quotes. Lets a reader of a huge row (a
   * quote that makes the rest of a document one cell) look for that quote without copying the text.
   */
  pendingQuoteSearch(): number {
    const pending = this.pending;
    if (pending === undefined || pending.mode !== ResumeMode.InQuotes) return -1;
    return pending.rowStart - pending.localRowStart + pending.pos;
  }

  /**
   * Ends the row left unfinished inside quotes by the last `scan` at the end of the document, known to
   * hold no other quote char: its last cell is an unclosed quote running to `end` (absolute offset, on
   * `endLine`, which starts at `endLineStart`). The text handed to that `scan` stays the row's text: the
   * last cell runs past it and must not be read (`readableCells` leaves it out). Nothing is copied.
   */
  finishUnclosed(end: number, endLine: number, endLineStart: number, onRow: RowCallback): void {
    const pending = this.pending;
    if (pending === undefined || pending.mode !== ResumeMode.InQuotes) throw new Error('no row left inside quotes');
    this.pending = undefined;
    const row = this.row;
    const base = pending.rowStart - pending.localRowStart;
    if (row.base !== base) throw new Error('the unfinished row was scanned from another text');
    const cell = pending.cell;
    row.ensureCapacity(cell + 1);
    row.cellStart[cell] = pending.cellStart;
    row.cellEnd[cell] = end - base;
    row.cellKind[cell] = CellKind.Irregular;
    row.cellEndLine[cell] = endLine;
    row.cellEndLineOffset[cell] = endLineStart - base;
    row.issues.push({ kind: 'unclosed-quote', offset: pending.cellStart, cell });
    row.index = this.rowIndex++;
    row.start = pending.localRowStart;
    row.end = end - base;
    row.next = end - base;
    row.line = this.line;
    row.terminator = Terminator.None;
    row.cellCount = cell + 1;
    row.readableCells = cell;
    this.line = endLine;
    onRow(row);
  }

  private savePending(
    base: number,
    rowStart: number,
    cell: number,
    mode: ResumeMode,
    cellStart: number,
    kind: CellKind,
    pos: number,
    line: number,
    lineOffset: number,
    stray: boolean,
  ): void {
    this.pending = { rowStart: base + rowStart, localRowStart: rowStart, cell, mode, cellStart, kind, pos, line, lineOffset, stray };
  }
}

/** The offset of the first `char` at or after `from`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

/** Moves the local offsets of a row's first `cells` cells and of its quote issues by `shift`. */
function shiftRow(row: RowView, cells: number, shift: number): void {
  for (let i = 0; i < cells; i++) {
    row.cellStart[i] += shift;
    row.cellEnd[i] += shift;
    row.cellEndLineOffset[i] += shift;
  }
  for (const issue of row.issues) issue.offset += shift;
}
