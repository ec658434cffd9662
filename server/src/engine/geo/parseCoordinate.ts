// Reads one coordinate number: decimal (point or comma), DMS 48°07'02.3"N, degrees-decimal-minutes 48°07.038'N,
// colon DMS 48:07:02, hemisphere letters N/S/E/W/O (O = ouest) as prefix or suffix, and signs.
import { readExcelDamage, type ExcelDamage } from './excelDamage';
import {
  foldCoordinateText,
  isLatitude,
  isLongitude,
  type Axis,
  type CoordinateFailure,
  type CoordinateReading,
  type CoordinateTransformation,
} from './coordinateTypes';

const NUM = '\\d+(?:[.,]\\d+)?';
const HEMI_WORD = '(?:nord|sud|est|ouest|north|south|east|west|[nsewo])(?![a-z])';
const HEMI_PREFIX = '(?:([nsewo])(?![a-z])\\s*)?';

// Each form reads at a position (sticky) and leaves the rest to the caller. Marked forms come first.
const markedDms = new RegExp(
  `${HEMI_PREFIX}([+-])?\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:°|deg(?![a-z])|d(?![a-z]))\\s*` +
    `(?:(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:'|min(?![a-z])|mn(?![a-z])|m(?![a-z])|(?=\\s*${HEMI_WORD}))\\s*` +
    `(?:(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:"|sec(?![a-z])|s(?![a-z])|s(?=[nsewo](?![a-z]))|(?=\\s*${HEMI_WORD})))?)?` +
    `(?:\\s*(${HEMI_WORD}))?`,
  'y',
);
const colonDms = new RegExp(`${HEMI_PREFIX}([+-])?(\\d{1,3}):(\\d{1,2}(?:[.,]\\d+)?)(?::(\\d{1,2}(?:[.,]\\d+)?))?(?![\\d:])(?:\\s*(${HEMI_WORD}))?`, 'y');
// Space-separated degrees, minutes and seconds are only read when a hemisphere letter closes them:
// "48 07 02.3 N"; without it, "48 2" is two numbers.
const spacedDms = new RegExp(`([+-])?(\\d{1,3}) (\\d{1,2}(?:[.,]\\d+)?)(?: (\\d{1,2}(?:[.,]\\d+)?))?\\s*(${HEMI_WORD})`, 'y');
const prefixedDecimal = new RegExp(`([nsewo])(?![a-z])\\s*([+-])?\\s*(${NUM})(?:\\s*°)?`, 'y');
const suffixedDecimal = new RegExp(`([+-])?\\s*(${NUM})(?:\\s*°)?(?:\\s*(${HEMI_WORD}))?`, 'y');

export interface ScannedCoordinate {
  reading: CoordinateReading;
  /** Index just after what was read. */
  end: number;
  /** True when the number ended with a hemisphere letter (so no separator is needed after it). */
  closedByHemisphere: boolean;
}

function toNumber(text: string): number {
  return Number.parseFloat(text.replace(',', '.'));
}

function hemisphereOf(word: string | undefined): { axis: Axis; negative: boolean } | undefined {
  if (!word) return undefined;
  const c = word[0];
  if (c === 'n') return { axis: 'lat', negative: false };
  if (c === 's') return { axis: 'lat', negative: true };
  if (c === 'e') return { axis: 'lon', negative: false };
  return { axis: 'lon', negative: true }; // w, west, o, ouest
}

type Built = CoordinateReading | CoordinateFailure;

function build(parts: {
  hemisphere?: string;
  sign?: string;
  degrees: string;
  minutes?: string;
  seconds?: string;
  extra?: CoordinateTransformation[];
}): Built {
  const transformations: CoordinateTransformation[] = [...(parts.extra ?? [])];
  const texts = [parts.degrees, parts.minutes, parts.seconds].filter((t): t is string => t !== undefined);
  if (texts.some((t) => t.includes(','))) transformations.push('decimal-comma');
  const degrees = toNumber(parts.degrees);
  const minutes = parts.minutes === undefined ? 0 : toNumber(parts.minutes);
  const seconds = parts.seconds === undefined ? 0 : toNumber(parts.seconds);
  if (parts.minutes !== undefined) {
    // Degrees with a decimal part followed by minutes, or minutes with decimals followed by seconds, is not DMS.
    if (!Number.isInteger(degrees) || (parts.seconds !== undefined && !Number.isInteger(minutes))) return { ok: false, reason: 'unrecognized' };
    if (minutes >= 60 || seconds >= 60) return { ok: false, reason: 'invalid-minutes' };
    transformations.push(parts.seconds !== undefined ? 'dms' : 'ddm');
  }
  let value = degrees + minutes / 60 + seconds / 3600;
  const hemisphere = hemisphereOf(parts.hemisphere);
  if (hemisphere) {
    transformations.push('hemisphere');
    if ((parts.sign === '-' && !hemisphere.negative) || (parts.sign === '+' && hemisphere.negative)) return { ok: false, reason: 'conflicting-sign' };
    if (hemisphere.negative) value = -value;
    if ((hemisphere.axis === 'lat' && !isLatitude(value)) || (hemisphere.axis === 'lon' && !isLongitude(value))) return { ok: false, reason: 'out-of-range' };
  } else if (parts.sign === '-') {
    value = -value;
  }
  const integerDigits = parts.minutes === undefined && /^\d+$/.test(parts.degrees) ? parts.degrees : undefined;
  return { value, axis: hemisphere?.axis, transformations, ...(integerDigits ? { integerDigits } : {}) };
}

function attempt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m[0].trim() !== '' ? m : null;
}

