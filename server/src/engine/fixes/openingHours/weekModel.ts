// The week model (as in YoHours): for each weekday a schedule, plus n-th weekdays, public holidays, parts of the
// year with their own week, and closed periods. Rules are applied in the order of the text; later ones override.

import { isHalfDay, type Qualifier } from './items';
import { apart, clippedRanges, clockRanges, extendedTo, fitsPeriod, minutes, overrideOrAddition, rangesOverlap, strictlyInside, subtractRange, unionRanges, UnusableReading } from './dayRanges';
import { lastDayOfMonth } from './datePhrases';
import { closeInEveryPeriod } from './periodClosures';
import { checkBesideOthers, checkWholeReading } from './readingChecks';
import type { Rule } from './rules';
import { WEEKDAYS, type DateSelector, type DaySet, type MonthDay, type ReviewReason, type TimePoint, type TimeRange, type Weekday } from './types';

export type Schedule =
  | { kind: 'open'; ranges: TimeRange[]; comment?: string }
  | { kind: 'off' }
  | { kind: 'comment'; comment: string };

interface Slot {
  schedule: Schedule;
  /** Index of the rule that set it, and which days that rule named (to tell "again the same days" from an override). */
  rule: number;
  daysKey: string;
  /** The weekdays that rule named, when it set them all at once. */
  ruleDays?: readonly Weekday[];
}

export interface Week {
  slots: Array<Slot | undefined>;
  nth: Array<{ day: Weekday; nths: number[]; schedule: Schedule }>;
  /** Public holidays within a part of the year ("Basse saison : … samedi, dimanche, jours fériés de 8h à 12h"). */
  holidays?: Schedule;
}

export interface OpeningModel {
  base: Week;
  scoped: Array<{ selector: DateSelector; key: string; week: Week }>;
  holidays?: Schedule;
  closures: DateSelector[];
  /** Times were given with no day at all ("09h00 - 12h00 et 14h00 - 18h00"). */
  implicitDays: boolean;
  /** The whole text is "Fermé". */
  globalOff: boolean;
  /** The schedule during school holidays (`SH`), written for every day. */
  schoolHolidays?: Schedule;
  /** The text gives the hours outside school holidays only: closed during them unless `schoolHolidays` says otherwise. */
  termOnly: boolean;
  review: Set<ReviewReason>;
  /** The parts of the year written as headings ("En juillet, …", "De novembre à mars : …"). */
  headed: Set<string>;
}


function emptyDays(): DaySet {
  return { plain: new Set(), nth: [], holidays: false };
}

function newWeek(): Week {
  return { slots: new Array<Slot | undefined>(7).fill(undefined), nth: [] };
}

export function selectorKey(s: DateSelector): string {
  return JSON.stringify(s);
}

function daySetKey(d: DaySet): string {
  return JSON.stringify([[...d.plain].sort(), d.nth, d.holidays]);
}

/**
 * "matin", "après-midi", "soir" only confirm the hours: one written next to a range must fit it (or the other
 * neighbour), one written apart must fit them all. "en journée continue" means a single range.
 */
function qualifierFits(rule: Rule, ranges: TimeRange[]): boolean {
  return rule.qualifiers.every(({ qualifier, near }) => {
    if (qualifier === 'continuous') return ranges.length <= 1;
    // "en demi-journée": one half of the day, not both.
    if (qualifier === 'halfDay' && ranges.length > 1) return false;
    if (near.length > 0) return near.some((r) => fitsPeriod(qualifier, r));
    return ranges.every((r) => fitsPeriod(qualifier, r));
  });
}

export { UnusableReading, unionRanges } from './dayRanges';

/** Hours given for fewer days than this ("du 28 août au 1er septembre") are an occasion, not a season. */
const MIN_SEASON_DAYS = 14;

/** Days from one date to the other, both counted, over the turn of the year if needed. */
function daysSpanned(from: MonthDay, to: MonthDay): number {
  const dayOfYear = (d: MonthDay) => d.day + Array.from({ length: d.month - 1 }, (_, m) => lastDayOfMonth(m + 1)).reduce((a, b) => a + b, 0);
  const span = dayOfYear(to) - dayOfYear(from);
  return (span >= 0 ? span : span + dayOfYear({ month: 12, day: 31 })) + 1;
}

export class ModelBuilder {
  readonly model: OpeningModel = { base: newWeek(), scoped: [], closures: [], implicitDays: false, globalOff: false, termOnly: false, review: new Set(), headed: new Set() };
  /** A comment written apart ("…, sur réservation"), for every rule. */
  everyRuleComment?: string;
  private header?: { selector: DateSelector; extent: 'sentence' | 'rest' };
  /** Where each rule with days or times went: the base week, a period named in the rule, or under a heading. */
  readonly placement: Array<'base' | 'tail' | 'header' | 'closure'> = [];
  /** The hours the last rule that opened gave, and where: "(17h le samedi)" may give them to a day not named yet. */
  private lastOpened?: { week: Week; schedule: Schedule; index: number };
  private holidaysRule = -1;
  /** The days of the rule a date was excepted from ("sauf le 1er mai"), once one was. */
  private exceptedDateDays: Set<Weekday> | undefined;
  /** Whether a rule took the current heading's part of the year. */
  private headerUsed = false;
  /** The times of the last rule, for "aux mêmes horaires". */
  private lastTimes?: TimeRange[];
  private holidaysKey = '';

  constructor(private readonly inputHasDays: boolean) {}

  private flag(r: ReviewReason): void {
    this.model.review.add(r);
  }

  /**
   * A part of the year written as a heading that no rule took ("en juillet-août" read as "juillet", then "août"
   * before rules with periods of their own) is a reading that drops it: not a reading of the text.
   */
  endHeader(): void {
    if (this.header && !this.headerUsed) throw new UnusableReading('unused-header');
    this.header = undefined;
    this.headerUsed = false;
  }

  private weekFor(selector: DateSelector | undefined, opens = false): Week {
    if (!selector) return this.model.base;
    // "sera ouverte du 28 août au 1er septembre de 9h à 20h": hours for a few days are one occasion of a year
    // not given, not a part of every year.
    // (One date alone is not a span: "le 12 octobre de 14h à 18h" with no weekday in the text is refused before, as an occasion.)
    const ranges = selector.kind === 'dateRange' ? [selector] : selector.kind === 'rangeList' ? selector.ranges : [];
    const span = ranges.reduce((sum, r) => sum + daysSpanned(r.from, r.to), 0);
    if (opens && span > 1 && span < MIN_SEASON_DAYS) throw new UnusableReading('short-dated-opening');
    this.flag('scope');
    const key = selectorKey(selector);
    let entry = this.model.scoped.find((s) => s.key === key);
    if (!entry) {
      entry = { selector, key, week: newWeek() };
      this.model.scoped.push(entry);
    }
    return entry.week;
  }

