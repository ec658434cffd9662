// The blocked row store against a plain array of rows: inserts, removals (one or many), shifts, marks,
// lookups by offset, line and id, across block splits and merges.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BLOCK_CAPACITY, RowStore } from '../../../server/src/engine/incremental/rowStore';
import { Terminator } from '../../../server/src/engine/table/scanner';
import { propertyRuns } from '../../support/properties';

interface ModelRow {
  id: number;
  start: number;
  line: number;
  terminator: Terminator;
  marks: number[];
}

function assertSameRows(store: RowStore, model: ModelRow[]): void {
  assert.equal(store.count, model.length);
  model.forEach((row, index) => {
    assert.equal(store.startOf(index), row.start, `start of ${index}`);
    assert.equal(store.lineOf(index), row.line, `line of ${index}`);
    assert.equal(store.idOf(index), row.id, `id of ${index}`);
    assert.equal(store.indexOfId(row.id), index, `index of id ${row.id}`);
    assert.equal(store.terminatorOf(index), row.terminator);
    assert.deepEqual(store.marksAt(index) ?? [], row.marks);
  });
  for (const [index, row] of model.entries()) {
    assert.equal(store.rowAtOffset(row.start), index);
    assert.equal(store.rowAtLine(row.line), index);
  }
  for (let t = 0; t < 4; t++) {
    assert.equal(store.terminatorCount(t as Terminator), model.filter((row) => row.terminator === t).length);
    assert.equal(store.firstWithTerminator(t as Terminator), model.findIndex((row) => row.terminator === t));
  }
  assert.equal(store.markCount(0), model.filter((row) => row.marks.includes(0)).length);
  const withMarks = model.map((row, index) => (row.marks.length > 0 ? index : -1)).filter((index) => index >= 0);
  assert.equal(store.nextRowWithProblems(0), withMarks[0] ?? -1);
}

describe('RowStore', () => {
  it('appends thousands of rows in blocks and finds them by offset, line and id', () => {
    const store = new RowStore();
    for (let i = 0; i < 3 * BLOCK_CAPACITY + 10; i++) store.insert(i, i * 10, i * 2, Terminator.LF, false);
    assert.equal(store.count, 3 * BLOCK_CAPACITY + 10);
    assert.equal(store.rowAtOffset(25_005), 2500);
    assert.equal(store.rowAtLine(5001), 2500);
    assert.equal(store.startOf(3000), 30_000);
    assert.equal(store.rowAtOffset(-1), -1);
    const id = store.idOf(2000);
    assert.ok(store.compareIds(store.idOf(10), id) < 0);
    store.shift(1000, 5, 1);
    assert.equal(store.startOf(999), 9990);
    assert.equal(store.startOf(1000), 10_005);
    assert.equal(store.lineOf(3000), 6001);
    assert.equal(store.indexOfId(id), 2000);
  });

  it('removes a range spanning whole blocks in one pass', () => {
    const store = new RowStore();
    for (let i = 0; i < 5000; i++) store.insert(i, i, i, i % 2 === 0 ? Terminator.LF : Terminator.CRLF, false);
    const kept = store.idOf(4500);
    const seen: number[] = [];
    store.visitRange(10, 4000, (id) => seen.push(id));
    assert.equal(seen.length, 4000);
    store.removeRange(10, 4000);
    assert.equal(store.count, 1000);
    assert.equal(store.startOf(9), 9);
    assert.equal(store.startOf(10), 4010);
    assert.equal(store.indexOfId(kept), 500);
    assert.equal(store.terminatorCount(Terminator.LF), 500);
  });

  it('behaves like an array of rows under random operations (property)', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 700 }), terminator: fc.constantFrom(0, 1, 2, 3) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 900 }) }),
      fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), delta: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('mark' as const), at: fc.nat(), on: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const store = new RowStore();
        const model: ModelRow[] = [];
        for (const operation of operations) {
          switch (operation.kind) {
            case 'insert': {
              // New rows go between existing ones: starts and lines keep increasing.
              const at = operation.at % (model.length + 1);
              const base = at > 0 ? model[at - 1].start + 1 : 0;
              const line = at > 0 ? model[at - 1].line + 1 : 0;
              const room = operation.count;
              for (const row of model.slice(at)) {
                row.start += 2 * room;
                row.line += room;
              }
              store.shift(at, 2 * room, room);
              for (let k = 0; k < operation.count; k++) {
                const id = store.insert(at + k, base + 2 * k, line + k, operation.terminator, false);
                model.splice(at + k, 0, { id, start: base + 2 * k, line: line + k, terminator: operation.terminator, marks: [] });
              }
              break;
            }
            case 'remove': {
              if (model.length === 0) break;
              const at = operation.at % model.length;
              const count = Math.min(operation.count, model.length - at);
              for (const row of model.slice(at, at + count)) for (const slot of [...row.marks]) store.mark(row.id, slot, false);
              if (count === 1) store.remove(at);
              else store.removeRange(at, count);
              model.splice(at, count);
              break;
            }
            case 'shift': {
              if (model.length === 0) break;
              const at = operation.at % model.length;
              store.shift(at, operation.delta, operation.delta);
              for (const row of model.slice(at)) {
                row.start += operation.delta;
                row.line += operation.delta;
              }
              break;
            }
            case 'mark': {
              if (model.length === 0) break;
              const row = model[operation.at % model.length];
              store.mark(row.id, 0, operation.on);
              row.marks = operation.on ? [0] : [];
              break;
            }
          }
        }
        assertSameRows(store, model);
      }),
      propertyRuns(400),
    );
  });
});
