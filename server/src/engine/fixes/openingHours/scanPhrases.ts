// Turns the token list into meaningful items (days, time ranges, parts of the year, exceptions, "fermé",
// comments, separators), skipping filler words and recording every word it does not understand.

import { datePhrase, lastDayOfMonth, schoolHolidaysPhrase, seasonPhrase } from './datePhrases';
import { dayPhrase } from './dayPhrases';
import type { Item, ItemBody, Qualifier } from './items';
import type { Token } from './lexer';
import { openOrCloseAt, timeRange } from './timePhrases';
import { TokenCursor } from './tokenCursor';
import { WEEKDAYS, type DateSelector, type MonthDay, type ReviewReason, type Weekday } from './types';
import { FILLER_WORDS, PLACE_NOUNS } from './vocabulary';

export interface ScanResult {
  items: Item[];
  /** Token indexes nobody understood. */
  unknown: number[];
  /** Distinct place nouns skipped ("mairie", "piscine"). */
  places: Set<string>;
  /** A heading before the hours ("Accueil du public : …") was set aside: the value deserves a look. */
  label: boolean;
  /** The subject of the sentence before its verb ("La boulangerie est ouverte …") was set aside. */
  subject: boolean;
}

/** Phrases that carry no meaning for the schedule ("Ce marché a lieu …", "les jours suivants : …"). */
const FILLER_PHRASES: string[][] = [
  ['a', 'lieu'], ['ont', 'lieu'], ['aura', 'lieu'], ['auront', 'lieu'], ['en', 'acces', 'libre'], ['acces', 'libre'],
  // "Et ce, même pendant les vacances scolaires": the same hours then, nothing to add.
  ['et', 'ce', 'meme', 'pendant', 'les', 'vacances', 'scolaires'], ['meme', 'pendant', 'les', 'vacances', 'scolaires'],
  ['y', 'compris', 'pendant', 'les', 'vacances', 'scolaires'],
  ['c', 'est'], ['ouvre', 'ses', 'portes'], ['ouvrent', 'leurs', 'portes'], ['ouvrira', 'ses', 'portes'], ['ouvriront', 'leurs', 'portes'],
  // "Elle se tient tous les mardis …", "L'accueil du public se fera désormais …": takes place, says no more.
  ['se', 'tient'], ['se', 'tiennent'], ['se', 'tiendra'], ['se', 'tiendront'], ['se', 'fait'], ['se', 'font'], ['se', 'fera'], ['se', 'feront'],
];
/**
 * A phrase for the whole text: it opens or ends it (only punctuation before or after), outside brackets. "9h-19h
 * (9h-17h sans RDV)" says something of some hours only.
 */
function wholeTextPhrase(c: TokenCursor, from: number, to: number): boolean {
  if (insideBrackets(c, from)) return false;
  const onlyPunct = (tokens: readonly Token[]) => tokens.every((t) => t.kind === 'punct' && !'()[]'.includes(t.char));
  return onlyPunct(c.tokens.slice(0, from)) || onlyPunct(c.tokens.slice(to));
}

/** "(fermé) en dehors de ces heures d'ouverture": closed outside the hours given, which the value says already. */
const OUTSIDE_THESE_HOURS: string[][] = [
  ['en', 'dehors', 'de', 'ces', 'heures', 'd', 'ouverture'], ['en', 'dehors', 'de', 'ces', 'horaires', 'd', 'ouverture'],
  ['en', 'dehors', 'de', 'ces', 'heures'], ['en', 'dehors', 'de', 'ces', 'horaires'], ['en', 'dehors', 'des', 'heures', 'd', 'ouverture'],
  ['en', 'dehors', 'des', 'horaires', 'd', 'ouverture'],
];

/** Whether "fermé" (or "interdit") was said in the sentence that ends at i, with nothing after it that opens. */
function closedInSentence(c: TokenCursor, items: readonly Item[], i: number): boolean {
  if (c.isWord(i - 1, 'interdiction', 'interdit', 'interdite')) return true;
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k];
    if (it.kind === 'closed') return true;
    if ((it.kind === 'sep' && it.strength === 'hard') || it.kind === 'time' || it.kind === 'comment') return false;
  }
  return false;
}

/** Without an appointment: open at those hours to anyone, nothing to note — unless other hours are by appointment. */
const NO_APPOINTMENT_PHRASES: string[][] = [['sans', 'rendez', 'vous'], ['sans', 'rdv']];
/** "les jours suivants : lundi, jeudi …" announces days: skipped only when days do follow. */
const DAYS_FOLLOW_PHRASES: string[][] = [['les', 'jours', 'suivants'], ['jours', 'suivants'], ['les', 'jours', 'suivant']];

/** "jours fériés compris", "y compris les jours fériés", "même les jours fériés": public holidays as well. */
const INCLUDED_WORDS = ['compris', 'inclus', 'incluse', 'inclues', 'inclu'];

