// Guesses which catalog Table Schema a CSV follows from its header: label overlap with every schema's
// fields (case, accents and separators ignored), ranked. Built once per catalog, then cheap per file.
import { compareVersions, getDefaultCatalog, type SchemaCatalog, type TableSchemaVersionInfo } from './catalog';
import { normalizeLabel } from '../text/fold';
export { normalizeLabel };

export interface SchemaCandidate {
  id: string;
  version: string;
  title: string;
  isLatest: boolean;
  /** Schema fields found among the file's columns. */
  matched: number;
  /** Fields of the schema. */
  total: number;
  /** Distinct non-blank columns of the file. */
  columns: number;
  /** Required fields of the schema the file lacks (schema spelling). */
  requiredMissing: string[];
  /** 2·matched / (total + columns): 1 when the header is exactly the schema's fields. */
  score: number;
  /** Clears both coverage thresholds: worth applying (or proposing) without asking. */
  good: boolean;
}

/**
 * "Good" thresholds, tuned on the catalog's example files: the structurally invalid DAE example
 * (1 required column renamed, 3 extras) and the SCDL subventions example with a renamed column must
 * still pass; a file sharing only generic columns (id, nom, insee…) with a schema must not.
 */
export const GOOD_SCHEMA_COVERAGE = 0.6;
export const GOOD_FILE_COVERAGE = 0.8;


interface PreparedVersion {
  info: TableSchemaVersionInfo;
  /** Distinct normalized field names. */
  total: number;
  requiredNormalized: { name: string; key: string }[];
}

interface PreparedCatalog {
  versions: PreparedVersion[];
  /** Normalized field name → indexes in `versions` of the schemas that have it. */
  postings: Map<string, number[]>;
}

const prepared = new WeakMap<SchemaCatalog, PreparedCatalog>();

function prepare(catalog: SchemaCatalog): PreparedCatalog {
  let ready = prepared.get(catalog);
  if (ready) return ready;
  const versions: PreparedVersion[] = [];
  const postings = new Map<string, number[]>();
  for (const info of catalog.tableSchemaVersions()) {
    const keys = new Set(info.fields.map(normalizeLabel).filter(Boolean));
    if (keys.size === 0) continue;
    const at = versions.length;
    versions.push({ info, total: keys.size, requiredNormalized: info.required.map((name) => ({ name, key: normalizeLabel(name) })) });
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(at);
      else postings.set(key, [at]);
    }
  }
  ready = { versions, postings };
  prepared.set(catalog, ready);
  return ready;
}

export interface DetectOptions {
  catalog?: SchemaCatalog;
  /** Most candidates returned (default 5). */
  limit?: number;
}

/**
 * Ranked candidate schemas for a header, one per schema id: its latest version, or an older one when
 * that matches strictly better. Only schemas sharing at least one column are returned.
 */
export function detectSchema(labels: readonly string[], options: DetectOptions = {}): SchemaCandidate[] {
  const { versions, postings } = prepare(options.catalog ?? getDefaultCatalog());
  const fileKeys = new Set(labels.map(normalizeLabel).filter(Boolean));
  if (fileKeys.size === 0) return [];
  const counts = new Map<number, number>();
  for (const key of fileKeys) {
    for (const at of postings.get(key) ?? []) counts.set(at, (counts.get(at) ?? 0) + 1);
  }

  const bestById = new Map<string, { version: PreparedVersion; matched: number; score: number }>();
  for (const [at, matched] of counts) {
    const version = versions[at];
    const score = (2 * matched) / (version.total + fileKeys.size);
    const current = bestById.get(version.info.id);
    if (!current || isBetter(version, score, current.version, current.score)) bestById.set(version.info.id, { version, matched, score });
  }

  const candidates: SchemaCandidate[] = [];
  for (const { version, matched, score } of bestById.values()) {
    const schemaCoverage = matched / version.total;
    const fileCoverage = matched / fileKeys.size;
    candidates.push({
      id: version.info.id,
      version: version.info.version,
      title: version.info.title,
      isLatest: version.info.isLatest,
      matched,
      total: version.total,
      columns: fileKeys.size,
      requiredMissing: version.requiredNormalized.filter((r) => !fileKeys.has(r.key)).map((r) => r.name),
      score,
      good: schemaCoverage >= GOOD_SCHEMA_COVERAGE && fileCoverage >= GOOD_FILE_COVERAGE,
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.requiredMissing.length - b.requiredMissing.length || a.id.localeCompare(b.id));
  return candidates.slice(0, options.limit ?? 5);
}

/** The better-matching version wins; on a tie the latest, else the newer. */
function isBetter(candidate: PreparedVersion, score: number, current: PreparedVersion, currentScore: number): boolean {
  const EPSILON = 1e-9;
  if (Math.abs(score - currentScore) > EPSILON) return score > currentScore;
  if (current.info.isLatest) return false;
  if (candidate.info.isLatest) return true;
  return compareVersions(candidate.info.version, current.info.version) > 0;
}

/** The best candidate if it is good enough to use without asking, else undefined. */
export function bestSchemaCandidate(labels: readonly string[], options: DetectOptions = {}): SchemaCandidate | undefined {
  const [first] = detectSchema(labels, { ...options, limit: 1 });
  return first?.good ? first : undefined;
}

/** The catalog schema a header matches (see headerSchemaMatch), with the names of its fields. */
export interface HeaderSchemaMatch {
  candidate: SchemaCandidate;
  /** Field names as the schema spells them. */
  fields: readonly string[];
  required: readonly string[];
  /** For each label of the header: the field it names (compared as detection compares labels), or undefined. */
  fieldOfLabel: (string | undefined)[];
}

/**
 * The catalog schema whose fields a header matches, by the rule and threshold detection applies a schema
 * with, whether or not that schema is applied: advice given without a schema (hygiene) must not
 * contradict it, e.g. rename `Xlong` or remove an empty column the schema names.
 */
export function headerSchemaMatch(labels: readonly string[], options: DetectOptions = {}): HeaderSchemaMatch | undefined {
  const candidate = bestSchemaCandidate(labels, options);
  if (!candidate) return undefined;
  const { versions } = prepare(options.catalog ?? getDefaultCatalog());
  const info = versions.find((version) => version.info.id === candidate.id && version.info.version === candidate.version)?.info;
  if (!info) return undefined;
  const byKey = new Map<string, string>();
  for (const field of info.fields) {
    const key = normalizeLabel(field);
    if (key && !byKey.has(key)) byKey.set(key, field);
  }
  return { candidate, fields: info.fields, required: info.required, fieldOfLabel: labels.map((label) => byKey.get(normalizeLabel(label))) };
}
