// The end of a table, the same for every driver: what is found once every row is read, reported in the
// order of a single pass (mixed line endings, what the checkers find at the end, a header without rows).
import type { CheckContext, RowChecker } from '../checks/rowChecker';
import { mixedLineEndingsProblem, type FirstTerminator } from '../checks/structure';
import { makeProblem } from '../problems/makeProblem';
import type { Terminator } from '../table/scanner';

/** What the structural end-of-table checks read, however the rows were kept (counters, a row store). */
export interface StructureAtEnd {
  /** Rows by line break, indexed by `Terminator`. */
  terminatorCounts: readonly number[];
  /** The first row ending with a kind of line break. */
  firstWith(terminator: Terminator): FirstTerminator | undefined;
  /** The table has a header row and no data row. */
  headerOnly: boolean;
}

const ZERO = { offset: 0, line: 0, character: 0 };

/**
 * Reports the end-of-table problems to `context`: the structural ones when `structure` is given (a pass
 * of other checks alone has none), and those of the checkers' `finish`.
 */
export function reportTableEnd(checkers: readonly RowChecker[], context: CheckContext, structure?: StructureAtEnd): void {
  if (structure) {
    const mixed = mixedLineEndingsProblem(structure.terminatorCounts, (terminator) => structure.firstWith(terminator));
    if (mixed) context.report(mixed);
  }
  for (const checker of checkers) checker.finish?.(context);
  if (structure?.headerOnly) context.report(makeProblem('header-only', { start: ZERO, end: ZERO }));
}
