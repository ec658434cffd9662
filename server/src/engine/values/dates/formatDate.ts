// Writes a resolved date in the form a Table Schema field wants: default ISO forms or a strptime pattern.
import type { ClockTime } from '../calendar';
import { weekdayOf } from '../calendar';

export type DateTargetType = 'date' | 'datetime' | 'year' | 'yearmonth';

/** What the schema field wants: its type, and its `format` ('default', 'any' or a strptime pattern). */
export interface DateTarget {
  type: DateTargetType;
  format?: string;
}

/** A date as far as the text gave it, with the zone already resolved to an offset in minutes. */
export interface ResolvedDate {
  year: number;
  month?: number;
  day?: number;
  time?: ClockTime;
  /** Minutes east of UTC; 0 is written "Z" in ISO output. Undefined: the text gave no zone. */
  offsetMinutes?: number;
}

export type FormatNote = 'time-dropped' | 'time-added' | 'precision-reduced' | 'zone-dropped';

export type FormatResult =
  | { ok: true; text: string; notes: FormatNote[] }
  | { ok: false; reason: 'incomplete' | 'unsupported-format'; variant?: string };

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

function isoOffset(minutes: number, colon: boolean): string {
  if (minutes === 0 && colon) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

const isMidnight = (time: ClockTime | undefined) => !time || (time.hour === 0 && time.minute === 0 && time.second === 0 && !Number(time.fraction ?? 0));

// C-locale names, as Python's strptime (used by frictionless) reads %b/%B/%a/%A.
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** What the written form holds: a part the date has and the form lacks is lost (see finish). */
type Needs = { month: boolean; day: boolean; time: boolean; seconds: boolean; fraction: boolean; zone: boolean };

function formatPattern(date: ResolvedDate, pattern: string): FormatResult {
  const needs: Needs = { month: false, day: false, time: false, seconds: false, fraction: false, zone: false };
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const d = pattern[++i];
    const time = date.time ?? { hour: 0, minute: 0, second: 0 };
    switch (d) {
      case 'Y': out += pad(date.year, 4); break;
      case 'y': out += pad(date.year % 100); break;
      case 'm': needs.month = true; out += pad(date.month ?? 0); break;
      case 'b': needs.month = true; out += monthNames[(date.month ?? 1) - 1].slice(0, 3); break;
      case 'B': needs.month = true; out += monthNames[(date.month ?? 1) - 1]; break;
      case 'd': needs.day = true; out += pad(date.day ?? 0); break;
      case 'j': {
        needs.day = true;
        const start = Date.UTC(date.year, 0, 1);
        const now = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
        out += pad(Math.round((now - start) / 86_400_000) + 1, 3);
        break;
      }
      case 'a':
      case 'A': {
        needs.day = true;
        const name = dayNames[weekdayOf({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 })];
        out += d === 'a' ? name.slice(0, 3) : name;
        break;
      }
      case 'H': needs.time = true; out += pad(time.hour); break;
      case 'I': needs.time = true; out += pad(time.hour % 12 === 0 ? 12 : time.hour % 12); break;
      case 'p': needs.time = true; out += time.hour < 12 ? 'AM' : 'PM'; break;
      case 'M': needs.time = true; out += pad(time.minute); break;
      case 'S': needs.time = true; needs.seconds = true; out += pad(time.second); break;
      case 'f': needs.time = true; needs.fraction = true; out += (time.fraction ?? '').padEnd(6, '0').slice(0, 6); break;
      case 'z': needs.zone = true; out += isoOffset(date.offsetMinutes ?? 0, false); break;
      case '%': out += '%'; break;
      default:
        return { ok: false, reason: 'unsupported-format', variant: `%${d ?? ''}` };
    }
  }
  return finish(date, needs, out);
}

function finish(date: ResolvedDate, needs: Needs, text: string): FormatResult {
  if (needs.month && date.month === undefined) return { ok: false, reason: 'incomplete', variant: 'no-month' };
  if (needs.day && date.day === undefined) return { ok: false, reason: 'incomplete', variant: 'no-day' };
  const notes: FormatNote[] = [];
  // Seconds (or their fraction) the form has no place for are lost as surely as a day would be.
  const lostSeconds = needs.time && date.time !== undefined && ((!needs.seconds && date.time.second !== 0) || (!needs.fraction && Number(date.time.fraction ?? 0) !== 0));
  if ((!needs.month && date.month !== undefined) || (!needs.day && date.day !== undefined) || lostSeconds) notes.push('precision-reduced');
  if (!needs.time && !isMidnight(date.time)) notes.push('time-dropped');
  if (needs.time && !date.time) notes.push('time-added');
  if (!needs.zone && needs.time && date.offsetMinutes !== undefined && !/Z$/.test(text)) notes.push('zone-dropped');
  return { ok: true, text, notes };
}

/** True when the pattern pins the zone to UTC with a literal "Z" (e.g. '%Y-%m-%dT%H:%M:%SZ'). */
export function patternWantsUtc(target: DateTarget): boolean {
  return !isDefaultFormat(target.format) && /%S(?:\.%f)?Z$/.test(target.format ?? '');
}

/** True when the pattern asks for an offset (%z). */
export function patternWantsOffset(target: DateTarget): boolean {
  return !isDefaultFormat(target.format) && /%z/.test(target.format ?? '');
}

export function isDefaultFormat(format: string | undefined): boolean {
  return format === undefined || format === '' || format === 'default' || format === 'any';
}

/** Writes the date for the target; default and 'any' formats give the ISO 8601 forms Table Schema expects. */
export function formatDateFor(date: ResolvedDate, target: DateTarget): FormatResult {
  if (!isDefaultFormat(target.format)) return formatPattern(date, target.format as string);
  const datetime = target.type === 'datetime';
  const needs: Needs = { month: target.type !== 'year', day: target.type === 'date' || datetime, time: datetime, seconds: datetime, fraction: datetime, zone: false };
  let text = pad(date.year, 4);
  if (needs.month) text += `-${pad(date.month ?? 0)}`;
  if (needs.day) text += `-${pad(date.day ?? 0)}`;
  if (needs.time) {
    const time = date.time ?? { hour: 0, minute: 0, second: 0 };
    text += `T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    if (time.fraction) text += `.${time.fraction}`;
    if (date.offsetMinutes !== undefined) {
      text += isoOffset(date.offsetMinutes, true);
      needs.zone = true;
    }
  }
  return finish(date, needs, text);
}
