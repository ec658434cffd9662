// `opendata-lint check` on a JSON or GeoJSON dataset (DECP, ZFE…): the file read whole (a 50 MB DECP
// takes well under a second, docs/bench.md), its plan fed with what the command line knows (--schema, the
// sidecar, the project's settings), checked by the engine, and shaped as a file report so that every
// reporter prints it as it prints a CSV's.
import { closeSync } from 'node:fs';
import * as path from 'node:path';
import { checkJsonDataset, defaultDialect, findProjectSettings, findSidecarFor, hasUtf8Bom, isJsonDatasetPath, noJsonSchemaProblem, parseJsonText, planJsonDataset, projectSchemaSetting, firstLineRange, type ProjectSettings } from '../engine';
import type { FileReport } from './checkFile';
import { openRegularFile, readRegularFile } from './read/regularFile';

export { isJsonDatasetPath };

export interface JsonFileOptions {
  schema?: string;
  detect: boolean;
  cwd: string;
}

/** Past this size a JSON file found in a folder is not read to decide whether it is a dataset: it is checked. */
export const JSON_SNIFF_MAX_BYTES = 8 * 1024 * 1024;

const projects = new Map<string, ProjectSettings | undefined>();

function projectOf(file: string): ProjectSettings | undefined {
  const dir = path.dirname(path.resolve(file));
  if (!projects.has(dir)) projects.set(dir, findProjectSettings(file));
  return projects.get(dir);
}

/** The whole file, decoded as UTF-8 (JSON's only encoding, RFC 8259), its BOM removed. */
function readJsonText(file: string): { text: string; bom: boolean } {
  const bytes = readRegularFile(file);
  const bom = hasUtf8Bom(bytes);
  return { text: bytes.toString('utf8', bom ? 3 : 0), bom };
}

function planInputs(file: string, options: JsonFileOptions) {
  const project = projectOf(file);
  const sidecar = findSidecarFor(file);
  return {
    path: file,
    sidecar,
    option: options.schema ? { ref: options.schema, baseDir: options.cwd } : undefined,
    setting: projectSchemaSetting(file, project),
    detect: options.detect && project?.detectSchema !== false,
  };
}

/**
 * The records of a dataset: the items of a root list, of `features`, or of the lists one or two levels down
 * (DECP 1.x `marches`, DECP 2.x `marches.marche` and `marches.contrat-concession`).
 */
export function recordCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (!value || typeof value !== 'object') return 0;
  let count = 0;
  for (const child of Object.values(value as Record<string, unknown>)) {
    if (Array.isArray(child)) count += child.length;
    else if (child && typeof child === 'object') for (const grandChild of Object.values(child as Record<string, unknown>)) if (Array.isArray(grandChild)) count += grandChild.length;
  }
  return count;
}

/** Checks one JSON dataset file; I/O errors are thrown (the CLI turns them into exit code 2). */
export function checkJsonFile(file: string, options: JsonFileOptions): FileReport {
  const { text, bom } = readJsonText(file);
  const report = checkJsonDataset({ text, ...planInputs(file, options) });
  const problems = report.problems;
  // Said only for a file that parses and that nothing could be decided for: the CLI was asked to check it.
  if (report.value !== undefined && !report.schema && problems.length === 0) problems.push(noJsonSchemaProblem(text));
  return {
    path: file,
    encoding: 'utf-8',
    bom,
    dialect: defaultDialect,
    labels: [],
    rowCount: recordCount(report.value),
    rowUnit: 'records',
    problems,
    // Detected from a JSON document's content, not from a header as a CSV's schema is.
    schema: report.schema ? { ref: report.schema.ref, title: report.schema.title, source: report.schema.source === 'detected' ? 'detected-shape' : report.schema.source } : undefined,
  };
}

/** Names of JSON files that are never datasets (tooling's own files): a folder walk skips them. */
const TOOLING_FILES = /^(package(-lock)?|composer|tsconfig(\..*)?|jsconfig|\.?eslintrc|\.?prettierrc|lerna|renovate|vercel|deno|bower|manifest|app)\.json$/i;

/**
 * Whether a `.json` file met in a folder is a dataset to check: a schema applies to it (--schema, its
 * `$schema`, its sidecar, the project's setting, or its shape matches a catalog JSON Schema). Tooling files,
 * schemas (JSON Schemas, Table Schemas) and other JSON are skipped without a word. `.geojson` always is one.
 */
export function isJsonDatasetToCheck(file: string, options: JsonFileOptions): boolean {
  if (/\.geojson$/i.test(file)) return true;
  if (!isJsonDatasetPath(file) || TOOLING_FILES.test(path.basename(file))) return false;
  try {
    const { fd, stats } = openRegularFile(file);
    closeSync(fd);
    // A big file in a data folder is a dataset more likely than not: it is checked, not read twice.
    if (stats.size > JSON_SNIFF_MAX_BYTES) return true;
    const parsed = parseJsonText(readJsonText(file).text);
    if (!parsed.ok) return false;
    const value = parsed.value as Record<string, unknown> | undefined;
    // A schema file (Table Schema, datapackage) is not data, even under --schema.
    if (value && typeof value === 'object' && !Array.isArray(value) && (Array.isArray(value.fields) || Array.isArray(value.resources))) return false;
    const plan = planJsonDataset({ value: parsed.value, ...planInputs(file, options) }, firstLineRange(''));
    if (plan.isSchemaFile) return false;
    // A schema applies (plain GeoJSON included), or naming one failed: the check says why.
    return plan.schema !== undefined || plan.problems.length > 0;
  } catch {
    // Unreadable: listed, so that the check reports why.
    return true;
  }
}
