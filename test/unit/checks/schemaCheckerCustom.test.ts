// SchemaChecker runs the schema's Validata custom checks: RowAccess by field name, issues mapped to cells
// or rows (also at the end of the table), and checks that cannot run reported once, never ignored.
import * as assert from 'node:assert/strict';
import { CustomCheckParamsError, type CustomCheckFactory, type RowAccess } from '../../../server/src/engine/checks/custom/types';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { problemMessage } from '../../../server/src/i18n';
import { brief, check as checkAll, covered } from './schemaCheckerTestKit';

/** The problems except the header mapping ones (these tests leave some optional columns out). */
const check = (...args: Parameters<typeof checkAll>) => checkAll(...args).filter((problem) => problem.code !== 'missing-label');

const schema = (custom: TableSchema['custom_checks'], extra: Partial<TableSchema> = {}): TableSchema => ({
  missingValues: ['', 'NA'],
  fields: [{ name: 'siret' }, { name: 'debut', type: 'date' }, { name: 'fin', type: 'date' }],
  custom_checks: custom,
  ...extra,
});

/** A check comparing two date columns, as compare-columns-value does. */
const ordered: CustomCheckFactory = (params) => {
  const [first, second] = [params.column, params.column2];
  if (typeof first !== 'string' || typeof second !== 'string') throw new CustomCheckParamsError({ kind: 'missing', param: typeof first !== 'string' ? 'column' : 'column2' });
  return {
    checkRow(row, report) {
      if (row.isMissing(first) || row.isMissing(second)) return;
      if ((row.value(first) as string) > (row.value(second) as string)) report({ code: 'compare-columns-value', fieldName: second, params: { value: row.value(second) } });
    },
  };
};

