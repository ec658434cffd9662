// Searches catalog schemas as people name their data: every word of the query must be found in a schema's
// title, the names people give it (searchAliases.ts), keywords, id, labels, description or publishers, with
// accents, case and French plurals folded, the last word matching as a prefix while it is typed; ranked.
// Pure (no catalog file, no editor): the server and the client's picker run the same search.
import { foldText } from '../text/fold';

/** What the search reads of a schema. */
export interface SearchableSchema {
  id: string;
  title: string;
  description: string;
  keywords?: readonly string[];
  labels?: readonly string[];
  publishers?: readonly string[];
  aliases?: readonly string[];
}

type Field = 'title' | 'alias' | 'keyword' | 'id' | 'label' | 'description' | 'publisher';

/**
 * What a word found in each field is worth. The names people use are other titles; keywords are chosen
 * subject words; an id is typed by those who know it; labels (`Socle Commun des Données Locales`) and
 * publishers group many schemas; a description mentions much besides its subject.
 */
const FIELD_WEIGHT: Record<Field, number> = { title: 10, alias: 10, keyword: 7, id: 6, label: 4, description: 3, publisher: 2 };
/** A word still being typed that only begins a word of the schema counts for less than a whole word. */
const PREFIX_QUALITY = 0.6;
/** The query's words side by side, in order, in a title or a name: "bornes de recharge" as written. */
const PHRASE_BONUS = 5;
/** …at its start: "irve" for "IRVE statique". */
const START_BONUS = 2;

/**
 * Words that say nothing of the data, left out of queries and texts alike ("bornes de recharge" ~
 * "bornes recharge"). Elided forms (`d'eau`, `l'incendie`) fold to `d eau`, `l incendie`.
 */
