// The server's open documents, fed by the connection's text document notifications (instead of
// `TextDocuments`): every table is a `TableDocument` (its text in the incremental engine's chunked form,
// whatever its size), every JSON dataset a `JsonTextDocument` (the same chunked text); other documents
// (metadata sidecars) are plain `TextDocument`s.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { takeTextPieces } from './messageReader';
import { isJsonDocument } from './jsonDocuments';
import { JsonTextDocument } from './jsonTextDocument';
import { isTableDocument, TableDocument } from './tableDocument';
import { trace } from './trace';

export interface DocumentEvent {
  document: TextDocument;
}

type Listener = (event: DocumentEvent) => void;

/** Tables checked while their didOpen arrived (see arrivingDocuments.ts). */
export interface Arrivals {
  /** The document checked while this didOpen arrived, its text completed; undefined when there is none. */
  complete(uri: string, version: number, pieces: readonly string[] | undefined): TableDocument | undefined;
}

export class DocumentStore {
  private readonly tables = new Map<string, TableDocument>();
  private readonly others = new Map<string, TextDocument>();
  /** Set by the server when it checks tables while they arrive. */
  arrivals: Arrivals | undefined;
  /** Told of the edits applied to a JSON dataset (the JSON check thread mirrors the big ones). */
  onChangesApplied: ((uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]) => void) | undefined;
  /** Told of a change left out because its version is not newer than the document's. */
  onStaleChange: ((uri: string, version: number, current: number) => void) | undefined;
  private readonly listeners = { open: [] as Listener[], change: [] as Listener[], close: [] as Listener[] };

  get(uri: string): TextDocument | undefined {
    return this.tables.get(uri) ?? this.others.get(uri);
  }

  /** The open table at `uri`, if it is one. */
  table(uri: string): TableDocument | undefined {
    return this.tables.get(uri);
  }

  all(): TextDocument[] {
    return [...this.tables.values(), ...this.others.values()];
  }

  keys(): string[] {
    return [...this.tables.keys(), ...this.others.keys()];
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

  /** Opens a document. `text` is one string, or pieces in order (a big didOpen, read by pieces: see messageReader.ts). */
  open(uri: string, languageId: string, version: number, text: string | readonly string[]): TextDocument {
    this.drop(uri);
    if (isTableDocument({ uri, languageId })) {
      const document = TableDocument.open(uri, languageId, version, text);
      this.tables.set(uri, document);
      return document;
    }
    // A JSON dataset keeps its text in chunks (a keystroke in 40 MB costs a chunk); other documents (sidecars) are small.
    const document = isJsonDocument({ uri, languageId }) ? new JsonTextDocument(uri, languageId, version, text) : TextDocument.create(uri, languageId, version, typeof text === 'string' ? text : text.join(''));
    this.others.set(uri, document);
    return document;
  }

  /** Makes a table checked while it arrived the open document. */
  adopt(document: TableDocument): void {
    this.drop(document.uri);
    this.tables.set(document.uri, document);
  }

  /**
   * Applies a didChange. A change whose version is not newer than the document's arrived out of order (LSP
   * versions only increase): its ranges are positions in an older text, so it is left out (and said so)
   * rather than applied to the wrong text.
   */
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): TextDocument | undefined {
    const document = this.get(uri);
    if (!document) return undefined;
    if (version <= document.version) {
      this.onStaleChange?.(uri, version, document.version);
      return undefined;
    }
    const table = this.tables.get(uri);
    if (table) {
      table.applyChanges(changes, version);
      return table;
    }
    if (document instanceof JsonTextDocument) {
      document.applyChanges(changes, version);
      this.onChangesApplied?.(uri, version, changes);
      return document;
    }
    const updated = TextDocument.update(document, [...changes], version);
    this.others.set(uri, updated);
    return updated;
  }

  close(uri: string): TextDocument | undefined {
    const document = this.get(uri);
    this.drop(uri);
    return document;
  }

  private drop(uri: string): void {
    this.tables.delete(uri);
    this.others.delete(uri);
  }

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const pieces = takeTextPieces(textDocument);
      trace('didOpen received', { pieces: pieces?.length ?? 1 });
      const arrived = this.arrivals?.complete(textDocument.uri, textDocument.version, pieces);
      let document: TextDocument;
      if (arrived && arrived.languageId === textDocument.languageId) {
        this.adopt(arrived);
        document = arrived;
      } else document = this.open(textDocument.uri, textDocument.languageId, textDocument.version, pieces ?? textDocument.text);
      trace('document opened', { chars: this.table(document.uri)?.length ?? -1 });
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
