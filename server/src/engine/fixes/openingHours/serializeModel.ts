// Writes a week model as a canonical OpenStreetMap opening_hours value: days with identical hours merged
// ("Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00"), then n-th weekdays, parts of the year, PH, closed periods.

import { lastDayOfMonth } from './datePhrases';
import { daysOfYear } from './layoutPasses';
import { hasOpening, type OpeningModel, type Schedule, type Week } from './weekModel';
import { OSM_MONTH, OSM_WEEKDAY, type DateSelector, type MonthDay, type TimePoint, type TimeRange, type Weekday } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes since midnight as OSM writes them ("09:30", "24:00"). */
export function clockText(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function timePoint(p: TimePoint): string {
  return p.kind === 'event' ? p.event : clockText(p.minutes);
}

function timeRange(r: TimeRange): string {
  return `${timePoint(r.start)}-${timePoint(r.end)}`;
}

function quote(comment: string): string {
  return `"${comment.replace(/"/g, "'")}"`;
}

export function scheduleText(s: Schedule): string {
  if (s.kind === 'off') return 'off';
  if (s.kind === 'comment') return quote(s.comment);
  const hours = s.ranges.map(timeRange).join(',');
  return s.comment ? `${hours} ${quote(s.comment)}` : hours;
}

/**
 * Numbers joined into a list of runs: a run of at least `minRun` consecutive numbers as "first-last", the others
 * one by one ("Mo-We,Fr,Su"; "Jan,Jun-Aug,Dec").
 */
function runsText(numbers: readonly number[], name: (n: number) => string, minRun: number): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    if (end - k + 1 >= minRun) parts.push(`${name(sorted[k])}-${name(sorted[end])}`);
    else for (let j = k; j <= end; j++) parts.push(name(sorted[j]));
    k = end + 1;
  }
  return parts.join(',');
}

/** "Mo-We,Fr,Su": runs of three or more days as ranges, pairs and single days with commas. */
export function weekdaysText(days: readonly Weekday[]): string {
  return runsText(days, (d) => OSM_WEEKDAY[d], 3);
}

function monthDay(d: MonthDay): string {
  return `${OSM_MONTH[d.month - 1]} ${pad(d.day)}`;
}

