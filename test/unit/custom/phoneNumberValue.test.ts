// phone-number-value: the French numbering plan as Validata's libphonenumber check applies it.
import { strict as assert } from 'node:assert';
import { diagnosePhoneNumber, isValidPhoneNumber } from '../../../server/src/engine/values/frenchPhoneNumbers';
import { judgeValues, runCheck } from './customCheckKit';

describe('custom check phone-number-value', () => {
  it('accepts French numbers in national and international forms', () => {
    for (const value of [
      '01 99 00 27 37',
      '0199002737',
      '01.99.00.27.37',
      '01-99-00-27-37',
      '+33 1 99 00 27 37',
      '+33199002737',
      '0033 1 99 00 27 37',
      '+33 (0)1 99 00 27 37',
      '33 1 99 00 27 37',
      '06 12 34 56 78',
      '07 58 12 34 56',
      '0800 12 34 56',
      '09 72 12 34 56',
      '0476544254',
      'Tél : 01 99 00 27 37',
    ]) {
      assert.equal(isValidPhoneNumber(value), true, value);
    }
  });

  it('accepts French short numbers (emergency, services)', () => {
    for (const value of ['15', '17', '18', '112', '115', '119', '3949', '3646']) assert.equal(isValidPhoneNumber(value), true, value);
    assert.equal(isValidPhoneNumber('123'), false);
  });

  it('accepts overseas numbers with their own country codes', () => {
    for (const value of ['+262 262 12 34 56', '+262 692 12 34 56', '+262 269 61 23 45', '+590 590 12 34 56', '+590 690 12 34 56', '+594 594 12 34 56', '+596 596 30 12 34', '+596 696 20 12 34', '+508 41 12 34', '+687 28 12 34', '+689 40 41 23 45', '+689 87 12 34 56', '+681 72 12 34']) {
      assert.equal(isValidPhoneNumber(value), true, value);
    }
  });

  it('accepts other countries’ numbers in international form by their E.164 shape', () => {
    assert.equal(isValidPhoneNumber('+44 20 7946 0958'), true);
    assert.equal(isValidPhoneNumber('0049 30 123456'), true);
    assert.equal(isValidPhoneNumber('+1 555'), false);
  });

  it('refuses unallocated French ranges and wrong lengths', () => {
    assert.deepEqual(diagnosePhoneNumber('07 12 34 56 78'), { failure: 'invalid' }); // mobiles are 073–079
    assert.deepEqual(diagnosePhoneNumber('+33 6 12 34 56'), { failure: 'invalid' });
    assert.deepEqual(diagnosePhoneNumber('01 23 45 67 8'), { failure: 'length', digitCount: 9 });
    assert.deepEqual(diagnosePhoneNumber('01 99 00 27 37 / 06 12 34 56 78'), { failure: 'length', digitCount: 20 });
    assert.deepEqual(diagnosePhoneNumber('01 99 00 27 37 poste 12'), { failure: 'characters' });
    assert.deepEqual(diagnosePhoneNumber('non communiqué'), { failure: 'characters' });
  });

  it('refuses overseas numbers in national form, as Validata does, and suggests their international form', () => {
    assert.deepEqual(diagnosePhoneNumber('0262 12 34 56'), { failure: 'overseas-national', suggestion: '+262 262 12 34 56' });
    assert.deepEqual(diagnosePhoneNumber('0692 12 34 56'), { failure: 'overseas-national', suggestion: '+262 692 12 34 56' });
    assert.deepEqual(diagnosePhoneNumber('0590 12 34 56'), { failure: 'overseas-national', suggestion: '+590 590 12 34 56' });
    assert.deepEqual(diagnosePhoneNumber('0694 20 12 34'), { failure: 'overseas-national', suggestion: '+594 694 20 12 34' });
    assert.deepEqual(diagnosePhoneNumber('0696 20 12 34'), { failure: 'overseas-national', suggestion: '+596 696 20 12 34' });
    for (const suggestion of ['+262 262 12 34 56', '+596 696 20 12 34']) assert.equal(isValidPhoneNumber(suggestion), true);
  });

  it('reports through the contract with value, variant and suggestion; skips empty cells and absent columns', () => {
    const verdicts = judgeValues('phone-number-value', ['01 99 00 27 37', '0262 12 34 56', '12']);
    assert.equal(verdicts.get('01 99 00 27 37'), undefined);
    const overseas = verdicts.get('0262 12 34 56');
    assert.equal(overseas?.code, 'phone-number-value');
    assert.equal(overseas?.params.variant, 'overseas-national');
    assert.equal(overseas?.params.suggestion, '+262 262 12 34 56');
    assert.equal(verdicts.get('12')?.params.variant, 'invalid');
    assert.deepEqual(runCheck('phone-number-value', { column: 'tel' }, [['tel'], [''], ['']]), []);
    assert.deepEqual(runCheck('phone-number-value', { column: 'tel' }, [['nom'], ['x']]), []);
  });
});
