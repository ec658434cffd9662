// Turns the token list into meaningful items (days, time ranges, parts of the year, exceptions, "fermé",
// comments, separators), skipping filler words and recording every word it does not understand.

import { datePhrase, schoolHolidaysPhrase, seasonPhrase } from './datePhrases';
import { dayPhrase } from './dayPhrases';
import type { Item, ItemBody, Qualifier } from './items';
import type { Token } from './lexer';
import { openOrCloseAt, timeRange } from './timePhrases';
import { TokenCursor } from './tokenCursor';
import type { ReviewReason } from './types';
import { FILLER_WORDS, PLACE_NOUNS } from './vocabulary';

export interface ScanResult {
  items: Item[];
  /** Token indexes nobody understood. */
  unknown: number[];
  /** Distinct place nouns skipped ("mairie", "piscine"). */
  places: Set<string>;
}

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

const CLOSED_WORDS = ['ferme', 'fermee', 'fermes', 'fermees', 'fermeture', 'fermetures', 'clos', 'close', 'closes', 'closed', 'off'];
const EXCEPT_PHRASES = [['a', 'l', 'exception', 'des'], ['a', 'l', 'exception', 'du'], ['a', 'l', 'exception', 'de'], ['en', 'dehors', 'des'], ['en', 'dehors', 'du'], ['sauf'], ['hors'], ['excepte'], ['hormis']];
const SOFT_WORDS = [['ainsi', 'que'], ['et'], ['puis']];

type Match = { body: ItemBody; next: number; review?: ReviewReason[] };

function exceptAt(c: TokenCursor, i: number): Match | undefined {
  // "hors vacances scolaires" is a school-holiday phrase, handled (and refused) elsewhere.
  if (schoolHolidaysPhrase(c, i) >= 0) return undefined;
  const after = c.anyPhrase(i, EXCEPT_PHRASES);
  if (after < 0) return undefined;
  const pos = c.skipWords(after, ['le', 'les', 'la', 'l', 'du', 'des', 'en', 'au', 'pendant', 'durant']);
  const days = dayPhrase(c, pos);
  if (days) return { body: { kind: 'except', days: days.days }, next: days.next, review: days.review };
  const date = datePhrase(c, pos) ?? datePhrase(c, after);
  if (date) return { body: { kind: 'except', selector: date.selector }, next: date.next, review: date.review };
  return undefined;
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
  if (comment) return { body: { kind: 'comment', text: comment.value }, next: comment.next };
  const range = timeRange(c, i);
  if (range) return { body: { kind: 'time', range: range.range }, next: range.next, review: range.review };
  const at = openOrCloseAt(c, i);
  if (at) return { body: { kind: at.kind, time: at.time }, next: at.next, review: at.review };
  const qualifier = phraseMatch(c, i, QUALIFIER_PHRASES);
  if (qualifier) return { body: { kind: 'qualifier', qualifier: qualifier.value }, next: qualifier.next };
  const school = schoolHolidaysPhrase(c, i);
  if (school >= 0) return { body: { kind: 'schoolHolidays' }, next: school };
  const except = exceptAt(c, i);
  if (except) return except;
  const days = dayPhrase(c, i);
  if (days) return { body: { kind: 'days', days: days.days, allDays: days.allDays }, next: days.next, review: days.review };
  const date = datePhrase(c, i);
  if (date) return { body: { kind: 'scope', selector: date.selector }, next: date.next, review: date.review };
  const season = seasonPhrase(c, i);
  if (season >= 0) return { body: { kind: 'season' }, next: season };
  if (c.isWord(i, ...CLOSED_WORDS)) return { body: { kind: 'closed' }, next: i + 1 };
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

function singular(word: string): string {
  return word.endsWith('s') || word.endsWith('x') ? word.slice(0, -1) : word;
}

export function scanPhrases(tokens: readonly Token[]): ScanResult {
  const c = new TokenCursor(tokens);
  const items: Item[] = [];
  const unknown: number[] = [];
  const places = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const m = matchAt(c, i);
    if (m) {
      items.push({ ...m.body, from: i, to: m.next, review: m.review ?? [] } as Item);
      i = m.next;
      continue;
    }
    const w = c.word(i);
    if (w !== undefined && FILLER_WORDS.has(w)) {
      i++;
      continue;
    }
    if (w !== undefined && (PLACE_NOUNS.has(w) || PLACE_NOUNS.has(singular(w)))) {
      places.add(PLACE_NOUNS.has(w) ? w : singular(w));
      i++;
      continue;
    }
    unknown.push(i);
    i++;
  }
  return { items: attachSeasonLabels(items), unknown, places };
}

/**
 * "Été (du 1er avril au 30 septembre)": a season word beside explicit dates is only a label for them.
 * A season with no dates stays, and makes the text ambiguous.
 */
function attachSeasonLabels(items: Item[]): Item[] {
  const out: Item[] = [];
  const isGlue = (it: Item | undefined) => it !== undefined && it.kind === 'sep' && it.strength === 'glue';
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
