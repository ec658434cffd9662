// Reads what the opening_hours library reports (its thrown error, its structured warnings, in its English
// wording) into issues of our own: a kind, the place in the value and the words involved. The messages are
// ours, in French and English (problems/codes/customCheckCodes.ts): the library's text never reaches a user.
//
// The English templates matched here are those of opening_hours 3.15 (src/locales/translations.yaml and
// its resolver). A message that matches none of them still gives an issue: the fallback kind, with the
// position the library points at.
import type { OpeningHoursErrorKind, OpeningHoursIssue, OpeningHoursWarningKind } from '../../problems/codes/openingHoursIssueParams';

export { issueParams, issuesFromParams, type OpeningHoursErrorKind, type OpeningHoursIssue, type OpeningHoursWarningKind } from '../../problems/codes/openingHoursIssueParams';

/** What the library's getStructuredWarnings() returns for each warning. */
export interface LibraryWarning {
  type: string;
  message: string;
  value: string;
  position: number | null;
}

const MARKER = ' <--- (';

/** A message's pattern and what it means: the match's groups give the words. */
interface Reading<K> {
  pattern: RegExp;
  read: (match: RegExpMatchArray) => Omit<OpeningHoursIssue, 'kind' | 'position'> & { kind: K };
}

function reading<K>(pattern: RegExp, read: Reading<K>['read']): Reading<K> {
  return { pattern, read };
}

/** Weekday or month, from the canonical list the resolver's hint gives ("Use a canonical abbreviation (Mo, …"). */
function tokenType(message: string): string {
  return /canonical abbreviation \(Jan\b/.test(message) ? 'month' : 'weekday';
}

const ERROR_READINGS: Array<Reading<OpeningHoursErrorKind>> = [
  reading(/^The value contains nothing meaningful|^The value \(first parameter\) is not a string/, () => ({ kind: 'empty' })),
  reading(/^Token "([^"]*)" is ambiguous across languages/, (m) => ({ kind: 'ambiguous-word', word: m[1], about: tokenType(m.input ?? '') })),
  reading(/^Token "([^"]*)" is not valid for locale/, (m) => ({ kind: 'foreign-word', word: m[1], about: tokenType(m.input ?? '') })),
  reading(/^Unknown (weekday|month) token "([^"]*)"/, (m) => ({ kind: 'unknown-word', word: m[2] })),
  reading(/^Unexpected token/, () => ({ kind: 'unknown-word' })),
  reading(/^Season words are ambiguous/, () => ({ kind: 'season-word' })),
  reading(
    /^(?:Time range starts outside of the current day|Time spanning more than two midnights|Minutes are greater than 59|Time offset must be in format HH:MM|Calculation with variable time|Missing minutes in time range|Missing variable time)/,
    () => ({ kind: 'bad-time' }),
  ),
  reading(
    /^(?:Time range does not continue as expected|Time period does not continue|hyphen \(-\) or open end \(\+\) in time range|Missing time separator in time range|\S+ is running in "(?:time range|points in time) mode")/,
    () => ({ kind: 'bad-time-range' }),
  ),
  reading(/^"(.+)" expected\.|^Missing "(.+)"/, (m) => ({ kind: 'missing-symbol', hint: m[1] ?? m[2] })),
  reading(/^"\]" or more numbers expected/, () => ({ kind: 'missing-symbol', hint: ']' })),
  reading(/^The day for (\S+) must be between 1 and 31|^Month (\S+) doesn’t have 31 days|^Month (\S+) either has 28 or 29 days/, (m) => ({ kind: 'impossible-day', about: m[1] ?? m[2] ?? m[3] })),
  reading(/^Range in wrong order|^A year range in which the start year is greater|^You have specified a week range in reverse order|^Bad range/, () => ({ kind: 'reversed-range' })),
  reading(/^You have specified a week (?:date|period)/, () => ({ kind: 'bad-week' })),
  reading(/^Number between -5 and 5 \(except 0\) expected/, () => ({ kind: 'bad-weekday-index' })),
  reading(/^An additional rule does not make sense here/, () => ({ kind: 'misplaced-comma' })),
  reading(/^Rule before fallback rule does not contain anything useful/, () => ({ kind: 'empty-rule' })),
];

