// Unit tests of Excel serial dates: the 1900 epoch and its leap-year bug, fractions as times, and the
// rule that bare numbers become dates only when the caller says the column holds dates.
import { strict as assert } from 'node:assert';
import { excelSerialToDate, parseDateFr } from '../../../server/src/engine/fixes/dates';

const date = { type: 'date' } as const;
const serials = { excelSerials: true };

describe('Excel serial dates', () => {
  it('counts from serial 1 = 1900-01-01, skipping the fake 1900-02-29 (serial 60)', () => {
    const read = (serial: number) => {
      const r = excelSerialToDate(serial);
      return r.ok ? `${r.date.year}-${r.date.month}-${r.date.day}` : `${r.reason}${r.variant ? `.${r.variant}` : ''}`;
    };
    assert.equal(read(1), '1900-1-1');
    assert.equal(read(59), '1900-2-28');
    assert.equal(read(60), 'impossible.excel-1900-02-29');
    assert.equal(read(61), '1900-3-1');
    assert.equal(read(25569), '1970-1-1');
    assert.equal(read(36526), '2000-1-1');
    assert.equal(read(44562), '2022-1-1');
    assert.equal(read(2958465), '9999-12-31');
    assert.equal(read(0), 'out-of-range');
    assert.equal(read(2958466), 'out-of-range');
  });

  it('reads the 1904 date system when asked (serial 0 = 1904-01-01)', () => {
    const r = excelSerialToDate(43100, 1904);
    assert.ok(r.ok && r.date.year === 2022 && r.date.month === 1 && r.date.day === 1);
    const fix = parseDateFr('43100', date, { excelSerials: true, excelDateSystem: 1904 });
    assert.ok(fix.ok && fix.value === '2022-01-01');
  });

  it('turns the fraction into a time of day, to the second', () => {
    assert.equal((parseDateFr('44562.75', { type: 'datetime' }, serials) as { value: string }).value, '2022-01-01T18:00:00');
    assert.equal((parseDateFr('44562,5', { type: 'datetime' }, serials) as { value: string }).value, '2022-01-01T12:00:00');
    assert.equal((parseDateFr('44562.999999', { type: 'datetime' }, serials) as { value: string }).value, '2022-01-02T00:00:00');
    assert.equal((parseDateFr('44562', { type: 'datetime' }, serials) as { value: string }).value, '2022-01-01T00:00:00');
    const dropped = parseDateFr('44562.75', date, serials);
    assert.ok(dropped.ok && dropped.value === '2022-01-01' && dropped.notes.includes('time-dropped') && dropped.notes.includes('excel-serial'));
  });

  it('never reads a bare number as a date unless the caller says the column holds dates', () => {
    assert.deepEqual(parseDateFr('44562', date), { ok: false, reason: 'bare-number' });
    assert.deepEqual(parseDateFr('44562', date, ['44563']), { ok: false, reason: 'bare-number' });
    assert.deepEqual(parseDateFr('60', date, serials), { ok: false, reason: 'impossible', variant: 'excel-1900-02-29' });
  });

  it('does not read small numbers (days, counts, amounts) as serials of 1900–1908', () => {
    for (const text of ['1', '12', '12.5', '59', '61', '365', '999']) assert.deepEqual(parseDateFr(text, date, serials), { ok: false, reason: 'bare-number', variant: 'small' }, text);
    const first = parseDateFr('3000', date, serials);
    assert.ok(first.ok && first.value === '1908-03-18');
  });

  it('reads four-digit numbers that look like years as years, not serials', () => {
    assert.deepEqual(parseDateFr('2019', date, serials), { ok: false, reason: 'incomplete', variant: 'no-month' });
    const year = parseDateFr('2019', { type: 'year' }, serials);
    assert.ok(year.ok && year.value === '2019');
  });
});
