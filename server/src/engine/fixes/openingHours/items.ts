// The meaningful pieces a French opening-hours text is made of, as found by the phrase scanner.

import type { DateSelector, DaySet, ReviewReason, TimePoint, TimeRange, Weekday } from './types';

/** `halfDay`: "en demi-journée", each range within a morning or an afternoon. `midday`: a restaurant's lunch service ("le lundi midi"). */
export type Qualifier = 'morning' | 'afternoon' | 'evening' | 'midday' | 'continuous' | 'allYear' | 'halfDay';

export type ItemBody =
  /** `listed`: several day phrases joined by "," or "et" ("le lundi, et le mardi"), not one range. */
  | { kind: 'days'; days: DaySet; allDays: boolean; listed?: boolean }
  | { kind: 'time'; range: TimeRange }
  /** `listed`: parts of the year listed with commas ("de novembre à mars, d'avril à octobre"). */
  | { kind: 'scope'; selector: DateSelector; listed?: boolean }
  /** `listed`: the days excepted are a list ("sauf le vendredi, le mercredi"). */
  | { kind: 'except'; days?: DaySet; selector?: DateSelector; listed?: boolean }
  | { kind: 'closed' }
  | { kind: 'comment'; text: string }
  | { kind: 'openAt'; time: TimePoint }
  | { kind: 'closeAt'; time: TimePoint }
  | { kind: 'qualifier'; qualifier: Qualifier }
  | { kind: 'season' }
  /** School holidays (`SH`): `during` them ("pendant les vacances scolaires", "hors période scolaire"), or `outside` them ("hors vacances scolaires"). */
  | { kind: 'schoolHolidays'; when: 'during' | 'outside' | 'unsure' }
  /** "jours fériés compris", "y compris les jours fériés": the rule's days and public holidays too. */
  | { kind: 'holidaysToo' }
  /** "aux mêmes horaires": the hours of the rule before. */
  | { kind: 'sameHours' }
  /** "le reste de l'année", "hors saison": the months no other part of the year names (resolved after the scan). */
  | { kind: 'restOfYear' }
  /** "les autres jours": the weekdays no other rule names (resolved after the scan). */
  | { kind: 'otherDays' }
  /** "trois fois par semaine": the number of the rule's days (and, for "matinées", the part of the day). */
  | { kind: 'dayCount'; count: number; part?: Qualifier }
  /** "aussi", "également", "en plus", "ouverture supplémentaire": the rule's hours add to those its days already have. */
  | { kind: 'also' }
  /** A time alone beside days, in brackets ("de 9h à 18h (17h le samedi)"): the nearer end of those days' hours moves there. */
  | { kind: 'atTime'; time: TimePoint }
  /** hard: ends a sentence (";", "."); soft: may join or split rules (",", "et", "/", "-", new line); glue: ":" and brackets. */
  /** `adds`: "ainsi que", the rule after it adds to the days already open rather than replacing their hours. */
  | { kind: 'sep'; strength: 'hard' | 'soft' | 'glue'; char: string; adds?: boolean };

export type Item = ItemBody & {
  /** Token indexes [first, next). */
  from: number;
  to: number;
  review: ReviewReason[];
};

/** A part of the day a day can be cut at: "matin", "après-midi", "soir", and a restaurant's "midi". */
export function isHalfDay(q: Qualifier): boolean {
  return q === 'morning' || q === 'afternoon' || q === 'evening' || q === 'midday';
}

/** An item that is one of those parts of the day. */
export function isHalfDayItem(it: Item | undefined): it is Item & { kind: 'qualifier' } {
  return it?.kind === 'qualifier' && isHalfDay(it.qualifier);
}

/** The items of the sentence the items end: back to the last sentence end (";", "."). */
export function lastSentence(items: readonly Item[]): readonly Item[] {
  let start = items.length;
  while (start > 0 && !isHardSep(items[start - 1])) start--;
  return items.slice(start);
}

/** The first and the after-last index of the sentence holding item k (hard separators excluded). */
export function sentenceAround(items: readonly Item[], k: number): [number, number] {
  let start = k;
  while (start > 0 && !isHardSep(items[start - 1])) start--;
  let end = k + 1;
  while (end < items.length && !isHardSep(items[end])) end++;
  return [start, end];
}

/** The character of a separator ("," "et" ":" …), or undefined for any other item. */
export function sepChar(it: Item | undefined): string | undefined {
  return it?.kind === 'sep' ? it.char : undefined;
}