  /** `alone`: the rule is a sentence of its own (hard separators, or the text's ends, on both sides). */
  apply(rule: Rule, index: number, ruleCount: number, alone = false): void {
    const { days, key, periodsOff } = this.applyAction(rule, index, ruleCount, alone);
    // "du lundi au vendredi 9h-12h (sauf jeudi, 1er mai), samedi 9h-11h": whether the later days are closed on
    // the date excepted from the earlier rule is not said.
    if (this.exceptedDateDays && [...days.plain].some((d) => !this.exceptedDateDays?.has(d))) throw new UnusableReading('date-excepted-for-some-days');
    for (const period of periodsOff) {
      if (rule.closed) throw new UnusableReading('closed-except-period');
      this.setAll(this.weekFor(period), days, { kind: 'off' }, index, key);
      this.exceptedDateDays = new Set(days.plain);
    }
  }

  private applyAction(rule: Rule, index: number, ruleCount: number, alone: boolean): { days: DaySet; key: string; periodsOff: DateSelector[] } {
    rule.review.forEach((r) => this.flag(r));
    if (rule.sameHours) {
      // "… puis du mercredi au samedi aux mêmes horaires": the hours of the rule just before.
      if (!this.lastTimes) throw new UnusableReading('same-hours-without-hours');
      rule = { ...rule, times: this.lastTimes, sameHours: false };
    }
    if (rule.times.length > 0) this.lastTimes = rule.times;
    else if (rule.days) this.lastTimes = undefined;
    const nothing = { days: emptyDays(), key: '', periodsOff: [] };
    if (rule.everyRule && rule.comment !== undefined && ruleCount > 1) {
      if (this.everyRuleComment !== undefined && this.everyRuleComment !== rule.comment) throw new UnusableReading('two-comments');
      this.everyRuleComment = rule.comment;
      this.flag('comment');
      return nothing;
    }
    if (rule.school === 'during') {
      this.duringSchoolHolidays(rule);
      return nothing;
    }
    if (rule.school === 'outside') {
      // "fermé sauf pendant les vacances scolaires", "hors vacances scolaires : fermé": open during the holidays
      // at hours not given; never "SH off".
      if (rule.closed && rule.times.length === 0) throw new UnusableReading('closed-outside-school-holidays');
      this.model.termOnly = true;
      this.flag('scope');
    }
    if (rule.periodAfterHours && this.placement[this.placement.length - 1] === 'base') throw new UnusableReading('period-after-hours');
    // "… . Toute l'année : samedi 10h-12h": said for the whole year, a rule is never under the heading before it.
    if (!rule.header && this.header && rule.qualifiers.some((q) => q.qualifier === 'allYear')) this.endHeader();
    if (rule.header) {
      // The same part of the year named again ("de janvier à janvier") goes on; another one ends the heading.
      const again = this.header !== undefined && selectorKey(this.header.selector) === selectorKey(rule.header);
      if (!again) this.endHeader();
      this.header = { selector: rule.header, extent: rule.headerExtent ?? 'rest' };
      this.model.headed.add(selectorKey(rule.header));
    } else if (rule.afterHardSep && this.header?.extent === 'sentence') this.endHeader();
    // "d'octobre à mars de 9h30 à 17h, d'avril à juin de 9h30 à 18h …" cut after "mars": a heading the very next
    // rule does not take (it names its own part of the year) would head a later one, skipping over it.
    if (rule.scope && this.header && !this.headerUsed) throw new UnusableReading('header-skipped');
    const week = this.weekFor(rule.scope ?? this.header?.selector, rule.times.length > 0 && !rule.closed);
    // A part of the year inside a rule that is a sentence of its own ("Fermé les week-ends du 1er novembre au 1er
    // avril.") can only be that rule's: it is placed like a closure, not as a tail that might belong to others.
    // ("Fermé les jours fériés" closes them all year, whichever part of the year the other rules are for; "fermé les
    // mercredis en août" closes those days of its own period.)
    const holidaysOff = rule.closed && rule.times.length === 0 && rule.days?.holidays === true && rule.days.plain.size === 0 && rule.days.nth.length === 0;
    if ((rule.days || rule.times.length > 0) && !rule.periodRest) {
      this.placement.push(rule.scope ? ((rule.closed && (!rule.days || rule.times.length === 0)) || alone || rule.closedClause ? 'closure' : 'tail') : holidaysOff ? 'closure' : this.header ? 'header' : 'base');
    }
    if (this.header && !rule.scope && (rule.days || rule.times.length > 0 || rule.closed || rule.comment !== undefined || rule.openAt || rule.closeAt || rule.excepts.length > 0)) this.headerUsed = true;
    const hasAction = rule.times.length > 0 || rule.closed || rule.comment !== undefined || rule.openAt || rule.closeAt;
    if (rule.atTime && !rule.days && rule.scope) return this.periodEnd(rule, week, rule.atTime, index, ruleCount);
    // "(fermeture à 17h d'octobre à mars)", "(jusqu'à 19h de juin à août)": the same, said with its word.
    if (!rule.days && rule.scope && rule.times.length === 0 && !rule.closed && (rule.openAt !== undefined) !== (rule.closeAt !== undefined)) {
      return this.periodEnd(rule, week, (rule.openAt ?? rule.closeAt) as TimePoint, index, ruleCount, rule.openAt ? 'open' : 'close');
    }
    if (!rule.days && !hasAction && rule.excepts.length === 0) return { days: emptyDays(), key: '', periodsOff: [] }; // a header alone

    // Which days: the ones named, else every day (minus exceptions).
    let days: DaySet;
    // "Tous les jours 10h-18h ; juillet-août : 10h-19h": hours for a part of the year with no days are those of the
    // days open the rest of the year, when they all share one schedule (replaced then). Only as the text's last
    // rule: lines after it may be under the heading or not (found by probing).
    const periodDays = !rule.days && hasAction && index === ruleCount - 1 ? this.periodHoursDays(rule, week) : undefined;
    const periodHours = periodDays !== undefined;
    if (rule.days) {
      days = { plain: new Set(rule.days.plain), nth: [...rule.days.nth], holidays: rule.days.holidays };
      // "Fermé le lundi. Tous les jours de 10h à 18h.": every day the place opens, the closed ones still closed.
      if (rule.allDays && hasAction && !rule.closed) {
        for (const d of WEEKDAYS) {
          const slot = week.slots[d];
          if (slot?.schedule.kind === 'off' && slot.rule !== index) days.plain.delete(d);
        }
      }
    }
    else if (!hasAction) days = { plain: new Set(), nth: [], holidays: false };
    else if (periodDays) {
      days = { plain: new Set(periodDays), nth: [], holidays: false };
      this.flag('scope');
    } else if ((rule.header ?? rule.scope ?? this.header?.selector) !== undefined && !rule.days && rule.times.length > 0 && !rule.closed && this.inputHasDays && (rule.header !== undefined || rule.excepts.length > 0) && rule.excepts.every((ex) => ex.days !== undefined)) {
      // "Lundi au vendredi 9h-17h, samedi 9h-12h ; août : 9h-12h": which days August's hours are for is not said.
      throw new UnusableReading('period-hours-days');
    } else {
      // Every day but those an earlier rule closed ("sauf le dimanche. De 9h à 12h", "Fermé le lundi - 8h-13h").
      days = { plain: new Set(WEEKDAYS.filter((d) => rule.closed || week.slots[d]?.schedule.kind !== 'off')), nth: [], holidays: false };
      // ("9h-12h, sauf mercredi": every other day, Sunday taken as open; the caller refuses it for an office.)
      const exceptedWeekday = rule.excepts.some((ex) => ex.days !== undefined && ex.days.plain.size > 0 && !ex.days.plain.has(6));
      if (!this.inputHasDays && exceptedWeekday && rule.times.length > 0 && !rule.closed) this.flag('weekly-closing');
      if (!this.inputHasDays && rule.excepts.length === 0 && rule.times.length > 0 && !rule.closed) {
        this.model.implicitDays = true;
        // "24h/24" alone means every day; other hours without days are a guess.
        const roundTheClock = rule.times.length === 1 && minutes(rule.times[0].start) === 0 && minutes(rule.times[0].end) === 24 * 60;
        if (!roundTheClock) this.flag('implicit-days');
      }
    }
    // "Fermé le lundi sauf les jours fériés", "fermé le dimanche sauf en décembre": what "sauf" takes out of a
    // closure is open, at hours the text does not give.
    // ("Fermé sauf le lundi" after hours is every day closed but Monday, which keeps them.)
    const takenOut = (ex: Rule['excepts'][number]) => ex.selector !== undefined || ex.days?.holidays === true || (ex.days?.nth.length ?? 0) > 0;
    const closedPeriod = rule.scope !== undefined || this.header !== undefined;
    if (rule.closed && (rule.days || closedPeriod || rule.excepts.some(takenOut)) && rule.excepts.length > 0) throw new UnusableReading('except-from-closure');
    const periodsOff: DateSelector[] = [];
    for (const ex of rule.excepts) {
      if (ex.selector) {
        if (rule.scope || this.header) throw new UnusableReading('exception-inside-period');
        // "(sauf en août)" alone closes August; inside a rule it closes only that rule's days then.
        if (hasAction || rule.days) periodsOff.push(ex.selector);
        else {
          this.model.closures.push(ex.selector);
          // Between rules ("9h-12h (sauf 1er mai), samedi 9h-11h"), the date may be the rule's before only.
          if (index > 0 && index < ruleCount - 1) this.exceptedDateDays = new Set();
        }
      }
      if (!ex.days) continue;
      // "tous les jours de 14h à 18h, sauf le 1er mardi du mois": those n-th weekdays of days the rule opens are
      // closed (written after the weekdays, so they win: "Mo-Su 14:00-18:00; Tu[1] off").
      if (ex.days.nth.length > 0 && (!hasAction || !ex.days.nth.every((n) => days.plain.has(n.day)))) throw new UnusableReading('nth-exception');
      for (const n of ex.days.nth) week.nth.push({ day: n.day, nths: n.nths, schedule: { kind: 'off' } });
      // "… (samedi 9h-12h)" read as the rule of "sauf le lundi matin": a day excepted that the rule's days do not
      // hold says the exception belongs elsewhere (found by probing: Monday morning stayed open, at "safe").
      if (hasAction && rule.days && [...ex.days.plain].some((d) => !days.plain.has(d))) throw new UnusableReading('except-outside-days');
      if (hasAction) for (const d of ex.days.plain) days.plain.delete(d);
      else for (const d of ex.days.plain) days.plain.add(d);
      if (ex.days.holidays) this.setHolidays({ kind: 'off' }, index, 'except');
    }
    if (rule.holidaysToo) {
      days.holidays = true;
      // "Du lundi au vendredi …, jours fériés compris": PH takes the hours on every public holiday, a Sunday's too;
      // the text may only mean the weekdays' holidays (probing round 4). A look, then.
      if (days.plain.size < 7) this.flag('holidays-beside-days');
    }
    const key = daySetKey(days);
    const done = { days, key, periodsOff };
    if (rule.atTime) {
      this.clipAt(week, days, rule.atTime, index);
      return done;
    }
    const half = rule.qualifiers.find((q) => isHalfDay(q.qualifier));
    if (rule.closed && rule.days && half && rule.times.length === 0 && !rule.openAt && !rule.closeAt) {
      this.closePart(week, days, half.qualifier, rule.bracketed === true, rule.confirmsHours === true);
      return done;
    }

    if (!rule.days && !hasAction) {
      // "sauf le lundi" on its own: those days are closed. After hours given only for a part of the year ("de 14h
      // à 19h en juillet-août, sauf le mardi"), closing days nothing opened would drop the exception.
      // ("sauf le mardi en août": the exception's own part of the year closes days the whole year opens.)
      const ownSentence = rule.afterHardSep && rule.scope !== undefined;
      const openThen = (d: Weekday) => week.slots[d]?.schedule.kind === 'open' || (ownSentence && this.model.base.slots[d]?.schedule.kind === 'open');
      if (index > 0 && days.plain.size > 0 && ![...days.plain].some(openThen)) throw new UnusableReading('except-nothing-open');
      this.setAll(week, days, { kind: 'off' }, index, key);
      return done;
    }
    // "fermé le samedi à partir de midi": the time read apart from "fermé" would open the day from then on (found
    // by probing: the closing was dropped).
    if (rule.closed && (rule.openAt || rule.closeAt)) throw new UnusableReading('closed-from-or-until');
    if (rule.closed && rule.times.length === 0 && !rule.openAt && !rule.closeAt) {
      if (!rule.days && rule.excepts.length === 0 && !rule.scope && !this.header && !rule.school) {
        if (ruleCount > 1) throw new UnusableReading('global-off-among-rules');
        this.model.globalOff = true;
      }
      // "Fermé les jours fériés" on a line after parts of the year closes them all year, not in the last part only.
      const holidaysOnly = days.holidays && days.plain.size === 0 && days.nth.length === 0;
      this.setAll(holidaysOnly && !rule.scope ? this.model.base : week, days, { kind: 'off' }, index, key);
      return done;
    }
    if (rule.closed) {
      if (!qualifierFits(rule, rule.times)) throw new UnusableReading('qualifier');
      // "fermé de 12h à 14h sauf le samedi": the days kept open through the break (found by probing: the exception
      // was dropped).
      if (rule.excepts.some((ex) => ex.days !== undefined)) throw new UnusableReading('closed-hours-except-days');
      this.subtract(week, rule.days ? days : undefined, rule.times);
      return done;
    }
    if (rule.times.length > 0) {
      if (!qualifierFits(rule, rule.times)) throw new UnusableReading('qualifier');
      if (rangesOverlap(rule.times)) throw new UnusableReading('overlapping-ranges');
      const { ranges, merged } = unionRanges(rule.times);
      if (merged) this.flag('merged-ranges');
      // "Ouvert de 9h30 à 19h sauf lundi de 15h à 19h": hours with no day named cannot take back the hours an
      // earlier rule gave other days (only add to the same days: "9h-12h / 14h-18h").
      if (!rule.days && !rule.replaces && !periodHours && [...days.plain].some((d) => week.slots[d]?.schedule.kind === 'open' && week.slots[d]?.daysKey !== key)) {
        throw new UnusableReading('unnamed-days-override');
      }
      // "Du lundi au samedi 9h-12h et 14h-18h (samedi après-midi 14h-17h)": hours said to be one half of a day already
      // open change that half; taking the day's other hours away too would be wrong (found by probing). Refused.
      // ("…9h-12h, le mardi après-midi 14h-17h": the afternoon of days open only in the morning adds to them.)
      const half = rule.qualifiers.find((q) => isHalfDay(q.qualifier));
      const otherHalf = half?.qualifier === 'afternoon' ? 'morning' : half?.qualifier === 'morning' ? 'afternoon' : undefined;
      if (half && [...days.plain].some((d) => {
        const slot = week.slots[d];
        // (The same days given both halves in turn add them: "le mercredi matin …\nle mercredi après-midi …".)
        if (slot === undefined || slot.rule === index || slot.daysKey === key || slot.schedule.kind !== 'open') return false;
        const ranges = slot.schedule.ranges;
        return ranges.some((r) => !fitsPeriod(half.qualifier, r)) && !(otherHalf && ranges.every((r) => fitsPeriod(otherHalf, r)));
      })) throw new UnusableReading('half-day-override');
      if (rule.replaces) {
        // "…, sauf le 1er jeudi de chaque mois 8h30-12h30": n-th weekdays of days already open, alone.
        const nthAlone = days.nth.length > 0 && days.plain.size === 0;
        if ((days.nth.length > 0 && !nthAlone) || days.holidays) throw new UnusableReading('replace-closed-day');
        const replaced = nthAlone ? days.nth.map((n) => n.day) : [...days.plain];
        if (!replaced.every((d) => week.slots[d]?.schedule.kind === 'open' && week.slots[d]?.rule !== index)) throw new UnusableReading('replace-closed-day');
        // "9h-18h, sauf le mercredi de 12h à 14h": hours strictly inside the day's, touching neither end, may be
        // the only ones open that day or a break in it.
        for (const d of replaced) {
          const schedule = week.slots[d]?.schedule;
          if (schedule?.kind === 'open' && ranges.every((r) => strictlyInside(r, schedule.ranges))) throw new UnusableReading('replace-or-break');
        }
        this.flag('override');
      }
      if (rule.adds) this.addTo(week, days, ranges, index, key);
      else this.setAll(week, days, { kind: 'open', ranges, comment: rule.comment }, index, key, rule.replaces || periodHours, rule.bracketed === true);
      if (rule.comment) this.flag('comment');
      return done;
    }
    if (rule.comment) {
      this.flag('comment');
      if (!rule.days && rule.excepts.length === 0 && !this.inputHasDays) this.model.implicitDays = true;
      // "Le samedi : 10h-12h (le samedi uniquement sur rendez-vous)": days already given hours keep them, with
      // the comment; a comment does not close them.
      const open = rule.days !== undefined && days.nth.length === 0 && !days.holidays && days.plain.size > 0;
      const slots = [...days.plain].map((d) => week.slots[d]);
      if (open && slots.every((slot) => slot?.schedule.kind === 'open' && slot.schedule.comment === undefined && slot.rule !== index)) {
        for (const slot of slots) if (slot?.schedule.kind === 'open') slot.schedule = { ...slot.schedule, comment: rule.comment };
        return done;
      }
      this.setAll(week, days, { kind: 'comment', comment: rule.comment }, index, key);
      return done;
    }
    // "du lundi au jeudi de 8h à 12h et de 13h30 à 17h30, le vendredi jusqu'à 16h30": days no rule named yet get
    // the hours just given, then their end moves, as with "(16h30 le vendredi)". Not an opening time alone ("le
    // lundi à partir de 10h": until when?).
    const unnamed = rule.days !== undefined && days.nth.length === 0 && days.plain.size > 0 && [...days.plain].every((d) => !week.slots[d]);
    if (unnamed && rule.times.length === 0 && rule.closeAt && !rule.openAt) for (const d of days.plain) this.lendLastHours(week, d, index, key);
    this.clip(week, days, rule.openAt, rule.closeAt);
    if (!qualifierFits(rule, [])) throw new UnusableReading('qualifier');
    return done;
  }

