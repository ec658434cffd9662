// The French opening-hours converter on parts of the year and their layout: several periods in one text, a
// heading that must head the rule right after it, days listed above one line per period, seasons, and school
// holidays said for the whole text. Each value must also pass the opening_hours library unwarned.
import { strict as assert } from 'node:assert';
import { openingHoursProblem, parseOpeningHoursFr } from '../../../server/src/engine/fixes/openingHours';

function value(input: string): string {
  const result = parseOpeningHoursFr(input);
  assert.ok(result.ok, `${input}: ${JSON.stringify(result)}`);
  assert.equal(openingHoursProblem(result.value), undefined, result.value);
  return result.value;
}

function refused(input: string): string | undefined {
  const result = parseOpeningHoursFr(input);
  assert.ok(!result.ok, `${input} should not be converted, got ${JSON.stringify(result)}`);
  return result.detail;
}

describe('parseOpeningHoursFr — parts of the year and their layout', () => {
  it('reads "period hours, period hours" without a heading skipping the rule after it', () => {
    assert.equal(
      value("Ouvert d'octobre à mars de 9h30 à 17h, d'avril à juin et septembre de 9h30 à 18h en juillet août de 9h30 à 19h"),
      'Oct-Mar 09:30-17:00; Apr-Jun,Sep Mo-Su 09:30-18:00; Jul-Aug 09:30-19:00',
    );
    assert.equal(value("d'octobre à mars de 9h30 à 17h et d'avril à septembre de 9h30 à 18h"), 'Oct-Mar 09:30-17:00; Apr-Sep 09:30-18:00');
    assert.equal(value("de 9h30 à 17h d'octobre à mars, de 9h30 à 18h d'avril à septembre"), 'Oct-Mar 09:30-17:00; Apr-Sep 09:30-18:00');
    assert.equal(value("d'octobre à mars de 9h30 à 17h, fermé le 25 décembre"), 'Oct-Mar 09:30-17:00; Dec 25 off');
    // A heading no rule takes is still refused.
    refused("d'octobre à mars, de 9h à 12h en juillet");
  });
});
