// Orders catalog schemas for one table, before anything is typed in the picker: the schema its header is
// detected as first, then the schemas sharing most of its columns, then the rest by title; each schema
// the header matches says how many of its columns it has.
import type { CatalogListEntry, SchemaCatalog } from './catalog';
import { detectSchema, type SchemaCandidate } from './detect';
import { normalizeLabel } from '../text/fold';

/** How a table's header matches a schema (detect.ts counts). */
export interface HeaderMatch {
  /** Fields of the schema found among the header's labels… */
  matched: number;
  /** …of its fields. */
  total: number;
  /** The version these counts are for: the one the header matches best (not always the latest). */
  version: string;
  /** The schema detection picks for this header (detect.ts, GOOD_SCHEMA_COVERAGE and GOOD_FILE_COVERAGE). */
  detected: boolean;
}

export interface RankedCatalogEntry extends CatalogListEntry {
  /** Set for the detected schema and the schemas offered for their shared columns. */
  header?: HeaderMatch;
}

/**
 * Schemas offered for their columns share at least two that few schemas have: `id`, `nom`, `commune`,
 * `latitude` say nothing of what a file is (see GENERIC_COLUMN_SHARE).
 */
export const HEADER_MATCH_MIN_COLUMNS = 2;
/**
 * A column is generic when at least this share of the catalog's Table Schemas have it: in the bundled
 * catalog, `id` (18 of 61), `nom` (15), `description` (10), `code_insee`, `date_maj`, `latitude`,
 * `longitude` (9), `commune`, `siret` (8); the next ones (`name`, `code_postal`, 6) belong to families of
 * schemas (the six acceslibre ones share most of their columns).
 */
export const GENERIC_COLUMN_SHARE = 1 / 8;
/** At most this many schemas offered for their columns (the detected one included). */
export const HEADER_MATCH_LIMIT = 5;

/**
 * The entries in the order above, from detection's candidates for the header (best first) and, to tell
 * which shared columns count, the distinctive columns each candidate shares with it (all of them when
 * not given).
 */
export function rankByHeader(
  entries: readonly CatalogListEntry[],
  candidates: readonly SchemaCandidate[],
  distinctiveShared: (candidate: SchemaCandidate) => number = (candidate) => candidate.matched,
): RankedCatalogEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const first: RankedCatalogEntry[] = [];
  candidates.forEach((candidate, i) => {
    const entry = byId.get(candidate.id);
    if (!entry || first.length >= HEADER_MATCH_LIMIT) return;
    const detected = i === 0 && candidate.good;
    if (!detected && distinctiveShared(candidate) < HEADER_MATCH_MIN_COLUMNS) return;
    first.push({ ...entry, header: { matched: candidate.matched, total: candidate.total, version: candidate.version, detected } });
  });
  const offered = new Set(first.map((entry) => entry.id));
  const rest = entries.filter((entry) => !offered.has(entry.id)).sort(byTitle);
  return [...first, ...rest];
}

/** The catalog's Table Schemas ranked for a table with these header labels (none yet: by title only). */
export function catalogForHeader(catalog: SchemaCatalog, labels: readonly string[] | undefined): RankedCatalogEntry[] {
  const entries = catalog.list({ kind: 'tableschema' });
  if (!labels || labels.length === 0) return rankByHeader(entries, []);
  const candidates = detectSchema(labels, { catalog, limit: entries.length });
  const { fieldsOf, generic } = columnsOf(catalog);
  const fileKeys = new Set(labels.map(normalizeLabel).filter((key) => key && !generic.has(key)));
  const distinctive = (candidate: SchemaCandidate): number => {
    let shared = 0;
    for (const key of fieldsOf.get(`${candidate.id}@${candidate.version}`) ?? []) if (fileKeys.has(key)) shared++;
    return shared;
  };
  return rankByHeader(entries, candidates, distinctive);
}

const preparedColumns = new WeakMap<SchemaCatalog, { fieldsOf: Map<string, Set<string>>; generic: Set<string> }>();

/** Each Table Schema version's normalized fields, and the generic ones (GENERIC_COLUMN_SHARE), computed once per catalog. */
function columnsOf(catalog: SchemaCatalog): { fieldsOf: Map<string, Set<string>>; generic: Set<string> } {
  let ready = preparedColumns.get(catalog);
  if (ready) return ready;
  const fieldsOf = new Map<string, Set<string>>();
  const schemasWith = new Map<string, Set<string>>();
  for (const version of catalog.tableSchemaVersions()) {
    const keys = new Set(version.fields.map(normalizeLabel).filter(Boolean));
    fieldsOf.set(`${version.id}@${version.version}`, keys);
    for (const key of keys) {
      if (!schemasWith.has(key)) schemasWith.set(key, new Set());
      schemasWith.get(key)!.add(version.id);
    }
  }
  const schemas = new Set([...fieldsOf.keys()].map((key) => key.slice(0, key.lastIndexOf('@')))).size;
  const generic = new Set([...schemasWith].filter(([, ids]) => ids.size >= schemas * GENERIC_COLUMN_SHARE).map(([key]) => key));
  ready = { fieldsOf, generic };
  preparedColumns.set(catalog, ready);
  return ready;
}

/** French order of titles; some catalog titles start with a space (" Atlas Paysager"). */
function byTitle(a: CatalogListEntry, b: CatalogListEntry): number {
  return a.title.trim().localeCompare(b.title.trim(), 'fr') || a.id.localeCompare(b.id);
}
