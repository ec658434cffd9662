// Table-level constraints: `unique` fields, the primary key and foreign keys within the same table (no
// `reference.resource`, an empty one, or the table's own resource name, as Frictionless reads them), with
// compact per-key counters (first row of each value) that an incremental engine can update row by row.
import type { Problem, SourceRange } from '../problems/problem';
import type { CellKey, CompiledField, CompiledForeignKey, CompiledSchema } from '../schema/compile';
import { cellRange, rowRange } from '../table/positions';
import type { RowView } from '../table/scanner';
import type { CheckContext } from './rowChecker';
import { makeProblem } from '../problems/makeProblem';

/** V8 keeps strings of 13 characters or more as slices of the text they were read from. */
const SLICED_STRING_MIN_LENGTH = 13;

/**
 * A key safe to keep for the whole table: a long string is copied, so that it no longer pins the chunk
 * of text it was sliced from (the CLI streams big files chunk by chunk).
 */
export function detachKey(key: CellKey): CellKey {
  return typeof key === 'string' && key.length >= SLICED_STRING_MIN_LENGTH ? (JSON.parse(JSON.stringify(key)) as string) : key;
}

/**
 * The rows holding each value of a column (or key). `first` maps a value to the first row that holds
 * it; rows repeating a value are listed in `repeats`, so that removing a row (an edit) can promote the
 * next one without rescanning the table.
 */
export class UniqueIndex {
  private readonly first = new Map<CellKey, number>();
  private readonly repeats = new Map<CellKey, number[]>();

  /** Records `key` at `rowNumber`; returns the first row that already held it, or 0. */
  add(key: CellKey, rowNumber: number): number {
    const first = this.first.get(key);
    if (first === undefined) {
      this.first.set(detachKey(key), rowNumber);
      return 0;
    }
    const repeats = this.repeats.get(key);
    if (repeats) repeats.push(rowNumber);
    else this.repeats.set(key, [rowNumber]);
    return first;
  }

  /** Forgets `key` at `rowNumber` (for incremental re-validation): the next row holding it becomes the first. */
  remove(key: CellKey, rowNumber: number): void {
    const repeats = this.repeats.get(key);
    if (this.first.get(key) === rowNumber) {
      if (repeats && repeats.length > 0) {
        this.first.set(key, repeats.shift() as number);
        if (repeats.length === 0) this.repeats.delete(key);
      } else this.first.delete(key);
    } else if (repeats) {
      const at = repeats.indexOf(rowNumber);
      if (at >= 0) repeats.splice(at, 1);
      if (repeats.length === 0) this.repeats.delete(key);
    }
  }

  has(key: CellKey): boolean {
    return this.first.has(key);
  }

  firstRow(key: CellKey): number | undefined {
    return this.first.get(key);
  }

  get size(): number {
    return this.first.size;
  }
}

/** One key over several columns, as a single Map key: each part tagged with its JavaScript type. */
function compositeKey(fields: CompiledField[]): CellKey | undefined {
  if (fields.length === 1) return fields[0].lastKey;
  let key = '';
  for (const field of fields) {
    const part = field.lastKey;
    if (part === undefined) return undefined;
    key += `${typeof part === 'number' ? 'n' : typeof part === 'boolean' ? 'b' : 's'}${String(part)}\u001f`;
  }
  return key;
}

interface UniqueColumn {
  field: CompiledField;
  column: number;
  index: UniqueIndex;
}

interface PendingReference {
  key: CellKey;
  rowNumber: number;
  range: SourceRange;
  fieldNumber: number;
  values: string[];
}

interface ForeignKeyState {
  key: CompiledForeignKey;
  fields: CompiledField[];
  columns: number[];
  referenceFields: CompiledField[];
  /** Values of the referenced columns seen so far. */
  referenced: Set<CellKey>;
  /** Rows whose reference was not found yet (it may come later in the file). */
  pending: PendingReference[];
}

function valuesAt(row: RowView, columns: number[]): string[] {
  return columns.map((column) => (column < row.readableCells ? row.value(column) : ''));
}

/**
 * Checks unique fields, the primary key and same-table foreign keys. Runs after the cell checks of a
 * row, reading each field's `lastKey` (undefined when the cell is missing, invalid or absent).
 */
