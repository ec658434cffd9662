// Recognizes times of day and time ranges in French: "de 9h à 12h", "9h-12h", "8h30/12h", "entre 9h et 13h",
// "de midi à 14h30", "du lever au coucher du soleil", "24h/24", and "ouverture à 8h30" / "fermeture à 16h".

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
  if (c.isWord(i, 'de', 'd')) return { opener: 'de', next: i + 1 };
  if (c.isWord(i, 'entre')) return { opener: 'entre', next: i + 1 };
  if (c.isWord(i, 'du')) return { opener: 'du', next: i + 1 };
  return { opener: undefined, next: i };
}

function connector(c: TokenCursor, i: number, open: Opener): { next: number; word: boolean } | undefined {
  if (c.isPunct(i, '-/>')) return { next: i + 1, word: false };
  if (c.isWord(i, 'a', 'au')) return { next: i + 1, word: true };
  if (open === 'entre' && c.isWord(i, 'et')) return { next: i + 1, word: true };
  const until = c.phrase(i, ['jusqu', 'a']);
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
  // "du …" opens a time range only for solar events ("du lever au coucher du soleil"): "du 1 au 15" is a date.
  if (open.opener === 'du' && (first.point.kind !== 'event' || second.point.kind !== 'event')) return undefined;
  const events = first.point.kind === 'event' || second.point.kind === 'event';
  if (events && (first.bare || second.bare)) return undefined;
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
  const review = [...first.review, ...second.review];
  const e2 = minutesOf(end);
  if (s !== undefined && e2 !== undefined) {
    if (s === e2) return undefined;
    if (e2 < s) {
      // "de 9 à 5" is not French for 9:00-17:00, and not surely 09:00-05:00 either.
      if (first.bare || second.bare) return undefined;
      // Past midnight a place closes in the small hours ("de 22h à 2h"); "de 18h à 13h" is a slip, not 19 hours.
      if (e2 > LATEST_OVERNIGHT_END && !closing) return undefined;
      review.push('overnight');
    }
  }
  return { range: { start, end }, next: second.next, review };
}

const CALENDAR_WORDS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'ans', 'mois']);
function isCalendarWord(w: string | undefined): boolean {
  return w !== undefined && CALENDAR_WORDS.has(w);
}

const OPEN_WORDS = ['ouverture', 'reouverture', 'ouvre', 'ouvert', 'ouverte', 'ouverts', 'ouvertes'];
const CLOSE_WORDS = ['fermeture', 'ferme', 'fermee', 'fermes', 'fermees', 'fermera'];

/** "ouverture à 8h30", "dès 9h", "à partir de 9h" → an opening time; "fermeture à 16h", "jusqu'à 18h" → a closing time. */
export function openOrCloseAt(c: TokenCursor, i: number): { kind: 'openAt' | 'closeAt'; time: TimePoint; next: number; review: ReviewReason[] } | undefined {
  let kind: 'openAt' | 'closeAt' | undefined;
  let pos = i;
  if (c.isWord(pos, ...OPEN_WORDS)) {
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
    kind = 'closeAt';
    pos = until;
  } else if (kind && c.isWord(pos, 'a')) {
    pos++;
  } else {
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
