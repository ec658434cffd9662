// The `date`, `time` and `datetime` types: ISO 8601 by default, `any` for common spellings, or a strptime pattern.
import { isValidDatetimeDate } from '../../values/calendar';
import type { CellKey, CellType, TypeErrorReason } from './cellType';
import { readIsoDate, readIsoDatetime, readIsoTimeAt } from './isoTemporal';
import { compileStrptime, type StrptimePattern } from './strptime';
import {
  dateKey,
  datetimeKey,
  newParts,
  partsToDate,
  partsToDatetime,
  partsToTime,
  resetParts,
  timeKey,
  type TemporalParts,
} from './temporalParts';

export type TemporalTypeName = 'date' | 'time' | 'datetime';

/** One scratch record for all parses: validation is single-threaded and never re-entrant. */
const scratch = newParts();

/** The instant used for sample values in messages: 15 March 2024, 14:30. */
const SAMPLE: TemporalParts = { year: 2024, month: 3, day: 15, hour: 14, minute: 30, second: 0, microsecond: 0, offsetMinutes: NaN };

type Reader = (text: string, parts: TemporalParts) => boolean;

const keyOf: Record<TemporalTypeName, (parts: TemporalParts) => number> = { date: dateKey, time: timeKey, datetime: datetimeKey };
const valueOf: Record<TemporalTypeName, (parts: TemporalParts) => unknown> = { date: partsToDate, time: partsToTime, datetime: partsToDatetime };

const defaultReaders: Record<TemporalTypeName, Reader> = {
  date: readIsoDate,
  time: (text, parts) => {
    resetParts(parts);
    return readIsoTimeAt(text, 0, parts);
  },
  datetime: (text, parts) => readIsoDatetime(text, parts),
};

const defaultSamples: Record<TemporalTypeName, string> = { date: '2024-03-15', time: '14:30:00', datetime: '2024-03-15T14:30:00Z' };

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME_SHAPE = /^\d{2}:\d{2}:\d{2}/;
const ISO_DATETIME_SHAPE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/i;
const DAY_FIRST_SHAPE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[ T]|$)/;

/**
 * Builds the cell type for a temporal field; null when the format is neither `default`, `any`, nor a
 * usable strptime pattern (the caller reports it once and treats the column as `any`).
 */
export function compileTemporal(type: TemporalTypeName, format: string): CellType | null {
  let read: Reader;
  let sample: string;
  let pattern: StrptimePattern | null = null;
  if (format === 'default') {
    read = defaultReaders[type];
    sample = defaultSamples[type];
  } else if (format === 'any') {
    read = anyReaders[type];
    sample = defaultSamples[type];
  } else {
    // A format without any directive (`DD/MM/YYYY`) is a schema mistake, not a literal to match.
    if (!format.includes('%')) return null;
    pattern = compileStrptime(format);
    if (!pattern) return null;
    read = pattern.parse;
    if (pattern.source === '%Y-%m-%d') {
      // The catalog's most common pattern: ten-character values take the hand-written ISO reader;
      // others (`2024-3-5`, which Python's %m and %d accept) go through the pattern.
      const general = pattern.parse;
      read = (text, parts) => {
        if (text.length !== 10) return general(text, parts);
        resetParts(parts);
        return readIsoDate(text, parts) || general(text, parts);
      };
    }
    sample = pattern.format(SAMPLE);
  }
  const key = keyOf[type];
  const value = valueOf[type];
  const literalReader = defaultReaders[type];
  const compiledPattern = pattern;
  return {
    type,
    format,
    sample,
    parse(text: string): CellKey | undefined {
      return read(text, scratch) ? key(scratch) : undefined;
    },
    cast(text: string): unknown {
      return read(text, scratch) ? value(scratch) : undefined;
    },
    parseLiteral(literal: string): CellKey | undefined {
      if (read(literal, scratch) || literalReader(literal, scratch)) return key(scratch);
      return undefined;
    },
    explain(text: string): TypeErrorReason | undefined {
      if (text !== text.trim()) return 'whitespace';
      if (compiledPattern) {
        if (compiledPattern.matchesShape(text)) return 'calendar';
      } else if (format === 'default') {
        const shape = type === 'date' ? ISO_DATE_SHAPE : type === 'time' ? ISO_TIME_SHAPE : ISO_DATETIME_SHAPE;
        if (shape.test(text)) return 'calendar';
      }
      if (type !== 'time' && DAY_FIRST_SHAPE.test(text) && !(compiledPattern && /^%d/.test(compiledPattern.source))) return 'day-first';
      return undefined;
    },
  };
}

// ---- `any`: the spellings people actually write (day first, as in France), read without guessing more.

function readNumbers(match: RegExpExecArray, parts: TemporalParts, day: number, month: number, year: number): boolean {
  let y = Number(match[year]);
  if (match[year].length === 2) y += y <= 68 ? 2000 : 1900;
  const m = Number(match[month]);
  const d = Number(match[day]);
  if (!isValidDatetimeDate(y, m, d)) return false;
  parts.year = y;
  parts.month = m;
  parts.day = d;
  return true;
}

const ANY_DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ANY_YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const ANY_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ANY_TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?|h(\d{2})?)\s*(am|pm)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;

function readAnyDate(text: string, parts: TemporalParts): boolean {
  resetParts(parts);
  if (readIsoDate(text, parts)) return true;
  let match = ANY_DAY_FIRST.exec(text);
  if (match) return readNumbers(match, parts, 1, 3, 4);
  match = ANY_YEAR_FIRST.exec(text);
  if (match) return readNumbers(match, parts, 4, 3, 1);
  match = ANY_COMPACT.exec(text);
  if (match) return readNumbers(match, parts, 3, 2, 1);
  return false;
}

function readAnyTime(text: string, parts: TemporalParts): boolean {
  const match = ANY_TIME.exec(text);
  if (!match) return false;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? match[5] ?? 0);
  const second = Number(match[3] ?? 0);
  const meridiem = match[6]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return false;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return false;
  parts.hour = hour;
  parts.minute = minute;
  parts.second = second;
  parts.microsecond = match[4] ? Number(match[4].slice(0, 6).padEnd(6, '0')) : 0;
  parts.offsetMinutes = NaN;
  const zone = match[7];
  if (zone) {
    if (zone === 'z' || zone === 'Z') parts.offsetMinutes = 0;
    else {
      const digits = zone.replace(':', '');
      parts.offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
    }
  }
  return true;
}

function readAnyDatetime(text: string, parts: TemporalParts): boolean {
  resetParts(parts);
  if (readIsoDatetime(text, parts, true)) return true;
  const split = text.search(/[T ]/i);
  if (split < 0) return readAnyDate(text, parts);
  const datePart = text.slice(0, split);
  const timePart = text.slice(split + 1).trim();
  return readAnyDate(datePart, parts) && readAnyTime(timePart, parts);
}

const anyReaders: Record<TemporalTypeName, Reader> = {
  // A date written with a time of day is still that date (dateutil, which Validata uses, reads it so).
  date: readAnyDatetime,
  time: (text, parts) => {
    resetParts(parts);
    return readAnyTime(text, parts);
  },
  datetime: readAnyDatetime,
};