const COMMENT_PHRASES: Array<[string[], string]> = [
  [['sur', 'rendez', 'vous'], 'sur rendez-vous'],
  [['sur', 'rdv'], 'sur rendez-vous'],
  [['rendez', 'vous'], 'sur rendez-vous'],
  [['rdv'], 'sur rendez-vous'],
  [['sur', 'reservation'], 'sur réservation'],
  [['sur', 'inscription'], 'sur inscription'],
  [['sur', 'demande'], 'sur demande'],
];

const QUALIFIER_PHRASES: Array<[string[], Qualifier]> = [
  [['tous', 'les', 'apres', 'midis'], 'afternoon'],
  [['tous', 'les', 'apres', 'midi'], 'afternoon'],
  [['tous', 'les', 'matins'], 'morning'],
  [['tous', 'les', 'soirs'], 'evening'],
  [['chaque', 'apres', 'midi'], 'afternoon'],
  [['chaque', 'matin'], 'morning'],
  [['chaque', 'soir'], 'evening'],
  [['apres', 'midis'], 'afternoon'],
  [['apres', 'midi'], 'afternoon'],
  [['apresmidi'], 'afternoon'],
  [['aprem'], 'afternoon'],
  [['matinees'], 'morning'],
  [['matinee'], 'morning'],
  [['matins'], 'morning'],
  [['matin'], 'morning'],
  [['soirees'], 'evening'],
  [['soiree'], 'evening'],
  [['soirs'], 'evening'],
  [['soir'], 'evening'],
  [['en', 'journee', 'continue'], 'continuous'],
  [['journee', 'continue'], 'continuous'],
  [['non', 'stop'], 'continuous'],
  [['nonstop'], 'continuous'],
  [['sans', 'interruption'], 'continuous'],
  [['sans', 'pause'], 'continuous'],
  [['en', 'continu'], 'continuous'],
  [['toute', 'l', 'annee'], 'allYear'],
  [['toute', 'annee'], 'allYear'],
  [['toute', 'la', 'annee'], 'allYear'],
];

/** The months the other parts of the year leave: "le reste de l'année", "hors saison". */
const REST_OF_YEAR_PHRASES = [['le', 'reste', 'de', 'l', 'annee'], ['reste', 'de', 'l', 'annee'], ['le', 'reste', 'du', 'temps'], ['reste', 'du', 'temps'], ['hors', 'saison']];

/** The weekdays the other rules leave: "les autres jours". */
const OTHER_DAYS_PHRASES = [['les', 'autres', 'jours'], ['autres', 'jours']];

/** "aux mêmes horaires", "aux mêmes heures": the hours of the rule before, for other days. */
const SAME_HOURS_PHRASES = [['aux', 'memes', 'horaires'], ['aux', 'memes', 'heures'], ['memes', 'horaires'], ['memes', 'heures'], ['meme', 'horaire']];

const FARM_DETERMINERS = ['la', 'une', 'sa', 'cette', 'notre', 'votre', 'leur', 'nos', 'vos', 'leurs', 'les', 'des', 'aux'];
const CLOSED_WORDS = ['ferme', 'fermee', 'fermes', 'fermees', 'fermeture', 'fermetures', 'clos', 'close', 'closes', 'closed', 'off'];
const EXCEPT_PHRASES = [['a', 'l', 'exception', 'des'], ['a', 'l', 'exception', 'du'], ['a', 'l', 'exception', 'de'], ['en', 'dehors', 'des'], ['en', 'dehors', 'du'], ['sauf'], ['hors'], ['excepte'], ['hormis']];
const SOFT_WORDS = [['ainsi', 'que'], ['et'], ['puis']];

type Match = { body: ItemBody; next: number; review?: ReviewReason[] };

function exceptAt(c: TokenCursor, i: number): Match | undefined {
  // "hors vacances scolaires" is a school-holiday phrase (SH), not an exception of days or dates.
  if (schoolHolidaysPhrase(c, i)) return undefined;
  const after = c.anyPhrase(i, EXCEPT_PHRASES);
  if (after < 0) return undefined;
  const pos = c.skipWords(after, ['le', 'les', 'la', 'l', 'du', 'des', 'en', 'au', 'pendant', 'durant']);
  const days = dayPhrase(c, pos);
  if (days) return { body: { kind: 'except', days: days.days }, next: days.next, review: days.review };
  const date = datePhrase(c, pos) ?? datePhrase(c, after);
  if (date) return { body: { kind: 'except', selector: date.selector }, next: date.next, review: date.review };
  return undefined;
}

/** "jours fériés compris/inclus", "y compris (les) jours fériés", "même les jours fériés". */
function holidaysIncluded(c: TokenCursor, i: number): number {
  const lead = c.anyPhrase(i, [['y', 'compris'], ['meme'], ['inclus'], ['compris']]);
  const start = c.skipWords(lead >= 0 ? lead : i, ['le', 'les', 'la', 'l']);
  const days = dayPhrase(c, start);
  if (!days || !days.days.holidays || days.days.plain.size > 0 || days.days.nth.length > 0) return -1;
  if (lead >= 0) return days.next;
  return c.isWord(days.next, ...INCLUDED_WORDS) ? days.next + 1 : -1;
}

