// Month and weekday words as people type them in French (and English) dates, after accent folding.
import { stripAccents } from '../../text/fold';

/**
 * Lower-cases, folds accents (é → e, û → u), turns no-break and thin spaces into spaces, collapses runs
 * of spaces and trims. "1ᵉʳ" (superscript ordinal) becomes "1er".
 */
export function foldDateText(text: string): string {
  return stripAccents(text.replace(/ᵉʳ/g, 'er').replace(/ᵉ/g, 'e'))
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Month words after folding: full French names, the usual abbreviations (with or without the dot, which
 * the parser allows after any word), common misspellings, and English names. "jui" is left out on purpose:
 * it could be juin or juillet.
 */
const monthWords: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['janvier', 'janv', 'jan', 'january']],
  [2, ['fevrier', 'fevr', 'fev', 'fevier', 'feb', 'february']],
  [3, ['mars', 'mar', 'march']],
  [4, ['avril', 'avr', 'apr', 'april']],
  [5, ['mai', 'may']],
  [6, ['juin', 'jun', 'june']],
  [7, ['juillet', 'juil', 'jul', 'july']],
  [8, ['aout', 'aou', 'aug', 'august']],
  [9, ['septembre', 'sept', 'sep', 'september']],
  [10, ['octobre', 'oct', 'october']],
  [11, ['novembre', 'nov', 'november']],
  [12, ['decembre', 'dec', 'december']],
];

const monthByWord = new Map<string, number>();
for (const [month, words] of monthWords) for (const word of words) monthByWord.set(word, month);

/** Alternation of every month word, longest first so that "septembre" wins over "sept". */
export const monthWordPattern = [...monthByWord.keys()].sort((a, b) => b.length - a.length).join('|');

export function monthFromWord(word: string): number | undefined {
  return monthByWord.get(word.replace(/\.$/, ''));
}

/** Weekday words (0 = Sunday), full and abbreviated, French and English. */
const weekdayWords: ReadonlyArray<readonly [number, readonly string[], readonly string[]]> = [
  [0, ['dimanche', 'sunday'], ['dim', 'sun']],
  [1, ['lundi', 'monday'], ['lun', 'mon']],
  [2, ['mardi', 'tuesday'], ['mar', 'tue', 'tues']],
  [3, ['mercredi', 'wednesday'], ['mer', 'wed']],
  [4, ['jeudi', 'thursday'], ['jeu', 'thu', 'thur', 'thurs']],
  [5, ['vendredi', 'friday'], ['ven', 'fri']],
  [6, ['samedi', 'saturday'], ['sam', 'sat']],
];

export const fullWeekdayPattern = weekdayWords.flatMap(([, full]) => full).join('|');
export const shortWeekdayPattern = weekdayWords.flatMap(([, , short]) => short).sort((a, b) => b.length - a.length).join('|');

export function weekdayFromWord(word: string): number | undefined {
  const bare = word.replace(/\.$/, '');
  for (const [day, full, short] of weekdayWords) if (full.includes(bare) || short.includes(bare)) return day;
  return undefined;
}
