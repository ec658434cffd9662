// Hand-written parsers for the ISO 8601 forms the Table Schema `default` formats use (no regex, no Date).
import { isValidDatetimeDate } from '../../values/calendar';
import { readDigits } from './cellType';
import type { TemporalParts } from './temporalParts';

const DASH = 45;
const COLON = 58;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;

/** `YYYY-MM-DD` exactly, a real calendar day. */
export function readIsoDate(text: string, parts: TemporalParts): boolean {
  if (text.length !== 10) return false;
  return readIsoDateAt(text, 0, parts);
}

/** `YYYY-MM-DD` starting at `start` (the caller checks what follows). */
export function readIsoDateAt(text: string, start: number, parts: TemporalParts): boolean {
  if (text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) return false;
  const year = readDigits(text, start, 4);
  const month = readDigits(text, start + 5, 2);
  const day = readDigits(text, start + 8, 2);
  if (year < 0 || month < 0 || day < 0 || !isValidDatetimeDate(year, month, day)) return false;
  parts.year = year;
  parts.month = month;
  parts.day = day;
  return true;
}

/**
 * `hh:mm:ss` (or `hh:mm` when seconds are optional), an optional fraction of a second (`.` or `,`),
 * and an optional zone (`Z`, `±hh`, `±hhmm`, `±hh:mm`), from `start` to the end of the text.
 */
export function readIsoTimeAt(text: string, start: number, parts: TemporalParts, secondsOptional = false): boolean {
  const end = text.length;
  if (text.charCodeAt(start + 2) !== COLON) return false;
  const hour = readDigits(text, start, 2);
  const minute = readDigits(text, start + 3, 2);
  if (hour < 0 || minute < 0 || hour > 23 || minute > 59) return false;
  let i = start + 5;
  let second = 0;
  let microsecond = 0;
  if (text.charCodeAt(i) === COLON) {
    second = readDigits(text, i + 1, 2);
    if (second < 0 || second > 59) return false;
    i += 3;
    const mark = text.charCodeAt(i);
    if (mark === DOT || mark === COMMA) {
      i++;
      const fractionStart = i;
      let scale = 100_000;
      while (i < end) {
        const digit = text.charCodeAt(i) - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        microsecond += digit * scale;
        scale = Math.floor(scale / 10);
        i++;
      }
      if (i === fractionStart) return false;
    }
  } else if (!secondsOptional) {
    return false;
  }
  parts.hour = hour;
  parts.minute = minute;
  parts.second = second;
  parts.microsecond = microsecond;
  parts.offsetMinutes = NaN;
  if (i === end) return true;
  return readZoneAt(text, i, parts);
}

/** `Z`, `±hh`, `±hhmm` or `±hh:mm` from `start` to the end of the text. */
export function readZoneAt(text: string, start: number, parts: TemporalParts): boolean {
  const end = text.length;
  const sign = text.charCodeAt(start);
  if (sign === 90 || sign === 122) {
    // Z or z
    if (start + 1 !== end) return false;
    parts.offsetMinutes = 0;
    return true;
  }
  if (sign !== PLUS && sign !== DASH) return false;
  const hours = readDigits(text, start + 1, 2);
  if (hours < 0 || hours > 23) return false;
  let minutes = 0;
  let i = start + 3;
  if (i < end) {
    if (text.charCodeAt(i) === COLON) i++;
    minutes = readDigits(text, i, 2);
    if (minutes < 0 || minutes > 59) return false;
    i += 2;
  }
  if (i !== end) return false;
  parts.offsetMinutes = (sign === DASH ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

/**
 * `YYYY-MM-DDThh:mm:ss` with optional fraction and zone. The separator may also be a space, as
 * Validata (frictionless-py, dateutil's isoparse) accepts.
 */
export function readIsoDatetime(text: string, parts: TemporalParts, secondsOptional = false): boolean {
  if (text.length < (secondsOptional ? 16 : 19)) return false;
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return false; // T, t, space
  return readIsoDateAt(text, 0, parts) && readIsoTimeAt(text, 11, parts, secondsOptional);
}
