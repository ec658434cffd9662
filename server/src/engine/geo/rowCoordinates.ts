// Where a table keeps its coordinates and how one row's are read: the columns the schema declares (the
// french-gps-coordinates check, a geopoint field, latitude and longitude fields) or that detection finds by
// names and values; one row's cells read as a WGS84 point; and the one verdict the map ("probably
// swapped") and the coordinates-swapped check share on whether a row's latitude and longitude are inverted.
import type { TableSchema, TableSchemaField } from '../schema/tableSchema';
import { coordinateRoleOfLabel, detectCoordinateColumns, type CoordinateColumns } from './detectCoordinateColumns';
import { franceTerritoryOfPrecise, type Territory } from './franceBounds';
import { normalizeCoordinates, type NormalizeCoordinatesResult } from './normalizeCoordinates';
import type { PairOrder } from './parseCoordinatePair';
import { REPAIR_TRANSFORMATIONS, roundCoordinate } from './coordinateTypes';
import { stripAccents } from '../text/fold';

/** Where a table keeps its coordinates (column names as in the header). */
export type MapCoordinateSource =
  | { kind: 'lat-lon'; latitude: string; longitude: string; source: 'schema' | 'detected' }
  | { kind: 'lambert93'; x: string; y: string; source: 'schema' | 'detected' }
  | { kind: 'combined'; column: string; order: PairOrder; format?: 'default' | 'array' | 'object'; source: 'schema' | 'detected' };

/** Rows read before the columns are decided (detection needs values, not only names): non-blank data rows. */
export const SAMPLE_ROWS = 200;

/** The columns to read, by index, and how. */
export interface ResolvedColumns {
  source: MapCoordinateSource;
  indexes: number[];
}

/** A label without accents, in lower case (labels and field names are matched so). */
export function foldLabel(label: string): string {
  return stripAccents(label).toLowerCase();
}

function columnIndex(labels: readonly string[], name: string): number {
  const exact = labels.indexOf(name);
  if (exact >= 0) return exact;
  const folded = foldLabel(name.trim());
  return labels.findIndex((label) => foldLabel(label.trim()) === folded);
}

function geopointFormat(field: TableSchemaField): 'default' | 'array' | 'object' {
  return field.format === 'array' || field.format === 'object' ? field.format : 'default';
}

/**
 * The coordinate columns a schema declares, read from its descriptor and the header alone (no values): its
 * french-gps-coordinates check, else a geopoint field, else a latitude and a longitude field (named so:
 * latitude, lat, ylat, lat_coor1…; typed as numbers or text). Undefined when it declares none the file has.
 */
export function schemaCoordinateColumns(labels: readonly string[], schema: TableSchema): ResolvedColumns | undefined {
  for (const check of schema.custom_checks ?? []) {
    if (check.name.replace(/_/g, '-') !== 'french-gps-coordinates') continue;
    const params = check.params ?? {};
    const text = (...names: string[]) => names.map((name) => params[name]).find((value): value is string => typeof value === 'string');
    const latitude = text('latitude', 'lat', 'latitude_column');
    const longitude = text('longitude', 'lon', 'longitude_column');
    const column = text('column');
    if (latitude && longitude) {
      const indexes = [columnIndex(labels, latitude), columnIndex(labels, longitude)];
      if (indexes.every((index) => index >= 0)) return { source: { kind: 'lat-lon', latitude: labels[indexes[0]], longitude: labels[indexes[1]], source: 'schema' }, indexes };
    } else if (column) {
      const index = columnIndex(labels, column);
      const field = schema.fields.find((f) => f.name === column);
      if (index >= 0) return combinedFromField(labels[index], index, field);
    }
  }
  for (const field of schema.fields ?? []) {
    if (field.type !== 'geopoint') continue;
    const index = columnIndex(labels, field.name);
    if (index >= 0) return combinedFromField(labels[index], index, field);
  }
  return latLonFields(labels, schema);
}

/** Types a latitude or longitude field may have (a number, or text that holds one). */
const DEGREE_FIELD_TYPES = new Set([undefined, 'number', 'integer', 'string', 'any']);

