// The features of a GeoJSON document for the map: each feature's geometry ([lon, lat] as RFC 7946 writes
// it, simplified when it has too many vertices), a label and a few properties for its popup, and the lines
// it spans in the text; and the features that cannot be drawn, with the reason. One pass of jsonc-parser's
// scanner finds where each feature starts and ends (no node tree of a 50 MB file); JSON.parse reads each.
import { SyntaxKind, type JSONScanner } from 'jsonc-parser';
import { foldLabel as fold } from './rowCoordinates';
import { franceTerritoryOf } from './franceBounds';
import { isLambert93Easting, isLambert93Northing } from './lambert93';
import { GEOMETRY_TYPES, skipValue, walkRoot, type GeoJsonKind } from './geoJsonKind';
import { ID_LIKE, NAME_LIKE, popupColumns } from './points';

export { sniffGeoJson, type GeoJsonKind } from './geoJsonKind';

/** A position as drawn: longitude then latitude (RFC 7946 §3.1.1), rounded, altitude dropped. */
export type Position = [number, number];

export type FeatureGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }
  | { type: 'GeometryCollection'; geometries: FeatureGeometry[] };

export type GeometryType = FeatureGeometry['type'];

/** What a map draws distinctly (as for a table's points). */
export type FeatureIssue = 'outside-france' | 'swapped';

export interface MapFeature {
  /** 0-based index in the collection's `features` (0 for a lone Feature or geometry): the `feature` param of problems. */
  feature: number;
  /** 0-based lines of the feature's `{` and `}`. */
  line: number;
  endLine: number;
  /** Offsets of its `{` and just after its `}` (a minified file has every feature on one line). */
  start: number;
  end: number;
  geometry: FeatureGeometry;
  /** A name-like property (nom, name, libelle…), else the feature's `id`, else an identifier-like property. */
  label?: string;
  /** The popup's properties as [name, value as text], the label's first; values cut. */
  properties: [string, string][];
  issues: FeatureIssue[];
  /** For `swapped`: the territory the feature falls in once its positions are swapped (franceBounds id). */
  swappedTerritory?: string;
  /** [west, south, east, north] of what is drawn. */
  bbox: [number, number, number, number];
  /** Positions as written. */
  vertices: number;
  /** Positions drawn, when fewer than written (the geometry was simplified to bound the payload). */
  drawnVertices?: number;
}

export type UnreadableFeatureReason =
  | 'invalid-json'
  | 'not-a-feature'
  | 'missing-geometry'
  | 'null-geometry'
  | 'unknown-geometry-type'
  | 'invalid-coordinates'
  | 'empty-geometry'
  | 'out-of-range'
  | 'lambert93'
  | 'swapped';

export interface UnreadableFeature {
  feature: number;
  line: number;
  endLine: number;
  start: number;
  end: number;
  reason: UnreadableFeatureReason;
  label?: string;
  /** The geometry's type as written, when it has one. */
  geometryType?: string;
  /** For `invalid-coordinates`, `out-of-range`, `lambert93`, `swapped`: the first offending position as written. */
  value?: string;
}

export interface MapFeaturesResult {
  /** What the document is; null when it is not GeoJSON (then nothing else is filled). */
  kind: GeoJsonKind | null;
  features: MapFeature[];
  /** Features that cannot be drawn, in order (capped: see unreadableCount). */
  unreadable: UnreadableFeature[];
  unreadableCount: number;
  /** Entries of `features` (drawn or not). */
  featureCount: number;
  /** Positions drawn and written over every drawn feature. */
  vertices: number;
  verticesWritten: number;
  /** Features drawn with fewer positions than written. */
  simplified: number;
}

export interface MapFeaturesOptions {
  /** At most this many unreadable features are listed (all are counted). */
  maxUnreadable?: number;
  /** At most this many positions are drawn for one feature. */
  maxFeatureVertices?: number;
  /** At most this many positions are drawn for the whole document. */
  maxTotalVertices?: number;
}

/**
 * Bounds of what the page receives. A compact 20 MB file of parcels holds about 500 000 positions: 11 MB of
 * JSON through the LSP pipe and into Leaflet; bounded to 250 000 positions rounded to 1e-6°, about 5 MB,
 * which the page draws in about half a second (scripts/bench/mapFeatures.ts, README's figures).
 */
