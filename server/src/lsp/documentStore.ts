// The server's open documents: small ones as `TextDocument`s (as `TextDocuments` keeps them), big ones
// (≥ BIG_DOCUMENT_CHARS) in the incremental engine's chunked form, so that an edit costs a chunk and a
// row instead of a copy of the whole text. Both answer the `TextDocument` interface the services use.
import { TextDocument, type Position, type Range } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { IncrementalTable } from '../engine/incremental/incrementalTable';
import { piecesLength, takeTextPieces } from './messageReader';
import { trace } from './trace';

/** Documents from this many characters on are kept and checked incrementally. */
export const BIG_DOCUMENT_CHARS = 1 << 20;
/** Rows an edit re-checks while its notification is handled (a millisecond or so). */
const EDIT_ROW_BUDGET = 100;

/** A big document: its text lives in `table` (an `IncrementalTable`); the whole string is built only when asked for. */
/** Recent edits a big document remembers (where they began), to tell what an older result still holds. */
const REMEMBERED_EDITS = 256;

export class BigDocument implements TextDocument {
  private cached: { version: number; text: string } | undefined;
  /** The last edits: the version each was applied to, and the offset before which it changed nothing. */
  private readonly edits: { before: number; from: number }[] = [];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    readonly table: IncrementalTable,
  ) {}

  get length(): number {
    return this.table.text.length;
  }

  get lineCount(): number {
    return this.table.text.lineCount;
  }

  /** The whole text is materialized lazily and cached for the current version (hovers, fixes, the map). */
  getText(range?: Range): string {
    if (range) return this.table.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    if (this.cached?.version !== this.version) this.cached = { version: this.version, text: this.table.text.getText() };
    return this.cached.text;
  }

  positionAt(offset: number): Position {
    return this.table.text.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.table.text.offsetAt(position);
  }

  /**
   * The offset before which the text is the same as at `version` (Infinity when nothing changed since;
   * 0 when that version is too old to tell).
   */
  unchangedBefore(version: number): number {
    if (version >= this.version) return Infinity;
    const edits = this.edits;
    if (edits.length === 0 || edits[0].before > version) return 0;
    let from = Infinity;
    for (let i = edits.length - 1; i >= 0 && edits[i].before >= version; i--) from = Math.min(from, edits[i].from);
    return from;
  }

  applyChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    this.cached = undefined;
    // Where this edit begins: each change's start read in the text before the edit is a lower bound (a
    // change placed after an earlier one of the same edit starts after that one, or in text it left alone).
    let from = Infinity;
    for (const change of changes) from = Math.min(from, 'range' in change && change.range ? this.offsetAt(change.range.start) : 0);
    this.edits.push({ before: this.version, from });
    if (this.edits.length > REMEMBERED_EDITS) this.edits.shift();
    // A typed character re-checks a row or two here; longer work goes on in the scheduler's slices at once.
    this.table.applyEdits(changes, EDIT_ROW_BUDGET);
    this.version = version;
  }
}

export interface DocumentEvent {
  document: TextDocument;
}

type Listener = (event: DocumentEvent) => void;

/** Open documents by URI, fed by the connection's text document notifications (replaces `TextDocuments`). */
/** Big documents checked while their didOpen arrived (see arrivingDocuments.ts). */
export interface Arrivals {
  /** The document checked while this didOpen arrived, its text completed; undefined when there is none. */
  complete(uri: string, version: number, pieces: readonly string[] | undefined): BigDocument | undefined;
}

export class DocumentStore {
  private readonly documents = new Map<string, TextDocument>();
  /** Set by the server when it checks big documents while they arrive. */
  arrivals: Arrivals | undefined;
  /** Told of a change left out because its version is not newer than the document's. */
  onStaleChange: ((uri: string, version: number, current: number) => void) | undefined;
  private readonly listeners = { open: [] as Listener[], change: [] as Listener[], close: [] as Listener[] };

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  keys(): string[] {
    return [...this.documents.keys()];
  }

  onDidOpen(listener: Listener): { dispose(): void } {
    return this.subscribe(this.listeners.open, listener);
  }

  onDidChangeContent(listener: Listener): { dispose(): void } {
    return this.subscribe(this.listeners.change, listener);
  }

  onDidClose(listener: Listener): { dispose(): void } {
    return this.subscribe(this.listeners.close, listener);
  }

  /**
   * Opens a document: big texts go to the chunked form (their whole check is left to the scheduler's
   * steps). `text` is one string, or pieces in order (a big didOpen, read by pieces: see messageReader.ts).
   */
  open(uri: string, languageId: string, version: number, text: string | readonly string[]): TextDocument {
    const length = typeof text === 'string' ? text.length : piecesLength(text);
    const document =
      length >= BIG_DOCUMENT_CHARS
        ? new BigDocument(uri, languageId, version, IncrementalTable.openPending(text))
        : TextDocument.create(uri, languageId, version, typeof text === 'string' ? text : text.join(''));
    this.documents.set(uri, document);
    return document;
  }

  /**
   * Applies a didChange. A change whose version is not newer than the document's arrived out of order (LSP
   * versions only increase): its ranges are positions in an older text, so it is left out (and said so)
   * rather than applied to the wrong text.
   */
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): TextDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    if (version <= document.version) {
      this.onStaleChange?.(uri, version, document.version);
      return undefined;
    }
    if (document instanceof BigDocument) document.applyChanges(changes, version);
    else {
      const updated = TextDocument.update(document, [...changes], version);
      // A document that grew past the threshold (a paste) is kept and checked as a big one from now on.
      const text = updated.getText();
      this.documents.set(uri, text.length >= BIG_DOCUMENT_CHARS ? new BigDocument(uri, updated.languageId, version, IncrementalTable.openPending(text)) : updated);
    }
    return this.documents.get(uri);
  }

  close(uri: string): TextDocument | undefined {
    const document = this.documents.get(uri);
    this.documents.delete(uri);
    return document;
  }

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const pieces = takeTextPieces(textDocument);
      trace('didOpen received', { pieces: pieces?.length ?? 1 });
      const arrived = this.arrivals?.complete(textDocument.uri, textDocument.version, pieces);
      let document: TextDocument;
      if (arrived && arrived.languageId === textDocument.languageId) {
        document = arrived;
        this.documents.set(document.uri, document);
      } else document = this.open(textDocument.uri, textDocument.languageId, textDocument.version, pieces ?? textDocument.text);
      trace('document opened', { big: document instanceof BigDocument });
      this.emit(this.listeners.open, document);
      this.emit(this.listeners.change, document);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      if (contentChanges.length === 0) return;
      const document = this.change(textDocument.uri, textDocument.version, contentChanges);
      if (document) this.emit(this.listeners.change, document);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      const document = this.close(textDocument.uri);
      if (document) this.emit(this.listeners.close, document);
    });
  }

  private subscribe(list: Listener[], listener: Listener): { dispose(): void } {
    list.push(listener);
    return { dispose: () => list.splice(list.indexOf(listener) >>> 0, 1) };
  }

  private emit(list: Listener[], document: TextDocument): void {
    for (const listener of list) listener({ document });
  }
}
