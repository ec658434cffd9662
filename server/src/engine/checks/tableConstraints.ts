// Table-level constraints: `unique` fields, the primary key and foreign keys within the same table (no
// `reference.resource`, an empty one, or the table's own resource name, as Frictionless reads them). What
// the file's columns make of them: the keys each row holds, by slot, and the problem of a row that breaks
// one. The rows holding each key are indexed by KeyIndex (keyIndex.ts): `RowOrderKeys` below for a single
// pass, the incremental table for an edited document.
import type { Problem } from '../problems/problem';
import type { CellKey, CellKeys, CompiledField, CompiledForeignKey, CompiledSchema } from '../schema/compile';
import { detach } from '../table/detach';
import { cellRange, rowRange } from '../table/positions';
import type { RowView } from '../table/scanner';
import { KeyIndex, type KeyMarks, type RowKeys } from './keyIndex';
import { makeProblem } from '../problems/makeProblem';

/**
 * A key safe to keep for the whole table: a long string is copied, so that it no longer pins the chunk
 * of text it was sliced from (the CLI streams big files chunk by chunk).
 */
export function detachKey(key: CellKey): CellKey {
  return typeof key === 'string' ? detach(key) : key;
}

/** One key over several columns, as a single Map key: each part tagged with its JavaScript type. */
function compositeKey(fields: CompiledField[], cellKeys: CellKeys): CellKey | undefined {
  if (fields.length === 1) return cellKeys[fields[0].index];
  let key = '';
  for (const field of fields) {
    const part = cellKeys[field.index];
    if (part === undefined) return undefined;
    key += `${typeof part === 'number' ? 'n' : typeof part === 'boolean' ? 'b' : 's'}${String(part)}\u001f`;
  }
  return key;
}

interface UniqueColumn {
  field: CompiledField;
  column: number;
}

interface ForeignKeyColumns {
  key: CompiledForeignKey;
  fields: CompiledField[];
  columns: number[];
  referenceFields: CompiledField[];
}

function valuesAt(row: RowView, columns: number[]): string[] {
  return columns.map((column) => (column < row.readableCells ? row.value(column) : ''));
}

/**
 * Unique fields, the primary key and same-table foreign keys as the file's columns hold them. Key slots
 * (what `keysOf` returns, and what KeyIndex indexes): one per unique column, then the primary key (when
 * there is one), then two per foreign key: the key the row refers to, and the key it offers to others
 * (its reference fields).
 */
export class TableConstraints {
  private readonly unique: UniqueColumn[] = [];
  private readonly primaryKey: CompiledField[] = [];
  private readonly primaryKeyColumns: number[] = [];
  private readonly foreignKeys: ForeignKeyColumns[] = [];

  /**
   * `resourceName`: the name of the table's resource (its sidecar's `name`, else its file's, as Frictionless
   * names it): a foreign key whose `reference.resource` names it references the same table.
   */
  constructor(schema: CompiledSchema, columnOfField: Int32Array, resourceName?: string) {
    const columnOf = (field: CompiledField) => columnOfField[field.index];
    const pkFields = schema.primaryKey.map((name) => schema.fieldByName.get(name) as CompiledField);
    // A primary key is only checked when the file has all its columns.
    if (pkFields.length > 0 && pkFields.every((field) => columnOf(field) >= 0)) {
      this.primaryKey = pkFields;
      this.primaryKeyColumns = pkFields.map(columnOf);
    }
    for (const field of schema.fields) {
      const column = columnOf(field);
      // A single-column primary key already says "duplicate": no second problem for the same cell.
      const coveredByKey = this.primaryKey.length === 1 && this.primaryKey[0] === field;
      if (field.unique && column >= 0 && !coveredByKey) this.unique.push({ field, column });
    }
    for (const key of schema.foreignKeys) {
      const sameTable = key.selfReference || (resourceName !== undefined && resourceName !== '' && key.resource === resourceName && key.referenceFieldsKnown);
      if (!sameTable) continue; // other tables are not at hand here
      const fields = key.fields.map((name) => schema.fieldByName.get(name) as CompiledField);
      const referenceFields = key.referenceFields.map((name) => schema.fieldByName.get(name) as CompiledField);
      if (fields.some((field) => columnOf(field) < 0) || referenceFields.some((field) => columnOf(field) < 0)) continue;
      this.foreignKeys.push({ key, fields, columns: fields.map(columnOf), referenceFields });
    }
  }

