// Recognizes parts of the year in French: "de juin à septembre", "juillet-août", "en août", "du 1er juillet au
// 31 août", "du 1er au 15 août", "du 14/07 au 25/08", "les 1er janvier, 1er mai et 25 décembre".

import { correctTypo } from './fuzzyWords';
import type { TokenCursor } from './tokenCursor';
import { MONTH_FULL_NAMES, MONTH_WORDS, WEEKDAY_FULL_NAMES } from './vocabulary';
import type { DateSelector, MonthDay, ReviewReason } from './types';

export interface DatePhraseMatch {
  selector: DateSelector;
  next: number;
  review: ReviewReason[];
}

/** Days in each month; February counts 29 so that "29 février" is a valid (leap-year) date. */
const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The months from one to another, through the new year when needed ("novembre à février": 11, 12, 1, 2). */
export function monthsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; ; m = (m % 12) + 1) {
    out.push(m);
    if (m === to) return out;
  }
}

export function lastDayOfMonth(month: number): number {
  return MONTH_LENGTH[month - 1];
}

/** Days of the year named one by one ("le 1er mai", "les 24 et 25 décembre"), not a range of them or months. */
export function singleDays(selector: DateSelector): boolean {
  if (selector.kind === 'dates' || selector.kind === 'feasts') return true;
  return selector.kind === 'dateRange' && selector.from.month === selector.to.month && selector.from.day === selector.to.day;
}

function monthAt(c: TokenCursor, i: number): { month: number; next: number; review: ReviewReason[] } | undefined {
  const w = c.word(i);
  if (w === undefined) return undefined;
  const m = MONTH_WORDS.get(w);
  if (m !== undefined) return { month: m, next: i + 1, review: [] };
  const corrected = correctTypo(w, MONTH_FULL_NAMES);
  if (corrected) return { month: MONTH_WORDS.get(corrected) as number, next: i + 1, review: ['fuzzy-word'] };
  return undefined;
}

/** "mois de juillet", "juillet". */
function namedMonth(c: TokenCursor, i: number) {
  const afterMois = c.anyPhrase(i, [['mois', 'de'], ['mois', 'd']]);
  return monthAt(c, afterMois >= 0 ? afterMois : i);
}

function dayOfMonth(c: TokenCursor, i: number): { day: number; next: number } | undefined {
  const t = c.tokens[i];
  if (t && t.kind === 'number' && (t.ordinal ? t.value === 1 : t.value >= 1 && t.value <= 31)) return { day: t.value, next: i + 1 };
  if (c.isWord(i, 'premier')) return { day: 1, next: i + 1 };
  return undefined;
}

function validDay(d: MonthDay): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDayOfMonth(d.month);
}

/** "14 juillet", "1er août", or a numeric "14/07". */
function fullDate(c: TokenCursor, i: number): { date: MonthDay; next: number; review: ReviewReason[] } | undefined {
  const d = dayOfMonth(c, i);
  if (!d) return undefined;
  const m = monthAt(c, d.next);
  if (m) {
    const date = { month: m.month, day: d.day };
    return validDay(date) ? { date, next: m.next, review: m.review } : undefined;
  }
  const t = c.tokens[d.next + 1];
  if (c.isPunct(d.next, '/') && t && t.kind === 'number' && !t.ordinal && t.end - t.start <= 2) {
    const date = { month: t.value, day: d.day };
    return validDay(date) ? { date, next: d.next + 2, review: [] } : undefined;
  }
  return undefined;
}

/** "fin septembre", "la fin du mois d'août": the last day of that month. */
function endOfMonth(c: TokenCursor, i: number): { date: MonthDay; next: number; review: ReviewReason[] } | undefined {
  const pos = c.skipWords(i, ['la']);
  if (!c.isWord(pos, 'fin')) return undefined;
  const m = namedMonth(c, c.skipWords(pos + 1, ['du', 'mois', 'de', 'd']));
  return m ? { date: { month: m.month, day: lastDayOfMonth(m.month) }, next: m.next, review: m.review } : undefined;
}

function rangeConnector(c: TokenCursor, i: number): number {
  if (c.isWord(i, 'au', 'a')) return i + 1;
  if (c.isPunct(i, '-')) return i + 1;
  return c.anyPhrase(i, [['jusqu', 'au'], ['jusqu', 'a'], ['jusqu', 'en'], ['jusqu', 'fin']]);
}

