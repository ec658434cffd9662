// Recognizes which days a French phrase names: "du lundi au vendredi", "lun-ven", "L-V", "lundi, mardi et jeudi",
// "tous les jours", "7j/7", "en semaine", "le week-end", "les jours fériés", "le 1er et le 3e samedi du mois".

import { feastAt } from './datePhrases';
import { correctTypo } from './fuzzyWords';
import type { TokenCursor } from './tokenCursor';
import { ORDINAL_WORDS, OSM_TWO_LETTER_WEEKDAYS, WEEKDAY_FULL_NAMES, WEEKDAY_LETTERS, WEEKDAY_WORDS } from './vocabulary';
import { WEEKDAYS, type DaySet, type ReviewReason, type Weekday } from './types';

export interface DayPhraseMatch {
  days: DaySet;
  allDays: boolean;
  next: number;
  review: ReviewReason[];
}

/** Words before days that only say "every": "le mardi", "les mardis", "chaque mardi", "tous les mardis". */
const ARTICLES = ['le', 'les', 'la', 'l', 'chaque', 'tous', 'toutes'];

export function emptyDaySet(): DaySet {
  return { plain: new Set(), nth: [], holidays: false };
}

function daySetOf(days: Iterable<Weekday>): DaySet {
  return { plain: new Set(days), nth: [], holidays: false };
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const out: Weekday[] = [];
  for (let d = from; ; d = ((d + 1) % 7) as Weekday) {
    out.push(d);
    if (d === to) return out;
  }
}

interface WeekdayWord {
  day: Weekday;
  next: number;
  review: ReviewReason[];
  /** Spelled as an OSM two-letter code ("Mo", "We"). */
  osm: boolean;
  /** A single letter ("L", "V"). */
  letter?: boolean;
}

/** One weekday word at i ("lundi", "lun.", "Lu", "Mo", a one-typo "Samdi"); "We" only next to other OSM codes. */
function weekdayWord(c: TokenCursor, i: number): WeekdayWord | undefined {
  const w = c.word(i);
  if (w === undefined) return undefined;
  if (w === 'we') return osmNeighbour(c, i) ? { day: 2, next: i + 1, review: [], osm: true } : undefined;
  // "en mer", "la mer", "fruits de mer", "Terre et Mer": the sea, not "mer." for Wednesday (probing round 8).
  // ("de mer à dim", "mer.-dim.": a day where another day follows it.)
  const dayFollows = () => (c.isWord(i + 1, 'a', 'au') || c.isPunct(i + 1, '-/,.')) && WEEKDAY_WORDS.has(c.word(c.isPunct(i + 2, '-') ? i + 3 : i + 2) ?? '');
  if (w === 'mer' && !dayFollows() && (c.isWord(i - 1, 'en', 'la', 'l', 'de', 'd', 'sur', 'par', 'bord', 'vue') || (c.isWord(i - 1, 'et') && c.isWord(i - 2, 'terre')))) return undefined;
  const known = WEEKDAY_WORDS.get(w);
  if (known !== undefined) return { day: known, next: i + 1, review: [], osm: OSM_TWO_LETTER_WEEKDAYS.has(w) };
  const corrected = correctTypo(w, WEEKDAY_FULL_NAMES);
  if (corrected) return { day: WEEKDAY_WORDS.get(corrected) as Weekday, next: i + 1, review: ['fuzzy-word'], osm: false };
  return undefined;
}

/** "We" is Wednesday when written beside another OSM weekday code ("Mo-We", "We,Fr"); otherwise it is "week-end". */
function osmNeighbour(c: TokenCursor, i: number): boolean {
  const isOsm = (k: number) => {
    const w = c.word(k);
    return w !== undefined && w !== 'we' && OSM_TWO_LETTER_WEEKDAYS.has(w);
  };
  return (c.isPunct(i - 1, '-,') && isOsm(i - 2)) || (c.isPunct(i + 1, '-,') && isOsm(i + 2));
}

/**
 * "WE & jours fériés", "jours fériés et WE": "WE" listed with the public holidays spelled in French is the
 * week-end (OSM's Wednesday would be written among OSM codes, beside "PH").
 */
