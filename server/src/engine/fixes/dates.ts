// Date quick-fix engine: reads a date typed the French way and writes it as the schema field wants it.
import { isValidCivilDate, parisOffset, shiftMinutes, weekdayOf, type CivilDate, type ClockTime } from '../values/calendar';
import { analyzeDateColumn, type DateColumnAnalysis, type DayMonthOrder } from '../values/dates/columnOrder';
import type { ExcelDateSystem } from '../values/dates/excelSerial';
import { formatDateFor, patternWantsOffset, patternWantsUtc, type DateTarget, type FormatNote, type ResolvedDate } from '../values/dates/formatDate';
import { readDate, type DateReading } from '../values/dates/readDate';
import type { DateFixReason } from './dateReasons';

export { analyzeDateColumn } from '../values/dates/columnOrder';
export type { DateColumnAnalysis, DayMonthConfidence, DayMonthOrder } from '../values/dates/columnOrder';
export type { DateTarget, DateTargetType } from '../values/dates/formatDate';
export { excelSerialToDate } from '../values/dates/excelSerial';
export type { DateFixReason } from './dateReasons';

/** What the caller knows about the column the value comes from. */
export interface DateColumnContext {
  /** The column's other values: they decide dd/mm against mm/dd. */
  values?: readonly string[];
  /** The same evidence computed once with analyzeDateColumn (preferred when fixing many cells). */
  analysis?: DateColumnAnalysis;
  /**
   * The caller says the column holds dates (its schema type is a date type): a bare number is then read as
   * an Excel serial date. Without this, "44562" is never turned into a date.
   */
  excelSerials?: boolean;
  excelDateSystem?: ExcelDateSystem;
}

/**
 * two-digit-year: "89" was read as 1989 (Excel's rule: 00–29 → 20xx, 30–99 → 19xx).
 * excel-serial: the value was an Excel serial number.
 * weekday-mismatch: the weekday written in the text is not the weekday of the date.
 * order-differs-from-column: only the reading against the column's proven order is a valid date.
 * zone-assumed-paris: the target needs a time zone the text did not give; French local time was assumed.
 */
export type DateFixNote = FormatNote | 'two-digit-year' | 'excel-serial' | 'weekday-mismatch' | 'order-differs-from-column' | 'zone-assumed-paris' | 'since-dropped';

export type DateFixResult =
  | {
      ok: true;
      /** The value to write. */
      value: string;
      /** True when the text can be read another way; the other readings are in `alternatives`. */
      ambiguous: boolean;
      alternatives?: string[];
      /** The day/month order used, for numeric dates. */
      order?: DayMonthOrder;
      notes: DateFixNote[];
    }
  | { ok: false; reason: DateFixReason; variant?: string };

interface Candidate {
  date: CivilDate;
  order?: DayMonthOrder;
}

type PartialCandidate = { year: number; month?: number; day?: number; order?: DayMonthOrder };

function fail(reason: DateFixReason, variant?: string): DateFixResult {
  return variant ? { ok: false, reason, variant } : { ok: false, reason };
}

function normalizeContext(context: DateColumnContext | readonly string[] | undefined): DateColumnContext {
  if (!context) return {};
  if (Array.isArray(context)) return { values: context as readonly string[] };
  return context as DateColumnContext;
}

/** The readings of the day and month, best first; ambiguous when two valid readings remain. */
function dayMonthCandidates(
  reading: DateReading,
  analysis: DateColumnAnalysis | undefined,
): { candidates: PartialCandidate[]; ambiguous: boolean; against: boolean } | 'impossible' {
  if (!reading.pair) {
    if (reading.day !== undefined && !isValidCivilDate(reading.year, reading.month ?? 0, reading.day)) return 'impossible';
    return { candidates: [{ year: reading.year, month: reading.month, day: reading.day }], ambiguous: false, against: false };
  }
  const { first, second } = reading.pair;
  const dayFirst: Candidate = { date: { year: reading.year, month: second, day: first }, order: 'dd/mm' };
  const monthFirst: Candidate = { date: { year: reading.year, month: first, day: second }, order: 'mm/dd' };
  const valid = [dayFirst, monthFirst].filter((c) => isValidCivilDate(c.date.year, c.date.month, c.date.day));
  if (valid.length === 0) return 'impossible';
  const proven = analysis?.confidence === 'proven' ? analysis.order : undefined;
  if (first === second) return { candidates: [{ ...valid[0].date }], ambiguous: false, against: false };
  if (valid.length === 1) {
    const only = valid[0];
    return { candidates: [{ ...only.date, order: only.order }], ambiguous: false, against: proven !== undefined && proven !== only.order };
  }
  const preferred = proven ?? 'dd/mm';
  valid.sort((a, b) => (a.order === preferred ? -1 : 0) - (b.order === preferred ? -1 : 0));
  const kept = proven ? valid.slice(0, 1) : valid;
  return { candidates: kept.map((c) => ({ ...c.date, order: c.order })), ambiguous: proven === undefined, against: false };
}