/**
 * "(17h le samedi)", "(le samedi 17h)": a time alone beside days inside brackets, after hours given for more
 * days. Only inside brackets: elsewhere a lone time is too open a phrase to read.
 */
function loneTimeInBrackets(c: TokenCursor, i: number): Match | undefined {
  const t = c.tokens[i];
  if (!t || t.kind !== 'time' || !insideBrackets(c, i)) return undefined;
  if (timeRange(c, i)) return undefined;
  const before = dayPhraseEndingAt(c, i);
  const after = dayPhrase(c, i + 1);
  if (!before && !after) return undefined;
  return { body: { kind: 'atTime', time: { kind: 'clock', minutes: t.minutes } }, next: i + 1, review: t.form === 'dot' ? ['dotted-time'] : [] };
}

/** Whether i is between a "(" and its ")". */
function insideBrackets(c: TokenCursor, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !c.isPunct(k, '()')) k--;
  if (k < 0 || c.isPunct(k, ')')) return false;
  for (k = i + 1; k < c.tokens.length; k++) {
    if (c.isPunct(k, '(')) return false;
    if (c.isPunct(k, ')')) return true;
  }
  return false;
}

/** Whether days end right before i ("le samedi 17h"). */
function dayPhraseEndingAt(c: TokenCursor, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (dayPhrase(c, k)?.next === i) return true;
  return false;
}

function phraseMatch<T>(c: TokenCursor, i: number, table: Array<[string[], T]>): { value: T; next: number } | undefined {
  for (const [words, value] of table) {
    const next = c.phrase(i, words);
    if (next >= 0) return { value, next };
  }
  return undefined;
}

/** The longest meaningful phrase at i, tried from the most specific kind to the least. */
function matchAt(c: TokenCursor, i: number): Match | undefined {
  const comment = phraseMatch(c, c.skipWords(i, ['uniquement', 'seulement']), COMMENT_PHRASES);
  // "sans rendez-vous" is the opposite of the comment.
  if (comment && !c.isWord(i - 1, 'sans')) return { body: { kind: 'comment', text: comment.value }, next: comment.next };
  const range = timeRange(c, i, c.isWord(i - 1, ...CLOSED_WORDS));
  if (range) return { body: { kind: 'time', range: range.range }, next: range.next, review: range.review };
  const at = openOrCloseAt(c, i);
  if (at) return { body: { kind: at.kind, time: at.time }, next: at.next, review: at.review };
  const qualifier = phraseMatch(c, i, QUALIFIER_PHRASES);
  if (qualifier) return { body: { kind: 'qualifier', qualifier: qualifier.value }, next: qualifier.next };
  const school = schoolHolidaysPhrase(c, i);
  if (school) return { body: { kind: 'schoolHolidays', when: school.when }, next: school.next };
  const others = c.anyPhrase(i, OTHER_DAYS_PHRASES);
  if (others >= 0) return { body: { kind: 'otherDays' }, next: others };
  const rest = c.anyPhrase(i, REST_OF_YEAR_PHRASES);
  if (rest >= 0) return { body: { kind: 'restOfYear' }, next: rest };
  const same = c.anyPhrase(i, SAME_HOURS_PHRASES);
  if (same >= 0) return { body: { kind: 'sameHours' }, next: same };
  const included = holidaysIncluded(c, i);
  if (included >= 0) return { body: { kind: 'holidaysToo' }, next: included };
  const except = exceptAt(c, i);
  if (except) return except;
  const days = dayPhrase(c, i);
  if (days) return { body: { kind: 'days', days: days.days, allDays: days.allDays }, next: days.next, review: days.review };
  const lone = loneTimeInBrackets(c, i);
  if (lone) return lone;
  const date = datePhrase(c, i);
  if (date) return { body: { kind: 'scope', selector: date.selector }, next: date.next, review: date.review };
  const season = seasonPhrase(c, i);
  if (season >= 0) return { body: { kind: 'season' }, next: season };
  // "samedi : NON" in a table: closed.
  if (c.isWord(i, 'non') && c.isPunct(i - 1, ':')) return { body: { kind: 'closed' }, next: i + 1 };
  // "Boutique à la ferme ouverte le vendredi": after a determiner, "ferme" is the farm (a place), not "fermé".
  if (c.isWord(i, ...CLOSED_WORDS) && !(c.isWord(i, 'ferme', 'fermes') && c.isWord(i - 1, ...FARM_DETERMINERS))) return { body: { kind: 'closed' }, next: i + 1 };
  for (const words of SOFT_WORDS) {
    const next = c.phrase(i, words);
    if (next >= 0) return { body: { kind: 'sep', strength: 'soft', char: 'et' }, next };
  }
  const t = c.tokens[i];
  if (t.kind === 'punct') {
    const strength = ';.|'.includes(t.char) ? 'hard' : ':()[]'.includes(t.char) ? 'glue' : 'soft';
    return { body: { kind: 'sep', strength, char: t.char }, next: i + 1 };
  }
  return undefined;
}

