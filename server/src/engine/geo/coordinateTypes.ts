// Shared vocabulary of the coordinate fixers: what was changed, how sure we are, why we gave up.
import { stripAccents } from '../text/fold';

/**
 * What was done to the text to get WGS84 degrees. Form tags say how it was written (url, wkt, geojson,
 * labeled, dms, ddm, hemisphere, decimal-comma, thousands-separator); repair tags say what was wrong
 * (swapped, lambert93, lost-decimal, excel-date, excel-day-fraction).
 */
export type CoordinateTransformation =
  | 'decimal-comma'
  | 'thousands-separator'
  | 'dms'
  | 'ddm'
  | 'hemisphere'
  | 'labeled'
  | 'url'
  | 'wkt'
  | 'geojson'
  | 'swapped'
  | 'lambert93'
  | 'lost-decimal'
  | 'excel-date'
  /** Excel stored a value typed as h:mm:ss ("47:15:30") as a fraction of a day (1,969097…): × 24 gives degrees. */
  | 'excel-day-fraction';

/**
 * Readings that only a repair gives: an Excel date turned back into a number, degrees Excel stored as a
 * fraction of a day (× 24), a decimal point put back. The file holds no usable point there, only a guess to check.
 */
export const REPAIR_TRANSFORMATIONS = ['excel-date', 'excel-day-fraction', 'lost-decimal'] as const satisfies readonly CoordinateTransformation[];

/** safe: the reading is certain. review: plausible but a person should look (a guess, or a point outside France). */
export type CoordinateConfidence = 'safe' | 'review';

export type Axis = 'lat' | 'lon';

/**
 * empty, unrecognized: nothing readable. single-value: one number where two were needed. out-of-range:
 * not valid degrees (|lat| > 90 or |lon| > 180) whichever way they are read. conflicting-hemispheres: two
 * latitudes or two longitudes (N and S, or E and W). conflicting-sign: a minus sign with N or E.
 * invalid-minutes: minutes or seconds of 60 or more. axis-mismatch: the hemisphere letter says latitude where a
 * longitude was wanted (or the reverse). excel-date-ambiguous: Excel turned the number into a date and
 * several numbers give that date. excel-time-days-lost: Excel shows a time of day, the whole days (tens of
 * degrees) are lost. ambiguous: several readings fit France equally. projected-unknown: looks like projected
 * metres but not Lambert-93.
 */
export type CoordinateFailureReason =
  | 'empty'
  | 'unrecognized'
  | 'single-value'
  | 'out-of-range'
  | 'conflicting-hemispheres'
  | 'conflicting-sign'
  | 'invalid-minutes'
  | 'axis-mismatch'
  | 'excel-date-ambiguous'
  | 'excel-time-days-lost'
  | 'ambiguous'
  /** Read, but outside France while the file's other points are in France (a fix's guard, not the reader's). */
  | 'outside-france'
  | 'projected-unknown';

export type CoordinateParams = Record<string, string | number | string[]>;

export type CoordinateFailure = { ok: false; reason: CoordinateFailureReason; params?: CoordinateParams };

/** One reading of one number: its value in degrees (or metres), and the axis its hemisphere letter names. */
export interface CoordinateReading {
  value: number;
  axis?: Axis;
  transformations: CoordinateTransformation[];
  /** The digits of a bare integer as written (no decimal part, no DMS): candidates for a lost decimal point. */
  integerDigits?: string;
}

/** Folds the ways people type degree marks, quotes, minus signs and spaces into one ASCII-ish form, lower case, no accents. */
export function foldCoordinateText(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u2212\u2010-\u2015]/g, '-')
    .replace(/[º˚]/g, '°')
    .replace(/[′’‘´`]/g, "'")
    .replace(/[″“”]|''/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rounds to 5 decimals (about 1 m), the precision the corpus and most open-data schemas use; never returns -0. */
export function roundCoordinate(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * 1e5) / 1e5;
  return rounded === 0 ? 0 : rounded;
}

export const isLatitude = (value: number) => Number.isFinite(value) && Math.abs(value) <= 90;
export const isLongitude = (value: number) => Number.isFinite(value) && Math.abs(value) <= 180;
