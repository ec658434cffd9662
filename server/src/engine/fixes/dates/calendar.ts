// Calendar arithmetic for the date fixer: valid days, weekdays, two-digit years, Excel serials, Paris offsets.

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

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isValidClockTime(time: ClockTime): boolean {
  return time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59 && time.second >= 0 && time.second <= 59;
}

/** 0 = Sunday … 6 = Saturday (proleptic Gregorian calendar). */
export function weekdayOf(date: CivilDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc.getUTCDay();
}

/**
 * Excel's (and LibreOffice's) rule for a two-digit year typed in a cell: 00–29 → 2000–2029, 30–99 → 1930–1999.
 * Source: Microsoft, "How Excel works with two-digit year numbers" (the 2029 cut-off is the Windows default).
 */
export function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits <= 29 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Days since 1970-01-01 of a civil date, and back (both proleptic Gregorian, no time zone involved). */
export function daysFromCivil(date: CivilDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(utc.getTime() / 86_400_000);
}

export function civilFromDays(days: number): CivilDate {
  const utc = new Date(days * 86_400_000);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Adds minutes to a local date and time (used to turn an offset time into UTC). */
export function shiftMinutes(date: CivilDate, time: ClockTime, minutes: number): { date: CivilDate; time: ClockTime } {
  const total = time.hour * 60 + time.minute + minutes;
  const dayShift = Math.floor(total / 1440);
  const inDay = total - dayShift * 1440;
  return {
    date: civilFromDays(daysFromCivil(date) + dayShift),
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
