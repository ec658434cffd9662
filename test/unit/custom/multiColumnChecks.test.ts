// one-of-required, cohesive-columns-value, compare-columns-value and sum-columns-value through the
// contract, with Validata's handling of empty cells and absent columns.
import { strict as assert } from 'node:assert';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { CustomCheckParamsError } from '../../../server/src/engine/checks/custom/types';
import { runCheck } from './customCheckKit';

describe('custom check one-of-required', () => {
  const params = { column1: 'idBeneficiaire', column2: 'rnaBeneficiaire' };

  it('requires a value in at least one of the two columns (both may have one)', () => {
    const table = [['idBeneficiaire', 'rnaBeneficiaire'], ['52499120500013', ''], ['', 'W333216789'], ['52499120500013', 'W333216789'], ['', '']];
    const issues = runCheck('one-of-required', params, table);
    assert.deepEqual(
      issues.map((i) => [i.rowNumber, i.code, i.fieldName, i.params.column1, i.params.column2]),
      [[5, 'one-of-required', 'idBeneficiaire', 'idBeneficiaire', 'rnaBeneficiaire']],
    );
  });

  it('counts missingValues as empty', () => {
    assert.equal(runCheck('one-of-required', params, [['idBeneficiaire', 'rnaBeneficiaire'], ['NA', '']], { missingValues: ['', 'NA'] }).length, 1);
  });

  it('treats an absent column as empty, and reports both absent once on the header', () => {
    const oneAbsent = runCheck('one-of-required', params, [['rnaBeneficiaire'], ['W333216789'], ['']]);
    assert.deepEqual(oneAbsent.map((i) => [i.rowNumber, i.fieldName]), [[3, 'rnaBeneficiaire']]);
    const bothAbsent = runCheck('one-of-required', params, [['nom'], ['a'], ['b']]);
    assert.deepEqual(bothAbsent.map((i) => [i.rowNumber, i.fieldName, i.params.variant]), [[1, undefined, 'missing-columns']]);
  });

  it('accepts the `column` spelling of Validata’s documentation for the first column', () => {
    assert.equal(runCheck('one-of-required', { column: 'a', column2: 'b' }, [['a', 'b'], ['', '']]).length, 1);
    assert.throws(() => runCheck('one-of-required', { column1: 'a' }, [['a']]), CustomCheckParamsError);
  });
});

describe('custom check cohesive-columns-value', () => {
  const params = { column: 'VOTE_EFFECTIF', othercolumns: ['VOTE_REEL', 'VOTE_POUR'] };
  const header = ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR'];

  it('accepts rows where the columns are all filled or all empty, reports the others on `column`', () => {
    const issues = runCheck('cohesive-columns-value', params, [header, ['30', '25', '20'], ['', '', ''], ['30', '', '20'], ['', '25', '']]);
    assert.deepEqual(
      issues.map((i) => [i.rowNumber, i.fieldName, i.params.filled, i.params.empty]),
      [
        [4, 'VOTE_EFFECTIF', ['VOTE_EFFECTIF', 'VOTE_POUR'], ['VOTE_REEL']],
        [5, 'VOTE_EFFECTIF', ['VOTE_REEL'], ['VOTE_EFFECTIF', 'VOTE_POUR']],
      ],
    );
    assert.deepEqual(issues[0].params.columns, header);
  });

  it('reports once on the header when only some of the columns are in the file, and is silent when none is', () => {
    const some = runCheck('cohesive-columns-value', params, [['VOTE_EFFECTIF', 'VOTE_POUR'], ['30', ''], ['', '']]);
    assert.deepEqual(some.map((i) => [i.rowNumber, i.params.variant, i.params.absent]), [[1, 'missing-columns', ['VOTE_REEL']]]);
    assert.deepEqual(runCheck('cohesive-columns-value', params, [['autre'], ['x']]), []);
  });

  it('throws CustomCheckParamsError without othercolumns', () => {
    assert.throws(() => runCheck('cohesive-columns-value', { column: 'a' }, [['a']]), CustomCheckParamsError);
    assert.throws(() => runCheck('cohesive-columns-value', { column: 'a', othercolumns: [] }, [['a']]), CustomCheckParamsError);
    assert.throws(() => runCheck('cohesive-columns-value', { column: 'a', othercolumns: [1] }, [['a']]), CustomCheckParamsError);
  });
});