  /**
   * "pendant les vacances scolaires : fermé", "hors période scolaire de 10h à 12h": `SH off`, `SH 10:00-12:00`.
   * Only for every day: Validata refuses "SH Mo-Fr …" (a day list after SH), so days there are not written.
   */
  private duringSchoolHolidays(rule: Rule): void {
    this.flag('scope');
    const everyDay = !rule.days || rule.allDays;
    const plain = !rule.scope && !this.header && rule.excepts.length === 0 && !rule.openAt && !rule.closeAt && !rule.atTime && !rule.holidaysToo;
    if (!everyDay || !plain) throw new UnusableReading('school-holidays-days');
    if (this.model.schoolHolidays) throw new UnusableReading('school-holidays-twice');
    if (rule.closed && rule.times.length === 0) this.model.schoolHolidays = { kind: 'off' };
    else if (!rule.closed && rule.times.length > 0) {
      if (!qualifierFits(rule, rule.times)) throw new UnusableReading('qualifier');
      this.model.schoolHolidays = { kind: 'open', ranges: unionRanges(rule.times).ranges, comment: rule.comment };
    } else if (rule.comment !== undefined && !rule.closed) this.model.schoolHolidays = { kind: 'comment', comment: rule.comment };
    else throw new UnusableReading('school-holidays-action');
  }

