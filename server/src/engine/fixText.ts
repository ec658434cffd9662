// Applies every fix of a safety class to a whole text, in rounds: validate, take the offers that do not
// clash, apply them, validate again — so that fixes that interact (two on one cell, a column insertion that
// moves the cells of another) are each computed on the text they change. Bounded: a fix never loops.
// The checkers are `check`'s: the plan's (engine/plan/tablePlan.ts).
import type { HygieneOptions } from './checks/hygiene/hygieneOptions';
import type { RowChecker } from './checks/rowChecker';
import { planCheckers } from './plan/tablePlan';
import type { TableSchema } from './schema/tableSchema';
import { sniffDialect, type Dialect } from './table/dialect';
import { validateText, type ValidationReport } from './validate';
import { applyEdits, type FixOffer } from './fixes/fix';
import { FixSession, type FixMode } from './fixes/session';

export const DEFAULT_MAX_ROUNDS = 5;

export interface FixTextOptions {
  schema?: TableSchema;
  mode: FixMode;
  /** The file's dialect (sniffed once from the original when absent, then kept for every round). */
  dialect?: Partial<Dialect>;
  maxRounds?: number;
  /** Levels of the hygiene checks, used when no schema applies (defaults: `check`'s). */
  hygiene?: HygieneOptions;
  /** The table's resource name (foreign keys naming it reference the same table), as `check` reads it. */
  resourceName?: string;
}

export interface FixTextResult {
  text: string;
  /** The offers applied, round after round. */
  applied: FixOffer[];
  rounds: number;
  /** The validation of the final text. */
  report: ValidationReport;
}

/** The checkers `check` runs on the text (the plan's: engine/plan/tablePlan.ts). */
export function fixCheckers(schema: TableSchema | undefined, hygiene?: HygieneOptions, resourceName?: string): RowChecker[] {
  return planCheckers(schema, hygiene?.levels, resourceName);
}

function validate(text: string, options: FixTextOptions, dialect: Dialect): ValidationReport {
  return validateText(text, { dialect, checkers: fixCheckers(options.schema, options.hygiene, options.resourceName) });
}

export function fixText(original: string, options: FixTextOptions): FixTextResult {
  const dialect = sniffDialect(original, options.dialect);
  const maxRounds = options.maxRounds ?? DEFAULT_MAX_ROUNDS;
  let text = original;
  let report = validate(text, options, dialect);
  const applied: FixOffer[] = [];
  let rounds = 0;
  while (rounds < maxRounds) {
    const session = new FixSession({ text, problems: report.problems, schema: options.schema, dialect });
    const all = session.fixAll(options.mode);
    if (!all) break;
    const next = applyEdits(text, all.offer.edits);
    rounds++;
    if (next === text) break;
    text = next;
    for (const part of all.parts) applied.push(part);
    report = validate(text, options, dialect);
  }
  return { text, applied, rounds, report };
}
