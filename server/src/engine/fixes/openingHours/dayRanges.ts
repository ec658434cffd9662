// The hours of one day as time ranges: their union, a closing time or a break cut out of them, a later
// closing, and whether later hours for a day narrow or widen the earlier ones. A range the text cannot mean
// makes the whole reading unusable.

import type { Qualifier } from './items';
import type { TimePoint, TimeRange } from './types';

/** A reading of the text that does not make a schedule (the caller tries the others). */
export class UnusableReading extends Error {}

export const minutes = (p: TimePoint) => (p.kind === 'clock' ? p.minutes : undefined);

/** Sorted union of clock ranges; ranges with solar events or crossing midnight are kept apart as written. */
export function unionRanges(ranges: TimeRange[]): { ranges: TimeRange[]; merged: boolean } {
  const simple = ranges.filter((r) => {
    const s = minutes(r.start);
    const e = minutes(r.end);
    return s !== undefined && e !== undefined && e > s;
  });
  const other = ranges.filter((r) => !simple.includes(r));
  simple.sort((a, b) => (minutes(a.start) as number) - (minutes(b.start) as number));
  const out: TimeRange[] = [];
  let merged = false;
  for (const r of simple) {
    const last = out[out.length - 1];
    if (last && (minutes(r.start) as number) <= (minutes(last.end) as number)) {
      merged = true;
      if ((minutes(r.end) as number) > (minutes(last.end) as number)) out[out.length - 1] = { start: last.start, end: r.end };
    } else out.push(r);
  }
  return { ranges: [...out, ...other], merged };
}

/**
 * Whether two of one rule's ranges overlap, beyond touching ("de 14h à 18h et de 14h à 19h en juillet-août"):
 * a text does not give the same hours twice, so such ranges are for different days or periods, not one union.
 */
export function rangesOverlap(ranges: readonly TimeRange[]): boolean {
  // A range past midnight runs on into the next day ("12h-5h / 19h-23h": the second is inside the first).
  const simple = ranges
    .map((r) => [minutes(r.start), minutes(r.end)] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined && p[1] !== p[0])
    .map(([start, end]) => [start, end > start ? end : end + 24 * 60] as const)
    .sort((a, b) => a[0] - b[0]);
  return simple.some((r, k) => k > 0 && r[0] < simple[k - 1][1]);
}

/**
 * Where French puts the limits: "matin" ends by 14h, "après-midi" starts at noon, "soir" at 16h, "midi" (a
 * restaurant's lunch) starts from 10h and ends by 16h; a half-day is either of the first two.
 */
export function fitsPeriod(q: Qualifier, r: TimeRange): boolean {
  const s = minutes(r.start);
  const e = minutes(r.end);
  if (q === 'allYear' || q === 'continuous') return true;
  if (s === undefined || e === undefined || e < s) return false;
  // "en demi-journée": a morning or an afternoon, never a range across both.
  if (q === 'halfDay') return fitsPeriod('morning', r) || fitsPeriod('afternoon', r);
  if (q === 'morning') return s < 12 * 60 && e <= 14 * 60;
  if (q === 'afternoon') return s >= 12 * 60;
  // A lunch service: from late morning to the early afternoon ("11h30-14h", "12h-14h30").
  if (q === 'midday') return s >= 10 * 60 && s < 14 * 60 && e > 12 * 60 && e <= 16 * 60;
  return s >= 16 * 60;
}

/**
 * The ranges of a day cut at an opening or closing time, which must fall inside them (else it would extend them)
 * and change them: "ouverture à 13h30" may be the start of the afternoon (the morning goes), not before it.
 */
