// Splits folded opening-hours text into tokens: clock times ("9h30", "9 h 30", "09:30", "9.30", "8 heures"),
// numbers and ordinals ("1er", "3e"), words, punctuation, and the "7j/7" / "24h/24" idioms.

import { readFootnotes } from './footnotes';
import { ABBREVIATIONS_WITH_DOT } from './vocabulary';

export type TimeForm = 'h' | 'colon' | 'dot';

export type Token =
  /** `elided`: written before an apostrophe ("l'accueil", "d'octobre"). */
  | { kind: 'word'; text: string; start: number; end: number; elided?: boolean }
  | { kind: 'number'; value: number; ordinal: boolean; start: number; end: number }
  /** `gluedEnd`: "15h18h" may also be a range written with no dash (15:00-18:00), read so only where no range connector follows. */
  | { kind: 'time'; minutes: number; form: TimeForm; start: number; end: number; gluedEnd?: number }
  | { kind: 'punct'; char: string; start: number; end: number }
  | { kind: 'allWeek'; start: number; end: number }
  | { kind: 'allDay'; start: number; end: number }
  /** A French phone number ("04 78 02 50 03", "02.31.15.59.60"). */
  | { kind: 'phone'; start: number; end: number }
  | { kind: 'other'; char: string; start: number; end: number };

