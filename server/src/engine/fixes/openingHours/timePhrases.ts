// Recognizes times of day and time ranges in French: "de 9h à 12h", "9h-12h", "8h30/12h", "entre 9h et 13h",
// "de midi à 14h30", "du lever au coucher du soleil", "24h/24", and "ouverture à 8h30" / "fermeture à 16h".

import type { Token } from './lexer';
import type { TokenCursor } from './tokenCursor';
import type { ReviewReason, TimePoint, TimeRange } from './types';

export interface TimePointMatch {
  point: TimePoint;
  next: number;
  /** A bare number ("de 14 à 17h"): an hour only by context. */
  bare: boolean;
  /** "minuit": 00:00 as a start, 24:00 as an end. */
  midnight: boolean;
  review: ReviewReason[];
}

export interface TimeRangeMatch {
  range: TimeRange;
  next: number;
  review: ReviewReason[];
}

const END_OF_DAY = 24 * 60;
/** The latest end of a range that runs past midnight (06:00): later, the text is more likely a slip. */
const LATEST_OVERNIGHT_END = 6 * 60;
/**
 * A night's hours from the evening ("19h - 7h", "de 20h à 8h": a night service, a shelter) may end until 08:00;
 * a range from the afternoon that ends in the morning ("de 14h à 8h") is still read as a slip.
 */
const EVENING = 18 * 60;
const LATEST_NIGHT_END = 8 * 60;

/** Solar events, optionally followed by "du soleil": "lever", "coucher", "aube", "crépuscule". */
function solarEvent(c: TokenCursor, i: number): TimePointMatch | undefined {
  const pos = c.skipWords(i, ['le', 'l', 'la']);
  const w = c.word(pos);
  const event = w === 'lever' ? 'sunrise' : w === 'coucher' ? 'sunset' : w === 'aube' ? 'dawn' : w === 'crepuscule' ? 'dusk' : undefined;
  if (!event) return undefined;
  let next = pos + 1;
  const withSun = c.phrase(next, ['du', 'soleil']);
  if (withSun >= 0) next = withSun;
  return { point: { kind: 'event', event }, next, bare: false, midnight: false, review: [] };
}

export function timePoint(c: TokenCursor, i: number, allowBare: boolean): TimePointMatch | undefined {
  const t = c.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'time') {
    return { point: { kind: 'clock', minutes: t.minutes }, next: i + 1, bare: false, midnight: false, review: t.form === 'dot' ? ['dotted-time'] : [] };
  }
  if (t.kind === 'word' && t.text === 'midi') return { point: { kind: 'clock', minutes: 12 * 60 }, next: i + 1, bare: false, midnight: false, review: [] };
  if (t.kind === 'word' && t.text === 'minuit') return { point: { kind: 'clock', minutes: END_OF_DAY }, next: i + 1, bare: false, midnight: true, review: [] };
  if (allowBare && t.kind === 'number' && !t.ordinal && t.value <= 24 && t.end - t.start <= 2) {
    return { point: { kind: 'clock', minutes: t.value * 60 }, next: i + 1, bare: true, midnight: false, review: ['bare-hour'] };
  }
  return solarEvent(c, i);
}

type Opener = 'de' | 'entre' | 'du' | undefined;

function opener(c: TokenCursor, i: number): { opener: Opener; next: number } {
  // ("d'" only with its apostrophe: "D 9h-12h" is Sunday's letter.)
  if (c.isWord(i, 'de') || (c.isWord(i, 'd') && c.elided(i))) return { opener: 'de', next: i + 1 };
  if (c.isWord(i, 'entre')) return { opener: 'entre', next: i + 1 };
  if (c.isWord(i, 'du')) return { opener: 'du', next: i + 1 };
  return { opener: undefined, next: i };
}

function connector(c: TokenCursor, i: number, open: Opener): { next: number; word: boolean; loose?: boolean } | undefined {
  if (c.isPunct(i, '-/>')) return { next: i + 1, word: false };
  // "8h30 | 12h": a bar between two clock times (not between ranges: "9h-12h | 14h-18h").
  if (c.isPunct(i, '|') && c.tokens[i - 1]?.kind === 'time' && c.tokens[i + 1]?.kind === 'time' && !c.isPunct(i + 2, '-') && !c.isPunct(i - 2, '-')) return { next: i + 1, word: false, loose: true };
  if (c.isWord(i, 'a', 'au')) return { next: i + 1, word: true };
  if (open === 'entre' && c.isWord(i, 'et')) return { next: i + 1, word: true };
  const until = c.anyPhrase(i, [['jusqu', 'a'], ['jusqu', 'au']]);
  if (until >= 0) return { next: until, word: true };
  return undefined;
}

