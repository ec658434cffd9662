// Decides which Table Schema validates a table: an explicit reference (CLI option, sidecar, setting or
// the user's recorded choice), else detection from the header, else none — and the file-level
// problems that decision raises (a reference that cannot be used, an unpinned version, a suggestion).
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourceRange } from '../problems/problem';
import type { SchemaCatalog } from './catalog';
import { getDefaultCatalog } from './catalog';
import { bestSchemaCandidate, type SchemaCandidate } from './detect';
import { loadErrorMessage, loadTableSchema } from './loadSchema';
import type { TableSchema } from './tableSchema';

export type SchemaSourceKind = 'option' | 'sidecar' | 'setting' | 'choice' | 'detected' | 'none';

export interface SchemaRequest {
  ref: string;
  source: Exclude<SchemaSourceKind, 'detected' | 'none'>;
  /** Folder that relative paths in `ref` are read from. */
  baseDir?: string;
  /** A schema written in place (a sidecar's inline `schema:`): used as is, `ref` only names it. */
  inline?: TableSchema;
}

export interface SchemaInForce {
  source: SchemaSourceKind;
  schema?: TableSchema;
  /** What to show and record: `id@version` for catalog schemas, else the reference as written. */
  ref?: string;
  id?: string;
  version?: string;
  title?: string;
  /** A good catalog match that was not applied (the editor offers it as a code action). */
  suggestion?: SchemaCandidate;
  /** File-level problems raised by the choice, placed on the header. */
  problems: Problem[];
}

export interface SchemaInForceOptions {
  /** What to do with a good detection when nothing was requested. */
  detection: 'apply' | 'suggest' | 'off';
  catalog?: SchemaCatalog;
}

export function resolveSchemaInForce(
  labels: readonly string[],
  request: SchemaRequest | undefined,
  headerRange: SourceRange,
  options: SchemaInForceOptions,
): SchemaInForce {
  const catalog = options.catalog ?? getDefaultCatalog();
  if (request?.inline) {
    return { source: request.source, schema: request.inline, ref: request.ref, title: request.inline.title ?? request.ref, problems: [] };
  }
  if (request) {
    const loaded = loadTableSchema(request.ref, { baseDir: request.baseDir, catalog });
    if (!loaded.ok) {
      const { key, params } = loadErrorMessage(loaded.error);
      return {
        source: request.source,
        ref: request.ref,
        problems: [makeProblem(loaded.error.code, headerRange, { ...params, messageKey: key, source: request.source })],
      };
    }
    const source = loaded.source;
    if (source.type === 'file') {
      return { source: request.source, schema: loaded.schema, ref: request.ref, title: loaded.schema.title ?? request.ref, problems: [] };
    }
    const problems: Problem[] = [];
    if (!source.pinned) {
      problems.push(makeProblem('schema-version-not-pinned', headerRange, { ref: request.ref, id: source.id, version: source.version }));
    }
    return {
      source: request.source,
      schema: loaded.schema,
      ref: `${source.id}@${source.version}`,
      id: source.id,
      version: source.version,
      title: source.title,
      problems,
    };
  }
  if (options.detection === 'off' || labels.length === 0) return { source: 'none', problems: [] };
  const candidate = bestSchemaCandidate(labels, { catalog });
  if (!candidate) return { source: 'none', problems: [] };
  const params = { id: candidate.id, version: candidate.version, title: candidate.title, matched: candidate.matched, total: candidate.total };
  if (options.detection === 'suggest') {
    return { source: 'none', suggestion: candidate, problems: [makeProblem('schema-detected', headerRange, params)] };
  }
  const loaded = loadTableSchema(`${candidate.id}@${candidate.version}`, { catalog });
  if (!loaded.ok) return { source: 'none', problems: [] };
  return {
    source: 'detected',
    schema: loaded.schema,
    ref: `${candidate.id}@${candidate.version}`,
    id: candidate.id,
    version: candidate.version,
    title: candidate.title,
    problems: [makeProblem('schema-detected', headerRange, { ...params, variant: 'applied' })],
  };
}