const ONLY_VERBS = ['ouvre', 'ouvrent', 'est', 'sont', 'sera', 'seront', 'accueille', 'accueillent', 'fonctionne', 'fonctionnent', 'reste', 'restent'];
const ONLY_BETWEEN = ['desormais', 'dorenavant', 'plus', 'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'accessible', 'accessibles'];

/**
 * "n'ouvre dorénavant que le matin", "n'est plus ouverte que le samedi": "ne … que" around the verb says
 * "only", like "uniquement"; the end of the phrase, or -1. Any other word between (a "pas") keeps the negation.
 */
function restrictiveOnly(c: TokenCursor, i: number): number {
  if (!c.isWord(i, 'ne', 'n') || !c.isWord(i + 1, ...ONLY_VERBS)) return -1;
  let k = i + 2;
  while (c.isWord(k, ...ONLY_BETWEEN)) k++;
  return c.isWord(k, 'que', 'qu') ? k + 1 : -1;
}

/** "(le) jeudi jusqu'à 21h" right after i: days, then "jusqu'à" and a time. */
function lateClosingFollows(c: TokenCursor, i: number): boolean {
  const days = dayPhrase(c, i);
  if (!days) return false;
  const at = openOrCloseAt(c, days.next);
  return at !== undefined && at.kind === 'closeAt' && c.isWord(days.next, 'jusqu');
}

function singular(word: string): string {
  return word.endsWith('s') || word.endsWith('x') ? word.slice(0, -1) : word;
}

export function scanPhrases(tokens: readonly Token[]): ScanResult {
  const c = new TokenCursor(tokens);
  const items: Item[] = [];
  const unknown: number[] = [];
  const places = new Set<string>();
  const withoutAppointment: number[] = [];
  let lastPlace = -2;
  let i = 0;
  while (i < tokens.length) {
    const m = matchAt(c, i);
    if (m) {
      items.push({ ...m.body, from: i, to: m.next, review: m.review ?? [] } as Item);
      i = m.next;
      continue;
    }
    const filler = c.anyPhrase(i, FILLER_PHRASES);
    if (filler >= 0) {
      i = filler;
      continue;
    }
    const outside = c.anyPhrase(i, OUTSIDE_THESE_HOURS);
    if (outside >= 0 && closedInSentence(c, items, i)) {
      // "(interdiction en dehors de ces horaires)": the word before goes with it.
      if (c.isWord(i - 1, 'interdiction', 'interdit', 'interdite') && unknown[unknown.length - 1] === i - 1) unknown.pop();
      i = outside;
      continue;
    }
    const noAppointment = c.anyPhrase(i, NO_APPOINTMENT_PHRASES);
    if (noAppointment >= 0 && wholeTextPhrase(c, i, noAppointment)) {
      withoutAppointment.push(i);
      i = noAppointment;
      continue;
    }
    const announce = c.anyPhrase(i, DAYS_FOLLOW_PHRASES);
    if (announce >= 0) {
      const afterColon = c.isPunct(announce, ':') ? announce + 1 : announce;
      if (dayPhrase(c, afterColon)) {
        i = announce;
        continue;
      }
    }
    const only = restrictiveOnly(c, i);
    if (only >= 0) {
      i = only;
      continue;
    }
    const w = c.word(i);
    // "nocturne le jeudi jusqu'à 21h": a later closing, said so; elsewhere the word says more than hours.
    if ((w === 'nocturne' || w === 'nocturnes') && lateClosingFollows(c, i + 1)) {
      i++;
      continue;
    }
    if (w !== undefined && FILLER_WORDS.has(w)) {
      i++;
      continue;
    }
    if (w !== undefined && (PLACE_NOUNS.has(w) || PLACE_NOUNS.has(singular(w)))) {
      // "office de tourisme", "bureau de poste": a place noun after another one and "de" names one place.
      const linked = (from: number) => {
        for (let k = from; k < i; k++) if (!c.isWord(k, 'de', 'du', 'des', 'd', 'a', 'au', 'aux', 'la', 'l')) return false;
        return true;
      };
      const sameName = lastPlace >= 0 && i - lastPlace <= 3 && i - lastPlace >= 2 && linked(lastPlace + 1);
      if (!sameName) places.add(PLACE_NOUNS.has(w) ? w : singular(w));
      lastPlace = i;
      i++;
      continue;
    }
    unknown.push(i);
    i++;
  }
  // "9h-12h sans rendez-vous et 14h-17h sur rendez-vous": which hours are which is for a person to write.
  if (items.some((it) => it.kind === 'comment' && it.text === 'sur rendez-vous')) unknown.push(...withoutAppointment);
  unknown.sort((a, b) => a - b);
  const activity = setAsideOpeningActivity(c, unknown);
  const label = setAsideLabel(tokens, items, unknown);
  const subject = setAsideSubject(c, label.items, label.unknown);
  // Readings of the layout and of phrases that span several items, in order.
  const passes: Array<(items: Item[]) => Item[]> = [
    attachSeasonLabels,
    daysHeadingOverPeriods,
    daysSpelledOut,
    bracketedHalfDayOff,
    closeListedDates,
    closeEmptyDayCells,
    glueBars,
    (its) => seasonInClosingBrackets(c, its),
    resolveRestOfYear,
    resolveOtherDays,
  ];
  const resolved = passes.reduce((its, pass) => pass(its), label.items);
  return { items: resolved, unknown: subject.unknown, places, label: label.found || activity, subject: subject.found };
}

/**
 * "Vendredis : 10h-12h\nAutres jours : sur rendez-vous": the weekdays no other days phrase names. Stays
 * unresolved (and the text is refused) when none is named, or n-th weekdays are.
 */
function resolveOtherDays(items: Item[]): Item[] {
  if (!items.some((it) => it.kind === 'otherDays')) return items;
  const named = new Set<Weekday>();
  for (const it of items) {
    if (it.kind !== 'days') continue;
    if (it.days.nth.length > 0 || it.allDays) return items;
    it.days.plain.forEach((d) => named.add(d));
  }
  const rest = WEEKDAYS.filter((d) => !named.has(d));
  if (named.size === 0 || rest.length === 0) return items;
  return items.map((it) => (it.kind === 'otherDays' ? { ...it, kind: 'days', days: { plain: new Set(rest), nth: [], holidays: false }, allDays: false, review: [...it.review, 'named-days'] } : it));
}

/** The months a part of the year covers, when it is whole months; undefined otherwise. */
function wholeMonths(selector: DateSelector): number[] | undefined {
  const span = (from: number, to: number) => {
    const out: number[] = [];
    for (let m = from; ; m = (m % 12) + 1) {
      out.push(m);
      if (m === to) return out;
    }
  };
  if (selector.kind === 'months') return span(selector.from, selector.to);
  if (selector.kind === 'monthList') return selector.months;
  const whole = (r: { from: MonthDay; to: MonthDay }) => (r.from.day === 1 && r.to.day === lastDayOfMonth(r.to.month) ? span(r.from.month, r.to.month) : undefined);
  if (selector.kind === 'dateRange') return whole(selector);
  if (selector.kind === 'rangeList') {
    const parts = selector.ranges.map(whole);
    return parts.every((p) => p !== undefined) ? parts.flat() as number[] : undefined;
  }
  return undefined;
}

/**
 * "Juillet-Août : …\nReste de l'année : …": the rest is the months the other parts of the year leave. Stays
 * unresolved (and the text is refused) when a part is not whole months, or none is named.
 */
function resolveRestOfYear(items: Item[]): Item[] {
  if (!items.some((it) => it.kind === 'restOfYear')) return items;
  const named = new Set<number>();
  for (const it of items) {
    if (it.kind !== 'scope') continue;
    const months = wholeMonths(it.selector);
    if (!months) return items;
    months.forEach((m) => named.add(m));
  }
  const rest = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !named.has(m));
  if (named.size === 0 || rest.length === 0) return items;
  return items.map((it) => (it.kind === 'restOfYear' ? { ...it, kind: 'scope', selector: { kind: 'monthList', months: rest }, review: [...it.review, 'scope'] } : it));
}

