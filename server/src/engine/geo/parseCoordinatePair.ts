// Splits one cell holding a point into its two numbers: "48.1173, -1.6778", "48,1173;-1,6778", WKT,
// GeoJSON-like [lon, lat], map URLs (Google, OpenStreetMap, geo:), labelled "Lat: … / Lon: …", DMS pairs.
import { readCoordinateToken, scanCoordinate, type CoordinateToken } from './parseCoordinate';
import { foldCoordinateText, type Axis, type CoordinateFailure, type CoordinateTransformation } from './coordinateTypes';

/** How the two numbers are ordered as written: latitude first, longitude first, or named by labels. */
export type PairOrder = 'lat-lon' | 'lon-lat';

export interface CoordinatePair {
  ok: true;
  first: CoordinateToken;
  second: CoordinateToken;
  /** The order the notation implies (WKT and GeoJSON put the longitude, or x, first). */
  order: PairOrder;
  /** Axes named by labels ("lat:", "lon:"); hemisphere letters are on each token's reading. */
  labels?: [Axis, Axis];
  /** How the pair was written. */
  form: 'plain' | 'url' | 'wkt' | 'geojson' | 'labeled';
  /** The SRID a WKT or EWKT value declares (4326, 2154…). */
  srid?: number;
  transformations: CoordinateTransformation[];
}

export type ParseCoordinatePairResult = CoordinatePair | CoordinateFailure;

const SIGNED = '[+-]?\\d+(?:\\.\\d+)?';

function pair(first: string, second: string, order: PairOrder, form: CoordinatePair['form'], extra: Partial<CoordinatePair> = {}): CoordinatePair {
  const transformations: CoordinateTransformation[] = form === 'plain' ? [] : [form];
  return { ok: true, first: readCoordinateToken(first.trim()), second: readCoordinateToken(second.trim()), order, form, transformations, ...extra };
}

/** Map links: the marker (mlat/mlon, !3d!4d, q=) wins over the view centre (@lat,lon, #map=). */
function fromUrl(text: string): CoordinatePair | undefined {
  if (!/^(?:https?:\/\/|www\.|geo:)/.test(text)) return undefined;
  let url = text;
  try {
    url = decodeURIComponent(text);
  } catch {
    // A malformed escape: read the text as it is.
  }
  let m: RegExpExecArray | null;
  const mlat = new RegExp(`[?&#]mlat=(${SIGNED})`).exec(url);
  const mlon = new RegExp(`[?&#]mlon=(${SIGNED})`).exec(url);
  if (mlat && mlon) return pair(mlat[1], mlon[1], 'lat-lon', 'url');
  if ((m = new RegExp(`!3d(${SIGNED})!4d(${SIGNED})`).exec(url))) return pair(m[1], m[2], 'lat-lon', 'url');
  if ((m = new RegExp(`[?&](?:q|query|ll|daddr|destination|center|sll)=(?:loc:)?(${SIGNED}) ?, ?(${SIGNED})`).exec(url))) return pair(m[1], m[2], 'lat-lon', 'url');
  if ((m = new RegExp(`^geo:(${SIGNED}),(${SIGNED})`).exec(url))) return pair(m[1], m[2], 'lat-lon', 'url');
  if ((m = new RegExp(`@(${SIGNED}),(${SIGNED})`).exec(url))) return pair(m[1], m[2], 'lat-lon', 'url');
  if ((m = new RegExp(`#map=\\d+(?:\\.\\d+)?/(${SIGNED})/(${SIGNED})`).exec(url))) return pair(m[1], m[2], 'lat-lon', 'url');
  const lat = new RegExp(`[?&]lat=(${SIGNED})`).exec(url);
  const lon = new RegExp(`[?&](?:lon|lng)=(${SIGNED})`).exec(url);
  if (lat && lon) return pair(lat[1], lon[1], 'lat-lon', 'url');
  // Géoportail: c=lon,lat.
  if ((m = new RegExp(`[?&]c=(${SIGNED}),(${SIGNED})`).exec(url))) return pair(m[1], m[2], 'lon-lat', 'url');
  return undefined;
}

const wkt = /^(?:srid=(\d+)\s*;\s*)?point\s*(?:z|m|zm)?\s*\(\s*(\S+)\s+(\S+?)(?:\s+\S+)?\s*\)$/;
const geoJsonCoordinates = /"coordinates"\s*:\s*\[\s*([^,\]]+?)\s*,\s*([^,\]]+?)\s*[,\]]/;
const bracketPair = /^\[\s*([^,\]]+?)\s*,\s*([^,\]]+?)\s*\]$/;

