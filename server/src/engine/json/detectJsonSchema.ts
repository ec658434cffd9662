// Which catalog JSON Schema a document's shape matches, when nothing names one: the key paths the
// document uses (`marches.marche.id`; for GeoJSON, its features' properties) against the property paths
// each schema version defines. Unrelated JSON (package.json, tsconfig, a Table Schema file) shares too few
// paths with any of them to be taken for a dataset.
import { getDefaultCatalog, type SchemaCatalog } from '../schema/catalog';

export interface JsonSchemaCandidate {
  id: string;
  version: string;
  title: string;
  /** Key paths of the document the schema defines, and how many the document has. */
  matched: number;
  total: number;
}

/** Depth of the key paths compared: deep enough to tell DECP 1.x (`marches.id`) from 2.x (`marches.marche.id`). */
const MAX_DEPTH = 5;
/** Items of each list read for the document's shape (a 50 MB file is not walked through). */
const ITEMS_SAMPLED = 20;
/** More key paths than this are not collected from a document. */
const MAX_PATHS = 2000;
/** A match needs this many shared paths, and this share of the document's paths. */
const MIN_MATCHED = 3;
const MIN_SHARE = 0.5;

const GEOJSON_PREFIX = 'features.properties.';

/** Whether a parsed document is GeoJSON (a FeatureCollection or a Feature). */
export function isGeoJsonValue(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const type = (value as Record<string, unknown>).type;
  return type === 'FeatureCollection' || type === 'Feature';
}

/** The key paths of a document, list indexes left out (a root list's items give the top-level keys). */
export function documentPaths(value: unknown): Set<string> {
  const paths = new Set<string>();
  const walk = (node: unknown, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH || paths.size >= MAX_PATHS) return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, ITEMS_SAMPLED)) walk(item, prefix, depth);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.add(path);
      walk(child, path, depth + 1);
    }
  };
  if (isGeoJsonValue(value)) {
    const record = value as Record<string, unknown>;
    const features = record.type === 'Feature' ? [record] : Array.isArray(record.features) ? record.features.slice(0, ITEMS_SAMPLED * 5) : [];
    for (const feature of features) {
      const properties = feature && typeof feature === 'object' ? (feature as Record<string, unknown>).properties : undefined;
      if (properties && typeof properties === 'object') for (const key of Object.keys(properties)) paths.add(`${GEOJSON_PREFIX}${key}`);
    }
    return paths;
  }
  walk(value, '', 1);
  return paths;
}

type SchemaNode = Record<string, unknown>;

/** The property paths a JSON Schema defines (local `$ref`s, `allOf`/`anyOf`/`oneOf`, `if`/`then`/`else` and `items` followed). */
export function schemaPaths(schema: unknown): Set<string> {
  const root = schema as SchemaNode;
  const paths = new Set<string>();
  const visited = new Set<string>();
  const resolveRef = (ref: string): SchemaNode | undefined => {
    if (!ref.startsWith('#/')) return undefined;
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = node && typeof node === 'object' ? (node as SchemaNode)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
  };
  const nodeIds = new Map<object, number>();
  const walk = (node: unknown, prefix: string, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH + 1) return;
    let nodeId = nodeIds.get(node);
    if (nodeId === undefined) nodeIds.set(node, (nodeId = nodeIds.size));
    const seen = `${nodeId}|${prefix}`;
    if (visited.has(seen)) return;
    visited.add(seen);
    const s = node as SchemaNode;
    if (typeof s.$ref === 'string') walk(resolveRef(s.$ref), prefix, depth);
    for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[key])) for (const branch of s[key] as unknown[]) walk(branch, prefix, depth);
    for (const key of ['if', 'then', 'else', 'items', 'additionalItems']) walk(s[key], prefix, depth);
    if (Array.isArray(s.items)) for (const item of s.items as unknown[]) walk(item, prefix, depth);
    if (s.properties && typeof s.properties === 'object') {
      for (const [key, child] of Object.entries(s.properties as SchemaNode)) {
        const path = prefix ? `${prefix}.${key}` : key;
        paths.add(path);
        if (depth < MAX_DEPTH) walk(child, path, depth + 1);
      }
    }
  };
  walk(root, '', 1);
  return paths;
}

interface VersionShape {
  id: string;
  version: string;
  title: string;
  paths: Set<string>;
}

const shapes = new WeakMap<SchemaCatalog, VersionShape[]>();

/** Every JSON Schema version of the catalog (by content: the datapackages catalogued as JSON Schema are left out), oldest first. */
function catalogShapes(catalog: SchemaCatalog): VersionShape[] {
  const cached = shapes.get(catalog);
  if (cached) return cached;
  const out: VersionShape[] = [];
  for (const [id, info] of Object.entries(catalog.index.schemas)) {
    for (const [version, v] of Object.entries(info.versions)) {
      if (v.content !== 'jsonschema') continue;
      const resolved = catalog.resolve(`${id}@${version}`);
      if (!resolved.found) continue;
      out.push({ id, version, title: info.title, paths: schemaPaths(catalog.load(resolved)) });
    }
  }
  shapes.set(catalog, out);
  return out;
}

/** The catalog JSON Schema version that best explains a document's key paths, if one explains enough of them. */
export function detectJsonSchema(value: unknown, catalog: SchemaCatalog = getDefaultCatalog()): JsonSchemaCandidate | undefined {
  const doc = documentPaths(value);
  if (doc.size === 0) return undefined;
  let best: JsonSchemaCandidate | undefined;
  let bestShare = 0;
  for (const shape of catalogShapes(catalog)) {
    let matched = 0;
    for (const path of doc) if (shape.paths.has(path)) matched++;
    const share = matched / doc.size;
    if (matched < MIN_MATCHED || share < MIN_SHARE) continue;
    // Versions come oldest first: a tie goes to the later one.
    if (!best || share > bestShare || (share === bestShare && matched >= best.matched)) {
      best = { id: shape.id, version: shape.version, title: shape.title, matched, total: doc.size };
      bestShare = share;
    }
  }
  return best;
}
