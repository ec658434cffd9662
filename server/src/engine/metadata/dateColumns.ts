// Dates in a table's columns, for the temporal coverage: which columns hold dates (by the schema's
// field types, else by their values) and the earliest and latest date of each, as ISO YYYY-MM-DD.
import { isValidCivilDate } from '../values/calendar';

/** Share of a column's non-empty sampled values that must read as dates for it to count as a date column. */
const DATE_COLUMN_SHARE = 0.8;
/** Fewer non-empty samples than this prove nothing about a column. */
const MIN_SAMPLES = 2;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A real day of years 1000–2999: outside them, a four-digit number is not a date of open data. */
function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 2999 && isValidCivilDate(year, month, day);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** French order: day first (a month-first US date is not what our users write). */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[T ]\d)/;

/** A date as it is written in French open data (ISO, optionally with a time; dd/mm/yyyy; yyyy/mm/dd) → YYYY-MM-DD. */
export function readIsoDate(value: string): string | undefined {
  const text = value.trim();
  let m = ISO.exec(text);
  let parts: [number, number, number] | undefined;
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = YEAR_FIRST.exec(text))) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DAY_FIRST.exec(text))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  if (!parts || !isValidDate(...parts)) return undefined;
  return `${pad(parts[0], 4)}-${pad(parts[1])}-${pad(parts[2])}`;
}

/** How a column's values become dates: full dates, or years (a `year` field: the whole year is covered). */
export type DateColumnKind = 'date' | 'year';

export interface DateRange {
  column: number;
  label: string;
  kind: DateColumnKind;
  min: string;
  max: string;
  /** 1-based physical row numbers (the header is row 1) of the earliest and latest values. */
  minRow: number;
  maxRow: number;
  count: number;
}

/** Collects the range of dates of chosen columns, row by row. */
export class DateRangeCollector {
  private readonly ranges = new Map<number, DateRange>();

  constructor(private readonly columns: readonly { column: number; label: string; kind: DateColumnKind }[]) {}

  add(cells: readonly string[], rowNumber: number): void {
    for (const { column, label, kind } of this.columns) {
      const value = cells[column];
      if (value === undefined || value.trim() === '') continue;
      let low: string | undefined;
      let high: string | undefined;
      if (kind === 'year') {
        const year = /^\s*(\d{4})\s*$/.exec(value)?.[1];
        if (year) [low, high] = [`${year}-01-01`, `${year}-12-31`];
      } else low = high = readIsoDate(value);
      if (!low || !high) continue;
      const range = this.ranges.get(column);
      if (!range) {
        this.ranges.set(column, { column, label, kind, min: low, max: high, minRow: rowNumber, maxRow: rowNumber, count: 1 });
        continue;
      }
      range.count++;
      if (low < range.min) [range.min, range.minRow] = [low, rowNumber];
      if (high > range.max) [range.max, range.maxRow] = [high, rowNumber];
    }
  }

  result(): DateRange[] {
    return [...this.ranges.values()].sort((a, b) => a.column - b.column);
  }
}

/** Columns whose sampled values are mostly dates (used when no schema says which columns are dates). */
export function dateColumnsByValues(labels: readonly string[], sample: readonly (readonly string[])[]): number[] {
  const columns: number[] = [];
  for (let column = 0; column < labels.length; column++) {
    let filled = 0;
    let dates = 0;
    for (const row of sample) {
      const value = row[column];
      if (value === undefined || value.trim() === '') continue;
      filled++;
      if (readIsoDate(value)) dates++;
    }
    if (filled >= Math.min(MIN_SAMPLES, sample.length) && filled > 0 && dates / filled >= DATE_COLUMN_SHARE) columns.push(column);
  }
  return columns;
}
