// The one decision every face makes before it checks a JSON dataset: which JSON Schema is in force and
// why (an option > the document's `$schema` > its sidecar > the project's setting > detection from its
// shape > for GeoJSON, plain GeoJSON), and the file-level problems that decision raises. The command
// line, the language server and the map all call `planJsonDataset`; nothing else decides.
import * as fs from 'node:fs';
import type { AnySchemaObject } from 'ajv';
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourceRange } from '../problems/problem';
import { getDefaultCatalog, type SchemaCatalog } from '../schema/catalog';
import { loadErrorMessage, loadTableSchema, MAX_SCHEMA_BYTES } from '../schema/loadSchema';
import { NO_SCHEMA_REF } from '../plan/noSchema';
import { detectJsonSchema, isGeoJsonValue } from './detectJsonSchema';
import type { JsonDatasetInputs } from './jsonDataset';

export type JsonDatasetKind = 'json' | 'geojson';

/** Where the schema in force comes from (first wins): option > `$schema` > sidecar > setting > detection. */
export type JsonSchemaSource = 'option' | 'dollar-schema' | 'sidecar' | 'setting' | 'detected' | 'geojson';

/** What the plan reads: the check's inputs, with the parsed document instead of its text. */
export type JsonPlanInputs = Omit<JsonDatasetInputs, 'text'> & {
  /** The parsed document. */
  value: unknown;
};

export interface JsonSchemaInForce {
  ref: string;
  id?: string;
  version?: string;
  title?: string;
  source: JsonSchemaSource;
  /** The schema itself, and the key its compiled validator is cached under (its file). */
  descriptor?: AnySchemaObject;
  key?: string;
  /** For source `geojson`: which geojson.org schema. */
  geojson?: 'FeatureCollection' | 'Feature';
}

export interface JsonPlan {
  kind: JsonDatasetKind;
  schema?: JsonSchemaInForce;
  /** File-level problems of the choice (a reference that cannot be used, an unpinned version). */
  problems: Problem[];
  /** True when the document is itself a JSON Schema (its `$schema` names a json-schema.org draft). */
  isSchemaFile: boolean;
}

/** The URL of a JSON Schema draft: the document is a schema, not data. */
const META_SCHEMA = /^https?:\/\/json-schema\.org\//i;

function dollarSchema(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const declared = (value as Record<string, unknown>).$schema;
  return typeof declared === 'string' && declared.trim() ? declared.trim() : undefined;
}

export function jsonKindOf(value: unknown, file?: string): JsonDatasetKind {
  return (file && /\.geojson$/i.test(file)) || isGeoJsonValue(value) ? 'geojson' : 'json';
}

interface Request {
  ref: string;
  baseDir?: string;
  source: Exclude<JsonSchemaSource, 'detected' | 'geojson'>;
}

type Resolution = { schema: JsonSchemaInForce; problems: Problem[] } | { problems: Problem[] };

/** A named schema → the JSON Schema in force, or the problem that says why it cannot validate JSON. */
function resolveRequest(request: Request, range: SourceRange, catalog: SchemaCatalog): Resolution {
  const loaded = loadTableSchema(request.ref, { baseDir: request.baseDir, catalog });
  if (loaded.ok) return { problems: [makeProblem('json-schema-unusable', range, { variant: 'table-schema', ref: request.ref, source: request.source })] };
  const error = loaded.error;
  if (error.code !== 'schema-not-table-schema') {
    const { key, params } = loadErrorMessage(error);
    return { problems: [makeProblem(error.code, range, { ...params, messageKey: key, source: request.source })] };
  }
  if (error.kind === 'datapackage') return { problems: [makeProblem('json-schema-unusable', range, { variant: 'datapackage', ref: request.ref, source: request.source })] };
  const resolved = catalog.resolve(request.ref);
  const problems: Problem[] = [];
  if (resolved.found && resolved.path === error.path) {
    if (!resolved.pinned) problems.push(makeProblem('schema-version-not-pinned', range, { ref: request.ref, id: resolved.id, version: resolved.version }));
    return {
      schema: { ref: `${resolved.id}@${resolved.version}`, id: resolved.id, version: resolved.version, title: resolved.title, source: request.source, descriptor: catalog.load(resolved) as AnySchemaObject, key: resolved.path },
      problems,
    };
  }
  // A local JSON Schema file (loadTableSchema read it and found no Table Schema).
  try {
    if (fs.statSync(error.path).size > MAX_SCHEMA_BYTES) throw new Error('too large');
    const descriptor = JSON.parse(fs.readFileSync(error.path, 'utf8').replace(/^\uFEFF/, '')) as AnySchemaObject;
    const title = typeof descriptor.title === 'string' ? descriptor.title : request.ref;
    return { schema: { ref: request.ref, title, source: request.source, descriptor, key: `${error.path}|${fs.statSync(error.path).mtimeMs}` }, problems };
  } catch (e) {
    return { problems: [makeProblem('json-schema-unusable', range, { variant: 'compile', ref: request.ref, reason: e instanceof Error ? e.message : String(e), source: request.source })] };
  }
}