/** The selector names of the "use multi" warning, as the library writes them. */
const SELECTORS = ['weekdays', 'months', 'time ranges', 'week ranges', 'holiday ranges', 'year ranges', 'comments', 'state keywords'];

const CORRECTION_READINGS: Array<Reading<OpeningHoursWarningKind>> = [
  reading(/^Please use the English abbreviation "(.*)" for "(.*)"\./, (m) => ({ kind: 'english-abbreviation', hint: m[1], word: m[2] })),
  reading(/^Please use the English written "(.*)" for "(.*)"\./, (m) => ({ kind: 'write-instead', hint: m[1], word: m[2] })),
  reading(/^Please use notation "(.*)"(?: \(Fallback rule\))? for "(.*?)"\./, (m) => ({ kind: 'write-instead', hint: m[1], word: m[2] })),
  reading(/^Please use "(.*)" for "(.*?)"\./, (m) => ({ kind: 'write-instead', hint: m[1], word: m[2] })),
  reading(/^Assuming "(.*)"(?: \(open end time\))? for "(.*?)"\./, (m) => ({ kind: 'assumed', hint: m[1], word: m[2] })),
  reading(/^Please omit "(.*?)" or use a colon instead/, (m) => ({ kind: 'hour-letter', word: m[1] })),
  reading(/^Please omit "(.*?)"\./, (m) => ({ kind: 'remove-word', word: m[1] })),
  reading(/^Please use time format in 24 hours notation/, () => ({ kind: 'twelve-hour-clock' })),
];

/** Warning types whose message needs no reading: the type says it all. */
const WARNING_KINDS: Record<string, OpeningHoursWarningKind> = {
  hour_min_separator: 'hour-separator',
  rant_degree_sign_used_for_zero: 'degree-sign',
  nothing_useful: 'empty-rule',
  default_state: 'default-state',
  vague: 'no-time',
  empty_comment: 'empty-comment',
  separator_for_readability: 'misplaced-colon',
  additional_rule_separator_not_used_after_time_wrapping_midnight: 'overrides-previous',
  additional_rule_which_evaluates_to_closed: 'closed-after-comma',
  strange_24_7: 'strange-24-7',
  public_holiday: 'no-public-holiday',
  combine_rules: 'combine-rules',
  switched: 'reordered',
  period_one: 'period-one',
  period_one_year_plus: 'period-one',
  zero_calculation: 'useless-zero',
  adding_0: 'useless-zero',
  year_past: 'past',
  date_past: 'past',
  date_range_past: 'past',
};

function firstReading<K>(readings: Array<Reading<K>>, message: string) {
  for (const { pattern, read } of readings) {
    const match = message.match(pattern);
    if (match) return read(match);
  }
  return undefined;
}

/** The piece of the value just before `at` (skipping spaces): a run of anything but spaces and rule separators. */
function pieceBefore(value: string, at: number): { start: number; text: string } | undefined {
  let end = Math.min(at, value.length);
  while (end > 0 && /\s/.test(value[end - 1])) end--;
  let start = end;
  while (start > 0 && !/[\s;,|]/.test(value[start - 1])) start--;
  if (start === end) return end > 0 ? { start: end - 1, text: value[end - 1] } : undefined;
  return { start, text: value.slice(start, end) };
}

/** The word around `at`: letters or digits on both sides of it, else the single character there. */
function wordAround(value: string, at: number): { start: number; text: string } | undefined {
  let index = Math.min(at, value.length);
  while (index > 0 && /\s/.test(value[index - 1])) index--;
  if (index === 0) return undefined;
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (!isWordChar(value[index - 1])) return { start: index - 1, text: value[index - 1] };
  let start = index - 1;
  while (start > 0 && isWordChar(value[start - 1])) start--;
  let end = index;
  while (end < value.length && isWordChar(value[end])) end++;
  return { start, text: value.slice(start, end) };
}