describe('custom check compare-columns-value', () => {
  const deliberations: Partial<TableSchema> = {
    fields: [
      { name: 'DELIB_DATE', type: 'date' },
      { name: 'PREF_DATE', type: 'date' },
      { name: 'VOTE_EFFECTIF', type: 'integer' },
      { name: 'VOTE_REEL', type: 'integer' },
      { name: 'NOM', type: 'string' },
    ],
  };

  it('compares integers as numbers, not as text', () => {
    const params = { column: 'VOTE_EFFECTIF', op: '>=', column2: 'VOTE_REEL' };
    const issues = runCheck('compare-columns-value', params, [['VOTE_EFFECTIF', 'VOTE_REEL'], ['10', '9'], ['9', '10'], ['30', '30']], deliberations);
    assert.deepEqual(
      issues.map((i) => [i.rowNumber, i.fieldName, i.params.value, i.params.value2, i.params.op]),
      [[3, 'VOTE_EFFECTIF', '9', '10', '>=']],
    );
  });

  it('compares dates chronologically, also in a dd/mm/yyyy format', () => {
    const params = { column: 'PREF_DATE', op: '>=', column2: 'DELIB_DATE' };
    const iso = runCheck('compare-columns-value', params, [['PREF_DATE', 'DELIB_DATE'], ['2024-01-05', '2023-12-20'], ['2023-12-01', '2023-12-20']], deliberations);
    assert.deepEqual(iso.map((i) => i.rowNumber), [3]);
    const french: Partial<TableSchema> = {
      fields: [
        { name: 'PREF_DATE', type: 'date', format: '%d/%m/%Y' },
        { name: 'DELIB_DATE', type: 'date', format: '%d/%m/%Y' },
      ],
    };
    const fr = runCheck('compare-columns-value', params, [['PREF_DATE', 'DELIB_DATE'], ['05/01/2024', '20/12/2023'], ['01/12/2023', '20/12/2023']], french);
    assert.deepEqual(fr.map((i) => i.rowNumber), [3]);
  });

  it('supports every operator of Validata', () => {
    const table = [['a', 'b'], ['1', '2'], ['2', '2'], ['3', '2']];
    const failingRows = (op: string) => runCheck('compare-columns-value', { column: 'a', op, column2: 'b' }, table, { fields: [{ name: 'a', type: 'number' }, { name: 'b', type: 'number' }] }).map((i) => i.rowNumber);
    assert.deepEqual(failingRows('>'), [2, 3]);
    assert.deepEqual(failingRows('>='), [2]);
    assert.deepEqual(failingRows('=='), [2, 4]);
    assert.deepEqual(failingRows('<='), [4]);
    assert.deepEqual(failingRows('<'), [3, 4]);
  });

  it('compares text as text, numeric texts as numbers, and reports values of different kinds as not comparable', () => {
    const text = runCheck('compare-columns-value', { column: 'a', op: '<', column2: 'b' }, [['a', 'b'], ['abc', 'abd'], ['b', 'a'], ['9', '10']]);
    assert.deepEqual(text.map((i) => i.rowNumber), [3]);
    const mixed = runCheck('compare-columns-value', { column: 'PREF_DATE', op: '>=', column2: 'NOM' }, [['PREF_DATE', 'NOM'], ['2024-01-05', 'Dupont']], deliberations);
    assert.deepEqual(mixed.map((i) => i.params.variant), ['not-comparable']);
  });

  it('skips rows where a cell is empty or does not cast to its type (a type-error)', () => {
    const params = { column: 'PREF_DATE', op: '>=', column2: 'DELIB_DATE' };
    const table = [['PREF_DATE', 'DELIB_DATE'], ['', '2023-12-20'], ['05/01/2024', '2023-12-20'], ['2023-02-30', '2023-12-20']];
    assert.deepEqual(runCheck('compare-columns-value', params, table, deliberations), []);
  });

  it('reports once on the header when the file has only one of the two columns, and is silent when it has neither', () => {
    const params = { column: 'PREF_DATE', op: '>=', column2: 'DELIB_DATE' };
    const one = runCheck('compare-columns-value', params, [['PREF_DATE'], ['2023-01-01'], ['2023-01-02']], deliberations);
    assert.deepEqual(one.map((i) => [i.rowNumber, i.fieldName, i.params.variant, i.params.absent]), [[1, undefined, 'missing-columns', ['DELIB_DATE']]]);
    assert.deepEqual(runCheck('compare-columns-value', params, [['autre'], ['x']], deliberations), []);
  });

  it('throws CustomCheckParamsError for an unknown operator or a missing column2', () => {
    assert.throws(() => runCheck('compare-columns-value', { column: 'a', op: '!=', column2: 'b' }, [['a']]), CustomCheckParamsError);
    assert.throws(() => runCheck('compare-columns-value', { column: 'a', op: '>' }, [['a']]), CustomCheckParamsError);
  });
});

