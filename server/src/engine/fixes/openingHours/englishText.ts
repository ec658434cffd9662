// English opening hours in French data ("Mon-Fri 9am-5pm", "Daily 10am-6pm, closed on Mondays"), often left by
// tourism exports: the words rewritten into the French the grammar reads, only when the text is plainly English.
import type { FoldedText } from './normalizeText';

const DAYS: Record<string, string> = {
  monday: 'lundi', mondays: 'lundi', tuesday: 'mardi', tuesdays: 'mardi', tue: 'mardi', tues: 'mardi', wednesday: 'mercredi',
  wednesdays: 'mercredi', wed: 'mercredi', thursday: 'jeudi', thursdays: 'jeudi', thu: 'jeudi', thur: 'jeudi', thurs: 'jeudi',
  friday: 'vendredi', fridays: 'vendredi', fri: 'vendredi', saturday: 'samedi', saturdays: 'samedi', sat: 'samedi', sunday: 'dimanche',
  sundays: 'dimanche', sun: 'dimanche',
};

const MONTHS: Record<string, string> = {
  january: 'janvier', february: 'fevrier', march: 'mars', april: 'avril', june: 'juin', july: 'juillet', august: 'aout',
  september: 'septembre', october: 'octobre', november: 'novembre', december: 'decembre',
};

/** Words and phrases, longest first (days and months are looked up in the maps above). */
const PHRASES: Array<[RegExp, string]> = [
  [/^(?:open\s+)?7\s+days\s+a\s+week/, 'tous les jours'],
  [/^(?:open\s+)?(?:daily|every\s+day)/, 'tous les jours'],
  [/^(?:at\s+)?week-?ends?/, 'le week-end'],
  [/^weekdays/, 'du lundi au vendredi'],
  [/^(?:public|bank)\s+holidays?/, 'jours feries'],
  [/^closed\s+on(?![a-z])/, 'ferme le'],
  [/^closed(?![a-z])/, 'ferme'],
  [/^open\s+on(?![a-z])/, 'ouvert le'],
  [/^open(?![a-z])/, 'ouvert'],
  [/^except(?:\s+on)?/, 'sauf'],
  // (Between days or times only: "from 1 June", "until September" say when hours start or end, not a day's.)
  [/^(?:to|through|thru|till|until)(?=\s*(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|noon|midnight|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*)(?![a-z0-9]))/, 'a'],
  [/^to(?=\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z]))/, 'a'],
  [/^from(?=\s*(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|noon)(?![a-z0-9]))/, 'de'],
  [/^and(?![a-z])/, 'et'],
  [/^on(?![a-z])/, 'le'],
  [/^noon(?![a-z])/, 'midi'],
  [/^midnight(?![a-z])/, 'minuit'],
];

/** "9am", "9:30 am", "5pm", "10 a.m.", "12pm" (noon); "12am" is left as it is (midnight or noon: not said). */
const AM_PM = /^(\d{1,2})(?::(\d{2}))?\s?(a\.?m\.?|p\.?m\.?)(?![a-z])/;

const BARE_START_RANGE = /^(\d{1,2})(?::(\d{2}))?\s*(?:[-\u2013]|to)\s*(\d{1,2})(?::(\d{2}))?\s?(a\.?m\.?|p\.?m\.?)(?![a-z])/;

