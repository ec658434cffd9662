// Validata's reading of opening_hours values (opening-hours-py 0.6's grammar, strictOpeningHours.ts): what it
// accepts, what it refuses and where it stops. The accepted values include cases of opening-hours-rs 0.6's
// own tests (src/tests/*.rs at the 0.6.18 release): values that must parse, and the three that must not.
import { strict as assert } from 'node:assert';
import { readStrictOpeningHours } from '../../../server/src/engine/checks/custom/strictOpeningHours';

function verdict(value: string): string {
  const read = readStrictOpeningHours(value);
  return read.ok ? 'ok' : `${read.refusal} ${read.at}`;
}

describe('Validata’s reading of opening_hours (opening-hours-py 0.6)', () => {
  it('accepts the strict syntax, with the relaxations of opening-hours-py', () => {
    const values = [
      '24/7',
      'Mo-Fr',
      'Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off',
      'Mo-Fr 08:00-12:00, 14:00-18:00',
      'Mo-Fr 08:00-18:00 ; Sa 09:00-12:00',
      'Mo-Fr 08:00-18:00 || "sur rendez-vous"',
      'Jul-Aug Tu-Fr 09:00-13:00',
      'Aug Mo-Su 09:00-12:00',
      'Aug off',
      'Apr 1 - Nov 3 00:00-24:00',
      '2022 Jan 1-2023 Dec 31',
      '2020,8000-9000 10:00-22:00',
      '2000-3000/42',
      'Sa,Su 11:00-13:45 open; 10:00-18:00',
      'Mo[1,3] 09:00-12:00',
      'sunrise-sunset',
      '(sunrise+01:00)-18:00',
      'week01-53/2 Mo 08:00-12:00',
      'PH,Su off',
      '"fermé pour travaux"',
      'Dec 24 10:00-16:00',
    ];
    for (const value of values) assert.equal(verdict(value), 'ok', value);
  });

  it('refuses what the opening_hours.js library would correct, and says where it stops', () => {
    const cases: Array<[string, string]> = [
      ['Lu-Ve', 'syntax 0'],
      ['mo-fr 08:00-12:00', 'syntax 0'],
      ['Mo-Fr 8:00-12:00', 'syntax 6'],
      ['Mo-Fr 08h00-12h00', 'syntax 8'],
      ['Mo-Fr 08:00-12:00;Sa 09:00-12:00', 'syntax 17'],
      ['Mo-Fr 08:00-12:00;', 'syntax 17'],
      ['Mo-Fr 08:00-12:00 Sa 09:00-12:00', 'syntax 18'],
      ['PH Mo 08:00-12:00', 'syntax 3'],
      // No space after "week" in 0.6's grammar.
      ['week 01-53/2 Mo 08:00-12:00', 'syntax 4'],
      // A 0.6 quirk, fixed in later releases: "Aug 09" is read as a date, and ":00-12:00" is left over.
      ['Aug 09:00-12:00', 'syntax 9'],
      // The three values opening-hours-rs 0.6's tests expect to fail.
      ['this is not a valid expression', 'syntax 0'],
      ['10:00-100:00', 'syntax 8'],
      ['10:00-12:00 tomorrow', 'syntax 12'],
    ];
    for (const [value, expected] of cases) assert.equal(verdict(value), expected, value);
  });

  it('refuses what it parses but cannot build into rules', () => {
    assert.equal(verdict('Mo 08:00'), 'point-in-time 3');
    assert.equal(verdict('Mo 08:00+'), 'point-in-time 3');
    assert.equal(verdict('Mo[-1] 10:00-12:00'), 'nth-from-end 3');
    assert.equal(verdict('easter-15'), 'easter-day 7');
    assert.equal(verdict('week01-53/256 Mo 08:00-12:00'), 'number-too-large 10');
    assert.equal(verdict('week01-53/255 Mo 08:00-12:00'), 'ok');
  });
});
