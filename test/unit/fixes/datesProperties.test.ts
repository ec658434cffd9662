// Property tests of the date fixer: for any real calendar date, every French way of writing it reads back
// to that date, unambiguous forms are never flagged, and impossible days are never offered.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDateFr } from '../../../server/src/engine/fixes/dates';
import { daysInMonth } from '../../../server/src/engine/values/calendar';
import { propertyRuns } from '../../support/properties';

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const realDate = fc
  .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

describe('parseDateFr — properties', () => {
  it('reads every real date back from ISO, year-first, month-name and (when the day is above 12) dd/mm forms', () => {
    fc.assert(
      fc.property(realDate, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        const forms = [iso, `${year}/${pad(month)}/${pad(day)}`, `${day} ${months[month - 1]} ${year}`, `${day === 1 ? '1er' : day} ${months[month - 1]} ${year}`];
        if (day > 12) forms.push(`${day}/${month}/${year}`, `${pad(day)}.${pad(month)}.${year}`, `${month}/${day}/${year}`);
        for (const form of forms) {
          const result = parseDateFr(form, { type: 'date' });
          assert.ok(result.ok && result.value === iso && !result.ambiguous, `${form} → ${JSON.stringify(result)}`);
        }
      }),
      propertyRuns(300),
    );
  });

  it('offers dd/mm first and mm/dd as the only alternative whenever both parts are ≤ 12 and differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1930, max: 2029 }), (a, b, year) => {
        fc.pre(a !== b);
        const result = parseDateFr(`${pad(a)}/${pad(b)}/${year}`, { type: 'date' });
        assert.ok(result.ok && result.ambiguous);
        assert.equal(result.value, `${year}-${pad(b)}-${pad(a)}`);
        assert.deepEqual(result.alternatives, [`${year}-${pad(a)}-${pad(b)}`]);
      }),
      propertyRuns(100),
    );
  });

  it('never offers a value for a day past the end of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        if (day > 31) return;
        for (const form of [`${day}/${pad(month)}/${year}`, `${year}-${pad(month)}-${day}`, `${day} ${months[month - 1]} ${year}`]) {
          const result = parseDateFr(form, { type: 'date' });
          assert.ok(!result.ok && result.reason === 'impossible', `${form} → ${JSON.stringify(result)}`);
        }
      }),
      propertyRuns(100),
    );
  });

  it('gives every offered value in the ISO shape of its target type', () => {
    const shapes = { date: /^\d{4}-\d{2}-\d{2}$/, datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/, year: /^\d{4}$/, yearmonth: /^\d{4}-\d{2}$/ } as const;
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), fc.constantFrom('date', 'datetime', 'year', 'yearmonth') as fc.Arbitrary<keyof typeof shapes>, (text, type) => {
        const result = parseDateFr(text, { type }, { excelSerials: true });
        if (result.ok) assert.match(result.value, shapes[type]);
      }),
      propertyRuns(2000),
    );
  });
});