interface Resolved {
  date: ResolvedDate;
  /** A second reading of the zone (repeated autumn hour, or a zone assumed for a target that needs one). */
  alternative?: ResolvedDate;
  notes: DateFixNote[];
}

/** Turns the written zone into an offset, converting to UTC when the target pattern ends with a literal Z. */
function resolveZone(candidate: PartialCandidate, reading: DateReading, target: DateTarget): Resolved | { reason: DateFixReason; variant?: string } {
  const base: ResolvedDate = { year: candidate.year, month: candidate.month, day: candidate.day, time: reading.time };
  const notes: DateFixNote[] = [];
  const time: ClockTime | undefined = reading.time;
  const needsUtc = target.type === 'datetime' && patternWantsUtc(target);
  const needsOffset = target.type === 'datetime' && patternWantsOffset(target);
  let offsets: number[] = [];
  const zone = reading.zone;
  const civil = candidate.day !== undefined ? ({ year: candidate.year, month: candidate.month ?? 1, day: candidate.day } as CivilDate) : undefined;
  if (zone?.kind === 'utc') offsets = [0];
  else if (zone?.kind === 'offset') offsets = [zone.minutes];
  else if (zone?.kind === 'paris' || ((needsUtc || needsOffset) && time && civil)) {
    if (!time || !civil) return { reason: 'unrecognized' };
    const paris = parisOffset(civil, time);
    if (paris.kind === 'skipped') return { reason: 'impossible', variant: 'skipped-hour' };
    if (paris.kind === 'unknown') return { reason: 'unknown-offset' };
    offsets = paris.kind === 'offset' ? [paris.minutes] : [...paris.minutes];
    if (!zone) {
      notes.push('zone-assumed-paris');
      offsets.push(0);
    }
  }
  const withOffset = (minutes: number | undefined): ResolvedDate => {
    if (minutes === undefined || !needsUtc || !civil || !time) return { ...base, offsetMinutes: minutes };
    const shifted = shiftMinutes(civil, time, -minutes);
    return { ...shifted.date, time: shifted.time, offsetMinutes: 0 };
  };
  if (target.type !== 'datetime') return { date: { ...base }, notes };
  const [first, second] = offsets;
  return { date: withOffset(first), alternative: second === undefined ? undefined : withOffset(second), notes };
}

/**
 * Reads `input` (a date as typed in France) and writes it in the form `target` wants.
 * Numeric dates are read day first unless the column proves month first (see analyzeDateColumn); when a
 * value can be read both ways and the column does not decide, the result is flagged ambiguous with the
 * other reading in `alternatives`. Impossible dates (31/04/2022) give no value.
 */
export function parseDateFr(input: string, target: DateTarget, columnContext?: DateColumnContext | readonly string[]): DateFixResult {
  const context = normalizeContext(columnContext);
  const readOptions = { excelSerials: context.excelSerials, excelDateSystem: context.excelDateSystem };
  const read = readDate(input, readOptions);
  if (!read.ok) return fail(read.reason, read.variant);
  const reading = read.reading;

  const analysis = reading.pair ? (context.analysis ?? (context.values ? analyzeDateColumn(context.values, readOptions) : undefined)) : undefined;
  const dayMonth = dayMonthCandidates(reading, analysis);
  if (dayMonth === 'impossible') return fail('impossible', 'date');

  const values: string[] = [];
  let notes: DateFixNote[] = [];
  let zoneAmbiguous = false;
  for (const [index, candidate] of dayMonth.candidates.entries()) {
    const resolved = resolveZone(candidate, reading, target);
    if ('reason' in resolved) return fail(resolved.reason, resolved.variant);
    const formatted = formatDateFor(resolved.date, target);
    if (!formatted.ok) return fail(formatted.reason, formatted.variant);
    values.push(formatted.text);
    if (resolved.alternative) {
      const other = formatDateFor(resolved.alternative, target);
      if (other.ok && other.text !== formatted.text) {
        values.push(other.text);
        if (index === 0) zoneAmbiguous = true;
      }
    }
    if (index === 0) notes = [...resolved.notes, ...formatted.notes];
  }

  const best = dayMonth.candidates[0];
  if (reading.twoDigitYear) notes.push('two-digit-year');
  if (reading.form === 'excel-serial') notes.push('excel-serial');
  if (reading.since) notes.push('since-dropped');
  if (dayMonth.against) notes.push('order-differs-from-column');
  if (reading.weekday !== undefined && best.day !== undefined && weekdayOf({ year: best.year, month: best.month ?? 1, day: best.day }) !== reading.weekday) {
    notes.push('weekday-mismatch');
  }
  const [value, ...rest] = values;
  const alternatives = [...new Set(rest)].filter((v) => v !== value);
  const ambiguous = (dayMonth.ambiguous || zoneAmbiguous) && alternatives.length > 0;
  return {
    ok: true,
    value,
    ambiguous,
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...(best.order ? { order: best.order } : {}),
    notes: [...new Set(notes)],
  };
}
