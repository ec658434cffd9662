// The published schema an inferred one is closest to: the catalog candidates detectSchema ranks by field
// names, re-scored with the types (a column matches a field when its name and its inferred type agree),
// and the difference: which fields match, which differ in type, which required ones the file lacks.
import { getDefaultCatalog, type SchemaCatalog } from '../schema/catalog';
import { detectSchema, normalizeLabel } from '../schema/detect';
import { loadTableSchema } from '../schema/loadSchema';
import type { ProblemParams } from '../problems/problem';
import type { TableSchema, TableSchemaField } from '../schema/tableSchema';

export interface TypeMismatch {
  /** The file's column. */
  column: string;
  /** The catalog field it matches by name. */
  field: string;
  inferred: string;
  expected: string;
}

export interface SchemaSuggestion {
  id: string;
  version: string;
  title: string;
  /** Catalog fields found in the file with a compatible type. */
  matched: number;
  /** Fields of the catalog schema. */
  total: number;
  /** Columns of the file. */
  columns: number;
  /** Fields matched by name whose type differs from the inferred one. */
  typeMismatches: TypeMismatch[];
  /** Required catalog fields the file lacks (schema spelling). */
  requiredMissing: string[];
  /** Columns of the file the catalog schema does not have. */
  extraColumns: string[];
}

export interface SuggestOptions {
  catalog?: SchemaCatalog;
  /** Least share of the catalog schema's fields (names and types) the file must match to be suggested. */
  minimumCoverage?: number;
}

/** Below this share of a schema's fields, a file merely shares generic columns with it (nom, commune, adresse…). */
const DEFAULT_MINIMUM_COVERAGE = 0.4;
/** Fewer matching fields than this prove nothing. */
const MINIMUM_MATCHED = 3;

/** The type of a field as a family: integers are numbers, year/date/datetime stay apart. */
function typeOf(field: TableSchemaField | undefined): string {
  return typeof field?.type === 'string' ? field.type : 'string';
}

/**
 * Whether values of the inferred type can fill the catalog's field: the same type; an integer where a
 * number is expected; anything where text or `any` is; a year where an integer is.
 */
export function typesCompatible(inferred: string, expected: string): boolean {
  if (inferred === expected || expected === 'any' || expected === 'string') return true;
  if (inferred === 'integer' && (expected === 'number' || expected === 'year')) return true;
  if (inferred === 'year' && (expected === 'integer' || expected === 'number')) return true;
  return false;
}

/** The closest catalog schema to an inferred one, or undefined when none is close enough. */
export function suggestSchema(inferred: TableSchema, options: SuggestOptions = {}): SchemaSuggestion | undefined {
  const catalog = options.catalog ?? getDefaultCatalog();
  const minimum = options.minimumCoverage ?? DEFAULT_MINIMUM_COVERAGE;
  const labels = inferred.fields.map((field) => field.name);
  const inferredByKey = new Map(inferred.fields.map((field) => [normalizeLabel(field.name), field]));
  let best: SchemaSuggestion | undefined;
  for (const candidate of detectSchema(labels, { catalog, limit: 5 })) {
    const loaded = loadTableSchema(`${candidate.id}@${candidate.version}`, { catalog });
    if (!loaded.ok || !Array.isArray(loaded.schema.fields)) continue;
    const fields = loaded.schema.fields.filter((field): field is TableSchemaField => typeof field?.name === 'string');
    const seen = new Set<string>();
    let matched = 0;
    const typeMismatches: TypeMismatch[] = [];
    const requiredMissing: string[] = [];
    for (const field of fields) {
      const key = normalizeLabel(field.name);
      const column = inferredByKey.get(key);
      if (!column) {
        if (field.constraints?.required === true) requiredMissing.push(field.name);
        continue;
      }
      seen.add(key);
      const inferredType = typeOf(column);
      const expected = typeOf(field);
      if (typesCompatible(inferredType, expected)) matched++;
      else typeMismatches.push({ column: column.name, field: field.name, inferred: inferredType, expected });
    }
    const extraColumns = labels.filter((label) => !seen.has(normalizeLabel(label)));
    const suggestion: SchemaSuggestion = {
      id: candidate.id,
      version: candidate.version,
      title: candidate.title,
      matched,
      total: fields.length,
      columns: labels.length,
      typeMismatches,
      requiredMissing,
      extraColumns,
    };
    if (matched < MINIMUM_MATCHED || matched < minimum * fields.length) continue;
    if (!best || score(suggestion) > score(best)) best = suggestion;
  }
  return best;
}

/** Dice coefficient over names and types: 1 when the file is exactly the schema. */
function score(suggestion: SchemaSuggestion): number {
  return (2 * suggestion.matched) / (suggestion.total + suggestion.columns);
}

/** The parameters of the `infer.suggestion` message. */
export function suggestionParams(suggestion: SchemaSuggestion): ProblemParams {
  return {
    ref: `${suggestion.id}@${suggestion.version}`,
    title: suggestion.title,
    matched: suggestion.matched,
    total: suggestion.total,
    missing: suggestion.requiredMissing.length,
    missingFields: suggestion.requiredMissing,
    mismatchColumns: suggestion.typeMismatches.map((m) => m.column),
    mismatchInferred: suggestion.typeMismatches.map((m) => m.inferred),
    mismatchExpected: suggestion.typeMismatches.map((m) => m.expected),
  };
}