/** The first latitude and the first longitude field of the schema, by their names, when the file has both columns. */
function latLonFields(labels: readonly string[], schema: TableSchema): ResolvedColumns | undefined {
  const fields = (schema.fields ?? []).filter((field) => typeof field.name === 'string' && DEGREE_FIELD_TYPES.has(field.type));
  const lat = fields.find((field) => coordinateRoleOfLabel(field.name) === 'lat');
  const lon = fields.find((field) => coordinateRoleOfLabel(field.name) === 'lon');
  if (!lat || !lon) return undefined;
  const indexes = [columnIndex(labels, lat.name), columnIndex(labels, lon.name)];
  if (indexes.some((index) => index < 0)) return undefined;
  return { source: { kind: 'lat-lon', latitude: labels[indexes[0]], longitude: labels[indexes[1]], source: 'schema' }, indexes };
}

function combinedFromField(label: string, index: number, field: TableSchemaField | undefined): ResolvedColumns {
  // A Table Schema geopoint is "lon, lat" in its default format and [lon, lat] as an array.
  const format = field?.type === 'geopoint' ? geopointFormat(field) : undefined;
  return { source: { kind: 'combined', column: label, order: 'lon-lat', ...(format ? { format } : {}), source: 'schema' }, indexes: [index] };
}

function fromDetection(detected: CoordinateColumns, labels: readonly string[], schema: TableSchema | undefined): ResolvedColumns {
  const inSchema = (...indexes: number[]) => schema !== undefined && indexes.every((i) => schema.fields?.some((field) => field.name === labels[i]));
  switch (detected.kind) {
    case 'lat-lon':
      return {
        source: { kind: 'lat-lon', latitude: labels[detected.lat], longitude: labels[detected.lon], source: inSchema(detected.lat, detected.lon) ? 'schema' : 'detected' },
        indexes: [detected.lat, detected.lon],
      };
    case 'lambert93':
      return {
        source: { kind: 'lambert93', x: labels[detected.x], y: labels[detected.y], source: inSchema(detected.x, detected.y) ? 'schema' : 'detected' },
        indexes: [detected.x, detected.y],
      };
    case 'combined':
      return {
        source: { kind: 'combined', column: labels[detected.column], order: detected.order, source: inSchema(detected.column) ? 'schema' : 'detected' },
        indexes: [detected.column],
      };
  }
}

/** The schema's coordinate columns, else the best detected ones, else undefined. */
export function resolveCoordinateColumns(labels: readonly string[], sampleRows: readonly (readonly string[])[], schema?: TableSchema): ResolvedColumns | undefined {
  const declared = schema ? schemaCoordinateColumns(labels, schema) : undefined;
  if (declared) return declared;
  const detected = detectCoordinateColumns(labels, sampleRows)[0];
  return detected ? fromDetection(detected, labels, schema) : undefined;
}

// Plain decimal degrees, by far the most common: read at once, without the full notation parser.
const PLAIN_DEGREES = /^\s*[+-]?\d{1,3}(?:\.\d+)?\s*$/;
const PLAIN_PAIR = /^\s*(\[?)\s*([+-]?\d{1,3}(?:\.\d+)?)\s*,\s*([+-]?\d{1,3}(?:\.\d+)?)\s*(\]?)\s*$/;

/** Reads one row's coordinate cells; `missing-cell` when the row is too short to hold them. */
export function readRowCoordinates(source: MapCoordinateSource, cells: readonly string[]): NormalizeCoordinatesResult | 'missing-cell' {
  if (cells.some((cell) => cell === undefined)) return 'missing-cell';
  switch (source.kind) {
    case 'lat-lon': {
      const [lat, lon] = cells;
      if (PLAIN_DEGREES.test(lat) && PLAIN_DEGREES.test(lon)) {
        // Equivalent to normalizeCoordinates for a point in France as written: it returns it unchanged.
        const latitude = roundCoordinate(Number(lat));
        const longitude = roundCoordinate(Number(lon));
        const territory = franceTerritoryOfPrecise(latitude, longitude);
        if (territory) return { ok: true, lat: latitude, lon: longitude, exact: { lat: Number(lat), lon: Number(lon) }, transformations: [], confidence: 'safe', territory: territory.id };
      }
      return normalizeCoordinates({ lat, lon });
    }
    case 'lambert93':
      return normalizeCoordinates({ x: cells[0], y: cells[1] });
    case 'combined': {
      const [cell] = cells;
      if (source.format === 'object') {
        // {"lon": 2.35, "lat": 48.85}: JSON with named members, which the pair parser does not read.
        try {
          const parsed = JSON.parse(cell) as { lon?: unknown; lat?: unknown };
          if (parsed && (typeof parsed.lat === 'number' || typeof parsed.lat === 'string') && (typeof parsed.lon === 'number' || typeof parsed.lon === 'string')) {
            return normalizeCoordinates({ lat: String(parsed.lat), lon: String(parsed.lon) });
          }
        } catch {
          // Not JSON: let the pair parser say why.
        }
      }
      const plain = PLAIN_PAIR.exec(cell);
      if (plain) {
        // "[lon, lat]" is GeoJSON order whatever the column says; "a, b" follows the column's order.
        const bracketed = plain[1] !== '';
        const lonFirst = bracketed || source.order === 'lon-lat';
        const latitude = roundCoordinate(Number(lonFirst ? plain[3] : plain[2]));
        const longitude = roundCoordinate(Number(lonFirst ? plain[2] : plain[3]));
        const territory = franceTerritoryOfPrecise(latitude, longitude);
        // Equivalent to normalizeCoordinates for a point in France as written.
        const exact = { lat: Number(lonFirst ? plain[3] : plain[2]), lon: Number(lonFirst ? plain[2] : plain[3]) };
        if (territory) return { ok: true, lat: latitude, lon: longitude, exact, transformations: bracketed ? ['geojson'] : [], confidence: 'safe', territory: territory.id };
      }
      return normalizeCoordinates({ pair: cell, order: source.order });
    }
  }
}

