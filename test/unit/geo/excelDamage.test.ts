// Unit tests of readExcelDamage: which numbers French Excel would show as a given date, serial or time.
import { strict as assert } from 'node:assert';
import { readExcelDamage } from '../../../server/src/engine/geo/excelDamage';

const readings = (text: string) => readExcelDamage(text)?.readings;

describe('readExcelDamage', () => {
  it('lists one number for months 10–12, two for months 1–9 ("2.5" and "2.05" both give 2 May)', () => {
    assert.deepEqual(readings('02-déc.'), [2.12]);
    assert.deepEqual(readings('2-oct'), [2.1]);
    assert.deepEqual(readings('02-nov.'), [2.11]);
    assert.deepEqual(readings('02-mai'), [2.05, 2.5]);
    assert.deepEqual(readings('15-janv.'), [15.01, 15.1]);
  });

  it('reads the numeric and ISO displays and the serial number of the same date', () => {
    assert.deepEqual(readings('02/12/2024'), [2.12]);
    assert.deepEqual(readings('2024-12-02'), [2.12]);
    assert.deepEqual(readings('45628'), [2.12]); // 2024-12-02
    assert.equal(readExcelDamage('45628')?.source, 'serial');
  });

  it('adds the month.year readings for the first day of a month with a known year', () => {
    assert.deepEqual(readings('01/12/2024'), [1.12, 12.2024, 12.24]);
  });

  it('lists both month.yy and month.yyyy for a month-year display', () => {
    assert.deepEqual(readings('févr.-13'), [2.13, 2.2013]);
  });

  it('lists every whole-day shift of a time display', () => {
    const time = readExcelDamage('00:07:02');
    assert.equal(time?.kind, 'excel-time');
    assert.deepEqual(time?.readings.slice(0, 3), [0.117222, 24.117222, 48.117222]);
  });

  it('ignores what Excel would not produce: impossible days, serials outside 2000–2099, plain numbers', () => {
    assert.equal(readExcelDamage('31-févr.'), undefined);
    assert.equal(readExcelDamage('12345'), undefined);
    assert.equal(readExcelDamage('48.1173'), undefined);
    assert.equal(readExcelDamage('25:00'), undefined);
  });
});
