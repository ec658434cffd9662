// Checks a JSON or GeoJSON dataset against a JSON Schema of the catalog (issue #17): parse (syntax errors
// with their place), plan (which schema, planJsonDataset), validate with ajv, and rephrase ajv's errors on
// the exact key or value. The types are the contract the faces (CLI, language server, map) build on.
import type { AnySchemaObject, ErrorObject } from 'ajv';
import type { SidecarBinding } from '../metadata/findSidecar';
import { isJsonDataPath } from '../metadata/sidecarFiles';
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourceRange } from '../problems/problem';
import type { SettingMatch } from '../plan/projectSettings';
import type { SchemaCatalog } from '../schema/catalog';
import { recordListPath, sliceRules, validateInSlices } from './chunkedValidation';
import { compileJsonSchema, GEOJSON_SCHEMAS, geoJsonValidator, type CompiledJsonSchema } from './compileJsonSchema';
import { planJsonDataset, jsonKindOf, type JsonDatasetKind, type JsonSchemaInForce, type JsonSchemaSource } from './jsonPlan';
import { jsonSchemaProblems } from './jsonSchemaProblems';
import { parseJsonText } from './parseJson';

export type { JsonDatasetKind, JsonSchemaSource } from './jsonPlan';

export interface JsonDatasetInputs {
  /** The whole document's text (BOM removed). */
  text: string;
  /** The file, when there is one (`.json`, `.geojson`). */
  path?: string;
  /** The document's metadata sidecar, if any (found by the face). */
  sidecar?: SidecarBinding;
  /** A schema named for this run only (the CLI's `--schema`). */
  option?: { ref: string; baseDir: string };
  /** The project's schema setting that applies to the file, if any. */
  setting?: SettingMatch;
  /** Whether a catalog JSON Schema the document's shape matches is applied when nothing names one. */
  detect: boolean;
  /** The catalog to resolve references in (the bundled one by default). */
  catalog?: SchemaCatalog;
}

/** Milliseconds spent in each step (what docs/bench.md reports). */
export interface JsonDatasetTiming {
  parseMs: number;
  planMs: number;
  compileMs: number;
  validateMs: number;
  /** The one pass over the text that finds the problems' ranges. */
  locateMs: number;
  /** Turning ajv's errors into problems, ranges included. */
  problemsMs: number;
}

export interface JsonDatasetReport {
  kind: JsonDatasetKind;
  /** The schema in force; undefined when none applies (then `problems` holds at most syntax problems). */
  schema?: { ref: string; id?: string; version?: string; title?: string; source: JsonSchemaSource };
  /**
   * Problems in document order, each on the exact key or value (line/column/offset in `text`). Schema
   * problems carry params `pointer` (the JSON pointer, e.g. `/marches/3/titulaires/0/id`), `field` (the
   * field's name as users know it, e.g. `titulaires.id`), and for GeoJSON features `feature` (0-based index
   * in `features`), so the map can show each feature's problems.
   */
  problems: Problem[];
  /** The parsed document (undefined when it does not parse). */
  value?: unknown;
  /** True when the document is itself a JSON Schema (its `$schema` names a json-schema.org draft): not data. */
  isSchemaFile?: boolean;
  timing?: JsonDatasetTiming;
}

/** Whether a path names a JSON dataset file by its extension (`.json`, `.geojson`). */
export function isJsonDatasetPath(file: string): boolean {
  return isJsonDataPath(file);
}

/** The range of the document's first line (where file-level problems are shown), without reading further. */
export function firstLineRange(text: string): SourceRange {
  // The first line ends at its first break: `\n`, `\r\n` or a lone `\r`.
  let end = text.search(/[\r\n]/);
  if (end < 0) end = text.length;
  return { start: { offset: 0, line: 0, character: 0 }, end: { offset: end, line: 0, character: end } };
}

/** The problem the command line reports for a JSON file named on it that no schema applies to. */
export function noJsonSchemaProblem(text: string): Problem {
  return makeProblem('json-no-schema', firstLineRange(text));
}

function validatorOf(schema: JsonSchemaInForce): CompiledJsonSchema {
  if (schema.geojson) return geoJsonValidator(schema.geojson);
  return compileJsonSchema(schema.descriptor as AnySchemaObject, schema.key ?? schema.ref);
}

/** Whether a schema describes one object (not a list): a document that is a list is then checked item by item. */
function describesObject(schema: AnySchemaObject | undefined): boolean {
  if (!schema) return false;
  const type = schema.type;
  return type === 'object' || (type === undefined && typeof schema.properties === 'object');
}

/**
 * ajv's errors for a document; a list validated item by item against an object schema (data·inclusion's
 * services) gets its indexes back, and a long list of records is validated in slices (chunkedValidation.ts).
 */
function validate(compiled: CompiledJsonSchema, schema: AnySchemaObject | undefined, value: unknown, itemByItem: boolean): ErrorObject[] {
  if (!itemByItem || !Array.isArray(value)) {
    const list = schema && recordListPath(value);
    const rules = schema && list && sliceRules(schema, list);
    if (list && rules) return validateInSlices(compiled.validate, value, list, rules);
    compiled.validate(value);
    return [...(compiled.validate.errors ?? [])];
  }
  const errors: ErrorObject[] = [];
  value.forEach((item, index) => {
    if (compiled.validate(item)) return;
    for (const error of compiled.validate.errors ?? []) errors.push({ ...error, instancePath: `/${index}${error.instancePath}` });
  });
  return errors;
}

export function checkJsonDataset(inputs: JsonDatasetInputs): JsonDatasetReport {
  const timing: JsonDatasetTiming = { parseMs: 0, planMs: 0, compileMs: 0, validateMs: 0, locateMs: 0, problemsMs: 0 };
  let started = performance.now();
  const parsed = parseJsonText(inputs.text);
  timing.parseMs = performance.now() - started;
  if (!parsed.ok) return { kind: jsonKindOf(undefined, inputs.path), problems: parsed.problems, timing };
  const value = parsed.value;
  const range = firstLineRange(inputs.text);
  started = performance.now();
  const { text: _text, ...planInputs } = inputs;
  const plan = planJsonDataset({ ...planInputs, value }, range);
  timing.planMs = performance.now() - started;
  const problems = [...plan.problems];
  const report: JsonDatasetReport = { kind: plan.kind, problems, value, isSchemaFile: plan.isSchemaFile, timing };
  const schema = plan.schema;
  if (!schema) return report;
  report.schema = { ref: schema.ref, id: schema.id, version: schema.version, title: schema.title, source: schema.source };
  let compiled: CompiledJsonSchema;
  try {
    compiled = validatorOf(schema);
  } catch (error) {
    problems.push(makeProblem('json-schema-unusable', range, { variant: 'compile', ref: schema.ref, reason: error instanceof Error ? error.message : String(error), source: schema.source }));
    report.schema = undefined;
    return report;
  }
  timing.compileMs = compiled.compileMs;
  started = performance.now();
  const descriptor = schema.geojson ? GEOJSON_SCHEMAS[`${schema.geojson}.json`] : schema.descriptor;
  const errors = validate(compiled, descriptor, value, Array.isArray(value) && describesObject(schema.descriptor));
  timing.validateMs = performance.now() - started;
  if (errors.length === 0) return report;
  started = performance.now();
  const located = { locateMs: 0 };
  problems.push(...jsonSchemaProblems({ text: inputs.text, value, errors, fallback: range, schema: descriptor }, located));
  timing.locateMs = located.locateMs;
  timing.problemsMs = performance.now() - started;
  return report;
}
