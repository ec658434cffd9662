// The one calendar of the engine (values/calendar.ts) agrees with JavaScript's proleptic Gregorian Date
// on day numbers and weekdays, and keeps the ranges each reader relies on.
import { strict as assert } from 'node:assert';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isValidCivilDate,
  isValidDatetimeDate,
  weekdayOf,
} from '../../../server/src/engine/values/calendar';
import { lastAtOrBefore } from '../../../server/src/engine/text/sortedSearch';

describe('values: calendar', () => {
  it('numbers days like Date.UTC, both ways, and names their weekday', () => {
    for (let days = -800_000; days <= 800_000; days += 997) {
      const date = civilFromDays(days);
      const utc = new Date(days * 86_400_000);
      assert.deepEqual(date, { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
      assert.equal(daysFromCivil(date.year, date.month, date.day), days);
      assert.equal(weekdayOf(date), utc.getUTCDay());
    }
  });

  it('knows leap years and the length of months', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2023, 4), 30);
    assert.ok(isValidCivilDate(2024, 2, 29));
    assert.ok(!isValidCivilDate(2023, 2, 29));
    assert.ok(!isValidCivilDate(2023, 13, 1));
  });

  it('keeps Python datetime range for Table Schema dates (years 1–9999), any year for the others', () => {
    assert.ok(isValidDatetimeDate(1, 1, 1) && isValidDatetimeDate(9999, 12, 31));
    assert.ok(!isValidDatetimeDate(0, 1, 1) && !isValidDatetimeDate(10000, 1, 1));
    assert.ok(isValidCivilDate(0, 1, 1) && isValidCivilDate(12000, 1, 1));
  });
});

describe('text: sorted search', () => {
  it('finds the last value at or before a target', () => {
    const starts = [0, 10, 10, 25];
    assert.equal(lastAtOrBefore(starts, 0), 0);
    assert.equal(lastAtOrBefore(starts, 9), 0);
    assert.equal(lastAtOrBefore(starts, 10), 2);
    assert.equal(lastAtOrBefore(starts, 99), 3);
    assert.equal(lastAtOrBefore(starts, 24, 2), 1);
    assert.equal(lastAtOrBefore([5, 6], 1), 0);
    assert.equal(lastAtOrBefore([], 1), -1);
  });
});
