// Whether Validata accepts an `opening_hours` value. Validata's `opening-hours-value` check asks the Python
// binding of opening-hours-rs (opening-hours-py 0.6, as validata-table 0.12 pins it) whether the value
// parses: a PEG grammar much stricter than the opening_hours.js library we read values with (which corrects
// "Lu-Ve", "8h30", a missing zero or space on its own), followed by a few refusals while building the rules
// (a point in time without an end, "Mo[-1]", "easter-15"). This is our own recognizer of that grammar, with
// PEG semantics (ordered choice that commits, greedy repetition): its verdicts are Validata's.
//
// The grammar follows the OSM opening_hours specification
// (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification) with opening-hours-rs 0.6's
// relaxations: spaces around date ranges, " " or ": " after wide selectors, single-digit days; rule
// separators are exactly "; ", ", " and " || "; hours have two digits; words are case-sensitive.

/** Why Validata refuses a value. */
export type StrictRefusal =
  | 'syntax' // the grammar stops here
  | 'point-in-time' // "Mo 08:00" or "08:00+": a time without an end
  | 'nth-from-end' // "Mo[-1]": a weekday counted from the end of the month
  | 'easter-day' // "easter-15": Easter followed by a day number
  | 'number-too-large'; // a period or an offset beyond what the library stores

export type StrictVerdict = { ok: true } | { ok: false; refusal: StrictRefusal; /** 0-based offset in the value. */ at: number };

/** A parser: from an offset, the offset after what it matched, or -1. */
type Parser = (at: number) => number;

/** One reading of a value: its text, the farthest offset a terminal failed at, the refusals met on the way. */
class Reading {
  farthest = 0;
  readonly refusals: { refusal: StrictRefusal; at: number }[] = [];

  constructor(readonly text: string) {}

  failAt(at: number): number {
    if (at > this.farthest) this.farthest = at;
    return -1;
  }
}

