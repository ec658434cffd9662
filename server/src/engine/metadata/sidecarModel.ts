// The typed view of a parsed sidecar: its resources (inline in a datapackage, in files it lists, or
// the sidecar itself), the schema and dialect each names, and the publication metadata a resource
// inherits from its package. Reads only plain values checked for their type (the YAML may be anything).
import type { TextEncoding } from '../table/decode';
import type { Dialect } from '../table/dialect';
import type { TableSchema } from '../schema/tableSchema';
import type { PathSegment } from './yamlNodes';

export type Descriptor = Record<string, unknown>;

/** Properties of the fiche descriptive a resource takes from its package when it does not set them. */
export const INHERITED_PROPERTIES = [
  'theme',
  'producteur',
  'collectivite',
  'contact',
  'couverture_spatiale',
  'couverture_temporelle',
  'date_publication',
  'date_mise_a_jour',
  'frequence',
  'mots_cles',
  'licence',
  'licenses',
  'url',
] as const;

export function isRecord(value: unknown): value is Descriptor {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function record(value: unknown): Descriptor | undefined {
  return isRecord(value) ? value : undefined;
}

export function property(descriptor: Descriptor | undefined, dotted: string): unknown {
  let current: unknown = descriptor;
  for (const key of dotted.split('.')) current = isRecord(current) ? current[key] : undefined;
  return current;
}

/** The package's publication metadata overlaid by the resource's own. */
export function effectiveMetadata(resource: Descriptor, pkg: Descriptor | undefined): Descriptor {
  if (!pkg) return resource;
  const merged: Descriptor = { ...resource };
  for (const key of INHERITED_PROPERTIES) if (merged[key] === undefined && pkg[key] !== undefined) merged[key] = pkg[key];
  return merged;
}

/** A sidecar's `dialect:` as the CSV reader takes it (only the keys it honours, only when well-typed). */
export function dialectOf(descriptor: Descriptor): Partial<Dialect> | undefined {
  const raw = record(descriptor.dialect);
  if (!raw) return undefined;
  const out: Partial<Dialect> = {};
  if (typeof raw.delimiter === 'string' && raw.delimiter.length === 1) out.delimiter = raw.delimiter;
  if (typeof raw.quoteChar === 'string' && raw.quoteChar.length <= 1) out.quoteChar = raw.quoteChar;
  if (typeof raw.header === 'boolean') out.header = raw.header;
  if (typeof raw.skipInitialSpace === 'boolean') out.skipInitialSpace = raw.skipInitialSpace;
  const terminators: Record<string, Dialect['lineTerminator']> = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' };
  if (typeof raw.lineTerminator === 'string' && terminators[raw.lineTerminator]) out.lineTerminator = terminators[raw.lineTerminator];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `encoding:` as the decoder names it (ISO-8859-1 is read as its superset Windows-1252, as browsers do). */
export function encodingOf(descriptor: Descriptor): TextEncoding | undefined {
  const raw = text(descriptor.encoding)?.toLowerCase().replace(/_/g, '-');
  if (raw === 'utf-8' || raw === 'utf8') return 'utf-8';
  if (raw === 'windows-1252' || raw === 'cp1252' || raw === 'iso-8859-1' || raw === 'latin-1' || raw === 'latin1') return 'windows-1252';
  // Plain “utf-16” names no byte order (the BOM tells it): left undeclared.
  if (raw === 'utf-16le' || raw === 'utf-16-le') return 'utf-16le';
  if (raw === 'utf-16be' || raw === 'utf-16-be') return 'utf-16be';
  return undefined;
}

/** What `schema:` names: a reference to resolve, or a schema written inline. */
export type SchemaChoice = { kind: 'ref'; ref: string } | { kind: 'inline'; schema: TableSchema };

export function schemaChoiceOf(descriptor: Descriptor): SchemaChoice | undefined {
  const raw = descriptor.schema;
  if (typeof raw === 'string' && raw.trim() !== '') return { kind: 'ref', ref: raw.trim() };
  if (isRecord(raw) && Array.isArray(raw.fields) && raw.fields.every((f) => isRecord(f) && typeof f.name === 'string')) {
    return { kind: 'inline', schema: raw as unknown as TableSchema };
  }
  return undefined;
}

/** One resource of a sidecar, with where it is written. */
export interface SidecarResource {
  descriptor: Descriptor;
  /** Path of the resource inside the document it is written in ([] for a resource sidecar). */
  segments: PathSegment[];
  /** Folder its relative paths (`path`, a local `schema`) are resolved from. */
  baseDir: string;
  /** The file it is written in, when a datapackage lists a `.resource.yaml` file instead of writing it inline. */
  file?: string;
  /** Index in the datapackage's `resources` (undefined for a resource sidecar). */
  index?: number;
}
