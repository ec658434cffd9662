// Dates as databases, spreadsheets and scripts export them (issue #19): a space instead of T, a `+02` offset,
// a fraction of a second, JavaScript's toISOString; and "depuis 2019" for a year.
import { strict as assert } from 'node:assert';
import { parseDateFr } from '../../../server/src/engine/fixes/dates';
import { described, fieldSchema, prepare, proposalAt } from './fixHarness';

describe('dates: exports and "depuis"', () => {
  it('reads a timestamp exported with a space, an offset or a fraction into a date column (the time dropped, said)', () => {
    for (const input of ['2021-11-08 09:15:00', '2021-11-08 09:15', '2021-11-08 09:15:00+02', '2021-11-08 09:15:00.250+01', '2021-11-08T09:15:00.250Z']) {
      const result = parseDateFr(input, { type: 'date' });
      assert.ok(result.ok, input);
      assert.equal(result.value, '2021-11-08', input);
      assert.ok(result.notes.includes('time-dropped'), `${input}: ${result.notes.join(', ')}`);
    }
  });

  it('leaves these exports alone in a datetime column, which reads them as Validata does', () => {
    const fixture = prepare('id,horodatage\n1,2021-11-08 09:15:00.250+02\n', fieldSchema({ name: 'horodatage', type: 'datetime' }));
    assert.deepEqual(fixture.report.problems, []);
  });

  it('offers the date of a timestamp in a date column, for review', () => {
    const fixture = prepare('id,date_maj\n1,2021-11-08 09:15:00+02\n', fieldSchema({ name: 'date_maj', type: 'date' }));
    assert.deepEqual(described(proposalAt(fixture, 'type-error', 2).offers), [['date', 'unsafe', 'Convert to “2021-11-08” (the time of day is dropped)']]);
  });

  it('reads "depuis 2019" as the year 2019, and "depuis le 3 mars 2020" as that day, noting what is dropped', () => {
    for (const [input, target, expected] of [
      ['depuis 2019', 'year', '2019'],
      ['Depuis l’année 2015', 'year', '2015'],
      ['à partir de 2021', 'year', '2021'],
      ['depuis le 3 mars 2020', 'date', '2020-03-03'],
    ] as const) {
      const result = parseDateFr(input, { type: target });
      assert.ok(result.ok, input);
      assert.equal(result.value, expected, input);
      assert.ok(result.notes.includes('since-dropped'), input);
    }
  });

  it('offers "depuis 2019" in a year column as 2019, unsafe, saying "depuis" is dropped (FR and EN)', () => {
    const fixture = prepare('id,annee\n1,depuis 2019\n', fieldSchema({ name: 'annee', type: 'year' }));
    const { offers } = proposalAt(fixture, 'type-error', 2);
    assert.deepEqual(described(offers), [['date', 'unsafe', 'Convert to “2019” ("since" is dropped: the date kept is the start)']]);
  });

  it('does not take "depuis" before something that is not a date', () => {
    assert.equal(parseDateFr('depuis toujours', { type: 'year' }).ok, false);
    assert.equal(parseDateFr('depuis 20 ans', { type: 'year' }).ok, false);
  });
});
