// The opening_hours library (LGPL, kept a separate module): loaded lazily on first use, one parsed instance
// memoized per value, used to check generated values (no warning allowed, and Validata must accept them as
// written) and to compare two values by meaning.
import { readStrictOpeningHours } from '../../checks/custom/strictOpeningHours';

type OpeningHoursClass = typeof import('opening_hours').default;
type OpeningHoursInstance = InstanceType<OpeningHoursClass>;

/**
 * Public holidays are evaluated for a country: the library needs a location for PH (and throws without one).
 * Paris stands for France; the check only looks at syntax and warnings, which do not depend on the region.
 */
const FRANCE = { lat: 48.8566, lon: 2.3522, address: { country_code: 'fr', state: 'Île-de-France' } };

/** Bounded so a long session converting many distinct cells does not grow without limit. */
const MAX_CACHED = 2000;

let library: OpeningHoursClass | undefined;
const cache = new Map<string, { instance?: OpeningHoursInstance; problem?: string }>();

function openingHoursClass(): OpeningHoursClass {
  // Lazy on purpose: the LGPL library stays a separate module, loaded only when a value is checked.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  library ??= require('opening_hours') as OpeningHoursClass;
  return library;
}

function parsed(value: string): { instance?: OpeningHoursInstance; problem?: string } {
  const hit = cache.get(value);
  if (hit) return hit;
  let entry: { instance?: OpeningHoursInstance; problem?: string };
  try {
    const OpeningHours = openingHoursClass();
    const instance = new OpeningHours(value, FRANCE);
    const warnings = instance.getWarnings();
    const validata = readStrictOpeningHours(value);
    if (warnings.length > 0) entry = { instance, problem: warnings.join('\n') };
    else if (!validata.ok) entry = { instance, problem: `Validata refuses it: ${validata.refusal} at ${validata.at}` };
    else entry = { instance };
  } catch (error) {
    entry = { problem: String(error) };
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(value, entry);
  return entry;
}

/** undefined when the value parses with no warning; else the library's error or warnings. */
export function openingHoursProblem(value: string): string | undefined {
  return parsed(value).problem;
}

/**
 * Whether two values mean the same (same state, unknown flag and comment at every moment), per the library's
 * `isEqualTo`, compared from a fixed date so that results do not depend on today. False if either does not parse.
 */
export function sameOpeningHours(a: string, b: string, from = new Date(2026, 0, 5)): boolean {
  const x = parsed(a).instance;
  const y = parsed(b).instance;
  if (!x || !y) return false;
  try {
    // The typings say boolean; the library returns [equal, details].
    const result = x.isEqualTo(y, from) as unknown;
    return Array.isArray(result) ? result[0] === true : result === true;
  } catch {
    return false;
  }
}