/** "01.04", "1.07", "15-06": a day and a month joined by a dot or a hyphen, nothing between (the lexer may read "01.04" as a time). */
function dottedDate(c: TokenCursor, i: number): { date: MonthDay; next: number } | undefined {
  const t = c.tokens[i];
  if (t?.kind === 'time' && t.form === 'dot') {
    const date = { month: t.minutes % 60, day: Math.floor(t.minutes / 60) };
    return validDay(date) ? { date, next: i + 1 } : undefined;
  }
  const [sep, month] = [c.tokens[i + 1], c.tokens[i + 2]];
  if (t?.kind !== 'number' || t.ordinal || sep?.kind !== 'punct' || (sep.char !== '.' && sep.char !== '-') || month?.kind !== 'number' || month.ordinal) return undefined;
  if (t.end !== sep.start || sep.end !== month.start || month.end - month.start > 2) return undefined;
  const date = { month: month.value, day: t.value };
  return validDay(date) ? { date, next: i + 3 } : undefined;
}

/** "du 01.04 au 30.09", "du 15-06 au 15-09": both ends written so, after "du" and joined by "au". */
function dottedRange(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  if (!c.isWord(i, 'du')) return undefined;
  const from = dottedDate(c, i + 1);
  if (!from || !c.isWord(from.next, 'au')) return undefined;
  const to = dottedDate(c, from.next + 1);
  if (!to) return undefined;
  return { selector: { kind: 'dateRange', from: from.date, to: to.date }, next: to.next, review: ['dotted-time'] };
}

/** "du 1er juillet au 31 août", "du 1er au 15 août", "du 14/07 au 25/08", "du 01.04 au 30.09". */
function dateRange(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  const dotted = dottedRange(c, i);
  if (dotted) return dotted;
  const pos = c.isWord(i, 'du', 'de', 'd') ? i + 1 : c.skipWords(i, ['le']);
  const from = fullDate(c, pos);
  if (from) {
    const conn = rangeConnector(c, from.next);
    if (conn < 0) return undefined;
    const to = fullDate(c, c.skipWords(conn, ['le'])) ?? endOfMonth(c, conn);
    if (!to) return undefined;
    return { selector: { kind: 'dateRange', from: from.date, to: to.date }, next: to.next, review: [...from.review, ...to.review] };
  }
  // "du 1er au 15 août": the first day borrows the month of the second.
  const fromDay = dayOfMonth(c, pos);
  if (!fromDay || c.isWord(i, 'le')) return undefined;
  const conn = rangeConnector(c, fromDay.next);
  if (conn < 0) return undefined;
  const to = fullDate(c, conn);
  if (!to) return undefined;
  const fromDate = { month: to.date.month, day: fromDay.day };
  if (!validDay(fromDate) || fromDate.day >= to.date.day) return undefined;
  return { selector: { kind: 'dateRange', from: fromDate, to: to.date }, next: to.next, review: to.review };
}

/** "de juin à septembre", "juillet-août", "du mois de juin au mois de septembre", "entre mai et septembre". */
function monthRange(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  // "en juillet-août", "pendant juillet-août": the range, not "juillet" then a stray "août".
  let pos = c.skipWords(i, ['en', 'pendant', 'durant']);
  let between = false;
  if (c.isWord(pos, 'de', 'd', 'du')) pos++;
  else if (c.isWord(pos, 'entre')) {
    between = true;
    pos++;
  }
  const from = namedMonth(c, pos);
  if (!from) return undefined;
  let conn = rangeConnector(c, from.next);
  if (conn < 0 && between && c.isWord(from.next, 'et')) conn = from.next + 1;
  if (conn < 0) return undefined;
  const to = namedMonth(c, c.skipWords(conn, ['fin']));
  if (!to || to.month === from.month) return undefined;
  // "avril-mai-juin": three months joined by hyphens are a list.
  if (c.isPunct(from.next, '-') && c.isPunct(to.next, '-') && namedMonth(c, to.next + 1)) return undefined;
  return { selector: { kind: 'months', from: from.month, to: to.month }, next: to.next, review: [...from.review, ...to.review] };
}