/** The grammar's rules over one reading (built per value: the rules close over it). */
function grammar(r: Reading): Parser {
  const text = r.text;

  // ---- combinators (each restores the refusals it recorded when it fails: an abandoned branch leaves none)
  const lit =
    (word: string): Parser =>
    (at) =>
      text.startsWith(word, at) ? at + word.length : r.failAt(at);
  const chars =
    (test: (c: string) => boolean): Parser =>
    (at) =>
      at < text.length && test(text[at]) ? at + 1 : r.failAt(at);
  const digit = (from: string, to: string) => chars((c) => c >= from && c <= to);
  const seq =
    (...parts: Parser[]): Parser =>
    (at) => {
      const kept = r.refusals.length;
      let position = at;
      for (const part of parts) {
        position = part(position);
        if (position < 0) {
          r.refusals.length = kept;
          return -1;
        }
      }
      return position;
    };
  const alt =
    (...choices: Parser[]): Parser =>
    (at) => {
      for (const choice of choices) {
        const kept = r.refusals.length;
        const end = choice(at);
        if (end >= 0) return end;
        r.refusals.length = kept;
      }
      return -1;
    };
  const opt =
    (part: Parser): Parser =>
    (at) => {
      const kept = r.refusals.length;
      const end = part(at);
      if (end >= 0) return end;
      r.refusals.length = kept;
      return at;
    };
  const many =
    (part: Parser): Parser =>
    (at) => {
      let position = at;
      for (;;) {
        const kept = r.refusals.length;
        const end = part(position);
        if (end < 0 || end === position) {
          r.refusals.length = kept;
          return position;
        }
        position = end;
      }
    };
  /** Matches `part`, then records a refusal the rule building would raise (the parse itself goes on). */
  const refuse =
    (refusal: StrictRefusal, part: Parser, when: (matched: string) => boolean = () => true): Parser =>
    (at) => {
      const end = part(at);
      if (end >= 0 && when(text.slice(at, end))) r.refusals.push({ refusal, at });
      return end;
    };
  const lazy =
    (make: () => Parser): Parser =>
    (at) =>
      make()(at);

  // ---- basic elements
  const space = lit(' ');
  const anyDigit = digit('0', '9');
  const plusOrMinus = alt(lit('+'), lit('-'));
  /** A number the library reads into a Rust integer of `max` at most (beyond: an overflow error). */
  const fits = (max: bigint) => (matched: string) => BigInt(matched) > max;
  const U64 = 18446744073709551615n;
  const positiveNumber = refuse('number-too-large', seq(many(lit('0')), digit('1', '9'), many(anyDigit)), fits(U64));
  const hour = alt(seq(digit('0', '1'), anyDigit), seq(lit('2'), digit('0', '4')));
  const extendedHour = alt(seq(digit('0', '3'), anyDigit), seq(lit('4'), digit('0', '8')));
  const minute = seq(digit('0', '5'), anyDigit);
  const hourMinutes = seq(hour, lit(':'), minute);
  const extendedHourMinutes = seq(extendedHour, lit(':'), minute);
  const wday = alt(lit('Su'), lit('Mo'), lit('Tu'), lit('We'), lit('Th'), lit('Fr'), lit('Sa'));
  const daynum = alt(seq(digit('0', '2'), anyDigit), seq(lit('3'), digit('0', '1')), anyDigit);
  const weeknum = alt(seq(lit('0'), digit('1', '9')), seq(digit('1', '4'), anyDigit), seq(lit('5'), digit('0', '3')));
  const month = alt(...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(lit));
  const year = alt(seq(lit('19'), anyDigit, anyDigit), seq(digit('2', '9'), anyDigit, anyDigit, anyDigit));
  const comment = seq(lit('"'), chars((c) => c !== '"'), many(chars((c) => c !== '"')), lit('"'));

  // ---- time selector
  const event = alt(lit('dawn'), lit('sunrise'), lit('sunset'), lit('dusk'));
  const variableTime = alt(seq(lit('('), event, plusOrMinus, hourMinutes, lit(')')), event);
  const time = alt(hourMinutes, variableTime);
  const extendedTime = alt(extendedHourMinutes, variableTime);
  const timespan = alt(
    seq(time, lit('-'), extendedTime, lit('/'), hourMinutes),
    seq(time, lit('-'), extendedTime, lit('/'), minute),
    seq(time, lit('-'), extendedTime, lit('+')),
    seq(time, lit('-'), extendedTime),
    refuse('point-in-time', seq(time, lit('+'))),
    refuse('point-in-time', time),
  );
  const timeSelector = seq(timespan, many(seq(lit(','), timespan)));

  // ---- weekday selector
  const I64 = 9223372036854775807n;
  const dayOffset = seq(space, plusOrMinus, refuse('number-too-large', positiveNumber, fits(I64)), space, lit('day'), opt(lit('s')));
  const nth = digit('1', '5');
  const nthEntry = alt(seq(nth, lit('-'), nth), refuse('nth-from-end', seq(lit('-'), nth)), nth);
  const weekdayRange = alt(seq(wday, lit('['), nthEntry, many(seq(lit(','), nthEntry)), lit(']'), opt(dayOffset)), seq(wday, lit('-'), wday), wday);
  const weekdaySequence = seq(weekdayRange, many(seq(lit(','), weekdayRange)));
  const holiday = alt(seq(lit('PH'), opt(dayOffset)), lit('SH'));
  const holidaySequence = seq(holiday, many(seq(lit(','), holiday)));
  const weekdaySelector = alt(
    seq(holidaySequence, opt(seq(lit(','), weekdaySequence))),
    seq(weekdaySequence, opt(seq(lit(','), holidaySequence))),
    seq(holidaySequence, space, weekdaySequence),
  );

  // ---- week selector
  const U8 = 255n;
  const week = seq(weeknum, opt(seq(lit('-'), weeknum, opt(seq(lit('/'), refuse('number-too-large', positiveNumber, fits(U8)))))));
  const weekSelector = seq(lit('week'), week, many(seq(lit(','), week)));

  // ---- month selector
  const variableDate = lit('easter');
  const dateFrom = alt(seq(opt(seq(year, opt(lit(' ')))), month, opt(lit(' ')), daynum), seq(opt(year), variableDate));
  const dateOffset = alt(seq(plusOrMinus, wday, dayOffset), seq(plusOrMinus, wday), dayOffset);
  /** `date_from … - date_to`: a day number alone after Easter is refused when the rule is built. */
  const dateRange: Parser = (at) => {
    const kept = r.refusals.length;
    const fromEnd = dateFrom(at);
    if (fromEnd < 0) return -1;
    const fromEaster = text.slice(at, fromEnd).endsWith('easter');
    const dashEnd = seq(opt(dateOffset), opt(space), lit('-'), opt(space))(fromEnd);
    if (dashEnd < 0) {
      r.refusals.length = kept;
      return -1;
    }
    let toEnd = dateFrom(dashEnd);
    if (toEnd < 0) {
      toEnd = daynum(dashEnd);
      if (toEnd >= 0 && fromEaster) r.refusals.push({ refusal: 'easter-day', at: dashEnd });
    }
    if (toEnd < 0) {
      r.refusals.length = kept;
      return -1;
    }
    return opt(dateOffset)(toEnd);
  };
  const monthdayRange = alt(
    dateRange,
    seq(dateFrom, dateOffset, opt(lit('+'))),
    seq(dateFrom, opt(lit('+'))),
    seq(opt(year), month, opt(seq(lit('-'), month))),
  );
  const monthdaySelector = seq(monthdayRange, many(seq(lit(','), monthdayRange)));

  // ---- year selector
  const U16 = 65535n;
  const yearRange = alt(seq(year, lit('+')), seq(year, opt(seq(lit('-'), year, opt(seq(lit('/'), refuse('number-too-large', positiveNumber, fits(U16))))))));
  const yearSelector = seq(yearRange, many(seq(lit(','), yearRange)));

  // ---- selectors and rules
  const separatorForReadability = alt(lit(' '), lit(': '), lit(':'));
  const wideRangeSelectors = alt(
    seq(comment, lit(':')),
    seq(monthdaySelector, opt(weekSelector), opt(separatorForReadability)),
    seq(opt(yearSelector), opt(monthdaySelector), opt(weekSelector), opt(separatorForReadability)),
  );
  const smallRangeSelectors = alt(seq(weekdaySelector, space, timeSelector), weekdaySelector, timeSelector);
  const selectorSequence = alt(lit('24/7'), seq(wideRangeSelectors, opt(smallRangeSelectors)));
  const rulesModifierEnum = alt(lit('closed'), lit('off'), lit('open'), lit('unknown'));
  const rulesModifier = alt(comment, seq(rulesModifierEnum, opt(space), opt(comment)));
  const ruleSequence = seq(selectorSequence, opt(space), opt(rulesModifier));
  const anyRuleSeparator = alt(lit('; '), lit(', '), seq(opt(space), lit('||'), space));
  const openingHours = seq(ruleSequence, many(seq(anyRuleSeparator, ruleSequence)));
  const endOfInput: Parser = (at) => (at === text.length ? at : r.failAt(at));
  return lazy(() => seq(openingHours, endOfInput));
}

/** Whether Validata (opening-hours-py 0.6) accepts the value, and if not, why and where. */
export function readStrictOpeningHours(value: string): StrictVerdict {
  const reading = new Reading(value);
  const end = grammar(reading)(0);
  if (end < 0) return { ok: false, refusal: 'syntax', at: Math.min(reading.farthest, value.length) };
  const first = reading.refusals[0];
  return first ? { ok: false, refusal: first.refusal, at: first.at } : { ok: true };
}