function minutesOf(p: TimePoint): number | undefined {
  return p.kind === 'clock' ? p.minutes : undefined;
}

/**
 * A time range at i, or undefined. Checks that a bare number is an hour only where the context says so.
 * `closing`: the range follows "fermé" ("fermé de 22h à 7h"), where a night runs past 06:00.
 */
export function timeRange(c: TokenCursor, i: number, closing = false): TimeRangeMatch | undefined {
  const connected = connectedRange(c, i, closing);
  if (connected || opener(c, i).opener !== undefined) return connected;
  return gluedRange(c, i) ?? juxtaposedRange(c, i);
}

/** A range written with its connector ("de 9h à 12h", "9h-12h", "entre 9h et 13h"), or undefined. */
function connectedRange(c: TokenCursor, i: number, closing: boolean): TimeRangeMatch | undefined {
  const t = c.tokens[i];
  if (t && t.kind === 'allDay') {
    return { range: { start: { kind: 'clock', minutes: 0 }, end: { kind: 'clock', minutes: END_OF_DAY } }, next: i + 1, review: [] };
  }
  const open = opener(c, i);
  const first = timePoint(c, open.next, true);
  if (!first) return undefined;
  const conn = connector(c, first.next, open.opener);
  if (!conn) return undefined;
  const second = timePoint(c, conn.next, true);
  if (!second) return undefined;
  if (gluedPair(c, open.next) && gluedPair(c, conn.next)) return undefined;
  // "du …" opens a time range only for solar events ("du lever au coucher du soleil"): "du 1 au 15" is a date.
  if (open.opener === 'du' && (first.point.kind !== 'event' || second.point.kind !== 'event')) return undefined;
  const events = first.point.kind === 'event' || second.point.kind === 'event';
  if (events && (first.bare || second.bare)) return undefined;
  // "de 22h jusqu'à l'aube": a night out's figure of speech, not the dawn of the almanac (found by probing: "22:00-dawn"
  // at "safe"). Dawn ends only a range from another solar event.
  if (second.point.kind === 'event' && second.point.event === 'dawn' && first.point.kind !== 'event') return undefined;
  if (first.bare && second.bare) {
    // "de 9 à 12": both hours only after "de"/"entre" with a word connector, never "9-12" (could be dates).
    if (!open.opener || !conn.word) return undefined;
  }
  // A bare number followed by a month or a weekday word is a day of the month, not an hour.
  if (second.bare && isCalendarWord(c.word(second.next))) return undefined;
  let start = first.point;
  let end = second.point;
  if (first.midnight) start = { kind: 'clock', minutes: 0 };
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s !== undefined && s === END_OF_DAY) return undefined;
  if (s !== undefined && e !== undefined && e === 0 && !second.midnight) end = { kind: 'clock', minutes: END_OF_DAY };
  const review: ReviewReason[] = [...first.review, ...second.review, ...(conn.loose ? ['loose-times' as const] : [])];
  const e2 = minutesOf(end);
  // "de 17 heures à 4h du matin": the end said to be in the morning, which it is (a clock time before noon).
  const morningSaid = e2 !== undefined && e2 < 12 * 60 && !second.bare ? c.phrase(second.next, ['du', 'matin']) : -1;
  if (s !== undefined && e2 !== undefined) {
    if (s === e2) return undefined;
    if (e2 < s) {
      // "de 9 à 5" is not French for 9:00-17:00, and not surely 09:00-05:00 either.
      if (first.bare || second.bare) return undefined;
      // Past midnight a place closes in the small hours ("de 22h à 2h"); "de 18h à 13h" is a slip, not 19 hours.
      if (e2 > (s >= EVENING ? LATEST_NIGHT_END : LATEST_OVERNIGHT_END) && !closing) return undefined;
      // "9h-5h", "8h à 4h": a 12-hour clock's afternoon more likely than a night from the morning (bars from the
      // morning close by 3h: "de 9h à 1h").
      // ("de 9h à 5h du matin" says which.)
      if (s < 12 * 60 && e2 >= 4 * 60 && !closing && morningSaid < 0) return undefined;
      // "de midi à deux heures" is said for 14h as often as for the night: which one is not said.
      if (c.isWord(open.next, 'midi') && morningSaid < 0) return undefined;
      review.push('overnight');
    }
  }
  return { range: { start, end }, next: morningSaid >= 0 ? morningSaid : second.next, review };
}