/** Whether the month after the slash at i follows `month` in the year (or a third month follows: a list). */
function slashNeighbours(c: TokenCursor, i: number, month: number): boolean {
  const second = namedMonth(c, i + 1);
  if (!second) return false;
  return second.month === (month % 12) + 1 || (c.isPunct(second.next, '/') && namedMonth(c, second.next + 1) !== undefined);
}

/** "juillet et août", "juillet, août" (a list), or one month "en août", "au mois d'août". */
function monthListOrSingle(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  const pos = c.skipWords(i, ['en', 'au', 'pendant', 'durant', 'le']);
  const first = namedMonth(c, pos);
  if (!first) return undefined;
  const months = [first.month];
  const review = [...first.review];
  let next = first.next;
  let hyphens = 0;
  for (;;) {
    // "juillet, août", "juillet et août", "juillet / août", "juillet & août", and side by side "juillet août"; hyphens
    // only in a chain of three or more ("avril-mai-juin"; two are a range).
    if (c.isPunct(next, '-')) hyphens++;
    // ("avril/septembre" may be a range: a slash joins two months only side by side in the year, "juillet/août".)
    if (c.isPunct(next, '/') && months.length === 1 && !slashNeighbours(c, next, months[0])) return undefined;
    let after = c.isPunct(next, ',/&-') || c.isWord(next, 'et') ? next + 1 : namedMonth(c, next) ? next : -1;
    if (after < 0) break;
    after = c.skipWords(after, ['en']);
    const m = namedMonth(c, after);
    if (!m) break;
    months.push(m.month);
    review.push(...m.review);
    next = m.next;
  }
  const unique = [...new Set(months)];
  if (unique.length !== months.length || (hyphens > 0 && months.length < 3)) return undefined;
  if (months.length === 1) return { selector: { kind: 'months', from: months[0], to: months[0] }, next, review };
  return { selector: { kind: 'monthList', months }, next, review };
}

/**
 * Moveable feasts by their full names, as days from Easter Sunday. "Pâques" or "Pentecôte" alone are left out:
 * the Sunday, the Monday (the public holiday) or the long weekend?
 */
const FEASTS: ReadonlyArray<{ words: readonly string[]; easter: number }> = [
  { words: ['lundi', 'de', 'paques'], easter: 1 },
  { words: ['lundi', 'de', 'paque'], easter: 1 },
  { words: ['dimanche', 'de', 'paques'], easter: 0 },
  { words: ['jour', 'de', 'paques'], easter: 0 },
  { words: ['vendredi', 'saint'], easter: -2 },
  { words: ['jeudi', 'de', 'l', 'ascension'], easter: 39 },
  { words: ['jour', 'de', 'l', 'ascension'], easter: 39 },
  { words: ['ascension'], easter: 39 },
  { words: ['dimanche', 'de', 'pentecote'], easter: 49 },
  { words: ['lundi', 'de', 'pentecote'], easter: 50 },
  { words: ['lundi', 'de', 'la', 'pentecote'], easter: 50 },
];

/**
 * "le vendredi de l'Ascension", "le samedi de Pâques": a weekday said of a feast other than the feast's own day (the
 * day after Ascension, Holy Saturday) is not the feast: the words before pos are a weekday and "de" (and an article).
 */
function weekdayOfAFeast(c: TokenCursor, pos: number): boolean {
  let k = pos - 1;
  while (c.isWord(k, 'l', 'la', 'le')) k--;
  return c.isWord(k, 'de', 'd') && WEEKDAY_FULL_NAMES.includes(c.word(k - 1) ?? '');
}

/** "lundi de Pâques", "le jeudi de l'Ascension", "l'Ascension": a moveable feast at i (after an article). */
export function feastAt(c: TokenCursor, i: number): { easter: number; next: number } | undefined {
  const pos = c.skipWords(i, ['le', 'la', 'l']);
  if (weekdayOfAFeast(c, pos)) return undefined;
  for (const feast of FEASTS) {
    const next = c.phrase(pos, feast.words);
    if (next >= 0) return { easter: feast.easter, next };
  }
  return undefined;
}

/**
 * "le 25 décembre", "les 1er janvier, 1er mai et 25 décembre", "les 24 et 25 décembre", "le 1er mai et le lundi de
 * Pâques".
 */