describe('SchemaChecker custom checks', () => {
  it('issues land on the named cell, with the row number and the field', () => {
    const text = 'siret,debut,fin\n1,2024-01-01,2024-02-01\n2,2024-03-01,2024-02-01\n';
    const problems = check(text, schema([{ name: 'ordered', params: { column: 'debut', column2: 'fin' } }]), { customChecks: { ordered } });
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.fieldNumber, covered(text, problem), problem.severity]), [
      ['3 compare-columns-value fin', 3, '2024-02-01', 'error'],
    ]);
  });

  it('RowAccess reads by field name (also through a near-miss label), undefined for an absent column, missing values per the schema', () => {
    const seen: string[] = [];
    const spy: CustomCheckFactory = () => ({
      checkRow(row: RowAccess) {
        seen.push(`${row.rowNumber}|${row.value('siret')}|${row.isMissing('debut')}|${row.value('fin')}|${row.isMissing('fin')}|${row.value('commentaire')}`);
      },
    });
    check('SIRET,debut,commentaire\n123,NA,x\n456,2024-01-01,y\n', schema([{ name: 'spy' }]), { customChecks: { spy } });
    assert.deepEqual(seen, ['2|123|true|undefined|true|x', '3|456|false|undefined|true|y']);
  });

  it('an issue without a field, or naming an absent column, underlines the row', () => {
    const whole: CustomCheckFactory = () => ({
      checkRow(row, report) {
        report({ code: 'one-of-required', params: { columns: ['a', 'b'] } });
        report({ code: 'one-of-required', fieldName: 'fin', params: {} });
      },
    });
    const text = 'siret,debut\n1,2024-01-01\n';
    const problems = check(text, schema([{ name: 'whole' }]), { customChecks: { whole } });
    assert.deepEqual(problems.map((problem) => [brief(problem), covered(text, problem), problem.fieldNumber]), [
      ['2 one-of-required -', '1,2024-01-01', undefined],
      ['2 one-of-required fin', '1,2024-01-01', undefined],
    ]);
  });

  it('issues reported when the table is finished go on their row (or on the header for row 1), with their severity', () => {
    const late: CustomCheckFactory = () => {
      const rows: number[] = [];
      return {
        checkRow(row) {
          rows.push(row.rowNumber);
        },
        finish(report) {
          report({ code: 'sum-columns-value', rowNumber: rows[1], fieldName: 'debut', params: {}, severity: 'warning' });
          report({ code: 'cohesive-columns-value', rowNumber: 1, params: {} });
        },
      };
    };
    const text = 'siret,debut\n1,2024-01-01\n\n2,2024-01-02\n3,2024-01-03\n';
    const problems = check(text, schema([{ name: 'late' }]), { customChecks: { late } });
    assert.deepEqual(problems.map((problem) => [brief(problem), covered(text, problem), problem.severity, problem.fieldNumber]), [
      ['1 cohesive-columns-value -', 'siret,debut', 'error', undefined],
      ['4 sum-columns-value debut', '2,2024-01-02', 'warning', 2],
    ]);
  });

  it('an unknown custom check is reported once on the header, as a warning', () => {
    const text = 'siret,debut,fin\n1,,\n2,,\n';
    const problems = check(text, schema([{ name: 'geo-check-v2' }]), { customChecks: {} });
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.severity, problem.params.check, covered(text, problem)]), [
      ['1 custom-check-unsupported.unknown -', 'warning', 'geo-check-v2', 'siret,debut,fin'],
    ]);
    assert.equal(problemMessage(problems[0], 'fr'), "Le contrôle personnalisé « geo-check-v2 » du schéma n'est pas pris en charge : il n'est pas appliqué (les données ne sont pas en cause).");
  });

  it('unusable parameters (CustomCheckParamsError) are reported once with their reason', () => {
    const problems = check('siret,debut,fin\n1,,\n', schema([{ name: 'ordered', params: { column: 'debut' } }]), { customChecks: { ordered } });
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.params.fault, problem.params.param]), [['1 custom-check-unsupported.params -', 'missing', 'column2']]);
    assert.match(problemMessage(problems[0], 'en'), /has unusable parameters \(the parameter “column2” is missing\)/);
    assert.equal(
      problemMessage(problems[0], 'fr'),
      "Les paramètres du contrôle personnalisé « ordered » du schéma sont inutilisables (le paramètre « column2 » manque) : il n'est pas appliqué.",
    );
  });

  it('a check that throws while running is reported once and stops; the others go on', () => {
    let calls = 0;
    const fragile: CustomCheckFactory = () => ({
      checkRow() {
        calls++;
        throw new Error('boom');
      },
    });
    const text = 'siret,debut,fin\n1,2024-03-01,2024-02-01\n2,2024-03-01,2024-02-01\n';
    const problems = check(text, schema([{ name: 'fragile' }, { name: 'ordered', params: { column: 'debut', column2: 'fin' } }]), { customChecks: { fragile, ordered } });
    assert.equal(calls, 1);
    assert.deepEqual(problems.map(brief), ['1 custom-check-unsupported.crashed -', '2 compare-columns-value fin', '3 compare-columns-value fin']);
  });

  it('the Validata registry is used by default (french-siret-value)', () => {
    const text = 'siret,debut,fin\n73282932000074,,\n73282932000075,,\n';
    const problems = check(text, schema([{ name: 'french-siret-value', params: { column: 'siret' } }]));
    assert.deepEqual(problems.map(brief), ['3 french-siret-value.checksum siret']);
  });

  it('in a file without a header, an issue on the first row lands on that row, not on the header', () => {
    const text = 'x\n2,2024-01-01,2024-02-01\n';
    const problems = check(text, schema([{ name: 'one-of-required', params: { column1: 'debut', column2: 'fin' } }]), { validate: { dialect: { header: false } } });
    const custom = problems.filter((problem) => problem.code === 'one-of-required');
    assert.deepEqual(custom.map((problem) => [brief(problem), covered(text, problem)]), [['1 one-of-required fin', 'x']]);
  });

  it('compare-columns-value and sum-columns-value with only some of their columns in the file: one error on the header, never silence', () => {
    const text = 'siret,debut\n1,2024-01-01\n2,2024-03-01\n';
    const compare = check(text, schema([{ name: 'compare-columns-value', params: { column: 'debut', op: '<=', column2: 'fin' } }]));
    assert.deepEqual(compare.map((problem) => [brief(problem), problem.severity, covered(text, problem)]), [['1 compare-columns-value.missing-columns -', 'error', 'siret,debut']]);
    assert.equal(
      problemMessage(compare[0], 'fr'),
      "La comparaison de la colonne « debut » avec la colonne « fin » ne peut pas être vérifiée : le fichier n'a qu'une des deux (il manque « fin »). Les deux colonnes doivent être présentes, ou toutes deux absentes.",
    );
    const sum = check(text, schema([{ name: 'sum-columns-value', params: { column: 'siret', columns: ['debut', 'fin'] } }]));
    assert.deepEqual(sum.map((problem) => [brief(problem), problem.severity]), [['1 sum-columns-value.missing-columns -', 'error']]);
    assert.equal(
      problemMessage(sum[0], 'en'),
      'The check “siret” = debut + fin cannot be made: the column “fin” is missing from the file. The columns must be all present, or all absent.',
    );
    // None of their columns: the checks do not apply (Validata ignores them too).
    assert.deepEqual(check('siret\nx\n', schema([{ name: 'compare-columns-value', params: { column: 'debut', op: '<=', column2: 'fin' } }])), []);
  });
});