function frenchHolidaysBeside(c: TokenCursor, i: number): boolean {
  const french = [['jours', 'feries'], ['jour', 'ferie'], ['feries'], ['ferie']];
  const joinedAfter = c.isPunct(i + 1, ',&') || c.isWord(i + 1, 'et') ? i + 2 : -1;
  if (joinedAfter > 0 && c.anyPhrase(c.skipWords(joinedAfter, ['les', 'le']), french) >= 0) return true;
  const joinedBefore = c.isPunct(i - 1, ',&') || c.isWord(i - 1, 'et');
  return joinedBefore && french.some((p) => c.phrase(i - 1 - p.length, p) === i - 1);
}

function ordinalAt(c: TokenCursor, i: number): { n: number; next: number } | undefined {
  const t = c.tokens[i];
  if (t && t.kind === 'number' && t.ordinal && t.value >= 1 && t.value <= 5) return { n: t.value, next: i + 1 };
  const w = c.word(i);
  if (w !== undefined && ORDINAL_WORDS.has(w)) return { n: ORDINAL_WORDS.get(w) as number, next: i + 1 };
  return undefined;
}

/** "les 2 premiers samedis du mois" → Sa[1,2]: the first n. */
function firstFew(c: TokenCursor, i: number): { nths: number[]; next: number } | undefined {
  const t = c.tokens[i];
  if (!t || t.kind !== 'number' || t.ordinal || t.value < 2 || t.value > 4 || !c.isWord(i + 1, 'premiers', 'premieres')) return undefined;
  return { nths: Array.from({ length: t.value }, (_, k) => k + 1), next: i + 2 };
}

/** "le 1er et le 3e samedi du mois", "le dernier vendredi du mois", "les 2 premiers samedis" → Sa[1,3], Fr[-1], Sa[1,2]. */
function nthWeekday(c: TokenCursor, i: number): DayPhraseMatch | undefined {
  const nths: number[] = [];
  let pos = c.skipWords(i, ARTICLES);
  const few = firstFew(c, pos);
  if (few) {
    nths.push(...few.nths);
    pos = few.next;
  }
  // "les premiers samedis de chaque mois": the first of every month, said in the plural (only with "du mois").
  const pluralFirst = !few && c.isWord(pos, 'premiers', 'premieres') && weekdayWord(c, pos + 1) !== undefined;
  if (pluralFirst) {
    nths.push(1);
    pos++;
  }
  for (; !few && !pluralFirst; ) {
    const o = ordinalAt(c, pos);
    if (!o) break;
    nths.push(o.n);
    pos = o.next;
    const sep = c.isPunct(pos, ',') || c.isWord(pos, 'et') ? pos + 1 : pos;
    const after = c.skipWords(sep, ARTICLES);
    if (ordinalAt(c, after)) pos = after;
    else break;
  }
  if (nths.length === 0) return undefined;
  const day = weekdayWord(c, pos);
  if (!day) return undefined;
  pos = day.next;
  const ofMonth = c.anyPhrase(pos, [['de', 'chaque', 'mois'], ['du', 'mois'], ['de', 'mois']]);
  if (ofMonth >= 0) pos = ofMonth;
  // "les 2 premiers samedis" says "of the month" only with it.
  else if (few || pluralFirst) return undefined;
  const sorted = [...new Set(nths)].sort((a, b) => (a < 0 ? 99 : a) - (b < 0 ? 99 : b));
  return { days: { plain: new Set(), nth: [{ day: day.day, nths: sorted }], holidays: false }, allDays: false, next: pos, review: day.review };
}

const ALL_DAYS_PHRASES = [
  ['tous', 'les', 'jours', 'de', 'la', 'semaine'],
  ['tous', 'les', 'jours', 'de', 'l', 'annee'],
  ['sept', 'jours', 'sur', 'sept'],
  ['tous', 'les', 'jours'],
  // ("Ts les jrs", "tous les jrs": written short.)
  ['ts', 'les', 'jours'], ['ts', 'les', 'jrs'], ['tous', 'les', 'jrs'],
  ['toute', 'la', 'semaine'],
  ['chaque', 'jour'],
  ['quotidiennement'],
  ['tlj'],
  ['tljs'],
];
const WEEKEND_PHRASES = [['week', 'ends'], ['week', 'end'], ['weekends'], ['weekend'], ['fins', 'de', 'semaine'], ['fin', 'de', 'semaine'], ['w', 'e']];
const WORKDAY_PHRASES = [['en', 'semaine'], ['jours', 'de', 'semaine'], ['jours', 'ouvres']];
// ("jours ferie" without its plural, "JF" for short.)
const HOLIDAY_PHRASES = [['jours', 'feries'], ['jour', 'ferie'], ['jours', 'ferie'], ['jour', 'feries'], ['feries'], ['ferie'], ['fetes'], ['jours', 'de', 'fete'], ['ph'], ['jf']];

