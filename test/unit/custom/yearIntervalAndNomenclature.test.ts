// year-interval-value and nomenclature-actes-value (nomenclature-acte), SCDL deliberations' checks.
import { strict as assert } from 'node:assert';
import { judgeValues, runCheck } from './customCheckKit';

describe('custom check year-interval-value', () => {
  it('accepts AAAA/AAAA with a later second year', () => {
    const verdicts = judgeValues('year-interval-value', ['2023/2024', '2019/2025', '2024', '2024/2024', '2025/2023', '2023-2024']);
    assert.equal(verdicts.get('2023/2024'), undefined);
    assert.equal(verdicts.get('2019/2025'), undefined);
    assert.equal(verdicts.get('2024')?.params.variant, 'format');
    assert.equal(verdicts.get('2024/2024')?.params.variant, 'same-years');
    const order = verdicts.get('2025/2023');
    assert.deepEqual([order?.code, order?.params.variant, order?.params.suggestion], ['year-interval-value', 'order', '2023/2025']);
    assert.equal(verdicts.get('2023-2024')?.params.variant, 'format');
  });

  it('accepts a single year with allow-year-only "yes" (or "true", or true)', () => {
    for (const flag of ['yes', 'true', true]) {
      const verdicts = judgeValues('year-interval-value', ['2024', '2023/2024', '24', '2024/2024'], { 'allow-year-only': flag });
      assert.equal(verdicts.get('2024'), undefined);
      assert.equal(verdicts.get('2023/2024'), undefined);
      assert.equal(verdicts.get('24')?.params.variant, 'format-or-year');
      assert.equal(verdicts.get('2024/2024')?.params.suggestion, '2024');
    }
    assert.equal(judgeValues('year-interval-value', ['2024'], { 'allow-year-only': 'no' }).get('2024')?.params.variant, 'format');
  });

  it('skips empty cells and absent columns', () => {
    assert.deepEqual(runCheck('year-interval-value', { column: 'BUDGET_ANNEE' }, [['BUDGET_ANNEE'], ['']]), []);
    assert.deepEqual(runCheck('year-interval-value', { column: 'BUDGET_ANNEE' }, [['X'], ['nope']]), []);
  });
});

describe('custom check nomenclature-actes-value (nomenclature-acte)', () => {
  it('accepts the nine headings followed by a slash, whatever the case and accents', () => {
    const values = ['Urbanisme/Permis de construire', 'Finances locales/Subventions', 'LIBERTES PUBLIQUES ET POUVOIRS DE POLICE/Police municipale', 'domaines de competences par themes/Culture', 'Commande publique/'];
    for (const [value, issue] of judgeValues('nomenclature-actes-value', values)) assert.equal(issue, undefined, value);
  });

  it('reports a missing slash, an unknown heading, and spaces around the slash with a fix', () => {
    const verdicts = judgeValues('nomenclature-acte', ['Urbanisme', 'Voirie/Travaux', 'Urbanisme / Permis', 'Urbanisme/ Permis', 'Urbanisme/Droit/ divers']);
    assert.equal(verdicts.get('Urbanisme')?.params.variant, 'missing-slash');
    assert.deepEqual([verdicts.get('Voirie/Travaux')?.params.variant, verdicts.get('Voirie/Travaux')?.params.prefix], ['unknown-prefix', 'Voirie']);
    assert.deepEqual([verdicts.get('Urbanisme / Permis')?.params.variant, verdicts.get('Urbanisme / Permis')?.params.suggestion], ['extra-space', 'Urbanisme/Permis']);
    assert.equal(verdicts.get('Urbanisme/ Permis')?.params.suggestion, 'Urbanisme/Permis');
    assert.equal(verdicts.get('Urbanisme/Droit/ divers')?.params.suggestion, 'Urbanisme/Droit/divers');
    assert.equal(verdicts.get('Urbanisme')?.code, 'nomenclature-actes-value');
  });
});
