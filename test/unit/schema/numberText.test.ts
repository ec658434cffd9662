// Regression: text that is not a number (`22 kW`, `1 000,5 €`) in a number field is a type error, whatever
// its length — it once cast to NaN and passed fields without constraints.
import { strict as assert } from 'node:assert';
import { compileSchema } from '../../../server/src/engine/schema/compile';

describe('number fields: text that is not a number', () => {
  const [free, bounded] = compileSchema({ fields: [{ name: 'free', type: 'number' }, { name: 'bounded', type: 'number', constraints: { minimum: 0 } }] }).fields;

  for (const value of ['22 kW', '22 k', 'douze', '1 000,5 €', 'NaNa']) {
    it(`${JSON.stringify(value)} → type-error, with or without constraints`, () => {
      assert.equal(free.check(value)?.code, 'type-error');
      assert.equal(bounded.check(value)?.code, 'type-error');
    });
  }

  it('still reads the special values and plain numbers', () => {
    for (const value of ['NaN', 'INF', '-INF', '22', '-1.5', '1e3']) assert.equal(free.check(value), null, value);
    assert.equal(bounded.check('-1')?.params.variant, 'minimum');
  });
});
