// Reads LSP messages from a byte stream (stdio) as vscode-jsonrpc's stream reader does, except for big
// messages: the didOpen of a national file is 50–250 MB of JSON. vscode-jsonrpc keeps every chunk, copies
// them into one buffer, decodes that into one string and parses it into another: four copies of the text
// alive at once (1.5 GB for a 250 MB file) and three passes after the last byte arrived. Here a big body
// is decoded while it arrives, and a long string value in it (the document's text) is turned into pieces
// of about 64k characters as it goes: the pieces become the document's chunks (see takeTextPieces), and
// nothing else of the message outlives its bytes.
import { randomBytes } from 'node:crypto';
import { inputArrived } from './inputWatch';
import { trace } from './trace';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

/** Bodies from this size on are decoded while they arrive (smaller ones are parsed whole, as usual). */
export const BIG_BODY_BYTES = 1 << 20;
/** A string value whose escaped form is longer than this (in bytes) is decoded into pieces of about this size. */
export const PIECE_BYTES = 64 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const QUOTE_BYTES = Buffer.from('"');
/** Decodes pieces (faster than Buffer#toString here); a byte order mark inside the text is kept. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const CR = 13;
const LF = 10;
/** A header longer than this is not one (real ones are under a hundred bytes). */
const MAX_HEADER_BYTES = 8 * 1024;
/**
 * A body longer than this is refused at its header (1 GiB: four times the biggest national file the
 * server is meant to open): waiting for more would swallow every message after it.
 */
const MAX_BODY_BYTES = 1 << 30;
/** What is kept of a header too long to be one: room for the start of a real header after garbage. */
const HEADER_TAIL_KEPT = 256;

/** Pieces of the text of the didOpen notifications read, by their `textDocument` object (`text` is left empty). */
const textPieces = new WeakMap<object, string[]>();

/** What a didOpen says before its text: the text comes last (as vscode-languageclient writes it). */
export interface OpeningDocument {
  uri: string;
  languageId: string;
  version: number;
}

/**
 * Called while the text of a big didOpen arrives, after each new piece, with the pieces so far (the same
 * array, growing; `takeTextPieces` gives it whole once the message is read) and the share of the message
 * read (0 to 1). Lets the server check the start of a big document while the rest is still on its way.
 */
export type OpeningListener = (document: OpeningDocument, pieces: readonly string[], share: number) => void;

let openingListener: OpeningListener | undefined;

/** Big messages whose reading started (the server stops warming up when the first comes). */
let bigMessages = 0;

export function bigMessagesStarted(): number {
  return bigMessages;
}

/** Registers the listener of didOpen texts as they arrive (one: the server's). */
export function onDocumentArriving(listener: OpeningListener | undefined): void {
  openingListener = listener;
}

/**
 * The text of a `textDocument` read from a big didOpen, as pieces in order (their concatenation is the
 * text; its `text` property was left empty so that the text never exists as one string). Taken once.
 */
export function takeTextPieces(textDocument: object): string[] | undefined {
  const pieces = textPieces.get(textDocument);
  textPieces.delete(textDocument);
  return pieces;
}

/**
 * Parses the body of one JSON message as its bytes arrive. Outside long strings the JSON is kept as bytes
 * (the envelope, parsed at the end); a string whose escaped form grows past PIECE_BYTES is replaced there by
 * a placeholder and decoded into pieces, each by JSON.parse of a run of its escaped form, cut where neither
 * an escape sequence nor a UTF-8 sequence is split.
 */