  /** "de 9h à 18h (17h le samedi)": the end of those days' hours nearer to the time moves to it. */
  private clipAt(week: Week, days: DaySet, at: TimePoint, index: number): void {
    const t = minutes(at) as number;
    if (days.nth.length > 0 || days.holidays || days.plain.size === 0) throw new UnusableReading('clip-days');
    for (const d of days.plain) {
      // "du lundi au vendredi de 9h à 18h (17h le samedi)": a day no rule named gets the hours just given, then
      // the nearer end moves (Saturday 9h-17h). Only right after those hours, in the same part of the year.
      const lent = !week.slots[d];
      if (lent) this.lendLastHours(week, d, index, `${d}`);
      const slot = week.slots[d];
      if (!slot || slot.schedule.kind !== 'open') throw new UnusableReading('clip-closed-day');
      const around = slot.schedule.ranges.filter((r) => (minutes(r.start) as number) < t && t < (minutes(r.end) as number));
      // (Not for a day that only borrowed the hours before: "… de 9h à 17h (8h le samedi)" says nothing of its end.)
      const extended = around.length === 0 && !lent ? extendedTo(slot.schedule.ranges, at) : undefined;
      if (extended) {
        // (A new schedule for that day alone: days may share one.)
        week.slots[d] = { ...slot, schedule: { ...slot.schedule, ranges: extended } };
        this.flag('clip');
        continue;
      }
      if (around.length !== 1) throw new UnusableReading('clip-outside');
      const [r] = around;
      // ("12h-14h et 17h-20h (13h le mercredi)": a closing inside the first of two ranges may end that range only, or
      // the day; an opening inside the last, the same. Refused (found by probing: the evening was dropped).)
      const position = slot.schedule.ranges.indexOf(r);
      const lastRange = position === slot.schedule.ranges.length - 1;
      const firstRange = position === 0;
      const toStart = t - (minutes(r.start) as number);
      const toEnd = (minutes(r.end) as number) - t;
      // (Halfway: from noon on, a closing, "6h30-19h30 (13h le dimanche)"; before 11h an opening.)
      if (toStart === toEnd && t >= 11 * 60 && t < 12 * 60) throw new UnusableReading('clip-middle');
      // "(12h le samedi)": from noon on, a lone time is a closing ("de 9h à 18h (12h le samedi)" is the morning); a
      // later opening is said before noon ("(10h le samedi)"). Otherwise which end moves is not said.
      if ((toStart < toEnd && t >= 11 * 60) || (toEnd < toStart && t < 12 * 60)) throw new UnusableReading('clip-which-end');
      const one: DaySet = { plain: new Set([d]), nth: [], holidays: false };
      const closing = toEnd < toStart || (toEnd === toStart && t >= 12 * 60);
      if ((closing && !lastRange) || (!closing && !firstRange)) throw new UnusableReading('clip-inner-range');
      if (closing) this.clip(week, one, undefined, at);
      else this.clip(week, one, at, undefined);
    }
  }

