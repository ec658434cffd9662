// Builds a Problem with its code's default severity (from the catalog) unless told otherwise. The code
// must be declared (ProblemCode): a typo does not compile.
import { defaultSeverity, type ProblemCode } from './catalog';
import type { Problem, ProblemParams, SourceRange } from './problem';

export function makeProblem(code: ProblemCode, range: SourceRange, params: ProblemParams = {}, extra: Partial<Problem> = {}): Problem {
  return { code, severity: extra.severity ?? defaultSeverity(code), range, params, ...extra };
}
