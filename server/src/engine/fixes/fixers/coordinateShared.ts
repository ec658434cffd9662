// What the coordinate fixers share: which schema fields hold latitudes, longitudes or geopoints, how a
// number of degrees is written for a field, and the note that explains a coordinate that cannot be read.
import { coordinateRoleOfLabel } from '../../geo/detectCoordinateColumns';
import { roundCoordinate, type CoordinateFailure } from '../../geo/coordinateTypes';
import { isInFrance } from '../../geo/franceBounds';
import { normalizeCoordinates } from '../../geo/normalizeCoordinates';
import type { CompiledField } from '../../schema/compile';
import type { FixContext } from '../core/context';
import type { FixMessage } from '../fix';

export interface LatLonFields {
  lat: CompiledField;
  lon: CompiledField;
}

/** The schema's latitude and longitude fields (by their names), when it has one of each. */
export function latLonFields(context: FixContext): LatLonFields | undefined {
  return context.memo('lat-lon-fields', () => {
    const fields = context.compiled?.fields ?? [];
    const lat = fields.find((field) => coordinateRoleOfLabel(field.name) === 'lat' && isNumericField(field));
    const lon = fields.find((field) => coordinateRoleOfLabel(field.name) === 'lon' && isNumericField(field));
    return lat && lon ? { lat, lon } : undefined;
  });
}

function isNumericField(field: CompiledField): boolean {
  return field.type === 'number' || field.type === 'string' || field.type === 'any';
}

/** The role of a field in a latitude/longitude pair. */
export function roleOf(context: FixContext, field: CompiledField | undefined): 'lat' | 'lon' | undefined {
  const pair = latLonFields(context);
  if (!pair || !field) return undefined;
  return field === pair.lat ? 'lat' : field === pair.lon ? 'lon' : undefined;
}

/** Past 15 decimals a double has no more digits to keep. */
const MAX_DECIMALS = 15;

/**
 * The decimals written in the texts a fix moves: the most digits after a decimal mark in their numbers
 * ("41,954574" → 6). A fix keeps them: moving a value must not cut its precision.
 */
export function writtenDecimals(...texts: string[]): number {
  let most = 0;
  for (const text of texts) for (const match of text.matchAll(/\d[.,](\d+)/g)) most = Math.max(most, match[1].length);
  return Math.min(most, MAX_DECIMALS);
}

/** Degrees rounded to 5 decimals (about 1 m), or to more when the source wrote more (`decimals`). */
export function roundDegrees(value: number, decimals = 0): number {
  if (decimals <= 5) return roundCoordinate(value);
  const rounded = Number(value.toFixed(Math.min(decimals, MAX_DECIMALS)));
  return rounded === 0 ? 0 : rounded;
}

/**
 * Degrees as the field writes numbers: rounded to 5 decimals (about 1 m) or to the `decimals` the source
 * wrote, with the field's decimal character.
 */
export function formatDegrees(value: number, field?: CompiledField, decimals = 0): string {
  const text = String(roundDegrees(value, decimals));
  const decimalChar = typeof field?.field.decimalChar === 'string' ? field.field.decimalChar : '.';
  return decimalChar === '.' ? text : text.replace('.', decimalChar);
}

/** A point in a geopoint field's format: default "lon, lat", array "[lon,lat]", object {"lon":…,"lat":…}. */
export function geopointText(lat: number, lon: number, format: string, decimals = 0): string {
  const x = roundDegrees(lon, decimals);
  const y = roundDegrees(lat, decimals);
  if (format === 'array') return `[${x},${y}]`;
  if (format === 'object') return JSON.stringify({ lon: x, lat: y });
  return `${x}, ${y}`;
}

/** The note for a coordinate that cannot be read: the engine's reason, with its parameters. */
export function coordinateNote(failure: CoordinateFailure, value: string): FixMessage {
  const params: Record<string, string | number | string[]> = { value, ...(failure.params ?? {}) };
  return { key: `coordinate-fix.${failure.reason}`, params };
}

/** Where a file's readable points are: how many in France, how many outside. */
export interface PointTally {
  inside: number;
  outside: number;
}

export function tallyPoints(points: Iterable<{ lat: number; lon: number } | undefined>): PointTally {
  const tally: PointTally = { inside: 0, outside: 0 };
  for (const point of points) if (point) tally[isInFrance(point.lat, point.lon) ? 'inside' : 'outside']++;
  return tally;
}

/**
 * The guard of every coordinate fix: a point outside France is never written when the file's other points are
 * in France. Only a file whose other points are mostly outside France (a dataset about elsewhere) may get
 * one; a file with no other point is taken as French (the catalog's schemas are). `tally` counts the file's
 * points, this one (as the file writes it, outside France) among them.
 */
export function outsideFranceRefused(point: { lat: number; lon: number }, tally: PointTally): boolean {
  if (isInFrance(point.lat, point.lon)) return false;
  return tally.outside - 1 <= tally.inside;
}

/** The guard for a point a fix would write in the schema's latitude/longitude columns; false for no point at all. */
export function pointLeavesFrance(context: FixContext, lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
  return outsideFranceRefused({ lat, lon }, latLonTally(context));
}

/** Rows read to know where a file's latitude/longitude points are. */
const TALLY_SAMPLE_ROWS = 500;

/** Where the points of a geopoint column are (the first rows, read once). */
export function geopointTally(context: FixContext, cell: { column: number; field?: CompiledField }): PointTally {
  return context.memo(`geopoint-tally:${cell.column}`, () => {
    const values = context.table.column(cell.column).values;
    const order = cell.field?.format === 'object' ? 'lat-lon' : 'lon-lat';
    const first = context.dialect.header ? 1 : 0;
    const points = values.slice(first, first + TALLY_SAMPLE_ROWS).map((value = '') => {
      if (value.trim() === '') return undefined;
      const read = normalizeCoordinates({ pair: value, order });
      return read.ok ? read : undefined;
    });
    return tallyPoints(points);
  });
}

/** Where the points of the schema's latitude and longitude columns are (the first rows, read once). */
export function latLonTally(context: FixContext): PointTally {
  return context.memo('lat-lon-tally', () => {
    const pair = latLonFields(context);
    const latColumn = pair ? context.columnOfField[pair.lat.index] : -1;
    const lonColumn = pair ? context.columnOfField[pair.lon.index] : -1;
    if (latColumn < 0 || lonColumn < 0) return { inside: 0, outside: 0 };
    const lats = context.table.column(latColumn).values;
    const lons = context.table.column(lonColumn).values;
    const first = context.dialect.header ? 1 : 0;
    const points: ({ lat: number; lon: number } | undefined)[] = [];
    for (let row = first; row < Math.min(lats.length, first + TALLY_SAMPLE_ROWS); row++) {
      const lat = lats[row] ?? '';
      const lon = lons[row] ?? '';
      if (lat.trim() === '' || lon.trim() === '') continue;
      const read = normalizeCoordinates({ lat, lon });
      points.push(read.ok ? read : undefined);
    }
    return tallyPoints(points);
  });
}

/** The note of a fix withheld by the guard. */
export function outsideFranceNote(lat: number, lon: number, value: string): FixMessage {
  return { key: 'coordinate-fix.outside-france', params: { value, point: `${roundCoordinate(lat)}, ${roundCoordinate(lon)}` } };
}