  /**
   * "Tous les jours 10h-18h (19h en juillet-août)": in that part of the year, the days open the rest of the year
   * keep their hours with the nearer end moved. Only in brackets right after the whole year's hours, for a part of
   * the year nothing else was said of, as the text's last rule.
   */
  private periodEnd(rule: Rule, week: Week, at: TimePoint, index: number, ruleCount: number, which?: 'open' | 'close'): { days: DaySet; key: string; periodsOff: DateSelector[] } {
    const base = this.model.base;
    const open = WEEKDAYS.filter((d) => base.slots[d]?.schedule.kind === 'open');
    // (A date or a few days are an occasion, maybe one year's: "(16h le 24 décembre)" is refused.)
    const scope = rule.scope;
    const ranges = scope?.kind === 'dateRange' ? [scope] : scope?.kind === 'rangeList' ? scope.ranges : [];
    if (scope?.kind === 'dates' || scope?.kind === 'feasts' || (ranges.length > 0 && ranges.reduce((sum, r) => sum + daysSpanned(r.from, r.to), 0) < MIN_SEASON_DAYS)) {
      throw new UnusableReading('period-end');
    }
    if (!rule.bracketed || !this.inputHasDays || week === base || index === 0 || index !== ruleCount - 1 || open.length === 0 || rule.excepts.length > 0 || rule.qualifiers.length > 0) throw new UnusableReading('period-end');
    if (WEEKDAYS.some((d) => week.slots[d] !== undefined && !this.fromBase(week, d))) throw new UnusableReading('period-end');
    // (Near an end of the hours only: "9h-18h (14h en juillet-août)" may be an opening or a closing.)
    const t = minutes(at) as number;
    const near = (d: Weekday) => {
      const schedule = base.slots[d]?.schedule;
      const ends = schedule?.kind === 'open' ? schedule.ranges.flatMap((r) => [minutes(r.start) as number, minutes(r.end) as number]) : [];
      return ends.length > 0 && Math.min(Math.abs(t - Math.min(...ends)), Math.abs(t - Math.max(...ends))) <= 2 * 60;
    };
    if (!open.every(near)) throw new UnusableReading('period-end');
    for (const d of open) week.slots[d] = { ...(base.slots[d] as Slot) };
    const days: DaySet = { plain: new Set(open), nth: [], holidays: false };
    this.flag('scope');
    if (which === undefined) this.clipAt(week, days, at, index);
    else this.clip(week, days, which === 'open' ? at : undefined, which === 'close' ? at : undefined);
    return { days, key: daySetKey(days), periodsOff: [] };
  }

  /**
   * A day no rule named gets the hours the rule just before gave, in the same part of the year ("du lundi au
   * vendredi de 9h à 18h (17h le samedi)", "…, le vendredi jusqu'à 16h30"): its caller then moves their end.
   */
  private lendLastHours(week: Week, day: Weekday, index: number, key: string): void {
    const previous = this.lastOpened;
    if (!previous || previous.week !== week || previous.index !== index - 1) return;
    this.flag('named-days');
    week.slots[day] = { schedule: previous.schedule, rule: index, daysKey: key };
  }

  /** "fermé le jeudi matin": the hours of that half of the day go; a range across its limit leaves it unclear. */
  /**
   * "… de 9h à 12h ainsi que le mardi de 14h à 17h": hours added to days already open (their ranges joined; the
   * same hours twice, overlapping, are refused), and given to days not open yet.
   */
  private addTo(week: Week, days: DaySet, ranges: TimeRange[], index: number, key: string): void {
    if (days.nth.length > 0 || days.holidays) throw new UnusableReading('adds-complex');
    // "L'espace jeune sera aussi ouvert le mercredi …": added to hours the text does not give.
    if (!WEEKDAYS.some((d) => week.slots[d]?.schedule.kind === 'open' && week.slots[d]?.rule !== index)) throw new UnusableReading('adds-to-nothing');
    for (const d of days.plain) {
      const slot = week.slots[d];
      if (slot?.schedule.kind === 'open' && slot.rule !== index) {
        if (slot.schedule.comment !== undefined || rangesOverlap([...slot.schedule.ranges, ...ranges])) throw new UnusableReading('adds-overlap');
        week.slots[d] = { ...slot, schedule: { kind: 'open', ranges: unionRanges([...slot.schedule.ranges, ...ranges]).ranges } };
        this.flag('append');
        // (Said added, what follows is still checked for what may make them other hours: a comment, an exception, a place.)
        this.flag('added-hours-said');
      } else week.slots[d] = { schedule: { kind: 'open', ranges }, rule: index, daysKey: key, ruleDays: [...days.plain] };
    }
  }