/**
 * Reads one coordinate at `at` in folded text (see foldCoordinateText). Returns undefined when nothing there
 * reads as a coordinate, a failure when it does but is invalid (61 minutes, "-48 N").
 */
export function scanCoordinate(text: string, at: number): ScannedCoordinate | CoordinateFailure | undefined {
  let m: RegExpExecArray | null;
  let built: Built | undefined;
  let hemi: string | undefined;
  if ((m = attempt(markedDms, text, at))) {
    hemi = m[6];
    if (m[1] && hemi) return { ok: false, reason: 'conflicting-hemispheres' };
    built = build({ hemisphere: m[1] ?? hemi, sign: m[2], degrees: m[3], minutes: m[4], seconds: m[5] ?? undefined });
  } else if ((m = attempt(colonDms, text, at))) {
    hemi = m[6];
    if (m[1] && hemi) return { ok: false, reason: 'conflicting-hemispheres' };
    built = build({ hemisphere: m[1] ?? hemi, sign: m[2], degrees: m[3], minutes: m[4], seconds: m[5] });
  } else if ((m = attempt(spacedDms, text, at))) {
    hemi = m[5];
    built = build({ hemisphere: hemi, sign: m[1], degrees: m[2], minutes: m[3], seconds: m[4] });
  } else if ((m = attempt(prefixedDecimal, text, at))) {
    built = build({ hemisphere: m[1], sign: m[2], degrees: m[3] });
  } else if ((m = attempt(suffixedDecimal, text, at))) {
    hemi = m[3];
    built = build({ hemisphere: hemi, sign: m[1], degrees: m[2] });
  }
  if (!m || !built) return undefined;
  if ('ok' in built) return built;
  // Spaces after the number belong to the separator, not to the number.
  return { reading: built, end: at + m[0].replace(/\s+$/, '').length, closedByHemisphere: hemi !== undefined };
}

/** What one cell holding one coordinate can mean: its plain reading, and what Excel may have done to it. */
export interface CoordinateToken {
  text: string;
  reading?: CoordinateReading;
  failure?: CoordinateFailure;
  excel?: ExcelDamage;
}

const groupedThousands = /^([+-]?)(\d{1,3}(?: \d{3})+)((?:[.,]\d+)?)$/;

/** Reads a whole (folded) token: a coordinate, a number with grouped thousands, or an Excel-damaged value. */
export function readCoordinateToken(folded: string): CoordinateToken {
  const token: CoordinateToken = { text: folded };
  const grouped = groupedThousands.exec(folded);
  if (grouped) {
    const value = Number.parseFloat(`${grouped[1]}${grouped[2].replace(/ /g, '')}${grouped[3].replace(',', '.')}`);
    const transformations: CoordinateTransformation[] = ['thousands-separator'];
    if (grouped[3].startsWith(',')) transformations.push('decimal-comma');
    token.reading = { value, transformations };
    return token;
  }
  const scanned = scanCoordinate(folded, 0);
  if (scanned && 'ok' in scanned) token.failure = scanned;
  else if (scanned && scanned.end === folded.length) token.reading = scanned.reading;
  const damage = readExcelDamage(folded);
  if (damage) token.excel = damage;
  return token;
}

export type ParseCoordinateResult =
  | { ok: true; value: number; axis?: Axis; transformations: CoordinateTransformation[]; confidence: 'safe' | 'review' }
  | CoordinateFailure;

/**
 * Reads one coordinate written alone in a cell. With `axis`, checks the range (and that a hemisphere letter
 * agrees). Values Excel turned into dates are recovered only when exactly one number gives that date.
 */
export function parseCoordinate(text: string, axis?: Axis): ParseCoordinateResult {
  const folded = foldCoordinateText(text);
  if (folded === '') return { ok: false, reason: 'empty' };
  const token = readCoordinateToken(folded);
  const inRange = (value: number) => (axis === 'lat' ? isLatitude(value) : axis === 'lon' ? isLongitude(value) : isLongitude(value));
  const reading = token.reading;
  if (reading) {
    if (axis && reading.axis && reading.axis !== axis) return { ok: false, reason: 'axis-mismatch', params: { expected: axis, found: reading.axis } };
    if (inRange(reading.value) && !reading.transformations.includes('thousands-separator')) {
      return { ok: true, value: reading.value, ...(reading.axis ? { axis: reading.axis } : {}), transformations: reading.transformations, confidence: 'safe' };
    }
  }
  if (token.excel?.source === 'serial' && reading?.integerDigits) {
    // "45628" alone: an Excel date (2.12) or a number that lost its decimal point (45.628, 4.5628)?
    return { ok: false, reason: 'ambiguous', params: { shown: token.excel.shown, readings: [...token.excel.readings.map(String), 'lost-decimal'] } };
  }
  if (token.excel) {
    const readings = token.excel.readings.filter(inRange);
    if (readings.length === 1) return { ok: true, value: readings[0], transformations: ['excel-date'], confidence: 'review' };
    if (readings.length > 1) return excelFailure(token.excel, readings);
  }
  if (token.failure) return token.failure;
  if (reading) return { ok: false, reason: 'out-of-range', params: { value: reading.value } };
  return { ok: false, reason: 'unrecognized' };
}

/** The failure explaining what Excel did and which numbers it could have been. */
export function excelFailure(damage: ExcelDamage, readings: readonly number[]): CoordinateFailure {
  const params = { shown: damage.shown, readings: readings.map((r) => String(r)) };
  return damage.kind === 'excel-time' ? { ok: false, reason: 'excel-time-days-lost', params } : { ok: false, reason: 'excel-date-ambiguous', params };
}
