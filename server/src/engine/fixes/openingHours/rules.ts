// Groups items into rules ("du lundi au vendredi de 9h à 12h") in every way the text allows. Each reading is a
// list of rules; the caller keeps the value only when all readings mean the same thing.

import { hasOpeningDays, type Item, type Qualifier } from './items';
import type { DateSelector, DaySet, ReviewReason, TimePoint, TimeRange } from './types';

export interface Rule {
  /** A part of the year written first ("Du 1er juillet au 31 août : …"): it also applies to the rules after it. */
  header?: DateSelector;
  /** With a header: does it stop at the end of the sentence, or run to the next header? Both are tried. */
  headerExtent?: 'sentence' | 'rest';
  /** A part of the year written inside or after the rule: this rule only. */
  scope?: DateSelector;
  days?: DaySet;
  allDays: boolean;
  excepts: Array<{ days?: DaySet; selector?: DateSelector }>;
  times: TimeRange[];
  closed: boolean;
  comment?: string;
  openAt?: TimePoint;
  closeAt?: TimePoint;
  /** "matin", "après-midi"…, with the time ranges written next to them (all the rule's times when none is). */
  qualifiers: Array<{ qualifier: Qualifier; near: TimeRange[] }>;
  review: ReviewReason[];
  /** A ";" or "." comes between this rule and the previous one. */
  afterHardSep: boolean;
  /** Times written before the days ("de 16h à 19h du mardi au vendredi"). */
  timesFirst: boolean;
  /** Only during school holidays, or only outside them; `schoolFirst`: said before anything else in the rule. */
  school?: 'during' | 'outside';
  schoolFirst?: boolean;
  /** "jours fériés compris": public holidays as well as the days. */
  holidaysToo?: boolean;
  /** A time alone beside days ("(17h le samedi)"): the nearer end of those days' hours moves there. */
  atTime?: TimePoint;
  /** A comment standing alone ("…, sur réservation"): it applies to every rule of the text. */
  everyRule?: boolean;
  /** "puis du mercredi au samedi aux mêmes horaires": the times of the rule before. */
  sameHours?: boolean;
  /** Written in brackets ("(fermé pendant les vacances scolaires)"). */
  bracketed?: boolean;
  /**
   * "…, sauf le jeudi : 9h-12h" after hours given for those days: the days named after "sauf" get these hours
   * instead (an explicit replacement: the days must already be open).
   */
  replaces?: boolean;
  /**
   * The heading period is written right after the hours of the rule before, nothing between ("de 10h à 17h
   * d'octobre à mai, de 10h à 18h de juin à septembre"): it may head this rule only when those hours have a
   * period of their own; else it is theirs.
   */
  periodAfterHours?: boolean;
}

export type Reading = Rule[];

/** Above this many readings the text is called ambiguous rather than enumerated further. */
const MAX_READINGS = 256;

export class TooManyReadings extends Error {}

/**
 * The rule (or, for a header, its two possible extents) the items of one segment form; none when they cannot.
 * `segment` runs from the first to the last content item, separators included.
 */
