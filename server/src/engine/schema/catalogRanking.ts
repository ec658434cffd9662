// Orders catalog schemas for one table, before anything is typed in the picker: the schema its header is
// detected as first, then the schemas sharing most of its columns, then the rest by title; each schema
// the header matches says how many of its columns it has.
import type { CatalogListEntry, SchemaCatalog } from './catalog';
import { detectSchema, type SchemaCandidate } from './detect';

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
 * Schemas offered for their columns share at least two: one shared column (an `id`, a `nom`, a
 * `commune`) says nothing of what a file is.
 */
export const HEADER_MATCH_MIN_COLUMNS = 2;
/** At most this many schemas offered for their columns (the detected one included). */
export const HEADER_MATCH_LIMIT = 5;

/** The entries in the order above, from detection's candidates for the header (best first). */
export function rankByHeader(entries: readonly CatalogListEntry[], candidates: readonly SchemaCandidate[]): RankedCatalogEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const first: RankedCatalogEntry[] = [];
  candidates.forEach((candidate, i) => {
    const entry = byId.get(candidate.id);
    if (!entry || first.length >= HEADER_MATCH_LIMIT) return;
    const detected = i === 0 && candidate.good;
    if (!detected && candidate.matched < HEADER_MATCH_MIN_COLUMNS) return;
    first.push({ ...entry, header: { matched: candidate.matched, total: candidate.total, version: candidate.version, detected } });
  });
  const offered = new Set(first.map((entry) => entry.id));
  const rest = entries.filter((entry) => !offered.has(entry.id)).sort(byTitle);
  return [...first, ...rest];
}

/** The catalog's Table Schemas ranked for a table with these header labels (none yet: by title only). */
export function catalogForHeader(catalog: SchemaCatalog, labels: readonly string[] | undefined): RankedCatalogEntry[] {
  const entries = catalog.list({ kind: 'tableschema' });
  const candidates = labels && labels.length > 0 ? detectSchema(labels, { catalog, limit: entries.length }) : [];
  return rankByHeader(entries, candidates);
}

/** French order of titles; some catalog titles start with a space (" Atlas Paysager"). */
function byTitle(a: CatalogListEntry, b: CatalogListEntry): number {
  return a.title.trim().localeCompare(b.title.trim(), 'fr') || a.id.localeCompare(b.id);
}
