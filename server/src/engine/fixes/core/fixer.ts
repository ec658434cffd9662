// The shape of a fixer: the problem codes it answers, and a pure function from (problem, table) to a proposal.
import type { Problem } from '../../problems/problem';
import type { FixProposal } from '../fix';
import type { FixContext } from './context';

export interface ProblemFixer {
  /** The fix kinds it may offer (documented in docs/problems/fixes.md with their safety class). */
  kinds: readonly string[];
  /** Problem codes it looks at. */
  codes: readonly string[];
  /** Offers (one, or several `choice`s) and a note; undefined when the problem is not its business. */
  propose(problem: Problem, context: FixContext): FixProposal | undefined;
}