// "7j/7", "7/7", "7 jours sur 7", and the forms written with the unit twice or after ("7j/7j", "7/7j").
// (Also "7j7", and "365 jours par an" / "365j/an": every day of the year.)
const ALL_WEEK = /(?:7\s*(?:j(?:ours?|rs?)?\s*)?(?:\/|sur)\s*7(?:\s*j(?:ours?|rs?)?)?|7\s*j\s*7|365\s*j(?:ours?|rs?)?\s*(?:\/|par|sur)\s*(?:an|annee|365))(?![\da-z])/y;
const DAY_AND_WEEK = /24\s*h?\s*\/\s*7\s*(?:j(?:ours?|rs?)?)?(?![\da-z])/y;
const ALL_DAY = /(?:24\s*(?:h(?:eures?)?)?\s*(?:\/|sur)\s*24(?:\s*h(?:eures?)?)?(?![\da-z])|24\s*h\s*24(?![\da-z])|h\s?24(?![\d]))/y;
// ("9hrs-17hrs": an English plural of the hour sign.)
const TIME_H = /(\d{1,2})\s*(?:heures?|hrs|h)(?![a-z\d])/y;
// "19hfermé les dimanches", "12hsamedi": the break between two lines lost when a page's tags were stripped.
const TIME_H_GLUED = /(\d{1,2})h(?=(?:ferm|sauf|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[a-z]*(?![a-z\d]))/y;
// "16h45h": the hour sign typed again after the minutes, with nothing between.
const TIME_H_MINUTES_H = /(\d{1,2})h(\d{2})h(?![a-z\d])/y;
// "8:-11:", "13: - 17:": a range whose two ends are hours written with a colon and no minutes. Both ends must
// be so written: a lone "8:" is a label's colon ("Lundi 8: …" is not read as a time).
const COLON_HOURS_RANGE = /(\d{1,2}):\s*-\s*(\d{1,2}):(?!\s?\d)/y;
// The minutes must not be the next hour: "12h 14h-18h" is 12h then 14h, not 12:14.
// ("9h.30": a dot after the hour sign, the minutes right after it; "19h. 24 décembre" is a sentence's end.)
// (Never across a line: "9h-17h⏎25 décembre : fermé" is 17h, then a date; read as 17:25 it closed all of December.)
const TIME_H_MINUTES = /(\d{1,2})[ \t]*(?:heures?[ \t]*|h[ \t]*|h\.)(\d{2})(?:[ \t]*(?:mn|min))?(?![\d:]|\s*h(?![a-z]))/y;
// ("9:30h": the hour sign typed after the minutes too.)
// ("08:00:00": a spreadsheet's or a database's time with seconds, read when they are zero.)
const TIME_COLON = /(\d{1,2}):(\d{2})(?::00(?![\d:]))?(?:h(?![a-z\d]))?(?!\d)/y;
const TIME_DOT = /(\d{1,2})\.(\d{2})(?!\d|\.\d)/y;
// "de 13,30 à 18h00": a comma for the dot, only before a range's connector and its second time.
const TIME_COMMA = /(\d{1,2}),(\d{2})(?=\s*(?:a\s|-)\s*\d)/y;
const ORDINAL = /(\d{1,2})\s?(?:eres|ers|emes|ere|er|re|eme|nde|nd|es|e)(?![a-z])/y;
const NUMBER = /\d+/y;
// Ten digits in pairs, the first "0" then 1-9, one separator kind or none, nothing more after ("09 00 12 00 14 00" is not one).
const PHONE = /0[1-9](?:([ .-]?)\d{2})(?:\1\d{2}){3}(?![ .-]?\d)/y;
const WORD = /[a-z]+/y;
const SPACE = /[ ]+/y;
const PUNCT = '-/,;.:()&+|>[]';
const WRAPPING_WORDS = new Set(['au', 'a', 'de', 'du', 'des', 'le', 'la', 'les', 'et', 'jusqu', 'sauf', 'entre']);
const LINE_LIKE = '\n*\u2022\u00B7\u25AA\u25CF\u2023';
/** An HTML line break left in exported text ("…16h<br/>Le 1er mercredi…"): a new line. */
const HTML_BREAK = /<br\s*\/?>/y;

function clock(hours: string, minutes: string | undefined): number | undefined {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}

// "12h et demie", "9 heures et quart": the minutes said in words (read as 30 and 15).
const TIME_H_HALF = /(\d{1,2})\s*(?:heures?|h)\s+et\s+(demie|quart)(?![a-z])/y;

// "0830-1200": an export's four-digit times, only as both ends of a range (each a quarter, half or five minutes past,
// the end later: "2019-2020" is no range of times).
const TIME_COMPACT_START = /([01]\d|2[0-3])([0-5][05])(?=\s*[-–]\s*(?:[01]\d|2[0-4])[0-5][05](?!\d))/y;
const TIME_COMPACT_END = /(?<=(?:[01]\d|2[0-3])[0-5][05]\s*[-–]\s*)([01]\d|2[0-4])([0-5][05])(?!\d)/y;
const TIME_FORMS: ReadonlyArray<[RegExp, TimeForm]> = [
  [TIME_H_HALF, 'h'],
  [TIME_H_MINUTES_H, 'h'],
  [TIME_H_MINUTES, 'h'],
  [TIME_H, 'h'],
  [TIME_H_GLUED, 'h'],
  [TIME_COLON, 'colon'],
  [TIME_DOT, 'dot'],
  [TIME_COMMA, 'dot'],
  [TIME_COMPACT_START, 'dot'],
  [TIME_COMPACT_END, 'dot'],
];

/** A clock time at pos ("9h30", "09:30", "9.30", "8 heures"), only with a real hour and minute. */
function timeAt(text: string, pos: number): { minutes: number; form: TimeForm; length: number; gluedEnd?: number } | undefined {
  for (const [re, form] of TIME_FORMS) {
    const m = matchAt(re, text, pos);
    if (m && re === TIME_H_MINUTES && nextRangeStart(text, pos, m[0])) continue;
    if (m && re === TIME_COMPACT_START && !compactRangeLong(text, pos, m[0])) continue;
    const minutes = m ? clock(m[1], re === TIME_H_HALF ? (m[2] === 'demie' ? '30' : '15') : m[2]) : undefined;
    if (m && minutes !== undefined) return { minutes, form, length: m[0].length, gluedEnd: re === TIME_H_MINUTES_H ? gluedEnd(m[1], m[2]) : undefined };
  }
  return undefined;
}

/** "0830-1200" runs for half an hour at least (or through the night): "2020-2025" is years, not five minutes. */
function compactRangeLong(text: string, pos: number, matched: string): boolean {
  const end = /^\s*[-–]\s*(\d{2})(\d{2})/.exec(text.slice(pos + matched.length));
  if (!end) return false;
  const from = Number(matched.slice(0, 2)) * 60 + Number(matched.slice(2, 4));
  const to = Number(end[1]) * 60 + Number(end[2]);
  return to < from || to - from >= 30;
}

/**
 * "9-12h 14-17h": after an hour that ends a range, a number set apart by a space and followed by a dash starts the
 * next range, not the minutes ("9 h 15 - 17 h 30" keeps its minutes: no range ends at 9 h).
 */
function nextRangeStart(text: string, pos: number, matched: string): boolean {
  return /\d\s*-\s*$/.test(text.slice(Math.max(0, pos - 8), pos)) && /h\s+\d{2}$/.test(matched) && /^\s*-\s*\d/.test(text.slice(pos + matched.length));
}

/** "15h18h": the second number, as an hour after the first, when it can be one (else "16h45h" is only 16:45). */
function gluedEnd(hours: string, second: string): number | undefined {
  const h = Number(hours);
  const end = Number(second);
  return end > h && end <= 24 ? end * 60 : undefined;
}

/** "8:-11:" as three tokens (time, dash, time), or undefined. */
function colonHoursRange(text: string, pos: number): Token[] | undefined {
  const m = matchAt(COLON_HOURS_RANGE, text, pos);
  const from = m ? clock(m[1], undefined) : undefined;
  const to = m ? clock(m[2], undefined) : undefined;
  if (!m || from === undefined || to === undefined) return undefined;
  const dash = pos + m[0].indexOf('-');
  const secondStart = pos + m[0].lastIndexOf(m[2] + ':');
  return [
    { kind: 'time', minutes: from, form: 'colon', start: pos, end: dash },
    { kind: 'punct', char: '-', start: dash, end: dash + 1 },
    { kind: 'time', minutes: to, form: 'colon', start: secondStart, end: pos + m[0].length },
  ];
}

/** Hours written in words ("de dix heures à vingt heures"), always followed by "heure(s)". */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
  ['dix-sept', 17], ['dix-huit', 18], ['dix-neuf', 19], ['vingt', 20], ['vingt-et-une', 21], ['vingt et une', 21],
  ['vingt-deux', 22], ['vingt-trois', 23],
]);
const WORD_HOUR = /([a-z]+(?:(?:-| et |-et-)[a-z]+)*)\s+heures?(?:\s+(et\s+demie|et\s+quart|trente|quinze|quarante-cinq))?(?![a-z])/y;