/** The request of a document: an option, else its `$schema` when the catalog knows it, else its sidecar's, else the project's setting. */
function requestOf(inputs: JsonPlanInputs, catalog: SchemaCatalog, range: SourceRange, problems: Problem[]): Request | undefined {
  if (inputs.option) return { ref: inputs.option.ref, baseDir: inputs.option.baseDir, source: 'option' };
  const declared = dollarSchema(inputs.value);
  if (declared && !META_SCHEMA.test(declared)) {
    const resolved = catalog.resolve(declared);
    if (resolved.found) return { ref: declared, source: 'dollar-schema' };
    // A catalog schema whose version we do not know is worth saying; any other URL is the author's own business.
    if (resolved.reason === 'unknown-version' || resolved.id) {
      const { key, params } = loadErrorMessage({ code: 'schema-not-found', ...resolved, ref: declared });
      problems.push(makeProblem('schema-not-found', range, { ...params, messageKey: key, source: 'dollar-schema' }));
    }
  }
  const usable = inputs.sidecar && !inputs.sidecar.unusable ? inputs.sidecar : undefined;
  if (usable?.schema) {
    if (usable.schema.inline) return { ref: usable.schema.ref || 'schema', source: 'sidecar', baseDir: usable.schema.baseDir };
    return { ref: usable.schema.ref, baseDir: usable.schema.baseDir, source: 'sidecar' };
  }
  if (inputs.setting) return { ref: inputs.setting.ref, baseDir: inputs.setting.baseDir, source: 'setting' };
  return undefined;
}

export function planJsonDataset(inputs: JsonPlanInputs, range: SourceRange): JsonPlan {
  const catalog = inputs.catalog ?? getDefaultCatalog();
  const kind = jsonKindOf(inputs.value, inputs.path);
  const declared = dollarSchema(inputs.value);
  const isSchemaFile = declared !== undefined && META_SCHEMA.test(declared);
  const problems: Problem[] = [];
  const request = requestOf(inputs, catalog, range, problems);
  if (request?.ref.trim().toLowerCase() === NO_SCHEMA_REF) return { kind, problems, isSchemaFile };
  if (request && inputs.sidecar?.schema?.inline && request.source === 'sidecar') {
    // A sidecar's inline schema is a Table Schema: it describes CSV tables.
    problems.push(makeProblem('json-schema-unusable', range, { variant: 'table-schema', ref: request.ref, source: 'sidecar' }));
    return { kind, problems, isSchemaFile };
  }
  if (request) {
    const resolution = resolveRequest(request, range, catalog);
    problems.push(...resolution.problems);
    return { kind, schema: 'schema' in resolution ? resolution.schema : undefined, problems, isSchemaFile };
  }
  if (inputs.detect && !isSchemaFile) {
    const candidate = detectJsonSchema(inputs.value, catalog);
    const resolved = candidate && catalog.resolve(`${candidate.id}@${candidate.version}`);
    if (candidate && resolved?.found) {
      return {
        kind,
        schema: { ref: `${candidate.id}@${candidate.version}`, id: candidate.id, version: candidate.version, title: candidate.title, source: 'detected', descriptor: catalog.load(resolved) as AnySchemaObject, key: resolved.path },
        problems,
        isSchemaFile,
      };
    }
  }
  if (isGeoJsonValue(inputs.value)) {
    const type = (inputs.value as Record<string, unknown>).type === 'Feature' ? 'Feature' : 'FeatureCollection';
    return { kind, schema: { ref: `geojson:${type}`, title: `GeoJSON ${type}`, source: 'geojson', geojson: type }, problems, isSchemaFile };
  }
  return { kind, problems, isSchemaFile };
}
