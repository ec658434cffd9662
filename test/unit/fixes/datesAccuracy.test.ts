// The date fixer against the quick-fix corpus (test/fixtures/corpus/dates.csv): the targets of the brief.
import { strict as assert } from 'node:assert';
import { datesAccuracy } from '../../../scripts/accuracy/dates';

describe('date fixer accuracy on the corpus', () => {
  const accuracy = datesAccuracy();

  it('reads the whole corpus, split into a development and a test part', () => {
    assert.ok(accuracy.total >= 150 && accuracy.parts.test.total >= 60, JSON.stringify(accuracy.parts));
    assert.equal(accuracy.right + accuracy.wrong + accuracy.none, accuracy.total);
  });

  it('gets at least 97% of the test part right (issue #19)', () => {
    const { right, total } = accuracy.parts.test;
    assert.ok(right / total >= 0.97, `right ${right}/${total}`);
  });

  it('makes no wrong offer on an unambiguous date, and at most 2% overall', () => {
    assert.equal(accuracy.wrongOnUnambiguous, 0);
    assert.ok(accuracy.wrong / accuracy.total <= 0.02);
  });

  it('flags every row the corpus marks ambiguous', () => {
    for (const row of accuracy.rows.filter((r) => r.ambiguous)) assert.ok(row.flaggedAmbiguous, row.input);
  });
});