const CALENDAR_WORDS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'ans', 'mois']);
function isCalendarWord(w: string | undefined): boolean {
  return w !== undefined && CALENDAR_WORDS.has(w);
}

const OPEN_WORDS = ['ouverture', 'reouverture', 'ouvre', 'ouvert', 'ouverte', 'ouverts', 'ouvertes'];
const CLOSE_WORDS = ['fermeture', 'ferme', 'fermee', 'fermes', 'fermees', 'fermera'];

/** "ouverture à 8h30", "dès 9h", "à partir de 9h" → an opening time; "fermeture à 16h", "jusqu'à 18h" → a closing time. */
export function openOrCloseAt(c: TokenCursor, i: number, said?: 'openAt' | 'closeAt'): { kind: 'openAt' | 'closeAt'; time: TimePoint; next: number; review: ReviewReason[] } | undefined {
  // (`said`: the opening or closing word came before, with days between: "fermeture le samedi à 18h".)
  let kind: 'openAt' | 'closeAt' | undefined = said;
  let pos = i;
  if (said) {
    if (!c.isWord(pos, 'a')) return undefined;
  } else if (c.isWord(pos, ...OPEN_WORDS)) {
    kind = 'openAt';
    pos++;
  } else if (c.isWord(pos, ...CLOSE_WORDS)) {
    kind = 'closeAt';
    pos++;
  }
  const fromPhrase = c.anyPhrase(pos, [['a', 'partir', 'de'], ['a', 'partir', 'd'], ['des']]);
  const until = c.phrase(pos, ['jusqu', 'a']);
  if (fromPhrase >= 0) {
    kind = kind ?? 'openAt';
    pos = fromPhrase;
  } else if (until >= 0) {
    if (kind === 'openAt') return undefined;
    // "fermé jusqu'à 14h", "fermeture jusqu'à 14h": closed until then, so it opens then (found by probing: read as
    // closing at 14h, the opposite).
    kind = kind === 'closeAt' ? 'openAt' : 'closeAt';
    pos = until;
  } else if (kind && c.isWord(pos, 'a')) {
    pos++;
  } else if (!kind || c.tokens[pos]?.kind !== 'time' || c.tokens[pos - 1]?.kind !== 'word') {
    // ("Ouverture 9h - Fermeture 18h": the time right after the word, with no "à".)
    return undefined;
  }
  if (!kind) return undefined;
  const point = timePoint(c, pos, false);
  if (!point || point.point.kind !== 'clock') return undefined;
  // "ouverture de 9h à 18h" / "dès 9h-12h" is a range: let the range matcher take it.
  if (timeRange(c, pos)) return undefined;
  let minutes = point.point.minutes;
  if (point.midnight) minutes = kind === 'openAt' ? 0 : END_OF_DAY;
  return { kind, time: { kind: 'clock', minutes }, next: point.next, review: point.review };
}

/**
 * Words after which a time is one moment ("à 15h18h", "dès 9h 12h", "fermeture 12h 14h"), never the start of a
 * range written without a connector.
 */
const TIME_INTRODUCERS = ['a', 'au', 'de', 'd', 'des', 'du', 'jusqu', 'vers', 'entre', 'partir', 'avant', 'apres', 'ou', 'sauf', ...OPEN_WORDS, ...CLOSE_WORDS];
/** Words after which a range goes on ("9h 12h à 14h"): the times before are not a range of their own. */
const RANGE_CONTINUERS = ['a', 'au', 'jusqu'];

function clockToken(c: TokenCursor, i: number): Extract<Token, { kind: 'time' }> | undefined {
  const t = c.tokens[i];
  return t?.kind === 'time' ? t : undefined;
}

/** A time lexed as "15h18h" that may be a range written without its dash. */
function gluedPair(c: TokenCursor, i: number): boolean {
  return clockToken(c, i)?.gluedEnd !== undefined;
}

