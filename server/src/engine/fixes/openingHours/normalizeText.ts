// Folds French free text for matching (lower case, no accents, one dash, one apostrophe) and remembers
// where each folded character came from, so unparsed words can be quoted from the original input.
import { stripAccents } from '../../text/fold';

export interface FoldedText {
  text: string;
  /** origin[i] is the index in the original input of folded character i; origin[text.length] = input length. */
  origin: number[];
}

const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/;
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u00B4`]/;
const SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002-\u2006\t\f\v]/;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function foldText(input: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    let out: string;
    const code = ch.charCodeAt(0);
    if (code < 128 && ch !== '\r' && ch !== '`' && ch !== '\t' && ch !== '\v' && ch !== '\f') out = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else if (ch === '\r') out = input[i + 1] === '\n' ? '' : '\n';
    else if (DASHES.test(ch)) out = '-';
    else if (APOSTROPHES.test(ch)) out = "'";
    else if (SPACES.test(ch)) out = ' ';
    else {
      const lower = ch.toLowerCase();
      out = LIGATURES[lower] ?? stripAccents(lower);
    }
    for (let k = 0; k < out.length; k++) {
      text += out[k];
      origin.push(i);
    }
  }
  origin.push(input.length);
  return { text, origin };
}
