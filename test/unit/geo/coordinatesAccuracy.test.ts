// The coordinate normalizer against the quick-fix corpus (test/fixtures/corpus/coordinates.csv).
import { strict as assert } from 'node:assert';
import { coordinatesAccuracy } from '../../../scripts/accuracy/coordinates';

describe('coordinate normalizer accuracy on the corpus', () => {
  const accuracy = coordinatesAccuracy();

  it('reads the whole corpus', () => {
    assert.ok(accuracy.total >= 25, `only ${accuracy.total} rows`);
    assert.equal(accuracy.right + accuracy.wrong + accuracy.none, accuracy.total);
  });

  it('gets at least 90% of the rows right', () => {
    const misses = accuracy.rows.filter((r) => r.outcome !== 'right').map((r) => `${r.input} → ${r.offered ?? r.reason}`);
    assert.ok(accuracy.right / accuracy.total >= 0.9, `right ${accuracy.right}/${accuracy.total}: ${misses.join('; ')}`);
  });

  it('makes at most 2% wrong offers', () => {
    assert.ok(accuracy.wrong / accuracy.total <= 0.02, accuracy.rows.filter((r) => r.outcome === 'wrong').map((r) => r.input).join('; '));
  });
});
