// What the checkers of a file may still report once every row is read, which decides how its report is
// written: straight away, or held until the end (see output/).
import type { RowChecker } from '../engine/checks/rowChecker';
import { SchemaChecker } from '../engine/checks/schemaChecker';
import { defaultSeverity } from '../engine/problems/catalog';
import type { Severity } from '../engine/problems/problem';
import type { LateSeverities } from './output/problemWriter';

/**
 * The severities of the problems the checkers may report at the end. The structural checks always may:
 * mixed line endings, a header without rows (warnings). `headerRead`: the checkers have seen the header
 * row (before it, a schema checker does not know its table constraints yet).
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