describe('custom check sum-columns-value', () => {
  const params = { column: 'VOTE_REEL', columns: ['VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'] };
  const header = ['VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'];
  const schema: Partial<TableSchema> = { fields: header.map((name) => ({ name, type: 'integer' })) };

  it('checks that column equals the sum of columns and gives the sum for a fix', () => {
    const issues = runCheck('sum-columns-value', params, [header, ['25', '20', '3', '2'], ['25', '20', '3', '1']], schema);
    assert.deepEqual(issues.map((i) => [i.rowNumber, i.fieldName, i.params.value, i.params.sum]), [[3, 'VOTE_REEL', '25', '24']]);
  });

  it('sums decimals without floating-point noise', () => {
    const decimals: Partial<TableSchema> = { fields: ['t', 'a', 'b'].map((name) => ({ name, type: 'number', decimalChar: ',' })) };
    assert.deepEqual(runCheck('sum-columns-value', { column: 't', columns: ['a', 'b'] }, [['t', 'a', 'b'], ['0,3', '0,1', '0,2']], decimals), []);
  });

  it('is skipped when a cell is empty or a numeric cell does not cast', () => {
    const table = [header, ['25', '20', '', '2'], ['25', '20', 'trois', '2']];
    assert.deepEqual(runCheck('sum-columns-value', params, table, schema), []);
  });

  it('reports once on the header when the file has only some of the columns, and is silent when it has none', () => {
    const some = runCheck('sum-columns-value', params, [['VOTE_REEL', 'VOTE_POUR'], ['25', '20'], ['30', '1']], schema);
    assert.deepEqual(some.map((i) => [i.rowNumber, i.fieldName, i.params.variant, i.params.absent]), [[1, undefined, 'missing-columns', ['VOTE_CONTRE', 'VOTE_ABSTENTION']]]);
    assert.deepEqual(runCheck('sum-columns-value', params, [['autre'], ['x']], schema), []);
  });

  it('says so when a text column holds something other than a number', () => {
    const issues = runCheck('sum-columns-value', params, [header, ['25', '20', 'trois', '2']]);
    assert.deepEqual(issues.map((i) => [i.fieldName, i.params.variant, i.params.notNumberColumn]), [['VOTE_CONTRE', 'not-a-number', 'VOTE_CONTRE']]);
  });

  it('throws CustomCheckParamsError without columns', () => {
    assert.throws(() => runCheck('sum-columns-value', { column: 'a' }, [['a']]), CustomCheckParamsError);
  });
});