/** "dix heures", "dix-huit heures trente", "neuf heures et demie". */
function wordTimeAt(text: string, pos: number): { minutes: number; length: number } | undefined {
  const m = matchAt(WORD_HOUR, text, pos);
  const hours = m ? HOUR_WORDS.get(m[1]) : undefined;
  if (!m || hours === undefined) return undefined;
  const extra = m[2]?.replace(/\s+/g, ' ');
  const minutes = extra === undefined ? 0 : extra === 'et quart' || extra === 'quinze' ? 15 : extra === 'quarante-cinq' ? 45 : 30;
  return { minutes: hours * 60 + minutes, length: m[0].length };
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function tokenize(folded: string): Token[] {
  const text = readFootnotes(folded);
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos];
    let m: RegExpExecArray | null;
    if ((m = matchAt(SPACE, text, pos))) {
      pos += m[0].length;
      continue;
    }
    if (ch === "'") {
      pos++;
      continue;
    }
    if (ch === '<' && (m = matchAt(HTML_BREAK, text, pos))) {
      tokens.push({ kind: 'punct', char: '\n', start: pos, end: pos + m[0].length });
      pos += m[0].length;
      continue;
    }
    // "Vendredi *", "Mardi*": an asterisk after a word is a footnote's mark (its note is elsewhere or below), not
    // a bullet: kept as a character nobody reads, so the text is refused (footnotes.ts has already blanked the
    // marks whose notes it could match).
    // ("08H00 - 12H00 * 14H00 - 18H00": between two times, with spaces around, it separates them like a comma.)
    if (ch === '*' && /\dh? \*$/.test(text.slice(lineStart(text, pos), pos + 1)) && /^ \d/.test(text.slice(pos + 1, pos + 3))) {
      tokens.push({ kind: 'punct', char: ',', start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    if (ch === '*' && /[a-z\d] ?$/.test(text.slice(lineStart(text, pos), pos))) {
      tokens.push({ kind: 'other', char: ch, start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    if (LINE_LIKE.includes(ch)) {
      // "Du lundi au\nvendredi" (a line wrapped in a PDF or a narrow cell): a line break right after a word that
      // cannot end a phrase is a space.
      const previous = tokens[tokens.length - 1];
      const wraps = ch === '\n' && previous?.kind === 'word' && WRAPPING_WORDS.has(previous.text) && previous.end === pos;
      if (!wraps) tokens.push({ kind: 'punct', char: '\n', start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    // "Dimanches matin => 9h00-14h00", "Lundi → 9h-12h": an arrow between a cell and its hours is a colon.
    if ((ch === '=' && text[pos + 1] === '>') || ch === '\u2192') {
      const length = ch === '=' ? 2 : 1;
      tokens.push({ kind: 'punct', char: ':', start: pos, end: pos + length });
      pos += length;
      continue;
    }
    if (PUNCT.includes(ch)) {
      tokens.push({ kind: 'punct', char: ch, start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    const atWordStart = pos === 0 || !/[a-z\d]/.test(text[pos - 1]);
    if (/\d/.test(ch) || (ch === 'h' && atWordStart)) {
      if ((m = matchAt(ALL_WEEK, text, pos))) {
        tokens.push({ kind: 'allWeek', start: pos, end: pos + m[0].length });
        pos += m[0].length;
        continue;
      }
      if ((m = matchAt(ALL_DAY, text, pos))) {
        tokens.push({ kind: 'allDay', start: pos, end: pos + m[0].length });
        pos += m[0].length;
        continue;
      }
      // "24/7", "24h/7j": the whole day, every day (never the 24th of July).
      if ((m = matchAt(DAY_AND_WEEK, text, pos))) {
        const slash = pos + m[0].indexOf('/');
        tokens.push({ kind: 'allDay', start: pos, end: slash }, { kind: 'allWeek', start: slash, end: pos + m[0].length });
        pos += m[0].length;
        continue;
      }
    }
    if (/\d/.test(ch)) {
      if ((m = matchAt(PHONE, text, pos))) {
        tokens.push({ kind: 'phone', start: pos, end: pos + m[0].length });
        pos += m[0].length;
        continue;
      }
      const colonRange = colonHoursRange(text, pos);
      if (colonRange) {
        tokens.push(...colonRange);
        pos = colonRange[colonRange.length - 1].end;
        continue;
      }
      const time = timeAt(text, pos);
      if (time) {
        const glued = time.gluedEnd === undefined ? {} : { gluedEnd: time.gluedEnd };
        tokens.push({ kind: 'time', minutes: time.minutes, form: time.form, start: pos, end: pos + time.length, ...glued });
        pos += time.length;
        continue;
      }
      if ((m = matchAt(ORDINAL, text, pos))) {
        tokens.push({ kind: 'number', value: Number(m[1]), ordinal: true, start: pos, end: pos + m[0].length });
        pos += m[0].length;
        continue;
      }
      m = matchAt(NUMBER, text, pos) as RegExpExecArray;
      tokens.push({ kind: 'number', value: Number(m[0]), ordinal: false, start: pos, end: pos + m[0].length });
      pos += m[0].length;
      continue;
    }
    const wordTime = /[a-z]/.test(ch) && (pos === 0 || !/[a-z]/.test(text[pos - 1])) ? wordTimeAt(text, pos) : undefined;
    if (wordTime) {
      tokens.push({ kind: 'time', minutes: wordTime.minutes, form: 'h', start: pos, end: pos + wordTime.length });
      pos += wordTime.length;
      continue;
    }
    if ((m = matchAt(WORD, text, pos))) {
      let end = pos + m[0].length;
      // "lun." "sept." — the dot of a known abbreviation is part of the word, not the end of a sentence.
      if (text[end] === '.' && ABBREVIATIONS_WITH_DOT.has(m[0])) end++;
      tokens.push(text[end] === "'" ? { kind: 'word', text: m[0], start: pos, end, elided: true } : { kind: 'word', text: m[0], start: pos, end });
      pos = end;
      continue;
    }
    tokens.push({ kind: 'other', char: ch, start: pos, end: pos + 1 });
    pos++;
  }
  return tokens.map(fixTypedEt);
}

/** "8h30-12h30 er 13h30-17h30": "er" between two times can only be "et" mistyped (the keys are side by side). */
function fixTypedEt(t: Token, k: number, tokens: readonly Token[]): Token {
  if (t.kind !== 'word' || t.text !== 'er' || tokens[k - 1]?.kind !== 'time' || tokens[k + 1]?.kind !== 'time') return t;
  return { ...t, text: 'et' };
}
