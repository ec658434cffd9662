// Plural agreement with a count, per language: in French 0 and 1 take the singular ("0 erreur, 1 valeur"),
// in English only 1 does ("0 errors, 1 value").
import type { ProblemParams } from '../problem';
import type { Locale } from './types';

/** A count as a number: params may hold numbers or their text (with spaces between thousands, a decimal comma). */
function countOf(count: ProblemParams[string]): number {
  if (typeof count === 'number') return count;
  const text = String(count ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return text === '' ? NaN : Number(text);
}

/** Whether a noun after this count takes the plural. */
export function isPlural(count: ProblemParams[string], locale: Locale): boolean {
  const n = countOf(count);
  if (Number.isNaN(n)) return true;
  return locale === 'fr' ? Math.abs(n) >= 2 : n !== 1;
}

/** The singular or the plural form, agreeing with the count. */
export function plural(count: ProblemParams[string], locale: Locale, one: string, many: string): string {
  return isPlural(count, locale) ? many : one;
}

/** The count followed by its noun, agreeing: "1 valeur", "2 valeurs", "0 error". */
export function counted(count: ProblemParams[string], locale: Locale, one: string, many: string): string {
  return `${String(count ?? '')} ${plural(count, locale, one, many)}`;
}