function makeRules(segment: Item[], after: Item | undefined, inputHasDays: boolean, afterHardSep: boolean, hardSepAfter: boolean, before?: Item, periodAfter = hardSepAfter): Rule[] {
  const content = segment.filter((it) => it.kind !== 'sep');
  // Separators between the last time and the days, when times come first ("de 16h à 19h du mardi au vendredi").
  const dayPos = segment.findIndex((it) => it.kind === 'days');
  if (dayPos > 0) {
    let k = dayPos - 1;
    while (k >= 0 && segment[k].kind === 'sep') k--;
    if (k >= 0 && segment[k].kind === 'time') {
      const between = segment.slice(k + 1, dayPos);
      // Days written as a heading ("Samedi : …") or on a new line start their own rule: times before them belong to the rule above.
      const next = dayPos + 1 < segment.length ? segment[dayPos + 1] : after;
      if (between.some((it) => it.kind === 'sep' && it.char === '\n')) return [];
      if (next && next.kind === 'sep' && next.char === ':') return [];
    }
  }
  // The same for a part of the year: "- du 1er juin au 30 juin : 12h30-18h30\n- du 1er juillet au 31 août : …"
  // starts a new rule on its line, it is not the period of the hours above it.
  for (let s = 1; s < segment.length; s++) {
    if (segment[s].kind !== 'scope') continue;
    let k = s - 1;
    while (k >= 0 && segment[k].kind === 'sep') k--;
    if (k < 0 || segment[k].kind !== 'time') continue;
    const next = s + 1 < segment.length ? segment[s + 1] : after;
    if (segment.slice(k + 1, s).some((it) => it.kind === 'sep' && it.char === '\n')) return [];
    if (next && next.kind === 'sep' && next.char === ':') return [];
  }
  let header: DateSelector | undefined;
  let scope: DateSelector | undefined;
  let days: DaySet | undefined;
  let allDays = false;
  let closed = false;
  let comment: string | undefined;
  let openAt: TimePoint | undefined;
  let closeAt: TimePoint | undefined;
  let atTime: TimePoint | undefined;
  let school: 'during' | 'outside' | undefined;
  let schoolFirst = false;
  let holidaysToo = false;
  let sameHours = false;
  const times: TimeRange[] = [];
  const excepts: Rule['excepts'] = [];
  const qualifiers: Rule['qualifiers'] = [];
  const review: ReviewReason[] = [];
  let dayIndex = -1;
  let firstTime = -1;
  let lastTime = -1;
  let timeBlockBroken = false;
  for (let k = 0; k < content.length; k++) {
    const it = content[k];
    review.push(...it.review);
    switch (it.kind) {
      case 'days':
        if (days) {
          // "Samedi : 9h-12h30 (uniquement les 2 premiers samedis de chaque mois)": n-th weekdays of days already
          // named narrow them (Sa[1,2]); any other second set of days makes no rule.
          const narrowed = narrowToNth(days, it.days);
          if (!narrowed) return [];
          days = narrowed;
          review.push('named-days');
          break;
        }
        days = it.days;
        allDays = it.allDays;
        dayIndex = k;
        break;
      case 'time':
        if (lastTime >= 0 && lastTime !== k - 1) timeBlockBroken = true;
        if (firstTime < 0) firstTime = k;
        lastTime = k;
        times.push(it.range);
        break;
      case 'scope':
        if (header || scope) return [];
        if (k === 0) header = it.selector;
        else scope = it.selector;
        break;
      case 'except':
        excepts.push({ days: it.days, selector: it.selector });
        break;
      case 'closed':
        if (closed) return [];
        closed = true;
        break;
      case 'comment':
        if (comment) return [];
        comment = it.text;
        break;
      case 'openAt':
        if (openAt) return [];
        openAt = it.time;
        break;
      case 'closeAt':
        if (closeAt) return [];
        closeAt = it.time;
        break;
      case 'schoolHolidays':
        if (school || it.when === 'unsure') return [];
        school = it.when;
        schoolFirst = k === 0;
        break;
      case 'holidaysToo':
        if (holidaysToo) return [];
        holidaysToo = true;
        break;
      case 'sameHours':
        if (sameHours) return [];
        sameHours = true;
        break;
      case 'atTime':
        if (atTime) return [];
        atTime = it.time;
        break;
      case 'qualifier': {
        const near = [content[k - 1], content[k + 1]].flatMap((n) => (n?.kind === 'time' ? [n.range] : []));
        qualifiers.push({ qualifier: it.qualifier, near });
        // A qualifier inside the block of times ("9h-12h le matin et 14h-18h") does not break it.
        if (lastTime >= 0 && lastTime === k - 1) lastTime = k;
        break;
      }
      default:
        return [];
    }
  }
  if (timeBlockBroken) return [];
  // "aux mêmes horaires" names days that take the hours given before: days, and nothing else that acts.
  if (sameHours && (!days || times.length > 0 || closed || comment !== undefined || openAt || closeAt || atTime || excepts.length > 0)) return [];
  // "… sauf le dimanche de 9h à 12h" opening a rule could mean "Sunday 9-12" or "every day but Sunday, 9-12";
  // after hours given for those days ("du lundi au vendredi 9h-18h, sauf le jeudi 14h-18h") it can only mean
  // the first: read so, the days must be open already (checked when the rule is applied).
  let replaces = false;
  if (content[0]?.kind === 'except' && !days && firstTime > 0) {
    const [except] = excepts;
    if (before === undefined || excepts.length !== 1 || !except.days || except.selector || closed || openAt || closeAt || atTime || school || holidaysToo) return [];
    days = except.days;
    excepts.length = 0;
    replaces = true;
  }
  // Times are all before the days or all after them.
  if (dayIndex >= 0 && firstTime >= 0 && firstTime < dayIndex && lastTime > dayIndex) return [];
  if (comment && (closed || openAt || closeAt || atTime)) return [];
  if (atTime && (openAt || closeAt || times.length > 0 || closed || !days)) return [];
  // A comment set apart by punctuation at the start or the end of the text ("…, sur réservation") is for
  // every rule: it stands alone, it does not join the rule beside it.
  if (comment && content.length > 1) {
    const at = segment.findIndex((it) => it.kind === 'comment');
    const last = content[content.length - 1].kind === 'comment';
    const first = content[0].kind === 'comment';
    const previous = segment[at - 1];
    // (Days alone on the line above, as in a table written one cell per line, are a heading: it is theirs.)
    const daysHeading = content.length === 2 && content[0].kind === 'days' && previous?.kind === 'sep' && previous.char === '\n';
    if (last && after === undefined && previous?.kind === 'sep' && previous.char !== ':' && !daysHeading) return [];
    const next = segment[at + 1];
    if (first && next?.kind === 'sep' && next.char !== ':' && !afterHardSep) return [];
  }
  // A comment written right after the hours, with nothing between ("8h-17h sur RDV"), is theirs: never a rule alone.
  if (content.length === 1 && comment !== undefined && before !== undefined && before.kind !== 'sep') return [];
  // Alone, and set apart by punctuation (or the ends of the text) on both sides.
  const apart = (it: Item | undefined) => it === undefined || it.kind === 'sep';
  const everyRule = comment !== undefined && content.length === 1 && apart(before) && apart(after);
  if (openAt && closeAt) {
    if (times.length > 0) return [];
    times.push({ start: openAt, end: closeAt });
    openAt = undefined;
    closeAt = undefined;
  }
  if ((openAt || closeAt) && times.length > 0) return [];
  const hasAction = times.length > 0 || closed || comment !== undefined || openAt !== undefined || closeAt !== undefined || atTime !== undefined || sameHours;
  // "Hors vacances scolaires :" alone on its line heads the whole text (the school term), like a period.
  const afterSchool = segment[1] ?? after;
  const termHeading = school === 'outside' && content.length === 1 && afterSchool?.kind === 'sep' && afterSchool.char === ':';
  const onlyHeader = (header !== undefined || termHeading) && !days && !hasAction && excepts.length === 0 && qualifiers.length === 0;
  if (!onlyHeader) {
    if (!hasAction && (days || excepts.length === 0)) return [];
    // "le matin" says nothing without the hours it covers, but "fermé le jeudi matin" closes a half-day.
    const halfDay = closed && days !== undefined && qualifiers.length === 1 && times.length === 0;
    if (!halfDay && qualifiers.some((q) => q.qualifier !== 'allYear' && q.qualifier !== 'continuous') && times.length === 0 && !openAt && !closeAt) return [];
    // When the text names days anywhere, hours need days (or an exception) in their rule: a period alone does
    // not say which days ("…. En août : 9h-12h"). "fermé de 12h à 14h" applies to the days already open.
    const hasSelector = days !== undefined || excepts.length > 0 || (!inputHasDays && (header !== undefined || scope !== undefined || school !== undefined));
    if (times.length > 0 && !closed && !hasSelector && inputHasDays) return [];
    if ((openAt || closeAt || (comment && !everyRule)) && !hasSelector && inputHasDays) return [];
  }
  const timesFirst = dayIndex >= 0 && firstTime >= 0 && firstTime < dayIndex;
  const base: Rule = { header, scope, days, allDays, excepts, times, closed, comment, openAt, closeAt, qualifiers, review, afterHardSep, timesFirst };
  if (school) {
    base.school = school;
    base.schoolFirst = schoolFirst;
  }
  if (holidaysToo) base.holidaysToo = true;
  if (atTime) base.atTime = atTime;
  if (everyRule) base.everyRule = true;
  if (replaces) base.replaces = true;
  if (sameHours) base.sameHours = true;
  if (before?.kind === 'sep' && before.char === '(') base.bracketed = true;
  // A heading with a colon ("du 3 avril au 30 juin : mercredi … ; jeudi …") heads the list its semicolons
  // separate: it ends only at a full stop.
  const next = segment[1] ?? after;
  const colonHeading = header !== undefined && next?.kind === 'sep' && next.char === ':';
  // A period alone heads what follows only from the start of a line or sentence, or before a colon: after hours
  // in the same sentence ("de 10h à 18h (du 1er juin au 30 septembre). Fermé le mardi") it is theirs.
  // A period written right after hours, nothing between ("de 10h à 17h d'octobre à mai, …"): see `periodAfterHours`.
  if (header && before?.kind === 'time' && !colonHeading) base.periodAfterHours = true;
  if (header && content.length === 1) {
    const startsLine = before === undefined || afterHardSep || (before.kind === 'sep' && before.char === '\n');
    if (!startsLine && !colonHeading) return [];
  }
  if (header && (colonHeading ? periodAfter : hardSepAfter)) return [{ ...base, headerExtent: 'sentence' }, { ...base, headerExtent: 'rest' }];
  return [header ? { ...base, headerExtent: 'rest' } : base];
}

