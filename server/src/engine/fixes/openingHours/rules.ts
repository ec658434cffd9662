// Groups items into rules ("du lundi au vendredi de 9h à 12h") in every way the text allows. Each reading is a
// list of rules; the caller keeps the value only when all readings mean the same thing.

import { singleDays } from './datePhrases';
import { hasOpeningDays, isHalfDayItem, sepChar, type Item, type Qualifier } from './items';
import type { DateSelector, DaySet, ReviewReason, TimePoint, TimeRange, Weekday } from './types';

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
  /** "et" joins this rule to the previous one ("fermé en août et le mercredi de 12h à 14h"). */
  afterEt?: boolean;
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
  /** A half-day closed in brackets with no day of its own ("(fermé le matin)"): it confirms the hours before it. */
  confirmsHours?: boolean;
  /** After "ainsi que": its hours add to those of days already open ("… de 9h à 12h ainsi que le mardi de 14h à 17h"). */
  adds?: boolean;
  /**
   * "…, sauf le jeudi : 9h-12h" after hours given for those days: the days named after "sauf" get these hours
   * instead (an explicit replacement: the days must already be open).
   */
  replaces?: boolean;
  /** The part of the year is written right after the last time range, ending the rule ("… et de 14h à 19h en juillet"). */
  scopeAfterLastTime?: boolean;
  /**
   * "fermé les mercredis du mois de juillet": "fermé" opens the rule and its part of the year follows its days with
   * no separator between: the period is the closure's own, not possibly the rules' before it.
   */
  closedClause?: boolean;
  /** The other hours of a rule whose last range went to its part of the year (see `splitLastRangePeriod`): placed with it. */
  periodRest?: boolean;
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
function makeRules(segment: Item[], after: Item | undefined, inputHasDays: boolean, afterHardSep: boolean, hardSepAfter: boolean, before?: Item, periodAfter = hardSepAfter, exceptedDates: ReadonlyMap<Item, boolean> = new Map()): Rule[] {
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
      // "9h-19h, le dimanche 9h-12h et les jours fériés", "Ouvert de 9h à 18h, le samedi sur rendez-vous", "…, le
      // samedi toute la journée": days set apart from the hours before them, with hours, a comment or "toute la
      // journée" of their own right after, are not those hours' (found by probing: "Su 09:00-19:00; PH 09:00-12:00", at
      // "safe", every other day lost).
      // (In brackets too: "9h-18h, le samedi (toute la journée)", "(sur rendez-vous)".)
      const days = segment[dayPos];
      const bracketed = next?.kind === 'sep' && next.char === '(' && next.from === days.to;
      const own = bracketed ? (dayPos + 2 < segment.length ? segment[dayPos + 2] : undefined) : next;
      const ownPart = own?.kind === 'qualifier' && own.qualifier === 'continuous';
      const ownTime = own?.kind === 'time' || own?.kind === 'openAt' || own?.kind === 'closeAt';
      if (between.length > 0 && own && (ownTime || own.kind === 'comment' || ownPart) && (bracketed || own.from === days.to)) return [];
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
  let also = false;
  let school: 'during' | 'outside' | undefined;
  let schoolFirst = false;
  let holidaysToo = false;
  let sameHours = false;
  let dayCount: { count: number; part?: Qualifier } | undefined;
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
        if (exceptedDates.has(it)) {
          // Never apart from the exception it ends.
          if (content[k - 1]?.kind !== 'except' || !exceptedDates.get(it)) return [];
          excepts.push({ selector: it.selector });
          break;
        }
        if (header || scope) return [];
        {
          // "sauf mardi et 25 décembre", "(fermé mardi, 25 décembre)": a date listed after excepted or closed days
          // is one more of them, not the rule's part of the year (found by probing).
          const previous = content[k - 1];
          const between = previous ? segment.slice(segment.indexOf(previous) + 1, segment.indexOf(it)) : [];
          const listedAfter = between.length > 0 && between.every((sep) => sep.kind === 'sep' && (sep.char === ',' || sep.char === 'et'));
          if (listedAfter && (previous?.kind === 'except' || (previous?.kind === 'days' && content[k - 2]?.kind === 'closed'))) return [];
          // "(fermé 25 décembre, mardi)": days listed after a closed date are closed too, not that date's weekday.
          const next = content[k + 1];
          const toNext = next ? segment.slice(segment.indexOf(it) + 1, segment.indexOf(next)) : [];
          if (previous?.kind === 'closed' && next?.kind === 'days' && toNext.length > 0 && toNext.every((sep) => sep.kind === 'sep' && (sep.char === ',' || sep.char === 'et'))) return [];
        }
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
      case 'also':
        also = true;
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
      case 'dayCount':
        if (dayCount) return [];
        dayCount = it;
        break;
      case 'qualifier': {
        // "le samedi matin de 9h à 12h et de 14h à 17h", "sauf le mardi matin, de 9h à 12h et de 14h à 18h": said of
        // the day, the part of the day must fit all the hours (alone in the rule; "lundi matin 9h-12h, après-midi
        // 14h-17h" names each part beside its hours).
        const ofDay = content[k - 1]?.kind === 'days' || content[k - 1]?.kind === 'except';
        const ownQualifiers = content.filter((q) => q.kind === 'qualifier').length;
        const near = ofDay && ownQualifiers === 1 ? [] : [content[k - 1], content[k + 1]].flatMap((n) => (n?.kind === 'time' ? [n.range] : []));
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
  if (dayCount) {
    // "trois fois par semaine, les lundis, mercredis et vendredis": only the number of weekdays the rule opens.
    if (!days || days.nth.length > 0 || days.holidays || days.plain.size !== dayCount.count || excepts.length > 0 || closed || times.length === 0) return [];
    if (dayCount.part) qualifiers.push({ qualifier: dayCount.part, near: [] });
  }
  // "aux mêmes horaires" names days that take the hours given before: days, and nothing else that acts.
  if (sameHours && (!days || times.length > 0 || closed || comment !== undefined || openAt || closeAt || atTime || excepts.length > 0)) return [];
  // "… sauf le dimanche de 9h à 12h" opening a rule could mean "Sunday 9-12" or "every day but Sunday, 9-12";
  // after hours given for those days ("du lundi au vendredi 9h-18h, sauf le jeudi 14h-18h") it can only mean
  // the first: read so, the days must be open already (checked when the rule is applied).
  // "Tous les jours de 10h à 18h, sauf le dimanche jusqu'à 13h": the later closing is the excepted day's, not
  // every other day's; one rule cannot say it.
  if (content[0]?.kind === 'except' && !days && times.length === 0 && (openAt || closeAt)) return [];
  let replaces = false;
  if (content[0]?.kind === 'except' && !days && firstTime > 0) {
    const [except] = excepts;
    if (before === undefined || excepts.length !== 1 || !except.days || except.selector || closed || openAt || closeAt || atTime || school || holidaysToo) return [];
    // "sauf le vendredi, le mercredi de 9h à 12h": Friday excepted, then Wednesday's own hours.
    if (content[0].kind === 'except' && content[0].listed) return [];
    // "de 9h à 12h (sauf le mercredi) et de 14h à 17h", "sauf le mercredi, l'après-midi de 14h à 17h": the hours
    // after "et", a bracket or a part of the day go on with the list before; only hours right after the days
    // ("sauf le jeudi : 9h-12h", "Sauf jeudi, 14h – 18h", "sauf le jeudi de 14h à 18h") are theirs.
    const upToTime = segment.slice(1, segment.indexOf(content[firstTime]));
    if (upToTime.some((it) => it.kind === 'qualifier' || (it.kind === 'sep' && it.char !== ':' && it.char !== ','))) return [];
    days = except.days;
    excepts.length = 0;
    replaces = true;
  }
  // "Du lundi au samedi de 9h à 12h, de 14h à 18h sauf le samedi": a first or last day of the days named, taken
  // out again after several hours, is taken out of the last hours only (else the writer would have said "du
  // lundi au vendredi"); one rule cannot say it.
  if (content.some((it, k) => k > lastTime && it.kind === 'except' && takesOutAnEnd({ days, allDays, times }, it.days))) return [];
  // "tous les jours sauf lundi fermé": "fermé" after "sauf" closes the days excepted, not the days named (which
  // have no hours here): read either way it is not a schedule.
  const exceptFirst = content.findIndex((it) => it.kind === 'except');
  if (days && exceptFirst >= 0 && content.findIndex((it) => it.kind === 'closed') > exceptFirst) return [];
  // "de 9h à 18h sauf le samedi fermé et le dimanche de 10h à 12h": "fermé" then "et" ends what is closed; the
  // days after it are not.
  const closedAt = segment.findIndex((it) => it.kind === 'closed');
  if (closedAt >= 0 && sepChar(segment[closedAt + 1]) === 'et') return [];
  // "fermé le mercredi matin, samedi 9h-12h": a part of the day written right after days (no separator) is theirs,
  // never the start of the next rule (found by probing: Wednesday closed all day, "matin" given to Saturday).
  if (content[0]?.kind === 'qualifier' && before !== undefined && before.kind !== 'sep' && before.to === content[0].from) return [];
  // "… 9h-17h (sauf août), samedi 9h-12h": dates excepted right after a rule's hours, before the next rule's days,
  // are the rule before's (found by probing: August was taken from Saturday).
  if (content[0]?.kind === 'except' && content[0].selector && days && before !== undefined && !afterHardSep) return [];
  // "fermé le mercredi et de 12h à 13h": the day closed whole, and a break for the others; not the day's break.
  if (closed && days && times.length > 0) {
    const daysAt = segment.findIndex((it) => it.kind === 'days');
    const timeAt = segment.findIndex((it) => it.kind === 'time');
    if (closedAt < daysAt && daysAt < timeAt && segment.slice(daysAt + 1, timeAt).some((it) => sepChar(it) === 'et' || sepChar(it) === ',')) return [];
  }
  // "de 9h30 à 19h sauf lundi fermé": the days after "sauf" are the ones closed, not every day but them (that is
  // "fermé sauf le lundi", "fermé" first). Opening the text, which days it leaves open is not said.
  const closedFirst = content.findIndex((it) => it.kind === 'closed');
  if (content[0]?.kind === 'except' && !days && closed && closedFirst > 0 && times.length === 0) {
    const [except] = excepts;
    if (before === undefined || excepts.length !== 1 || !except.days || except.selector || openAt || closeAt || atTime || comment !== undefined || school || holidaysToo) return [];
    days = except.days;
    excepts.length = 0;
  }
  // "fermé le vendredi, le mercredi de 9h à 12h", "fermé le lundi, le mercredi jusqu'à 11h": a list after "fermé"
  // may end with a day that has hours of its own; "fermé de 12h à 14h et le vendredi": the break, and Friday closed?
  if (closed && (times.length > 0 || openAt || closeAt)) {
    const dayItem = content[dayIndex];
    if (dayItem?.kind === 'days' && dayItem.listed) return [];
    if (dayIndex > firstTime && firstTime >= 0 && segment.slice(segment.indexOf(content[lastTime]) + 1, segment.indexOf(dayItem)).some((it) => it.kind === 'sep' && it.char === 'et')) return [];
  }
  // "Fermé de novembre à mars, d'avril à octobre le samedi de 9h à 12h": after "fermé", parts of the year listed
  // with commas, then more of the sentence: the last may be the period of what follows, not closed.
  const closedScope = content.find((it) => it.kind === 'scope');
  if (closed && !days && times.length === 0 && closedScope?.kind === 'scope' && closedScope.listed && after !== undefined && !(after.kind === 'sep' && after.strength === 'hard')) return [];
  // Times are all before the days or all after them.
  if (dayIndex >= 0 && firstTime >= 0 && firstTime < dayIndex && lastTime > dayIndex) return [];
  if (comment && (closed || openAt || closeAt || atTime)) return [];
  // "Le lundi, et le mardi sur rendez-vous, de 14h à 18h": a comment right after a list of days, before their
  // hours, may be the last day's only.
  if (comment) {
    const at = content.findIndex((it) => it.kind === 'comment');
    const list = content[at - 1];
    if (list?.kind === 'days' && list.listed && list.to === content[at].from && content.slice(at + 1).some((it) => it.kind === 'time')) return [];
  }
  // "de 9h à 12h et de 14h à 17h, l'après-midi sur rendez-vous": a comment said of a part of the day is for some
  // of the hours only, which one rule cannot write.
  if (comment && times.length > 1) {
    const at = content.findIndex((it) => it.kind === 'comment');
    if (content[at - 1]?.kind === 'qualifier') return [];
    // "de 9h à 12h ; de 14h à 17h sur rendez-vous", "9h-12h, et 14h-17h sur rendez-vous": the last hours set
    // apart from the others, the comment right after them is theirs.
    if (content[at - 1]?.kind === 'time' && content[at - 2]?.kind === 'time') {
      const between = segment.slice(segment.indexOf(content[at - 2]) + 1, segment.indexOf(content[at - 1]));
      const chars = between.map((it) => (it.kind === 'sep' ? it.char : ''));
      if (chars.includes(';') || chars.includes(',') || (chars.includes('et') && content[at - 1].to === content[at].from)) return [];
    }
  }
  // (With no days, only for a part of the year: "(19h en juillet-août)" moves the end of the days open then.)
  if (atTime && (openAt || closeAt || times.length > 0 || closed || (!days && !scope))) return [];
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
  // ("Sur rendez-vous le mardi 14h-17h, le jeudi 9h-12h": a comment that opens a text of one sentence may be said of
  // all its rules as well as of the first; read both ways, the text is refused when they differ. Found by probing:
  // Thursday lost it.)
  const opensTheText = before === undefined && !hardSepAfter && after?.kind === 'days';
  const everyRule = comment !== undefined && content.length === 1 && ((apart(before) && apart(after)) || opensTheText);
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
    // (A part of the year as a heading with a colon, "juillet-août : 10h-19h", heads hours for the days open the rest of the
    // year; the week model takes them only when those days share one schedule.)
    const hasSelector = days !== undefined || excepts.length > 0 || (!inputHasDays && (header !== undefined || scope !== undefined || school !== undefined)) || (inputHasDays && header !== undefined && sepChar(segment[1]) === ':' && times.length > 0 && !closed);
    if (times.length > 0 && !closed && !hasSelector && inputHasDays) return [];
    // ("(fermeture à 17h d'octobre à mars)": an opening or closing time for a part of the year, in brackets, moves the
    // days' hours then; the week model checks the rest.)
    const periodEnd = scope !== undefined && before?.kind === 'sep' && before.char === '(' && (openAt === undefined) !== (closeAt === undefined);
    if ((openAt || closeAt || (comment && !everyRule)) && !hasSelector && inputHasDays && !periodEnd) return [];
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
  if (scope && lastTime >= 0 && content[lastTime + 1]?.kind === 'scope' && lastTime + 2 === content.length) base.scopeAfterLastTime = true;
  if (closed && scope && content.length === 3 && content[0].kind === 'closed' && content[1].kind === 'days' && content[2].kind === 'scope') {
    const daysAt = segment.indexOf(content[1]);
    if (segment[daysAt + 1] === content[2]) base.closedClause = true;
  }
  if (before?.kind === 'sep' && before.char === '(') base.bracketed = true;
  if (before?.kind === 'sep' && before.adds === true && days !== undefined && times.length > 0 && !closed) base.adds = true;
  // "aussi", "également": only as hours added to days named ("Ouvert aussi le dimanche de 9h à 12h" after other hours).
  if (also) {
    // (The days first: "…, et 14h-17h, et aussi le samedi" cut after "9h-12h" gave Saturday the afternoon only.)
    // (A comment may be the added hours' or everyone's: "… le dimanche également de 10h à 12h (marché)".)
    if (days === undefined || times.length === 0 || closed || excepts.length > 0 || scope || base.timesFirst || comment !== undefined) return [];
    base.adds = true;
  }
  // "Vendredi de 13 h à 19 h (fermé le matin)": the days written into the brackets from the hours before (no word
  // of their own), which the closing can only confirm.
  if (base.bracketed && content.some((it) => it.kind === 'days' && it.from === it.to)) base.confirmsHours = true;
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

/**
 * "Du lundi au samedi de 9h à 12h, de 14h à 18h sauf le samedi": the first or last of the days a rule with several
 * hours names, taken out after those hours — of the last hours only, most likely.
 */
export function takesOutAnEnd(rule: Pick<Rule, 'days' | 'allDays' | 'times'>, excepted: DaySet | undefined): boolean {
  const { days } = rule;
  if (!days || !excepted || rule.allDays || rule.times.length < 2 || days.plain.size < 2) return false;
  const ends = [Math.min(...days.plain), Math.max(...days.plain)] as Weekday[];
  return ends.some((d) => excepted.plain.has(d));
}

/**
 * "Tous les jours (sauf mardi, fériés, 25 août) 10h-17h30": dates listed last after "sauf" days, inside the
 * brackets that open with "sauf", are excepted too; without the brackets, only days of the year that end the text
 * ("… sauf le lundi et le 1er mai"). Elsewhere they may be the rule's period ("tous les jours sauf le mardi, en
 * août de 10h à 17h"). Each such part of the year maps to whether it is read as
 * excepted (dates) or not read at all (a month: when the days are excepted, or closed too?).
 */
function exceptedDatesListed(items: readonly Item[], tokenCount: number): Map<Item, boolean> {
  const found = new Map<Item, boolean>();
  const isSep = (it: Item | undefined, chars: string[]) => it?.kind === 'sep' && chars.includes(it.char);
  items.forEach((it, s) => {
    if (it.kind !== 'scope') return;
    // "Tous les jours de 10h à 18h sauf le lundi et le 1er mai": dates (days of the year, not months) listed last,
    // right after excepted days, with nothing after them, are excepted too.
    // (Nothing after them, not even a word read as saying nothing: "sauf lundi, 1er mai ouvert" opens that day.)
    const end = items[s + 1] === undefined ? it : items[s + 1];
    const last = end.to === tokenCount && (end === it || (end.kind === 'sep' && end.strength === 'hard' && end.from === it.to));
    const before = items[s - 2];
    const afterDays = before?.kind === 'except' && before.days !== undefined;
    if (last && afterDays && isSep(items[s - 1], [',', 'et']) && singleDays(it.selector)) {
      found.set(it, true);
      return;
    }
    if (!isSep(items[s + 1], [')'])) return;
    const except = items[s - 2];
    const listed = isSep(items[s - 1], [',', 'et']) && except?.kind === 'except' && except.days !== undefined && isSep(items[s - 3], ['(']);
    // "Tous les jours sauf mardi (et 25 août) 10h-17h30": the date added in brackets right after the exception.
    const outer = items[s - 3];
    const added = isSep(items[s - 1], ['et']) && isSep(items[s - 2], ['(']) && outer?.kind === 'except' && outer.days !== undefined;
    // Dates only: a month ("sauf le lundi, en août") could be when Monday is excepted; nor is it the rule's period.
    // (Nor a season: "de Pâques à la Toussaint".)
    if (listed || added) found.set(it, it.selector.kind !== 'months' && it.selector.kind !== 'monthList' && it.selector.kind !== 'fromEaster');
  });
  return found;
}

/** Days narrowed to the n-th weekdays a second phrase names, when those weekdays are among them and it names nothing else. */
function narrowToNth(days: DaySet, nth: DaySet): DaySet | undefined {
  if (nth.plain.size > 0 || nth.holidays || nth.nth.length === 0 || days.nth.length > 0) return undefined;
  if (!nth.nth.every((n) => days.plain.has(n.day))) return undefined;
  const plain = new Set([...days.plain].filter((d) => !nth.nth.some((n) => n.day === d)));
  return { plain, nth: nth.nth, holidays: days.holidays };
}

function isOr(it: Item): boolean {
  return it.kind === 'sep' && it.char === 'ou';
}


/**
 * "Fermé le jeudi matin et (le) dimanche après-midi", "fermetures annuelles\nles mercredis du mois de juillet\net\n
 * les mercredis du mois d'août", "fermé le samedi après-midi et les jours fériés": "fermé" holds for each item of
 * the list (days with their half-day or their part of the year, whole days last), which reads as "fermé" written
 * again before each (the week model closes one at a time).
 */
export function distributeClosedHalfDays(items: readonly Item[]): readonly Item[] {
  const isSep = (it: Item | undefined, chars: string): it is Item & { kind: 'sep' } => it?.kind === 'sep' && chars.includes(it.char);
  const half = isHalfDayItem;
  // Days, then right after them (no separator) a half-day or a part of the year.
  const itemAt = (k: number) => items[k]?.kind === 'days' && (half(items[k + 1]) || items[k + 1]?.kind === 'scope');
  // "et", "," between new lines, and no word skipped (a filler "ouvert" would say the opposite: "et ouvert le
  // dimanche après-midi"): the index after, or -1.
  const joinerEnd = (k: number) => {
    let j = k;
    let joins = 0;
    while (items[j]?.kind === 'sep' && (isSep(items[j], '\n') || isSep(items[j], ',') || sepChar(items[j]) === 'et')) {
      if (!isSep(items[j], '\n')) joins++;
      if (items[j + 1] && items[j + 1].from !== items[j].to) return -1;
      j++;
    }
    return joins === 1 && j > k ? j : -1;
  };
  const inserted = new Set<number>();
  items.forEach((it, k) => {
    if (it.kind !== 'closed') return;
    let j = k + 1;
    while (isSep(items[j], '\n:,')) j++;
    if (!itemAt(j)) return;
    const positions: number[] = [];
    for (;;) {
      const next = joinerEnd(j + 2);
      if (next < 0 || !itemAt(next)) break;
      positions.push(next);
      j = next;
    }
    // "Fermé le samedi après-midi, le dimanche et les jours fériés": whole days listed last, with no half-day of
    // their own, are closed whole (the half-day said of the first is not carried forward).
    const whole = joinerEnd(j + 2);
    const wholeDays = whole >= 0 && items[whole]?.kind === 'days' && !half(items[whole + 1]) && items[whole + 1]?.kind !== 'scope';
    if (wholeDays) positions.push(whole);
    // Each item stands alone: nothing but the list and the sentence's end after it (no hours).
    const after = items[wholeDays ? whole + 1 : j + 2];
    if (after === undefined || (after.kind === 'sep' && after.strength === 'hard')) positions.forEach((p) => inserted.add(p));
  });
  return items.flatMap((it, k) => (inserted.has(k) ? [{ kind: 'closed', from: it.from, to: it.from, review: [] } as Item, it] : [it]));
}

/**
 * Every way to cut the items into consecutive rules. Rules never span a hard separator (";", "."), and may
 * start right after times when days follow ("13h30 - 22h45 Dimanche 10h30 - 22h45").
 */
export function enumerateReadings(scanned: readonly Item[], tokenCount = Number.POSITIVE_INFINITY): Reading[] {
  const items = distributeClosedHalfDays(scanned);
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
  // A rule starting with times right after other times of the same sentence ("de 9h à 18h, 9h-12h le samedi").
  const splitsTimes = (a: number, b: number) =>
    items[a].kind === 'time' && items[b].kind === 'time' && items.slice(a + 1, b).every((it) => it.kind === 'sep' && it.strength !== 'hard' && it.char !== '\n');
  // Days or a part of the year before the first hours ("Lundi au vendredi 9h-12h…", "Juillet-août : 10h-12h…").
  const daysFirst = content.length > 0 && (items[content[0]].kind === 'days' || items[content[0]].kind === 'scope');
  const laterInTheDay = (a: number, b: number) => {
    const [x, y] = [items[a], items[b]];
    if (x.kind !== 'time' || y.kind !== 'time' || x.range.end.kind !== 'clock' || y.range.start.kind !== 'clock' || x.range.start.kind !== 'clock') return false;
    return x.range.start.minutes < x.range.end.minutes && x.range.end.minutes <= y.range.start.minutes;
  };
  const saidApart = (a: number, b: number) =>
    items.slice(0, a).some((it) => it.kind === 'qualifier' && it.qualifier === 'morning') || items.slice(a + 1, b).some((it) => it.kind === 'sep' && (it.char === '(' || it.adds === true));
  const closedDaysSplit = (k: number) => {
    const days = items[k + 1];
    const after = items[k + 2];
    const row = after === undefined || after.kind === 'time' || (after.kind === 'sep' && after.char === ':');
    // ("fermé le lundi, le mardi de 14h à 17h": a list right after "fermé" is not a table's next row.)
    return items[k].kind === 'closed' && days?.kind === 'days' && (!row || days.listed === true);
  };
  // "sauf le lundi et le 1er mai, tous les jours de 10h à 18h": a part of the year listed right after excepted
  // days is one more exception or theirs, never the next rule's heading (it gave "May 01 10:00-18:00").
  const exceptThenDate = (e: number) => {
    const [a, b] = [content[e], content[e + 1]];
    const date = items[b];
    // (Days of the year only: "d'avril à septembre de 10h à 18h sauf le lundi, d'octobre à mars …" starts a clause.)
    const days = date?.kind === 'scope' && singleDays(date.selector);
    return items[a].kind === 'except' && days && items.slice(a + 1, b).every((it) => it.kind === 'sep' && (it.char === ',' || it.char === 'et'));
  };
  // "fermé le mercredi de 12h à 14h et le vendredi": the hours right after the closed days are their closed hours.
  const closedDaysHours = (k: number) => items[k].kind === 'days' && items[k - 1]?.kind === 'closed' && items[k + 1]?.kind === 'time';
  // "samedi 9h-12h ou dimanche 9h-12h", "vendredi (16h-19h) ou samedi (10h-17h30)": "ou" between rules is a choice
  // (a slot to pick, or one or the other?) the text does not make (read as both until probing round 15 doubted it);
  // within a rule it is refused with the segment.
  if (items.some(isOr)) return [];
  const exceptedDates = exceptedDatesListed(items, tokenCount);
  const memo = new Map<number, Reading[]>();
  const from = (start: number): Reading[] => {
    if (start === content.length) return [[]];
    const afterTimes = start > 0 && splitsTimes(content[start - 1], content[start]);
    const cached = memo.get(start);
    if (cached) return cached;
    const out: Reading[] = [];
    const afterHardSep = start > 0 && hardBetween(content[start - 1], content[start]);
    for (let end = start; end < content.length; end++) {
      if (end > start && hardBetween(content[end - 1], content[end]) && !timesAcrossSemicolon(content[end - 1], content[end])) break;
      // "fermé le mardi": the days right after "fermé" are the closed ones; a rule never ends between them
      // ("Tous les jours, fermé | le mardi, de 10h à 18h" would close every day and open Tuesday). Days that
      // start a row of a flattened table ("Lundi fermé Mardi 9h-12h", "… fermé Mardi : 9h-12h") may.
      if (end + 1 < content.length && (closedDaysSplit(content[end]) || closedDaysHours(content[end]) || exceptThenDate(end))) continue;
      const segment = items.slice(content[start], content[end] + 1);
      // "de 9h à 12h et de 14h à 17h et le samedi après-midi": days with a part of the day and no hours of their own
      // do not take the last hours of the rule before (it would lose them).
      if (afterTimes && segment.some((it) => it.kind === 'qualifier')) continue;
      // "Lundi au vendredi 9h-12h et 14h-17h, samedi", "du lundi au samedi de 9h à 12h et de 14h à 18h, le dimanche
      // sur rendez-vous", "Juillet-août : 10h-12h et 14h-19h, juin": in a text that writes days (or a part of the
      // year) before their hours, a range that
      // follows the one before it in the day is the same days' afternoon, not hours of days written after it
      // (found by probing: "Sa 14:00-17:00", the weekdays' afternoons lost).
      // (Not when the hours before are said to be a morning, "du lundi au samedi matin de 8h à 12h, et de 14h à 18h du
      // lundi au vendredi", nor when the later hours are said to add: "(ainsi que de 14h à 17h le mardi)".)
      // (Days right after the range, "…, et de 14h à 18h le samedi", "puis de 13h30 à 17h30 le mardi", are its own.)
      const when = segment.findIndex((it) => it.kind === 'days' || it.kind === 'scope');
      const setApart = when > 0 && segment[when - 1].kind === 'sep';
      if (afterTimes && daysFirst && laterInTheDay(content[start - 1], content[start]) && setApart && !saidApart(content[start - 1], content[start])) continue;
      const made = makeRules(segment, items[content[end] + 1], inputHasDays, afterHardSep, hardAfterIndex(content[end]), items[content[start] - 1], periodAfterIndex(content[end]), exceptedDates);
      if (made.length === 0) continue;
      const afterEt = start > 0 && items.slice(content[start - 1] + 1, content[start]).some((it) => it.kind === 'sep' && it.char === 'et');
      const rules = afterEt ? made.map((rule): Rule => ({ ...rule, afterEt: true })) : made;
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
  return countedDaysAgree(items, from(0));
}

/**
 * "du lundi au vendredi de 9h à 12h, 5 matinées par semaine, et le samedi …": a number of days a week is the
 * whole week's, so it must be the number of weekdays the reading opens (said once).
 */
function countedDaysAgree(items: readonly Item[], readings: Reading[]): Reading[] {
  const counts = items.flatMap((it) => (it.kind === 'dayCount' ? [it.count] : []));
  if (counts.length === 0) return readings;
  if (counts.length > 1) return [];
  return readings.filter((reading) => {
    const open = new Set(reading.flatMap((rule) => (rule.days && rule.times.length > 0 && !rule.closed ? [...rule.days.plain] : [])));
    return open.size === counts[0];
  });
}
