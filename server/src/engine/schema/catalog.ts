// The bundled schema.data.gouv.fr catalog (schemas/catalog/index.json): resolves ids, versions and
// public URLs to local files, lists and searches schemas, loads descriptors. Never touches the network.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { foldText } from '../text/fold';
import { editDistance as levenshtein } from '../text/editDistance';
import { prepareSearch, searchSchemas, type PreparedSearch } from './catalogSearch';
import { SEARCH_ALIASES } from './searchAliases';
export { foldText };
export { levenshtein };

/** The catalog's `schema_type`. */
export type SchemaKind = 'tableschema' | 'jsonschema' | 'datapackage' | 'other';

/** One version as index.json describes it (written by scripts/build-catalog.mjs). */
export interface CatalogVersionInfo {
  /** Path of the local file, relative to the catalog directory. */
  file: string;
  /** File name as published on schema.data.gouv.fr (may contain folders: `schemas/v1/service.json`). */
  originalFile: string;
  /** Format of the published file (YAML files are bundled converted to JSON). */
  format: 'json' | 'yaml';
  /** What the descriptor is by its content (differs from the catalog type for a few JSON Schema entries). */
  content: SchemaKind;
  /** False for versions kept from outside the schema.data.gouv.fr catalog. */
  inCatalog: boolean;
  /** schema.data.gouv.fr URLs of this file (with `latest` for the latest version). */
  urls: string[];
  /** Canonical raw repository URLs (raw.githubusercontent.com, gitlab `/-/raw/`). */
  rawUrls: string[];
  /** How rawUrls were obtained: checked in the MANIFEST, or following the repository's tag convention. */
  rawUrlBasis?: 'manifest' | 'manifest-convention' | 'homepage-convention';
  /** Table Schemas only: field names in order, and the names of required fields. */
  fields?: string[];
  required?: string[];
  note?: string;
}

export interface CatalogSchemaInfo {
  title: string;
  description: string;
  schemaType: SchemaKind;
  inCatalog: boolean;
  homepage: string | null;
  /** `github.com/owner/repo` or `gitlab.com/group/…/repo`, from the homepage. */
  repository?: string;
  labels: string[];
  /** The descriptors' keywords, newest version first (absent when they have none). */
  keywords?: string[];
  /** Organisations credited in the descriptors' contributors (absent when none is). */
  publishers?: string[];
  /** Datapackages: the ids of the Table Schemas they group. */
  members?: string[];
  latest: string;
  /** Sorted oldest to newest. */
  versions: Record<string, CatalogVersionInfo>;
}

export interface CatalogIndex {
  formatVersion: number;
  generatedBy: string;
  source: { aggregator: string; commit: string | null; date: string | null };
  schemas: Record<string, CatalogSchemaInfo>;
}

/** How a reference was recognised. */
export type ResolvedVia = 'id' | 'id-version' | 'name' | 'site-url' | 'site-page' | 'raw-url' | 'repository-url';

export interface ResolvedSchema {
  found: true;
  /** `publisher/name`, spelled as in the catalog. */
  id: string;
  version: string;
  title: string;
  /** The catalog's schema type. */
  kind: SchemaKind;
  /** What the file is by its content (use this to tell whether it can validate a CSV). */
  content: SchemaKind;
  /** Absolute path of the bundled file. */
  path: string;
  isLatest: boolean;
  /** True when the reference named this version (not a bare id, `@latest`, a `latest` URL or a branch). */
  pinned: boolean;
  via: ResolvedVia;
}

export type NotFoundReason = 'empty-ref' | 'unknown-schema' | 'unknown-version' | 'unknown-url' | 'ambiguous-url';

export interface SchemaSuggestion {
  id: string;
  title: string;
  version?: string;
  /** What the user can type instead (`id` or `id@version`). */
  ref: string;
}

export interface SchemaNotFound {
  found: false;
  ref: string;
  reason: NotFoundReason;
  /** Set when the schema was recognised but not the version. */
  id?: string;
  version?: string;
  /** The versions the schema has, when `id` is set. */
  versions?: string[];
  suggestions: SchemaSuggestion[];
}

export type ResolveResult = ResolvedSchema | SchemaNotFound;

export interface CatalogListEntry {
  id: string;
  title: string;
  description: string;
  kind: SchemaKind;
  /** Oldest to newest. */
  versions: string[];
  latest: string;
  inCatalog: boolean;
  /** What the search reads besides title, description and id (see catalogSearch.ts). */
  keywords: string[];
  labels: string[];
  publishers: string[];
  /** Names people give the data that the catalog does not write (searchAliases.ts). */
  aliases: string[];
}

