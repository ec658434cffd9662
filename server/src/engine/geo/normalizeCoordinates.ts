// Turns coordinates as users write them into WGS84 latitude and longitude (5 decimals): reads the notation,
// then decides between the plain reading, a swap, Lambert-93, a lost decimal point and Excel damage.
import { franceTerritoryOfPrecise } from './franceBounds';
import { isLambert93Easting, isLambert93Northing, lambert93Order, lambert93ToWgs84 } from './lambert93';
import { excelFailure, readCoordinateToken, type CoordinateToken } from './parseCoordinate';
import { parseCoordinatePair, type PairOrder } from './parseCoordinatePair';
import {
  foldCoordinateText,
  isLatitude,
  isLongitude,
  roundCoordinate,
  type CoordinateConfidence,
  type CoordinateFailure,
  type CoordinateTransformation,
} from './coordinateTypes';

/**
 * One cell holding both numbers (a string, or `pair` with the order the column declares), the two cells of a
 * latitude and a longitude column, or the two cells of an x and a y column (Lambert-93 or x = longitude).
 */
export type CoordinateInput = string | { pair: string; order?: PairOrder } | { lat: string; lon: string } | { x: string; y: string };

export type NormalizeCoordinatesResult =
  | {
      ok: true;
      /** Rounded to 5 decimals (about 1 m). */
      lat: number;
      lon: number;
      /** As read, not rounded: what a fix moving the values writes, to the decimals they had (coordinateShared.ts). */
      exact: { lat: number; lon: number };
      transformations: CoordinateTransformation[];
      confidence: CoordinateConfidence;
      /** The French territory the point is in (see franceBounds.ts), if any. */
      territory?: string;
    }
  | CoordinateFailure;

interface PairToInterpret {
  first: CoordinateToken;
  second: CoordinateToken;
  order: PairOrder;
  srid?: number;
  transformations: CoordinateTransformation[];
}

interface ValueOption {
  value: number;
  tags: CoordinateTransformation[];
}

interface Candidate {
  lat: number;
  lon: number;
  tags: CoordinateTransformation[];
  swapped: boolean;
}

const inFrance = (lat: number, lon: number) => isLatitude(lat) && isLongitude(lon) && franceTerritoryOfPrecise(lat, lon) !== undefined;

function uniqueTags(...lists: CoordinateTransformation[][]): CoordinateTransformation[] {
  return [...new Set(lists.flat())];
}

function success(lat: number, lon: number, transformations: CoordinateTransformation[], confidence: CoordinateConfidence): NormalizeCoordinatesResult {
  const rLat = roundCoordinate(lat);
  const rLon = roundCoordinate(lon);
  const territory = franceTerritoryOfPrecise(rLat, rLon)?.id;
  return { ok: true, lat: rLat, lon: rLon, exact: { lat, lon }, transformations, confidence: territory ? confidence : 'review', ...(territory ? { territory } : {}) };
}

/** Where a lost decimal point could go: "481173" → 4.81173, 48.1173 (481.173 is not a coordinate). */
function decimalPlacements(digits: string, negative: boolean): ValueOption[] {
  const options: ValueOption[] = [];
  const whole = Number(digits) * (negative ? -1 : 1);
  if (isLongitude(whole)) options.push({ value: whole, tags: [] });
  for (let decimals = 1; decimals < digits.length; decimals++) {
    if (digits.length - decimals > 3) continue;
    const value = whole / 10 ** decimals;
    if (isLongitude(value)) options.push({ value, tags: ['lost-decimal'] });
  }
  return options;
}

