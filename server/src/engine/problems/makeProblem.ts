// Builds a Problem with its code's default severity (from the catalog) unless told otherwise.
import { defaultSeverity } from './catalog';
import type { Problem, ProblemParams, SourceRange } from './problem';

export function makeProblem(code: string, range: SourceRange, params: ProblemParams = {}, extra: Partial<Problem> = {}): Problem {
  return { code, severity: extra.severity ?? defaultSeverity(code), range, params, ...extra };
}