/** Where `word` is in the value: the occurrence that ends closest to the library's marker. */
function locate(value: string, word: string, marker: number | undefined): number | undefined {
  const haystack = value.toLowerCase();
  const needle = word.toLowerCase();
  if (!needle) return undefined;
  let best: number | undefined;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === undefined || marker === undefined || Math.abs(at + needle.length - marker) < Math.abs(best + needle.length - marker)) best = at;
  }
  return best;
}

/** The rule the marker is in, up to the marker: from the last rule separator (`;`, `,`, `||`) before it. */
function ruleBefore(value: string, at: number): { start: number; text: string } | undefined {
  const end = Math.min(at, value.length);
  let start = end;
  while (start > 0 && !/[;,|]/.test(value[start - 1])) start--;
  while (start < end && /\s/.test(value[start])) start++;
  const text = value.slice(start, end).trimEnd();
  return text ? { start, text } : undefined;
}

/**
 * How an issue without a word of its own is placed: at the marker (`at`: errors point at the start of what
 * follows the fault), at the character just before it (`end`: warnings mark the end of the fault), or by the
 * word around the marker, the piece or the rule before it (then quoted).
 */
type Placing = 'at' | 'end' | 'around' | 'before' | 'rule';

/** The words quoted in a message: a cell can hold a whole paragraph, and the message quotes its start only. */
const MAX_WORD = 40;

function short(text: string): string {
  return text.length > MAX_WORD ? `${text.slice(0, MAX_WORD)}…` : text;
}

/** Places an issue read from a message: its word found in the value (quoted short), its position 1-based. */
function placed(value: string, marker: number | undefined, issue: OpeningHoursIssue, findWord: Placing): OpeningHoursIssue {
  const found = placedAt(value, marker, issue, findWord);
  return found.word === undefined ? found : { ...found, word: short(found.word) };
}

function placedAt(value: string, marker: number | undefined, issue: OpeningHoursIssue, findWord: Placing): OpeningHoursIssue {
  if (issue.word !== undefined) {
    const at = locate(value, issue.word, marker);
    const word = at === undefined ? issue.word : value.slice(at, at + issue.word.length);
    return { ...issue, word, position: (at ?? marker ?? 0) + 1 };
  }
  if (marker === undefined) return issue;
  const piece =
    findWord === 'around' ? wordAround(value, marker) : findWord === 'before' ? pieceBefore(value, marker) : findWord === 'rule' ? ruleBefore(value, marker) : undefined;
  if (piece) return { ...issue, word: piece.text, position: piece.start + 1 };
  if (findWord === 'end') return { ...issue, position: Math.max(1, Math.min(marker, value.length)) };
  return { ...issue, position: Math.min(marker, Math.max(value.length - 1, 0)) + 1 };
}

/** Kinds whose place is best shown by the piece of value before the marker (a time, a date). */
const PIECE_BEFORE = new Set<OpeningHoursIssue['kind']>(['bad-time', 'bad-time-range', 'impossible-day', 'reversed-range', 'bad-week', 'bad-weekday-index', 'syntax']);

/** The issue the library's thrown error describes ("<value up to the fault> <--- (explanation) …"). */
export function errorIssue(value: string, error: string): OpeningHoursIssue {
  const at = error.indexOf(MARKER);
  // The marker follows the value's start, cut where the fault is; a message without it has no position.
  const marker = at >= 0 && value.startsWith(error.slice(0, at)) ? at : undefined;
  const message = at >= 0 ? error.slice(at + MARKER.length) : error;
  const found = firstReading(ERROR_READINGS, message) ?? { kind: 'syntax' as const };
  const where = found.kind === 'unknown-word' ? 'around' : PIECE_BEFORE.has(found.kind) ? 'before' : 'at';
  return placed(value, found.kind === 'empty' ? undefined : marker, found, where);
}

