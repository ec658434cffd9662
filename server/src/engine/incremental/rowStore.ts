// The rows of an incrementally checked table: where each row starts and on which line, a stable id,
// its terminator, and what the checks found on it. Rows live in blocks of up to 1024 whose offsets are
// relative to a block base, so that an edit shifts the rows after it in O(blocks + block size) (about
// 1 500 operations for 500k rows) instead of rewriting one entry per row.
//
// A row's id never changes while the row exists (table checks such as `unique` refer to rows by id, so
// inserting a row does not renumber anything); the row's index (its position, 0 = first row) is computed.
import { ProblemShapes, type StoredProblems } from './storedProblems';
import { Terminator } from '../table/scanner';

export const BLOCK_CAPACITY = 1024;
/** A block this small is merged into its next neighbour when they fit in half a block together. */
const SMALL_BLOCK = BLOCK_CAPACITY / 8;

const TERMINATOR_MASK = 3;
const BLANK = 4;

class RowBlock {
  /** Position in the block list. */
  index = 0;
  /** Absolute offset and line that `offsets` and `lines` are relative to. */
  base = 0;
  lineBase = 0;
  count = 0;
  /** Index of the block's first row (valid for blocks before `RowStore.validBlocks`). */
  firstRow = 0;
  readonly offsets = new Int32Array(BLOCK_CAPACITY);
  readonly lines = new Int32Array(BLOCK_CAPACITY);
  readonly ids = new Int32Array(BLOCK_CAPACITY);
  /** Terminator (2 bits) and blank flag. */
  readonly flags = new Uint8Array(BLOCK_CAPACITY);
  /** Problems found by the row checks, compact, positions relative to the row (see storedProblems.ts). */
  problems: (StoredProblems | undefined)[] = [];
  /** The row's table keys (opaque here: see checks/keyIndex.ts). */
  keys: unknown[] = [];
  /** Table constraints the row currently breaks (key slot numbers, ascending). */
  marks: (number[] | undefined)[] = [];
  /** Rows of this block with problems or marks. */
  problemRows = 0;
  readonly terminators = [0, 0, 0, 0];

  hasProblems(slot: number): boolean {
    return (this.problems[slot]?.length ?? 0) > 0 || (this.marks[slot]?.length ?? 0) > 0;
  }
}

/** What a removed row carried, for the caller to take out of its counters and key groups. */
export interface RemovedRow {
  id: number;
  problems: StoredProblems | undefined;
  keys: unknown;
  marks: number[] | undefined;
}

export class RowStore {
  private blocks: RowBlock[] = [];
  /** Blocks whose `firstRow` is up to date (a prefix of the list). */
  private validBlocks = 0;
  private total = 0;
  /** Block of each live id. */
  private blockOfId: (RowBlock | undefined)[] = [];
  private freeIds: number[] = [];
  private readonly terminatorTotals = [0, 0, 0, 0];
  /** Rows marked, per key slot. */
  private markTotals: number[] = [];

  get count(): number {
    return this.total;
  }

  clear(): void {
    this.blocks = [];
    this.validBlocks = 0;
    this.total = 0;
    this.blockOfId = [];
    this.freeIds = [];
    this.terminatorTotals.fill(0);
    this.markTotals = [];
  }

  /** Rows currently marked with key slot `slot`. */
  markCount(slot: number): number {
    return this.markTotals[slot] ?? 0;
  }

  startOf(row: number): number {
    const [block, slot] = this.locate(row);
    return block.base + block.offsets[slot];
  }

  lineOf(row: number): number {
    const [block, slot] = this.locate(row);
    return block.lineBase + block.lines[slot];
  }

  idOf(row: number): number {
    const [block, slot] = this.locate(row);
    return block.ids[slot];
  }

  terminatorOf(row: number): Terminator {
    const [block, slot] = this.locate(row);
    return (block.flags[slot] & TERMINATOR_MASK) as Terminator;
  }

  isBlank(row: number): boolean {
    const [block, slot] = this.locate(row);
    return (block.flags[slot] & BLANK) !== 0;
  }

  problemsAt(row: number): StoredProblems | undefined {
    const [block, slot] = this.locate(row);
    return block.problems[slot];
  }

  keysAt(row: number): unknown {
    const [block, slot] = this.locate(row);
    return block.keys[slot];
  }

