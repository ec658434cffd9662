// The parts a date/time parser extracts, kept in one reusable record, and the keys computed from them.
import { daysFromCivil, MS_PER_DAY } from '../../values/calendar';

export interface TemporalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Offset from UTC in minutes, NaN when the value has no time zone. */
  offsetMinutes: number;
}

export function newParts(): TemporalParts {
  return { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, offsetMinutes: NaN };
}

/** Python's strptime defaults (1900-01-01 00:00:00), which patterns without some parts inherit. */
export function resetParts(parts: TemporalParts): void {
  parts.year = 1900;
  parts.month = 1;
  parts.day = 1;
  parts.hour = 0;
  parts.minute = 0;
  parts.second = 0;
  parts.microsecond = 0;
  parts.offsetMinutes = NaN;
}

export function dateKey(parts: TemporalParts): number {
  return daysFromCivil(parts.year, parts.month, parts.day);
}

function offsetMs(parts: TemporalParts): number {
  return parts.offsetMinutes === parts.offsetMinutes ? parts.offsetMinutes * 60_000 : 0;
}

/** Milliseconds of the day, moved to UTC when the value has an offset. */
export function timeKey(parts: TemporalParts): number {
  return (parts.hour * 3600 + parts.minute * 60 + parts.second) * 1000 + Math.floor(parts.microsecond / 1000) - offsetMs(parts);
}

/** Milliseconds since 1970-01-01T00:00:00Z; a value without a time zone is read as UTC. */
export function datetimeKey(parts: TemporalParts): number {
  return dateKey(parts) * MS_PER_DAY + timeKey(parts);
}

export function partsToDate(parts: TemporalParts): Date {
  return new Date(dateKey(parts) * MS_PER_DAY);
}

export function partsToDatetime(parts: TemporalParts): Date {
  return new Date(datetimeKey(parts));
}

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Minutes east of UTC, when the value says. */
  offsetMinutes?: number;
}

export function partsToTime(parts: TemporalParts): TimeOfDay {
  const time: TimeOfDay = { hour: parts.hour, minute: parts.minute, second: parts.second, microsecond: parts.microsecond };
  if (parts.offsetMinutes === parts.offsetMinutes) time.offsetMinutes = parts.offsetMinutes;
  return time;
}