/** Verbs that end the subject of a sentence about opening hours ("… est ouverte", "… vous accueille"). */
const SUBJECT_VERBS = ['est', 'sont', 'sera', 'seront', 'accueille', 'accueillent', 'ouvre', 'ouvrent', 'fonctionne', 'fonctionnent', 'fait', 'font', 'ont'];
/** A participle that ends a subject written without a verb ("Marché d'alimentation ouvert du mardi au dimanche"). */
const SUBJECT_PARTICIPLES = ['ouvert', 'ouverte', 'ouverts', 'ouvertes', 'autorise', 'autorisee', 'autorises', 'autorisees'];
/** Words that change what the sentence says: never part of a subject set aside. */
const NOT_IN_SUBJECT = [
  'ne', 'n', 'pas', 'plus', 'jamais', 'que', 'qu', 'seul', 'seule', 'exceptionnellement', 'provisoirement', 'temporairement', 'sauf', 'si',
  // Hours besides others the text does not give: "L'espace jeune sera aussi ouvert le mercredi …".
  'aussi', 'egalement', 'encore',
  // A circumstance, not a place: "Pendant les travaux, l'accueil est ouvert …".
  'pendant', 'durant', 'depuis', 'jusqu', 'partir', 'apres', 'avant', 'lors', 'cause', 'raison', 'travaux', 'periode', 'exceptionnel', 'exceptionnelle',
];
/** A subject starts with a determiner ("la boulangerie", "l'annexe", "au centre…"). */
const SUBJECT_STARTS = ['le', 'la', 'les', 'l', 'au', 'aux', 'un', 'une', 'notre', 'nos', 'ce', 'cet', 'cette', 'ces', 'votre', 'vos'];