export class StreamingJsonBody {
  private readonly envelope: Buffer[] = [];
  private readonly longStrings: string[][] = [];
  /** Placeholders are this prefix and an index: random, so that no string of a message can be one. */
  private readonly placeholder = `\u0000opendata-lint-long-string-${randomBytes(8).toString('hex')}-`;
  private inString = false;
  /** Bytes of the current string's escaped form not yet decoded (views on the chunks received). */
  private parts: Uint8Array[] = [];
  private partsBytes = 0;
  /** Pieces of the current string once it is long. */
  private pieces: string[] | undefined;
  /** Backslashes ending the content read so far (an odd run escapes the next byte). */
  private backslashes = 0;
  /** Size at which the pending bytes are cut into a piece (grows when no cut was possible). */
  private cutAt: number;
  /** The document whose text the current long string is, when it is the text of a didOpen. */
  private opening: OpeningDocument | undefined;

  /** Bytes written so far. */
  private written = 0;

  /** `totalBytes`: the body's length (for the share read); `pieceBytes`: for tests, to meet piece boundaries in small messages. */
  constructor(
    private readonly totalBytes = 0,
    private readonly pieceBytes = PIECE_BYTES,
  ) {
    this.cutAt = pieceBytes;
  }

  /** Feeds the next bytes of the body. */
  write(chunk: Uint8Array): void {
    this.written += chunk.byteLength;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const length = bytes.length;
    let at = 0;
    while (at < length) {
      if (!this.inString) {
        const quote = bytes.indexOf(QUOTE, at);
        this.envelope.push(Buffer.from(bytes.subarray(at, quote < 0 ? length : quote)));
        if (quote < 0) return;
        this.inString = true;
        this.parts = [];
        this.partsBytes = 0;
        this.pieces = undefined;
        this.backslashes = 0;
        this.cutAt = this.pieceBytes;
        at = quote + 1;
        continue;
      }
      // The string ends at the next quote that an odd run of backslashes does not escape.
      let quote = bytes.indexOf(QUOTE, at);
      while (quote >= 0 && this.isEscaped(bytes, at, quote)) quote = bytes.indexOf(QUOTE, quote + 1);
      this.addContent(bytes, at, quote < 0 ? length : quote);
      if (quote < 0) return;
      this.endString();
      at = quote + 1;
    }
  }

  /** Ends the body and returns the message, long strings put back (the text of a didOpen as pieces). */
  end(): unknown {
    if (this.inString) throw new SyntaxError('Unterminated string in JSON message');
    const message = JSON.parse(Buffer.concat(this.envelope).toString('utf8')) as unknown;
    return this.longStrings.length === 0 ? message : this.restore(message);
  }

  /** Whether the quote at `quote` is escaped; `from` is where this chunk's part of the string starts. */
  private isEscaped(bytes: Buffer, from: number, quote: number): boolean {
    let run = 0;
    while (quote - run - 1 >= from && bytes[quote - run - 1] === BACKSLASH) run++;
    if (quote - run === from) run += this.backslashes;
    return run % 2 === 1;
  }

  private addContent(bytes: Buffer, from: number, end: number): void {
    if (end === from) return;
    let run = 0;
    while (end - run - 1 >= from && bytes[end - run - 1] === BACKSLASH) run++;
    this.backslashes = run === end - from ? this.backslashes + run : run;
    this.parts.push(bytes.subarray(from, end));
    this.partsBytes += end - from;
    if (this.partsBytes >= this.cutAt) this.cutPiece(false);
  }

