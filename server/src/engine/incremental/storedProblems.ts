// Problems kept with a row, compactly: a national file has one problem every other row (200k at 500k rows)
// and a Problem object with its range, positions and params costs about 500 bytes. What problems share
// (code, severity, field, and params but the cell's value: the field's type, format, example, pattern…)
// is kept once as a shape; each problem keeps its shape, its range relative to the row (an edit before
// the row moves the row, and its problems follow for free) and its value: 8 slots in one array per row.
// Problem objects are built again when read (the published page, a hover).
import type { Problem, ProblemParams, Severity, SourcePosition } from '../problems/problem';
import { detach } from './chunkedText';

/**
 * Where a row is: its first character's offset and line, and its 1-based row number. A stored problem
 * holds offsets, lines and row number minus these (characters do not change: a row starts a line).
 */
export interface RowPlace {
  start: number;
  line: number;
  rowNumber: number;
}

/**
 * A row's problems: per problem, its shape, start offset, line and character, end offset, line and
 * character (offsets and lines relative to the row), and its value (or the whole stored problem when
 * it has no shape). Opaque outside this file.
 */
export type StoredProblems = readonly unknown[];

/** Slots per problem in `StoredProblems`. */
const STRIDE = 8;
const VALUE = 7;
/** Shape of a problem kept whole (the shape table was full). */
const WHOLE = -1;

/** What problems share: everything but their range and their params' `value`. */
interface Shape {
  code: string;
  severity: Severity;
  /** The problem's own keys in order (an explicit `undefined` is kept, as in the problem reported). */
  keys: string[];
  /** Per key, the value problems share (unused for `range` and `params`; the row number minus the row's for `rowNumber`). */
  values: unknown[];
  /** The params in their order, `value` (when there is one) left undefined. */
  params: ProblemParams;
  paramKeys: string[];
  hasValue: boolean;
}

/** More shapes than this (params that differ from problem to problem) and problems are kept whole. */
const MAX_SHAPES = 1 << 16;

/** Strings a problem keeps from the scanned text are copied, so that they do not keep old text alive. */
const sharedCopies = new Map<string, string>();
/** Copies of strings seen again and again (schema titles, examples, frequent wrong values) are shared, up to this many. */
const SHARED_COPIES_LIMIT = 4096;

function detachShared(text: string): string {
  if (text.length < 13) return text;
  let copy = sharedCopies.get(text);
  if (copy === undefined) {
    if (sharedCopies.size >= SHARED_COPIES_LIMIT) sharedCopies.clear();
    copy = detach(text);
    sharedCopies.set(copy, copy);
  }
  return copy;
}

function detachValue(value: ProblemParams[string]): ProblemParams[string] {
  if (typeof value === 'string') return detachShared(value);
  if (Array.isArray(value)) return value.map((item) => (item.length >= 13 ? detachShared(item) : item));
  return value;
}

/** The shapes of the problems of one table (cleared with its rows when the whole table is checked again). */
export class ProblemShapes {
  private shapes: Shape[] = [];

  /** `maxShapes` is for tests (to meet problems kept whole). */
  constructor(private readonly maxShapes = MAX_SHAPES) {}

  /** Shapes by code, field number and variant: candidates compared param by param. */
  private buckets = new Map<string, number[]>();

  clear(): void {
    this.shapes = [];
    this.buckets = new Map();
  }

  /** Number of problems in a row's stored problems. */
  static count(stored: StoredProblems): number {
    return stored.length / STRIDE;
  }

  /** Appends a problem just reported on a row (its positions are absolute) to a row's stored problems. */
  store(problem: Problem, place: RowPlace, into: unknown[]): void {
    const { start, end } = problem.range;
    const rowNumber = problem.rowNumber === undefined ? undefined : problem.rowNumber - place.rowNumber;
    const shape = this.shapeOf(problem, rowNumber);
    if (shape === WHOLE) {
      // Kept whole, but for its range (in the slots) and with its row number relative to the row's.
      const whole: Problem = { ...problem, params: { ...problem.params } };
      if (rowNumber !== undefined) whole.rowNumber = rowNumber;
      if (whole.fieldName !== undefined) whole.fieldName = detachShared(whole.fieldName);
      for (const key in whole.params) whole.params[key] = detachValue(whole.params[key]);
      into.push(WHOLE, start.offset - place.start, start.line - place.line, start.character, end.offset - place.start, end.line - place.line, end.character, whole);
      return;
    }
    const value = this.shapes[shape].hasValue ? detachValue(problem.params.value) : undefined;
    into.push(shape, start.offset - place.start, start.line - place.line, start.character, end.offset - place.start, end.line - place.line, end.character, value);
  }