/** A Table Schema version with its field list, as detection needs it. */
export interface TableSchemaVersionInfo {
  id: string;
  version: string;
  title: string;
  isLatest: boolean;
  fields: readonly string[];
  required: readonly string[];
}

const SITE_HOST = 'schema.data.gouv.fr';
const BRANCH_REFS = new Set(['main', 'master', 'head', 'latest']);

/** The catalog directory next to the bundles (dist/../schemas/catalog) or in the project when run from sources. */
export function findCatalogDir(): string | undefined {
  const candidates = [path.join(__dirname, '..', 'schemas', 'catalog'), path.resolve('schemas', 'catalog')];
  // From sources (server/src/engine/schema under mocha) the project root is a few folders up.
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) candidates.push(path.join(dir, 'schemas', 'catalog'));
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.json')));
}

let defaultCatalog: SchemaCatalog | undefined;

/** The bundled catalog, loaded once. */
export function getDefaultCatalog(): SchemaCatalog {
  defaultCatalog ??= new SchemaCatalog();
  return defaultCatalog;
}

export class SchemaCatalog {
  readonly dir: string;
  readonly index: CatalogIndex;
  private readonly idsByLowerCase = new Map<string, string>();
  private readonly idsByName = new Map<string, string[]>();
  private urlIndex: { byUrl: Map<string, { id: string; version: string; viaLatest: boolean; via: ResolvedVia }>; idsByRepository: Map<string, Set<string>> } | undefined;
  private readonly descriptors = new Map<string, unknown>();
  private readonly prepared = new Map<string, PreparedSearch<CatalogListEntry>>();

  /** Loads `<dir>/index.json`; without a directory, the bundled catalog (see findCatalogDir). */
  constructor(dir?: string) {
    const found = dir ?? findCatalogDir();
    if (!found) throw new Error('Schema catalog not found: schemas/catalog/index.json is missing next to the program (run `node scripts/build-catalog.mjs`).');
    this.dir = path.resolve(found);
    this.index = JSON.parse(fs.readFileSync(path.join(this.dir, 'index.json'), 'utf8')) as CatalogIndex;
    for (const id of Object.keys(this.index.schemas)) {
      this.idsByLowerCase.set(id.toLowerCase(), id);
      const name = id.slice(id.indexOf('/') + 1).toLowerCase();
      this.idsByName.set(name, [...(this.idsByName.get(name) ?? []), id]);
    }
  }

  /**
   * Every listed URL and repository, indexed on the first URL reference: parsing the catalog's two
   * thousand URLs costs a CLI run that names its schema by id more than reading the whole index.
   */
  private urls(): NonNullable<SchemaCatalog['urlIndex']> {
    if (this.urlIndex) return this.urlIndex;
    const index: NonNullable<SchemaCatalog['urlIndex']> = { byUrl: new Map(), idsByRepository: new Map() };
    const addRepository = (repository: string, id: string): void => {
      const key = repository.toLowerCase();
      if (!index.idsByRepository.has(key)) index.idsByRepository.set(key, new Set());
      index.idsByRepository.get(key)!.add(id);
    };
    for (const [id, info] of Object.entries(this.index.schemas)) {
      if (info.repository) addRepository(info.repository, id);
      for (const [version, v] of Object.entries(info.versions)) {
        for (const url of v.urls) {
          const viaLatest = /\/latest\//.test(url);
          index.byUrl.set(urlKey(url), { id, version, viaLatest, via: 'site-url' });
        }
        for (const url of v.rawUrls) {
          index.byUrl.set(urlKey(url), { id, version, viaLatest: false, via: 'raw-url' });
          const parsed = parseForgeUrl(url);
          if (parsed) addRepository(parsed.repository, id);
        }
      }
    }
    this.urlIndex = index;
    return index;
  }

  /** Ids in catalog order (alphabetical). */
  ids(): string[] {
    return Object.keys(this.index.schemas);
  }

  info(id: string): CatalogSchemaInfo | undefined {
    const canonical = this.idsByLowerCase.get(id.toLowerCase());
    return canonical ? this.index.schemas[canonical] : undefined;
  }

  /** Entries for a quick pick, optionally of one kind only (Table Schemas for a CSV). */
  list(options: { kind?: SchemaKind } = {}): CatalogListEntry[] {
    const entries: CatalogListEntry[] = [];
    for (const [id, info] of Object.entries(this.index.schemas)) {
      if (options.kind && info.schemaType !== options.kind) continue;
      entries.push({
        id,
        title: info.title,
        description: info.description,
        kind: info.schemaType,
        versions: Object.keys(info.versions).sort(compareVersions),
        latest: info.latest,
        inCatalog: info.inCatalog,
        keywords: info.keywords ?? [],
        labels: info.labels,
        publishers: info.publishers ?? [],
        aliases: [...(SEARCH_ALIASES[id] ?? [])],
      });
    }
    return entries;
  }