/** Hours written at i: "10h", "de 10h", "(10h-13h)", ": 10h", "à partir de 10h". */
function hoursFollow(c: TokenCursor, i: number): boolean {
  let k = i;
  while (c.isWord(k, 'de', 'des', 'd', 'entre', 'a', 'partir', 'jusqu', 'au') || c.isPunct(k, ':(')) k++;
  const t = c.tokens[k];
  return t !== undefined && (t.kind === 'time' || t.kind === 'number' || t.kind === 'allDay');
}

/** `alone`: a group of days that is not one item of a list with hours right after it (see "la semaine"). */
type DayAtom = DayPhraseMatch & { single?: Weekday; osm?: boolean; alone?: boolean };

/** A named group of days, or one weekday, or an n-th weekday, at i (after optional articles). */
function dayAtom(c: TokenCursor, i: number): DayAtom | undefined {
  const t = c.tokens[i];
  if (t && t.kind === 'allWeek') return { days: daySetOf(WEEKDAYS), allDays: true, next: i + 1, review: [] };
  const start = c.skipWords(i, ARTICLES);
  let next = c.anyPhrase(i, ALL_DAYS_PHRASES);
  // "tous les jours fériés" is public holidays, not every day.
  if (next >= 0 && !c.isWord(next, 'feries', 'ferie')) return { days: daySetOf(WEEKDAYS), allDays: true, next, review: [] };
  if (next >= 0) {
    const holidays = c.anyPhrase(next - 1, HOLIDAY_PHRASES);
    if (holidays >= 0) return { days: { plain: new Set(), nth: [], holidays: true }, allDays: false, next: holidays, review: [] };
  }
  const explained = explainedDays(c, start);
  if (explained) return explained;
  next = c.anyPhrase(start, WEEKEND_PHRASES);
  if (next >= 0) return { days: daySetOf([5, 6]), allDays: false, next, review: [] };
  // "le WE": week-end, only after an article (alone it could be OSM's Wednesday).
  if (start > i && c.isWord(start, 'we') && !osmNeighbour(c, start)) {
    return { days: daySetOf([5, 6]), allDays: false, next: start + 1, review: ['weekend-abbreviation'] };
  }
  if (c.isWord(i, 'we') && frenchHolidaysBeside(c, i)) return { days: daySetOf([5, 6]), allDays: false, next: i + 1, review: ['weekend-abbreviation'] };
  next = c.anyPhrase(start, WORKDAY_PHRASES);
  if (next >= 0) return { days: daySetOf([0, 1, 2, 3, 4]), allDays: false, next, review: [] };
  const counted = countedWeek(c, start);
  if (counted) return counted;
  // "de 7h30 à 19h30 la semaine et le samedi de 10h à 13h": "la semaine" beside other days is the weekdays.
  if (c.isWord(i, 'la') && c.isWord(i + 1, 'semaine') && !c.isWord(i - 1, 'toute', 'par', 'une', 'de')) {
    return { days: daySetOf([0, 1, 2, 3, 4]), allDays: false, next: i + 2, review: ['named-days'], alone: true };
  }
  // "Semaine : 14h-18h" as a heading (beside "Week-end : …"): the working days.
  if (c.isWord(start, 'semaine') && c.isPunct(start + 1, ':')) return { days: daySetOf([0, 1, 2, 3, 4]), allDays: false, next: start + 1, review: ['named-days'] };
  next = c.phrase(start, ['jours', 'ouvrables']);
  if (next >= 0) return { days: daySetOf([0, 1, 2, 3, 4, 5]), allDays: false, next, review: ['named-days'] };
  next = c.anyPhrase(start, HOLIDAY_PHRASES);
  if (next >= 0) {
    const review: ReviewReason[] = c.isWord(start, 'fetes') || c.isWord(next - 1, 'fete') ? ['named-days'] : [];
    return { days: { plain: new Set(), nth: [], holidays: true }, allDays: false, next, review };
  }
  const nth = nthWeekday(c, i);
  if (nth) return nth;
  const range = explicitRange(c, i);
  if (range) return range;
  const day = weekdayWord(c, start);
  if (day) return { days: daySetOf([day.day]), allDays: false, next: day.next, review: day.review, single: day.day, osm: day.osm };
  // "fermé D et jours fériés": a letter alone at the head of a list, in a text of letter days.
  const letter = letterDay(c, i);
  if (letter && c.isWord(i + 1, 'et') && saidClosedBefore(c, i) && otherLetterDays(c, i)) {
    return { days: daySetOf([letter.day]), allDays: false, next: i + 1, review: ['single-letter-day'], single: letter.day };
  }
  return undefined;
}

