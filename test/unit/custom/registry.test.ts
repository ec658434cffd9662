// The registry of custom checks (old and new names), their problem codes, FR/EN messages for every
// variant the checks produce, and a docs entry per code.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { customCheckFactory, customCheckFactories } from '../../../server/src/engine/checks/custom';
import { customCheckCodes } from '../../../server/src/engine/problems/codes/customCheckCodes';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { problemCodeInfo } from '../../../server/src/engine/problems/catalog';
import { hasMessage, problemMessage } from '../../../server/src/i18n';
import { type ReportedIssue, runCheck } from './customCheckKit';

const zero = { offset: 0, line: 0, character: 0 };

function render(issue: ReportedIssue, locale: 'en' | 'fr'): string {
  const problem: Problem = { code: issue.code, severity: 'error', range: { start: zero, end: zero }, rowNumber: issue.rowNumber, fieldName: issue.fieldName, params: issue.params };
  return problemMessage(problem, locale);
}

/** At least one issue of every variant every check produces. */
function sampleIssues(): ReportedIssue[] {
  const single = (name: string, values: string[], params: Record<string, unknown> = {}) => runCheck(name, { column: 'c', ...params }, [['c'], ...values.map((v) => [v])]);
  return [
    ...single('siret', ['73282932000075', '7328293200007A', '7328293200007', '7.3282932E+13', '732829320', '5520813600014']),
    ...single('siren', ['552081318', '55208131A', '5520813', '5.52E+08', '55208136']),
    ...single('opening-hours-value', ['lundi 9h', 'Mo-Fr 8h-12h']),
    ...single('phone-number-value', ['abc', '01 23 45 67 8', '0262 12 34 56', '07 12 34 56 78']),
    ...runCheck('french-gps-coordinates', { column: 'c' }, [['c'], ['48.85, 2.35'], ['-0.12, 51.5']]),
    ...runCheck('one-of-required', { column1: 'a', column2: 'b' }, [['a', 'b'], ['', '']]),
    ...runCheck('one-of-required', { column1: 'a', column2: 'b' }, [['x'], ['']]),
    ...runCheck('cohesive-columns-value', { column: 'a', othercolumns: ['b'] }, [['a', 'b'], ['1', '']]),
    ...runCheck('cohesive-columns-value', { column: 'a', othercolumns: ['b'] }, [['a'], ['1']]),
    ...runCheck('compare-columns-value', { column: 'a', op: '>=', column2: 'b' }, [['a', 'b'], ['1', '2']]),
    ...runCheck('compare-columns-value', { column: 'a', op: '>=', column2: 'b' }, [['a', 'b'], ['2024-01-01', 'x']], { fields: [{ name: 'a', type: 'date' }] }),
    ...runCheck('sum-columns-value', { column: 't', columns: ['a', 'b'] }, [['t', 'a', 'b'], ['3', '1', '1'], ['3', '1', 'x']]),
    ...single('year-interval-value', ['2024', '2024/2024', '2025/2023']),
    ...single('year-interval-value', ['24'], { 'allow-year-only': 'yes' }),
    ...single('nomenclature-actes-value', ['Urbanisme', 'Voirie/Travaux', 'Urbanisme / Permis']),
  ];
}

describe('custom checks registry', () => {
  it('registers every check under its historical and its current Validata name', () => {
    for (const name of ['french-siret-value', 'siret', 'french-siren-value', 'siren', 'nomenclature-actes-value', 'nomenclature-acte', 'opening-hours-value', 'phone-number-value', 'french-gps-coordinates', 'one-of-required', 'cohesive-columns-value', 'compare-columns-value', 'sum-columns-value', 'year-interval-value']) {
      assert.equal(typeof customCheckFactories[name], 'function', name);
    }
    assert.equal(customCheckFactories.siret, customCheckFactories['french-siret-value']);
    assert.equal(customCheckFactories.siren, customCheckFactories['french-siren-value']);
    assert.equal(customCheckFactories['nomenclature-acte'], customCheckFactories['nomenclature-actes-value']);
    assert.equal(customCheckFactory('toString'), undefined);
    assert.equal(customCheckFactory('no-such-check'), undefined);
  });

  it('declares every code in the problem code registry, with a message in both languages and a docs entry', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../../docs/problems/custom-checks.md'), 'utf8');
    for (const code of Object.keys(customCheckCodes)) {
      assert.ok(problemCodeInfo(code), code);
      assert.ok(hasMessage(code), code);
      assert.match(docs, new RegExp(`^## ${code}$`, 'm'), code);
    }
  });

  it('renders every variant the checks produce, in French and English, with all placeholders filled', () => {
    const issues = sampleIssues();
    const variants = new Set(issues.map((i) => `${i.code}.${i.params.variant ?? ''}`));
    assert.ok(variants.size >= 30, `only ${variants.size} variants sampled`);
    for (const issue of issues) {
      assert.ok(issue.code in customCheckCodes, issue.code);
      const variant = issue.params.variant;
      if (typeof variant === 'string' && !['checksum', 'invalid'].includes(variant)) {
        assert.ok(hasMessage(`${issue.code}.${variant}`), `no message for ${issue.code}.${variant}`);
      }
      for (const locale of ['en', 'fr'] as const) {
        const text = render(issue, locale);
        assert.doesNotMatch(text, /\{\w+\}|undefined/, `${issue.code}.${variant} (${locale}): ${text}`);
      }
    }
  });

  it('speaks French with Validata’s wording', () => {
    const [siret] = runCheck('siret', { column: 'c' }, [['c'], ['73282932000075']]);
    assert.match(render(siret, 'fr'), /n'est pas un numéro SIRET français valide/);
    const [swap] = runCheck('french-gps-coordinates', { column: 'c' }, [['c'], ['48.85, 2.35']]);
    assert.match(render(swap, 'fr'), /coordonnées GPS françaises inversées/);
    const [cmp] = runCheck('compare-columns-value', { column: 'a', op: '>=', column2: 'b' }, [['a', 'b'], ['1', '2']]);
    assert.match(render(cmp, 'fr'), /devrait être supérieure ou égale à la valeur de la colonne « b »/);
  });
});
