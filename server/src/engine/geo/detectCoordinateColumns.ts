// Finds the coordinate columns of a file without a schema, by their names and by their values:
// latitude/longitude columns, x/y in Lambert-93, or one column holding both numbers.
import { franceTerritoryOfPrecise } from './franceBounds';
import { isLambert93Easting, isLambert93Northing } from './lambert93';
import { normalizeCoordinates } from './normalizeCoordinates';
import { readCoordinateToken } from './parseCoordinate';
import type { PairOrder } from './parseCoordinatePair';
import { foldCoordinateText, isLatitude, isLongitude } from './coordinateTypes';

export type ColumnEvidence = 'name' | 'values' | 'name+values';

export type CoordinateColumns =
  | {
      kind: 'lat-lon';
      /** 0-based column indexes. */
      lat: number;
      lon: number;
      evidence: ColumnEvidence;
      /** The values say the columns are inverted: the "lat" column holds longitudes and vice versa. */
      swapped?: boolean;
    }
  | { kind: 'lambert93'; x: number; y: number; evidence: ColumnEvidence }
  | { kind: 'combined'; column: number; order: PairOrder; evidence: ColumnEvidence };

type NameRole = 'lat' | 'lon' | 'x' | 'y' | 'combined';

/** Share of sampled values that must agree before the values count as evidence. */
const agreement = 0.8;

const latWords = new Set(['lat', 'latitude', 'lattitude', 'latitud', 'ylat', 'latwgs84', 'wgs84lat']);
const lonWords = new Set(['lon', 'lng', 'long', 'longitude', 'longitute', 'longitud', 'xlong', 'xlon', 'xlng', 'lonwgs84', 'wgs84lon']);
const xWords = new Set(['x', 'coordx', 'xl93', 'x93', 'xlambert', 'xlambert93', 'lambertx', 'easting']);
const yWords = new Set(['y', 'coordy', 'yl93', 'y93', 'ylambert', 'ylambert93', 'lamberty', 'northing']);
const combinedWords = new Set([
  'coordonnees', 'coordonneesxy', 'coordonneesgps', 'coordinates', 'coordinate', 'coords', 'coord', 'geopoint', 'geopoint2d', 'geo',
  'geoloc', 'geolocalisation', 'geolocation', 'gps', 'position', 'pointgeo', 'latlon', 'latlng', 'latlong', 'lonlat', 'lnglat', 'longlat',
  'wkt', 'geom', 'thegeom', 'geometry', 'point',
]);

/** Splits a label into lower-case words: "coordonneesXY" → coordonnees xy, "lat_coor1" → lat coor1. */
function labelWords(label: string): string[] {
  const spaced = label.replace(/([a-z])([A-Z])/g, '$1 $2');
  return foldCoordinateText(spaced).split(/[^a-z0-9]+/).filter(Boolean);
}

/** The role a column's name suggests, if any. */
export function coordinateRoleOfLabel(label: string): NameRole | undefined {
  const words = labelWords(label);
  const joined = words.join('');
  const has = (set: Set<string>) => words.some((w) => set.has(w.replace(/\d+$/, '')) || set.has(w));
  const lat = has(latWords);
  const lon = has(lonWords);
  if ((lat && lon) || combinedWords.has(joined) || combinedWords.has(joined.replace(/\d+$/, '')) || (words.includes('geo') && words.includes('point'))) return 'combined';
  if (lat) return 'lat';
  if (lon) return 'lon';
  if (has(xWords)) return 'x';
  if (has(yWords)) return 'y';
  if (words.some((w) => /^(?:coordonnees|coordinates)/.test(w))) return 'combined';
  return undefined;
}

function columnValues(rows: readonly (readonly string[])[], column: number): string[] {
  return rows.map((row) => row[column] ?? '').filter((v) => v.trim() !== '');
}

function numbersOf(values: readonly string[]): number[] {
  const numbers: number[] = [];
  for (const value of values) {
    const reading = readCoordinateToken(foldCoordinateText(value)).reading;
    if (reading) numbers.push(reading.value);
  }
  return numbers;
}

const share = (count: number, total: number) => total > 0 && count / total >= agreement;

/** Each row's value of a column read as one coordinate number (undefined where it is not one). */
function columnReadings(rows: readonly (readonly string[])[], column: number): (number | undefined)[] {
  return rows.map((row) => readCoordinateToken(foldCoordinateText(row[column] ?? '')).reading?.value);
}

/** The rows where both columns read as coordinate numbers, as pairs. */
function pairsOf(a: readonly (number | undefined)[], b: readonly (number | undefined)[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined) pairs.push([x, y]);
  }
  return pairs;
}

function pairedNumbers(rows: readonly (readonly string[])[], a: number, b: number): [number, number][] {
  return pairsOf(columnReadings(rows, a), columnReadings(rows, b));
}