/** Days named by what happens on them, which only brackets spelling them out say: "les jours de marché". */
const EXPLAINED_DAYS = [['jours', 'de', 'marche'], ['jours', 'd', 'ouverture'], ['jours', 'de', 'permanence'], ['jours', 'de', 'collecte']];

/**
 * "les jours de marché (mardis et samedis)": the days in the brackets, which must hold days only (no hours, no
 * exception); without them the phrase is not understood.
 */
function explainedDays(c: TokenCursor, i: number): DayPhraseMatch | undefined {
  const open = c.anyPhrase(i, EXPLAINED_DAYS);
  if (open < 0 || !c.isPunct(open, '(')) return undefined;
  const inner = dayPhrase(c, open + 1);
  if (!inner || inner.allDays || !c.isPunct(inner.next, ')')) return undefined;
  return { days: inner.days, allDays: false, next: inner.next + 1, review: [...inner.review, 'named-days'] };
}

/**
 * "les cinq jours de la semaine" (the working days, Mo-Fr), "les sept jours de la semaine" (every day). Six days
 * are not said to be which ones (Monday to Saturday, or Tuesday to Sunday).
 */
function countedWeek(c: TokenCursor, i: number): DayPhraseMatch | undefined {
  const t = c.tokens[i];
  const count = t?.kind === 'number' && !t.ordinal ? t.value : c.isWord(i, 'cinq') ? 5 : c.isWord(i, 'sept') ? 7 : undefined;
  if (count !== 5 && count !== 7) return undefined;
  const next = c.phrase(i + 1, ['jours', 'de', 'la', 'semaine']);
  if (next < 0) return undefined;
  if (count === 7) return { days: daySetOf(WEEKDAYS), allDays: true, next, review: [] };
  return { days: daySetOf([0, 1, 2, 3, 4]), allDays: false, next, review: ['named-days'] };
}

/** "du lundi au vendredi", "lundi à vendredi", "mardi jusqu'au samedi", "L à V". */
function explicitRange(c: TokenCursor, i: number): DayPhraseMatch | undefined {
  // ("L à V": the "l" is Monday's letter, not an article.)
  let pos = c.isWord(i, 'du', 'de', 'd') ? i + 1 : letterDay(c, i) ? i : c.skipWords(i, ARTICLES);
  const first = weekdayWord(c, pos) ?? letterDay(c, pos);
  if (!first) return undefined;
  // ("Du L. au V.": a letter's dot.)
  pos = first.letter && c.isPunct(first.next, '.') ? first.next + 1 : first.next;
  const conn = c.isWord(pos, 'au', 'a') ? pos + 1 : c.phrase(pos, ['jusqu', 'au']);
  if (conn < 0) return undefined;
  const second = weekdayWord(c, c.skipWords(conn, ['le'])) ?? letterDay(c, conn);
  if (!second) return undefined;
  const review = [...first.review, ...second.review];
  if (first.day === second.day) return undefined;
  const next = second.letter && c.isPunct(second.next, '.') ? second.next + 1 : second.next;
  return { days: daySetOf(dayRange(first.day, second.day)), allDays: false, next, review };
}

function letterDay(c: TokenCursor, i: number): WeekdayWord | undefined {
  const w = c.word(i);
  const day = w === undefined || c.elided(i) ? undefined : WEEKDAY_LETTERS.get(w);
  if (day === undefined) return undefined;
  return { day, next: i + 1, review: ['single-letter-day'], osm: false, letter: true };
}

/** A slash, then a single day, at i. */
function slashedDayAt(c: TokenCursor, i: number): boolean {
  return c.isPunct(i, '/') && dayAtom(c, i + 1)?.single !== undefined;
}

/** One day of a list written with letters: a single letter ("L", "J"; "M" left to its place) or an abbreviation ("Ma"). */
interface LetterAtom {
  day?: Weekday;
  letter: boolean;
}