  /**
   * The days a part of the year's hours with no days of their own are for: the days open in that part of the year so
   * far, from rules said for the whole year, all with one schedule. Undefined otherwise (or outside a part of the year).
   */
  private periodHoursDays(rule: Rule, week: Week): Weekday[] | undefined {
    if (!(rule.scope ?? this.header) || week === this.model.base || rule.times.length === 0 || rule.closed || !this.inputHasDays) return undefined;
    if (rule.excepts.length > 0 || rule.qualifiers.length > 0 || rule.openAt || rule.closeAt) return undefined;
    // Nothing said yet for that part of the year.
    if (WEEKDAYS.some((d) => week.slots[d] !== undefined && week.slots[d]?.rule !== undefined && week.slots[d]?.schedule.kind === 'open' && !this.fromBase(week, d))) return undefined;
    const base = this.model.base;
    const open = WEEKDAYS.filter((d) => base.slots[d]?.schedule.kind === 'open');
    const schedules = new Set(open.map((d) => JSON.stringify(base.slots[d]?.schedule)));
    return open.length > 0 && schedules.size === 1 ? open : undefined;
  }

  /** Whether the slot of day d in a part of the year's week is the whole year's (copied from the base week). */
  private fromBase(week: Week, d: Weekday): boolean {
    return week.slots[d] === this.model.base.slots[d] || JSON.stringify(week.slots[d]) === JSON.stringify(this.model.base.slots[d]);
  }

  private closePart(week: Week, days: DaySet, part: Qualifier, bracketed: boolean, confirmsOnly: boolean): void {
    this.flag('subtract');
    if (days.nth.length > 0 || days.holidays || days.plain.size === 0) throw new UnusableReading('half-day-days');
    // "fermé le lundi et le mercredi matin": the half-day may be Wednesday's alone (Monday closed all day) or
    // both days'; one day only is certain.
    // (In brackets after their hours, "(fermé l'après-midi)", it only confirms them: any number of days.)
    if (days.plain.size > 1 && !confirmsOnly) throw new UnusableReading('half-day-several-days');
    // A range across the limit between the two halves (noon to 14h; 16h to 18h for the evening) is not cut; for a
    // lunch service, a range over noon to 14h that is not one ("de 9h à 19h").
    const [from, to] = part === 'evening' ? [16 * 60, 18 * 60] : [12 * 60, 14 * 60];
    const across = (r: TimeRange) => (part === 'midday' ? !fitsPeriod('midday', r) && (minutes(r.start) as number) < to && (minutes(r.end) as number) > from : (minutes(r.start) as number) < from && (minutes(r.end) as number) > to);
    for (const d of days.plain) {
      const slot = week.slots[d];
      if (!slot || slot.schedule.kind !== 'open') throw new UnusableReading('half-day-closed-day');
      const ranges = slot.schedule.ranges;
      if (ranges.some((r) => minutes(r.start) === undefined || minutes(r.end) === undefined)) throw new UnusableReading('half-day-complex');
      if (ranges.some(across)) throw new UnusableReading('half-day-across');
      // "fermé le dimanche après-midi" beside a lunch service (12h-14h) or evening hours (19h-22h): whether those
      // are "l'après-midi" is not said (found by probing: the whole day was closed).
      const lunch = (r: TimeRange) => (minutes(r.start) as number) >= 11 * 60 && (minutes(r.start) as number) < 13 * 60 && (minutes(r.end) as number) <= 15 * 60;
      const evening = (r: TimeRange) => (minutes(r.start) as number) >= 18 * 60;
      if (part === 'afternoon' && ranges.some((r) => lunch(r) || evening(r))) throw new UnusableReading('half-day-unclear');
      const kept = ranges.filter((r) => !fitsPeriod(part, r));
      // In brackets after the day's hours ("Vendredi de 13 h à 19 h (fermé le matin)"), the closed half-day may
      // only repeat what the hours say; elsewhere a closure that closes nothing is not what the text means.
      if (kept.length === ranges.length && !bracketed) throw new UnusableReading('half-day-nothing');
      // With no day of its own it confirms the hours beside it; closing some of them would contradict them.
      if (confirmsOnly && kept.length < ranges.length) throw new UnusableReading('half-day-contradicts');
      slot.schedule = kept.length > 0 ? { kind: 'open', ranges: kept, comment: slot.schedule.comment } : { kind: 'off' };
    }
  }

  private setHolidays(schedule: Schedule, index: number, key: string): void {
    const previous = this.model.holidays;
    if (previous && this.holidaysRule !== index) {
      if (previous.kind === 'open' && schedule.kind === 'open' && this.holidaysKey === key) {
        schedule = { ...schedule, ranges: unionRanges([...previous.ranges, ...schedule.ranges]).ranges };
        this.flag('append');
      } else if (JSON.stringify(previous) !== JSON.stringify(schedule)) this.flag('override');
    }
    this.model.holidays = schedule;
    this.holidaysRule = index;
    this.holidaysKey = key;
  }