  /** The problem at `index` of a row's stored problems, with the absolute positions of the row's place (a new object). */
  read(stored: StoredProblems, index: number, place: RowPlace): Problem {
    const at = index * STRIDE;
    const shapeId = stored[at] as number;
    const start: SourcePosition = { offset: (stored[at + 1] as number) + place.start, line: (stored[at + 2] as number) + place.line, character: stored[at + 3] as number };
    const end: SourcePosition = { offset: (stored[at + 4] as number) + place.start, line: (stored[at + 5] as number) + place.line, character: stored[at + 6] as number };
    if (shapeId === WHOLE) {
      const whole = stored[at + VALUE] as Problem;
      const problem: Problem = { ...whole, range: { start, end }, params: { ...whole.params } };
      if (whole.rowNumber !== undefined) problem.rowNumber = whole.rowNumber + place.rowNumber;
      return problem;
    }
    const shape = this.shapes[shapeId];
    const params = { ...shape.params };
    if (shape.hasValue) params.value = stored[at + VALUE] as ProblemParams[string];
    const problem: Record<string, unknown> = {};
    const { keys, values } = shape;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key === 'range') problem.range = { start, end };
      else if (key === 'params') problem.params = params;
      else if (key === 'rowNumber') problem.rowNumber = values[k] === undefined ? undefined : (values[k] as number) + place.rowNumber;
      else problem[key] = values[k];
    }
    return problem as unknown as Problem;
  }

  /** Code of the problem at `index` of a row's stored problems. */
  codeOf(stored: StoredProblems, index: number): string {
    const shapeId = stored[index * STRIDE] as number;
    return shapeId === WHOLE ? (stored[index * STRIDE + VALUE] as Problem).code : this.shapes[shapeId].code;
  }

  severityOf(stored: StoredProblems, index: number): Severity {
    const shapeId = stored[index * STRIDE] as number;
    return shapeId === WHOLE ? (stored[index * STRIDE + VALUE] as Problem).severity : this.shapes[shapeId].severity;
  }

  /** The shape of a problem (made when new), or WHOLE when the table of shapes is full. */
  private shapeOf(problem: Problem, rowNumber: number | undefined): number {
    const params = problem.params;
    const bucketKey = `${problem.code}\u0000${problem.fieldNumber ?? ''}\u0000${typeof params.variant === 'string' ? params.variant : ''}`;
    let bucket = this.buckets.get(bucketKey);
    if (bucket) {
      for (const id of bucket) if (sameShape(this.shapes[id], problem, rowNumber)) return id;
    }
    if (this.shapes.length >= this.maxShapes) return WHOLE;
    const keys: string[] = [];
    const values: unknown[] = [];
    const record = problem as unknown as Record<string, unknown>;
    for (const key in record) {
      keys.push(key);
      const value = record[key];
      values.push(key === 'rowNumber' ? rowNumber : key === 'range' || key === 'params' ? undefined : typeof value === 'string' ? detachShared(value) : value);
    }
    const paramKeys: string[] = [];
    const shared: ProblemParams = {};
    for (const key in params) {
      paramKeys.push(key);
      shared[key] = key === 'value' ? undefined : detachValue(params[key]);
    }
    const shape: Shape = { code: problem.code, severity: problem.severity, keys, values, params: shared, paramKeys, hasValue: 'value' in params };
    const id = this.shapes.push(shape) - 1;
    if (!bucket) {
      bucket = [];
      this.buckets.set(bucketKey, bucket);
    }
    bucket.push(id);
    return id;
  }
}

/** Whether a problem has this shape: the same keys in the same order, the same values but range and `value`. */
function sameShape(shape: Shape, problem: Problem, rowNumber: number | undefined): boolean {
  const { keys, values } = shape;
  const record = problem as unknown as Record<string, unknown>;
  let index = 0;
  for (const key in record) {
    if (keys[index] !== key) return false;
    if (key === 'rowNumber') {
      if (values[index] !== rowNumber) return false;
    } else if (key !== 'range' && key !== 'params' && values[index] !== record[key]) return false;
    index++;
  }
  if (index !== keys.length) return false;
  const paramKeys = shape.paramKeys;
  const params = problem.params;
  index = 0;
  for (const key in params) {
    if (paramKeys[index++] !== key) return false;
    if (key !== 'value' && !sameParam(shape.params[key], params[key])) return false;
  }
  return index === paramKeys.length;
}

function sameParam(a: ProblemParams[string], b: ProblemParams[string]): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a problem reported while checking a row lies on that row (else it is about the table, e.g. a crashed custom check). */
export function isOnRow(problem: Problem, rowStart: number, rowNext: number, rowNumber: number): boolean {
  const offset = problem.range.start.offset;
  return offset >= rowStart && offset <= rowNext && (problem.rowNumber === undefined || problem.rowNumber === rowNumber);
}
