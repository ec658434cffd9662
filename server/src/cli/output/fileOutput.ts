// One file's part of one report written as it goes (text, github), on the main thread: writes the lines
// through while the file has its turn (reports follow path order) and none has to wait, else holds them
// (see spool.ts) and writes them once the file is done, the problems found at its end put in their place.
// A file checked in two parts (see split/) adds the lines of its second part after those of the first.
import { compareKeys, type LineKey, type OutputEvent } from './events';
import { Spool, type PartShift, type SpoolEntry } from './spool';
import { restoreRowNumbers } from '../split/rowNumbers';

type LinesEvent = Extract<OutputEvent, { kind: 'lines' }>;

export class FileOutput {
  private headSeen = false;
  private headText: string | undefined;
  private hold = false;
  /** The file has its turn: what may be written is written. */
  private live = false;
  private readonly held = new Spool();
  private readonly late: Array<{ text: string; key: LineKey }> = [];
  private tail: { text?: string } | undefined;
  /** Lines of the second part of a file checked in two parts, until the first part is confirmed. */
  private following: { spool: Spool; shift?: PartShift } | undefined;

  constructor(private readonly write: (text: string) => void) {}

  accept(event: OutputEvent): void {
    switch (event.kind) {
      case 'head':
        this.headSeen = true;
        this.headText = event.text;
        this.hold = event.hold;
        if (this.live) this.writeHead();
        return;
      case 'lines':
        if (this.live && this.headSeen && !this.hold && this.held.isEmpty) this.writeEntry(event);
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

  /** The second part of a file checked in two parts begins (its lines wait for the first to be confirmed). */
  expectFollowing(): void {
    this.following = { spool: new Spool() };
  }

  acceptFollowing(event: OutputEvent): void {
    const following = this.following;
    if (!following || event.kind !== 'lines') return;
    if (following.shift && this.live && !this.hold) this.writeEntry({ ...event, shift: following.shift });
    else following.spool.append({ ...event, shift: following.shift });
  }

  /** The first part ended exactly where the second began: its lines follow, shifted into place. */
  attachFollowing(shift: PartShift): void {
    const following = this.following;
    if (!following) return;
    following.shift = shift;
    if (this.live && !this.hold) {
      this.writeHeld();
      for (const entry of following.spool.take()) this.writeEntry({ ...entry, shift });
    } else this.held.adopt(following.spool, shift);
  }

  /** The second part was checked for nothing (the split point was inside a row): its lines are dropped. */
  dropFollowing(): void {
    this.following?.spool.dispose();
    this.following = undefined;
  }

  /** The file is done and has its turn: writes the rest, late problems in their place, then the summary. */
  finish(): void {
    this.live = true;
    if (this.headSeen) this.writeHead();
    if (this.following?.shift) this.held.adopt(this.following.spool, this.following.shift);
    this.following?.spool.dispose();
    this.following = undefined;
    this.writeHeld();
    if (this.tail?.text !== undefined) this.write(this.tail.text);
  }

  /** The file could not be checked: what is held is dropped. */
  discard(): void {
    this.held.dispose();
    this.following?.spool.dispose();
    this.following = undefined;
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
      else this.writeEntry(entry);
    }
    for (; next < late.length; next++) this.write(late[next].text);
  }

  /** Writes an entry's lines with the late lines that sort before them; returns the first late line left. */
  private writeAmong(entry: SpoolEntry, late: Array<{ text: string; key: LineKey }>, next: number): number {
    const keys = entry.keys as NonNullable<SpoolEntry['keys']>;
    const shift = entry.shift?.offset ?? 0;
    let from = 0;
    let at = 0;
    for (let line = 0; line < keys.lengths.length && next < late.length; line++) {
      const key = { offset: keys.offsets[line] + shift, rank: keys.ranks[line], code: keys.codes[line] };
      // On a tie the line came first: problems found at the end sort after the others (a stable sort).
      if (compareKeys(key, late[next].key) > 0) {
        if (at > from) this.writeEntry({ ...entry, text: entry.text.slice(from, at - 1) });
        from = at;
        while (next < late.length && compareKeys(key, late[next].key) > 0) this.write(late[next++].text);
      }
      at += keys.lengths[line] + 1;
    }
    if (from < entry.text.length) this.writeEntry({ ...entry, text: entry.text.slice(from) });
    return next;
  }

  private writeEntry(entry: SpoolEntry | LinesEvent): void {
    const shift = 'shift' in entry ? entry.shift : undefined;
    const text = entry.rowNumbers && shift?.rowNumberTag ? restoreRowNumbers(entry.text, shift.rowNumberTag, shift.rowNumberShift ?? 0) : entry.text;
    this.write(text);
  }
}
