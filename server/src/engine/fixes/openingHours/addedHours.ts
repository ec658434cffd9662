// Hours a later rule adds to days already open ("Lundi au vendredi 9h-12h, mardi et jeudi 14h-17h", "… ainsi que le
// mardi de 14h à 17h", "le dimanche également de 10h à 12h"): what around them may make them other hours, not more.
// Each case was found by probing.

import type { Item } from './items';
import type { Token } from './lexer';
import { SERVICE_NOUNS } from './placesNamed';
import { PLACE_NOUNS } from './vocabulary';

/**
 * Hours read as added to some days' ("Lundi au vendredi 9h-12h, le mardi 14h-17h") unless a word says they are the
 * only ones ("le mardi uniquement de 14h à 17h", "mardi seulement 14h-17h") or an exception may be the added
 * hours' or the day's ("…, le mercredi de 14h à 18h (sauf le 1er mercredi du mois)"): those are refused.
 */
export function addedHoursCertain(tokens: readonly Token[], content: readonly Item[]): boolean {
  const onlyWord = tokens.some((t) => t.kind === 'word' && (t.text === 'uniquement' || t.text === 'seulement' || t.text === 'exclusivement'));
  if (onlyWord || content.some((it) => it.kind === 'except')) return false;
  // A comment may be the added hours' or everyone's ("Mardi : 14h-17h (sur rendez-vous)": found by probing).
  if (content.some((it) => it.kind === 'comment')) return false;
  // After the first hours, words that give a day's hours anew ("le mercredi c'est 14h-18h", "désormais", "horaires",
  // "=") or a place or service ("Mercredi 14h-18h (bibliothèque)"): those may be other hours, not more (probing).
  const firstTime = tokens.findIndex((t) => t.kind === 'time');
  return !tokens.some((t, k) => {
    if (k <= firstTime) return false;
    if (t.kind === 'other' && t.char === '=') return true;
    if (t.kind !== 'word') return false;
    const next = tokens[k + 1];
    return ANEW_WORDS.has(t.text) || placeOrService(t.text) || (t.text === 'c' && next?.kind === 'word' && next.text === 'est');
  });
}

/**
 * Hours said added ("… ainsi que le mardi de 14h à 17h", "le vendredi également de 14h à 17h"): an exception, a comment
 * or a place after the word that adds may be the added hours' or everyone's ("… également de 14h à 17h sauf en août",
 * "… également de 10h à 12h (marché)": found by probing).
 */
export function saidAddedHoursCertain(tokens: readonly Token[], items: readonly Item[]): boolean {
  const at = items.find((it) => it.kind === 'also' || (it.kind === 'sep' && it.adds === true))?.from ?? 0;
  // ("… ; sauf jours fériés": public holidays closed, whoever's the hours.)
  const holidaysOnly = (it: Item) => it.kind === 'except' && !it.selector && it.days !== undefined && it.days.holidays && it.days.plain.size === 0 && it.days.nth.length === 0;
  if (items.some((it) => it.from >= at && ((it.kind === 'except' && !holidaysOnly(it)) || it.kind === 'comment'))) return false;
  return !tokens.some((t, k) => k >= at && t.kind === 'word' && placeOrService(t.text));
}

/** A place or a service named ("ferme" is "fermé" here: the farm only after a determiner, which the scan refuses elsewhere). */
function placeOrService(word: string): boolean {
  return (PLACE_NOUNS.has(word) && word !== 'ferme') || SERVICE_NOUNS.has(word);
}

const ANEW_WORDS: ReadonlySet<string> = new Set([
  'desormais', 'dorenavant', 'horaires', 'horaire', 'heures', 'maintenant', 'nouveaux', 'nouveau', 'nouvel', 'nouvelle', 'nouvelles',
  // "Mercredi : ouvert de 14h à 18h", "pour le mercredi : 14h-18h": the day's hours said again, maybe all of them.
  'ouvert', 'ouverte', 'ouverture', 'pour',
]);