  private setAll(week: Week, days: DaySet, schedule: Schedule, index: number, key: string, replaces = false, bracketed = false): void {
    if (schedule.kind === 'open') this.lastOpened = { week, schedule, index };
    for (const d of days.plain) {
      const slot = week.slots[d];
      // "Lundi au vendredi 9h-12h ; mardi 14h-17h (juillet-août)": a part of the year's hours for a day open all year,
      // apart from its hours there, may add or replace (the value would replace); refused (found by probing).
      // (Said the other way round, "Lundi au vendredi 9h-12h (octobre à mars). Mardi 14h-17h.", the same.)
      // (A part of the year's hours that replace the days' ("juillet et août : 9h-13h" after "9h-12h / 14h-18h") are
      // refused only when apart from them: "9h-12h … d'avril à septembre : 14h-17h" may add the afternoon.)
      const yearSlot = this.model.base.slots[d];
      if (week !== this.model.base && !slot && yearSlot?.schedule.kind === 'open' && schedule.kind === 'open') {
        if (!replaces) overrideOrAddition(yearSlot.schedule.ranges, schedule.ranges, false);
        else if (clockRanges(yearSlot.schedule.ranges) && clockRanges(schedule.ranges) && apart(yearSlot.schedule.ranges, schedule.ranges)) throw new UnusableReading('override-or-addition');
      }
      if (week === this.model.base && schedule.kind === 'open') {
        for (const part of this.model.scoped) {
          const there = part.week.slots[d];
          if (there?.schedule.kind === 'open' && there !== slot) overrideOrAddition(there.schedule.ranges, schedule.ranges, false);
        }
      }
      let next = schedule;
      if (slot && slot.rule !== index && replaces) this.flag('override');
      else if (slot && slot.rule !== index) {
        if (slot.schedule.kind === 'open' && schedule.kind === 'open' && slot.daysKey === key && slot.schedule.comment === schedule.comment) {
          // "08:00 - 15:00 / 08:30 - 13:30": hours given twice for the same days, overlapping, are for different
          // days or periods the text does not name, not one day's union.
          if (rangesOverlap([...slot.schedule.ranges, ...schedule.ranges])) throw new UnusableReading('overlapping-ranges');
          const { ranges } = unionRanges([...slot.schedule.ranges, ...schedule.ranges]);
          next = { kind: 'open', ranges, comment: schedule.comment };
          this.flag('append');
        } else if (slot.schedule.kind === 'open' && schedule.kind === 'open' && crossesAnother(slot, days) && !(schedule.comment === undefined && crossingLists(slot, days, schedule.ranges))) {
          // "les lundis et mercredis de 9h à 17h et les mercredis et vendredis de 13h à 17h": Wednesday's hours
          // are both lists' or the second's; overlapping hours do not say (found by probing).
          throw new UnusableReading('crossing-lists-overlap');
        } else if (slot.schedule.kind === 'open' && schedule.kind === 'open' && schedule.comment === undefined && crossingLists(slot, days, schedule.ranges)) {
          next = { kind: 'open', ranges: unionRanges([...slot.schedule.ranges, ...schedule.ranges]).ranges, comment: schedule.comment };
          this.flag('append');
        } else if (slot.schedule.kind === 'off' && schedule.kind === 'open' && week === this.model.base) {
          // "Le lundi fermé, du lundi au samedi de 9h à 18h": hours for a day the text closed before.
          throw new UnusableReading('opens-closed-day');
        } else if (slot.schedule.kind === 'open' && schedule.kind === 'open') {
          // "du lundi au vendredi de 9h à 12h, le mercredi de 14h à 17h": an afternoon for some of the days open
          // every morning, said for the whole year with no comment of its own, adds to their hours.
          // (Not in brackets: "Du lundi au vendredi 9h-12h (jeudi 14h-18h)" may give Thursday's hours instead; found by
          // probing.)
          const mayAdd = week === this.model.base && !bracketed && !days.holidays && slot.schedule.comment === undefined && schedule.comment === undefined && (slot.ruleDays?.length ?? 0) > days.plain.size;
          if (overrideOrAddition(slot.schedule.ranges, schedule.ranges, mayAdd) === 'addition') {
            next = { kind: 'open', ranges: unionRanges([...slot.schedule.ranges, ...schedule.ranges]).ranges };
            this.flag('added-hours');
          } else this.flag('override');
        } else if (slot.schedule.kind !== 'off' || schedule.kind !== 'off') {
          this.flag('override');
        }
      }
      week.slots[d] = { schedule: next, rule: index, daysKey: key, ruleDays: [...days.plain] };
    }
    // "Lundi au vendredi 9h-12h ; le 2e mardi du mois 14h-17h": hours for some Tuesdays apart from every Tuesday's may
    // add to them or replace them (OSM's Tu[2] replaces); refused (found by probing: the morning was lost, at "safe").
    for (const n of days.nth) {
      const slot = week.slots[n.day];
      if (slot?.schedule.kind === 'open' && schedule.kind === 'open') overrideOrAddition(slot.schedule.ranges, schedule.ranges, false);
      week.nth.push({ day: n.day, nths: n.nths, schedule });
    }
    if (!days.holidays) return;
    // Public holidays named under a part of the year hold in that part only, not all year.
    if (week === this.model.base) this.setHolidays(schedule, index, key);
    else {
      if (week.holidays && JSON.stringify(week.holidays) !== JSON.stringify(schedule)) this.flag('override');
      week.holidays = schedule;
    }
  }

  /** "fermé de 12h à 14h": cut these hours out of days already open. */
  private subtract(week: Week, days: DaySet | undefined, cut: TimeRange[]): void {
    this.flag('subtract');
    const targets = days ? [...days.plain] : WEEKDAYS.filter((d) => week.slots[d]?.schedule.kind === 'open');
    if (targets.length === 0 || (days && (days.nth.length > 0 || days.holidays))) throw new UnusableReading('subtract-nothing');
    for (const d of targets) {
      const slot = week.slots[d];
      if (!slot || slot.schedule.kind !== 'open') throw new UnusableReading('subtract-closed-day');
      let ranges = slot.schedule.ranges;
      for (const c of cut) {
        const before = ranges;
        ranges = subtractRange(ranges, c);
        // "fermé de 14h à 18h" on a day not open then says nothing about it: not a reading of the text.
        if (JSON.stringify(before) === JSON.stringify(ranges)) throw new UnusableReading('subtract-nothing-there');
      }
      if (ranges.length === 0) throw new UnusableReading('subtract-all');
      slot.schedule = { kind: 'open', ranges, comment: slot.schedule.comment };
    }
  }

  /**
   * "le vendredi fermeture à 16h": the day's hours end (or start) at that time. For an n-th weekday ("le 1er
   * mercredi du mois : ouverture à 13h30") the weekday's hours are cut into a rule of its own (We[1]).
   */
  private clip(week: Week, days: DaySet, openAt: TimePoint | undefined, closeAt: TimePoint | undefined): void {
    this.flag('clip');
    if (days.holidays || (days.plain.size === 0 && days.nth.length === 0)) throw new UnusableReading('clip-days');
    for (const d of days.plain) {
      const slot = week.slots[d];
      if (!slot || slot.schedule.kind !== 'open') throw new UnusableReading('clip-closed-day');
      slot.schedule = { kind: 'open', ranges: clippedRanges(slot.schedule.ranges, openAt, closeAt), comment: slot.schedule.comment };
    }
    for (const n of days.nth) {
      const slot = week.slots[n.day];
      if (!slot || slot.schedule.kind !== 'open') throw new UnusableReading('clip-closed-day');
      week.nth.push({ day: n.day, nths: n.nths, schedule: { kind: 'open', ranges: clippedRanges(slot.schedule.ranges, openAt, closeAt), comment: slot.schedule.comment } });
    }
  }
}

/** Two lists of days, neither within the other. */
function crossesAnother(slot: Slot, days: DaySet): boolean {
  if (!slot.ruleDays) return false;
  const earlier = new Set(slot.ruleDays);
  return [...days.plain].some((d) => !earlier.has(d)) && slot.ruleDays.some((d) => !days.plain.has(d));
}

/**
 * "les lundis, mardis, mercredis de 14h à 16h30 et les mardis, jeudis, vendredis de 9h à 11h30": two lists of
 * days, neither within the other, are two schedules side by side; a day in both gets both hours, when they are
 * apart (not one rule narrowing another: "du lundi au vendredi 9h-18h, le mercredi 9h-12h").
 */