function letterAtom(c: TokenCursor, i: number): LetterAtom | undefined {
  const w = c.word(i);
  if (w === undefined || c.elided(i)) return undefined;
  if (w === 'm') return { letter: true };
  const letter = WEEKDAY_LETTERS.get(w);
  if (letter !== undefined) return { day: letter, letter: true };
  const day = WEEKDAY_WORDS.get(w);
  return day !== undefined && w.length <= 4 && !OSM_TWO_LETTER_WEEKDAYS.has(w) ? { day, letter: false } : undefined;
}

/**
 * The days of a list written with letters, in the week's order: "M" is Tuesday then Wednesday only as a pair ("L M
 * M J V"; a lone "M" may be either); every day after the one before. Undefined when not so.
 */
function lettersInOrder(atoms: readonly LetterAtom[]): Weekday[] | undefined {
  const days: Weekday[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    if (a.day !== undefined) days.push(a.day);
    else if (atoms[k + 1] !== undefined && atoms[k + 1].letter && atoms[k + 1].day === undefined) {
      days.push(1, 2);
      k++;
    } else return undefined;
  }
  return days.every((d, k) => k === 0 || d > days[k - 1]) ? days : undefined;
}

/**
 * Days written with letters: a code ("LMMJV", "JVSD"), or letters and abbreviations one after the other ("L M M J V",
 * "L.M.M.J.V.", "L, Ma, Me, J, V", "J/V/S/D", "L-Me-V"), with one kind of separator. Two hyphenated are a range
 * ("Ma-D"); more are a list. For review.
 */
function letterDayList(c: TokenCursor, i: number, lone = true): DayPhraseMatch | undefined {
  const w = c.word(i);
  // ("SD" after "LMMJV": two letters, as a code only beside other letter days.)
  const code = w !== undefined && !c.elided(i) && (/^[lmjvsd]{3,7}$/.test(w) || (/^[ljvsd]{2}$/.test(w) && lone && otherLetterDays(c, i)));
  if (w !== undefined && code) {
    const days = lettersInOrder([...w].map((ch) => (ch === 'm' ? { letter: true } : { day: WEEKDAY_LETTERS.get(ch), letter: true })));
    return days ? { days: daySetOf(days), allDays: false, next: i + 1, review: ['single-letter-day'] } : undefined;
  }
  const atoms: LetterAtom[] = [];
  let sep: string | undefined;
  let pos = i;
  let next = i;
  for (;;) {
    const atom = letterAtom(c, pos);
    if (!atom) break;
    atoms.push(atom);
    // (A week has seven days: a longer run of letters is not a list of them, and is not walked further.)
    if (atoms.length > 7) return undefined;
    next = pos + 1;
    const t = c.tokens[next];
    // ("S et D", "Me & S": two joined by "et" or "&".)
    const here = t?.kind === 'punct' && ',./-&'.includes(t.char) ? t.char : c.isWord(next, 'et') ? 'et' : ' ';
    if (sep !== undefined && here !== sep) break;
    if (!letterAtom(c, here === ' ' ? next : next + 1)) {
      // "L.M.M.J.V." : the last letter's dot is part of the list.
      if (here === '.' && sep === '.') next++;
      break;
    }
    sep = here;
    pos = here === ' ' ? next : next + 1;
  }
  // (Followed by "et" and other days, "D et jours fériés", it is read with them as a list: see dayAtom.)
  if (lone && atoms.length === 1 && atoms[0].letter && atoms[0].day !== undefined && !c.isWord(next, 'et') && loneLetterDay(c, i) && otherLetterDays(c, i)) {
    return { days: daySetOf([atoms[0].day]), allDays: false, next, review: ['single-letter-day'] };
  }
  if (atoms.length < 2 || !atoms.some((a) => a.letter)) return undefined;
  // ("S et D : 10h-18h" alone: letters joined by "et" are days only beside other letter days.)
  if ((sep === 'et' || sep === '&') && atoms.every((a) => a.letter) && !(lone && otherLetterDays(c, i))) return undefined;
  // ("L/V": two letters and a slash, a range whose hyphen was typed as a slash or a list? "Lu/Ve" is refused too; found
  // by probing: "Mo,Fr".) Days next to each other ("S/D") are the same either way.
  if (sep === '/' && atoms.length === 2 && atoms[0].day !== undefined && atoms[1].day !== undefined && Math.abs(atoms[0].day - atoms[1].day) > 1) return undefined;
  const days = lettersInOrder(atoms);
  if (!days) return undefined;
  const range = sep === '-' && atoms.length === 2 ? dayRange(days[0], days[1]) : days;
  return { days: daySetOf(range), allDays: false, next, review: ['single-letter-day'] };
}

