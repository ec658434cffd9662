// The date fixer against the quick-fix corpus (test/fixtures/corpus/dates.csv): the targets of the brief.
import { strict as assert } from 'node:assert';
import { datesAccuracy } from '../../../scripts/accuracy/dates';

describe('date fixer accuracy on the corpus', () => {
  const accuracy = datesAccuracy();

  it('reads the whole corpus', () => {
    assert.ok(accuracy.total >= 30, `only ${accuracy.total} rows`);
    assert.equal(accuracy.right + accuracy.wrong + accuracy.none, accuracy.total);
  });

  it('gets at least 95% of the rows right', () => {
    const wrongRows = accuracy.rows.filter((r) => r.outcome !== 'right').map((r) => `${r.input} → ${r.offered ?? r.reason}`);
    assert.ok(accuracy.right / accuracy.total >= 0.95, `right ${accuracy.right}/${accuracy.total}: ${wrongRows.join('; ')}`);
  });

  it('makes no wrong offer on an unambiguous date, and at most 2% overall', () => {
    assert.equal(accuracy.wrongOnUnambiguous, 0);
    assert.ok(accuracy.wrong / accuracy.total <= 0.02);
  });

  it('flags every row the corpus marks ambiguous', () => {
    for (const row of accuracy.rows.filter((r) => r.ambiguous)) assert.ok(row.flaggedAmbiguous, row.input);
  });
});
