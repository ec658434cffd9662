// Readings a text does not support: checks on one reading's rules, beside each other and once the week is built.
// Each throws `UnusableReading`; the converter then keeps the other readings, or refuses the text.

import { minutes, UnusableReading } from './dayRanges';
import { daysOfYear } from './layoutPasses';
import { takesOutAnEnd, type Rule } from './rules';
import { WEEKDAYS, type DateSelector, type TimeRange, type Weekday } from './types';
import type { OpeningModel } from './weekModel';

/** "sauf les jours fériés" as a rule of its own: exceptions and nothing that acts. */
function isExceptOnly(r: Rule): boolean {
  return r.excepts.length > 0 && !r.days && r.times.length === 0 && !r.closed && r.comment === undefined && !r.openAt && !r.closeAt && !r.atTime;
}

function isHeaderOnly(r: Rule): boolean {
  return r.header !== undefined && !r.days && r.times.length === 0 && !r.closed && !r.comment && !r.openAt && !r.closeAt && r.excepts.length === 0;
}

/** Ranges out of the day's order, or one starting where the one before ends. */
function addedHours(times: readonly TimeRange[]): boolean {
  return times.some((r, k) => {
    const next = times[k + 1];
    const [end, nextStart] = [minutes(r.end), next && minutes(next.start)];
    return next !== undefined && end !== undefined && nextStart !== undefined && ((minutes(r.start) ?? 0) > nextStart || end === nextStart);
  });
}

/** Rule k read beside the rules before it. */
export function checkBesideOthers(rules: readonly Rule[], k: number): void {
  const r = rules[k];
  // "tous les jours de 14h à 18h et de 10h à 12h en juillet-août", "de 14h à 18h et de 18h à 20h en août", "… et le
  // matin de 9h à 12h en juillet-août": hours out of order, touching, or named by a part of the day before a part of
  // the year look added for it; the part of the year may be theirs only (found by probing).
  if (r.scopeAfterLastTime && r.times.length > 1 && (addedHours(r.times) || r.qualifiers.length > 0)) throw new UnusableReading('period-for-which-hours');
  // The same after hours out of order and before days, holidays, school holidays or an exception ("de 14h à 18h et
  // de 10h à 12h le dimanche", "… pendant les vacances scolaires", "… sauf en juillet-août").
  const selectorAfter = r.timesFirst || r.school !== undefined || r.excepts.length > 0 || r.holidaysToo === true || r.days?.holidays === true;
  if (r.times.length > 1 && selectorAfter && addedHours(r.times)) throw new UnusableReading('selector-for-which-hours');
  if (k > 0 && isExceptOnly(r) && !r.afterHardSep && rules[k - 1].times.length > 1 && addedHours(rules[k - 1].times)) throw new UnusableReading('selector-for-which-hours');
  // "tous les jours de 14h à 18h et de 10h à 12h sauf en juillet-août": hours added to the rule before, with a
  // part of the year taken out, would close that part of the year whole.
  if (k > 0 && !r.days && r.times.length > 0 && !r.afterHardSep && r.excepts.some((ex) => ex.selector !== undefined)) throw new UnusableReading('added-hours-except-period');
  // "Fermé le lundi, sauf les jours fériés", "Fermé en août sauf le mardi de 9h à 12h": an exception after a
  // closure takes out of it (open at hours not given, or in that part of the year only).
  if (k > 0 && rules[k - 1].closed && (isExceptOnly(r) || r.replaces)) throw new UnusableReading('except-from-closure');
  // "Du lundi au vendredi de 9h à 19h sauf le mercredi fermé de 12h à 14h": the break may be Wednesday's only.
  if (k > 0 && r.closed && !r.days && r.times.length > 0 && !r.afterHardSep && rules[k - 1].excepts.length > 0) throw new UnusableReading('break-after-exception');
  // "fermé en août et le mercredi de 12h à 14h": "et" after a closure goes on with what is closed.
  if (k > 0 && rules[k - 1].closed && r.afterEt && !r.closed && (r.times.length > 0 || r.openAt || r.closeAt)) throw new UnusableReading('opens-after-closure-and');
  if (k > 0 && isExceptOnly(r) && !r.afterHardSep && r.excepts.some((ex) => takesOutAnEnd(rules[k - 1], ex.days))) throw new UnusableReading('except-from-last-hours');
}

/** The reading whole, once its week is built. */
export function checkWholeReading(rules: readonly Rule[], model: OpeningModel): void {
  // "lundi 14h-18h (fermé pendant les vacances scolaires), mardi au vendredi …": in brackets among other rules,
  // the holidays may be the day's before them or everyone's.
  if (rules.length > 2 && rules.some((r) => r.school !== undefined && !r.days && r.bracketed)) throw new UnusableReading('school-holidays-for-which-rules');
  checkImpliedDays(model);
  checkPartialPeriods(model);
  checkPeriodsCross(model);
  // "Hors vacances scolaires" holds for the whole text only when it opens it: said later, it would close
  // during the holidays rules written before it.
  const termOnlyForAll = rules.length === 1 || (rules[0]?.school === 'outside' && rules[0].schoolFirst === true);
  if (rules.some((r) => r.school === 'outside') && !termOnlyForAll) throw new UnusableReading('term-only-not-first');
  // "Hors vacances scolaires : mardi 16h-18h. Toute l'année : samedi 10h-12h": "SH off" would close Saturday too.
  if (model.termOnly && rules.some((r) => r.qualifiers.some((q) => q.qualifier === 'allYear'))) throw new UnusableReading('term-only-beside-all-year');
  // "Hors vacances scolaires : lundi 9h-12h, en juillet-août mardi 10h-12h": the "SH off" of the school term would
  // close a part of the year that may be the holidays themselves.
  if (model.termOnly && model.scoped.some((s) => s.week.slots.some((slot) => slot !== undefined && slot.schedule.kind !== 'off'))) throw new UnusableReading('term-only-with-period');
  // "de 9h à 12h et de 2h à 6h": hours in the small hours beside daytime ones on a day are a 12-hour clock's afternoon.
  for (const week of [model.base, ...model.scoped.map((sc) => sc.week)]) {
    for (const slot of week.slots) if (slot?.schedule.kind === 'open' && twelveHourClock(slot.schedule.ranges)) throw new UnusableReading('twelve-hour-clock');
  }
  // A part of the year written alone at the end applies to nothing: that is not a reading of the text.
  const last = rules[rules.length - 1];
  if (last && isHeaderOnly(last)) throw new UnusableReading('trailing-header');
}