const STOP_WORDS = new Set(['a', 'au', 'aux', 'avec', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur', 'un', 'une', 'and', 'for', 'of', 'the']);

/** French plurals folded to the singular: trailing s or x (bornes → borne, eaux → eau), short words kept (bus). */
export function stemWord(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

/** The significant words of a text, folded (accents, case, separators) and singular. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map(stemWord);
}

interface Phrase {
  field: Field;
  words: readonly string[];
}

interface PreparedSchema<T> {
  entry: T;
  phrases: Phrase[];
  titleWords: number;
}

/** The schemas with their texts cut into words once, searched as many times as the user types. */
export interface PreparedSearch<T extends SearchableSchema> {
  readonly schemas: readonly PreparedSchema<T>[];
}

export function prepareSearch<T extends SearchableSchema>(entries: readonly T[]): PreparedSearch<T> {
  return {
    schemas: entries.map((entry) => {
      const phrases: Phrase[] = [];
      const add = (field: Field, text: string): void => {
        const words = searchWords(text);
        if (words.length > 0) phrases.push({ field, words });
      };
      add('title', entry.title);
      for (const alias of entry.aliases ?? []) add('alias', alias);
      for (const keyword of entry.keywords ?? []) add('keyword', keyword);
      // `etalab/schema-irve-statique`: the publisher and the name, each a phrase (the name's words in order).
      const slash = entry.id.indexOf('/');
      if (slash > 0) add('publisher', entry.id.slice(0, slash));
      add('id', entry.id.slice(slash + 1));
      for (const label of entry.labels ?? []) add('label', label);
      add('description', entry.description);
      for (const publisher of entry.publishers ?? []) add('publisher', publisher);
      return { entry, phrases, titleWords: searchWords(entry.title).length };
    }),
  };
}

/** A query cut into words; the last one may be a word still being typed. */
export interface SearchQuery {
  words: string[];
  /** The last word may end later (no space typed after it): it also matches the start of a word. */
  lastIsPrefix: boolean;
}

export function parseQuery(query: string): SearchQuery {
  const folded = foldText(query).split(' ').filter(Boolean);
  const lastIsPrefix = folded.length > 0 && !/[\s'’,;.\-]$/.test(query);
  const significant = folded.map((word, i) => ({ word, typing: lastIsPrefix && i === folded.length - 1 })).filter(({ word }) => !STOP_WORDS.has(word));
  // Only stop words typed ("de", on the way to "défibrillateur"): the last one is the start of a word.
  if (significant.length === 0 && lastIsPrefix) return { words: [folded[folded.length - 1]], lastIsPrefix: true };
  const last = significant[significant.length - 1];
  // Stemmed even while typed: "bornes" finds "borne", and the start of a word stays the start of it.
  return { words: significant.map(({ word }) => stemWord(word)), lastIsPrefix: last?.typing ?? false };
}

export interface SearchHit<T> {
  entry: T;
  /** Higher is better: each word counts by the best field it was found in (see FIELD_WEIGHT), plus phrase bonuses. */
  score: number;
}

export interface SearchOptions<T> {
  /** Among schemas of equal score, lower comes first (the picker's order for the document: detected, then header matches). */
  tieBreak?: (entry: T) => number;
}

/**
 * Schemas in which every word of the query is found, best first: title and names before keywords and id,
 * before description and publishers; a whole word before a word's start; the query's words side by side
 * before scattered. An empty query (or one of stop words only, complete) returns every schema, in order.
 */
export function searchSchemas<T extends SearchableSchema>(prepared: PreparedSearch<T>, query: string, options: SearchOptions<T> = {}): SearchHit<T>[] {
  const { words, lastIsPrefix } = parseQuery(query);
  if (words.length === 0) return prepared.schemas.map(({ entry }) => ({ entry, score: 0 }));
  const ranked: { hit: SearchHit<T>; corroboration: number; titleWords: number; tie: number }[] = [];
  for (const schema of prepared.schemas) {
    let score = 0;
    let corroboration = 0;
    let everyWord = true;
    words.forEach((word, i) => {
      const prefix = lastIsPrefix && i === words.length - 1;
      let best = 0;
      for (const phrase of schema.phrases) {
        const quality = wordQuality(phrase.words, word, prefix);
        if (quality === 0) continue;
        const value = FIELD_WEIGHT[phrase.field] * quality;
        best = Math.max(best, value);
        corroboration += value;
      }
      if (best === 0) everyWord = false;
      score += best;
    });
    if (!everyWord) continue;
    score += phraseBonus(schema.phrases, words, lastIsPrefix);
    ranked.push({ hit: { entry: schema.entry, score }, corroboration, titleWords: schema.titleWords, tie: options.tieBreak?.(schema.entry) ?? 0 });
  }
  ranked.sort(
    (a, b) =>
      b.hit.score - a.hit.score ||
      a.tie - b.tie ||
      b.corroboration - a.corroboration ||
      a.titleWords - b.titleWords ||
      a.hit.entry.title.localeCompare(b.hit.entry.title, 'fr') ||
      a.hit.entry.id.localeCompare(b.hit.entry.id),
  );
  return ranked.map(({ hit }) => hit);
}

/** 1 when the phrase has the word, PREFIX_QUALITY when a word of it starts with a word being typed, else 0. */
function wordQuality(phraseWords: readonly string[], word: string, prefix: boolean): number {
  let quality = 0;
  for (const candidate of phraseWords) {
    if (candidate === word) return 1;
    if (prefix && candidate.startsWith(word)) quality = PREFIX_QUALITY;
  }
  return quality;
}

/** The best bonus of a title or name holding the query's words side by side (PHRASE_BONUS), at its start (START_BONUS). */
function phraseBonus(phrases: readonly Phrase[], words: readonly string[], lastIsPrefix: boolean): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.field !== 'title' && phrase.field !== 'alias') continue;
    for (let start = 0; start + words.length <= phrase.words.length; start++) {
      const together = words.every((word, i) => {
        const candidate = phrase.words[start + i];
        return candidate === word || (lastIsPrefix && i === words.length - 1 && candidate.startsWith(word));
      });
      if (!together) continue;
      const bonus = (words.length > 1 ? PHRASE_BONUS : 0) + (start === 0 ? START_BONUS : 0);
      best = Math.max(best, bonus);
    }
  }
  return best;
}
