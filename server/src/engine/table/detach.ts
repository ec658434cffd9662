// Strings kept for the whole table copied out of the text they were read from.
import type { Problem } from '../problems/problem';

/** V8 keeps a slice of 13 characters or more as a view on its parent string. */
const SLICED_STRING_MIN_LENGTH = 13;

/**
 * A copy of `text` that shares no memory with the string it was sliced from: a value kept from a scanned
 * row (a problem's parameter, a key, a label) would otherwise keep the whole chunk, or the whole original
 * document, alive.
 */
export function detach(text: string): string {
  return text.length < SLICED_STRING_MIN_LENGTH ? text : (' ' + text).slice(1);
}

/**
 * A problem kept for the whole table with the long strings of its parameters and its field name copied
 * out of the text (cell values are slices of the chunk they were read from).
 */
export function detachProblemStrings(problem: Problem): Problem {
  const params = problem.params;
  for (const key in params) {
    const value = params[key];
    if (typeof value === 'string') params[key] = detach(value);
  }
  if (problem.fieldName !== undefined) problem.fieldName = detach(problem.fieldName);
  return problem;
}