  /**
   * Decodes the pending bytes into a piece: all of them when the string ended, else but for a tail that
   * may hold an unfinished escape sequence (\uXXXX is the longest: 6 bytes) or UTF-8 sequence.
   */
  private cutPiece(ended: boolean): void {
    // The escaped form between quotes, as JSON.parse reads a string.
    const joined = Buffer.allocUnsafe(this.partsBytes + 2);
    joined[0] = QUOTE;
    let offset = 1;
    for (const part of this.parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    const contentEnd = offset;
    let cut = contentEnd;
    if (!ended) {
      const last = joined.lastIndexOf(BACKSLASH, contentEnd - 1);
      if (last >= 1 && last > contentEnd - 6) {
        // Before the first backslash of a run: no escape sequence goes across that point.
        cut = last;
        while (cut > 1 && joined[cut - 1] === BACKSLASH) cut--;
      } else {
        // Before a last UTF-8 sequence that may be unfinished.
        let lead = contentEnd - 1;
        while (lead > 1 && (joined[lead] & 0xc0) === 0x80) lead--;
        const size = joined[lead] >= 0xf0 ? 4 : joined[lead] >= 0xe0 ? 3 : joined[lead] >= 0xc0 ? 2 : 1;
        if (lead + size > contentEnd) cut = lead;
      }
      if (cut <= 1) {
        // No place to cut (a long run of backslashes): read on.
        this.cutAt = this.partsBytes * 2;
        return;
      }
    }
    const rest = cut < contentEnd ? Buffer.from(joined.subarray(cut, contentEnd)) : undefined;
    joined[cut] = QUOTE;
    if (!this.pieces) {
      this.pieces = [];
      this.opening = openingListener ? openingDocument(Buffer.concat(this.envelope).toString('utf8')) : undefined;
    }
    this.pieces.push(JSON.parse(utf8.decode(joined.subarray(0, cut + 1))) as string);
    if (this.opening) openingListener?.(this.opening, this.pieces, this.totalBytes > 0 ? Math.min(1, this.written / this.totalBytes) : 0);
    this.parts = rest ? [rest] : [];
    this.partsBytes = rest ? rest.length : 0;
    this.cutAt = this.pieceBytes;
  }

  private endString(): void {
    this.inString = false;
    if (this.pieces) {
      if (this.partsBytes > 0) this.cutPiece(true);
      this.opening = undefined;
      this.envelope.push(Buffer.from(JSON.stringify(this.placeholder + this.longStrings.length)));
      this.longStrings.push(this.pieces);
    } else this.envelope.push(QUOTE_BYTES, ...this.parts.map((part) => Buffer.from(part)), QUOTE_BYTES);
    this.parts = [];
    this.partsBytes = 0;
    this.pieces = undefined;
  }

  /** Puts long strings back: the text of a didOpen stays in pieces (see takeTextPieces), any other is joined. */
  private restore(message: unknown): unknown {
    const restored = this.restoreValue(message);
    const didOpen = restored as { method?: unknown; params?: { textDocument?: { text?: unknown } } };
    const textDocument = didOpen.method === 'textDocument/didOpen' ? didOpen.params?.textDocument : undefined;
    if (textDocument && textDocument.text instanceof LongString) {
      textPieces.set(textDocument, textDocument.text.pieces);
      textDocument.text = '';
    }
    return joinLongStrings(restored);
  }

  /** Placeholders become `LongString`s (keys: joined strings); objects are kept when no key changes. */
  private restoreValue(value: unknown): unknown {
    if (typeof value === 'string') return value.startsWith(this.placeholder) ? new LongString(this.longStrings[Number(value.slice(this.placeholder.length))]) : value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.restoreValue(value[i]);
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (!keys.some((key) => key.startsWith(this.placeholder))) {
      for (const key of keys) record[key] = this.restoreValue(record[key]);
      return record;
    }
    const renamed: Record<string, unknown> = {};
    for (const key of keys) {
      const name = key.startsWith(this.placeholder) ? this.longStrings[Number(key.slice(this.placeholder.length))].join('') : key;
      renamed[name] = this.restoreValue(record[key]);
    }
    return renamed;
  }
}

/**
 * The document a didOpen opens, read from the JSON before a long string when that string is the value
 * of its `textDocument.text` (the JSON so far is closed with that string empty and parsed); else undefined.
 */
export function openingDocument(before: string): OpeningDocument | undefined {
  if (!/"text"\s*:\s*$/.test(before)) return undefined;
  // Close what is open: a stack of { and [ outside strings (the JSON before holds whole strings only).
  const closers: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '"') {
      for (i++; i < before.length && before[i] !== '"'; i++) if (before[i] === '\\') i++;
    } else if (c === '{') closers.push('}');
    else if (c === '[') closers.push(']');
    else if (c === '}' || c === ']') closers.pop();
  }
  try {
    const message = JSON.parse(`${before}""${closers.reverse().join('')}`) as { method?: unknown; params?: { textDocument?: Record<string, unknown> } };
    const textDocument = message.params?.textDocument;
    if (message.method !== 'textDocument/didOpen' || !textDocument || textDocument.text !== '') return undefined;
    const { uri, languageId, version } = textDocument;
    return typeof uri === 'string' && typeof languageId === 'string' && typeof version === 'number' ? { uri, languageId, version } : undefined;
  } catch {
    return undefined;
  }
}