function crossingLists(slot: Slot, days: DaySet, ranges: TimeRange[]): boolean {
  if (!slot.ruleDays || slot.schedule.kind !== 'open' || slot.schedule.comment !== undefined) return false;
  const earlier = new Set(slot.ruleDays);
  const later = [...days.plain];
  const crossing = later.some((d) => !earlier.has(d)) && slot.ruleDays.some((d) => !days.plain.has(d));
  const apart = (rs: TimeRange[]) => rs.every((r) => minutes(r.start) !== undefined && minutes(r.end) !== undefined && (minutes(r.end) as number) > (minutes(r.start) as number));
  const all = [...slot.schedule.ranges, ...ranges];
  return crossing && apart(all) && !rangesOverlap(all) && !unionRanges(all).merged;
}

/**
 * "L'accès au jardin est fermé de 22h à 7h": a text that only says when it is closed, for the night, opens the
 * rest of the day (07:00-22:00). Only a range past midnight on every day, in a text with no hours open.
 */
function openAroundNightClosures(rules: Rule[]): Rule[] {
  const isNight = (r: Rule) => {
    if (!r.closed || r.days || r.times.length !== 1 || r.openAt || r.closeAt || r.atTime || r.comment !== undefined || r.excepts.length > 0 || r.school) return false;
    const [start, end] = [minutes(r.times[0].start), minutes(r.times[0].end)];
    return start !== undefined && end !== undefined && end < start;
  };
  if (!rules.some(isNight) || rules.some((r) => (r.times.length > 0 && !isNight(r)) || r.comment !== undefined || r.openAt || r.closeAt)) return rules;
  // "fermé de 22h à 7h en juillet et août": a night closure for part of the year says nothing of the rest of it.
  const nights = rules.filter(isNight);
  if (nights.some((r) => r.scope !== undefined || r.header !== undefined) && !nights.every((r) => r.scope !== undefined || r.header !== undefined)) throw new UnusableReading('night-closure-part-of-year');
  if (nights.length === 1 && (nights[0].scope !== undefined || nights[0].header !== undefined)) throw new UnusableReading('night-closure-part-of-year');
  return rules.map((r) => (isNight(r) ? { ...r, closed: false, times: [{ start: r.times[0].end, end: r.times[0].start }], review: [...r.review, 'subtract'] } : r));
}

/**
 * "tous les jours de 14h à 18h et de 14h à 19h en juillet-août": a last range that overlaps the ones before it
 * cannot add to them (a text does not give the same hours twice); with the part of the year written right after
 * it, it is that part's hours, the others are the rest of the year's. The rule becomes two, the same days each.
 */
function splitLastRangePeriod(rules: Rule[]): Rule[] {
  // Alone: a closure or exception written beside it could be for the part of the year or for all of it.
  if (rules.length !== 1) return rules;
  return rules.flatMap((r) => {
    if (!r.scopeAfterLastTime || !r.scope || r.closed || r.times.length < 2 || r.excepts.some((e) => e.selector)) return [r];
    const earlier = r.times.slice(0, -1);
    const last = r.times[r.times.length - 1];
    // Hours inside earlier ones ("de 14h à 18h et de 15h à 17h en août") may as well be a break: not read.
    if (rangesOverlap(earlier) || !rangesOverlap([...earlier, last]) || strictlyInside(last, earlier)) return [r];
    const rest: Rule = { ...r, scope: undefined, times: earlier, scopeAfterLastTime: false, periodRest: true, qualifiers: [] };
    // In the part of the year the last hours take the place of those they overlap; the others stay ("de 9h à 12h
    // et de 14h à 18h et de 14h à 19h en juillet-août": the summer mornings too).
    const kept = earlier.filter((e) => !rangesOverlap([e, last]));
    const period: Rule = { ...r, times: [...kept, last], scopeAfterLastTime: false, qualifiers: [], review: [...r.review, 'override'] };
    // A qualifier ("le matin") would have to be shared out between the two: not done.
    return r.qualifiers.length > 0 ? [r] : [rest, period];
  });
}

export function buildModel(readingRules: Rule[], inputHasDays: boolean): OpeningModel {
  const rules = closeInEveryPeriod(splitLastRangePeriod(openAroundNightClosures(readingRules)));
  const builder = new ModelBuilder(inputHasDays);
  const sentenceStart = (k: number) => k === 0 || rules[k].afterHardSep;
  rules.forEach((r, k) => {
    checkBesideOthers(rules, k);
    builder.apply(r, k, rules.length, sentenceStart(k) && (k + 1 === rules.length || sentenceStart(k + 1)));
  });
  builder.endHeader();
  checkWholeReading(rules, builder.model);
  if (builder.everyRuleComment !== undefined) applyCommentEverywhere(builder.model, builder.everyRuleComment);
  // "Lundi 9h-12h, mardi 14h-18h (en juillet)": the period may be for Tuesday or for both; refused.
  if (builder.placement.includes('tail') && builder.placement.includes('base')) throw new UnusableReading('period-for-which-rules');
  // Times before days in one rule and after them in another: the text could be cut another way.
  const withBoth = rules.filter((r) => r.days && r.times.length > 0);
  if (withBoth.some((r) => r.timesFirst) && withBoth.some((r) => !r.timesFirst)) builder.model.review.add('mixed-order');
  return builder.model;
}

/** A comment written apart goes on every rule that opens (one already there must say the same). */
function applyCommentEverywhere(model: OpeningModel, comment: string): void {
  const withComment = (s: Schedule): Schedule => {
    if (s.kind !== 'open') return s;
    if (s.comment !== undefined && s.comment !== comment) throw new UnusableReading('two-comments');
    return { ...s, comment };
  };
  const onWeek = (w: Week) => {
    for (const slot of w.slots) if (slot) slot.schedule = withComment(slot.schedule);
    for (const n of w.nth) n.schedule = withComment(n.schedule);
    if (w.holidays) w.holidays = withComment(w.holidays);
  };
  onWeek(model.base);
  for (const scoped of model.scoped) onWeek(scoped.week);
  if (model.holidays) model.holidays = withComment(model.holidays);
  if (model.schoolHolidays) model.schoolHolidays = withComment(model.schoolHolidays);
  if (!hasOpening(model)) throw new UnusableReading('comment-alone');
}

/** Whether the model says anything is ever open (or open by appointment), beyond closures. */
export function hasOpening(model: OpeningModel): boolean {
  const weekOpen = (w: Week) =>
    w.slots.some((s) => s !== undefined && s.schedule.kind !== 'off') || w.nth.some((n) => n.schedule.kind !== 'off') || (w.holidays !== undefined && w.holidays.kind !== 'off');
  return (
    weekOpen(model.base) ||
    model.scoped.some((s) => weekOpen(s.week)) ||
    (model.holidays !== undefined && model.holidays.kind !== 'off') ||
    (model.schoolHolidays !== undefined && model.schoolHolidays.kind !== 'off')
  );
}
