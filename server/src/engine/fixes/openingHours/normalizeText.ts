// Folds French free text for matching (lower case, no accents, one dash, one apostrophe) and remembers
// where each folded character came from, so unparsed words can be quoted from the original input.
import { stripAccents } from '../../text/fold';

export interface FoldedText {
  text: string;
  /** origin[i] is the index in the original input of folded character i; origin[text.length] = input length. */
  origin: number[];
}

const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u2192\u27F6]/;
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u00B4`]/;
const SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002-\u2006\t\f\v]/;
// ("où", where, is never "ou", or: its "ù" folds to a letter pair of its own, "ouu" is a word not understood.)
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ù: 'uu' };

/** HTML entities left in exported text ("Du lundi au vendredi&nbsp;: 9h-12h", "Lundi &amp; mardi"), read as what they stand for. */
const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', eacute: 'e', egrave: 'e', ecirc: 'e', agrave: 'a', acirc: 'a', ccedil: 'c', ucirc: 'u', ugrave: 'u', icirc: 'i',
  ocirc: 'o', rsquo: "'", lsquo: "'", apos: "'", ndash: '-', mdash: '-', hellip: '...', quot: '"', lt: '<', gt: '>', laquo: '"', raquo: '"',
  '#39': "'", '#160': ' ',
};
const ENTITY = /&(#\d{2,4}|[a-z]{2,7});/iy;

export function foldText(input: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(input);
      const value = m ? ENTITIES[m[1].toLowerCase()] : undefined;
      if (m && value !== undefined) {
        for (const c of value) {
          text += c;
          origin.push(i);
        }
        i += m[0].length - 1;
        continue;
      }
    }
    // "Mardi -> Samedi", "8h30 → 12h": an arrow between two days or times is a range's dash.
    if (ch === '-' && input[i + 1] === '>') {
      text += '-';
      origin.push(i);
      i++;
      continue;
    }
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