/**
 * "La boulangerie est ouverte …", "Au Centre Communal d'Action Sociale, l'accueil sera ouvert …", "L'annexe vous
 * accueille …": words not understood that all come before the verb of the first sentence, itself before any day
 * or hour, are the place the hours belong to — set aside like a heading (the value is then for review). Words
 * not understood anywhere else, a number among them, or a negation still refuse the text.
 */
function setAsideSubject(c: TokenCursor, items: readonly Item[], unknown: number[]): { unknown: number[]; found: boolean } {
  if (unknown.length === 0) return { unknown, found: false };
  const firstContent = items.find((it) => it.kind !== 'sep' && it.kind !== 'comment' && it.kind !== 'scope');
  const end = firstContent ? firstContent.from : c.tokens.length;
  // The verb may itself be a word the scanner does not know ("se fait", "fonctionne").
  let verb = -1;
  for (let k = unknown[0] + 1; k < end; k++) if (c.isWord(k, ...SUBJECT_VERBS, ...SUBJECT_PARTICIPLES)) verb = k;
  if (verb < 0 || unknown.some((k) => k > verb)) return { unknown, found: false };
  // The subject is one phrase: no sentence end, time or number among the words set aside.
  let afterOnly = -1;
  for (let k = unknown[0]; k < verb; k++) {
    // "la Caf ne sera ouverte que …": "ne … que" says "only", not a negation.
    const only = restrictiveOnly(c, k);
    if (only >= 0) {
      afterOnly = only;
      k = only - 1;
      continue;
    }
    const t = c.tokens[k];
    if (t.kind === 'time' || t.kind === 'number' || (t.kind === 'punct' && '.;\n'.includes(t.char)) || c.isWord(k, ...NOT_IN_SUBJECT)) return { unknown, found: false };
  }
  for (let k = Math.max(verb, afterOnly); k < end; k++) {
    const only = restrictiveOnly(c, k);
    if (only >= 0) k = only - 1;
    else if (c.isWord(k, ...NOT_IN_SUBJECT)) return { unknown, found: false };
  }
  // The phrase holding the subject starts at the text's start or after punctuation, with a determiner (or,
  // before a participle, with the place itself: "Marché d'alimentation ouvert …").
  let start = unknown[0];
  while (start > 0 && c.tokens[start - 1].kind !== 'punct') start--;
  const place = c.word(start);
  const placeFirst = place !== undefined && c.isWord(verb, ...SUBJECT_PARTICIPLES) && (PLACE_NOUNS.has(place) || PLACE_NOUNS.has(singular(place)));
  if (!c.isWord(start, ...SUBJECT_STARTS) && !placeFirst) return { unknown, found: false };
  return { unknown: [], found: true };
}

/** What a place does at the hours given, said first ("Distribution le lundi entre 17h30 et 19h30"). */
const OPENING_ACTIVITIES = new Set(['distribution', 'distributions', 'vente', 'ventes', 'retrait', 'retraits', 'consultation', 'consultations', 'visite', 'visites', 'baignade']);

/**
 * "Distribution chaque jeudi de 18h à 19h", "Vente à la ferme samedi de 10h30 à 12h": the activity named as the
 * text's first word is what happens at those hours, like a heading; set aside (the text's `label`). Named anywhere
 * else it may be one of several services, and stays a word not understood.
 */
function setAsideOpeningActivity(c: TokenCursor, unknown: number[]): boolean {
  if (unknown[0] !== 0 || !OPENING_ACTIVITIES.has(c.word(0) ?? '')) return false;
  unknown.shift();
  return true;
}

/**
 * "Accueil du public : …", "Horaires de la mairie : …": words not understood at the very start, ended by a
 * colon, before anything that says days or hours, are a heading. Set aside (the value is then for review);
 * words not understood anywhere else still refuse the text, so a second heading ("Pour un devis : …") does.
 */
function setAsideLabel(tokens: readonly Token[], items: Item[], unknown: number[]): { items: Item[]; unknown: number[]; found: boolean } {
  if (unknown.length === 0) return { items, unknown, found: false };
  const colon = tokens.findIndex((t) => t.kind === 'punct' && t.char === ':');
  if (colon < 0 || unknown[0] > colon) return { items, unknown, found: false };
  const beforeColon = items.filter((it) => it.from < colon);
  if (beforeColon.some((it) => it.kind !== 'sep' && it.kind !== 'comment')) return { items, unknown, found: false };
  if (tokens.slice(0, colon).some((t) => t.kind === 'time' || t.kind === 'number')) return { items, unknown, found: false };
  // A comment in the heading ("Accueil … sur rendez-vous exclusivement : …") still says how the hours below are.
  return { items: items.filter((it) => it.from > colon || it.kind === 'comment'), unknown: unknown.filter((k) => k > colon), found: true };
}

