// Decides, for a whole column, whether numeric dates are written day first (French) or month first.
import { readDate, type ReadDateOptions } from './readDate';

export type DayMonthOrder = 'dd/mm' | 'mm/dd';

/**
 * proven: some values can only be read one way and none the other way.
 * conflicting: some values prove day first and others month first; each value is then read on its own.
 * assumed: every numeric value could be read both ways; the French day-first reading is assumed.
 * not-applicable: no value is a numeric day/month date.
 */
export type DayMonthConfidence = 'proven' | 'assumed' | 'conflicting' | 'not-applicable';

export interface DateColumnAnalysis {
  order: DayMonthOrder;
  confidence: DayMonthConfidence;
  /** Values whose first number is above 12 (only a day fits): they prove dd/mm. */
  dayFirst: number;
  /** Values whose second number is above 12: they prove mm/dd. */
  monthFirst: number;
  /** Numeric values with both numbers ≤ 12 and different (01/02/2022): readable both ways. */
  ambiguous: number;
  /** Values read as a date of any form. */
  parsed: number;
  /** Non-empty values that are not dates at all. */
  unparsed: number;
  /** Bare numbers that would be Excel serial dates (counted even when serials are not enabled). */
  bareNumbers: number;
  total: number;
}

/** Counts the evidence each non-empty value gives about the day/month order. */
export function analyzeDateColumn(values: Iterable<string>, options: ReadDateOptions = {}): DateColumnAnalysis {
  const analysis: DateColumnAnalysis = { order: 'dd/mm', confidence: 'not-applicable', dayFirst: 0, monthFirst: 0, ambiguous: 0, parsed: 0, unparsed: 0, bareNumbers: 0, total: 0 };
  for (const value of values) {
    if (value.trim() === '') continue;
    analysis.total++;
    const read = readDate(value, options);
    if (!read.ok) {
      if (read.reason === 'bare-number') analysis.bareNumbers++;
      else analysis.unparsed++;
      continue;
    }
    analysis.parsed++;
    if (read.reading.form === 'excel-serial') analysis.bareNumbers++;
    const pair = read.reading.pair;
    if (!pair) continue;
    if (pair.first > 12 && pair.second <= 12) analysis.dayFirst++;
    else if (pair.second > 12 && pair.first <= 12) analysis.monthFirst++;
    else if (pair.first <= 12 && pair.second <= 12 && pair.first !== pair.second) analysis.ambiguous++;
  }
  if (analysis.dayFirst > 0 && analysis.monthFirst > 0) {
    analysis.confidence = 'conflicting';
    analysis.order = analysis.monthFirst > analysis.dayFirst ? 'mm/dd' : 'dd/mm';
  } else if (analysis.monthFirst > 0) {
    analysis.confidence = 'proven';
    analysis.order = 'mm/dd';
  } else if (analysis.dayFirst > 0) {
    analysis.confidence = 'proven';
  } else if (analysis.ambiguous > 0) {
    analysis.confidence = 'assumed';
  }
  return analysis;
}
