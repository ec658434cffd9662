// Why a date could not be fixed (its messages, in English and French, are in server/src/i18n/fixReasons.ts).

/**
 * empty: nothing to read. unrecognized: not a date we can read. bare-number: a number in a column not
 * declared as dates (it might be an Excel serial, but nobody said so), or (variant small) a number below 3000
 * that is more likely a day or an amount than a serial of 1900–1908. impossible: no such day or time
 * (31/04/2022, 29/02/2021, Excel's 1900-02-29, 25:00, the skipped spring hour). implausible-year: a year
 * outside 1000–2999. incomplete: a part the target needs is missing (no day for a date, no year).
 * unsupported-format: the schema's strptime pattern uses a directive we do not write. unknown-offset:
 * "heure de Paris" before 1946, when we do not know the offset.
 */
export type DateFixReason =
  | 'empty'
  | 'unrecognized'
  | 'bare-number'
  | 'impossible'
  | 'implausible-year'
  | 'incomplete'
  | 'unsupported-format'
  | 'unknown-offset';