const MAX_FEATURE_VERTICES = 2_000;
const MAX_TOTAL_VERTICES = 250_000;
/** 1e-6° is 11 cm at the equator: far below what a screen shows, and 10 characters instead of 18. */
const ROUND = 1e6;
const MAX_VALUE_LENGTH = 200;
/** A share of positions that decides what a feature's coordinates look like (all but a few strays). */
const DECISIVE_SHARE = 0.8;
/** RFC 7946 §3.1.8 says GeometryCollections SHOULD NOT nest: a few levels are read, no more. */
const MAX_COLLECTION_DEPTH = 4;

/** Array nesting of each geometry type's `coordinates` (a position is depth 1). */
const COORDINATE_DEPTH: Readonly<Record<Exclude<GeometryType, 'GeometryCollection'>, number>> = {
  Point: 1,
  MultiPoint: 2,
  LineString: 2,
  MultiLineString: 3,
  Polygon: 3,
  MultiPolygon: 4,
};

class Unreadable extends Error {
  constructor(readonly reason: UnreadableFeatureReason, readonly value?: string) {
    super(reason);
  }
}

function shorten(value: string, max = MAX_VALUE_LENGTH): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A value as JSON text, cut at `max` characters, written without going deeper than a few levels: a value
 * nested 100 000 deep (JSON.parse reads it) would overflow JSON.stringify's stack.
 */
function preview(value: unknown, max = 60): string {
  let out = '';
  const write = (item: unknown, depth: number): void => {
    if (out.length > max) return;
    if (Array.isArray(item) || (item !== null && typeof item === 'object')) {
      const entries = Array.isArray(item) ? item.map((v) => [undefined, v] as const) : Object.entries(item).map(([k, v]) => [k, v] as const);
      const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
      if (depth >= 4 && entries.length > 0) {
        out += `${open}…${close}`;
        return;
      }
      out += open;
      for (let i = 0; i < entries.length && out.length <= max; i++) {
        if (i > 0) out += ',';
        const [key, v] = entries[i];
        if (key !== undefined) out += `${JSON.stringify(key)}:`;
        write(v, depth + 1);
      }
      out += close;
      return;
    }
    out += JSON.stringify(item) ?? String(item);
  };
  write(value, 0);
  return shorten(out, max);
}

/** What the positions of one feature look like, counted while they are read. */
class PositionTally {
  count = 0;
  outOfRange = 0;
  inFrance = 0;
  swappedInFrance = 0;
  lambert93 = 0;
  /** Out-of-range positions that are in France once swapped (a latitude beyond ±90 is a longitude: Polynesia, Wallis). */
  swappedOutOfRange = 0;
  firstOutOfRange: [number, number] | undefined;
  swappedTerritory: string | undefined;
  west = Infinity;
  south = Infinity;
  east = -Infinity;
  north = -Infinity;

  add(lon: number, lat: number): void {
    this.count++;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      this.outOfRange++;
      this.firstOutOfRange ??= [lon, lat];
      if (isLambert93Easting(lon) && isLambert93Northing(lat)) this.lambert93++;
      else if (franceTerritoryOf(lon, lat)) this.swappedOutOfRange++;
      return;
    }
    if (lon < this.west) this.west = lon;
    if (lon > this.east) this.east = lon;
    if (lat < this.south) this.south = lat;
    if (lat > this.north) this.north = lat;
    // Every position would be too slow for big parcels and tells nothing more: a sample of them decides.
    if (this.count <= 64 || this.count % 64 === 0) {
      if (franceTerritoryOf(lat, lon)) this.inFrance++;
      else {
        const swapped = franceTerritoryOf(lon, lat);
        if (swapped) {
          this.swappedInFrance++;
          this.swappedTerritory ??= swapped.id;
        }
      }
    }
  }
}

