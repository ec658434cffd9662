// The one index of a table's keys, row by row: for each unique column and the primary key, the rows
// holding each value (the earliest in the file is the first occurrence, every other one breaks the
// constraint); for each same-table foreign key, how many rows offer each value and which rows refer to a
// value. A single pass adds rows in file order; an edited table (incremental/) also removes them.
// The index says which rows break a constraint by marking them (`KeyMarks`); whoever holds the rows turns
// the marks into problems (at once in a single pass, when problems are read in an edited table).
import type { CellKey } from '../schema/compile';

/** A row's keys by slot (see TableConstraints.keysOf): undefined where the row holds no valid value. */
export type RowKeys = readonly (CellKey | undefined)[];

/** Where the index records the rows that break a constraint, and how rows are ordered. */
export interface KeyMarks {
  /** Marks (or clears) row `id` as breaking the constraint of key slot `slot`. */
  mark(id: number, slot: number, on: boolean): void;
  /** Negative when row `a` comes before row `b` in the file. */
  compareIds(a: number, b: number): number;
}

/** The rows holding a value: one id, or the first (earliest) one and all of them. */
type Holders = number | { first: number; ids: Set<number> };
/** The rows referring to a value. */
type Referrers = number | Set<number>;

/**
 * Key slots as `TableConstraints.keysOf` lays them out: `groupSlots` slots (unique columns, then the
 * primary key) whose values must not repeat, then two slots per foreign key (the key a row refers to, the
 * key it offers). A row breaking the constraint of a slot is marked with that slot number (the referring
 * slot for a foreign key). Keys are kept: long strings must be copied out of the text first.
 *
 * `removable: false` (a single pass, rows added in file order and never removed) keeps only what adding
 * needs: the first row of each value, and the rows whose reference is not offered yet.
 */
export class KeyIndex {
  private readonly holders: Map<CellKey, Holders>[] = [];
  private readonly offered: Map<CellKey, number>[] = [];
  private readonly referrers: Map<CellKey, Referrers>[] = [];

  constructor(
    readonly groupSlots: number,
    readonly foreignKeys: number,
    private readonly marks: KeyMarks,
    private readonly removable = true,
  ) {
    for (let slot = 0; slot < groupSlots; slot++) this.holders.push(new Map());
    for (let key = 0; key < foreignKeys; key++) {
      this.offered.push(new Map());
      this.referrers.push(new Map());
    }
  }

  /** Number of key slots a row's keys have. */
  get slotCount(): number {
    return this.groupSlots + 2 * this.foreignKeys;
  }

  /** The slot a foreign key's referring key occupies (and marks rows with). */
  foreignKeySlot(key: number): number {
    return this.groupSlots + 2 * key;
  }

  addRow(id: number, keys: RowKeys): void {
    for (let slot = 0; slot < this.groupSlots; slot++) {
      const key = keys[slot];
      if (key !== undefined) this.addHolder(slot, key, id);
    }
    for (let fk = 0; fk < this.foreignKeys; fk++) {
      const slot = this.foreignKeySlot(fk);
      // The value a row offers counts before its own reference is looked up (a row may refer to itself).
      const offered = keys[slot + 1];
      if (offered !== undefined) {
        const count = this.offered[fk].get(offered) ?? 0;
        this.offered[fk].set(offered, count + 1);
        if (count === 0) {
          this.forEachReferrer(fk, offered, (referrer) => this.marks.mark(referrer, slot, false));
          // Rows are never removed: an offered value stays offered, its referrers need no keeping.
          if (!this.removable) this.referrers[fk].delete(offered);
        }
      }
      const key = keys[slot];
      if (key === undefined) continue;
      const unresolved = (this.offered[fk].get(key) ?? 0) === 0;
      if (!unresolved && !this.removable) continue;
      const referrers = this.referrers[fk];
      const existing = referrers.get(key);
      if (existing === undefined) referrers.set(key, id);
      else if (typeof existing === 'number') referrers.set(key, new Set([existing, id]));
      else existing.add(id);
      if (unresolved) this.marks.mark(id, slot, true);
    }
  }

  /** Removes a row (its marks are cleared too). Only for an index made `removable`. */
  removeRow(id: number, keys: RowKeys): void {
    if (!this.removable) throw new Error('KeyIndex: rows of a single pass are never removed');
    for (let slot = 0; slot < this.groupSlots; slot++) {
      const key = keys[slot];
      if (key !== undefined) this.removeHolder(slot, key, id);
    }
    for (let fk = 0; fk < this.foreignKeys; fk++) {
      const slot = this.foreignKeySlot(fk);
      const key = keys[slot];
      if (key !== undefined) {
        this.marks.mark(id, slot, false);
        const referrers = this.referrers[fk];
        const existing = referrers.get(key);
        if (typeof existing === 'number') referrers.delete(key);
        else if (existing !== undefined) {
          existing.delete(id);
          if (existing.size === 1) referrers.set(key, existing.values().next().value as number);
        }
      }
      const offered = keys[slot + 1];
      if (offered !== undefined) {
        const count = (this.offered[fk].get(offered) ?? 1) - 1;
        if (count > 0) this.offered[fk].set(offered, count);
        else {
          this.offered[fk].delete(offered);
          this.forEachReferrer(fk, offered, (referrer) => this.marks.mark(referrer, slot, true));
        }
      }
    }
  }

  /** The id of the first (earliest) row holding `key` in group slot `slot`. */
  firstHolder(slot: number, key: CellKey): number | undefined {
    const holders = this.holders[slot].get(key);
    return holders === undefined ? undefined : typeof holders === 'number' ? holders : holders.first;
  }

  private addHolder(slot: number, key: CellKey, id: number): void {
    const map = this.holders[slot];
    const holders = map.get(key);
    if (holders === undefined) {
      map.set(key, id);
      return;
    }
    if (typeof holders === 'number') {
      const idFirst = this.marks.compareIds(id, holders) < 0;
      if (this.removable) map.set(key, { first: idFirst ? id : holders, ids: new Set([holders, id]) });
      else if (idFirst) map.set(key, id);
      this.marks.mark(idFirst ? holders : id, slot, true);
      return;
    }
    holders.ids.add(id);
    if (this.marks.compareIds(id, holders.first) < 0) {
      this.marks.mark(holders.first, slot, true);
      holders.first = id;
    } else this.marks.mark(id, slot, true);
  }

  private removeHolder(slot: number, key: CellKey, id: number): void {
    const map = this.holders[slot];
    const holders = map.get(key);
    if (holders === undefined) return;
    if (typeof holders === 'number') {
      map.delete(key);
      return;
    }
    holders.ids.delete(id);
    if (holders.first === id) {
      // The earliest remaining row becomes the first occurrence.
      let first = -1;
      for (const other of holders.ids) if (first < 0 || this.marks.compareIds(other, first) < 0) first = other;
      holders.first = first;
      this.marks.mark(first, slot, false);
    } else this.marks.mark(id, slot, false);
    if (holders.ids.size === 1) map.set(key, holders.first);
  }

  private forEachReferrer(fk: number, key: CellKey, visit: (id: number) => void): void {
    const referrers = this.referrers[fk].get(key);
    if (referrers === undefined) return;
    if (typeof referrers === 'number') visit(referrers);
    else for (const id of referrers) visit(id);
  }
}
