// The issues of an opening-hours value as they travel in a problem's parameters (opening-hours-value):
// their kinds, and the flat lists the checks write (issueParams) and the messages read (issuesFromParams).
// Found by checks/custom/openingHoursIssues.ts, which reads the opening_hours library's reports.
import type { ProblemParams } from '../problem';

/** Kinds of issues that make a value invalid (the library throws). */
export type OpeningHoursErrorKind =
  | 'empty'
  | 'unknown-word'
  | 'ambiguous-word'
  | 'foreign-word'
  | 'season-word'
  | 'bad-time'
  | 'bad-time-range'
  | 'missing-symbol'
  | 'impossible-day'
  | 'reversed-range'
  | 'bad-week'
  | 'bad-weekday-index'
  | 'misplaced-comma'
  | 'empty-rule'
  | 'syntax'
  /** The library reads the value, Validata does not: `about` says why (a StrictRefusal, see strictOpeningHours.ts). */
  | 'validata-syntax';

/** Kinds of issues the library corrects or warns about in a value it accepts. */
export type OpeningHoursWarningKind =
  | 'write-instead'
  | 'english-abbreviation'
  | 'assumed'
  | 'remove-word'
  | 'hour-letter'
  | 'twelve-hour-clock'
  | 'hour-separator'
  | 'degree-sign'
  | 'year-number'
  | 'empty-rule'
  | 'unconnected-selectors'
  | 'several-in-rule'
  | 'default-state'
  | 'no-time'
  | 'empty-comment'
  | 'misplaced-colon'
  | 'overrides-previous'
  | 'closed-after-comma'
  | 'strange-24-7'
  | 'no-public-holiday'
  | 'combine-rules'
  | 'reordered'
  | 'no-colon-after'
  | 'period-one'
  | 'without-minutes'
  | 'single-digit-hour'
  | 'trailing-separator'
  | 'useless-zero'
  | 'past'
  | 'ambiguous-word'
  | 'correction';

export interface OpeningHoursIssue {
  kind: OpeningHoursErrorKind | OpeningHoursWarningKind;
  /** 1-based character in the value where the issue is (the offending word's start when there is one). */
  position?: number;
  /** The text of the value at fault ("du", "25:00", "h"). */
  word?: string;
  /** What to write instead, or the symbol that is missing. */
  hint?: string;
  /** A count (the unconnected selectors). */
  count?: number;
  /** What the issue is about: `weekday`, `month`, or the kind of selector (`time ranges`, `weekdays`…). */
  about?: string;
}

/**
 * The issues as problem parameters: parallel lists (a problem's parameters are flat; a list whose entries
 * are all empty is left out), read back by the messages (customCheckCodes.ts) with `issuesFromParams`.
 */
export function issueParams(issues: readonly OpeningHoursIssue[]): ProblemParams {
  const params: ProblemParams = { issues: issues.map((issue) => issue.kind) };
  const lists: Array<[string, (issue: OpeningHoursIssue) => string | number | undefined]> = [
    ['issuePositions', (issue) => issue.position],
    ['issueWords', (issue) => issue.word],
    ['issueHints', (issue) => issue.hint],
    ['issueCounts', (issue) => issue.count],
    ['issueAbout', (issue) => issue.about],
  ];
  for (const [name, read] of lists) {
    const values = issues.map((issue) => String(read(issue) ?? ''));
    if (values.some((value) => value !== '')) params[name] = values;
  }
  return params;
}

/** The issues back from a problem's parameters. */
export function issuesFromParams(params: ProblemParams): OpeningHoursIssue[] {
  const list = (name: string): string[] => {
    const value = params[name];
    return Array.isArray(value) ? value : [];
  };
  const [positions, words, hints, counts, about] = ['issuePositions', 'issueWords', 'issueHints', 'issueCounts', 'issueAbout'].map(list);
  return list('issues').map((kind, i) => {
    const issue: OpeningHoursIssue = { kind: kind as OpeningHoursIssue['kind'] };
    if (positions[i]) issue.position = Number(positions[i]);
    if (words[i]) issue.word = words[i];
    if (hints[i]) issue.hint = hints[i];
    if (counts[i]) issue.count = Number(counts[i]);
    if (about[i]) issue.about = about[i];
    return issue;
  });
}