/** Reads a position: at least two finite numbers (RFC 7946 §3.1.1); altitude and beyond are dropped. */
function readPosition(value: unknown, tally: PositionTally): Position {
  if (!Array.isArray(value) || value.length < 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number' || !Number.isFinite(value[0]) || !Number.isFinite(value[1])) {
    throw new Unreadable('invalid-coordinates', preview(value));
  }
  const lon = value[0];
  const lat = value[1];
  tally.add(lon, lat);
  return [Math.round(lon * ROUND) / ROUND, Math.round(lat * ROUND) / ROUND];
}

/** Reads nested coordinate arrays to the depth the geometry type has. */
function readCoordinates(value: unknown, depth: number, tally: PositionTally): unknown {
  if (depth === 1) return readPosition(value, tally);
  if (!Array.isArray(value)) throw new Unreadable('invalid-coordinates', preview(value));
  return value.map((item) => readCoordinates(item, depth - 1, tally));
}

function checkShape(geometry: FeatureGeometry): void {
  const tooShort = (line: Position[], min: number) => {
    if (line.length > 0 && line.length < min) throw new Unreadable('invalid-coordinates', preview(line));
  };
  switch (geometry.type) {
    case 'LineString':
      return tooShort(geometry.coordinates, 2);
    case 'MultiLineString':
      return geometry.coordinates.forEach((line) => tooShort(line, 2));
    case 'Polygon':
      // A linear ring has at least four positions (RFC 7946 §3.1.6): fewer draws no area.
      return geometry.coordinates.forEach((ring) => tooShort(ring, 4));
    case 'MultiPolygon':
      return geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => tooShort(ring, 4)));
    default:
      return;
  }
}

function readGeometry(value: unknown, tally: PositionTally, depth = 0): FeatureGeometry {
  if (value === null) throw new Unreadable('null-geometry');
  if (typeof value !== 'object' || Array.isArray(value)) throw new Unreadable('unknown-geometry-type', preview(value));
  const object = value as Record<string, unknown>;
  const type = object.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) throw new Unreadable('unknown-geometry-type', typeof type === 'string' ? shorten(type, 60) : undefined);
  if (type === 'GeometryCollection') {
    if (!Array.isArray(object.geometries) || depth >= MAX_COLLECTION_DEPTH) throw new Unreadable('invalid-coordinates');
    return { type, geometries: object.geometries.map((member) => readGeometry(member, tally, depth + 1)) };
  }
  const geometryType = type as Exclude<GeometryType, 'GeometryCollection'>;
  if (!('coordinates' in object)) throw new Unreadable('invalid-coordinates');
  const geometry = { type: geometryType, coordinates: readCoordinates(object.coordinates, COORDINATE_DEPTH[geometryType], tally) } as FeatureGeometry;
  checkShape(geometry);
  return geometry;
}

/** Every line (or ring) of positions of a geometry, to simplify them in place. */
function linesOf(geometry: FeatureGeometry, into: Position[][] = []): Position[][] {
  switch (geometry.type) {
    case 'Point':
      break;
    case 'MultiPoint':
    case 'LineString':
      into.push(geometry.coordinates);
      break;
    case 'MultiLineString':
    case 'Polygon':
      into.push(...geometry.coordinates);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) into.push(...polygon);
      break;
    case 'GeometryCollection':
      for (const member of geometry.geometries) linesOf(member, into);
      break;
  }
  return into;
}

function countVertices(geometry: FeatureGeometry): number {
  let count = 0;
  const walk = (g: FeatureGeometry): void => {
    if (g.type === 'Point') count++;
    else if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
  };
  walk(geometry);
  for (const line of linesOf(geometry)) count += line.length;
  return count;
}

/**
 * Keeps about one position in `stride` of each line, always its first and last (a ring stays closed) and
 * at least four of a ring. Cheap and even: the map shows the shape; the file keeps every vertex.
 */
function thinGeometry(geometry: FeatureGeometry, stride: number): void {
  if (stride <= 1) return;
  for (const line of linesOf(geometry)) {
    if (line.length <= 4) continue;
    const step = Math.min(stride, Math.max(1, Math.floor((line.length - 1) / 3)));
    const last = line[line.length - 1];
    // In place: the write index never passes the read index.
    let kept = 0;
    for (let i = 0; i < line.length - 1; i += step) line[kept++] = line[i];
    line[kept++] = last;
    line.length = kept;
  }
}

function textValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return preview(value, MAX_VALUE_LENGTH);
}

/** The label and the popup's properties of a feature. */
function describe(object: Record<string, unknown>): { label?: string; properties: [string, string][] } {
  const raw = object.properties;
  const properties = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const names = Object.keys(properties);
  const shown: [string, string][] = [];
  for (const index of popupColumns(names, [])) {
    const value = textValue(properties[names[index]]);
    if (value !== '') shown.push([names[index], shorten(value)]);
  }
  const byName = (pattern: RegExp) => names.find((name) => pattern.test(fold(name.trim())) && textValue(properties[name]) !== '');
  const nameKey = byName(NAME_LIKE);
  const id = textValue(object.id);
  const idKey = byName(ID_LIKE);
  const label = nameKey ? textValue(properties[nameKey]) : id !== '' ? id : idKey ? textValue(properties[idKey]) : undefined;
  return { ...(label !== undefined ? { label: shorten(label, 120) } : {}), properties: shown };
}

/** Decides from a feature's positions whether it is drawn, and with which issues. */
function placeOf(tally: PositionTally): { issues: FeatureIssue[]; swappedTerritory?: string } {
  if (tally.count === 0) throw new Unreadable('empty-geometry');
  if (tally.outOfRange > 0) {
    const value = tally.firstOutOfRange ? JSON.stringify(tally.firstOutOfRange) : undefined;
    if (tally.lambert93 >= DECISIVE_SHARE * tally.count) throw new Unreadable('lambert93', value);
    throw new Unreadable(tally.swappedOutOfRange >= DECISIVE_SHARE * tally.outOfRange ? 'swapped' : 'out-of-range', value);
  }
  if (tally.inFrance > 0) return { issues: [] };
  // None of the sampled positions is in France, but some are once swapped: written [latitude, longitude].
  if (tally.swappedInFrance > 0 && tally.swappedTerritory) return { issues: ['outside-france', 'swapped'], swappedTerritory: tally.swappedTerritory };
  return { issues: ['outside-france'] };
}

interface FeatureText {
  index: number;
  start: number;
  end: number;
  line: number;
  endLine: number;
}

class FeatureCollector {
  readonly features: MapFeature[] = [];
  readonly unreadable: UnreadableFeature[] = [];
  unreadableCount = 0;
  count = 0;
  vertices = 0;
  verticesWritten = 0;

  constructor(private readonly maxUnreadable: number, private readonly maxFeatureVertices: number) {}

  /** A feature's value, or the error that made it unreadable. */
  add(where: FeatureText, value: unknown, isFeature: boolean): void {
    this.count++;
    const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    if (!object || (isFeature && object.type !== 'Feature' && !('geometry' in object))) return this.refuse(where, 'not-a-feature');
    const { label, properties } = isFeature ? describe(object) : { label: undefined, properties: [] };
    const geometryValue = isFeature ? object.geometry : object;
    if (isFeature && !('geometry' in object)) return this.refuse(where, 'missing-geometry', label);
    const tally = new PositionTally();
    try {
      const geometry = readGeometry(geometryValue, tally);
      const place = placeOf(tally);
      const written = countVertices(geometry);
      if (written > this.maxFeatureVertices) thinGeometry(geometry, Math.ceil(written / this.maxFeatureVertices));
      const drawn = written > this.maxFeatureVertices ? countVertices(geometry) : written;
      const feature: MapFeature = {
        feature: where.index,
        line: where.line,
        endLine: where.endLine,
        start: where.start,
        end: where.end,
        geometry,
        properties,
        issues: place.issues,
        bbox: [tally.west, tally.south, tally.east, tally.north].map((v) => Math.round(v * ROUND) / ROUND) as MapFeature['bbox'],
        vertices: written,
      };
      if (label !== undefined) feature.label = label;
      if (place.swappedTerritory) feature.swappedTerritory = place.swappedTerritory;
      if (drawn < written) feature.drawnVertices = drawn;
      this.features.push(feature);
      this.vertices += drawn;
      this.verticesWritten += written;
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      const type = geometryValue !== null && typeof geometryValue === 'object' ? (geometryValue as { type?: unknown }).type : undefined;
      this.refuse(where, error.reason, label, typeof type === 'string' ? shorten(type, 40) : undefined, error.value);
    }
  }