export class TableConstraints {
  private readonly unique: UniqueColumn[] = [];
  private readonly primaryKey: CompiledField[] = [];
  private readonly primaryKeyColumns: number[] = [];
  private readonly primaryKeyIndex = new UniqueIndex();
  private readonly foreignKeys: ForeignKeyState[] = [];

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
      if (field.unique && column >= 0 && !coveredByKey) this.unique.push({ field, column, index: new UniqueIndex() });
    }
    for (const key of schema.foreignKeys) {
      const sameTable = key.selfReference || (resourceName !== undefined && resourceName !== '' && key.resource === resourceName && key.referenceFieldsKnown);
      if (!sameTable) continue; // other tables are not at hand here
      const fields = key.fields.map((name) => schema.fieldByName.get(name) as CompiledField);
      const referenceFields = key.referenceFields.map((name) => schema.fieldByName.get(name) as CompiledField);
      if (fields.some((field) => columnOf(field) < 0) || referenceFields.some((field) => columnOf(field) < 0)) continue;
      this.foreignKeys.push({ key, fields, columns: fields.map(columnOf), referenceFields, referenced: new Set(), pending: [] });
    }
  }

  /** Fields whose `lastKey` this checker reads (their cells must always be checked). */
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

  row(row: RowView, context: CheckContext): void {
    const rowNumber = row.index + 1;
    for (let index = 0; index < this.unique.length; index++) {
      const unique = this.unique[index];
      const key = unique.field.lastKey;
      if (key === undefined || unique.column >= row.readableCells) continue;
      const first = unique.index.add(key, rowNumber);
      if (first > 0) context.report(this.uniqueProblem(index, row, first));
    }
    if (this.primaryKey.length > 0) {
      const key = compositeKey(this.primaryKey);
      if (key !== undefined) {
        const first = this.primaryKeyIndex.add(key, rowNumber);
        if (first > 0) context.report(this.primaryKeyProblem(row, first));
      }
    }
    for (const state of this.foreignKeys) {
      const referenced = compositeKey(state.referenceFields);
      if (referenced !== undefined && !state.referenced.has(referenced)) state.referenced.add(detachKey(referenced));
      const key = compositeKey(state.fields);
      if (key === undefined || state.referenced.has(key)) continue;
      const single = state.fields.length === 1;
      state.pending.push({
        key: detachKey(key),
        rowNumber,
        range: single ? cellRange(row, state.columns[0]) : rowRange(row),
        fieldNumber: state.columns[0] + 1,
        values: valuesAt(row, state.columns),
      });
    }
  }

  finish(context: CheckContext): void {
    for (const state of this.foreignKeys) {
      for (const pending of state.pending) {
        if (state.referenced.has(pending.key)) continue;
        context.report(foreignKeyProblem(state, pending.range, pending.values, pending.rowNumber, pending.fieldNumber));
      }
      state.pending.length = 0;
    }
  }

  // ---- one row at a time: an incremental engine keeps the key counters itself (server/src/engine/incremental)

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

  /**
   * The keys a row holds, read from the fields' `lastKey` right after the row's cell checks, without
   * recording anything. Slots: one per unique column, then the primary key (when there is one), then two
   * per foreign key: the key the row refers to, and the key it offers to others (its reference fields).
   * A slot is undefined when the row has no valid value there (missing, invalid or absent cells).
   */
  keysOf(row: RowView): (CellKey | undefined)[] {
    const keys: (CellKey | undefined)[] = [];
    for (const unique of this.unique) keys.push(unique.column >= row.readableCells ? undefined : unique.field.lastKey);
    if (this.primaryKey.length > 0) keys.push(compositeKey(this.primaryKey));
    for (const state of this.foreignKeys) keys.push(compositeKey(state.fields), compositeKey(state.referenceFields));
    return keys;
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
    return foreignKeyProblem(state, range, valuesAt(row, state.columns), row.index + 1, state.columns[0] + 1);
  }
}

function foreignKeyProblem(state: ForeignKeyState, range: SourceRange, values: string[], rowNumber: number, fieldNumber: number): Problem {
  return makeProblem(
    'foreign-key',
    range,
    { fields: state.key.fields, values, referenceFields: state.key.referenceFields, resource: state.key.resource },
    { rowNumber, fieldNumber, fieldName: state.key.fields[0] },
  );
}