/** Distinct repaired points inside France, preferring those in the order as written. */
function pickCandidate(candidates: Candidate[]): Candidate | CoordinateFailure | undefined {
  const byPoint = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${roundCoordinate(c.lat)},${roundCoordinate(c.lon)}`;
    const known = byPoint.get(key);
    if (!known || known.tags.length > c.tags.length) byPoint.set(key, c);
  }
  const distinct = [...byPoint.values()];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return distinct[0];
  const asWritten = distinct.filter((c) => !c.swapped);
  if (asWritten.length === 1) return asWritten[0];
  return { ok: false, reason: 'ambiguous', params: { readings: distinct.map((c) => `${roundCoordinate(c.lat)}, ${roundCoordinate(c.lon)}`) } };
}

function interpret(p: PairToInterpret): NormalizeCoordinatesResult {
  const { first, second } = p;
  for (const token of [first, second]) if (token.failure && !token.excel) return token.failure;
  if (!(first.reading || first.excel) || !(second.reading || second.excel)) return { ok: false, reason: 'unrecognized' };

  const a = first.reading;
  const b = second.reading;
  const axisA = a?.axis;
  const axisB = b?.axis;
  if (axisA && axisB && axisA === axisB) return { ok: false, reason: 'conflicting-hemispheres' };
  const fixedAxes = axisA !== undefined || axisB !== undefined;
  // Which token is the latitude as written: hemisphere letters first, then the notation's order.
  const firstIsLat = axisA ? axisA === 'lat' : axisB ? axisB === 'lon' : p.order === 'lat-lon';
  const readingTags = uniqueTags(p.transformations, a?.transformations ?? [], b?.transformations ?? []);

  if (a && b) {
    // Lambert-93: both numbers plain, one an easting and the other a northing.
    const plain = !fixedAxes && !readingTags.some((t) => t === 'dms' || t === 'ddm');
    const lambertOrder = plain && p.srid !== 4326 ? lambert93Order(a.value, b.value) : undefined;
    if (lambertOrder) {
      const [x, y] = lambertOrder === 'xy' ? [a.value, b.value] : [b.value, a.value];
      const point = lambert93ToWgs84(x, y);
      const tags = uniqueTags(readingTags, ['lambert93'], lambertOrder === 'yx' ? ['swapped'] : []);
      return success(point.lat, point.lon, tags, 'safe');
    }
    if (p.srid === 2154) return { ok: false, reason: 'out-of-range', params: { srid: 2154 } };

    const [lat, lon] = firstIsLat ? [a.value, b.value] : [b.value, a.value];
    if (inFrance(lat, lon)) return success(lat, lon, readingTags, 'safe');
    if (!fixedAxes && inFrance(lon, lat)) return success(lon, lat, uniqueTags(readingTags, ['swapped']), 'safe');
    const dayFraction = plain ? fromDayFractions(lat, lon, readingTags) : undefined;
    if (dayFraction) return dayFraction;
  }

  const repaired = repair(p, firstIsLat, fixedAxes, readingTags);
  if (repaired) return repaired;

  if (a && b) {
    const [lat, lon] = firstIsLat ? [a.value, b.value] : [b.value, a.value];
    if (isLatitude(lat) && isLongitude(lon)) return success(lat, lon, readingTags, 'review');
    // No swap outside France: "120.5, 45.2" is reported, not turned into a point in China.
    const projected = Math.abs(a.value) > 1000 && Math.abs(b.value) > 1000;
    const halfLambert = isLambert93Easting(a.value) || isLambert93Easting(b.value) || isLambert93Northing(a.value) || isLambert93Northing(b.value);
    if (projected) return { ok: false, reason: 'projected-unknown', params: { first: a.value, second: b.value, ...(halfLambert ? { hint: 'lambert93-partial' } : {}) } };
    return { ok: false, reason: 'out-of-range', params: { first: a.value, second: b.value } };
  }
  return { ok: false, reason: 'unrecognized' };
}

/**
 * Degrees typed as h:mm:ss ("47:15:30" for 47°15'30") are times for Excel, stored as fractions of a day and
 * exported as such: "1,96909722222222;0,104166666666667". No French territory has both coordinates within
 * ±7.5° (180° / 24), so such a pair is never a French point as written; × 24 gives the degrees back, kept only
 * when that lands in France (as written or swapped), to the second of arc the value was typed with. Only for two
 * plain numbers (no hemisphere letter, no degrees-minutes-seconds): the caller checks.
 */
function fromDayFractions(lat: number, lon: number, readingTags: CoordinateTransformation[]): NormalizeCoordinatesResult | undefined {
  const maxDays = 180 / 24;
  if (Math.abs(lat) > maxDays || Math.abs(lon) > maxDays) return undefined;
  // Excel keeps 15 significant digits of the fraction: rounding to the second undoes its binary noise.
  const degrees = (days: number) => Math.round(days * 24 * 3600) / 3600;
  const [dLat, dLon] = [degrees(lat), degrees(lon)];
  const asDegrees = (value: number) => Number(value.toFixed(6));
  if (inFrance(dLat, dLon)) return success(asDegrees(dLat), asDegrees(dLon), uniqueTags(readingTags, ['excel-day-fraction']), 'review');
  if (inFrance(dLon, dLat)) return success(asDegrees(dLon), asDegrees(dLat), uniqueTags(readingTags, ['excel-day-fraction', 'swapped']), 'review');
  return undefined;
}

/** Lost decimal points and Excel dates: kept only when exactly one repaired point lands in France. */
function repair(p: PairToInterpret, firstIsLat: boolean, fixedAxes: boolean, readingTags: CoordinateTransformation[]): NormalizeCoordinatesResult | undefined {
  const { first, second } = p;
  const bothIntegers = first.reading?.integerDigits !== undefined && second.reading?.integerDigits !== undefined;
  const optionsFor = (token: CoordinateToken): ValueOption[] => {
    const options: ValueOption[] = [];
    const reading = token.reading;
    if (reading && bothIntegers && reading.integerDigits) options.push(...decimalPlacements(reading.integerDigits, reading.value < 0));
    else if (reading) options.push({ value: reading.value, tags: [] });
    if (token.excel?.kind === 'excel-date' && token.excel.readings.length === 1) options.push({ value: token.excel.readings[0], tags: ['excel-date'] });
    return options;
  };
  const combine = (optionsA: ValueOption[], optionsB: ValueOption[]): Candidate[] => {
    const found: Candidate[] = [];
    for (const oa of optionsA) {
      for (const ob of optionsB) {
        const [lat, lon] = firstIsLat ? [oa.value, ob.value] : [ob.value, oa.value];
        const tags = uniqueTags(oa.tags, ob.tags);
        if (tags.length === 0) continue; // the plain reading was already tried
        if (inFrance(lat, lon)) found.push({ lat, lon, tags, swapped: false });
        if (!fixedAxes && inFrance(lon, lat)) found.push({ lat: lon, lon: lat, tags: uniqueTags(tags, ['swapped']), swapped: true });
      }
    }
    return found;
  };

  // An Excel value with several possible originals: explain it when one of them would have fitted France.
  for (const [token, other] of [[first, second], [second, first]] as const) {
    const damage = token.excel;
    if (!damage || damage.readings.length < 2) continue;
    const otherOptions = optionsFor(other);
    const fits = damage.readings.filter((value) =>
      otherOptions.some((o) => {
        const [lat, lon] = (token === first) === firstIsLat ? [value, o.value] : [o.value, value];
        return inFrance(lat, lon) || (!fixedAxes && inFrance(lon, lat));
      }),
    );
    if (fits.length > 0) return excelFailure(damage, damage.readings);
  }

  const picked = pickCandidate(combine(optionsFor(first), optionsFor(second)));
  if (!picked) return excelOutsideFrance(first, second, firstIsLat, readingTags);
  if ('ok' in picked) return picked;
  return success(picked.lat, picked.lon, uniqueTags(readingTags, picked.tags), 'review');
}

/**
 * An Excel date with a single possible original is a sure reading even when the point is not in France:
 * offered for review, in the order as written.
 */
function excelOutsideFrance(first: CoordinateToken, second: CoordinateToken, firstIsLat: boolean, readingTags: CoordinateTransformation[]): NormalizeCoordinatesResult | undefined {
  const sure = (token: CoordinateToken): ValueOption | undefined => {
    if (token.excel?.kind === 'excel-date' && token.excel.readings.length === 1 && !token.reading?.integerDigits) return { value: token.excel.readings[0], tags: ['excel-date'] };
    if (token.reading && !token.excel) return { value: token.reading.value, tags: [] };
    return undefined;
  };
  const a = sure(first);
  const b = sure(second);
  if (!a || !b || (a.tags.length === 0 && b.tags.length === 0)) return undefined;
  const [lat, lon] = firstIsLat ? [a.value, b.value] : [b.value, a.value];
  if (!isLatitude(lat) || !isLongitude(lon)) return undefined;
  return success(lat, lon, uniqueTags(readingTags, a.tags, b.tags), 'review');
}

function tokenOf(cell: string): CoordinateToken | CoordinateFailure {
  const folded = foldCoordinateText(cell);
  if (folded === '') return { ok: false, reason: 'empty' };
  return readCoordinateToken(folded);
}

/**
 * Normalizes one point. Swaps only when the pair as written is outside France and the swapped pair inside;
 * reads Lambert-93 (either order); recovers a lost decimal point or an Excel date only when exactly one
 * reading lands in France (confidence 'review'). A valid point outside France is returned as 'review'.
 */
export function normalizeCoordinates(input: CoordinateInput): NormalizeCoordinatesResult {
  if (typeof input === 'string' || 'pair' in input) {
    const text = typeof input === 'string' ? input : input.pair;
    const order = typeof input === 'string' ? undefined : input.order;
    const parsed = parseCoordinatePair(text, { order });
    if (!parsed.ok) return parsed;
    return interpret(parsed);
  }
  const [firstCell, secondCell, order]: [string, string, PairOrder] = 'lat' in input ? [input.lat, input.lon, 'lat-lon'] : [input.x, input.y, 'lon-lat'];
  const first = tokenOf(firstCell);
  const second = tokenOf(secondCell);
  if ('ok' in first) return first;
  if ('ok' in second) return second;
  return interpret({ first, second, order, transformations: [] });
}