  refuse(where: FeatureText, reason: UnreadableFeatureReason, label?: string, geometryType?: string, value?: string): void {
    this.unreadableCount++;
    if (this.unreadable.length >= this.maxUnreadable) return;
    const entry: UnreadableFeature = { feature: where.index, line: where.line, endLine: where.endLine, start: where.start, end: where.end, reason };
    if (label !== undefined) entry.label = label;
    if (geometryType !== undefined) entry.geometryType = geometryType;
    if (value !== undefined) entry.value = value;
    this.unreadable.push(entry);
  }

  /** Thins every feature again when the document as a whole has more positions than the page should get. */
  bound(maxTotal: number): number {
    if (this.vertices <= maxTotal) return this.features.filter((f) => f.drawnVertices !== undefined).length;
    const ratio = this.vertices / maxTotal;
    let total = 0;
    for (const feature of this.features) {
      const drawn = feature.drawnVertices ?? feature.vertices;
      // Small features keep their shape: a square stays a square, big parcels give up their detail.
      if (drawn > 16) {
        thinGeometry(feature.geometry, Math.ceil(ratio));
        const now = countVertices(feature.geometry);
        if (now < feature.vertices) feature.drawnVertices = now;
        total += now;
      } else total += drawn;
    }
    this.vertices = total;
    return this.features.filter((f) => f.drawnVertices !== undefined).length;
  }
}

/** The value of text[start, end), or `invalid` when it does not parse. */
function parseSlice(text: string, start: number, end: number): { value: unknown } | 'invalid' {
  try {
    return { value: JSON.parse(text.slice(start, end)) as unknown };
  } catch {
    return 'invalid';
  }
}

/** The line count of a text (its last line's 0-based number). */
function lastLine(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Every feature of a GeoJSON text (or why it cannot be drawn), for the map. */
export function computeMapFeatures(text: string, options: MapFeaturesOptions = {}): MapFeaturesResult {
  const collector = new FeatureCollector(options.maxUnreadable ?? 500, options.maxFeatureVertices ?? MAX_FEATURE_VERTICES);
  const readFeatures = (scanner: JSONScanner) => {
    let index = 0;
    for (let token = scanner.scan(); token !== SyntaxKind.EOF && token !== SyntaxKind.CloseBracketToken; token = scanner.scan()) {
      if (token === SyntaxKind.CommaToken) continue;
      const start = scanner.getTokenOffset();
      const line = scanner.getTokenStartLine();
      skipValue(scanner);
      const end = scanner.getTokenOffset() + scanner.getTokenLength();
      const where = { index: index++, start, end, line, endLine: scanner.getTokenStartLine() };
      const parsed = token === SyntaxKind.OpenBraceToken ? parseSlice(text, start, end) : { value: undefined };
      if (parsed === 'invalid') collector.refuse(where, 'invalid-json');
      else collector.add(where, parsed.value, true);
    }
  };
  const shape = walkRoot(text, readFeatures);
  let kind: GeoJsonKind | null = null;
  // A FeatureCollection whose `features` is no array is still one (empty: its check says what is wrong).
  if (shape.features || shape.type === 'FeatureCollection') kind = 'feature-collection';
  else if (shape.type === 'Feature' || (shape.type !== undefined && GEOMETRY_TYPES.has(shape.type))) {
    kind = shape.type === 'Feature' ? 'feature' : 'geometry';
    const where = { index: 0, start: 0, end: text.length, line: 0, endLine: lastLine(text) };
    const parsed = parseSlice(text, 0, text.length);
    if (parsed === 'invalid') collector.refuse(where, 'invalid-json');
    else collector.add(where, parsed.value, kind === 'feature');
  }
  const simplified = kind ? collector.bound(options.maxTotalVertices ?? MAX_TOTAL_VERTICES) : 0;
  return {
    kind,
    features: collector.features,
    unreadable: collector.unreadable,
    unreadableCount: collector.unreadableCount,
    featureCount: collector.count,
    vertices: collector.vertices,
    verticesWritten: collector.verticesWritten,
    simplified,
  };
}