/** Whole words of the text among `words`. */
function wordsRegExp(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^a-z])(?:${words.join('|')})(?![a-z])`);
}

/** An English day name ("mon" excepted: alone it is French, "mon magasin"). */
const ENGLISH_DAY_NAMES = wordsRegExp(Object.keys(DAYS));
const AM_PM_ANYWHERE = /\d\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/;
const ENGLISH_WORDS = wordsRegExp(['daily', 'weekdays']);
/** An am/pm time as a word of its own ("9am", "9:30 pm"). */
const AM_PM_TIME = wordsRegExp(['\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)']);
const FRENCH_DAYS = wordsRegExp(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((d) => `${d}s?`));
/** Any English day, "mon" included (beside French days it says the text is in both languages). */
const ENGLISH_DAYS = wordsRegExp([...Object.keys(DAYS), 'mon']);
const FRENCH_TIME = /\d\s?h(?:\d{2})?(?![a-z])/;
const TIME_ZONES = /(?:^|[^a-z])(?:est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|cest)(?![a-z])/;

/** Whether the folded text is written in English (an am/pm time, an English day, "daily"). */
export function looksEnglish(text: string): boolean {
  return AM_PM_TIME.test(text) || ENGLISH_DAY_NAMES.test(text) || ENGLISH_WORDS.test(text);
}

function hour12(hours: number, minutes: number, pm: boolean): string | undefined {
  if (hours < 1 || hours > 12 || minutes > 59) return undefined;
  if (hours === 12 && !pm) return undefined;
  const h = pm ? (hours === 12 ? 12 : hours + 12) : hours;
  return minutes === 0 ? `${h}h` : `${h}h${String(minutes).padStart(2, '0')}`;
}

/**
 * The folded text with its English words rewritten in French ("mon-fri 9am-5pm" → "lundi-vendredi 9h-17h"), each
 * written character mapped to where its word starts in the input; the same text when it does not look English.
 */
export function frenchFromEnglish(folded: FoldedText): { folded: FoldedText; english: boolean; mixed: boolean } {
  const { text, origin } = folded;
  if (!looksEnglish(text)) return { folded, english: false, mixed: false };
  // French days beside English ones (a cell said twice may disagree), French times beside am/pm ones ("2pm-5h"), a
  // time zone ("9am-5pm EST"): not read.
  const mixed = (FRENCH_DAYS.test(text) && ENGLISH_DAYS.test(text)) || (FRENCH_TIME.test(text) && AM_PM_ANYWHERE.test(text)) || TIME_ZONES.test(text);
  let out = '';
  const map: number[] = [];
  const emit = (s: string, at: number) => {
    for (const ch of s) {
      out += ch;
      map.push(origin[at]);
    }
  };
  let i = 0;
  while (i < text.length) {
    const wordStart = i === 0 || !/[a-z0-9]/.test(text[i - 1]);
    if (wordStart) {
      const rest = text.slice(i);
      // "2-6pm", "12-2pm", "9-11am": a bare start takes the end's half of the day when it comes before it.
      const pair = BARE_START_RANGE.exec(rest);
      if (pair) {
        const pm = pair[5].startsWith('p');
        const [sh, sm, eh, em] = [Number(pair[1]), Number(pair[2] ?? 0), Number(pair[3]), Number(pair[4] ?? 0)];
        // ("10-12pm" is the morning to noon; "9-5pm" nine in the morning to five.)
        const startPm = pm && eh !== 12 && sh < eh;
        const start = sh === 12 ? hour12(12, sm, true) : hour12(sh, sm, startPm);
        const end = hour12(eh, em, pm);
        if (start && end && (pm || sh < eh)) {
          emit(`${start}-${end}`, i);
          i += pair[0].length;
          continue;
        }
      }
      const time = AM_PM.exec(rest);
      const written = time ? hour12(Number(time[1]), Number(time[2] ?? 0), time[3].startsWith('p')) : undefined;
      if (time && written) {
        emit(written, i);
        i += time[0].length;
        continue;
      }
      const phrase = PHRASES.find(([re]) => re.test(rest));
      if (phrase) {
        const m = phrase[0].exec(rest) as RegExpExecArray;
        emit(phrase[1], i);
        i += m[0].length;
        continue;
      }
      const word = /^[a-z]+/.exec(rest)?.[0];
      const french = word === undefined ? undefined : DAYS[word] ?? MONTHS[word] ?? (word === 'mon' ? 'lundi' : undefined);
      if (word !== undefined && french !== undefined) {
        emit(french, i);
        i += word.length;
        continue;
      }
    }
    out += text[i];
    map.push(origin[i]);
    i++;
  }
  map.push(origin[text.length]);
  return { folded: { text: out, origin: map }, english: true, mixed };
}