/**
 * "S : 9h-12h", "D 9h-12h", "…, le S de 10h à 17h": a letter alone is a day when its hours, a colon or a comment
 * follow, and nothing but punctuation, "le" or "et" comes before it ("Bâtiment D : 9h-12h" names a building); the
 * caller also asks for other days written with letters in the text ("L 9h-12h" alone is not read).
 */
function loneLetterDay(c: TokenCursor, i: number): boolean {
  const before = c.tokens[i - 1];
  // ("fermé le J", "Fermé D et JF": a day said closed.)
  if (saidClosedBefore(c, i)) return true;
  // (After the hours of the days before: "… 14h-17h S: 9h30-11h30".)
  if (before !== undefined && before.kind !== 'punct' && before.kind !== 'time' && !c.isWord(i - 1, 'le', 'et')) return false;
  const after = c.tokens[i + 1];
  const timeAfterDe = c.isWord(i + 1, 'de') && c.tokens[i + 2]?.kind === 'time';
  return after !== undefined && (c.isPunct(i + 1, ':') || after.kind === 'time' || after.kind === 'allDay' || timeAfterDe || c.isWord(i + 1, 'sur', 'ferme'));
}

/** "fermé" (and "le") right before i: "fermé le J", "Fermé D et JF". */
function saidClosedBefore(c: TokenCursor, i: number): boolean {
  return c.isWord(i - 1, 'ferme', 'fermes') || (c.isWord(i - 1, 'le', 'les') && c.isWord(i - 2, 'ferme', 'fermes'));
}

/** Whether the text writes days with letters elsewhere than at i ("L-V", "L à V", "LMMJV", "L M M J V"). */
function otherLetterDays(c: TokenCursor, i: number): boolean {
  let found = letterDaysAt.get(c);
  if (!found) letterDaysAt.set(c, (found = letterDayPositions(c)));
  return found.some((k) => k !== i);
}

/** Where a text writes days with letters; asked for every letter alone, so found once per text. */
const letterDaysAt = new WeakMap<TokenCursor, number[]>();

function letterDayPositions(c: TokenCursor): number[] {
  const found: number[] = [];
  for (let k = 0; k < c.tokens.length; k++) {
    if (c.tokens[k].kind !== 'word') continue;
    const l1 = letterDay(c, k);
    if (letterDayList(c, k, false) || (l1 && ((c.isPunct(k + 1, '-') && letterDay(c, k + 2)) || explicitRange(c, k)?.review.includes('single-letter-day')))) found.push(k);
  }
  return found;
}

/**
 * Days named at i, joining ranges and lists: "lundi, mardi et jeudi", "du lundi au jeudi et le samedi",
 * "Lundi - Mardi - Jeudi" (three or more hyphenated days are a list, two are a range), "L-V".
 */
