// "Fill the missing INSEE code" on a corpus built from the COG itself (scripts/accuracy/communeFill.ts):
// every commune of Haute-Savoie and Yvelines with its name and a postcode, its code emptied, then the safe
// fixes applied to the whole table. No code may be filled wrong; nearly all must be filled.
import { strict as assert } from 'node:assert';
import { communeFillAccuracy, communesOf, DEFAULT_DEPARTMENTS, exportStyle } from '../../../scripts/accuracy/communeFill';

describe('geography: filling INSEE codes from name and postcode (all communes of two départements)', function () {
  this.timeout(60_000);

  it('builds the corpus from the COG: every current commune of 74 and 78', () => {
    const communes = communesOf(DEFAULT_DEPARTMENTS);
    assert.ok(communes.some((entry) => entry.code === '78217' && entry.name === 'Épône'));
    assert.ok(communes.some((entry) => entry.code === '74010' && entry.name === 'Annecy'));
    assert.ok(communes.every((entry) => entry.department === '74' || entry.department === '78'));
    assert.ok(communes.length > 500, `${communes.length} communes`);
  });

  for (const [label, write] of [
    ['names as the COG writes them', (name: string) => name],
    ['names as exports write them (ST ETIENNE)', exportStyle],
  ] as const) {
    it(`${label}: no wrong fill, at least 99% filled`, () => {
      const outcome = communeFillAccuracy(DEFAULT_DEPARTMENTS, write);
      assert.equal(outcome.wrong, 0, JSON.stringify(outcome.misses.filter((miss) => miss.filled !== '')));
      assert.ok(outcome.right / outcome.total >= 0.99, `${outcome.right}/${outcome.total}: ${JSON.stringify(outcome.misses.slice(0, 5))}`);
    });
  }
});
