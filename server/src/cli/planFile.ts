// The plan of one file on the command line: the engine's `planTable` (engine/plan/tablePlan.ts) fed with
// what the command line knows: the --schema option, the file's metadata sidecar, and the project's settings
// (`.vscode/settings.json`, where the editor records a schema chosen from the status bar).
import * as path from 'node:path';
import { findProjectSettings, findSidecarFor, planTable, projectSchemaSetting, type ProjectSettings, type TablePlan } from '../engine';
import type { FilePlan } from './checkFile';

export interface PlanOptions {
  schema?: string;
  detect: boolean;
  cwd: string;
  /** The file's path: its sidecar (foo.resource.yaml, datapackage.yaml) and project settings are looked up from it. */
  path?: string;
}

/** Project settings by folder: a run over a folder of files reads each settings file once. */
const projects = new Map<string, ProjectSettings | undefined>();

function projectOf(file: string): ProjectSettings | undefined {
  const dir = path.dirname(path.resolve(file));
  if (!projects.has(dir)) projects.set(dir, findProjectSettings(file));
  return projects.get(dir);
}

/** The engine's plan of a file for the command line (check and fix share it). */
export function planForFile(head: string, options: PlanOptions): TablePlan {
  const project = options.path ? projectOf(options.path) : undefined;
  return planTable({
    head,
    tablePath: options.path,
    sidecar: options.path ? findSidecarFor(options.path) : undefined,
    option: options.schema ? { ref: options.schema, baseDir: options.cwd } : undefined,
    setting: options.path ? projectSchemaSetting(options.path, project) : undefined,
    detect: options.detect && project?.detectSchema !== false,
    hygiene: project?.hygiene,
  });
}

export function planFile(head: string, options: PlanOptions): FilePlan {
  const plan = planForFile(head, options);
  const inForce = plan.schema;
  return {
    dialect: plan.dialect,
    sniffed: plan.sniffed,
    checkers: plan.checkers(),
    problems: plan.problems,
    schema: inForce.schema && inForce.ref ? { ref: inForce.ref, title: inForce.title, source: inForce.source } : undefined,
    tableSchema: inForce.schema,
  };
}
