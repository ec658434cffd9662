// A closing sentence written after the hours of every part of the year ("D'octobre à mai : 10h-17h. De juin à
// septembre : 10h-18h. Fermé le mardi.") closes those days in each part, not in the last one only.

import type { Rule } from './rules';
import type { DateSelector } from './types';

/** "Fermé le mardi (et jours fériés)." as a sentence of its own: closed days, and nothing else. */
function isClosingSentence(rule: Rule): boolean {
  const plain = rule.closed && rule.days !== undefined && rule.times.length === 0 && !rule.scope && !rule.header;
  const nothingElse = !rule.openAt && !rule.closeAt && !rule.atTime && rule.comment === undefined && rule.qualifiers.length === 0 && rule.excepts.length === 0;
  return plain && nothingElse && !rule.school && !rule.holidaysToo && rule.afterHardSep && rule.days !== undefined && rule.days.nth.length === 0;
}

/**
 * The parts of the year the rules open, when every rule that opens is in one (its own, or a heading's still in
 * force: the same test as the week model's); undefined when some rule opens for the whole year.
 */
function openedPeriods(rules: readonly Rule[]): DateSelector[] | undefined {
  const periods = new Map<string, DateSelector>();
  let heading: { selector: DateSelector; sentence: boolean } | undefined;
  for (const rule of rules) {
    if (rule.header) heading = { selector: rule.header, sentence: rule.headerExtent === 'sentence' };
    else if (rule.afterHardSep && heading?.sentence) heading = undefined;
    const period = rule.scope ?? heading?.selector;
    const opens = rule.times.length > 0 && !rule.closed;
    if (!opens) continue;
    if (!period) return undefined;
    periods.set(JSON.stringify(period), period);
  }
  return periods.size > 0 ? [...periods.values()] : undefined;
}

/**
 * The closing sentences that end the text, after rules that all open in parts of the year, written once per part
 * (public holidays, which no part holds, stay one rule for the whole year).
 */
export function closeInEveryPeriod(rules: Rule[]): Rule[] {
  let first = rules.length;
  while (first > 0 && isClosingSentence(rules[first - 1])) first--;
  if (first === rules.length || first === 0) return rules;
  const periods = openedPeriods(rules.slice(0, first));
  if (!periods) return rules;
  const spread: Rule[] = [];
  for (const rule of rules.slice(first)) {
    const days = rule.days as NonNullable<Rule['days']>;
    if (days.plain.size > 0) for (const scope of periods) spread.push({ ...rule, scope, days: { ...days, holidays: false } });
    if (days.holidays) spread.push({ ...rule, days: { plain: new Set(), nth: [], holidays: true } });
  }
  return [...rules.slice(0, first), ...spread];
}