/**
 * "Ouvert du mardi au samedi …, dimanche de 14h à 18h (ouvert du 26 avril à fin septembre)": a period in
 * brackets that end the text, said with "ouvert", is the season of every rule: it is read as a heading.
 */
function seasonInClosingBrackets(c: TokenCursor, items: Item[]): Item[] {
  let end = items.length - 1;
  const isHard = (it: Item) => it.kind === 'sep' && it.strength === 'hard';
  while (end >= 0 && isHard(items[end])) end--;
  const [open, scope, close] = [items[end - 2], items[end - 1], items[end]];
  if (open?.kind !== 'sep' || open.char !== '(' || scope?.kind !== 'scope' || close?.kind !== 'sep' || close.char !== ')') return items;
  let said = false;
  for (let k = open.to; k < scope.from; k++) if (c.isWord(k, 'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'ouverture')) said = true;
  if (!said || !items.slice(0, end - 2).some((it) => it.kind === 'time')) return items;
  const colon: Item = { kind: 'sep', strength: 'glue', char: ':', from: scope.to, to: scope.to, review: [] };
  return [{ ...scope, review: [...scope.review, 'scope'] }, colon, ...items.slice(0, end - 2), ...items.slice(end + 1)];
}

/**
 * "Semaine :\n- Du 1er avril au 30 juin : 14h/18h\n- Du 1er juillet au 31 août : 10h/13h - 14h/18h": days on a
 * heading line of their own, over lines that each start with a part of the year and name no days, are the days
 * of every line; they are written after each line's period.
 */
function daysHeadingOverPeriods(items: Item[]): Item[] {
  const [heading, colon, lineEnd] = items;
  if (heading?.kind !== 'days' || !isColon(colon) || !(lineEnd?.kind === 'sep' && lineEnd.char === '\n')) return items;
  const lines: Item[][] = [[]];
  for (const it of items.slice(3)) {
    if (it.kind === 'sep' && it.char === '\n') lines.push([]);
    else lines[lines.length - 1].push(it);
  }
  const content = lines.map((line) => line.filter((it) => !(it.kind === 'sep' && it.char === '-' && line.indexOf(it) === 0))).filter((line) => line.length > 0);
  const periodLine = (line: Item[]) => line[0].kind === 'scope' && isColon(line[1]) && line.some((it) => it.kind === 'time') && !line.some((it) => it.kind === 'days');
  if (content.length < 2 || !content.every(periodLine)) return items;
  const out: Item[] = [];
  for (const line of content) {
    const [scope, lineColon, ...rest] = line;
    out.push(scope, lineColon, { ...heading, from: lineColon.to, to: lineColon.to, review: [...heading.review, 'named-days'] }, ...rest);
    out.push({ kind: 'sep', strength: 'soft', char: '\n', from: line[line.length - 1].to, to: line[line.length - 1].to, review: [] });
  }
  out.pop();
  return out;
}

/**
 * "tous les jours de la semaine (lundi, mardi, mercredi, jeudi, vendredi et dimanche)": every day, then in
 * brackets the days meant, which are the ones to read.
 */
function daysSpelledOut(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const [open, inner, close] = [items[k + 1], items[k + 2], items[k + 3]];
    const spelled = it.kind === 'days' && it.allDays && open?.kind === 'sep' && open.char === '(' && inner?.kind === 'days' && !inner.allDays && close?.kind === 'sep' && close.char === ')';
    if (!spelled) {
      out.push(it);
      continue;
    }
    let days = inner.days;
    let to = close.to;
    k += 3;
    // "… et dimanche) et les jours fériés": the list goes on after the brackets, as it would without them.
    const [sep, more] = [items[k + 1], items[k + 2]];
    if (sep?.kind === 'sep' && (sep.char === 'et' || sep.char === ',') && more?.kind === 'days' && !more.allDays) {
      days = { plain: new Set([...days.plain, ...more.days.plain]), nth: [...days.nth, ...more.days.nth], holidays: days.holidays || more.days.holidays };
      to = more.to;
      k += 2;
    }
    out.push({ ...inner, days, from: it.from, to, review: [...inner.review, 'named-days'] });
  }
  return out;
}

/**
 * "Vendredi de 13 h à 19 h (fermé le matin)": a half-day closed in brackets, with no day, is the half-day of the
 * days just before it on the same line; those days are written into the brackets.
 */
function bracketedHalfDayOff(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    out.push(it);
    const [closed, half, end] = [items[k + 1], items[k + 2], items[k + 3]];
    const isBracket = (x: Item | undefined, char: string) => x?.kind === 'sep' && x.char === char;
    if (!isBracket(it, '(') || closed?.kind !== 'closed' || half?.kind !== 'qualifier' || (half.qualifier !== 'morning' && half.qualifier !== 'afternoon') || !isBracket(end, ')')) continue;
    let d = k - 1;
    while (d >= 0 && items[d].kind !== 'days' && !isLineEnd(items[d])) d--;
    const days = items[d];
    if (d < 0 || days.kind !== 'days') continue;
    out.push(closed, { ...days, from: closed.to, to: closed.to, review: [...days.review, 'named-days'] });
    k++;
  }
  return out;
}

