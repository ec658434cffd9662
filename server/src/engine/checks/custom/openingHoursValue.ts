// `opening-hours-value`: the cell is a valid OpenStreetMap `opening_hours` value. Validata's verdict decides
// whether it is an error: Validata asks opening-hours-py, whose grammar is much stricter than the
// opening_hours.js library we read values with (strictOpeningHours.ts follows it). A value the library
// cannot parse, or parses only by correcting what Validata refuses ("Lu-Ve", "8h30", "12:00;Sa"), is an
// error; a value Validata accepts but the library warns about (a rule overriding another, a past date) is a
// warning. What the library says is read into issues of our own (openingHoursIssues.ts), phrased in French
// and English by us; its rewriting of the value is offered as a fix when Validata accepts it.
//
// opening_hours is LGPL: it stays a separate module, loaded with require() at first use (never a
// top-level import) so that bundles keep it external and unmodified.
import { errorIssue, issueParams, warningIssues, type OpeningHoursIssue } from './openingHoursIssues';
import type { ValueVerdict } from './singleColumn';
import { singleColumnCheck } from './singleColumn';
import { readStrictOpeningHours, type StrictVerdict } from './strictOpeningHours';
import type { CustomCheckFactory } from './types';

/** The CommonJS export of opening_hours is the class itself (a type-only reference: nothing is imported). */
type OpeningHoursConstructor = typeof import('opening_hours').opening_hours;

let library: OpeningHoursConstructor | undefined;

function openingHoursLibrary(): OpeningHoursConstructor {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at first use: the LGPL library stays a separate module
  library ??= require('opening_hours') as OpeningHoursConstructor;
  return library;
}

/** Public holidays (PH) and sunrise/sunset need a place: Paris, so that French holidays apply. */
const FRANCE = { lat: 48.8566, lon: 2.3522, address: { country_code: 'fr', state: 'Île-de-France' } };

export interface OpeningHoursVerdict {
  /** The opening_hours library parses the value (perhaps correcting it, see `issues`). */
  valid: boolean;
  /** Why the library cannot parse the value (one issue), or what it corrected or warns about. */
  issues: OpeningHoursIssue[];
  /** Whether Validata accepts the value as written (opening-hours-py's grammar). */
  validata: StrictVerdict;
  /** The library's normalized rewriting, offered as a fix: one Validata accepts and the library reads cleanly. */
  prettified?: string;
}

/** The library's messages in English: the only wording openingHoursIssues.ts reads. */
const CONF = { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' } as const;

function parse(value: string): { error?: string; issues: OpeningHoursIssue[]; prettify?: () => string } {
  const OpeningHours = openingHoursLibrary();
  try {
    const oh = new OpeningHours(value, FRANCE, CONF);
    const warnings = oh.getStructuredWarnings();
    return { issues: warningIssues(value, warnings), prettify: () => oh.prettifyValue() };
  } catch (error) {
    // The library throws plain strings ("value up to the fault <--- (explanation)").
    const text = String(error instanceof Error ? error.message : error);
    return { error: text, issues: [errorIssue(value, text)] };
  }
}

/**
 * Whether a rewriting can be offered: Validata accepts it, and the library reads it without correcting
 * anything (its own rewriting of it is itself). What the library only advises about stays: "Mo-Fr", the
 * rewriting of "Lu-Ve", has no hours, which Validata accepts.
 */
function isSettled(value: string): boolean {
  if (!readStrictOpeningHours(value).ok) return false;
  const result = parse(value);
  return result.error === undefined && (result.issues.length === 0 || result.prettify?.() === value);
}

/** The library's rewriting of a value it parses, as a fix: only when certain and settled (see `hasLoneLetter`). */
function prettifiedOf(value: string, prettify: (() => string) | undefined): string | undefined {
  if (!prettify || hasLoneLetter(value)) return undefined;
  const prettified = prettify();
  return prettified !== value && isSettled(prettified) ? prettified : undefined;
}

/** Where Validata stops reading a value, as an issue: the piece of the value from there to the next space or separator. */
function validataIssue(value: string, refusal: Exclude<StrictVerdict, { ok: true }>): OpeningHoursIssue {
  const rest = value.slice(refusal.at);
  const piece = /^[^\s;,]*/.exec(rest)?.[0] || rest.slice(0, 1);
  const issue: OpeningHoursIssue = { kind: 'validata-syntax', about: refusal.refusal, position: refusal.at + 1 };
  if (piece) issue.word = piece.length > 40 ? `${piece.slice(0, 40)}…` : piece;
  return issue;
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
  const validata = readStrictOpeningHours(value);
  let verdict: OpeningHoursVerdict;
  if (result.error !== undefined) {
    verdict = { valid: false, issues: result.issues, validata };
  } else if (result.issues.length > 0 || !validata.ok) {
    verdict = { valid: true, issues: result.issues, validata, prettified: prettifiedOf(value, result.prettify) };
  } else {
    verdict = { valid: true, issues: [], validata };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, verdict);
  return verdict;
}

/**
 * The problem of a verdict: an error when the library cannot read the value or Validata refuses it (where
 * Validata stops reading comes first, then what the library corrected); a warning when Validata accepts a
 * value the library warns about.
 */
function toVerdict(value: string, result: OpeningHoursVerdict): ValueVerdict {
  const accepted = result.valid && result.validata.ok;
  if (accepted && result.issues.length === 0) return undefined;
  const issues = result.valid && !result.validata.ok ? [validataIssue(value, result.validata), ...result.issues] : result.issues;
  return {
    severity: accepted ? 'warning' : undefined,
    params: { variant: accepted ? 'warning' : undefined, ...issueParams(issues), suggestion: result.prettified },
  };
}

export const openingHoursValue: CustomCheckFactory = (params) =>
  singleColumnCheck('opening-hours-value', 'opening-hours-value', params, (value) => toVerdict(value, judgeOpeningHours(value)));
