// Checks across a resource and its CSV: the `path` exists (and stays in the folder), the `schema`
// reference resolves (else near misses), the declared dialect and encoding are the file's, the dates of
// the CSV fall within the temporal coverage, and an inline field list agrees with the header. A resource
// that is a JSON dataset (`marches.json`) gets the checks of its path and of its schema (a JSON Schema),
// none of the CSV's.
import * as path from 'node:path';
import { makeProblem } from '../problems/makeProblem';
import type { Problem, SourceRange } from '../problems/problem';
import type { SchemaCatalog } from '../schema/catalog';
import { loadErrorMessage, loadTableSchema } from '../schema/loadSchema';
import type { TableSchema } from '../schema/tableSchema';
import { nearest } from './ajvProblems';
import { isIsoDate } from './contentChecks';
import { isJsonDataPath, isRemotePath, isTablePath, sidecarKindOf, unsafePathReason, type FileAccess } from './sidecarFiles';
import { dialectOf, encodingOf, property, schemaChoiceOf, text, type SidecarResource } from './sidecarModel';
import { factsOfText, readTableText, type TableFacts } from './tableFacts';
import type { PathSegment } from './yamlNodes';

export interface CrossCheckInput {
  resource: SidecarResource;
  /** The resource's metadata with what it inherits from its package. */
  effective: Record<string, unknown>;
  /** Where a property of the effective metadata is written in this document (the resource, or its package). */
  where: (property: string) => PathSegment[];
  range: (segments: readonly PathSegment[], part?: 'key' | 'value') => SourceRange;
  access: FileAccess;
  catalog?: SchemaCatalog;
  /** Folders besides the sidecar's that a `schema:` path may lead to (the workspace folders). */
  roots?: readonly string[];
}

export interface CrossCheckResult {
  problems: Problem[];
  /** The CSV the resource describes, when its path is usable. */
  tablePath?: string;
  /** The schema the resource names, when it resolves. */
  schema?: TableSchema;
  facts?: TableFacts;
}

/** The table the resource's `path` names, or the problem that prevents using it. */
function checkPath(input: CrossCheckInput, problems: Problem[]): string | undefined {
  const { resource, access } = input;
  const value = text(resource.descriptor.path);
  if (value === undefined || value.trim() === '') return undefined;
  const at = input.range([...resource.segments, 'path']);
  if (isRemotePath(value)) {
    problems.push(makeProblem('metadata-path-remote', at, { path: value }));
    return undefined;
  }
  const unsafe = unsafePathReason(value);
  if (unsafe) {
    problems.push(makeProblem('metadata-path-unsafe', at, { variant: unsafe, path: value }));
    return undefined;
  }
  const file = path.resolve(resource.baseDir, value);
  const stat = access.stat(file);
  if (!stat) {
    const folder = path.dirname(file);
    const available = access.list(folder).filter((name) => isTablePath(name)).sort();
    const near = nearest(path.basename(value), available);
    const prefix = path.posix.dirname(value.replace(/\\/g, '/'));
    const suggestion = near ? (prefix === '.' ? near : `${prefix}/${near}`) : undefined;
    problems.push(makeProblem('metadata-path-not-found', at, { path: value, available: available.slice(0, 5), suggestion }));
    return undefined;
  }
  // A link may lead out of the folder the path rule keeps the sidecar to: where it leads is what counts.
  if (!isInsideFolder(access, file, resource.baseDir)) {
    problems.push(makeProblem('metadata-path-unsafe', at, { variant: 'link', path: value }));
    return undefined;
  }
  if (!stat.isDirectory && stat.isFile && isJsonDataPath(file)) return file;
  if (stat.isDirectory || !isTablePath(file) || sidecarKindOf(file)) {
    problems.push(makeProblem('metadata-path-not-table', at, { variant: stat.isDirectory ? 'directory' : 'extension', path: value }));
    return undefined;
  }
  // A device or a FIFO named `x.csv` would be read forever, or block.
  if (!stat.isFile) {
    problems.push(makeProblem('metadata-path-not-table', at, { variant: 'special', path: value }));
    return undefined;
  }
  return file;
}

