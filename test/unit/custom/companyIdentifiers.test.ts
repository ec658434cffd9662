// french-siret-value / siret and french-siren-value / siren: Luhn, La Poste, separators, and the
// failure reasons that messages and quick fixes read.
import { strict as assert } from 'node:assert';
import { diagnoseCompanyId, isValidSiret, passesLuhn } from '../../../server/src/engine/checks/custom/companyIdentifiers';
import { CustomCheckParamsError } from '../../../server/src/engine/checks/custom/types';
import { judgeValues, runCheck } from './customCheckKit';

describe('custom check french-siret-value (siret)', () => {
  it('accepts valid SIRETs, with spaces or dots as python-stdnum does', () => {
    for (const siret of ['73282932000074', '21060004500392', '52499120500013', '732 829 320 00074', '732.829.320.00074']) {
      assert.equal(isValidSiret(siret), true, siret);
    }
  });

  it('applies the La Poste rule (digit sum divisible by 5) except to its Luhn head office', () => {
    assert.equal(isValidSiret('35600000049837'), true); // sum 45, not a Luhn number
    assert.equal(passesLuhn('35600000049837'), false);
    assert.equal(isValidSiret('35600000049838'), false);
    assert.equal(isValidSiret('35600000000048'), true); // head office: Luhn
    assert.equal(isValidSiret('35600000000049'), false);
  });

  it('requires the SIREN part to pass Luhn too', () => {
    // 12345678900007 passes Luhn as a whole, but its SIREN 123456789 does not
    assert.equal(passesLuhn('12345678900007'), true);
    assert.equal(passesLuhn('123456789'), false);
    assert.equal(isValidSiret('12345678900007'), false);
  });

  it('tells why a value fails', () => {
    assert.deepEqual(diagnoseCompanyId('siret', '73282932000075'), { failure: 'checksum' });
    assert.deepEqual(diagnoseCompanyId('siret', '7328293200007A'), { failure: 'format' });
    assert.deepEqual(diagnoseCompanyId('siret', '7328293200007'), { failure: 'length', digitCount: 13 });
    assert.deepEqual(diagnoseCompanyId('siret', '7.3282932E+13'), { failure: 'scientific-notation' });
    assert.deepEqual(diagnoseCompanyId('siret', '732829320'), { failure: 'siren-instead', digitCount: 9 });
    // 05520813600014 (SIREN 055208136) lost its leading zero when a spreadsheet read it as a number
    assert.equal(isValidSiret('05520813600014'), true);
    assert.deepEqual(diagnoseCompanyId('siret', '5520813600014'), { failure: 'leading-zero-lost', digitCount: 13, suggestion: '05520813600014' });
  });

  it('reports invalid cells with the value and variant, skips empty cells and missing values', () => {
    const issues = runCheck(
      'french-siret-value',
      { column: 'siret' },
      [['siret'], ['73282932000074'], ['73282932000075'], [''], ['NA'], ['abc']],
      { missingValues: ['', 'NA'] },
    );
    assert.deepEqual(
      issues.map((i) => [i.rowNumber, i.code, i.fieldName, i.params.value, i.params.variant]),
      [
        [3, 'french-siret-value', 'siret', '73282932000075', 'checksum'],
        [6, 'french-siret-value', 'siret', 'abc', 'format'],
      ],
    );
  });

  it('answers to its new name `siret` with the same code', () => {
    const issues = runCheck('siret', { column: 's' }, [['s'], ['73282932000075']]);
    assert.equal(issues[0].code, 'french-siret-value');
  });

  it('is skipped when the column is absent from the file', () => {
    assert.deepEqual(runCheck('french-siret-value', { column: 'siret' }, [['other'], ['x']]), []);
  });

  it('throws CustomCheckParamsError without a usable column', () => {
    assert.throws(() => runCheck('french-siret-value', {}, [['a']]), CustomCheckParamsError);
    assert.throws(() => runCheck('siret', { column: 3 }, [['a']]), CustomCheckParamsError);
  });
});

describe('custom check french-siren-value (siren)', () => {
  it('accepts valid SIRENs and refuses bad checksums and lengths', () => {
    const verdicts = judgeValues('french-siren-value', ['732829320', '552 081 317', '356000000', '552081318', '55208131', '73282932000074']);
    assert.equal(verdicts.get('732829320'), undefined);
    assert.equal(verdicts.get('552 081 317'), undefined);
    assert.equal(verdicts.get('356000000'), undefined);
    assert.equal(verdicts.get('552081318')?.params.variant, 'checksum');
    assert.equal(verdicts.get('55208131')?.params.variant, 'length');
    assert.equal(verdicts.get('73282932000074')?.params.variant, 'length');
    assert.equal(verdicts.get('73282932000074')?.params.digitCount, 14);
  });

  it('suggests the lost leading zero only when it makes a valid SIREN', () => {
    const tail = '55208136'; // SIREN 055208136
    const issue = judgeValues('siren', [tail]).get(tail);
    assert.equal(issue?.code, 'french-siren-value');
    assert.equal(issue?.params.variant, 'leading-zero-lost');
    assert.equal(issue?.params.suggestion, `0${tail}`);
  });
});
