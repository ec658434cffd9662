// The French (and OSM English) words the converter knows, folded to lower case without accents.

import type { Weekday } from './types';

/** Full names, plurals and common abbreviations of weekdays. Two-letter forms are the French and OSM ones. */
export const WEEKDAY_WORDS: ReadonlyMap<string, Weekday> = new Map<string, Weekday>([
  ...(['lundi', 'lundis', 'lun', 'lu', 'mo', 'monday'] as const).map((w) => [w, 0] as [string, Weekday]),
  ...(['mardi', 'mardis', 'mar', 'ma', 'tu', 'tuesday'] as const).map((w) => [w, 1] as [string, Weekday]),
  ...(['mercredi', 'mercredis', 'mer', 'merc', 'mercr', 'me', 'wednesday'] as const).map((w) => [w, 2] as [string, Weekday]),
  ...(['jeudi', 'jeudis', 'jeu', 'je', 'th', 'thursday'] as const).map((w) => [w, 3] as [string, Weekday]),
  ...(['vendredi', 'vendredis', 'ven', 'vend', 've', 'fr', 'friday'] as const).map((w) => [w, 4] as [string, Weekday]),
  ...(['samedi', 'samedis', 'sam', 'sa', 'saturday'] as const).map((w) => [w, 5] as [string, Weekday]),
  ...(['dimanche', 'dimanches', 'dim', 'di', 'su', 'sunday'] as const).map((w) => [w, 6] as [string, Weekday]),
]);

/** Full French day names, the only ones a typo is corrected to (edit distance 1). */
export const WEEKDAY_FULL_NAMES: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** A weekday's full name, singular or plural ("lundi", "lundis"); with `short`, its three letters too ("lun"). */
export function isWeekdayName(word: string, short = false): boolean {
  const singular = word.replace(/s$/, '');
  return WEEKDAY_FULL_NAMES.includes(singular) || (short && WEEKDAY_FULL_NAMES.some((name) => name.slice(0, 3) === singular));
}

/**
 * Single letters used in ranges such as "L-V" or "L à S". "M" is left out: it is Mardi or Mercredi.
 */
export const WEEKDAY_LETTERS: ReadonlyMap<string, Weekday> = new Map<string, Weekday>([
  ['l', 0],
  ['j', 3],
  ['v', 4],
  ['s', 5],
  ['d', 6],
]);

export const OSM_TWO_LETTER_WEEKDAYS: ReadonlySet<string> = new Set(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);

export const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ['janvier', 1], ['janv', 1], ['jan', 1],
  ['fevrier', 2], ['fevr', 2], ['fev', 2], ['feb', 2],
  ['mars', 3],
  ['avril', 4], ['avr', 4], ['apr', 4],
  ['mai', 5], ['may', 5],
  ['juin', 6], ['jun', 6],
  ['juillet', 7], ['juil', 7], ['jul', 7],
  ['aout', 8], ['aou', 8], ['aug', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9],
  ['octobre', 10], ['oct', 10],
  ['novembre', 11], ['nov', 11],
  ['decembre', 12], ['dec', 12],
]);

export const MONTH_FULL_NAMES: readonly string[] = ['janvier', 'fevrier', 'avril', 'juillet', 'septembre', 'octobre', 'novembre', 'decembre'];

/** Abbreviations that are often written with a dot ("lun.", "sept."): the dot is not a sentence end. */
export const ABBREVIATIONS_WITH_DOT: ReadonlySet<string> = new Set([
  'lun', 'mar', 'mer', 'merc', 'mercr', 'jeu', 'ven', 'vend', 'sam', 'dim',
  'janv', 'jan', 'fevr', 'fev', 'avr', 'juil', 'aou', 'sept', 'sep', 'oct', 'nov', 'dec',
  'tlj', 'tljs', 'hebdo', 'sem', 'sf',
  // Two-letter days ("Lu. Ma. Je. Ve. 9h-12h").
  'lu', 'ma', 'me', 'je', 've', 'sa', 'di',
  // "sur RDV (tél. 02 31 15 59 60)".
  'tel',
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['premier', 1], ['premiere', 1], ['deuxieme', 2], ['second', 2], ['seconde', 2], ['troisieme', 3],
  ['quatrieme', 4], ['cinquieme', 5], ['dernier', -1], ['derniere', -1],
]);

/** Words that carry no meaning for the schedule: articles, prepositions, "ouvert", "horaires"… */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'd', 'du', 'au', 'aux', 'a', 'en', 'pour', 'par',
  'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'ouverture', 'ouvertures', 'ouv', 'horaires', 'horaire', 'heures',
  'habituels', 'habituelles', 'normaux', 'inclus', 'incluse', 'compris', 'uniquement', 'seulement',
  'accueil', 'public', 'permanence', 'permanences', 'est', 'sont', 'sera', 'seront', 'reste',
  'restent', 'vous', 'nous', 'accueille', 'accueillent', 'annuelle', 'annuelles', 'hebdomadaire', 'nos', 'notre',
  'ce', 'cet', 'cette', 'ces', 'assure', 'assuree', 'assures', 'assurees', 'il', 'elle', 'ils', 'elles',
  'surveille', 'surveillee', 'surveilles', 'surveillees', 'accessible', 'accessibles', 'ouvre', 'ouvrent', 'desormais', 'dorenavant',
  'regulier', 'reguliers', 'reguliere', 'regulieres',
  // "Disponible 7j/7 24h/24" (charging stations, defibrillators).
  'disponible', 'disponibles',
]);

/**
 * Nouns naming the place the hours belong to ("La médiathèque est ouverte…"). Skipped, but the
 * conversion is then marked for review, and two different places in one text make it ambiguous.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'mairie', 'bibliotheque', 'mediatheque', 'ludotheque', 'decheterie', 'dechetterie', 'piscine', 'musee',
  'office', 'tourisme', 'secretariat', 'bureau', 'bureaux', 'guichet', 'agence', 'boutique', 'magasin',
  'service', 'etablissement', 'cimetiere', 'parc', 'jardin', 'salle', 'gymnase', 'espace', 'centre',
  'poste', 'relais', 'square', 'stade', 'marche', 'ressourcerie', 'recyclerie', 'cinema', 'theatre',
  'restaurant', 'cantine', 'creche', 'halte', 'garderie', 'laverie', 'pharmacie', 'cabinet', 'epicerie', 'foyer',
  'parking', 'camping', 'boulangerie', 'eglise', 'plage', 'cafe', 'supermarche', 'garage', 'tabac', 'skatepark',
  'sanitaires', 'toilettes', 'borne', 'defibrillateur', 'dae', 'gare', 'capitainerie', 'refuge', 'clinique',
  // Only reached after a determiner: elsewhere "ferme" is read as "fermé".
  'ferme',
]);
