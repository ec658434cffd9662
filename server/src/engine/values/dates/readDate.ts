// Reads one date or datetime as typed in France into a structured reading; the day/month order of
// numeric dates is left open here and decided later with the column's other values.
import { expandTwoDigitYear, isValidClockTime, type ClockTime } from '../calendar';
import { excelSerialToDate, type ExcelDateSystem } from './excelSerial';
import { foldDateText, fullWeekdayPattern, monthFromWord, monthWordPattern, shortWeekdayPattern, weekdayFromWord } from './dateWords';

export type DateZone = { kind: 'utc' } | { kind: 'offset'; minutes: number } | { kind: 'paris' };

export type DateForm = 'iso' | 'numeric' | 'text' | 'compact' | 'excel-serial' | 'year';

export interface DateReading {
  form: DateForm;
  year: number;
  /** Known month (textual month, year-first dates, month/year forms, ISO). */
  month?: number;
  /** Known day. */
  day?: number;
  /** A numeric day-first-or-month-first date: the two leading numbers in written order. */
  pair?: { first: number; second: number };
  time?: ClockTime;
  zone?: DateZone;
  /** Weekday written in the text (0 = Sunday), checked against the date once it is known. */
  weekday?: number;
  twoDigitYear?: boolean;
  /** The text said since when ("depuis 2019", "à partir du 3 mars 2020"): the date is that start. */
  since?: boolean;
}

export type ReadDateFailure = 'empty' | 'unrecognized' | 'bare-number' | 'impossible' | 'implausible-year' | 'incomplete';

export type ReadDateResult =
  | { ok: true; reading: DateReading }
  | { ok: false; reason: ReadDateFailure; variant?: string };

export interface ReadDateOptions {
  /** The caller knows the column holds dates: a bare number is then an Excel serial date. */
  excelSerials?: boolean;
  excelDateSystem?: ExcelDateSystem;
}

/** Plausible 4-digit years; anything else is far more likely a typo than a real date. */
const minYear = 1000;
const maxYear = 2999;
/** Smallest bare number read as an Excel serial (1908-03-18): see readBareNumber. */
const minPlausibleSerial = 3000;

const MONTH = `(${monthWordPattern})(?![a-z])\\.?`;
const YEAR_END = '(?![\\d:h])';

