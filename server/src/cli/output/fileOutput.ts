// One file's part of one report written as it goes (text, github), on the main thread: writes the lines
// through while the file has its turn (reports follow path order) and none has to wait, else holds them
// (see spool.ts) and writes them once the file is done, the problems found at its end put in their place.
import { compareKeys, type LineKey, type OutputEvent } from './events';
import { Spool, type SpoolEntry, type SpoolMemory } from './spool';

export class FileOutput {
  private headSeen = false;
  private headText: string | undefined;
  private hold = false;
  /** The file has its turn: what may be written is written. */
  private live = false;
  private readonly held: Spool;
  private readonly late: Array<{ text: string; key: LineKey }> = [];
  private tail: { text?: string } | undefined;

  constructor(
    private readonly write: (text: string) => void,
    memory?: SpoolMemory,
  ) {
    this.held = new Spool(memory);
  }

  accept(event: OutputEvent): void {
    switch (event.kind) {
      case 'head':
        this.headSeen = true;
        this.headText = event.text;
        this.hold = event.hold;
        if (this.live) this.writeHead();
        return;
      case 'lines':
        if (this.live && this.headSeen && !this.hold && this.held.isEmpty) this.write(event.text);
        else this.held.append(event);
        return;
      case 'late':
        this.late.push({ text: event.text, key: event.key });
        return;
      case 'tail':
        this.tail = { text: event.text };
        return;
    }
  }

  /** The file's turn has come: writes what was held and may be written now. */
  goLive(): void {
    this.live = true;
    if (!this.headSeen) return;
    this.writeHead();
    if (!this.hold) this.writeHeld();
  }

  /** The file is done and has its turn: writes the rest, late problems in their place, then the summary. */
  finish(): void {
    this.live = true;
    if (this.headSeen) this.writeHead();
    this.writeHeld();
    if (this.tail?.text !== undefined) this.write(this.tail.text);
  }

  /** The file could not be checked: what is held is dropped. */
  discard(): void {
    this.held.dispose();
    this.late.length = 0;
  }

  private writeHead(): void {
    if (this.headText !== undefined) this.write(this.headText);
    this.headText = undefined;
  }

  private writeHeld(): void {
    const late = this.late.length > 0 ? this.late.slice().sort((a, b) => compareKeys(a.key, b.key)) : [];
    this.late.length = 0;
    let next = 0;
    for (const entry of this.held.take()) {
      if (next < late.length && entry.keys) next = this.writeAmong(entry, late, next);
      else this.write(entry.text);
    }
    for (; next < late.length; next++) this.write(late[next].text);
  }

  /** Writes an entry's lines with the late lines that sort before them; returns the first late line left. */
  private writeAmong(entry: SpoolEntry, late: Array<{ text: string; key: LineKey }>, next: number): number {
    const keys = entry.keys as NonNullable<SpoolEntry['keys']>;
    let from = 0;
    let at = 0;
    for (let line = 0; line < keys.lengths.length && next < late.length; line++) {
      const key = { offset: keys.offsets[line], rank: keys.ranks[line], code: keys.codes[line] };
      // On a tie the line came first: problems found at the end sort after the others (a stable sort).
      if (compareKeys(key, late[next].key) > 0) {
        if (at > from) this.write(entry.text.slice(from, at - 1));
        from = at;
        while (next < late.length && compareKeys(key, late[next].key) > 0) this.write(late[next++].text);
      }
      at += keys.lengths[line] + 1;
    }
    if (from < entry.text.length) this.write(entry.text.slice(from));
    return next;
  }
}