// "a, b", "[a, b]", "(a b)", "a;b", "POINT(a b)": two number-like tokens around one separator.
const POINT_TOKENS = /^(\s*(?:[a-z]*\s*)?[[(]?\s*)([^\s,;|()[\]]+)(\s*[,;|]\s*|\s+)([^\s,;|()[\]]+)(\s*[\])]?\s*)$/i;

/** The two numbers of a one-cell point exchanged, brackets, separator and spacing kept; undefined when unsure. */
export function swapPointText(value: string, format: 'default' | 'array' | 'object' | undefined): string | undefined {
  if (format === 'object') {
    try {
      const parsed = JSON.parse(value) as Record<string, unknown>;
      if (!('lat' in parsed) || !('lon' in parsed)) return undefined;
      return JSON.stringify({ ...parsed, lon: parsed.lat, lat: parsed.lon });
    } catch {
      return undefined;
    }
  }
  const match = POINT_TOKENS.exec(value);
  return match ? `${match[1]}${match[4]}${match[3]}${match[2]}${match[5]}` : undefined;
}

/** The text of each of a one-cell point's two numbers as written, in the cell's order; undefined when unsure. */
export function pointTexts(value: string, format: 'default' | 'array' | 'object' | undefined): [string, string] | undefined {
  if (format === 'object') {
    try {
      const parsed = JSON.parse(value) as Record<string, unknown>;
      return 'lat' in parsed && 'lon' in parsed ? [String(parsed.lon), String(parsed.lat)] : undefined;
    } catch {
      return undefined;
    }
  }
  const match = POINT_TOKENS.exec(value);
  return match ? [match[2], match[4]] : undefined;
}

/** A row whose latitude and longitude are probably inverted: the point as written, and where its swap falls. */
export interface SwappedPoint {
  /** The point as written (outside France). */
  lat: number;
  lon: number;
  /** The French territory the swapped point (lat = lon, lon = lat) falls in. */
  territory: Territory;
}

/**
 * Whether a row's reading is a swap: the point as written is outside France, metropolitan or overseas, and
 * its two numbers exchanged fall inside (normalizeCoordinates decides with franceTerritoryOfPrecise). A swap
 * that also needed a repair (a lost decimal point, an Excel date or fraction of a day) or that comes from Lambert-93 metres in
 * the other order is not one: the file holds no usable point, or no inversion of degrees. The map marks
 * these rows "probably swapped" and the coordinates-swapped check reports them: both ask this function.
 */
export function swappedPoint(read: NormalizeCoordinatesResult | 'missing-cell'): SwappedPoint | undefined {
  if (read === 'missing-cell' || !read.ok) return undefined;
  const tags = read.transformations;
  const repaired = REPAIR_TRANSFORMATIONS.some((tag) => tags.includes(tag));
  if (!tags.includes('swapped') || tags.includes('lambert93') || repaired) return undefined;
  const territory = franceTerritoryOfPrecise(read.lat, read.lon);
  // The reading is the swapped point: the row wrote it the other way round.
  return territory ? { lat: read.lon, lon: read.lat, territory } : undefined;
}