// Date parts, tried in order at the start of the text (after a weekday or "le" is removed).
const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const compactDateBeforeTime = /^(\d{4})(\d{2})(\d{2})(?=t)/;
const yearFirstNumeric = /^(\d{4})(\s*[/.-]\s*|\s)(\d{1,2})\2(\d{1,2})(?![\d/.-])/;
const dayOrMonthFirstNumeric = new RegExp(`^(\\d{1,2})(\\s*[/.-]\\s*|\\s)(\\d{1,2})\\2(\\d{4}|\\d{2})${YEAR_END}`);
const dayMonthNameYear = new RegExp(`^(\\d{1,2})(?:er|e|eme|st|nd|rd|th)?[\\s./-]*${MONTH}(?:[\\s./,-]*(\\d{4}|\\d{2})${YEAR_END})?`);
const monthNameDayYear = new RegExp(`^${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th|er)?,?\\s+(\\d{4})(?!\\d)`);
const monthNameYear = new RegExp(`^${MONTH}[\\s./,-]*(\\d{4}|\\d{2})${YEAR_END}`);
const monthSlashYear = /^(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const yearSlashMonth = /^(\d{4})\s*[/.-]\s*(\d{1,2})(?![\d/.-])/;
const yearOnly = /^(\d{4})(?![\d/.-])/;

// Separators between the date and the time: space, "T", a comma, "à", "@", a dash.
const timeLead = /^(?:\s*(?:t|,|a|@|-)\s*|\s+)/;
const colonTime = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?/;
const hourTime = /^(\d{1,2})\s*h\s*(?:(\d{2})(?:\s*(?:min|mn|m)\s*(?:(\d{2})\s*s)?)?)?(?![\d])/;
const compactTime = /^t(\d{2})(\d{2})(\d{2})?(?:[.,](\d{1,9}))?/;
const meridiem = /^\s*(am|pm|a\.m\.|p\.m\.)/;
const utcZone = /^\s*(?:z|utc|gmt|ut)(?![a-z])/;
const offsetZone = /^\s*([+-])(\d{2})(?::?(\d{2}))?(?!\d)/;
const parisZone = /^\s*\(?\s*(?:heure de paris|heure francaise|heure legale(?: francaise)?|europe\/paris|paris)\s*\)?/;
const fixedCetZone = /^\s*\(?(cest|cet)\)?(?![a-z])/;

const weekdayPrefix = new RegExp(`^(?:(${fullWeekdayPattern})(?![a-z])[.,]?\\s*|(${shortWeekdayPattern})\\.?,?\\s+(?=\\d{1,2}(?!\\d)))`);
const yearWordPrefix = /^(?:annee|an|year|millesime)\s*:?\s*(?=\d{4}$)/;
/** "depuis 2019", "depuis le 3 mars 2020", "à partir de 2019", "dès 2019", "since 2019" (text folded). */
const sincePrefix = /^(?:depuis|a partir d[eu]|des|since)\s+(?:l['’]?\s*annee\s+|le\s+)?(?=\d)/;

function num(text: string | undefined): number {
  return text === undefined ? NaN : Number.parseInt(text, 10);
}

function yearFrom(text: string): { year: number; twoDigit: boolean } {
  return text.length === 2 ? { year: expandTwoDigitYear(num(text)), twoDigit: true } : { year: num(text), twoDigit: false };
}

interface DatePart {
  reading: DateReading;
  rest: string;
}

function readDatePart(text: string): DatePart | 'incomplete' | undefined {
  let m: RegExpExecArray | null;
  const after = (match: RegExpExecArray) => text.slice(match[0].length);
  if ((m = isoDate.exec(text)) || (m = compactDateBeforeTime.exec(text))) {
    return { reading: { form: m[0].length === 8 ? 'compact' : 'iso', year: num(m[1]), month: num(m[2]), day: num(m[3]) }, rest: after(m) };
  }
  if ((m = yearFirstNumeric.exec(text))) {
    return { reading: { form: 'numeric', year: num(m[1]), month: num(m[3]), day: num(m[4]) }, rest: after(m) };
  }
  if ((m = dayOrMonthFirstNumeric.exec(text))) {
    const { year, twoDigit } = yearFrom(m[4]);
    return { reading: { form: 'numeric', year, pair: { first: num(m[1]), second: num(m[3]) }, twoDigitYear: twoDigit || undefined }, rest: after(m) };
  }
  if ((m = dayMonthNameYear.exec(text))) {
    if (m[3] === undefined) return 'incomplete';
    const { year, twoDigit } = yearFrom(m[3]);
    return { reading: { form: 'text', year, month: monthFromWord(m[2]), day: num(m[1]), twoDigitYear: twoDigit || undefined }, rest: after(m) };
  }
  if ((m = monthNameDayYear.exec(text))) {
    return { reading: { form: 'text', year: num(m[3]), month: monthFromWord(m[1]), day: num(m[2]) }, rest: after(m) };
  }
  if ((m = monthNameYear.exec(text))) {
    const { year, twoDigit } = yearFrom(m[2]);
    return { reading: { form: 'text', year, month: monthFromWord(m[1]), twoDigitYear: twoDigit || undefined }, rest: after(m) };
  }
  if ((m = monthSlashYear.exec(text))) {
    return { reading: { form: 'numeric', year: num(m[2]), month: num(m[1]) }, rest: after(m) };
  }
  if ((m = yearSlashMonth.exec(text))) {
    return { reading: { form: 'numeric', year: num(m[1]), month: num(m[2]) }, rest: after(m) };
  }
  if ((m = yearOnly.exec(text))) {
    return { reading: { form: 'year', year: num(m[1]) }, rest: after(m) };
  }
  return undefined;
}

interface TimePart {
  time: ClockTime;
  rest: string;
}

function readTimePart(text: string, afterCompactDate: boolean): TimePart | undefined {
  let m: RegExpExecArray | null;
  if (afterCompactDate && (m = compactTime.exec(text))) {
    const time: ClockTime = { hour: num(m[1]), minute: num(m[2]), second: m[3] ? num(m[3]) : 0, fraction: m[4] };
    return { time, rest: text.slice(m[0].length) };
  }
  const lead = timeLead.exec(text);
  if (!lead) return undefined;
  const body = text.slice(lead[0].length);
  m = colonTime.exec(body) ?? hourTime.exec(body);
  if (!m) return undefined;
  const time: ClockTime = { hour: num(m[1]), minute: m[2] ? num(m[2]) : 0, second: m[3] ? num(m[3]) : 0, fraction: m[4] };
  let rest = body.slice(m[0].length);
  const ampm = meridiem.exec(rest);
  if (ampm) {
    if (time.hour < 1 || time.hour > 12) return undefined;
    const pm = ampm[1].startsWith('p');
    time.hour = (time.hour % 12) + (pm ? 12 : 0);
    rest = rest.slice(ampm[0].length);
  }
  return { time, rest };
}

function readZone(text: string): { zone: DateZone; rest: string } | undefined {
  let m: RegExpExecArray | null;
  if ((m = utcZone.exec(text))) {
    const rest = text.slice(m[0].length);
    const offset = offsetZone.exec(rest);
    if (offset) return readZone(rest);
    return { zone: { kind: 'utc' }, rest };
  }
  if ((m = offsetZone.exec(text))) {
    const minutes = (num(m[2]) * 60 + (m[3] ? num(m[3]) : 0)) * (m[1] === '-' ? -1 : 1);
    if (Math.abs(minutes) > 14 * 60) return undefined;
    return { zone: minutes === 0 ? { kind: 'utc' } : { kind: 'offset', minutes }, rest: text.slice(m[0].length) };
  }
  if ((m = fixedCetZone.exec(text))) return { zone: { kind: 'offset', minutes: m[1] === 'cest' ? 120 : 60 }, rest: text.slice(m[0].length) };
  if ((m = parisZone.exec(text))) return { zone: { kind: 'paris' }, rest: text.slice(m[0].length) };
  return undefined;
}

function readBareNumber(text: string, options: ReadDateOptions): ReadDateResult | undefined {
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  if (/^\d{8}$/.test(text)) {
    // yyyymmdd, or ddmmyyyy: with years limited to 1000–2999 at most one of the two has a valid month.
    const asYmd = { year: num(text.slice(0, 4)), month: num(text.slice(4, 6)), day: num(text.slice(6, 8)) };
    if (asYmd.month >= 1 && asYmd.month <= 12 && asYmd.year >= minYear) return { ok: true, reading: { form: 'compact', ...asYmd } };
    const asDmy = { day: num(text.slice(0, 2)), month: num(text.slice(2, 4)), year: num(text.slice(4, 8)) };
    if (asDmy.month >= 1 && asDmy.month <= 12) return { ok: true, reading: { form: 'compact', ...asDmy } };
    return { ok: false, reason: 'unrecognized' };
  }
  if (/^\d{4}$/.test(text)) {
    const year = num(text);
    if (year >= minYear && year <= maxYear) return { ok: true, reading: { form: 'year', year } };
  }
  if (!options.excelSerials) return { ok: false, reason: 'bare-number' };
  const serial = Number.parseFloat(text.replace(',', '.'));
  // Below 3000 (before 1908) a bare number in a date column is far more likely a day, a count or an amount
  // than an Excel serial; 1000–2999 were read as years above. Serial 60 keeps its own explanation.
  if (serial < minPlausibleSerial && Math.floor(serial) !== 60) return { ok: false, reason: 'bare-number', variant: 'small' };
  const read = excelSerialToDate(serial, options.excelDateSystem ?? 1900);
  if (!read.ok) return { ok: false, reason: read.reason === 'impossible' ? 'impossible' : 'unrecognized', variant: read.variant };
  const { year, month, day } = read.date;
  return { ok: true, reading: { form: 'excel-serial', year, month, day, time: read.time ?? { hour: 0, minute: 0, second: 0 } } };
}

/** Reads a date, a partial date (year, month and year) or a datetime; see DateReading. */
export function readDate(input: string, options: ReadDateOptions = {}): ReadDateResult {
  let text = foldDateText(input);
  if (text === '') return { ok: false, reason: 'empty' };
  const bare = readBareNumber(text, options);
  if (bare) return bare.ok ? checkYear(bare.reading) : bare;

  let weekday: number | undefined;
  const wd = weekdayPrefix.exec(text);
  if (wd) {
    weekday = weekdayFromWord(wd[1] ?? wd[2]);
    text = text.slice(wd[0].length);
  }
  const since = sincePrefix.exec(text);
  if (since) text = text.slice(since[0].length);
  text = text.replace(/^le\s+/, '').replace(yearWordPrefix, '');

  const datePart = readDatePart(text);
  if (datePart === 'incomplete') return { ok: false, reason: 'incomplete', variant: 'no-year' };
  if (!datePart) return { ok: false, reason: 'unrecognized' };
  const reading = datePart.reading;
  if (weekday !== undefined) reading.weekday = weekday;
  if (since) reading.since = true;
  let rest = datePart.rest;

  if (rest !== '' && (reading.day !== undefined || reading.pair)) {
    const timePart = readTimePart(rest, reading.form === 'compact' || reading.form === 'iso');
    if (timePart) {
      if (!isValidClockTime(timePart.time)) return { ok: false, reason: 'impossible', variant: 'time' };
      reading.time = timePart.time;
      rest = timePart.rest;
      const zone = readZone(rest);
      if (zone) {
        reading.zone = zone.zone;
        rest = zone.rest;
      }
    }
  }
  if (rest.replace(/^[\s.,;]+$/, '') !== '') return { ok: false, reason: 'unrecognized' };
  return checkYear(reading);
}

function checkYear(reading: DateReading): ReadDateResult {
  if (reading.year < minYear || reading.year > maxYear) return { ok: false, reason: 'implausible-year' };
  if (reading.month !== undefined && (reading.month < 1 || reading.month > 12)) return { ok: false, reason: 'impossible', variant: 'month' };
  return { ok: true, reading };
}
