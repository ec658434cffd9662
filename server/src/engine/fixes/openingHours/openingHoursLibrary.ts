// The opening_hours library (LGPL, kept a separate module): loaded lazily on first use, one parsed instance
// memoized per value, used to check generated values (no warning allowed, and Validata must accept them as
// written) and to compare two values by meaning over a year.
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
type Interval = { start: number; end: number; unknown: boolean; comment?: string };

/** A value parsed once: its instance, what is wrong with it, and (once compared) its open intervals over the year. */
type Parsed = { instance?: OpeningHoursInstance; problem?: string; intervals?: Interval[] };
const cache = new Map<string, Parsed>();

function openingHoursClass(): OpeningHoursClass {
  // Lazy on purpose: the LGPL library stays a separate module, loaded only when a value is checked.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  library ??= require('opening_hours') as OpeningHoursClass;
  return library;
}

function parsed(value: string): Parsed {
  const hit = cache.get(value);
  if (hit) return hit;
  let entry: Parsed;
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

/** The year values are compared over: every month, every public holiday of a fixed year. */
const YEAR_START = new Date(2026, 0, 1);
const YEAR_END = new Date(2027, 0, 1);

/**
 * A value's open (and unknown) intervals over the year, each with the comment written in the value: the library
 * also names a public holiday matched by a `PH` rule ("Nouvel An"), which is not part of what the value says.
 * Intervals that then touch with the same state and comment are one.
 */
function yearIntervals(value: string, instance: OpeningHoursInstance): Interval[] {
  const merged: Interval[] = [];
  for (const [start, end, unknown, libraryComment] of instance.getOpenIntervals(YEAR_START, YEAR_END)) {
    const comment = libraryComment !== undefined && value.includes(`"${libraryComment}"`) ? libraryComment : undefined;
    const last = merged[merged.length - 1];
    if (last && last.end === start.getTime() && last.unknown === unknown && last.comment === comment) last.end = end.getTime();
    else merged.push({ start: start.getTime(), end: end.getTime(), unknown, comment });
  }
  return merged;
}


/**
 * Whether two values mean the same: open (or unknown) at the same moments of a whole year, with the same
 * comments written in them. Not the library's `isEqualTo`, which looks at one week and also compares the
 * holiday names it adds itself ("Aug off; PH off" and "PH off; Aug off" differ there on 15 August, whose name
 * comes from whichever rule matched last, although both say closed). Comments on closed periods are not
 * compared (the converter writes none). False if either does not parse.
 */
export function sameOpeningHours(a: string, b: string): boolean {
  if (a === b) return parsed(a).instance !== undefined;
  const x = parsed(a);
  const y = parsed(b);
  if (!x.instance || !y.instance) return false;
  try {
    const p = (x.intervals ??= yearIntervals(a, x.instance));
    const q = (y.intervals ??= yearIntervals(b, y.instance));
    return p.length === q.length && p.every((r, k) => r.start === q[k].start && r.end === q[k].end && r.unknown === q[k].unknown && r.comment === q[k].comment);
  } catch {
    return false;
  }
}
