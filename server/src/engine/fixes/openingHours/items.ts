// The meaningful pieces a French opening-hours text is made of, as found by the phrase scanner.

import type { DateSelector, DaySet, ReviewReason, TimePoint, TimeRange } from './types';

export type Qualifier = 'morning' | 'afternoon' | 'evening' | 'continuous' | 'allYear';

export type ItemBody =
  | { kind: 'days'; days: DaySet; allDays: boolean }
  | { kind: 'time'; range: TimeRange }
  | { kind: 'scope'; selector: DateSelector }
  | { kind: 'except'; days?: DaySet; selector?: DateSelector }
  | { kind: 'closed' }
  | { kind: 'comment'; text: string }
  | { kind: 'openAt'; time: TimePoint }
  | { kind: 'closeAt'; time: TimePoint }
  | { kind: 'qualifier'; qualifier: Qualifier }
  | { kind: 'season' }
  | { kind: 'schoolHolidays' }
  /** hard: ends a sentence (";", "."); soft: may join or split rules (",", "et", "/", "-", new line); glue: ":" and brackets. */
  | { kind: 'sep'; strength: 'hard' | 'soft' | 'glue'; char: string };

export type Item = ItemBody & {
  /** Token indexes [first, next). */
  from: number;
  to: number;
  review: ReviewReason[];
};

export function isSeparator(item: Item): item is Item & { kind: 'sep' } {
  return item.kind === 'sep';
}