  /**
   * Schemas in which every word of the query is found (title, names people use, keywords, id, labels,
   * description, publishers), accents, case and plurals ignored, best first (catalogSearch.ts). An empty
   * query lists everything.
   */
  search(query: string, options: { kind?: SchemaKind } = {}): CatalogListEntry[] {
    const key = options.kind ?? '';
    let prepared = this.prepared.get(key);
    if (!prepared) {
      prepared = prepareSearch(this.list(options));
      this.prepared.set(key, prepared);
    }
    return searchSchemas(prepared, query).map((hit) => hit.entry);
  }

  /** Every Table Schema version with its fields (by content, so JSON Schemas and datapackages are left out). */
  tableSchemaVersions(): TableSchemaVersionInfo[] {
    const out: TableSchemaVersionInfo[] = [];
    for (const [id, info] of Object.entries(this.index.schemas)) {
      for (const [version, v] of Object.entries(info.versions)) {
        if (v.content !== 'tableschema' || !v.fields) continue;
        out.push({ id, version, title: info.title, isLatest: version === info.latest, fields: v.fields, required: v.required ?? [] });
      }
    }
    return out;
  }

  /**
   * Resolves a reference: `publisher/name` (latest), `publisher/name@version`, `publisher/name/version`,
   * a unique bare `name`, a schema.data.gouv.fr file or page URL, a version's `schema_url`, or a
   * GitHub/GitLab URL of the schema file (raw, blob, tag or branch).
   */
  resolve(ref: string): ResolveResult {
    const cleaned = ref.trim().replace(/^["'<]+|["'>]+$/g, '').trim();
    if (!cleaned) return notFound(ref, 'empty-ref', []);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) || /^(www\.)?(schema\.data\.gouv\.fr|raw\.githubusercontent\.com|github\.com|gitlab\.)/i.test(cleaned)) {
      return this.resolveUrl(ref, /^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) ? cleaned : `https://${cleaned}`);
    }
    let idPart = cleaned;
    let versionPart: string | undefined;
    const at = cleaned.lastIndexOf('@');
    if (at > 0) {
      idPart = cleaned.slice(0, at);
      versionPart = cleaned.slice(at + 1);
    } else {
      const segments = cleaned.split('/');
      if (segments.length === 3 && /^v?\d/.test(segments[2])) {
        idPart = segments.slice(0, 2).join('/');
        versionPart = segments[2];
      }
    }
    let id = this.idsByLowerCase.get(idPart.toLowerCase());
    let via: ResolvedVia = versionPart === undefined ? 'id' : 'id-version';
    if (!id && !idPart.includes('/')) {
      const byName = this.idsByName.get(idPart.toLowerCase());
      if (byName?.length === 1) {
        id = byName[0];
        via = 'name';
      }
    }
    if (!id) return notFound(ref, 'unknown-schema', this.suggest(idPart));
    return this.resolveVersion(ref, id, versionPart, via);
  }

  private resolveVersion(ref: string, id: string, versionPart: string | undefined, via: ResolvedVia, branchLike = false): ResolveResult {
    const info = this.index.schemas[id];
    const wantsLatest = versionPart === undefined || versionPart === '' || versionPart.toLowerCase() === 'latest' || branchLike;
    const version = wantsLatest ? info.latest : this.matchVersion(info, versionPart!);
    if (!version) {
      const versions = Object.keys(info.versions).sort(compareVersions);
      return {
        found: false,
        ref,
        reason: 'unknown-version',
        id,
        version: versionPart,
        versions,
        suggestions: nearestVersions(versionPart!, versions, info.latest).map((v) => ({ id, title: info.title, version: v, ref: `${id}@${v}` })),
      };
    }
    return this.resolved(id, version, !wantsLatest, via);
  }

  private matchVersion(info: CatalogSchemaInfo, wanted: string): string | undefined {
    const plain = wanted.trim().replace(/^v(?=\d)/i, '');
    return plain in info.versions ? plain : undefined;
  }

  private resolved(id: string, version: string, pinned: boolean, via: ResolvedVia): ResolvedSchema {
    const info = this.index.schemas[id];
    const v = info.versions[version];
    return {
      found: true,
      id,
      version,
      title: info.title,
      kind: info.schemaType,
      content: v.content,
      path: path.join(this.dir, ...v.file.split('/')),
      isLatest: version === info.latest,
      pinned,
      via,
    };
  }

  private resolveUrl(ref: string, url: string): ResolveResult {
    const key = urlKey(url);
    const listed = this.urls().byUrl.get(key);
    if (listed) return this.resolved(listed.id, listed.version, !listed.viaLatest, listed.via);

    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return notFound(ref, 'unknown-url', []);
    }
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const segments = decodePath(parsed.pathname).split('/').filter(Boolean);

    if (host === SITE_HOST) {
      // /schemas/<pub>/<name>/<version|latest>/<file…> (a file name we do not list), or a documentation
      // page /<pub>/<name>/[<version>/][index.html].
      const rest = segments[0] === 'schemas' ? segments.slice(1) : segments;
      if (rest.length >= 2) {
        const id = this.idsByLowerCase.get(`${rest[0]}/${rest[1]}`.toLowerCase());
        const versionPart = rest[2] && !/\.(html?|md)$/i.test(rest[2]) ? rest[2] : undefined;
        if (id) return this.resolveVersion(ref, id, versionPart, segments[0] === 'schemas' ? 'site-url' : 'site-page');
        return notFound(ref, 'unknown-url', this.suggest(`${rest[0]}/${rest[1]}`));
      }
      return notFound(ref, 'unknown-url', []);
    }

    const forge = parseForgeUrl(canonicalForgeUrl(url));
    if (!forge) return notFound(ref, 'unknown-url', []);
    const ids = [...(this.urls().idsByRepository.get(forge.repository.toLowerCase()) ?? [])];
    if (ids.length === 0) {
      const repoName = forge.repository.split('/').pop() ?? '';
      return notFound(ref, 'unknown-url', this.suggest(repoName));
    }
    const branchLike = BRANCH_REFS.has(forge.ref.toLowerCase());
    const fileName = forge.filePath.split('/').pop()?.toLowerCase() ?? '';
    const folders = forge.filePath.split('/').slice(0, -1).map((s) => s.toLowerCase());
    // Which schema of the repository: same published file name, then a folder named like the schema.
    let candidates = ids.filter((id) => {
      const info = this.index.schemas[id];
      return Object.values(info.versions).some((v) => baseName(v.originalFile) === fileName || baseName(v.file) === fileName);
    });
    if (candidates.length > 1 && folders.length > 0) {
      const narrowed = candidates.filter((id) => folders.some((f) => id.toLowerCase().split('/')[1].includes(f)));
      if (narrowed.length > 0) candidates = narrowed;
    }
    if (candidates.length !== 1) {
      const pool = candidates.length > 1 ? candidates : ids;
      return {
        found: false,
        ref,
        reason: candidates.length > 1 ? 'ambiguous-url' : 'unknown-url',
        suggestions: pool.map((id) => ({ id, title: this.index.schemas[id].title, ref: id })),
      };
    }
    const id = candidates[0];
    if (!branchLike && !/^v?\d+(\.\d+)*/i.test(forge.ref)) {
      // A commit hash or another branch: we cannot tell which version it is.
      const info = this.index.schemas[id];
      return { found: false, ref, reason: 'unknown-version', id, version: forge.ref, versions: Object.keys(info.versions).sort(compareVersions), suggestions: [{ id, title: info.title, version: info.latest, ref: `${id}@${info.latest}` }] };
    }
    return this.resolveVersion(ref, id, branchLike ? undefined : forge.ref, 'repository-url', branchLike);
  }

  /** Near misses for an unknown id: edit distance on ids, names and titles, or containment. */
  suggest(query: string, limit = 5): SchemaSuggestion[] {
    const q = query.trim().toLowerCase();
    const qName = q.includes('/') ? q.slice(q.lastIndexOf('/') + 1) : q;
    const qText = foldText(query);
    if (!qText) return [];
    const scored: { id: string; score: number }[] = [];
    for (const [id, info] of Object.entries(this.index.schemas)) {
      const lower = id.toLowerCase();
      const name = lower.slice(lower.indexOf('/') + 1);
      const title = foldText(info.title);
      let score = Math.min(levenshtein(q, lower), levenshtein(qName, name), levenshtein(qText, title));
      const tolerance = Math.max(2, Math.floor(qName.length / 4));
      if (score > tolerance) {
        // "irve" or "stationnement": contained in the id or the title.
        const contained = qText.length >= 3 && (foldText(id).includes(qText) || title.includes(qText));
        if (!contained) continue;
        score = tolerance + 1;
      }
      scored.push({ id, score });
    }
    scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
    return scored.slice(0, limit).map(({ id }) => ({ id, title: this.index.schemas[id].title, ref: id }));
  }

  /** The parsed descriptor of a resolved schema (read once, then cached: treat it as read-only). */
  load(entry: Pick<ResolvedSchema, 'path'>): unknown {
    let descriptor = this.descriptors.get(entry.path);
    if (descriptor === undefined) {
      descriptor = JSON.parse(fs.readFileSync(entry.path, 'utf8').replace(/^\uFEFF/, '')) as unknown;
      this.descriptors.set(entry.path, descriptor);
    }
    return descriptor;
  }
}

