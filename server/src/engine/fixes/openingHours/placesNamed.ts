// The places and services a text names, and whether they make it several schedules: "La mairie est ouverte le
// lundi, la bibliothèque le mardi", "accueil 9h-12h / permanence 14h-17h".

import type { Item } from './items';
import type { TokenCursor } from './tokenCursor';

export interface NamedNoun {
  name: string;
  /** Its token. */
  at: number;
}

/** Services of a place that may each have hours of their own. */
export const SERVICE_NOUNS: ReadonlySet<string> = new Set(['accueil', 'accueils', 'permanence', 'permanences']);

/**
 * The distinct places (and services) a text names: two or more make the text several schedules. Nouns with nothing
 * of the schedule between them name one place ("à la mairie, dans un bureau dédié, le mardi …"), unless joined by
 * "et"; a place and a service each heading its own hours ("Mairie : mardi 9h-12h. Permanence : jeudi 14h-17h") are
 * two; a place or service named between hours, or in the sentence of days named after other days ("…, le standard
 * de 14h à 17h", "…, le samedi de 9h à 12h à la piscine"), may be some rules' only (found by probing).
 */
export function namedPlaces(c: TokenCursor, items: readonly Item[], placeNouns: readonly NamedNoun[], serviceNouns: readonly NamedNoun[]): { places: Set<string>; several: boolean } {
  const places = distinctNames(c, items, placeNouns);
  const nouns = [...placeNouns, ...serviceNouns].sort((a, b) => a.at - b.at);
  const headings = nouns.filter((n) => c.isPunct(n.at + 1, ':') || (c.isPunct(n.at - 1, '(') && c.isPunct(n.at + 1, ')')));
  const late = nouns.some((n, k) => !nouns.slice(0, k).some((m) => m.name === n.name) && !c.insideBrackets(n.at) && namedInsideSchedule(items, n.at));
  const several = places.size > 1 || distinctNames(c, items, serviceNouns).size > 1 || distinctNames(c, items, headings).size > 1 || late;
  return { places, several };
}

function distinctNames(c: TokenCursor, items: readonly Item[], nouns: readonly NamedNoun[]): Set<string> {
  const content = items.filter((it) => it.kind !== 'sep' && it.kind !== 'comment');
  const region = (at: number) => content.filter((it) => it.from < at).length;
  // "La mairie et la médiathèque sont ouvertes …": places joined by "et" are two.
  const joined = (a: number, b: number) => c.tokens.slice(a + 1, b).some((t, k) => c.isWord(a + 1 + k, 'et', 'ou') || (t.kind === 'punct' && t.char === '/'));
  const oneRegion = nouns.every((n, k) => region(n.at) === region(nouns[0].at) && (k === 0 || !joined(nouns[k - 1].at, n.at)));
  return new Set(oneRegion ? nouns.slice(0, 1).map((n) => n.name) : nouns.map((n) => n.name));
}

function namedInsideSchedule(items: readonly Item[], at: number): boolean {
  const timeBefore = items.some((it) => it.kind === 'time' && it.to <= at);
  const timeAfter = items.some((it) => it.kind === 'time' && it.from > at);
  if (timeBefore && timeAfter) return true;
  const sentenceStart = Math.max(-1, ...items.filter((it) => it.kind === 'sep' && it.strength === 'hard' && it.to <= at).map((it) => it.to));
  const daysBefore = items.filter((it) => it.kind === 'days' && it.to <= at);
  return daysBefore.length > 1 && daysBefore.some((it) => it.from >= sentenceStart);
}
