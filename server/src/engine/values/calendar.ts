// Calendar arithmetic without time zones (proleptic Gregorian): valid days, day numbers, weekdays,
// two-digit years, and the UTC offset of a local time in Paris. Schema types, custom checks, the date
// fixer, metadata and the coordinate readers all count days with these.

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  /** Fraction of a second as written ("123" for .123), kept verbatim so nothing is rounded away. */
  fraction?: string;
}

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month];
}

/** A real day of the calendar, in any (integer) year. */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real day in years 1–9999: Python's datetime range, which Validata (and so Table Schema dates) relies on. */
export function isValidDatetimeDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && isValidCivilDate(year, month, day);
}

export function isValidClockTime(time: ClockTime): boolean {
  return time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59 && time.second >= 0 && time.second <= 59;
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`,
 * http://howardhinnant.github.io/date_algorithms.html): exact integer arithmetic, no Date object.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day number of a civil date (see daysFromCivil). */
export function dayNumber(date: CivilDate): number {
  return daysFromCivil(date.year, date.month, date.day);
}

/** The inverse of daysFromCivil. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: CivilDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Excel's (and LibreOffice's) rule for a two-digit year typed in a cell: 00–29 → 2000–2029, 30–99 → 1930–1999.
 * Source: Microsoft, "How Excel works with two-digit year numbers" (the 2029 cut-off is the Windows default).
 */
export function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits <= 29 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Adds minutes to a local date and time (used to turn an offset time into UTC). */
export function shiftMinutes(date: CivilDate, time: ClockTime, minutes: number): { date: CivilDate; time: ClockTime } {
  const total = time.hour * 60 + time.minute + minutes;
  const dayShift = Math.floor(total / 1440);
  const inDay = total - dayShift * 1440;
  return {
    date: civilFromDays(dayNumber(date) + dayShift),
    time: { ...time, hour: Math.floor(inDay / 60), minute: inDay % 60 },
  };
}

function lastSundayOf(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - weekdayOf({ year, month, day: last });
}

/**
 * Summer-time periods of France (Europe/Paris), as local dates, from the IANA tz database ("France" rule
 * for 1976, "EU" rules after). 1976–1980 had their own dates; 1981–1995 ran from the last Sunday of March to
 * the last Sunday of September; since 1996 it ends on the last Sunday of October. 1946–1975: no summer time.
 * From 1977 the changes happen at 01:00 UTC (02:00 local in spring, 03:00 local in autumn); in 1976 at
 * 01:00 local time both ways.
 */
const frenchSummerTime1976to1980: Record<number, [number, number, number, number]> = {
  1976: [3, 28, 9, 26],
  1977: [4, 3, 9, 25],
  1978: [4, 2, 10, 1],
  1979: [4, 1, 9, 30],
  1980: [4, 6, 9, 28],
};

export type ParisOffset =
  | { kind: 'offset'; minutes: number }
  /** The local time happened twice (autumn change): both offsets are possible. */
  | { kind: 'repeated'; minutes: [number, number] }
  /** The local time never happened (spring change: clocks jumped from 02:00 to 03:00). */
  | { kind: 'skipped' }
  | { kind: 'unknown' };

/** The UTC offset of a local time in Paris; the changes happen at 02:00 local in spring and 03:00 in autumn. */
export function parisOffset(date: CivilDate, time: ClockTime): ParisOffset {
  const { year } = date;
  if (year < 1946) return { kind: 'unknown' };
  let start: [number, number] | undefined;
  let end: [number, number] | undefined;
  if (year >= 1996) {
    start = [3, lastSundayOf(year, 3)];
    end = [10, lastSundayOf(year, 10)];
  } else if (year >= 1981) {
    start = [3, lastSundayOf(year, 3)];
    end = [9, lastSundayOf(year, 9)];
  } else if (year >= 1976) {
    const period = frenchSummerTime1976to1980[year];
    start = [period[0], period[1]];
    end = [period[2], period[3]];
  }
  if (!start || !end) return { kind: 'offset', minutes: 60 };
  const key = date.month * 100 + date.day;
  const startKey = start[0] * 100 + start[1];
  const endKey = end[0] * 100 + end[1];
  const minuteOfDay = time.hour * 60 + time.minute;
  // Local minute at which the clock jumps forward in spring, and at which the repeated hour starts in autumn.
  const springChange = year === 1976 ? 60 : 120;
  const autumnRepeat = year === 1976 ? 0 : 120;
  if (key === startKey) {
    if (minuteOfDay < springChange) return { kind: 'offset', minutes: 60 };
    if (minuteOfDay < springChange + 60) return { kind: 'skipped' };
    return { kind: 'offset', minutes: 120 };
  }
  if (key === endKey) {
    if (minuteOfDay < autumnRepeat) return { kind: 'offset', minutes: 120 };
    if (minuteOfDay < autumnRepeat + 60) return { kind: 'repeated', minutes: [120, 60] };
    return { kind: 'offset', minutes: 60 };
  }
  return { kind: 'offset', minutes: key > startKey && key < endKey ? 120 : 60 };
}