/** Whether `file`, links resolved, lies in `folder` (links resolved too); true when links cannot be resolved. */
function isInsideFolder(access: FileAccess, file: string, folder: string): boolean {
  if (!access.realpath) return true;
  const real = access.realpath(file);
  const base = access.realpath(folder) ?? path.resolve(folder);
  if (real === undefined) return true;
  const relative = path.relative(base, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function checkSchema(input: CrossCheckInput, problems: Problem[]): TableSchema | undefined {
  const choice = schemaChoiceOf(input.resource.descriptor);
  if (!choice) return undefined;
  if (choice.kind === 'inline') return choice.schema;
  const at = input.range([...input.resource.segments, 'schema']);
  // The `path` rule holds for `schema:` too: a sidecar must not make us read a file elsewhere on the disk.
  // A web address is looked up in the bundled catalog (nothing is fetched); a file: URL is an absolute path.
  if (unsafePathReason(choice.ref.trim()) === 'absolute' || /^file:/i.test(choice.ref.trim())) {
    problems.push(makeProblem('metadata-path-unsafe', at, { variant: 'schema-absolute', path: choice.ref }));
    return undefined;
  }
  const confineTo = [input.resource.baseDir, ...(input.roots ?? [])];
  const loaded = loadTableSchema(choice.ref, { baseDir: input.resource.baseDir, catalog: input.catalog, confineTo });
  if (!loaded.ok && loaded.error.code === 'schema-file-outside') {
    problems.push(makeProblem('metadata-path-unsafe', at, { variant: 'schema-outside', path: choice.ref }));
    return undefined;
  }
  if (!loaded.ok) {
    const { key, params } = loadErrorMessage(loaded.error);
    const error = loaded.error;
    let suggestion: string | undefined;
    if (error.code === 'schema-not-found') suggestion = error.suggestions[0]?.ref;
    problems.push(makeProblem(error.code, at, { ...params, messageKey: key, source: 'sidecar', suggestion }));
    return undefined;
  }
  const source = loaded.source;
  if (source.type === 'catalog' && !source.pinned) {
    problems.push(makeProblem('schema-version-not-pinned', at, { ref: choice.ref, id: source.id, version: source.version, suggestion: `${source.id}@${source.version}` }));
  }
  return loaded.schema;
}

const DELIMITER_NAMES: Record<string, string> = { ',': ',', ';': ';', '\t': '\\t', '|': '|' };

function checkDialect(input: CrossCheckInput, facts: TableFacts, schema: TableSchema | undefined, problems: Problem[]): void {
  const declared = dialectOf(input.resource.descriptor);
  const segments = [...input.resource.segments, 'dialect'];
  if (declared?.header === false && schema) {
    // `header: false` while the first row is the schema's field names: the names would be read as data.
    const names = new Set(schema.fields.map((f) => f.name));
    const named = facts.firstRow.filter((cell) => names.has(cell.trim())).length;
    if (named >= Math.max(2, Math.ceil(names.size / 2))) {
      problems.push(makeProblem('metadata-dialect-mismatch', input.range([...segments, 'header']), { variant: 'header', matched: named, total: names.size, suggestion: 'true' }));
    }
  }
  if (declared?.delimiter !== undefined && declared.delimiter !== facts.sniffed.delimiter && facts.labels.length <= 1 && facts.sniffedLabelCount > 1) {
    problems.push(
      makeProblem('metadata-dialect-mismatch', input.range([...segments, 'delimiter']), {
        variant: 'delimiter',
        declared: DELIMITER_NAMES[declared.delimiter] ?? declared.delimiter,
        actual: DELIMITER_NAMES[facts.sniffed.delimiter] ?? facts.sniffed.delimiter,
        suggestion: facts.sniffed.delimiter,
        columns: facts.sniffedLabelCount,
      }),
    );
  }
  if (declared?.lineTerminator !== undefined && facts.rowsRead > 0 && declared.lineTerminator !== facts.sniffed.lineTerminator) {
    problems.push(
      makeProblem('metadata-dialect-mismatch', input.range([...segments, 'lineTerminator']), { variant: 'lineTerminator', declared: declared.lineTerminator, actual: facts.sniffed.lineTerminator }, { severity: 'warning' }),
    );
  }
  const encoding = encodingOf(input.resource.descriptor);
  if (encoding && facts.encoding && encoding !== facts.encoding && (facts.encoding !== 'utf-8' || facts.nonAscii)) {
    problems.push(makeProblem('metadata-encoding-mismatch', input.range([...input.resource.segments, 'encoding']), { declared: text(input.resource.descriptor.encoding), actual: facts.encoding, suggestion: facts.encoding }));
  }
}

function checkTemporalCoverage(input: CrossCheckInput, facts: TableFacts, problems: Problem[]): void {
  const start = text(property(input.effective, 'couverture_temporelle.debut'));
  const end = text(property(input.effective, 'couverture_temporelle.fin'));
  const where = input.where('couverture_temporelle');
  const partial = facts.truncated;
  if (start && isIsoDate(start)) {
    const earliest = [...facts.dateRanges].sort((a, b) => a.min.localeCompare(b.min))[0];
    if (earliest && earliest.min < start) {
      problems.push(makeProblem('metadata-temporal-coverage', input.range([...where, 'debut']), { variant: 'before', bound: start, date: earliest.min, column: earliest.label, row: earliest.minRow, partial, suggestion: earliest.min }));
    }
  }
  if (end && isIsoDate(end)) {
    const latest = [...facts.dateRanges].sort((a, b) => b.max.localeCompare(a.max))[0];
    if (latest && latest.max > end) {
      problems.push(makeProblem('metadata-temporal-coverage', input.range([...where, 'fin']), { variant: 'after', bound: end, date: latest.max, column: latest.label, row: latest.maxRow, partial, suggestion: latest.max }));
    }
  }
}

function checkInlineFields(input: CrossCheckInput, schema: TableSchema, facts: TableFacts, problems: Problem[]): void {
  if (!facts.dialect.header || facts.labels.length === 0) return;
  const fieldsAt = [...input.resource.segments, 'schema', 'fields'];
  const names = schema.fields.map((f) => f.name);
  const labels = facts.labels.map((l) => l.trim());
  const missing = names.map((name, i) => ({ name, i })).filter(({ name }) => !labels.includes(name));
  for (const { name, i } of missing) {
    problems.push(makeProblem('metadata-fields-mismatch', input.range([...fieldsAt, i, 'name']), { variant: 'missing', field: name, suggestion: nearest(name, labels.filter((l) => !names.includes(l))) }));
  }
  const extra = labels.filter((label) => label !== '' && !names.includes(label));
  if (extra.length > 0) problems.push(makeProblem('metadata-fields-mismatch', input.range(fieldsAt, 'key'), { variant: 'extra', labels: extra, count: extra.length }));
  if (missing.length === 0 && extra.length === 0 && names.join('\u0000') !== labels.join('\u0000')) {
    problems.push(makeProblem('metadata-fields-mismatch', input.range(fieldsAt, 'key'), { variant: 'order', header: labels }));
  }
}

/** The schema of a JSON resource must be a JSON Schema: a Table Schema (or one that does not resolve) is said. */
function checkJsonSchemaRef(input: CrossCheckInput, problems: Problem[]): void {
  const choice = schemaChoiceOf(input.resource.descriptor);
  if (!choice) return;
  const at = input.range([...input.resource.segments, 'schema']);
  if (choice.kind === 'inline') {
    problems.push(makeProblem('json-schema-unusable', at, { variant: 'table-schema', ref: 'schema' }));
    return;
  }
  const loaded = loadTableSchema(choice.ref, { baseDir: input.resource.baseDir, catalog: input.catalog, confineTo: [input.resource.baseDir, ...(input.roots ?? [])] });
  if (loaded.ok) {
    problems.push(makeProblem('json-schema-unusable', at, { variant: 'table-schema', ref: choice.ref }));
    return;
  }
  const error = loaded.error;
  if (error.code === 'schema-not-table-schema') {
    if (error.kind === 'datapackage') problems.push(makeProblem('json-schema-unusable', at, { variant: 'datapackage', ref: choice.ref }));
    return;
  }
  const { key, params } = loadErrorMessage(error);
  problems.push(makeProblem(error.code, at, { ...params, messageKey: key, source: 'sidecar' }));
}

export function crossCheck(input: CrossCheckInput): CrossCheckResult {
  const problems: Problem[] = [];
  const tablePath = checkPath(input, problems);
  if (tablePath && isJsonDataPath(tablePath)) {
    checkJsonSchemaRef(input, problems);
    return { problems, tablePath };
  }
  const schema = checkSchema(input, problems);
  if (!tablePath) return { problems, schema };
  const read = readTableText(input.access, tablePath);
  if (!read || read.binary) return { problems, tablePath, schema };
  const facts = factsOfText(read, { dialect: dialectOf(input.resource.descriptor), schema });
  checkDialect(input, facts, schema, problems);
  checkTemporalCoverage(input, facts, problems);
  const choice = schemaChoiceOf(input.resource.descriptor);
  if (choice?.kind === 'inline') checkInlineFields(input, choice.schema, facts, problems);
  return { problems, tablePath, schema, facts };
}
