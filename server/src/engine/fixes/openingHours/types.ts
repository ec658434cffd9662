// Shared shapes of the French opening-hours converter: the public result, time points, day sets, date selectors.

/**
 * What `parseOpeningHoursFr` returns. A value is offered only when the whole input was understood and the
 * `opening_hours` library accepts it without any warning. `confidence` follows Ruff's safe/unsafe fixes:
 * `safe` when the reading is trivially certain, `review` when a human should look before applying it.
 */
export type OpeningHoursConversion =
  | { ok: true; value: string; confidence: 'safe' | 'review' }
  | {
      ok: false;
      reason: 'unparsed-text' | 'ambiguous' | 'invalid-result' | 'lost-from-text' | 'empty';
      /** Machine-oriented detail: the words not understood, the times and months a reading lost, or a short key such as `season-without-dates`. */
      detail?: string;
      /** With `ambiguous`: the distinct values the input could mean, each valid (a fix may offer them as choices). */
      candidates?: string[];
    };

export type SolarEvent = 'sunrise' | 'sunset' | 'dawn' | 'dusk';

/** A moment of the day: minutes since midnight (0‥1440, 1440 meaning the end of the day) or a solar event. */
export type TimePoint = { kind: 'clock'; minutes: number } | { kind: 'event'; event: SolarEvent };

export interface TimeRange {
  start: TimePoint;
  end: TimePoint;
}

/** Monday = 0 … Sunday = 6, the order of OSM's `Mo-Su`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
export const OSM_WEEKDAY = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** January = index 0. */
export const OSM_MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Weekdays, the n-th weekdays of a month (`Sa[1,3]`) and public holidays (`PH`) named by one phrase. */
export interface DaySet {
  plain: Set<Weekday>;
  nth: Array<{ day: Weekday; nths: number[] }>;
  holidays: boolean;
}

export interface MonthDay {
  month: number; // 1‥12
  day: number; // 1‥31
}

/** A part of the year a rule is limited to (OSM's month and date selectors). */
export type DateSelector =
  | { kind: 'months'; from: number; to: number }
  | { kind: 'monthList'; months: number[] }
  | { kind: 'dateRange'; from: MonthDay; to: MonthDay }
  /** "du 12 juin au 2 juillet et du 30 août au 12 septembre": several date ranges, one part of the year. */
  | { kind: 'rangeList'; ranges: Array<{ from: MonthDay; to: MonthDay }> }
  | { kind: 'dates'; dates: MonthDay[] }
  /**
   * Days named one by one, some of them moveable feasts ("le 1er mai, le lundi de Pâques et le jeudi de l'Ascension"):
   * the fixed dates, and each feast as its distance in days from Easter Sunday (OSM's "easter +1 day").
   */
  | { kind: 'feasts'; dates: MonthDay[]; easter: number[] }
  /** "de Pâques à la Toussaint", "de Pâques à fin septembre": from a moveable feast (days from Easter Sunday) to a date. */
  | { kind: 'fromEaster'; easter: number; to: MonthDay };

/** Why a conversion needs a human look (kept internal; `confidence` is `review` when any is set). */
export type ReviewReason =
  | 'fuzzy-word'
  | 'bare-hour'
  | 'dotted-time'
  | 'single-letter-day'
  | 'weekend-abbreviation'
  | 'hyphen-list'
  /** A range read without its connector: "15h18h", "14h 17h", "8:-11:". */
  | 'loose-times'
  | 'subject-noun'
  | 'implicit-days'
  /** Hours without days beside one weekday closed, excepted or cut, read as every other day's, Sunday included (refused for an office; no look asked of its own). */
  | 'weekly-closing'
  | 'override'
  | 'append'
  /** Hours of a later rule added to some days' ("Lundi au vendredi 9h-12h, mardi 14h-17h"), no "ainsi que" saying so. */
  | 'added-hours'
  /** Hours said added ("ainsi que", "également") to days already open. */
  | 'added-hours-said'
  | 'scope'
  | 'comment'
  | 'clip'
  | 'subtract'
  | 'overnight'
  | 'merged-ranges'
  | 'named-days'
  | 'closed-only'
  | 'mixed-order'
  | 'label'
  /** A part of the day right after a list of days ("du lundi au vendredi et le samedi matin 9h-12h"): said of the last day only? */
  | 'half-day-after-list'
  /** Read from English ("Mon-Fri 9am-5pm"). */
  | 'english'
  /** Public holidays given the hours of some weekdays only ("du lundi au vendredi, jours fériés compris"). */
  | 'holidays-beside-days';
