// Unit tests of the per-column day/month order decision (analyzeDateColumn) and its use by parseDateFr.
import { strict as assert } from 'node:assert';
import { analyzeDateColumn, parseDateFr } from '../../../server/src/engine/fixes/dates';

const date = { type: 'date' } as const;

describe('analyzeDateColumn', () => {
  it('proves dd/mm when a first part is above 12 and none of the second parts is', () => {
    const analysis = analyzeDateColumn(['05/03/2022', '25/03/2022', '01/02/2022', '']);
    assert.equal(analysis.order, 'dd/mm');
    assert.equal(analysis.confidence, 'proven');
    assert.equal(analysis.dayFirst, 1);
    assert.equal(analysis.ambiguous, 2);
    assert.equal(analysis.total, 3);
  });

  it('proves mm/dd when a second part is above 12', () => {
    const analysis = analyzeDateColumn(['05/03/2022', '03/25/2022']);
    assert.deepEqual([analysis.order, analysis.confidence, analysis.monthFirst], ['mm/dd', 'proven', 1]);
  });

  it('assumes dd/mm when every value reads both ways', () => {
    const analysis = analyzeDateColumn(['05/03/2022', '01/02/2022', '07/07/2022']);
    assert.deepEqual([analysis.order, analysis.confidence], ['dd/mm', 'assumed']);
  });

  it('reports conflicting evidence instead of picking a side', () => {
    const analysis = analyzeDateColumn(['25/03/2022', '03/25/2022', '14/02/2022']);
    assert.equal(analysis.confidence, 'conflicting');
    assert.equal(analysis.order, 'dd/mm');
  });

  it('is not applicable to columns without numeric day/month dates, and counts bare numbers and text', () => {
    const analysis = analyzeDateColumn(['2022-03-05', '12 mars 2022', '44562', 'n/a']);
    assert.equal(analysis.confidence, 'not-applicable');
    assert.equal(analysis.bareNumbers, 1);
    assert.equal(analysis.unparsed, 1);
    assert.equal(analysis.parsed, 2);
  });

  it('uses two-digit-year and datetime values as evidence too', () => {
    assert.equal(analyzeDateColumn(['3/25/22 14:00', '1/2/22']).order, 'mm/dd');
  });
});

describe('parseDateFr with a column context', () => {
  it('follows a column proven month first, without flagging ambiguity', () => {
    const result = parseDateFr('05/03/2022', date, ['03/25/2022', '05/03/2022']);
    assert.deepEqual(result, { ok: true, value: '2022-05-03', ambiguous: false, order: 'mm/dd', notes: [] });
  });

  it('follows a column proven day first, without flagging ambiguity', () => {
    const result = parseDateFr('05/03/2022', date, { values: ['25/03/2022'] });
    assert.deepEqual(result, { ok: true, value: '2022-03-05', ambiguous: false, order: 'dd/mm', notes: [] });
  });

  it('stays ambiguous (dd/mm first) when the column conflicts or does not decide', () => {
    for (const values of [['25/03/2022', '03/25/2022'], ['01/02/2022'], []]) {
      const result = parseDateFr('05/03/2022', date, values);
      assert.ok(result.ok && result.value === '2022-03-05' && result.ambiguous && result.alternatives?.[0] === '2022-05-03', JSON.stringify(values));
    }
  });

  it('accepts a precomputed analysis (one pass per column, then every cell)', () => {
    const analysis = analyzeDateColumn(['12/31/2021', '01/15/2022']);
    const result = parseDateFr('02/03/2022', date, { analysis });
    assert.ok(result.ok && result.value === '2022-02-03' && !result.ambiguous);
  });

  it('reads a value on its own terms when only the other order is a valid date, and says so', () => {
    const result = parseDateFr('25/03/2022', date, ['03/14/2022']);
    assert.ok(result.ok && result.value === '2022-03-25' && !result.ambiguous && result.notes.includes('order-differs-from-column'));
  });

  it('never turns an impossible date into a possible one through the column', () => {
    const result = parseDateFr('31/04/2022', date, ['04/30/2022']);
    assert.deepEqual(result, { ok: false, reason: 'impossible', variant: 'date' });
  });

  it('does not let the column change an unambiguous text date', () => {
    const result = parseDateFr('5 mars 2022', date, ['03/25/2022']);
    assert.ok(result.ok && result.value === '2022-03-05');
  });
});
