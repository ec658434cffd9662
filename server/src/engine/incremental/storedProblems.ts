// Problems kept with a row, with positions relative to the row: an edit before the row moves the row,
// and its problems follow for free. Absolute positions are rebuilt when problems are read.
import type { Problem, ProblemParams, SourcePosition } from '../problems';
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

/** Strings a problem keeps from the scanned text are copied, so that they do not keep old text alive. */
const sharedCopies = new Map<string, string>();
/** Copies of strings seen again and again (schema titles, examples) are shared, up to this many. */
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

function detachParams(params: ProblemParams): void {
  for (const key in params) {
    const value = params[key];
    if (typeof value === 'string') params[key] = detachShared(value);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (value[i].length >= 13) value[i] = detachShared(value[i]);
    }
  }
}

function relative(position: SourcePosition, place: RowPlace): SourcePosition {
  return { offset: position.offset - place.start, line: position.line - place.line, character: position.character };
}

function absolute(position: SourcePosition, place: RowPlace): SourcePosition {
  return { offset: position.offset + place.start, line: position.line + place.line, character: position.character };
}

/** Turns a problem just reported on a row into its stored form (in place: the problem is the checker's own). */
export function storeProblem(problem: Problem, place: RowPlace): Problem {
  problem.range = { start: relative(problem.range.start, place), end: relative(problem.range.end, place) };
  if (problem.rowNumber !== undefined) problem.rowNumber -= place.rowNumber;
  if (problem.fieldName !== undefined) problem.fieldName = detachShared(problem.fieldName);
  detachParams(problem.params);
  return problem;
}

/** A stored problem with the absolute positions of its row's current place (a new object). */
export function readProblem(stored: Problem, place: RowPlace): Problem {
  const problem = { ...stored, range: { start: absolute(stored.range.start, place), end: absolute(stored.range.end, place) } };
  if (stored.rowNumber !== undefined) problem.rowNumber = stored.rowNumber + place.rowNumber;
  return problem;
}

/** Whether a problem reported while checking a row lies on that row (else it is about the table, e.g. a crashed custom check). */
export function isOnRow(problem: Problem, rowStart: number, rowNext: number, rowNumber: number): boolean {
  const offset = problem.range.start.offset;
  return offset >= rowStart && offset <= rowNext && (problem.rowNumber === undefined || problem.rowNumber === rowNumber);
}