function selectorCount(message: string): Pick<OpeningHoursIssue, 'kind' | 'count' | 'about'> {
  const match = /^You have used (\d+) (not connected )?(.+?) in one rule/.exec(message);
  const about = SELECTORS.find((name) => match?.[3] === name);
  if (!match || !about) return { kind: 'correction' };
  return { kind: match[2] ? 'unconnected-selectors' : 'several-in-rule', count: Number(match[1]), about };
}

/** One warning of the library, as an issue. */
export function warningIssue(value: string, warning: LibraryWarning): OpeningHoursIssue {
  // A warning about the reordered value points into that value, not into the cell.
  const marker = warning.value === value && warning.position !== null ? warning.position : undefined;
  const { type, message } = warning;
  let issue: Omit<OpeningHoursIssue, 'position'>;
  if (type === 'word_error_correction' || type === 'please_use_ok_for_ko' || type === 'omit_ko') {
    issue = firstReading(CORRECTION_READINGS, message) ?? { kind: 'correction' };
  } else if (type === 'use_multi') {
    issue = selectorCount(message);
  } else if (type === 'ambiguous_word') {
    const word = /^Word "([^"]*)" is ambiguous/.exec(message)?.[1];
    issue = { kind: 'ambiguous-word', word, about: /weekday name\.$/.test(message) ? 'weekday' : 'month' };
  } else if (type === 'without_minutes') {
    issue = { kind: 'without-minutes', hint: /instead "([^"]*)"/.exec(message)?.[1] };
  } else if (type === 'ambiguous_single_digit_hour') {
    const match = /^Single-digit hour "(\d+)".* change it to "(\d+)"/.exec(message);
    issue = match ? { kind: 'single-digit-hour', word: match[1], hint: match[2] } : { kind: 'correction' };
  } else if (type === 'value_ends_with_token') {
    issue = { kind: 'trailing-separator', word: /^The value ends with "([^"]*)"/.exec(message)?.[1] };
  } else if (type === 'interpreted_as_year') {
    issue = { kind: 'year-number', word: /^The number (\d+)/.exec(message)?.[1] };
  } else if (type === 'no_colon_after') {
    issue = { kind: 'no-colon-after', word: /after (.+)\.$/.exec(message)?.[1] };
  } else {
    issue = { kind: WARNING_KINDS[type] ?? 'correction' };
  }
  if (issue.word === undefined) delete issue.word;
  return placed(value, marker, issue, WARNING_PLACING[issue.kind] ?? 'end');
}

/** Warnings placed by the value before the library's marker (which it puts after the text at fault). */
const WARNING_PLACING: Partial<Record<OpeningHoursIssue['kind'], Placing>> = {
  correction: 'before',
  'unconnected-selectors': 'before',
  'several-in-rule': 'before',
  'no-time': 'rule',
  'empty-comment': 'before',
  'misplaced-colon': 'before',
  'overrides-previous': 'rule',
  'closed-after-comma': 'rule',
  past: 'rule',
};

/**
 * French articles and prepositions the library takes for a day or a month of another language ("Please use the English
 * abbreviation "Sa" for "le""): its advice would mislead a French writer ("Fermé le lundi" → "Write Sa instead of le").
 */
const FRENCH_FUNCTION_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'des', 'd', 'au', 'aux', 'a', 'à', 'en', 'un', 'une', 'sur', 'par']);

function misleadingAdvice(issue: OpeningHoursIssue): boolean {
  return issue.kind === 'english-abbreviation' && issue.word !== undefined && FRENCH_FUNCTION_WORDS.has(issue.word.toLowerCase());
}

/** The issues of a value's warnings, each said once (the library repeats a warning per occurrence). */
export function warningIssues(value: string, warnings: readonly LibraryWarning[]): OpeningHoursIssue[] {
  const seen = new Set<string>();
  const issues: OpeningHoursIssue[] = [];
  for (const warning of warnings) {
    const issue = warningIssue(value, warning);
    if (misleadingAdvice(issue)) continue;
    const key = `${issue.kind}|${issue.word ?? ''}|${issue.hint ?? ''}|${issue.about ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
