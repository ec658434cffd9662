// The `duration` type: ISO 8601 durations (`P1Y2M10DT2H30M`, `PT15M`, `P2W`).
import type { CellKey, CellType } from './cellType';

// Seconds per designator, for comparisons only: a month is 30 days and a year 365, as durations have no
// calendar anchor (Python's isodate, which Validata uses, refuses to compare such durations at all).
const DATE_UNITS: Record<number, number> = { 89: 365 * 86400, 77: 30 * 86400, 87: 7 * 86400, 68: 86400 }; // Y M W D
const TIME_UNITS: Record<number, number> = { 72: 3600, 77: 60, 83: 1 }; // H M S
const DATE_ORDER = [89, 77, 87, 68];
const TIME_ORDER = [72, 77, 83];

/**
 * Total seconds of a duration, or undefined. Components must come in order, each at most once; only
 * the last one may have a fraction (`.` or `,`); `T` must be followed by a time component.
 */
function parseDuration(text: string): CellKey | undefined {
  let i = 0;
  let sign = 1;
  if (text.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  if (text.charCodeAt(i) !== 80) return undefined; // P
  i++;
  let total = 0;
  let components = 0;
  let inTime = false;
  let order = DATE_ORDER;
  let units = DATE_UNITS;
  let position = 0;
  let fractional = false;
  while (i < text.length) {
    let code = text.charCodeAt(i);
    if (code === 84) {
      // T
      if (inTime) return undefined;
      inTime = true;
      order = TIME_ORDER;
      units = TIME_UNITS;
      position = 0;
      i++;
      if (i >= text.length) return undefined;
      continue;
    }
    if (fractional) return undefined; // a fraction is only allowed on the last component
    const start = i;
    let value = 0;
    while (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      code = text.charCodeAt(++i);
    }
    if (i === start) return undefined;
    if (code === 46 || code === 44) {
      fractional = true;
      let scale = 0.1;
      code = text.charCodeAt(++i);
      const fractionStart = i;
      while (code >= 48 && code <= 57) {
        value += (code - 48) * scale;
        scale /= 10;
        code = text.charCodeAt(++i);
      }
      if (i === fractionStart) return undefined;
    }
    const slot = order.indexOf(code, position);
    if (slot < 0) return undefined;
    position = slot + 1;
    total += value * units[code];
    components++;
    i++;
  }
  if (components === 0) return undefined;
  if (inTime && text.charCodeAt(text.length - 1) === 84) return undefined;
  return sign * total;
}

export function compileDuration(): CellType {
  return { type: 'duration', format: 'default', sample: 'PT1H30M', parse: parseDuration, cast: parseDuration };
}