export function clippedRanges(ranges: TimeRange[], openAt: TimePoint | undefined, closeAt: TimePoint | undefined): TimeRange[] {
  const at = minutes((openAt ?? closeAt) as TimePoint) as number;
  const late = closeAt && !openAt ? lateClose(ranges, at) : openAt && !closeAt ? earlyOpen(ranges, at) : undefined;
  if (late) return late;
  const within = (r: TimeRange) => {
    const s = minutes(r.start) as number;
    const e = minutes(r.end) as number;
    return openAt ? s <= at && at < e : s < at && at <= e;
  };
  if (!ranges.some(within)) throw new UnusableReading('clip-outside');
  const out: TimeRange[] = [];
  for (const r of ranges) {
    const s = minutes(r.start);
    const e = minutes(r.end);
    if (s === undefined || e === undefined || e <= s) throw new UnusableReading('clip-complex');
    const from = openAt ? Math.max(s, minutes(openAt) as number) : s;
    const to = closeAt ? Math.min(e, minutes(closeAt) as number) : e;
    if (to > from) out.push({ start: { kind: 'clock', minutes: from }, end: { kind: 'clock', minutes: to } });
  }
  if (out.length === 0) throw new UnusableReading('clip-all');
  if (JSON.stringify(out) === JSON.stringify(ranges)) throw new UnusableReading('clip-nothing');
  return out;
}

/**
 * "…de 14h à 18h, le jeudi jusqu'à 21h" (a late opening): a closing time after the day's last range moves its
 * end there, when that range already ends in the afternoon (from 14h): from a morning range ("9h-12h, le
 * mercredi jusqu'à 18h") it could bridge the lunch break or add an afternoon, which the text does not say.
 */
export function lateClose(ranges: TimeRange[], at: number): TimeRange[] | undefined {
  const last = ranges[ranges.length - 1];
  const end = last ? minutes(last.end) : undefined;
  const start = last ? minutes(last.start) : undefined;
  if (end === undefined || start === undefined || end <= start || at <= end || end < 14 * 60) return undefined;
  if (ranges.some((r) => minutes(r.start) === undefined || minutes(r.end) === undefined)) return undefined;
  return [...ranges.slice(0, -1), { start: last.start, end: { kind: 'clock', minutes: at } }];
}

/**
 * "(ouverture à 8h le samedi)" before "9h-19h": an opening time before the day's first range moves its start there,
 * when that range starts in the morning and the time is at most three hours before (from an afternoon range, "14h-18h
 * (ouverture dès 10h le dimanche)", the morning may keep a lunch break the text does not give).
 */
function earlyOpen(ranges: TimeRange[], at: number): TimeRange[] | undefined {
  const first = ranges[0];
  const start = first ? minutes(first.start) : undefined;
  const end = first ? minutes(first.end) : undefined;
  if (start === undefined || end === undefined || end <= start || at >= start || start > 12 * 60 || start - at > 3 * 60) return undefined;
  if (ranges.some((r) => minutes(r.start) === undefined || minutes(r.end) === undefined)) return undefined;
  return [{ start: { kind: 'clock', minutes: at }, end: first.end }, ...ranges.slice(1)];
}

/** Inside one of the ranges without sharing its start or its end. */
export function strictlyInside(r: TimeRange, outer: TimeRange[]): boolean {
  const s = minutes(r.start);
  const e = minutes(r.end);
  if (s === undefined || e === undefined) return false;
  return outer.some((o) => (minutes(o.start) as number) < s && e < (minutes(o.end) as number));
}

export function inside(r: TimeRange, outer: TimeRange[]): boolean {
  const s = minutes(r.start) as number;
  const e = minutes(r.end) as number;
  return outer.some((o) => (minutes(o.start) as number) <= s && e <= (minutes(o.end) as number));
}

/**
 * Later hours for some of the days already given: "du lundi au vendredi 9h-18h, le mercredi 9h-12h" narrows
 * Wednesday, "… le samedi 9h-17h" widens it; both replace. "du lundi au vendredi 9h-12h, le mercredi 14h-17h"
 * adds an afternoon when the caller allows it (`addition`: hours all after, or all before, the day's, with a gap);
 * else it may add or replace, and that reading is refused.
 */
export function overrideOrAddition(before: TimeRange[], after: TimeRange[], mayAdd: boolean): 'override' | 'addition' {
  if (clockRanges(before) && clockRanges(after)) {
    const narrows = after.every((r) => inside(r, before));
    const widens = before.every((r) => inside(r, after));
    if (narrows || widens || shifted(before, after)) return 'override';
    if (mayAdd && apart(before, after)) return 'addition';
    throw new UnusableReading('override-or-addition');
  }
  if (!shifted(before, after)) throw new UnusableReading('override-complex');
  return 'override';
}

