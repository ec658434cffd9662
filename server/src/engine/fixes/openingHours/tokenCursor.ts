// Small helpers to look at the token list while matching phrases (words, hyphenated words, punctuation).

import type { Token } from './lexer';

export class TokenCursor {
  constructor(readonly tokens: readonly Token[]) {}

  word(i: number): string | undefined {
    const t = this.tokens[i];
    return t && t.kind === 'word' ? t.text : undefined;
  }

  isWord(i: number, ...words: string[]): boolean {
    const w = this.word(i);
    return w !== undefined && words.includes(w);
  }

  isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'punct' && chars.includes(t.char);
  }

  /**
   * Matches a sequence of words from i, allowing a hyphen between two of them ("rendez-vous",
   * "week-end", "après-midi"). Returns the index after the phrase, or -1.
   */
  phrase(i: number, words: readonly string[]): number {
    let pos = i;
    for (let k = 0; k < words.length; k++) {
      if (k > 0 && this.isPunct(pos, '-')) pos++;
      if (this.word(pos) !== words[k]) return -1;
      pos++;
    }
    return pos;
  }

  /** The first of several phrases that matches at i (longest listed first by the caller). */
  anyPhrase(i: number, phrases: readonly (readonly string[])[]): number {
    for (const p of phrases) {
      const next = this.phrase(i, p);
      if (next >= 0) return next;
    }
    return -1;
  }

  /** Skips the given words (articles, prepositions) from i. */
  skipWords(i: number, words: readonly string[]): number {
    let pos = i;
    while (this.isWord(pos, ...words)) pos++;
    return pos;
  }

  /** Whether token i stands between "(" and ")" (the nearest brackets around it). */
  insideBrackets(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && !this.isPunct(k, '()')) k--;
    if (k < 0 || this.isPunct(k, ')')) return false;
    for (k = i + 1; k < this.tokens.length; k++) {
      if (this.isPunct(k, '(')) return false;
      if (this.isPunct(k, ')')) return true;
    }
    return false;
  }

  /** A word written before an apostrophe ("l'accueil", "d'octobre"). */
  elided(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'word' && t.elided === true;
  }

  /** Whether a token strictly between from and to is one of these punctuation marks or words. */
  anyBetween(from: number, to: number, chars: string, ...words: string[]): boolean {
    for (let k = from + 1; k < to; k++) if (this.isPunct(k, chars) || this.isWord(k, ...words)) return true;
    return false;
  }
}