/**
 * "Fermé les dimanches, jours fériés et du 1er au 15 août": a part of the year at the end of a list of days after
 * "fermé" is closed too (it says nothing else: only separators come between it and the sentence's end).
 */
function closeListedDates(items: Item[]): Item[] {
  const out: Item[] = [];
  let closing = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'closed') closing = true;
    else if (it.kind === 'sep' && it.strength === 'hard') closing = false;
    else if (it.kind !== 'days' && it.kind !== 'sep' && it.kind !== 'scope') closing = false;
    const before = items[k - 1];
    const listed = before?.kind === 'sep' && before.strength === 'soft' && items[k - 2]?.kind === 'days';
    if (closing && it.kind === 'scope' && listed && isSentenceEnd(items, k + 1)) out.push({ kind: 'closed', from: it.from, to: it.from, review: [] });
    out.push(it);
  }
  return out;
}

/** Whether only separators (none glueing: no ":" or bracket) come from k to the end of the sentence. */
function isSentenceEnd(items: readonly Item[], k: number): boolean {
  for (let j = k; j < items.length; j++) {
    const it = items[j];
    if (it.kind !== 'sep' || it.strength === 'glue') return false;
    if (it.strength === 'hard' || it.char === '\n') return true;
  }
  return true;
}

const isColon = (it: Item | undefined) => it?.kind === 'sep' && it.char === ':';
const isDash = (it: Item | undefined) => it?.kind === 'sep' && it.char === '-';
const isLineEnd = (it: Item | undefined) => it === undefined || (it.kind === 'sep' && (it.char === '\n' || it.strength === 'hard'));

/**
 * A table of one day per line ("Lundi : 18h15 - 21h00\nJeudi :\nVendredi : 18h00 - 19h30"): a day whose cell is
 * empty, or only dashes ("Mardi : ---------"), has no hours: it is closed. Only in a table, where another
 * line gives a day, its colon and hours.
 */
function closeEmptyDayCells(items: Item[]): Item[] {
  const filledCell = items.some((it, k) => it.kind === 'days' && isColon(items[k + 1]) && items[k + 2]?.kind === 'time');
  if (!filledCell) return items;
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    out.push(it);
    if (it.kind !== 'days' || !isColon(items[k + 1]) || (k > 0 && !isLineEnd(items[k - 1]))) continue;
    let end = k + 2;
    while (isDash(items[end])) end++;
    const dashes = end - (k + 2);
    if (!isLineEnd(items[end]) || (dashes > 0 && dashes < 3)) continue;
    // The next line starts another day's cell (or the table ends): "Lundi :\n9h-12h" has its hours below.
    let after = end;
    while (items[after]?.kind === 'sep') after++;
    if (after < items.length && items[after].kind !== 'days') continue;
    const colon = items[k + 1];
    out.push(colon, { kind: 'closed', from: colon.to, to: items[end - 1].to, review: [] });
    k = end - 1;
  }
  return out;
}

/**
 * "Dimanche | 17h-20h", "Du lundi au vendredi : | 7h00 – 13h00 | 14h00 – 18h00 |": a bar between days (or their
 * colon) and their hours is a table's column, and a bar between two time ranges separates them like a comma;
 * elsewhere a bar ends a rule.
 */
function glueBars(items: Item[]): Item[] {
  return items.map((it, k) => {
    if (it.kind !== 'sep' || it.char !== '|') return it;
    const before = items[k - 1];
    const after = items[k + 1];
    const afterColon = before?.kind === 'sep' && before.char === ':';
    if ((before?.kind === 'days' || afterColon) && after?.kind === 'time') return { ...it, strength: 'glue' };
    if (before?.kind === 'time' && after?.kind === 'time') return { ...it, strength: 'soft', char: ',' };
    return it;
  });
}

/**
 * "Été (du 1er avril au 30 septembre)": a season word beside explicit dates is only a label for them.
 * A season with no dates stays, and makes the text ambiguous.
 */
function attachSeasonLabels(items: Item[]): Item[] {
  const out: Item[] = [];
  // A heading line "HAUTE SAISON" above "Du 1er juillet au 31 août" labels the dates too.
  const isGlue = (it: Item | undefined) => it !== undefined && it.kind === 'sep' && (it.strength === 'glue' || it.char === '\n');
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'season') {
      out.push(it);
      continue;
    }
    let j = k + 1;
    while (isGlue(items[j])) j++;
    if (items[j]?.kind === 'scope') continue;
    let b = out.length - 1;
    while (isGlue(out[b])) b--;
    if (out[b]?.kind === 'scope') continue;
    out.push(it);
  }
  return out;
}
