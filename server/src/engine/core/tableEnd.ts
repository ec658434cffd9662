// The end of a table, the same for every driver: what is found once every row is read, reported in the
// order of a single pass (mixed line endings, what the checkers find at the end, a header without rows),
// and what it may report, known before (a report written as the file is read holds its lines for it).
import type { CheckContext, RowChecker } from '../checks/rowChecker';
import { SchemaChecker } from '../checks/schemaChecker';
import { mixedLineEndingsProblem, type FirstTerminator } from '../checks/structure';
import { defaultSeverity } from '../problems/catalog';
import { makeProblem } from '../problems/makeProblem';
import type { Severity } from '../problems/problem';
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

/** The severities of the problems the end of a table may report ('any': not known in advance). */
export type LateSeverities = ReadonlySet<Severity> | 'any';

/**
 * The severities of the problems the end of a table may report. The structural checks always may: mixed
 * line endings, a header without rows (warnings). `headerRead`: the checkers have seen the header row
 * (before it, a schema checker does not know its table constraints yet).
 */
export function lateSeverities(checkers: readonly RowChecker[], headerRead: boolean): LateSeverities {
  const severities = new Set<Severity>([defaultSeverity('mixed-line-endings'), defaultSeverity('header-only')]);
  for (const checker of checkers) {
    // Other checkers (hygiene) sum up columns at the end, at any severity.
    if (!(checker instanceof SchemaChecker) || !headerRead) return 'any';
    // A custom check that reports at the end chooses its severities.
    if (checker.customChecks.some((check) => check.finishes)) return 'any';
    if ((checker.tableConstraints?.foreignKeyCount ?? 0) > 0) severities.add(defaultSeverity('foreign-key'));
  }
  return severities;
}