function dateList(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  let pos = c.skipWords(i, ['le', 'les']);
  const dates: MonthDay[] = [];
  const easter: number[] = [];
  const pendingDays: number[] = [];
  const review: ReviewReason[] = [];
  let next = -1;
  for (;;) {
    const feast = pendingDays.length === 0 ? feastAt(c, pos) : undefined;
    const full = feast ? undefined : fullDate(c, pos);
    if (feast) {
      if (easter.includes(feast.easter)) return undefined;
      easter.push(feast.easter);
      pos = feast.next;
      next = feast.next;
    } else if (full) {
      dates.push(...pendingDays.map((day) => ({ month: full.date.month, day })), full.date);
      pendingDays.length = 0;
      review.push(...full.review);
      pos = full.next;
      next = full.next;
    } else {
      const d = dayOfMonth(c, pos);
      if (!d) break;
      pendingDays.push(d.day);
      pos = d.next;
    }
    const after = c.isPunct(pos, ',') || c.isWord(pos, 'et') ? c.skipWords(pos + 1, ['le']) : -1;
    if (after < 0 || !(dayOfMonth(c, after) || feastAt(c, after))) break;
    pos = after;
  }
  if (easter.length > 0) return next < 0 || !dates.every(validDay) ? undefined : { selector: { kind: 'feasts', dates, easter }, next, review };
  if (dates.length === 0 || next < 0) return undefined;
  if (!dates.every(validDay)) return undefined;
  if (dates.length === 1) return { selector: { kind: 'dateRange', from: dates[0], to: dates[0] }, next, review };
  return { selector: { kind: 'dates', dates }, next, review };
}

/** France's public holidays on fixed dates (with 26 December, Alsace-Moselle's), and the moveable ones from Easter. */
const FIXED_HOLIDAYS = new Set(['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25', '12-26']);
const MOVEABLE_HOLIDAYS = new Set([-2, 1, 39, 50]);

/** "les 1er janvier, lundi de Pâques et 1er mai": days named one by one at i, every one a public holiday. */
export function publicHolidaysOnly(c: TokenCursor, i: number): boolean {
  const s = dateList(c, c.skipWords(i, ['le', 'les', 'la', 'l', 'du', 'des']))?.selector;
  if (!s) return false;
  const dates = s.kind === 'dates' || s.kind === 'feasts' ? s.dates : s.kind === 'dateRange' && s.from.month === s.to.month && s.from.day === s.to.day ? [s.from] : undefined;
  if (!dates) return false;
  const easter = s.kind === 'feasts' ? s.easter : [];
  return dates.every((d) => FIXED_HOLIDAYS.has(`${d.month}-${d.day}`)) && easter.every((e) => MOVEABLE_HOLIDAYS.has(e));
}

/** The last day that can follow Easter in every year: Easter Sunday falls on 25 April at the latest. */
const AFTER_EASTER_ALWAYS: MonthDay = { month: 4, day: 26 };

/**
 * "de Pâques à la Toussaint", "de Pâques à fin octobre", "de Pâques au 30 septembre", "du lundi de Pâques à
 * octobre": a season from Easter to a date that always comes after it. Easter alone starts the season on its
 * Sunday.
 */
function fromEaster(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  if (!c.isWord(i, 'de', 'du', 'd')) return undefined;
  // "le week-end de Pâques", "les vacances de Pâques": not Easter Sunday.
  if (c.isWord(i - 1, 'end', 'weekend', 'we', 'semaine', 'vacances', 'conges', 'fetes', 'fete', 'pont', ...WEEKDAY_FULL_NAMES)) return undefined;
  const start = c.isWord(i + 1, 'paques', 'paque') ? { easter: 0, next: i + 2 } : feastAt(c, i + 1);
  if (!start || start.easter < 0 || start.easter > 1) return undefined;
  const conn = rangeConnector(c, start.next);
  if (conn < 0) return undefined;
  const pos = c.skipWords(conn, ['le']);
  const saint = c.phrase(c.skipWords(conn, ['la']), ['toussaint']);
  const month = namedMonth(c, pos);
  const end: { date: MonthDay; next: number; review: ReviewReason[] } | undefined =
    saint >= 0 ? { date: { month: 11, day: 1 }, next: saint, review: [] } : (fullDate(c, pos) ?? endOfMonth(c, conn) ?? (month ? { date: { month: month.month, day: lastDayOfMonth(month.month) }, next: month.next, review: month.review } : undefined));
  if (!end) return undefined;
  const { date } = end;
  if (date.month < AFTER_EASTER_ALWAYS.month || (date.month === AFTER_EASTER_ALWAYS.month && date.day < AFTER_EASTER_ALWAYS.day)) return undefined;
  return { selector: { kind: 'fromEaster', easter: start.easter, to: date }, next: end.next, review: end.review };
}