export function dayPhrase(c: TokenCursor, i: number): DayPhraseMatch | undefined {
  // "le lundi de Pâques" is a moveable feast, not a Monday ("les jours fériés et le lundi de Pentecôte" ends before it).
  if (feastAt(c, i)) return undefined;
  const letters = letterDayList(c, c.isWord(i, 'le') && loneLetterDay(c, i + 1) ? i + 1 : i);
  if (letters) return letters;
  // "L-V": single letters are days only as the two ends of a hyphenated range.
  const l1 = letterDay(c, i);
  if (l1 && c.isPunct(i + 1, '-')) {
    const l2 = letterDay(c, i + 2);
    if (l2 && l1.day !== l2.day) return { days: daySetOf(dayRange(l1.day, l2.day)), allDays: false, next: i + 3, review: ['single-letter-day'] };
  }
  // "Me-D", "Lu-S": a day's abbreviation, a hyphen, a single letter (the "d" is not an elided "de": "Me-D 14h-18h"
  // read as Wednesday alone, found by probing).
  const a1 = dayAtom(c, i);
  if (a1?.single !== undefined && c.isPunct(a1.next, '-')) {
    const l2 = letterDay(c, a1.next + 1);
    if (l2 && l2.day !== a1.single) {
      return { days: daySetOf(dayRange(a1.single, l2.day)), allDays: false, next: a1.next + 2, review: [...a1.review, 'single-letter-day'] };
    }
  }
  const atoms: DayAtom[] = [];
  const seps: string[] = [];
  let pos = i;
  for (;;) {
    // (The first atom was read above.)
    const atom = pos === i ? a1 : dayAtom(c, pos);
    if (!atom) break;
    atoms.push(atom);
    pos = atom.next;
    let sep: string | undefined;
    let after = pos;
    if (c.isPunct(pos, ',&/-+>')) {
      const t = c.tokens[pos];
      // ("lun>ven": an arrow between two days is a range, as a hyphen.)
      sep = t.kind === 'punct' ? (t.char === '>' ? '-' : t.char) : undefined;
      after = pos + 1;
      if (c.isWord(after, 'et')) after++;
    } else if (c.isWord(pos, 'et')) {
      sep = 'et';
      after = pos + 1;
    } else {
      const also = c.phrase(pos, ['ainsi', 'que']);
      if (also >= 0) {
        sep = 'et';
        after = also;
      }
    }
    if (sep === undefined) {
      // "Lundi Mardi Mercredi" (a table's cells run together): single days side by side are a list.
      const beside = atom.single !== undefined ? dayAtom(c, pos) : undefined;
      if (!beside || beside.single === undefined || c.word(pos) === undefined) break;
      sep = ' ';
    }
    const nextAtom = feastAt(c, after) ? undefined : dayAtom(c, after);
    if (!nextAtom) break;
    // "9h-19h du lundi au samedi, dimanche 9h-12h": after hours written first, a day after the range's comma with hours
    // of its own starts its rule (found by probing: read as one list, Sunday got 9h-19h and the closing day 9h-12h).
    if (sep === ',' && atom.single === undefined && nextAtom.single !== undefined && c.tokens[nextAtom.next]?.kind === 'time' && c.tokens[i - 1]?.kind === 'time') break;
    // "lundi vendredi 9h-18h": two days side by side, not next to each other in the week, may be a range whose hyphen
    // was lost (an export) or a list (found by probing: "Mo,Fr", Tuesday to Thursday lost, at "safe"). Not read.
    if (sep === ' ' && atoms.length === 1 && atom.single !== undefined && nextAtom.single !== undefined && Math.abs(atom.single - nextAtom.single) > 1 && dayAtom(c, nextAtom.next) === undefined) return undefined;
    // "Le 2e mercredi et samedi", "les 1er et 3e lundis et mardis": whether the rank holds for the days after it
    // is not said (found by probing: every Saturday, at "safe"); the phrase is not read.
    if (atom.days.nth.length > 0 && atom.days.plain.size === 0 && nextAtom.days.plain.size > 0 && nextAtom.days.nth.length === 0) return undefined;
    // "Sur rendez-vous le samedi, du lundi au vendredi 9h-18h": a range after a bare comma that goes back in the week
    // starts a phrase of its own (found by probing: read as one list, Saturday got the weekdays' hours). (", et"
    // joins it: "Le samedi, et du lundi au vendredi".)
    const goesBack = sep === ',' && after === pos + 1 && nextAtom.single === undefined && nextAtom.days.plain.size > 1 && atom.days.plain.size > 0 && Math.min(...nextAtom.days.plain) < Math.max(...atom.days.plain);
    if (goesBack) break;
    // "les mercredis, samedis et dimanches et tous les jours pendant les vacances": every day does not add to a
    // list of days; it starts another phrase.
    const namesDays = (a: DayPhraseMatch) => a.days.plain.size > 0 || a.days.nth.length > 0;
    if ((nextAtom.allDays && namesDays(atom)) || (atom.allDays && namesDays(nextAtom))) break;
    // "lundi/vendredi" could be a range or a pair: only adjacent days are joined by a slash.
    // ("Dimanche / jours fériés": public holidays after a slash add to the days.)
    const holidaysOnly = nextAtom.days.holidays && nextAtom.days.plain.size === 0 && nextAtom.days.nth.length === 0;
    // Three or more single days joined by slashes ("lundi / mardi / jeudi / vendredi") are a list: a range has two ends.
    const slashChain = atom.single !== undefined && nextAtom.single !== undefined && (seps[seps.length - 1] === '/' || slashedDayAt(c, nextAtom.next));
    if (sep === '/' && !holidaysOnly && !slashChain && !(atom.single !== undefined && nextAtom.single !== undefined && (nextAtom.single - atom.single + 7) % 7 === 1)) break;
    // A hyphen joins single days only ("lundi-vendredi"), never a range to something else; public holidays after
    // one day add to it ("dimanche-fériés").
    if (sep === '-' && (atom.single === undefined || nextAtom.single === undefined) && !(atom.single !== undefined && holidaysOnly)) break;
    seps.push(sep);
    pos = after;
  }
  if (atoms.length === 0) return undefined;
  // "de 7h30 à 19h30 la semaine et le samedi de 10h à 13h": with hours right after the list, "la semaine" is not
  // one of its items (hours before it are its own, those after are the day's joined to it; as one list the hours
  // would be on both sides). "de 9h à 18h la semaine et le samedi, …" stays one list.
  const aloneAt = atoms.findIndex((a) => a.alone);
  if (atoms.length > 1 && aloneAt >= 0 && hoursFollow(c, atoms[atoms.length - 1].next)) {
    atoms.length = Math.max(aloneAt, 1);
    seps.length = atoms.length - 1;
  }
  const days = emptyDaySet();
  const review: ReviewReason[] = [];
  let allDays = false;
  let k = 0;
  while (k < atoms.length) {
    // A run of single days joined by hyphens.
    let end = k;
    while (end < seps.length && seps[end] === '-') end++;
    const run = atoms.slice(k, end + 1);
    const [from, to] = [run[0].single, run[1]?.single];
    // ("dimanche-fériés": a day and the public holidays, a list of two.)
    if (run.length === 2 && from !== undefined && to !== undefined) {
      for (const d of dayRange(from, to)) days.plain.add(d);
    } else {
      if (run.length > 2) review.push('hyphen-list');
      for (const a of run) {
        for (const d of a.days.plain) days.plain.add(d);
        days.nth.push(...a.days.nth);
        days.holidays ||= a.days.holidays;
        allDays ||= a.allDays;
      }
    }
    for (const a of run) review.push(...a.review);
    k = end + 1;
  }
  if (days.plain.size === 7 && days.nth.length === 0) allDays = true;
  return { days, allDays, next: atoms[atoms.length - 1].next, review };
}

