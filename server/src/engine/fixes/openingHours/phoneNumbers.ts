// Phone numbers in an opening-hours text: after "sur rendez-vous" they say how to book, on a last line of their own
// they are the place's number; both are read (for review). Anywhere else a number to call stays unread ("call first").

import { sepChar, type Item } from './items';
import type { TokenCursor } from './tokenCursor';

const BOOKING_LEADS = new Set(['au', 'tel', 'telephone', 'par', 'en', 'appelant', 'le']);

/**
 * Whether the phone number at i tells how to book: right after "sur rendez-vous" / "sur réservation", with only
 * "au", "tél.", "par téléphone", "en appelant le", a bracket or a colon between. Those words are then read (taken
 * from `unknown`) and the comment asks for a look.
 */
export function bookingBefore(c: TokenCursor, items: Item[], unknown: number[], i: number): boolean {
  let k = items.length - 1;
  while (k >= 0 && items[k].kind === 'sep' && (sepChar(items[k]) === '(' || sepChar(items[k]) === ':')) k--;
  const comment = items[k];
  if (comment?.kind !== 'comment' || (comment.text !== 'sur rendez-vous' && comment.text !== 'sur réservation')) return false;
  for (let t = comment.to; t < i; t++) {
    const token = c.tokens[t];
    const fits = token.kind === 'word' ? BOOKING_LEADS.has(token.text) : token.kind === 'punct' && '(:.'.includes(token.char);
    if (!fits) return false;
  }
  for (let u = unknown.length - 1; u >= 0 && unknown[u] >= comment.to; u--) unknown.splice(u, 1);
  items[k] = { ...comment, review: [...comment.review, 'comment'] };
  return true;
}

/**
 * Whether the phone number at i ends the text on a sentence or line of its own, after only "Tél", "Téléphone" or
 * "Contact" and a colon ("… 9h-17h. Tél : 03 20 00 00 00"). Those words are then read (taken from `unknown`).
 */
export function contactLineAt(c: TokenCursor, unknown: number[], i: number): boolean {
  if (c.tokens.slice(i + 1).some((t) => t.kind !== 'punct' || '()'.includes(t.char))) return false;
  let k = i - 1;
  const words: number[] = [];
  while (k >= 0) {
    const t = c.tokens[k];
    if (t.kind === 'punct' && t.char === ':') k--;
    else if (t.kind === 'word' && ['tel', 'telephone', 'contact'].includes(t.text)) words.push(k--);
    else break;
  }
  const before = c.tokens[k];
  const lineStart = before !== undefined && before.kind === 'punct' && '.;\n'.includes(before.char);
  if (!lineStart || words.length === 0) return false;
  for (const w of words) {
    const at = unknown.indexOf(w);
    if (at >= 0) unknown.splice(at, 1);
  }
  return true;
}