  marksAt(row: number): number[] | undefined {
    const [block, slot] = this.locate(row);
    return block.marks[slot];
  }

  /** Problems of a row: its own and the table constraints it breaks. */
  problemCountAt(row: number): number {
    const [block, slot] = this.locate(row);
    const problems = block.problems[slot];
    return (problems ? ProblemShapes.count(problems) : 0) + (block.marks[slot]?.length ?? 0);
  }

  /** The row whose span holds `offset`: the last row starting at or before it (-1 when none does). */
  rowAtOffset(offset: number): number {
    const blocks = this.blocks;
    if (blocks.length === 0 || offset < blocks[0].base + blocks[0].offsets[0]) return -1;
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const block = blocks[middle];
      if (block.base + block.offsets[0] <= offset) low = middle;
      else high = middle - 1;
    }
    const block = blocks[low];
    const local = offset - block.base;
    let first = 0;
    let last = block.count - 1;
    while (first < last) {
      const middle = (first + last + 1) >> 1;
      if (block.offsets[middle] <= local) first = middle;
      else last = middle - 1;
    }
    return this.firstRowOf(low) + first;
  }

  /** The row that starts on a 0-based line or whose multi-line cells span it (-1 before the first row). */
  rowAtLine(line: number): number {
    const blocks = this.blocks;
    if (blocks.length === 0 || line < blocks[0].lineBase + blocks[0].lines[0]) return -1;
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const block = blocks[middle];
      if (block.lineBase + block.lines[0] <= line) low = middle;
      else high = middle - 1;
    }
    const block = blocks[low];
    const local = line - block.lineBase;
    let first = 0;
    let last = block.count - 1;
    while (first < last) {
      const middle = (first + last + 1) >> 1;
      if (block.lines[middle] <= local) first = middle;
      else last = middle - 1;
    }
    return this.firstRowOf(low) + first;
  }

  /** Inserts a row at index `row` (0 <= row <= count) and returns its new id. */
  insert(row: number, start: number, line: number, terminator: Terminator, blank: boolean): number {
    let block: RowBlock;
    let slot: number;
    if (this.blocks.length === 0) {
      block = this.addBlock(0, start, line);
      slot = 0;
    } else if (row === this.total) {
      block = this.blocks[this.blocks.length - 1];
      slot = block.count;
      // Rows appended in order (a first scan) fill blocks completely.
      if (block.count === BLOCK_CAPACITY) {
        block = this.addBlock(this.blocks.length, start, line);
        slot = 0;
      }
    } else {
      [block, slot] = this.locate(row);
      if (block.count === BLOCK_CAPACITY) {
        this.split(block);
        [block, slot] = this.locate(row);
      }
    }
    const id = this.freeIds.length > 0 ? (this.freeIds.pop() as number) : this.blockOfId.length;
    const count = block.count;
    if (slot < count) {
      block.offsets.copyWithin(slot + 1, slot, count);
      block.lines.copyWithin(slot + 1, slot, count);
      block.ids.copyWithin(slot + 1, slot, count);
      block.flags.copyWithin(slot + 1, slot, count);
      block.problems.splice(slot, 0, undefined);
      block.keys.splice(slot, 0, undefined);
      block.marks.splice(slot, 0, undefined);
    } else {
      block.problems[slot] = undefined;
      block.keys[slot] = undefined;
      block.marks[slot] = undefined;
    }
    block.offsets[slot] = start - block.base;
    block.lines[slot] = line - block.lineBase;
    block.ids[slot] = id;
    block.flags[slot] = (terminator & TERMINATOR_MASK) | (blank ? BLANK : 0);
    block.count++;
    block.terminators[terminator]++;
    this.terminatorTotals[terminator]++;
    this.blockOfId[id] = block;
    this.total++;
    this.invalidateFrom(block.index);
    return id;
  }

  /** Removes the row at index `row`; its id is free again once the caller has used the returned data. */
  remove(row: number): RemovedRow {
    const [block, slot] = this.locate(row);
    const id = block.ids[slot];
    const removed: RemovedRow = { id, problems: block.problems[slot], keys: block.keys[slot], marks: block.marks[slot] };
    for (const keySlot of removed.marks ?? []) this.markTotals[keySlot]--;
    if (block.hasProblems(slot)) block.problemRows--;
    const terminator = block.flags[slot] & TERMINATOR_MASK;
    block.terminators[terminator]--;
    this.terminatorTotals[terminator]--;
    const count = block.count;
    block.offsets.copyWithin(slot, slot + 1, count);
    block.lines.copyWithin(slot, slot + 1, count);
    block.ids.copyWithin(slot, slot + 1, count);
    block.flags.copyWithin(slot, slot + 1, count);
    block.problems.splice(slot, 1);
    block.keys.splice(slot, 1);
    block.marks.splice(slot, 1);
    block.count--;
    this.total--;
    this.blockOfId[id] = undefined;
    this.freeIds.push(id);
    this.invalidateFrom(block.index);
    if (block.count === 0) this.removeBlock(block);
    else if (block.count < SMALL_BLOCK) this.mergeWithNext(block);
    return removed;
  }

  /** Calls `visit` for rows [from, from + count), in order, with what each row carries. */
  visitRange(from: number, count: number, visit: (id: number, problems: StoredProblems | undefined, keys: unknown) => void): void {
    if (count <= 0) return;
    let [block, slot] = this.locate(from);
    for (let left = count; left > 0; ) {
      for (; slot < block.count && left > 0; slot++, left--) visit(block.ids[slot], block.problems[slot], block.keys[slot]);
      if (left > 0) {
        block = this.blocks[block.index + 1];
        slot = 0;
      }
    }
  }

  /**
   * Removes rows [from, from + count) at once: whole blocks are dropped, so removing the rest of a file
   * (a quote that swallows it) costs one pass over the removed rows. Marks must have been cleared first.
   */
  removeRange(from: number, count: number): void {
    if (count <= 0) return;
    if (count === 1) {
      this.remove(from);
      return;
    }
    let [block, slot] = this.locate(from);
    let left = count;
    const dropped: RowBlock[] = [];
    let firstTouched = block.index;
    while (left > 0) {
      const end = Math.min(block.count, slot + left);
      for (let i = slot; i < end; i++) {
        const id = block.ids[i];
        const terminator = block.flags[i] & TERMINATOR_MASK;
        block.terminators[terminator]--;
        this.terminatorTotals[terminator]--;
        if (block.hasProblems(i)) block.problemRows--;
        for (const keySlot of block.marks[i] ?? []) this.markTotals[keySlot]--;
        this.blockOfId[id] = undefined;
        this.freeIds.push(id);
      }
      const removed = end - slot;
      if (removed === block.count) dropped.push(block);
      else {
        const count = block.count;
        block.offsets.copyWithin(slot, end, count);
        block.lines.copyWithin(slot, end, count);
        block.ids.copyWithin(slot, end, count);
        block.flags.copyWithin(slot, end, count);
        block.problems.splice(slot, removed);
        block.keys.splice(slot, removed);
        block.marks.splice(slot, removed);
        block.count -= removed;
      }
      this.total -= removed;
      left -= removed;
      if (left > 0) {
        block = this.blocks[block.index + 1];
        slot = 0;
      }
    }
    if (dropped.length > 0) {
      const keep = new Set(dropped);
      this.blocks = this.blocks.filter((candidate) => !keep.has(candidate));
      firstTouched = Math.min(firstTouched, this.blocks.length);
      this.renumber(Math.max(0, firstTouched - 1));
    }
    this.invalidateFrom(Math.max(0, firstTouched - 1));
    const survivor = this.blocks[firstTouched];
    if (survivor && survivor.count < SMALL_BLOCK) this.mergeWithNext(survivor);
  }

  /** Moves rows `from`… by `delta` characters and `lineDelta` lines (an edit before them). */
  shift(from: number, delta: number, lineDelta: number): void {
    if (from >= this.total || (delta === 0 && lineDelta === 0)) return;
    const [block, slot] = this.locate(from);
    for (let i = slot; i < block.count; i++) {
      block.offsets[i] += delta;
      block.lines[i] += lineDelta;
    }
    for (let b = block.index + 1; b < this.blocks.length; b++) {
      this.blocks[b].base += delta;
      this.blocks[b].lineBase += lineDelta;
    }
  }

  setTerminator(row: number, terminator: Terminator): void {
    const [block, slot] = this.locate(row);
    const old = block.flags[slot] & TERMINATOR_MASK;
    block.terminators[old]--;
    this.terminatorTotals[old]--;
    block.flags[slot] = (block.flags[slot] & ~TERMINATOR_MASK) | terminator;
    block.terminators[terminator]++;
    this.terminatorTotals[terminator]++;
  }

  setProblems(row: number, problems: StoredProblems | undefined): void {
    const [block, slot] = this.locate(row);
    const had = block.hasProblems(slot);
    block.problems[slot] = problems !== undefined && problems.length > 0 ? problems : undefined;
    this.countProblemRow(block, had, block.hasProblems(slot));
  }

  setKeys(row: number, keys: unknown): void {
    const [block, slot] = this.locate(row);
    block.keys[slot] = keys;
  }

  /** Marks (or unmarks) row `id` as breaking the table constraint of key slot `slot`. Returns true when that changed anything. */
  mark(id: number, keySlot: number, on: boolean): boolean {
    const block = this.blockOfId[id] as RowBlock;
    const slot = this.slotOf(block, id);
    const had = block.hasProblems(slot);
    const marks = block.marks[slot];
    const at = marks ? marks.indexOf(keySlot) : -1;
    if (on === at >= 0) return false;
    if (on) {
      if (marks) {
        marks.push(keySlot);
        marks.sort((a, b) => a - b);
      } else block.marks[slot] = [keySlot];
    } else {
      (marks as number[]).splice(at, 1);
      if ((marks as number[]).length === 0) block.marks[slot] = undefined;
    }
    this.markTotals[keySlot] = (this.markTotals[keySlot] ?? 0) + (on ? 1 : -1);
    this.countProblemRow(block, had, block.hasProblems(slot));
    return true;
  }

  /** Current index of a live row id. */
  indexOfId(id: number): number {
    const block = this.blockOfId[id] as RowBlock;
    return this.firstRowOf(block.index) + this.slotOf(block, id);
  }

  /** Keys of a live row id. */
  keysOfId(id: number): unknown {
    const block = this.blockOfId[id] as RowBlock;
    return block.keys[this.slotOf(block, id)];
  }

  /** Negative when row `a` comes before row `b` in the file (ids of live rows). */
  compareIds(a: number, b: number): number {
    const blockA = this.blockOfId[a] as RowBlock;
    const blockB = this.blockOfId[b] as RowBlock;
    if (blockA !== blockB) return blockA.index - blockB.index;
    return this.slotOf(blockA, a) - this.slotOf(blockB, b);
  }

  /** The first row at or after `from` with problems or marks, or -1. */
  nextRowWithProblems(from: number): number {
    if (from >= this.total) return -1;
    let [block, slot] = this.locate(Math.max(0, from));
    for (;;) {
      if (block.problemRows > 0) {
        for (; slot < block.count; slot++) if (block.hasProblems(slot)) return this.firstRowOf(block.index) + slot;
      }
      if (block.index + 1 >= this.blocks.length) return -1;
      block = this.blocks[block.index + 1];
      slot = 0;
    }
  }

  /** Rows ending with a terminator (LF, CRLF, CR; None counts the unterminated last row). */
  terminatorCount(terminator: Terminator): number {
    return this.terminatorTotals[terminator];
  }

  /** The first row ending with `terminator`, or -1. */
  firstWithTerminator(terminator: Terminator): number {
    for (const block of this.blocks) {
      if (block.terminators[terminator] === 0) continue;
      for (let slot = 0; slot < block.count; slot++) {
        if ((block.flags[slot] & TERMINATOR_MASK) === terminator) return this.firstRowOf(block.index) + slot;
      }
    }
    return -1;
  }

  // ---- blocks

  private locate(row: number): [RowBlock, number] {
    if (row < 0 || row >= this.total) throw new RangeError(`row ${row} out of 0..${this.total - 1}`);
    // Bring block indexes up to date as far as this row.
    let valid = this.validBlocks;
    const blocks = this.blocks;
    if (valid === 0) {
      blocks[0].firstRow = 0;
      valid = 1;
    }
    while (valid < blocks.length && blocks[valid - 1].firstRow + blocks[valid - 1].count <= row) {
      blocks[valid].firstRow = blocks[valid - 1].firstRow + blocks[valid - 1].count;
      valid++;
    }
    this.validBlocks = valid;
    let low = 0;
    let high = valid - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (blocks[middle].firstRow <= row) low = middle;
      else high = middle - 1;
    }
    return [blocks[low], row - blocks[low].firstRow];
  }

  private firstRowOf(blockIndex: number): number {
    const block = this.blocks[blockIndex];
    if (blockIndex < this.validBlocks) return block.firstRow;
    this.blocks[0].firstRow = 0;
    let valid = Math.max(1, this.validBlocks);
    for (; valid <= blockIndex; valid++) this.blocks[valid].firstRow = this.blocks[valid - 1].firstRow + this.blocks[valid - 1].count;
    this.validBlocks = valid;
    return block.firstRow;
  }

  private slotOf(block: RowBlock, id: number): number {
    const ids = block.ids;
    for (let slot = 0; slot < block.count; slot++) if (ids[slot] === id) return slot;
    throw new Error(`row id ${id} is not in its block`);
  }

  private invalidateFrom(blockIndex: number): void {
    if (this.validBlocks > blockIndex + 1) this.validBlocks = blockIndex + 1;
  }

  private countProblemRow(block: RowBlock, had: boolean, has: boolean): void {
    if (had !== has) block.problemRows += has ? 1 : -1;
  }

  private addBlock(position: number, base: number, lineBase: number): RowBlock {
    const block = new RowBlock();
    block.base = base;
    block.lineBase = lineBase;
    this.blocks.splice(position, 0, block);
    this.renumber(position);
    return block;
  }

  private removeBlock(block: RowBlock): void {
    this.blocks.splice(block.index, 1);
    this.renumber(block.index);
  }

  /** Blocks from position `from` on moved (one was added or removed before them): their first rows are unknown. */
  private renumber(from: number): void {
    for (let b = from; b < this.blocks.length; b++) this.blocks[b].index = b;
    if (this.validBlocks > from) this.validBlocks = from;
  }

  /** Moves the second half of a full block into a new block after it. */
  private split(block: RowBlock): void {
    const half = block.count >> 1;
    const start = block.base + block.offsets[half];
    const line = block.lineBase + block.lines[half];
    const next = this.addBlock(block.index + 1, start, line);
    this.moveRows(block, half, block.count, next);
  }

  private mergeWithNext(block: RowBlock): void {
    const next = this.blocks[block.index + 1];
    if (next === undefined || block.count + next.count > BLOCK_CAPACITY / 2) return;
    const keep = next.count;
    // Append next's rows to block, then drop next.
    for (let slot = 0; slot < keep; slot++) {
      const to = block.count + slot;
      block.offsets[to] = next.base + next.offsets[slot] - block.base;
      block.lines[to] = next.lineBase + next.lines[slot] - block.lineBase;
      block.ids[to] = next.ids[slot];
      block.flags[to] = next.flags[slot];
      block.problems[to] = next.problems[slot];
      block.keys[to] = next.keys[slot];
      block.marks[to] = next.marks[slot];
      this.blockOfId[next.ids[slot]] = block;
    }
    block.count += keep;
    block.problemRows += next.problemRows;
    for (let t = 0; t < 4; t++) block.terminators[t] += next.terminators[t];
    this.removeBlock(next);
  }

  /** Moves rows [from, to) of `source` (its last rows) to the empty block `target`. */
  private moveRows(source: RowBlock, from: number, to: number, target: RowBlock): void {
    for (let slot = from; slot < to; slot++) {
      const at = slot - from;
      target.offsets[at] = source.base + source.offsets[slot] - target.base;
      target.lines[at] = source.lineBase + source.lines[slot] - target.lineBase;
      target.ids[at] = source.ids[slot];
      target.flags[at] = source.flags[slot];
      target.problems[at] = source.problems[slot];
      target.keys[at] = source.keys[slot];
      target.marks[at] = source.marks[slot];
      this.blockOfId[source.ids[slot]] = target;
      const terminator = source.flags[slot] & TERMINATOR_MASK;
      source.terminators[terminator]--;
      target.terminators[terminator]++;
      if (source.hasProblems(slot)) {
        source.problemRows--;
        target.problemRows++;
      }
    }
    target.count = to - from;
    source.count = from;
    source.problems.length = from;
    source.keys.length = from;
    source.marks.length = from;
    this.invalidateFrom(source.index);
  }
}