/**
 * "Lundi, mardi, jeudi de 9h à 12h ; en juillet, (uniquement) le mardi de 9h à 12h": a part of the year, as a
 * heading, that opens some days and says nothing of others the year opens may be that part's whole timetable (the
 * others closed) or a change of those days only; one value cannot say both (found by probing). The same when the days it opens are
 * not open the rest of the year ("du lundi au vendredi … ; en juillet-août : le samedi de 9h à 12h").
 */
function checkPartialPeriods(model: OpeningModel): void {
  const baseOpen = (d: Weekday) => model.base.slots[d]?.schedule.kind === 'open';
  for (const { week, key } of model.scoped) {
    // Written after the hours ("Mardi 14h-18h en juillet"), the part of the year is those hours' only.
    if (!model.headed.has(key)) continue;
    const opens = WEEKDAYS.some((d) => week.slots[d]?.schedule.kind === 'open');
    const untold = WEEKDAYS.some((d) => week.slots[d] === undefined && baseOpen(d));
    if (opens && untold) throw new UnusableReading('part-of-year-for-some-days');
  }
}

/**
 * "Tous les jours de 10h à 18h d'avril à octobre, tous les jours de 14h à 17h de septembre à mars": two parts of the
 * year that share days, neither inside the other, say two hours for those days (found by probing: the later one
 * won). One inside the other is a change for part of it ("10h-18h ; juillet-août : 10h-19h"), as written.
 */
function checkPeriodsCross(model: OpeningModel): void {
  const scoped = model.scoped;
  for (let a = 0; a < scoped.length; a++) {
    for (let b = a + 1; b < scoped.length; b++) if (periodsCross(scoped[a].selector, scoped[b].selector)) throw new UnusableReading('periods-cross');
  }
}

const crossMemo = new Map<string, boolean>();

/** Whether two parts of the year share days, neither inside the other (memoised: asked for every reading). */
function periodsCross(one: DateSelector, other: DateSelector): boolean {
  const key = `${JSON.stringify(one)}|${JSON.stringify(other)}`;
  const known = crossMemo.get(key);
  if (known !== undefined) return known;
  const [x, y] = [daysOfYear(one), daysOfYear(other)];
  let crosses = false;
  if (x && y) {
    const inY = new Set(y);
    const shared = x.filter((d) => inY.has(d)).length;
    crosses = shared > 0 && shared < x.length && shared < y.length;
  }
  if (crossMemo.size > 2000) crossMemo.clear();
  crossMemo.set(key, crosses);
  return crosses;
}

/**
 * Hours written without days beside closing days ("de 9h à 12h, fermé le samedi") are every other day's only
 * when that includes nothing the writer took for granted: with Sunday closed ("fermé le dimanche") or one weekday
 * ("fermé le lundi", "fermé le mercredi": the weekly closing day of museums, bakeries, markets and shops open on
 * Sunday; flagged `weekly-closing`, refused by the caller for an office). "Fermé le samedi", or "le mardi et le
 * jeudi", says nothing of Sunday.
 */
function checkImpliedDays(model: OpeningModel): void {
  if (!model.implicitDays) return;
  const slots = model.base.slots;
  const off = WEEKDAYS.filter((d) => slots[d]?.schedule.kind === 'off');
  if (off.includes(6)) return;
  if (off.length > 1 || (off.length === 1 && off[0] === 5)) throw new UnusableReading('implied-days-sunday');
  // One weekday closed, excepted or cut ("fermé le mercredi", "sauf mercredi", "fermé le jeudi après-midi"): Sunday
  // is taken as open, which the caller refuses when the text names an office, closed at weekends as a matter of
  // course. (Hours alone, with no day said at all, are every day's, as written.)
  const schedules = new Set(WEEKDAYS.map((d) => JSON.stringify(slots[d]?.schedule ?? null)));
  if (off.length === 1 || schedules.size > 1) model.review.add('weekly-closing');
}

/** "8h-12h et 2h-6h": a range in the small hours (from after midnight to 8h at the latest) beside daytime ones. */
export function twelveHourClock(ranges: readonly TimeRange[]): boolean {
  const small = (r: TimeRange) => {
    const [start, end] = [minutes(r.start) ?? 0, minutes(r.end) ?? 0];
    return start > 0 && start < 7 * 60 && end <= 8 * 60 && start < end;
  };
  return ranges.some(small) && ranges.some((r) => !small(r));
}