/** A separator that ends a sentence (";", "."). */
export function isHardSep(it: Item | undefined): boolean {
  return it?.kind === 'sep' && it.strength === 'hard';
}

export function isSeparator(item: Item): item is Item & { kind: 'sep' } {
  return item.kind === 'sep';
}

/**
 * Whether the text names days that hours can be placed on. Days written right after "fermé" ("fermé le
 * lundi") with no hours after them in their sentence only say when it is closed, so hours given without days
 * ("Ouvert de 8h à 13h, fermé le lundi") are then every day's, as in a text with no days at all.
 */
export function hasOpeningDays(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (it.kind !== 'days') return false;
    // ("Fermeture hebdomadaire : lundi": "fermé" and its days across a colon.)
    const colonAfterClosed = k > 1 && items[k - 1].kind === 'sep' && sepChar(items[k - 1]) === ':' && items[k - 2].kind === 'closed';
    const closingDays = k > 0 && ((items[k - 1].kind === 'closed' && items[k - 1].to === it.from) || colonAfterClosed);
    // Hours in the same sentence may be the closed days' ("fermé le lundi de 12h à 14h"); after a full stop they
    // are another sentence's ("Fermé le dimanche. Ouvert de 9h à 18h.").
    const end = items.findIndex((later, j) => j > k && isHardSep(later));
    return !closingDays || items.slice(k + 1, end < 0 ? undefined : end).some((later) => later.kind === 'time');
  });
}

/**
 * Whether the items so far end a list of closed hours still open for more: "Fermé de 22h à 7h du 1er avril au
 * 30 septembre et …" (the sentence starts with "fermé", then only hours, parts of the year and list separators,
 * the last being "et" or a comma). The next hours are closed ones too, so they may run past dawn.
 */
export function inClosedList(items: readonly Item[], at: number): boolean {
  const last = items[items.length - 1];
  // Right after the separator: "fermé de 22h à 7h … et ouvert de 20h à 8h" is not a closed list.
  if (!last || last.kind !== 'sep' || (last.char !== 'et' && last.char !== ',') || last.to !== at) return false;
  for (let k = items.length - 2; k >= 0; k--) {
    const it = items[k];
    if (it.kind === 'closed') return k === 0 || isHardSep(items[k - 1]);
    if (it.kind !== 'time' && it.kind !== 'scope' && !(it.kind === 'sep' && it.strength === 'soft' && it.char !== '\n')) return false;
  }
  return false;
}

/** The time ranges of some items, as one comparable text. */
export function timesKey(items: readonly Item[]): string {
  return JSON.stringify(items.flatMap((it) => (it.kind === 'time' ? [it.range] : [])));
}

/**
 * A first line over a table of the whole week ("Ouvert de 7h30 à 20h30\nLundi : 7h30-20h30\nMardi : fermé\n…"):
 * the first line's items, and each weekday's cell ('off', or its time ranges as `timesKey`), when every line after
 * it is days, a colon and hours or "fermé", naming each weekday once. Undefined otherwise.
 */
export function weekTableUnderFirstLine(items: readonly Item[]): { firstLine: Item[]; cells: Map<Weekday, string> } | undefined {
  const firstBreak = items.findIndex((it) => it.kind === 'sep' && it.char === '\n');
  if (firstBreak < 1) return undefined;
  const lines: Item[][] = [[]];
  for (const it of items.slice(firstBreak + 1)) {
    if (it.kind === 'sep' && it.char === '\n') lines.push([]);
    else lines[lines.length - 1].push(it);
  }
  const cells = new Map<Weekday, string>();
  for (const [days, colon, ...cell] of lines.filter((line) => line.length > 0)) {
    if (days.kind !== 'days' || days.days.nth.length > 0 || days.days.holidays || sepChar(colon) !== ':' || cell.length === 0) return undefined;
    const closed = cell.length === 1 && cell[0].kind === 'closed';
    if (!closed && !cell.every((it) => it.kind === 'time' || (it.kind === 'sep' && it.strength === 'soft'))) return undefined;
    for (const d of days.days.plain) {
      if (cells.has(d)) return undefined;
      cells.set(d, closed ? 'off' : timesKey(cell));
    }
  }
  return cells.size === 7 ? { firstLine: items.slice(0, firstBreak), cells } : undefined;
}