/** Ranges of clock times, each ending after it starts. */
export function clockRanges(ranges: readonly TimeRange[]): boolean {
  return ranges.every((r) => minutes(r.start) !== undefined && minutes(r.end) !== undefined && (minutes(r.end) as number) > (minutes(r.start) as number));
}

/** Every range of `after` ends before the first of `before` starts, or starts after the last ends, with a gap. */
export function apart(before: TimeRange[], after: TimeRange[]): boolean {
  const starts = (rs: TimeRange[]) => rs.map((r) => minutes(r.start) as number);
  const ends = (rs: TimeRange[]) => rs.map((r) => minutes(r.end) as number);
  // "Tous les jours de 7h à minuit, 0h-2h le samedi": hours at midnight may go on from the night before.
  if ([...starts(before), ...starts(after)].includes(0) || [...ends(before), ...ends(after)].includes(24 * 60)) return false;
  return Math.min(...starts(after)) > Math.max(...ends(before)) || Math.max(...ends(after)) < Math.min(...starts(before));
}

/**
 * One range each, mostly the same hours, a night range included: "tous les jours de 7h à minuit, 8h-1h le samedi".
 * The day's hours moved; added to the others they would make one longer range, which no one writes that way.
 */
function shifted(before: TimeRange[], after: TimeRange[]): boolean {
  if (before.length !== 1 || after.length !== 1) return false;
  const span = (r: TimeRange) => {
    const [s, e] = [minutes(r.start), minutes(r.end)];
    return s === undefined || e === undefined || s === e ? undefined : ([s, e > s ? e : e + 24 * 60] as const);
  };
  const [a, b] = [span(before[0]), span(after[0])];
  if (a === undefined || b === undefined) return false;
  // Mostly the same hours (each shares at least half with the other): "du lundi au vendredi de 9h à 17h, le
  // vendredi de 14h à 20h" may add an evening.
  const common = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return common * 2 >= a[1] - a[0] && common * 2 >= b[1] - b[0];
}

export function subtractRange(ranges: TimeRange[], cut: TimeRange): TimeRange[] {
  const cs = minutes(cut.start);
  const ce = minutes(cut.end);
  if (cs === undefined || ce === undefined || ce <= cs) throw new UnusableReading('subtract-complex');
  const out: TimeRange[] = [];
  for (const r of ranges) {
    const s = minutes(r.start);
    const e = minutes(r.end);
    if (s === undefined || e === undefined || e <= s) throw new UnusableReading('subtract-complex');
    if (ce <= s || cs >= e) {
      out.push(r);
      continue;
    }
    if (cs > s) out.push({ start: r.start, end: { kind: 'clock', minutes: cs } });
    if (ce < e) out.push({ start: { kind: 'clock', minutes: ce }, end: r.end });
  }
  return out;
}

/**
 * "9h-12h / 14h-17h (17h30 le lundi)", "9h-12h (8h le samedi)": a lone time a little after the day's last end (from
 * noon) or before its first start (before noon) moves that end. Undefined otherwise.
 */
export function extendedTo(ranges: readonly TimeRange[], at: TimePoint): TimeRange[] | undefined {
  const t = minutes(at) as number;
  const spans = ranges.map((r) => [minutes(r.start), minutes(r.end)] as const);
  if (ranges.length === 0 || spans.some(([s, e]) => s === undefined || e === undefined || e <= s)) return undefined;
  const lastEnd = spans[spans.length - 1][1] as number;
  const firstStart = spans[0][0] as number;
  if (t > lastEnd && t >= 12 * 60 && t - lastEnd <= 3 * 60) return [...ranges.slice(0, -1), { start: ranges[ranges.length - 1].start, end: at }];
  if (t < firstStart && t < 12 * 60 && firstStart - t <= 3 * 60) return [{ start: at, end: ranges[0].end }, ...ranges.slice(1)];
  return undefined;
}
