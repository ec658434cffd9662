// The one decision every face makes before it checks a table: which schema is in force and why (an explicit
// option > the table's metadata sidecar > the project's setting > detection from the header > none), the
// dialect, the checkers, and the file-level problems that decision raises. The command line's check and
// fix, the language server (small and big documents) and the fixer all call `planTable`, and nothing else
// decides: a file has one verdict wherever it is checked.
import * as path from 'node:path';
import { hygieneCheckers } from '../checks/hygiene/hygieneChecker';
import type { HygieneOptions } from '../checks/hygiene/hygieneOptions';
import type { RowChecker } from '../checks/rowChecker';
import { makeProblem } from '../problems/makeProblem';
import type { SidecarBinding } from '../metadata/findSidecar';
import { resourceNameFor } from '../metadata/resourceName';
import type { Problem, SourceRange } from '../problems/problem';
import { schemaCheckers } from '../checks/schemaCheckers';
import { resolveSchemaInForce, type SchemaInForce, type SchemaRequest } from '../schema/schemaInForce';
import type { TableSchema } from '../schema/tableSchema';
import type { Dialect } from '../table/dialect';
import { readHeader } from '../table/header';
import { NO_SCHEMA_REF, type SettingMatch } from './projectSettings';

export interface TablePlanInputs {
  /** The start of the table's text: the header is all that is read of it. */
  head: string;
  /** The table's file, when it has one (its name is the resource's name when the sidecar gives none). */
  tablePath?: string;
  /** The table's metadata sidecar, if it has one (found by the face: on disk, or an open editor's text). */
  sidecar?: SidecarBinding;
  /** A schema named for this run only: the command line's `--schema`. Wins over everything. */
  option?: { ref: string; baseDir: string };
  /** The project's schema setting that applies to the table (`opendataLint.schemas`), if any. */
  setting?: SettingMatch;
  /** Whether a catalog schema the header matches is applied when nothing else names one. */
  detect: boolean;
  /** Levels of the checks of tables without a schema. */
  hygiene?: NonNullable<HygieneOptions['levels']>;
}

export interface TablePlan {
  sidecar?: SidecarBinding;
  /** The sidecar when usable (its dialect and schema apply). */
  usable?: SidecarBinding;
  /** The schema in force, where it comes from, and the problems the choice raised. */
  schema: SchemaInForce;
  /** Dialect settings the sidecar declares (they win over sniffing). */
  dialect?: Partial<Dialect>;
  /** The dialect sniffed from the head with `dialect`. */
  sniffed: Dialect;
  /** The header row's range, and the labels read from it. */
  headerRange: SourceRange;
  labels: string[];
  /** File-level problems of the plan, reported first (unless the file turns out empty or binary). */
  problems: Problem[];
  hygiene: NonNullable<HygieneOptions['levels']>;
  /** The table's resource name: a foreign key naming it references the table itself. */
  resourceName?: string;
  /** Fresh checkers (they keep per-file state): the schema's, else the hygiene checks. */
  checkers(): RowChecker[];
}

/** The checkers of a plan: the schema's when one applies, else the checks of tables without a schema. */
export function planCheckers(schema: TableSchema | undefined, hygiene: NonNullable<HygieneOptions['levels']> = {}, resourceName?: string, dataYear?: number): RowChecker[] {
  const year = dataYear === undefined ? {} : { dataYear };
  return schema ? schemaCheckers(schema, { resourceName, ...year }) : hygieneCheckers({ levels: hygiene, ...year });
}

/** The schema request of a table: an option, else its sidecar's, else the project's setting. */
function schemaRequest(inputs: TablePlanInputs, usable: SidecarBinding | undefined): SchemaRequest | undefined {
  if (inputs.option) return { ref: inputs.option.ref, source: 'option', baseDir: path.resolve(inputs.option.baseDir) };
  if (usable?.schema) return { ref: usable.schema.ref, source: 'sidecar', baseDir: usable.schema.baseDir, inline: usable.schema.inline };
  if (inputs.setting) return { ref: inputs.setting.ref, source: 'setting', baseDir: inputs.setting.baseDir };
  return undefined;
}

export function planTable(inputs: TablePlanInputs): TablePlan {
  const sidecar = inputs.sidecar;
  const usable = sidecar && !sidecar.unusable ? sidecar : undefined;
  const header = readHeader(inputs.head, usable?.dialect);
  const request = schemaRequest(inputs, usable);
  // `none`: the user chose to check this table without a schema (and without detection).
  const refused = request?.ref.trim().toLowerCase() === NO_SCHEMA_REF;
  const schema = refused
    ? { source: 'none' as const, problems: [] }
    : resolveSchemaInForce(header.labels, request, header.range, { detection: inputs.detect ? 'apply' : 'off' });
  if (sidecar?.unusable) {
    schema.problems.push(makeProblem('metadata-sidecar-unusable', header.range, { file: path.basename(sidecar.file), ...(sidecar.unusable.reason === 'link' ? { variant: 'link' } : {}) }));
  }
  const hygiene = inputs.hygiene ?? {};
  const resourceName = inputs.tablePath ? resourceNameFor(inputs.tablePath, usable) : usable?.resourceName;
  return {
    sidecar,
    usable,
    schema,
    dialect: usable?.dialect,
    sniffed: header.dialect,
    headerRange: header.range,
    labels: header.labels,
    problems: schema.problems,
    hygiene,
    resourceName,
    checkers: () => planCheckers(schema.schema, hygiene, resourceName, usable?.dataYear),
  };
}
