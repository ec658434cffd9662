// The `geopoint` (lon/lat as "lon, lat", [lon, lat] or {"lon", "lat"}) and `geojson` (GeoJSON, TopoJSON) types.
import type { CellKey, CellType, TypeErrorReason } from './cellType';
import { readJsonCollection } from './json';
import { readPlainDecimal } from './number';

/** The point read by the last successful geopoint parse (reused: no array per cell). */
const point = { lon: 0, lat: 0 };

function inRange(lon: number, lat: number): boolean {
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** A coordinate given as a JSON number or a numeric string (both reference implementations accept strings). */
function coordinate(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? NaN : readPlainDecimal(trimmed, 0, trimmed.length);
  }
  return NaN;
}

/** `lon, lat` (the space is optional): frictionless splits on the comma and trims each side. */
function readDefault(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) >= 0) return false;
  let start = 0;
  let end = comma;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const lon = start < end ? readPlainDecimal(text, start, end) : NaN;
  start = comma + 1;
  end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const lat = start < end ? readPlainDecimal(text, start, end) : NaN;
  point.lon = lon;
  point.lat = lat;
  return lon === lon && lat === lat;
}

/** True when [start, end) is a JSON number (`-0.5`, `12`, `1e3`; not `.5`, `+1`, `01`, `5.`). */
function isJsonNumber(text: string, start: number, end: number): boolean {
  let i = start;
  if (text.charCodeAt(i) === 45) i++;
  const first = text.charCodeAt(i);
  if (!(first >= 48 && first <= 57)) return false;
  i++;
  if (first === 48 && i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return false;
  while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i < end && text.charCodeAt(i) === 46) {
    i++;
    const fraction = i;
    while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === fraction) return false;
  }
  // An exponent, if any, is left to readPlainDecimal, which reads the same syntax.
  return i === end || text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69;
}

/** `[lon, lat]`: a fast path for two plain JSON numbers, JSON.parse for anything else. */
function readArray(text: string): boolean {
  const length = text.length;
  let i = 0;
  while (i < length && isBlank(text.charCodeAt(i))) i++;
  let end = length;
  while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(i) === 91 && text.charCodeAt(end - 1) === 93) {
    const comma = text.indexOf(',', i);
    if (comma > 0 && comma < end && text.indexOf(',', comma + 1) < 0) {
      let a = i + 1;
      let b = comma;
      while (a < b && isBlank(text.charCodeAt(a))) a++;
      while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
      let c = comma + 1;
      let d = end - 1;
      while (c < d && isBlank(text.charCodeAt(c))) c++;
      while (d > c && isBlank(text.charCodeAt(d - 1))) d--;
      const lon = a < b && isJsonNumber(text, a, b) ? readPlainDecimal(text, a, b) : NaN;
      const lat = c < d && isJsonNumber(text, c, d) ? readPlainDecimal(text, c, d) : NaN;
      if (lon === lon && lat === lat) {
        point.lon = lon;
        point.lat = lat;
        return true;
      }
    }
  }
  const value = readJsonCollection(text, 'array');
  if (!Array.isArray(value) || value.length !== 2) return false;
  point.lon = coordinate(value[0]);
  point.lat = coordinate(value[1]);
  return point.lon === point.lon && point.lat === point.lat;
}

/** `{"lon": …, "lat": …}` with exactly these two keys. */
function readObject(text: string): boolean {
  const value = readJsonCollection(text, 'object');
  if (!value || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !('lon' in value) || !('lat' in value)) return false;
  point.lon = coordinate(value.lon);
  point.lat = coordinate(value.lat);
  return point.lon === point.lon && point.lat === point.lat;
}

const readers: Record<string, (text: string) => boolean> = { default: readDefault, array: readArray, object: readObject };
const samples: Record<string, string> = { default: '2.3522, 48.8566', array: '[2.3522, 48.8566]', object: '{"lon": 2.3522, "lat": 48.8566}' };

/**
 * Null for an unknown format. `needsKey`: whether constraints (unique, enum) need a comparable key; without
 * it the parse returns `true` and allocates nothing for the common shapes.
 */
export function compileGeopoint(format: string, needsKey: boolean): CellType | null {
  const read = readers[format];
  if (!read) return null;
  return {
    type: 'geopoint',
    format,
    sample: samples[format],
    parse(text: string): CellKey | undefined {
      if (!read(text) || !inRange(point.lon, point.lat)) return undefined;
      return needsKey ? `${point.lon},${point.lat}` : true;
    },
    cast(text: string): unknown {
      return read(text) && inRange(point.lon, point.lat) ? [point.lon, point.lat] : undefined;
    },
    explain(text: string): TypeErrorReason | undefined {
      return read(text) ? 'out-of-range' : undefined;
    },
  };
}

// ---- GeoJSON (RFC 7946) structure, as the GeoJSON JSON Schema that frictionless validates against requires.

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: Json): boolean {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Nested arrays of positions, `depth` levels deep, each level with at least `minItems[level]` items. */
function isNested(value: Json, depth: number, minItems: number[]): boolean {
  if (depth === 0) return isPosition(value);
  return Array.isArray(value) && value.length >= minItems[minItems.length - depth] && value.every((item) => isNested(item, depth - 1, minItems));
}

const GEOMETRY_SHAPES: Record<string, [number, number[]]> = {
  Point: [0, []],
  MultiPoint: [1, [0]],
  LineString: [1, [2]],
  MultiLineString: [2, [0, 2]],
  Polygon: [2, [0, 4]],
  MultiPolygon: [3, [0, 0, 4]],
};

function isGeometry(value: Json): boolean {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  if (value.type === 'GeometryCollection') return Array.isArray(value.geometries) && value.geometries.every(isGeometry);
  const shape = GEOMETRY_SHAPES[value.type];
  return shape !== undefined && isNested(value.coordinates, shape[0], shape[1]);
}

function isFeature(value: Json): boolean {
  return (
    isObject(value) &&
    value.type === 'Feature' &&
    (value.geometry === null || isGeometry(value.geometry)) &&
    'properties' in value &&
    (value.properties === null || isObject(value.properties))
  );
}

export function isGeoJson(value: Json): boolean {
  if (!isObject(value)) return false;
  if (value.type === 'Feature') return isFeature(value);
  if (value.type === 'FeatureCollection') return Array.isArray(value.features) && value.features.every(isFeature);
  return isGeometry(value);
}

export function isTopoJson(value: Json): boolean {
  return isObject(value) && value.type === 'Topology' && isObject(value.objects) && Array.isArray(value.arcs);
}

export function compileGeojson(format: string, needsKey: boolean): CellType | null {
  const valid = format === 'default' ? isGeoJson : format === 'topojson' ? isTopoJson : undefined;
  if (!valid) return null;
  const read = (text: string) => {
    const value = readJsonCollection(text, 'object');
    return value !== undefined && valid(value) ? value : undefined;
  };
  return {
    type: 'geojson',
    format,
    sample: format === 'default' ? '{"type": "Point", "coordinates": [2.3522, 48.8566]}' : '{"type": "Topology", "objects": {}, "arcs": []}',
    parse(text: string): CellKey | undefined {
      const value = read(text);
      if (value === undefined) return undefined;
      return needsKey ? JSON.stringify(value) : true;
    },
    cast: read,
  };
}