function introducedTime(c: TokenCursor, i: number): boolean {
  return c.isWord(i - 1, ...TIME_INTRODUCERS);
}

/**
 * "Jeudi : 10h-12h30 - 15h18h": a time lexed as "15h18h" whose minutes can be a later hour, with no connector
 * after it, is a range written without its dash (read as 15:18 it would stand alone, which means nothing).
 */
function gluedRange(c: TokenCursor, i: number): TimeRangeMatch | undefined {
  const t = clockToken(c, i);
  if (!t || t.gluedEnd === undefined || introducedTime(c, i)) return undefined;
  // "9h12h-14h18h": 09:12-14:18, or 9h-12h and 14h-18h? A time after a connector leaves it open: refused.
  const conn = connector(c, i + 1, undefined);
  if (conn && timePoint(c, conn.next, true)) return undefined;
  const start = Math.floor(t.minutes / 60) * 60;
  return { range: { start: { kind: 'clock', minutes: start }, end: { kind: 'clock', minutes: t.gluedEnd } }, next: i + 1, review: ['loose-times'] };
}

/** A run of clock times side by side or joined by dashes: their token indexes, and whether a dash comes before each. */
interface TimeRun {
  times: number[];
  dashBefore: boolean[];
}

/** The run of times around i ("08h30 12h - 14h 17h30"): extends both ways over times right beside, or past one dash. */
function timeRunAround(c: TokenCursor, i: number): TimeRun {
  let first = i;
  for (;;) {
    if (clockToken(c, first - 1)) first -= 1;
    else if (c.isPunct(first - 1, '-') && clockToken(c, first - 2)) first -= 2;
    else break;
  }
  const run: TimeRun = { times: [first], dashBefore: [false] };
  let k = first;
  for (;;) {
    if (clockToken(c, k + 1)) k += 1;
    else if (c.isPunct(k + 1, '-') && clockToken(c, k + 2)) k += 2;
    else break;
    run.times.push(k);
    run.dashBefore.push(c.isPunct(k - 1, '-'));
  }
  return run;
}

/**
 * "08h30 12h - 14h 17h30", "14h 17h": times side by side pair into ranges when the pairing is certain: an even
 * run, no dash inside a pair, a dash between every two pairs, and each time later than the one before. Four times
 * in a row with no dash ("10h 11h 14h 15h") may be moments (visits, departures): refused. A run after "à", "dès",
 * "fermeture"…, or followed by "à"/"jusqu'à", is refused too: there a time is a moment.
 */
function juxtaposedRange(c: TokenCursor, i: number): TimeRangeMatch | undefined {
  // A pair's two times are side by side: the one at i opens it only with another time right after.
  if (!clockToken(c, i) || !clockToken(c, i + 1)) return undefined;
  const { times, dashBefore } = timeRunAround(c, i);
  const position = times.indexOf(i);
  if (times.length % 2 !== 0 || position % 2 !== 0) return undefined;
  if (introducedTime(c, times[0]) || c.isWord(times[times.length - 1] + 1, ...RANGE_CONTINUERS)) return undefined;
  const between = dashBefore.filter((_, k) => k % 2 === 0 && k > 0);
  // (Pairs told apart by dashes, "8h 12h - 14h 17h", or by no mark at all, "8h 12h 13h30 17h30": times rising, each
  // pair a range, as a spreadsheet's columns of opening and closing times give them.)
  if (dashBefore.some((dash, k) => k % 2 === 1 && dash) || (between.some((dash) => !dash) && between.some((dash) => dash))) return undefined;
  // "9h 14h18h": a time that may itself be a range leaves the pairing open.
  if (times.some((k) => gluedPair(c, k))) return undefined;
  const minutes = times.map((k) => clockToken(c, k)?.minutes ?? 0);
  if (minutes.some((m, k) => k > 0 && m <= minutes[k - 1])) return undefined;
  const [start, end] = [clockToken(c, i), clockToken(c, i + 1)];
  if (!start || !end) return undefined;
  const review: ReviewReason[] = [start, end].some((t) => t.form === 'dot') ? ['dotted-time', 'loose-times'] : ['loose-times'];
  return { range: { start: { kind: 'clock', minutes: start.minutes }, end: { kind: 'clock', minutes: end.minutes } }, next: i + 2, review };
}