function fromLabels(text: string): CoordinatePair | CoordinateFailure | undefined {
  // Also the Table Schema geopoint "object" format: {"lon": 2.35, "lat": 48.85}.
  const label = /(?:^|[^a-z])(latitude|lat|longitude|long|lng|lon|x|y)["']?\s*[:=]\s*/g;
  const found: { axis: Axis; start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = label.exec(text))) {
    const axis: Axis = /^(?:lat|y)/.test(m[1]) ? 'lat' : 'lon';
    const start = m.index + m[0].length;
    const scanned = scanCoordinate(text, start);
    if (!scanned || 'ok' in scanned) return undefined;
    found.push({ axis, start, end: scanned.end });
  }
  if (found.length !== 2) return undefined;
  if (found[0].axis === found[1].axis) return { ok: false, reason: 'conflicting-hemispheres' };
  const [a, b] = found;
  return {
    ...pair(text.slice(a.start, a.end), text.slice(b.start, b.end), a.axis === 'lat' ? 'lat-lon' : 'lon-lat', 'labeled'),
    labels: [a.axis, b.axis],
  };
}

/** Two numbers separated by a semicolon, a bar, a comma, a slash or spaces; decimal commas are allowed. */
function fromPlain(text: string): CoordinatePair | CoordinateFailure | undefined {
  const body = text.replace(/^[([{]\s*(.*?)\s*[)\]}]$/, '$1').replace(/[\s,;]+$/, '');
  // A semicolon or a bar can only separate: split there first, so Excel-mangled halves are still read.
  const strong = body.split(/\s*[;|]\s*/);
  if (strong.length === 2 && strong[0] !== '' && strong[1] !== '') return pair(strong[0], strong[1], 'lat-lon', 'plain');
  if (strong.length > 2) return undefined;
  const first = scanCoordinate(body, 0);
  if (first && 'ok' in first) return first;
  if (first) {
    const sep = /\s*(?:[,/]|\s)\s*/y;
    sep.lastIndex = first.end;
    const s = sep.exec(body);
    const secondStart = s ? first.end + s[0].length : first.closedByHemisphere ? first.end : -1;
    if (secondStart > 0) {
      const rest = body.slice(secondStart);
      const second = scanCoordinate(rest, 0);
      if (second && 'ok' in second) return second;
      if ((second && second.end === rest.length) || (!second && readCoordinateToken(rest).excel)) {
        return pair(body.slice(0, first.end), rest, 'lat-lon', 'plain');
      }
    }
  }
  // Last resort: exactly two parts around ", " or a single comma, or a single space.
  for (const separator of [/\s*,\s+/, /,/, /\s+/]) {
    const parts = body.split(separator);
    if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') {
      const a = readCoordinateToken(parts[0]);
      const b = readCoordinateToken(parts[1]);
      if ((a.reading || a.excel) && (b.reading || b.excel)) return pair(parts[0], parts[1], 'lat-lon', 'plain');
    }
  }
  return undefined;
}

/**
 * Splits a cell holding both coordinates. `order` says which comes first when the notation does not
 * (a Table Schema geopoint in the default format is "lon, lat"; most French files write lat first).
 * The numbers are not checked against each other here: normalizeCoordinates does that.
 */
export function parseCoordinatePair(text: string, options: { order?: PairOrder } = {}): ParseCoordinatePairResult {
  const folded = foldCoordinateText(text);
  if (folded === '') return { ok: false, reason: 'empty' };
  const found = fromUrl(folded) ?? fromNotation(folded) ?? fromLabels(folded) ?? fromPlain(folded);
  if (!found) {
    const token = readCoordinateToken(folded);
    return token.reading ? { ok: false, reason: 'single-value' } : { ok: false, reason: 'unrecognized' };
  }
  if (found.ok && found.form === 'plain' && options.order) found.order = options.order;
  return found;
}

function fromNotation(text: string): CoordinatePair | undefined {
  let m: RegExpExecArray | null;
  if ((m = wkt.exec(text))) return pair(m[2], m[3], 'lon-lat', 'wkt', m[1] ? { srid: Number(m[1]) } : {});
  if ((m = geoJsonCoordinates.exec(text))) return pair(m[1], m[2], 'lon-lat', 'geojson');
  if ((m = bracketPair.exec(text))) return pair(m[1], m[2], 'lon-lat', 'geojson');
  return undefined;
}