/** A moveable feast: "easter", "easter +1 day", "easter +39 days", "easter -2 days". */
function easterText(days: number): string {
  if (days === 0) return 'easter';
  return `easter ${days > 0 ? '+' : '-'}${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export function selectorText(s: DateSelector): string {
  switch (s.kind) {
    case 'months':
      return s.from === s.to ? OSM_MONTH[s.from - 1] : `${OSM_MONTH[s.from - 1]}-${OSM_MONTH[s.to - 1]}`;
    case 'monthList':
      // Consecutive months as a range ("juillet et août" → "Jul-Aug"), the others listed.
      return runsText(s.months, (m) => OSM_MONTH[m - 1], 2);
    case 'dates':
      return s.dates.map(monthDay).join(',');
    case 'feasts':
      return [...s.dates.map(monthDay), ...s.easter.map(easterText)].join(',');
    case 'fromEaster':
      return `${easterText(s.easter)}-${monthDay(s.to)}`;
    case 'rangeList':
      return s.ranges.map((r) => selectorText({ kind: 'dateRange', from: r.from, to: r.to })).join(',');
    case 'dateRange': {
      const { from, to } = s;
      // Whole months read better as months: "du 1er avril au 30 septembre" → "Apr-Sep".
      if (from.day === 1 && to.day === lastDayOfMonth(to.month) && !(from.month === to.month && to.day === 1)) {
        return selectorText({ kind: 'months', from: from.month, to: to.month });
      }
      if (from.month === to.month && from.day === to.day) return monthDay(from);
      if (from.month === to.month && from.day < to.day) return `${monthDay(from)}-${pad(to.day)}`;
      return `${monthDay(from)}-${monthDay(to)}`;
    }
  }
}

interface WeekRulesOptions {
  prefix: string;
  /** Leave closed days out (the default state), as in the base week. */
  omitOff: (day: Weekday) => boolean;
  /** How to write "every day": "Mo-Su" or nothing (times only, or a part of the year alone), per schedule. */
  everyDay: string | ((schedule: string) => string);
  /** A whole week closed is written ("Aug off") for a part of the year, left out for the base week. */
  writeClosedWeek: boolean;
  /** Public holidays are written by the caller (a part of the year's go after the all-year `PH` rule). */
  holidaysApart?: boolean;
  /** Rules after a night range may be additional rules (","): only when no later rule overrides a day. */
  nightsKept?: boolean;
}

function weekRules(week: Week, opts: WeekRulesOptions): string[] {
  const groups = new Map<string, Weekday[]>();
  const filled: Weekday[] = [];
  for (let d = 0 as Weekday; d < 7; d = (d + 1) as Weekday) {
    const slot = week.slots[d];
    if (!slot) continue;
    filled.push(d);
    const key = scheduleText(slot.schedule);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: string[] = [];
  const join = (...parts: string[]) => parts.filter((p) => p !== '').join(' ');
  if (filled.length === 7 && groups.size === 1 && (opts.writeClosedWeek || !groups.has('off'))) {
    const schedule = [...groups.keys()][0];
    out.push(join(opts.prefix, typeof opts.everyDay === 'string' ? opts.everyDay : opts.everyDay(schedule), schedule));
  } else {
    const spilledInto = new Set<Weekday>();
    for (const [key, days] of groups) {
      const kept = key === 'off' ? days.filter((d) => !opts.omitOff(d)) : days;
      if (kept.length === 0) continue;
      const rule = join(opts.prefix, weekdaysText(kept), key);
      const schedule = week.slots[kept[0]]?.schedule;
      // "Mo-Th 09:00-01:00, Fr,Sa 09:00-03:00": a rule for the day after a night range is an additional rule
      // (","), or it would wipe that night's hours past midnight. Safe only because the days of these rules do
      // not overlap; a closed day stays a normal rule. Not when a later rule (a part of the year, "PH off", an n-th
      // weekday) replaces a whole day: there it would cut the night before at midnight, and the library says nothing.
      if (opts.nightsKept && out.length > 0 && schedule?.kind === 'open' && kept.some((d) => spilledInto.has(d))) out[out.length - 1] += `, ${rule}`;
      else out.push(rule);
      if (schedule?.kind === 'open' && schedule.ranges.some(runsPastMidnight)) kept.forEach((d) => spilledInto.add(((d + 1) % 7) as Weekday));
    }
  }
  for (const n of week.nth) out.push(join(opts.prefix, `${OSM_WEEKDAY[n.day]}[${n.nths.join(',')}]`, scheduleText(n.schedule)));
  if (week.holidays && !opts.holidaysApart) out.push(join(opts.prefix, 'PH', scheduleText(week.holidays)));
  return out;
}

function runsPastMidnight(r: TimeRange): boolean {
  return r.start.kind === 'clock' && r.end.kind === 'clock' && r.end.minutes < r.start.minutes;
}

const FULL_DAY = (s: Schedule | undefined) =>
  s?.kind === 'open' && !s.comment && s.ranges.length === 1 && timeRange(s.ranges[0]) === '00:00-24:00';

/** The value, or undefined when the model says nothing (no open hours, no closure). */
export function serializeModel(model: OpeningModel): string | undefined {
  const { base } = model;
  if (model.globalOff) return 'off';
  const nothingElse = base.nth.length === 0 && model.scoped.length === 0 && model.holidays === undefined && model.closures.length === 0 && !model.schoolHolidays && !model.termOnly;
  if (nothingElse && base.slots.every((s) => FULL_DAY(s?.schedule))) return '24/7';
  const rules: string[] = [];
  // Only closures ("Fermé le lundi et les jours fériés"): the closed weekdays are written too, or the value would
  // keep the holidays and drop the Monday.
  const closuresOnly = !hasOpening(model);
  rules.push(...weekRules(base, { prefix: '', omitOff: () => !closuresOnly, everyDay: model.implicitDays ? '' : 'Mo-Su', writeClosedWeek: closuresOnly, nightsKept: nothingElse }));
  const baseOpen = (d: Weekday) => {
    const s = base.slots[d]?.schedule;
    return (s !== undefined && s.kind !== 'off') || base.nth.some((n) => n.day === d);
  };
  // A part of the year closed all week ("fermé le 25 décembre") goes after PH and SH, or they would open it again.
  const closedAllWeek = (w: Week) => w.slots.every((slot) => slot?.schedule.kind === 'off') && w.nth.length === 0 && w.holidays === undefined;
  const scopedText = (scope: OpeningModel['scoped'][number]) => {
    // After a lone month name, Validata's parser (opening-hours-py 0.6) reads "Aug 09:00" as the date Aug 09
    // and refuses the rest: "Aug Mo-Su 09:00-12:00" says the same and passes everywhere ("Aug off" does).
    // (Also a date range written as one whole month: "du 1er juin au 30 juin" is "Jun".)
    // The same after a list ending with a lone month: "Apr-Jun,Sep 09:30" is read as the date Sep 09.
    const loneMonth = /(?:^|,)[A-Z][a-z]{2}$/.test(selectorText(scope.selector));
    const everyDay = loneMonth ? (schedule: string) => (/^\d/.test(schedule) ? 'Mo-Su' : '') : '';
    // (A day closed in a part of the year inside another that opens it is written too: "10h-19h d'avril à octobre,
    // fermé le lundi en avril" lost April's Mondays, found by probing.)
    const inside = (outer: DateSelector) => {
      const [small, big] = [daysOfYear(scope.selector), daysOfYear(outer)];
      if (!small || !big) return false;
      const all = new Set(big);
      return small.every((d) => all.has(d));
    };
    const otherOpen = (d: Weekday) => model.scoped.some((other) => other !== scope && other.week.slots[d] !== undefined && other.week.slots[d]?.schedule.kind !== 'off' && inside(other.selector));
    return weekRules(scope.week, { prefix: selectorText(scope.selector), omitOff: (d) => !baseOpen(d) && !otherOpen(d), everyDay, writeClosedWeek: true, holidaysApart: true });
  };
  // A part of the year's public holidays after the all-year PH rule, which would otherwise override them ("Ouvert les
  // jours fériés sauf le 1er mai": "PH 10:00-18:00; May 01 PH off").
  const scopedHolidays = model.scoped.flatMap((scope) => (scope.week.holidays ? [`${selectorText(scope.selector)} PH ${scheduleText(scope.week.holidays)}`] : []));
  for (const scope of model.scoped) if (!closedAllWeek(scope.week)) rules.push(...scopedText(scope));
  if (model.holidays) rules.push(`PH ${scheduleText(model.holidays)}`);
  rules.push(...scopedHolidays);
  if (model.schoolHolidays) rules.push(`SH ${scheduleText(model.schoolHolidays)}`);
  else if (model.termOnly) rules.push('SH off');
  for (const scope of model.scoped) if (closedAllWeek(scope.week)) rules.push(...scopedText(scope));
  for (const c of model.closures) rules.push(`${selectorText(c)} off`);
  return rules.length > 0 ? rules.join('; ') : undefined;
}