/** A long string value read in pieces, until it is put back. */
class LongString {
  constructor(readonly pieces: string[]) {}
}

function joinLongStrings(value: unknown): unknown {
  if (value instanceof LongString) return value.pieces.join('');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = joinLongStrings(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = joinLongStrings(record[key]);
  }
  return value;
}

/**
 * A `MessageReader` over a byte stream with `Content-Length` headers (the base protocol): small messages
 * are parsed whole, big ones with `StreamingJsonBody` while they arrive. Messages are delivered in order.
 */
export class StreamingMessageReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  /** Header bytes of the message being read (the header is ASCII and short). */
  private header: number[] = [];
  /** Body bytes still expected (-1 while reading a header). */
  private remaining = -1;
  private smallBody: Buffer[] = [];
  private bigBody: StreamingJsonBody | undefined;
  /** Why the body being read is dropped (it cannot be a message): its bytes are skipped to its end. */
  private dropping: string | undefined;
  /** Whether garbage is being skipped (said once per run of it). */
  private skippingGarbage = false;
  /**
   * Told of each message dropped (a body that is not a JSON-RPC message, a header without a length):
   * the server logs it and reads on. Until the server sets it, stderr (the editor's output channel).
   * `answer` is the error response JSON-RPC asks for (a parse error, or an invalid request, with the
   * request's id when it can be read, else null); none for bytes that were no message at all.
   */
  onDropped: (reason: string, answer?: DroppedAnswer) => void = (reason) => void process.stderr.write(`${reason}\n`);

  /** `options` are for tests: the body size from which bodies are read as they arrive, and the piece size. */
  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly options: { bigBodyBytes?: number; pieceBytes?: number } = {},
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer | string) => this.onData(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('end', onClose);
        this.readable.off('close', onClose);
      },
    };
  }

  /**
   * Feeds bytes as they arrive (public for tests). A message that cannot be read is dropped, said
   * through `onDropped`, and reading goes on with the next header: one bad message (from a buggy client
   * or a proxy) must not leave the server deaf to all the others.
   */
  onData(chunk: Buffer): void {
    inputArrived();
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining < 0) {
        at = this.readHeader(chunk, at);
        continue;
      }
      const end = Math.min(chunk.length, at + this.remaining);
      const bytes = chunk.subarray(at, end);
      if (this.dropping === undefined) {
        try {
          if (this.bigBody) this.bigBody.write(bytes);
          else this.smallBody.push(bytes);
        } catch (error) {
          this.dropBody(error);
        }
      }
      this.remaining -= end - at;
      at = end;
      if (this.remaining === 0) this.endBody();
    }
  }

  /** Skips the rest of the body being read, and says why once it ends. */
  private dropBody(error: unknown): void {
    this.dropping = error instanceof Error ? error.message : String(error);
    this.bigBody = undefined;
    this.smallBody = [];
  }

  /** Reads header bytes from `at`; returns where the body starts (or the chunk's end). */
  private readHeader(chunk: Buffer, at: number): number {
    while (at < chunk.length) {
      const header = this.header;
      const byte = chunk[at++];
      header.push(byte);
      const n = header.length;
      if (byte === LF && n >= 4 && header[n - 2] === CR && header[n - 3] === LF && header[n - 4] === CR) {
        this.startBody(Buffer.from(header).toString('latin1'));
        return at;
      }
      if (n > MAX_HEADER_BYTES) {
        // Garbage without an end of header (the rest of a body whose Content-Length was too short): keep
        // only its end, which may be the start of the next real header.
        if (!this.skippingGarbage) this.onDropped('Skipping bytes that are not an LSP message header, up to the next Content-Length');
        this.skippingGarbage = true;
        this.header = header.slice(n - HEADER_TAIL_KEPT);
      }
    }
    return at;
  }

  private startBody(headerText: string): void {
    this.header = [];
    this.skippingGarbage = false;
    // The last Content-Length of the header: bytes before a real header (the rest of a body whose
    // Content-Length was too short) are garbage that ends up in front of it.
    const lengths = [...headerText.matchAll(/content-length[ \t]*:[ \t]*([^\r\n]*)/gi)];
    const value = lengths.length > 0 ? lengths[lengths.length - 1][1].trim() : '';
    const length = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(length) || length > MAX_BODY_BYTES) {
      this.onDropped(`Dropped a message whose header has no valid Content-Length (at most ${MAX_BODY_BYTES} bytes): ${JSON.stringify(headerText.length > 200 ? `${headerText.slice(0, 200)}…` : headerText)}`);
      return;
    }
    this.remaining = length;
    this.smallBody = [];
    this.dropping = undefined;
    this.bigBody = length >= (this.options.bigBodyBytes ?? BIG_BODY_BYTES) ? new StreamingJsonBody(length, this.options.pieceBytes) : undefined;
    if (this.bigBody) {
      bigMessages++;
      trace('big message started', { bytes: length });
    }
    if (length === 0) this.endBody();
  }

  private endBody(): void {
    const big = this.bigBody;
    const smallBody = this.smallBody;
    const dropping = this.dropping;
    this.bigBody = undefined;
    this.smallBody = [];
    this.dropping = undefined;
    this.remaining = -1;
    let message: unknown;
    try {
      if (dropping !== undefined) throw new Error(dropping);
      message = big ? big.end() : (JSON.parse(Buffer.concat(smallBody).toString('utf8')) as unknown);
    } catch (error) {
      const reason = `Dropped a message whose body is not JSON: ${error instanceof Error ? error.message : String(error)}`;
      this.onDropped(reason, { id: null, code: PARSE_ERROR, message: reason });
      return;
    }
    if (big) trace('big message read');
    const fault = jsonRpcFault(message);
    if (fault) {
      const reason = `Dropped a message that is not a JSON-RPC message: ${fault}`;
      const id = (message as { id?: unknown } | null)?.id;
      this.onDropped(reason, { id: typeof id === 'string' || typeof id === 'number' ? id : null, code: INVALID_REQUEST, message: reason });
      return;
    }
    this.callback?.(message as Message);
  }
}

/** JSON-RPC 2.0's codes for a body that is not JSON, and for JSON that is not a valid request. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;

/** The error response owed for a dropped message (JSON-RPC 2.0, section 5: id null when it cannot be read). */
export interface DroppedAnswer {
  id: number | string | null;
  code: number;
  message: string;
}

/** Why a parsed body is not a JSON-RPC message the connection can handle, or undefined when it is one. */
export function jsonRpcFault(message: unknown): string | undefined {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return Array.isArray(message) ? 'a batch (an array), which LSP does not use' : `a ${message === null ? 'null' : typeof message}, not an object`;
  const { id, method } = message as { id?: unknown; method?: unknown };
  if (method !== undefined && typeof method !== 'string') return 'its method is not a string';
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return 'its id is neither a number nor a string';
  if (method === undefined && id === undefined) return 'it has neither a method nor an id';
  return undefined;
}

/** Characters of a text given as pieces. */
export function piecesLength(pieces: readonly string[]): number {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  return length;
}
