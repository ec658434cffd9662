// `opening-hours-value`: the cell is a valid OpenStreetMap `opening_hours` value, as parsed by the
// opening_hours.js library. Parse errors are errors; values the library accepts only with warnings
// (auto-corrected "8h", unconnected selectors…) are reported as warnings. What the library says is read
// into issues of our own (openingHoursIssues.ts), phrased in French and English by us.
//
// opening_hours is LGPL: it stays a separate module, loaded with require() at first use (never a
// top-level import) so that bundles keep it external and unmodified.
import { errorIssue, issueParams, warningIssues, type OpeningHoursIssue } from './openingHoursIssues';
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
  /** Why the value is invalid (one issue), or what the library corrected or warns about (valid values). */
  issues: OpeningHoursIssue[];
  /** The library's normalized rewriting, offered as a fix when the value only has warnings. */
  prettified?: string;
}

/** The library's messages in English: the only wording openingHoursIssues.ts reads. */
const CONF = { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' } as const;

function parse(value: string): { error?: string; issues: OpeningHoursIssue[]; prettified?: string } {
  const OpeningHours = openingHoursLibrary();
  try {
    const oh = new OpeningHours(value, FRANCE, CONF);
    const warnings = oh.getStructuredWarnings();
    return { issues: warningIssues(value, warnings), prettified: warnings.length > 0 ? oh.prettifyValue() : undefined };
  } catch (error) {
    // The library throws plain strings ("value up to the fault <--- (explanation)").
    const text = String(error instanceof Error ? error.message : error);
    return { error: text, issues: [errorIssue(value, text)] };
  }
}

/** True when the library parses the value without error or warning. */
function isClean(value: string): boolean {
  const result = parse(value);
  return result.error === undefined && result.issues.length === 0;
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
  const result = parse(value);
  let verdict: OpeningHoursVerdict;
  if (result.error !== undefined) {
    verdict = { valid: false, issues: result.issues };
  } else if (result.issues.length > 0) {
    const prettified =
      result.prettified !== undefined && result.prettified !== value && !hasLoneLetter(value) && isClean(result.prettified) ? result.prettified : undefined;
    verdict = { valid: true, issues: result.issues, prettified };
  } else {
    verdict = { valid: true, issues: [] };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, verdict);
  return verdict;
}

function toVerdict(result: OpeningHoursVerdict): ValueVerdict {
  if (result.valid && result.issues.length === 0) return undefined;
  return {
    severity: result.valid ? 'warning' : undefined,
    params: { variant: result.valid ? 'warning' : undefined, ...issueParams(result.issues), suggestion: result.prettified },
  };
}

export const openingHoursValue: CustomCheckFactory = (params) =>
  singleColumnCheck('opening-hours-value', 'opening-hours-value', params, (value) => toVerdict(judgeOpeningHours(value)));
