// Row numbers in the messages of a part of a file checked on another thread: that thread does not know
// how many rows come before its part, so it writes a placeholder, replaced once the first part is read.
import { randomBytes } from 'node:crypto';

/** U+FFFE is a noncharacter; with a random tag after it, no file's content can look like a placeholder. */
const MARK = '\uFFFE';

export function newRowNumberTag(): string {
  return `${MARK}${randomBytes(6).toString('hex')}:`;
}

/** What a message shows instead of row `rowNumber` of the part (numbered from the split). */
export function rowNumberPlaceholder(tag: string, rowNumber: number): string {
  return `${tag}${rowNumber}${MARK}`;
}

export function hasRowNumbers(text: string, tag: string): boolean {
  return text.includes(tag);
}

/** The text with each placeholder replaced by the row number in the whole file (the part's number plus `shift`). */
export function restoreRowNumbers(text: string, tag: string, shift: number): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, from)) {
    const digits = at + tag.length;
    const end = text.indexOf(MARK, digits);
    if (end < 0) break;
    out += text.slice(from, at) + String(Number(text.slice(digits, end)) + shift);
    from = end + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