/** "du 12 juin au 2 juillet et du 30 août au 12 septembre": date ranges joined by "et" or a comma. */
function dateRanges(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  const first = dateRange(c, i);
  if (!first || first.selector.kind !== 'dateRange') return first;
  const ranges = [{ from: first.selector.from, to: first.selector.to }];
  const review = [...first.review];
  let next = first.next;
  for (;;) {
    const after = c.isPunct(next, ',') || c.isWord(next, 'et') ? next + 1 : -1;
    const more = after >= 0 ? dateRange(c, after) : undefined;
    if (!more || more.selector.kind !== 'dateRange') break;
    ranges.push({ from: more.selector.from, to: more.selector.to });
    review.push(...more.review);
    next = more.next;
  }
  if (ranges.length === 1) return first;
  return { selector: { kind: 'rangeList', ranges }, next, review };
}

function monthsOf(s: DateSelector): number[] | undefined {
  if (s.kind === 'monthList') return s.months;
  return s.kind === 'months' ? monthsBetween(s.from, s.to) : undefined;
}

/** "d'avril à juin et septembre", "juillet, août et de novembre à janvier": month ranges and months in one list. */
function monthRangesAndMonths(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  const first = monthRange(c, i);
  if (!first) return undefined;
  const months = monthsOf(first.selector) as number[];
  const review = [...first.review];
  let next = first.next;
  for (;;) {
    const after = c.isPunct(next, ',') || c.isWord(next, 'et') ? next + 1 : -1;
    const more = after >= 0 ? (monthRange(c, after) ?? monthListOrSingle(c, after)) : undefined;
    const added = more && monthsOf(more.selector);
    if (!more || !added || added.some((m) => months.includes(m))) break;
    months.push(...added);
    review.push(...more.review);
    next = more.next;
  }
  if (next === first.next) return first;
  return { selector: { kind: 'monthList', months: [...months].sort((a, b) => a - b) }, next, review };
}

export function datePhrase(c: TokenCursor, i: number): DatePhraseMatch | undefined {
  return dateRanges(c, i) ?? fromEaster(c, i) ?? monthRangesAndMonths(c, i) ?? dateList(c, i) ?? monthListOrSingle(c, i);
}

const SEASON_PHRASES = [
  ['saison', 'estivale'], ['periode', 'estivale'], ['periode', 'hivernale'], ['haute', 'saison'], ['basse', 'saison'],
  ['hors', 'saison'], ['ete'], ['hiver'], ['printemps'], ['automne'], ['estivale'], ['hivernale'], ['saison'],
];
/** "l'été", "hiver", "haute saison": a season whose dates the text must give, else the value is ambiguous. */
export function seasonPhrase(c: TokenCursor, i: number): number {
  return c.anyPhrase(c.skipWords(i, ['l', 'le', 'en', 'la']), SEASON_PHRASES);
}

/** The seasons that have an opposite: the year is one or the other ("en hiver … en été …"). */
export type SeasonName = 'summer' | 'winter' | 'high' | 'low';
const NAMED_SEASONS: Array<[string[], SeasonName]> = [
  [['saison', 'estivale'], 'summer'], [['periode', 'estivale'], 'summer'], [['ete'], 'summer'], [['estivale'], 'summer'],
  [['periode', 'hivernale'], 'winter'], [['hiver'], 'winter'], [['hivernale'], 'winter'],
  [['haute', 'saison'], 'high'], [['basse', 'saison'], 'low'],
];
const OPPOSITE_SEASON: Record<SeasonName, SeasonName> = { summer: 'winter', winter: 'summer', high: 'low', low: 'high' };

