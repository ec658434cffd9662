// Recognizes coordinates that Excel turned into dates or times, and lists the numbers that were typed.
//
// French Excel uses the comma as decimal separator. A coordinate typed with a point, "2.12", is not a number
// there: Excel reads it as the date 2 December of the current year and shows "02-déc." (or 02/12/2024, or
// the serial number 45628 once the format is lost). "2.5" becomes 2 May, "2.05" too: both are listed and the
// value is not recovered. "2.2013" or "2.13" become February 2013 ("févr.-13"). A coordinate typed as
// "48:07:02" becomes a duration; in a time format without [h] only the hours modulo 24 are shown.
import { foldDateText, monthFromWord, monthWordPattern } from '../values/dates/dateWords';
import { civilFromDays, daysFromCivil, isValidCivilDate } from '../values/calendar';

export interface ExcelDamage {
  kind: 'excel-date' | 'excel-time';
  /** How the value was read: a date display, a serial number, a month-year display, a time display. */
  source: 'day-month' | 'serial' | 'month-year' | 'time';
  /** The text as the cell shows it. */
  shown: string;
  /** Every number that Excel would show this way (each a coordinate in degrees), smallest first. */
  readings: number[];
}

const MONTH = `(${monthWordPattern})(?![a-z])\\.?`;
const dayMonthShown = new RegExp(`^(\\d{1,2})[-\\s./]?${MONTH}(?:[-\\s./]+(\\d{2}|\\d{4}))?$`);
const monthYearShown = new RegExp(`^${MONTH}[-\\s./]+(\\d{2}|\\d{4})$`);
const numericDateShown = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const isoDateShown = /^(\d{4})-(\d{2})-(\d{2})$/;
const timeShown = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

// Serials of 2000-01-01 and 2099-12-31 (1900 system): a typed "d.m" lands on a date of the year it was typed.
const firstPlausibleSerial = 36_526;
const lastPlausibleSerial = 73_050;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** The numbers that, typed with a point, French Excel reads as day `day` of month `month`. */
function dayMonthReadings(day: number, month: number): number[] {
  // "2.12" → 2 Dec; "2.5" and "2.05" → 2 May. A third digit would not be read as a month.
  const readings = [day + month / 100];
  if (month < 10) readings.push(day + month / 10);
  return readings;
}

/** The numbers that Excel reads as month `month` of `year`: "2.13" and "2.2013" both give February 2013. */
function monthYearReadings(month: number, year: number): number[] {
  return [month + (year % 100) / 100, month + year / 10_000];
}

function unique(values: number[]): number[] {
  return [...new Set(values.map(round))].sort((a, b) => a - b);
}

function fromCivil(day: number, month: number, year: number | undefined, source: ExcelDamage['source'], shown: string): ExcelDamage | undefined {
  if (!isValidCivilDate(year ?? 2024, month, day)) return undefined;
  const readings = dayMonthReadings(day, month);
  // The first of a month may also be a month-year entry ("12.24" → December 2024, shown 01/12/2024).
  if (day === 1 && year !== undefined && source !== 'day-month') readings.push(...monthYearReadings(month, year));
  return { kind: 'excel-date', source, shown, readings: unique(readings) };
}

/** Reads a (folded) cell as an Excel date or time display; undefined when it is not one. */
export function readExcelDamage(text: string): ExcelDamage | undefined {
  const folded = foldDateText(text);
  let m: RegExpExecArray | null;
  if ((m = dayMonthShown.exec(folded))) {
    const month = monthFromWord(m[2]);
    if (month === undefined) return undefined;
    return fromCivil(Number(m[1]), month, undefined, 'day-month', text);
  }
  if ((m = monthYearShown.exec(folded))) {
    const month = monthFromWord(m[1]);
    if (month === undefined) return undefined;
    const year = m[2].length === 2 ? (Number(m[2]) <= 29 ? 2000 : 1900) + Number(m[2]) : Number(m[2]);
    return { kind: 'excel-date', source: 'month-year', shown: text, readings: unique(monthYearReadings(month, year)) };
  }
  if ((m = numericDateShown.exec(folded))) {
    // French Excel shows dd/mm/yyyy.
    return fromCivil(Number(m[1]), Number(m[2]), Number(m[3].length === 2 ? `20${m[3]}` : m[3]), 'serial', text);
  }
  if ((m = isoDateShown.exec(folded))) {
    return fromCivil(Number(m[3]), Number(m[2]), Number(m[1]), 'serial', text);
  }
  if (/^\d{5}$/.test(folded)) {
    const serial = Number(folded);
    if (serial < firstPlausibleSerial || serial > lastPlausibleSerial) return undefined;
    const date = civilFromDays(daysFromCivil(1899, 12, 30) + serial);
    const damage = fromCivil(date.day, date.month, date.year, 'serial', text);
    return damage;
  }
  if ((m = timeShown.exec(folded))) {
    const hours = Number(m[1]);
    const minutes = Number(m[2]);
    const seconds = m[3] ? Number(m[3]) : 0;
    if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
    const base = hours + minutes / 60 + seconds / 3600;
    // The days Excel dropped are lost: 00:07:02 may have been 0, 24, 48, 72… degrees.
    const readings: number[] = [];
    for (let days = 0; base + 24 * days <= 180; days++) readings.push(base + 24 * days);
    return { kind: 'excel-time', source: 'time', shown: text, readings: unique(readings) };
  }
  return undefined;
}