  /** Fields whose cell keys the constraints read (their cells must always be checked). */
  get trackedFields(): Set<CompiledField> {
    const tracked = new Set<CompiledField>();
    for (const unique of this.unique) tracked.add(unique.field);
    for (const field of this.primaryKey) tracked.add(field);
    for (const state of this.foreignKeys) for (const field of [...state.fields, ...state.referenceFields]) tracked.add(field);
    return tracked;
  }

  get isEmpty(): boolean {
    return this.unique.length === 0 && this.primaryKey.length === 0 && this.foreignKeys.length === 0;
  }

  /** Unique columns checked (key slots 0 …). */
  get uniqueCount(): number {
    return this.unique.length;
  }

  get hasPrimaryKey(): boolean {
    return this.primaryKey.length > 0;
  }

  /** Same-table foreign keys checked. */
  get foreignKeyCount(): number {
    return this.foreignKeys.length;
  }

  /** Slots whose values must not repeat: the unique columns, then the primary key. */
  get groupSlots(): number {
    return this.unique.length + (this.primaryKey.length > 0 ? 1 : 0);
  }

  /** An index of these keys (see KeyIndex; `removable: false` for rows added in file order, never removed). */
  newIndex(marks: KeyMarks, removable: boolean): KeyIndex {
    return new KeyIndex(this.groupSlots, this.foreignKeys.length, marks, removable);
  }

  /** The code of the problem of a row marked in key slot `slot`. */
  codeOfSlot(slot: number): 'unique-error' | 'primary-key' | 'foreign-key' {
    if (slot < this.unique.length) return 'unique-error';
    return slot < this.groupSlots ? 'primary-key' : 'foreign-key';
  }

  /**
   * The keys a row holds, read from the cell keys of its cell checks (see CellKeys): one slot per unique
   * column, the primary key, two per foreign key. A slot is undefined when the row has no valid value
   * there (missing, invalid or absent cells).
   */
  keysOf(row: RowView, cellKeys: CellKeys): (CellKey | undefined)[] {
    const keys: (CellKey | undefined)[] = [];
    for (const unique of this.unique) keys.push(unique.column >= row.readableCells ? undefined : cellKeys[unique.field.index]);
    if (this.primaryKey.length > 0) keys.push(compositeKey(this.primaryKey, cellKeys));
    for (const state of this.foreignKeys) keys.push(compositeKey(state.fields, cellKeys), compositeKey(state.referenceFields, cellKeys));
    return keys;
  }

  /**
   * The problem of a row marked in key slot `slot`: a repeated unique value or primary key (first held by
   * row `firstRowNumber`), or a reference no row offers.
   */
  problemOfMark(slot: number, row: RowView, firstRowNumber: number): Problem {
    if (slot < this.unique.length) return this.uniqueProblem(slot, row, firstRowNumber);
    if (slot < this.groupSlots) return this.primaryKeyProblem(row, firstRowNumber);
    return this.foreignKeyProblemOf((slot - this.groupSlots) / 2, row);
  }

  /** The problem of a row repeating the value of unique column `index` first held by row `firstRowNumber`. */
  uniqueProblem(index: number, row: RowView, firstRowNumber: number): Problem {
    const unique = this.unique[index];
    return makeProblem('unique-error', cellRange(row, unique.column), { value: row.value(unique.column), firstRowNumber }, {
      rowNumber: row.index + 1,
      fieldNumber: unique.column + 1,
      fieldName: unique.field.name,
    });
  }