function notFound(ref: string, reason: NotFoundReason, suggestions: SchemaSuggestion[]): SchemaNotFound {
  return { found: false, ref, reason, suggestions };
}


function baseName(file: string): string {
  return (file.split('/').pop() ?? file).toLowerCase();
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** github.com/o/r/(raw|blob)/…, refs/tags/…, gitlab …/raw/… → the canonical raw URL the index lists. */
export function canonicalForgeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  let segments = decodePath(parsed.pathname).split('/').filter(Boolean);
  const stripRefs = (rest: string[]): string[] => (rest[0] === 'refs' && (rest[1] === 'tags' || rest[1] === 'heads') ? rest.slice(2) : rest);
  if (host === 'github.com' && segments.length >= 5 && (segments[2] === 'raw' || segments[2] === 'blob')) {
    return `https://raw.githubusercontent.com/${[segments[0], segments[1], ...stripRefs(segments.slice(3))].join('/')}`;
  }
  if (host === 'raw.githubusercontent.com' && segments.length >= 4) {
    return `https://raw.githubusercontent.com/${[segments[0], segments[1], ...stripRefs(segments.slice(2))].join('/')}`;
  }
  if (host.startsWith('gitlab.')) {
    const dash = segments.indexOf('-');
    let at = dash >= 0 && (segments[dash + 1] === 'raw' || segments[dash + 1] === 'blob') ? dash : -1;
    if (at < 0) {
      const raw = segments.findIndex((s, i) => i >= 2 && (s === 'raw' || s === 'blob'));
      if (raw >= 0) {
        segments = [...segments.slice(0, raw), '-', ...segments.slice(raw)];
        at = raw;
      }
    }
    if (at >= 0) return `https://${host}/${[...segments.slice(0, at), '-', 'raw', ...stripRefs(segments.slice(at + 2))].join('/')}`;
  }
  return url;
}