const COUNT_WORDS: ReadonlyMap<string, number> = new Map([['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7]]);
/** What is counted, and the part of the day it says ("5 matinées par semaine": mornings). */
const COUNTED_UNITS: Array<[string[], 'morning' | 'afternoon' | undefined]> = [
  [['fois'], undefined],
  [['jours'], undefined],
  [['demi', 'journees'], undefined],
  [['matinees'], 'morning'],
  [['matins'], 'morning'],
  [['apres', 'midis'], 'afternoon'],
  [['apres', 'midi'], 'afternoon'],
];

/**
 * "trois fois par semaine", "5 matinées par semaine": how many days a week, said beside the days themselves. It
 * adds nothing when it is their number (checked with the rule's days); the part of the day must fit the hours.
 */
export function dayCountPhrase(c: TokenCursor, i: number): { count: number; part?: 'morning' | 'afternoon'; next: number } | undefined {
  const t = c.tokens[i];
  const w = c.word(i);
  const count = t?.kind === 'number' && !t.ordinal ? t.value : w === undefined ? undefined : COUNT_WORDS.get(w);
  if (count === undefined || count < 2 || count > 7) return undefined;
  // "6j/7", "5 jours sur 7": the number of days a week, written as a fraction.
  const unit = c.isWord(i + 1, 'j', 'jours', 'jrs') ? i + 2 : -1;
  if (unit > 0 && count < 7 && (c.isPunct(unit, '/') || c.isWord(unit, 'sur'))) {
    const seven = c.tokens[unit + 1];
    if (seven?.kind === 'number' && seven.value === 7) return { count, next: c.isWord(unit + 2, 'j', 'jours', 'jrs') ? unit + 3 : unit + 2 };
  }
  for (const [unit, part] of COUNTED_UNITS) {
    const after = c.phrase(i + 1, unit);
    const next = after < 0 ? -1 : c.phrase(after, ['par', 'semaine']);
    if (next >= 0) return part ? { count, part, next } : { count, next };
  }
  return undefined;
}
