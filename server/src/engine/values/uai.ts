// UAI (Unité administrative immatriculée, formerly RNE) codes of schools and other establishments of the
// Ministry of Education: seven characters and a check letter. The letter is the remainder of the division
// of the seven-character number by 23, written with the 23 letters A–Z without I, O and Q (the ministry's
// published rule; e.g. 0750654D, lycée Henri-IV: 750654 mod 23 = 3 → D).

const KEY_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export type UaiVerdict = { failure: 'format' } | { failure: 'key'; expected: string };

/** The check letter of a seven-digit UAI number. */
export function uaiKey(digits: string): string {
  return KEY_LETTERS[Number(digits) % 23];
}

/** Why a value is not a UAI code, or undefined when it is one (case ignored, surrounding spaces tolerated). */
export function diagnoseUai(value: string): UaiVerdict | undefined {
  const match = /^(\d{7})([A-Za-z])$/.exec(value.trim());
  if (!match) return { failure: 'format' };
  const expected = uaiKey(match[1]);
  return match[2].toUpperCase() === expected ? undefined : { failure: 'key', expected };
}