/** Which season the season phrase at i names, when it has an opposite ("printemps", "saison" have none). */
export function seasonName(c: TokenCursor, i: number): SeasonName | undefined {
  const pos = c.skipWords(i, ['l', 'le', 'en', 'la']);
  return NAMED_SEASONS.find(([words]) => c.phrase(pos, words) >= 0)?.[1];
}

export function oppositeSeasons(a: SeasonName, b: SeasonName): boolean {
  return OPPOSITE_SEASON[a] === b;
}

/** During school holidays (SH): "vacances scolaires", and "hors période scolaire" (outside the school term). */
const DURING_SCHOOL_HOLIDAYS = [
  ['pendant', 'les', 'vacances', 'scolaires'], ['durant', 'les', 'vacances', 'scolaires'], ['pendant', 'les', 'conges', 'scolaires'], ['durant', 'les', 'conges', 'scolaires'],
  ['en', 'dehors', 'de', 'la', 'periode', 'scolaire'], ['en', 'dehors', 'des', 'periodes', 'scolaires'], ['hors', 'periode', 'scolaire'], ['hors', 'periodes', 'scolaires'],
  ['hors', 'temps', 'scolaire'], ['en', 'periode', 'de', 'vacances', 'scolaires'], ['les', 'vacances', 'scolaires'], ['vacances', 'scolaires'], ['conges', 'scolaires'],
];
/** Outside school holidays (the school term): "hors vacances scolaires", "en période scolaire". */
const OUTSIDE_SCHOOL_HOLIDAYS = [
  ['en', 'dehors', 'des', 'vacances', 'scolaires'], ['en', 'dehors', 'des', 'conges', 'scolaires'], ['hors', 'vacances', 'scolaires'], ['hors', 'conges', 'scolaires'],
  ['pendant', 'la', 'periode', 'scolaire'], ['durant', 'la', 'periode', 'scolaire'], ['en', 'periode', 'scolaire'], ['periode', 'scolaire'], ['periodes', 'scolaires'],
  // "9h-12h sauf vacances scolaires": all but the holidays.
  ['sauf', 'pendant', 'les', 'vacances', 'scolaires'], ['sauf', 'durant', 'les', 'vacances', 'scolaires'], ['sauf', 'les', 'vacances', 'scolaires'], ['sauf', 'vacances', 'scolaires'],
  ['excepte', 'pendant', 'les', 'vacances', 'scolaires'], ['hormis', 'les', 'vacances', 'scolaires'],
];
/** Holidays of one kind only, or without "scolaires": recognized, never converted (which holidays?). */
const UNSURE_HOLIDAYS = [['petites', 'vacances'], ['grandes', 'vacances'], ['hors', 'vacances'], ['vacances']];

/**
 * "vacances scolaires zone B", "(zone C)": OSM's `SH` is the school holidays of the place's own zone, which is
 * what a French text names; the zone adds nothing to the value.
 */
function afterZone(c: TokenCursor, i: number): number {
  const bracket = c.isPunct(i, '(');
  let pos = c.skipWords(bracket ? i + 1 : i, ['de', 'la', 'en']);
  if (!c.isWord(pos, 'zone') || !c.isWord(pos + 1, 'a', 'b', 'c')) return i;
  pos += 2;
  if (bracket) return c.isPunct(pos, ')') ? pos + 1 : i;
  return pos;
}

/**
 * School holidays (OSM `SH`, the French school calendar the opening_hours library knows): during them or
 * outside them. `unsure` for "vacances" alone or a kind of holidays ("grandes vacances"), never converted.
 */
export function schoolHolidaysPhrase(c: TokenCursor, i: number): { when: 'during' | 'outside' | 'unsure'; next: number } | undefined {
  const pos = c.skipWords(i, ['pendant', 'durant', 'les', 'des']);
  for (const [phrases, when] of [[OUTSIDE_SCHOOL_HOLIDAYS, 'outside'], [DURING_SCHOOL_HOLIDAYS, 'during'], [UNSURE_HOLIDAYS, 'unsure']] as const) {
    for (const at of [i, pos]) {
      const next = c.anyPhrase(at, phrases);
      if (next >= 0) return { when, next: when === 'unsure' ? next : afterZone(c, next) };
    }
  }
  return undefined;
}
