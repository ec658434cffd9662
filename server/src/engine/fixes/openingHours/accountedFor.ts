// A last check of a conversion against its text: every clock time, month, public or school holiday and comment
// the text names must be found in the value written. A reading that dropped hours ("8H- 17H sur RDV" read as the appointment alone) or a
// month ("en juillet-août" read as July) is then refused, whatever rule of the grammar let it through.

import { monthsBetween } from './datePhrases';
import type { Item } from './items';
import { clockText } from './serializeModel';
import { OSM_MONTH, type DateSelector, type TimePoint } from './types';

const MONTHS: readonly string[] = OSM_MONTH;
const DAY_MINUTES = 24 * 60;

/** The value without its quoted comments (a comment's words are the writer's, not the schedule). */
function withoutComments(value: string): string {
  return value.replace(/"[^"]*"/g, '""');
}

/** The time ranges of a value, in minutes; a range past midnight ends the next day. */
function valueRanges(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (/(^|[\s;])24\/7\b/.test(withoutComments(value))) ranges.push([0, DAY_MINUTES]);
  for (const m of withoutComments(value).matchAll(/(\d{2}):(\d{2})-(\d{2}):(\d{2})/g)) {
    const start = Number(m[1]) * 60 + Number(m[2]);
    let end = Number(m[3]) * 60 + Number(m[4]);
    if (end <= start) end += DAY_MINUTES;
    ranges.push([start, end]);
  }
  // A time that bounds a range whose other end is the sun ("09:00-sunset").
  const events = '(?:sunrise|sunset|dawn|dusk)';
  for (const m of withoutComments(value).matchAll(new RegExp(`(\\d{2}):(\\d{2})-${events}|${events}-(\\d{2}):(\\d{2})`, 'g'))) {
    const t = m[1] !== undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[3]) * 60 + Number(m[4]);
    ranges.push([t, t]);
  }
  return ranges;
}

/** Found when it bounds a range of the value or lies inside one ("9h-12h et 12h-18h" written "09:00-18:00"). */
function timeFound(minutes: number, ranges: ReadonlyArray<[number, number]>): boolean {
  const forms = minutes === 0 || minutes === DAY_MINUTES ? [0, DAY_MINUTES] : [minutes, minutes + DAY_MINUTES];
  return forms.some((t) => ranges.some(([start, end]) => start <= t && t <= end));
}

/** The months a value's selectors cover ("Jul-Aug", "Jun 15-Sep 15", "Dec 24", "Nov-Feb"). */
function valueMonths(value: string): Set<number> {
  const covered = new Set<number>();
  const month = MONTHS.join('|');
  const selector = new RegExp(`\\b(${month})(?: \\d{2})?(?:-(?:(${month})(?: \\d{2})?|\\d{2}))?\\b`, 'g');
  for (const m of withoutComments(value).matchAll(selector)) {
    const from = MONTHS.indexOf(m[1]) + 1;
    const to = m[2] === undefined ? from : MONTHS.indexOf(m[2]) + 1;
    for (const k of monthsBetween(from, to)) covered.add(k);
  }
  return covered;
}

/** The months a selector of the text names (a whole year names none: the value may leave it out). */
function selectorMonths(s: DateSelector): number[] {
  switch (s.kind) {
    case 'months':
      return s.from === 1 && s.to === 12 ? [] : [s.from, s.to];
    case 'monthList':
      return s.months;
    case 'dates':
    case 'feasts':
      return s.dates.map((d) => d.month);
    case 'fromEaster':
      return [s.to.month];
    case 'rangeList':
      return s.ranges.flatMap((r) => [r.from.month, r.to.month]);
    case 'dateRange':
      return s.from.month === 1 && s.from.day === 1 && s.to.month === 12 && s.to.day === 31 ? [] : [s.from.month, s.to.month];
  }
}

function clockMinutes(p: TimePoint): number[] {
  return p.kind === 'clock' ? [p.minutes] : [];
}

/** The clock times and months the items name (those inside comments are not items of their own). */
function namedInText(items: readonly Item[]): { times: number[]; months: number[] } {
  const times: number[] = [];
  const months: number[] = [];
  for (const it of items) {
    if (it.kind === 'time') times.push(...clockMinutes(it.range.start), ...clockMinutes(it.range.end));
    else if (it.kind === 'openAt' || it.kind === 'closeAt' || it.kind === 'atTime') times.push(...clockMinutes(it.time));
    else if (it.kind === 'scope') months.push(...selectorMonths(it.selector));
    else if (it.kind === 'except' && it.selector) months.push(...selectorMonths(it.selector));
  }
  return { times, months };
}

/**
 * What the text names and the value lost, for the refusal's detail ("17:00", "Aug"); empty when every clock
 * time and month of the text is in the value.
 */
export function lostFromText(items: readonly Item[], value: string): string[] {
  const { times, months } = namedInText(items);
  const ranges = valueRanges(value);
  const covered = valueMonths(value);
  const lost = [...new Set(times)].filter((t) => !timeFound(t, ranges)).map(clockText);
  for (const m of new Set(months)) if (!covered.has(m)) lost.push(MONTHS[m - 1]);
  // Public holidays, school holidays and comments the text names are written in the value too.
  const written = withoutComments(value);
  const holidays = items.some((it) => (it.kind === 'days' || it.kind === 'except') && it.days?.holidays === true) || items.some((it) => it.kind === 'holidaysToo');
  if (holidays && !/\bPH\b/.test(written)) lost.push('PH');
  if (items.some((it) => it.kind === 'schoolHolidays' && it.when !== 'unsure') && !/\bSH\b/.test(written)) lost.push('SH');
  for (const it of items) if (it.kind === 'comment' && !value.includes(`"${it.text}"`)) lost.push(`"${it.text}"`);
  return [...new Set(lost)];
}