/** Days narrowed to the n-th weekdays a second phrase names, when those weekdays are among them and it names nothing else. */
function narrowToNth(days: DaySet, nth: DaySet): DaySet | undefined {
  if (nth.plain.size > 0 || nth.holidays || nth.nth.length === 0 || days.nth.length > 0) return undefined;
  if (!nth.nth.every((n) => days.plain.has(n.day))) return undefined;
  const plain = new Set([...days.plain].filter((d) => !nth.nth.some((n) => n.day === d)));
  return { plain, nth: nth.nth, holidays: days.holidays };
}

/**
 * Every way to cut the items into consecutive rules. Rules never span a hard separator (";", "."), and may
 * start right after times when days follow ("13h30 - 22h45 Dimanche 10h30 - 22h45").
 */
export function enumerateReadings(items: readonly Item[]): Reading[] {
  const content: number[] = [];
  items.forEach((it, k) => {
    if (it.kind !== 'sep') content.push(k);
  });
  const inputHasDays = hasOpeningDays(items);
  const hardBetween = (a: number, b: number) => items.slice(a + 1, b).some((it) => it.kind === 'sep' && it.strength === 'hard');
  const hardAfterIndex = (k: number) => items.slice(k + 1).some((it) => it.kind === 'sep' && it.strength === 'hard');
  // A full stop that ends a sentence later (not the last character).
  const periodAfterIndex = (k: number) => items.slice(k + 1, -1).some((it) => it.kind === 'sep' && it.char === '.');
  // "Lundi : 9h-12h ; 14h-18h": a semicolon between two time ranges does not end the rule.
  const timesAcrossSemicolon = (a: number, b: number) =>
    items[a].kind === 'time' && items[b].kind === 'time' && items.slice(a + 1, b).every((it) => it.kind === 'sep' && it.char !== '.');
  const memo = new Map<number, Reading[]>();
  const from = (start: number): Reading[] => {
    if (start === content.length) return [[]];
    const cached = memo.get(start);
    if (cached) return cached;
    const out: Reading[] = [];
    const afterHardSep = start > 0 && hardBetween(content[start - 1], content[start]);
    for (let end = start; end < content.length; end++) {
      if (end > start && hardBetween(content[end - 1], content[end]) && !timesAcrossSemicolon(content[end - 1], content[end])) break;
      const segment = items.slice(content[start], content[end] + 1);
      const rules = makeRules(segment, items[content[end] + 1], inputHasDays, afterHardSep, hardAfterIndex(content[end]), items[content[start] - 1], periodAfterIndex(content[end]));
      if (rules.length === 0) continue;
      for (const rest of from(end + 1)) {
        for (const rule of rules) {
          out.push([rule, ...rest]);
          if (out.length > MAX_READINGS) throw new TooManyReadings();
        }
      }
    }
    memo.set(start, out);
    return out;
  };
  return from(0);
}