/** A canonical raw URL → repository (`github.com/o/r`), ref and path of the file in the repository. */
export function parseForgeUrl(url: string): { repository: string; ref: string; filePath: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const segments = decodePath(parsed.pathname).split('/').filter(Boolean);
  if (host === 'raw.githubusercontent.com' && segments.length >= 4) {
    return { repository: `github.com/${segments[0]}/${segments[1]}`, ref: segments[2], filePath: segments.slice(3).join('/') };
  }
  const dash = segments.indexOf('-');
  if (host.startsWith('gitlab.') && dash >= 1 && segments[dash + 1] === 'raw' && segments.length >= dash + 4) {
    return { repository: `${host}/${segments.slice(0, dash).join('/')}`, ref: segments[dash + 2], filePath: segments.slice(dash + 3).join('/') };
  }
  return undefined;
}

/** The key under which a URL is looked up: https, no www, decoded path, no query or fragment, lower case. */
function urlKey(url: string): string {
  const canonical = canonicalForgeUrl(url.trim());
  let parsed: URL;
  try {
    parsed = new URL(canonical);
  } catch {
    return canonical.toLowerCase();
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const pathname = decodePath(parsed.pathname).replace(/\/{2,}/g, '/').replace(/\/$/, '');
  return `${host}${pathname}`.toLowerCase();
}

/** Versions worth proposing for a version that does not exist: the latest, and those one edit away. */
function nearestVersions(wanted: string, versions: string[], latest: string): string[] {
  const plain = wanted.replace(/^v(?=\d)/i, '');
  const near = versions.filter((v) => v !== latest && levenshtein(plain, v) <= 1);
  return [latest, ...near.reverse()].slice(0, 4);
}

/** Semver-like order ("0.2.8" < "0.10.0", "2.0.0-beta" < "2.0.0"), numbers compared as numbers. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = a.replace(/^v/i, '').split('-', 2);
  const [coreB, preB] = b.replace(/^v/i, '').split('-', 2);
  const pa = coreA.split('.');
  const pb = coreB.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA.localeCompare(preB);
}