  /** The problem of a row repeating the primary key first held by row `firstRowNumber`. */
  primaryKeyProblem(row: RowView, firstRowNumber: number): Problem {
    const single = this.primaryKey.length === 1;
    const column = this.primaryKeyColumns[0];
    return makeProblem(
      'primary-key',
      single ? cellRange(row, column) : rowRange(row),
      { fields: this.primaryKey.map((field) => field.name), values: valuesAt(row, this.primaryKeyColumns), firstRowNumber },
      { rowNumber: row.index + 1, fieldNumber: column + 1, fieldName: this.primaryKey[0].name },
    );
  }

  /** The problem of a row whose foreign key `index` refers to a value no row of the table holds. */
  foreignKeyProblemOf(index: number, row: RowView): Problem {
    const state = this.foreignKeys[index];
    const single = state.fields.length === 1;
    const range = single ? cellRange(row, state.columns[0]) : rowRange(row);
    return makeProblem(
      'foreign-key',
      range,
      { fields: state.key.fields, values: valuesAt(row, state.columns), referenceFields: state.key.referenceFields, resource: state.key.resource },
      { rowNumber: row.index + 1, fieldNumber: state.columns[0] + 1, fieldName: state.key.fields[0] },
    );
  }
}

/**
 * The keys of a single pass: rows added in file order (ids are row numbers), never removed. A repeated
 * value is reported at once (its first row is known); a reference no row offers yet waits for the end of
 * the table, as a problem kept until a later row offers the value.
 */
export class RowOrderKeys implements KeyMarks {
  private readonly index: KeyIndex;
  /** Per foreign key: the problems of the rows whose reference is not offered yet, in row order. */
  private readonly unresolved: Map<number, Problem>[] = [];
  private row: RowView | undefined;
  private keys: RowKeys = [];
  private report: (problem: Problem) => void = () => undefined;

  constructor(private readonly constraints: TableConstraints) {
    this.index = constraints.newIndex(this, false);
    for (let fk = 0; fk < constraints.foreignKeyCount; fk++) this.unresolved.push(new Map());
  }

  /** Adds a data row whose cells were just checked (`cellKeys`); reports the repeats it holds. */
  add(row: RowView, cellKeys: CellKeys, report: (problem: Problem) => void): void {
    const keys = this.constraints.keysOf(row, cellKeys);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined) keys[slot] = detachKey(key);
    }
    this.row = row;
    this.keys = keys;
    this.report = report;
    this.index.addRow(row.index + 1, keys);
    this.row = undefined;
  }

  /** Reports the references no row offered, foreign key by foreign key, in row order. */
  finish(report: (problem: Problem) => void): void {
    for (const problems of this.unresolved) {
      for (const problem of problems.values()) report(problem);
      problems.clear();
    }
  }

  mark(id: number, slot: number, on: boolean): void {
    const groupSlots = this.constraints.groupSlots;
    if (slot >= groupSlots) {
      const unresolved = this.unresolved[(slot - groupSlots) / 2];
      if (!on) unresolved.delete(id);
      // Marked while being added: the row at hand.
      else if (this.row !== undefined) unresolved.set(id, detachValues(this.constraints.foreignKeyProblemOf((slot - groupSlots) / 2, this.row)));
      return;
    }
    // A repeat is always the row being added (rows come in order): its first row already is in the index.
    if (on && this.row !== undefined) this.report(this.constraints.problemOfMark(slot, this.row, this.index.firstHolder(slot, this.keys[slot] as CellKey) as number));
  }

  compareIds(a: number, b: number): number {
    return a - b;
  }
}

/** A problem kept until the end of the table with its cell values copied out of the text (see detach). */
function detachValues(problem: Problem): Problem {
  const values = problem.params.values;
  if (Array.isArray(values)) problem.params.values = values.map((value) => (typeof value === 'string' ? detach(value) : value));
  return problem;
}
