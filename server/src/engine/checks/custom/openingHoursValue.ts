// `opening-hours-value`: the cell is a valid OpenStreetMap `opening_hours` value, as parsed by the
// opening_hours.js library. Parse errors are errors; values the library accepts only with warnings
// (auto-corrected "8h", unconnected selectors…) are reported as warnings with its explanation.
//
// opening_hours is LGPL: it stays a separate module, loaded with require() at first use (never a
// top-level import) so that bundles keep it external and unmodified.
import type { ValueVerdict } from './singleColumn';
import { singleColumnCheck } from './singleColumn';
import type { CustomCheckFactory } from './types';

/** The CommonJS export of opening_hours is the class itself (a type-only reference: nothing is imported). */
type OpeningHoursConstructor = typeof import('opening_hours').opening_hours;

let library: OpeningHoursConstructor | undefined;

function openingHoursLibrary(): OpeningHoursConstructor {
  library ??= require('opening_hours') as OpeningHoursConstructor;
  return library;
}

/** Public holidays (PH) and sunrise/sunset need a place: Paris, so that French holidays apply. */
const FRANCE = { lat: 48.8566, lon: 2.3522, address: { country_code: 'fr', state: 'Île-de-France' } };

export interface OpeningHoursVerdict {
  valid: boolean;
  /** The library's error (when invalid) or warnings (when valid), in English and in French. */
  en: string[];
  fr: string[];
  /** The library's normalized rewriting, offered as a fix when the value only has warnings. */
  prettified?: string;
}

function parseIn(value: string, locale: 'en' | 'fr'): { error?: string; warnings: string[]; prettified?: string } {
  const OpeningHours = openingHoursLibrary();
  const conf = { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale } as const;
  try {
    const oh = new OpeningHours(value, FRANCE, conf);
    const warnings = oh.getWarnings();
    return { warnings, prettified: warnings.length > 0 ? oh.prettifyValue() : undefined };
  } catch (error) {
    // The library throws plain strings ("value <--- (explanation)").
    return { error: String(error instanceof Error ? error.message : error), warnings: [] };
  }
}

/** True when the library parses the value without error or warning. */
function isClean(value: string): boolean {
  const result = parseIn(value, 'en');
  return result.error === undefined && result.warnings.length === 0;
}

/**
 * A one-letter word ("L-V 8h-17h") is a guess for the library: it corrects "L-V" to "Sa-Su". Its
 * rewriting is then no safe fix. (An "h" right after digits, as in "8h", is an hour mark, not a word.)
 */
function hasLoneLetter(value: string): boolean {
  return /(?:^|[^\p{L}\d])\p{L}(?!\p{L})/u.test(value);
}

// Files repeat the same hours on many rows, and an editor re-validates on each keystroke: results are
// kept per distinct value (bounded, cleared when full).
const CACHE_LIMIT = 10_000;
const cache = new Map<string, OpeningHoursVerdict>();

export function judgeOpeningHours(value: string): OpeningHoursVerdict {
  const cached = cache.get(value);
  if (cached) return cached;
  const en = parseIn(value, 'en');
  let verdict: OpeningHoursVerdict;
  if (en.error !== undefined) {
    verdict = { valid: false, en: [en.error], fr: [parseIn(value, 'fr').error ?? en.error] };
  } else if (en.warnings.length > 0) {
    const fr = parseIn(value, 'fr');
    const prettified =
      en.prettified !== undefined && en.prettified !== value && !hasLoneLetter(value) && isClean(en.prettified) ? en.prettified : undefined;
    verdict = { valid: true, en: en.warnings, fr: fr.warnings.length === en.warnings.length ? fr.warnings : en.warnings, prettified };
  } else {
    verdict = { valid: true, en: [], fr: [] };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, verdict);
  return verdict;
}

function toVerdict(result: OpeningHoursVerdict): ValueVerdict {
  if (result.valid && result.en.length === 0) return undefined;
  return {
    severity: result.valid ? 'warning' : undefined,
    params: {
      variant: result.valid ? 'warning' : undefined,
      detail: result.en.join(' '),
      detailFr: result.fr.join(' '),
      suggestion: result.prettified,
    },
  };
}

export const openingHoursValue: CustomCheckFactory = (params) =>
  singleColumnCheck('opening-hours-value', 'opening-hours-value', params, (value) => toVerdict(judgeOpeningHours(value)));
