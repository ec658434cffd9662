// An open JSON dataset (`.json`, `.geojson`), whatever its size: its text in the engine's chunked form
// (engine/incremental/chunkedText.ts), as a table's. A keystroke in a 40 MB DECP then costs a chunk, not a
// copy of the whole text on the server's thread (a plain `TextDocument` rebuilds its string at each edit:
// 30–60 ms for 40 MB). The whole string is built only when asked for (a small document's check, the first
// text sent to the check thread, which then follows the edits itself), and cached for its version.
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { ChunkedText } from '../engine/incremental/chunkedText';

export class JsonTextDocument implements TextDocument {
  private readonly text: ChunkedText;
  private cached: { version: number; text: string } | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string | readonly string[],
  ) {
    this.text = new ChunkedText(text);
  }

  get length(): number {
    return this.text.length;
  }

  get lineCount(): number {
    return this.text.lineCount;
  }

  getText(range?: Range): string {
    if (range) return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    if (this.cached?.version !== this.version) this.cached = { version: this.version, text: this.text.getText() };
    return this.cached.text;
  }

  /** The characters in `[start, end)`, without building the whole string. */
  slice(start: number, end: number): string {
    return this.text.slice(Math.max(0, start), Math.min(this.length, end));
  }

  /** The text as its chunks, in order (sent to the check thread without joining 40 MB here). */
  pieces(): string[] {
    return [...this.text.pieces()];
  }

  positionAt(offset: number): Position {
    return this.text.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.text.offsetAt(position);
  }

  applyChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    this.cached = undefined;
    for (const change of changes) this.text.applyChange('range' in change && change.range ? { range: change.range, text: change.text } : { text: change.text });
    this.version = version;
  }
}

/** A document's first characters and length, without building the whole text of a JSON document kept in chunks. */
export function headAndLength(document: TextDocument, maxChars: number): { head: string; length: number } {
  if (document instanceof JsonTextDocument) return { head: document.slice(0, maxChars), length: document.length };
  const text = document.getText();
  return { head: text.slice(0, maxChars), length: text.length };
}
