// An open table, whatever its size: its text lives in the incremental engine's chunked form (an edit costs
// a chunk and a row, not a copy of the whole text), and its rows stay checked there. It answers the
// `TextDocument` interface the services use; the whole string is built only when asked for.
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { IncrementalTable } from '../engine';

/** Rows an edit re-checks while its notification is handled (a millisecond or so); the rest goes on in slices. */
const EDIT_ROW_BUDGET = 100;
/** Recent edits a document remembers (where they began), to tell what an older result still holds. */
const REMEMBERED_EDITS = 256;

/** The languages and file names the server checks as tables. */
export function isTableDocument(document: { languageId: string; uri: string }): boolean {
  return ['csv', 'csv-semicolon', 'csv-pipe', 'tsv'].includes(document.languageId) || /\.(csv|tsv)$/i.test(document.uri);
}

export class TableDocument implements TextDocument {
  private cached: { version: number; text: string } | undefined;
  /** The last edits: the version each was applied to, and the offset before which it changed nothing. */
  private readonly edits: { before: number; from: number }[] = [];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    readonly table: IncrementalTable,
  ) {}

  /** A document whose whole check is left to `step` (the scheduler's slices). `text`: one string, or pieces in order. */
  static open(uri: string, languageId: string, version: number, text: string | readonly string[]): TableDocument {
    return new TableDocument(uri, languageId, version, IncrementalTable.openPending(text));
  }

  get length(): number {
    return this.table.text.length;
  }

  get lineCount(): number {
    return this.table.text.lineCount;
  }

  /** The whole text is materialized lazily and cached for the current version (the map, schema inference). */
  getText(range?: Range): string {
    if (range) return this.table.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    if (this.cached?.version !== this.version) this.cached = { version: this.version, text: this.table.text.getText() };
    return this.cached.text;
  }

  /** The first `chars` characters (or all of a shorter text), without building the whole string. */
  head(chars: number): string {
    return this.table.text.slice(0, Math.min(this.length, chars));
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