/** Judges two columns named as a pair: degrees (maybe inverted) or Lambert-93 metres. */
function judgePair(rows: readonly (readonly string[])[], first: number, second: number, role: 'lat-lon' | 'x-y'): CoordinateColumns | undefined {
  const pairs = pairedNumbers(rows, first, second);
  const filled = rows.filter((row) => (row[first] ?? '').trim() !== '' && (row[second] ?? '').trim() !== '').length;
  if (filled === 0) {
    return role === 'lat-lon' ? { kind: 'lat-lon', lat: first, lon: second, evidence: 'name' } : { kind: 'lat-lon', lat: second, lon: first, evidence: 'name' };
  }
  if (!share(pairs.length, filled)) return undefined;
  const lambert = pairs.filter(([a, b]) => isLambert93Easting(a) && isLambert93Northing(b)).length;
  const lambertSwapped = pairs.filter(([a, b]) => isLambert93Northing(a) && isLambert93Easting(b)).length;
  if (share(lambert, pairs.length)) return { kind: 'lambert93', x: first, y: second, evidence: 'name+values' };
  if (share(lambertSwapped, pairs.length)) return { kind: 'lambert93', x: second, y: first, evidence: 'name+values' };
  // In a lat-lon pair the first column is the latitude; in an x-y pair the first is the longitude.
  const [latCol, lonCol] = role === 'lat-lon' ? [first, second] : [second, first];
  const asNamed = pairs.map(([a, b]) => (role === 'lat-lon' ? [a, b] : [b, a]));
  const valid = asNamed.filter(([lat, lon]) => isLatitude(lat) && isLongitude(lon)).length;
  if (!share(valid, pairs.length)) return undefined;
  const inFrance = asNamed.filter(([lat, lon]) => franceTerritoryOfPrecise(lat, lon)).length;
  const inFranceSwapped = asNamed.filter(([lat, lon]) => franceTerritoryOfPrecise(lon, lat)).length;
  const swapped = !share(inFrance, pairs.length) && share(inFranceSwapped, pairs.length);
  return { kind: 'lat-lon', lat: latCol, lon: lonCol, evidence: 'name+values', ...(swapped ? { swapped: true } : {}) };
}

function judgeCombined(rows: readonly (readonly string[])[], column: number, evidence: ColumnEvidence): CoordinateColumns | undefined {
  const values = columnValues(rows, column);
  if (values.length === 0) return evidence === 'name' ? { kind: 'combined', column, order: 'lat-lon', evidence } : undefined;
  let readable = 0;
  let lonFirst = 0;
  for (const value of values) {
    const result = normalizeCoordinates(value);
    if (!result.ok) continue;
    readable++;
    if (result.transformations.includes('geojson') || result.transformations.includes('wkt') || result.transformations.includes('swapped')) lonFirst++;
  }
  if (!share(readable, values.length)) return undefined;
  const order: PairOrder = share(lonFirst, readable) ? 'lon-lat' : 'lat-lon';
  return { kind: 'combined', column, order, evidence: evidence === 'name' ? 'name+values' : 'values' };
}

/** Columns looked at for coordinates: the first ones (the hygiene checks follow as many). */
export const MAX_COORDINATE_COLUMNS = 1000;

/** Columns whose values alone look like coordinates: decimal degrees landing in France, or Lambert-93. */
function byValues(labels: readonly string[], rows: readonly (readonly string[])[]): CoordinateColumns[] {
  const found: CoordinateColumns[] = [];
  const minimumRows = Math.min(3, rows.length);
  if (minimumRows === 0) return found;
  const numeric: number[] = [];
  for (let column = 0; column < labels.length; column++) {
    const values = columnValues(rows, column);
    const numbers = numbersOf(values);
    if (values.length >= minimumRows && share(numbers.length, values.length)) numeric.push(column);
    else if (values.length >= minimumRows) {
      const combined = judgeCombined(rows, column, 'values');
      if (combined && values.some((v) => /[,; ]/.test(v.trim()))) found.push(combined);
    }
  }
  // Each column is read once (a wide table has tens of thousands of pairs of columns).
  const readings = new Map(numeric.map((column) => [column, columnReadings(rows, column)]));
  for (const a of numeric) {
    for (const b of numeric) {
      if (a === b) continue;
      const pairs = pairsOf(readings.get(a)!, readings.get(b)!);
      if (pairs.length < minimumRows) continue;
      const fractional = pairs.filter(([x, y]) => !Number.isInteger(x) && !Number.isInteger(y)).length;
      const france = pairs.filter(([lat, lon]) => franceTerritoryOfPrecise(lat, lon)).length;
      if (share(fractional, pairs.length) && share(france, pairs.length)) found.push({ kind: 'lat-lon', lat: a, lon: b, evidence: 'values' });
      const lambert = pairs.filter(([x, y]) => isLambert93Easting(x) && isLambert93Northing(y)).length;
      if (share(lambert, pairs.length)) found.push({ kind: 'lambert93', x: a, y: b, evidence: 'values' });
    }
  }
  return found;
}

/**
 * The coordinate columns of a table, best guess first: columns named like coordinates (checked against
 * the sample values when there are some), else columns whose values alone look like coordinates — the
 * latter only when exactly one such pairing exists.
 */
export function detectCoordinateColumns(allLabels: readonly string[], sampleRows: readonly (readonly string[])[]): CoordinateColumns[] {
  // Coordinates are looked for in the first columns only: a file without line breaks reads as a header of
  // millions of cells (11 million labels took 12 s here).
  const labels = allLabels.length > MAX_COORDINATE_COLUMNS ? allLabels.slice(0, MAX_COORDINATE_COLUMNS) : allLabels;
  const roles = labels.map(coordinateRoleOfLabel);
  const first = (role: NameRole) => roles.indexOf(role);
  const found: CoordinateColumns[] = [];
  const lat = first('lat');
  const lon = first('lon');
  if (lat >= 0 && lon >= 0) {
    const judged = judgePair(sampleRows, lat, lon, 'lat-lon');
    if (judged) found.push(judged);
  }
  const x = first('x');
  const y = first('y');
  if (x >= 0 && y >= 0) {
    const judged = judgePair(sampleRows, x, y, 'x-y');
    if (judged) found.push(judged);
  }
  roles.forEach((role, column) => {
    if (role !== 'combined') return;
    const judged = judgeCombined(sampleRows, column, 'name');
    if (judged) found.push(judged);
  });
  if (found.length > 0) return found;
  const guessed = byValues(labels, sampleRows);
  return guessed.length === 1 ? guessed : [];
}
