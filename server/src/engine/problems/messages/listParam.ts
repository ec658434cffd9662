// A problem parameter read as a list of strings: a list as it is, one value as a list of one, none as empty.
import type { ProblemParams } from '../problem';

export function listParam(value: ProblemParams[string]): string[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
}
