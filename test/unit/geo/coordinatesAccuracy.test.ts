// The coordinate normalizer against the quick-fix corpus (test/fixtures/corpus/coordinates.csv).
import { strict as assert } from 'node:assert';
import { coordinatesAccuracy } from '../../../scripts/accuracy/coordinates';

describe('coordinate normalizer accuracy on the corpus', () => {
  const accuracy = coordinatesAccuracy();

  it('reads the whole corpus, split into a development and a test part', () => {
    assert.ok(accuracy.total >= 100 && accuracy.parts.test.total >= 30, JSON.stringify(accuracy.parts));
    assert.equal(accuracy.right + accuracy.wrong + accuracy.none, accuracy.total);
  });

  it('gets at least 95% of the test part right, with no offer outside France (issue #19)', () => {
    const { right, total } = accuracy.parts.test;
    assert.ok(right / total >= 0.95, `right ${right}/${total}`);
    assert.deepEqual(accuracy.wrongOutsideFrance, { dev: 0, test: 0 });
  });

  it('makes at most 2% wrong offers', () => {
    assert.ok(accuracy.wrong / accuracy.total <= 0.02, accuracy.rows.filter((r) => r.outcome === 'wrong').map((r) => r.input).join('; '));
  });
});
