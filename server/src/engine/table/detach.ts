// Strings kept for the whole table copied out of the text they were read from.

/** V8 keeps a slice of 13 characters or more as a view on its parent string. */
const SLICED_STRING_MIN_LENGTH = 13;

/**
 * A copy of `text` that shares no memory with the string it was sliced from: a value kept from a scanned
 * row (a problem's parameter, a key, a label) would otherwise keep the whole chunk, or the whole original
 * document, alive.
 */
export function detach(text: string): string {
  return text.length < SLICED_STRING_MIN_LENGTH ? text : (' ' + text).slice(1);
}
