// Every problem code is declared once, phrased in English and French, and documented in docs/problems.md
// (the page diagnostics link to). Fails when an area adds a code and forgets a message or its doc entry.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allProblemCodes, isProblemCode, problemDocUrl } from '../../../server/src/engine/problems/catalog';
import { hasMessage, messageKeys, problemMessage, t } from '../../../server/src/i18n';
import { makeProblem } from '../../../server/src/engine/problems/makeProblem';

const root = path.resolve(__dirname, '../../..');

describe('problem catalog: codes, messages, docs', () => {
  const codes = allProblemCodes();

  it('declares the codes of every area', () => {
    for (const code of ['blank-label', 'type-error', 'constraint-error', 'missing-label', 'french-siret-value', 'schema-detected']) {
      assert.ok(isProblemCode(code) && codes.includes(code), code);
    }
  });

  it('names every code in lower-case ASCII words joined by hyphens (problems sort by code unit, with no collator)', () => {
    assert.deepEqual(
      codes.filter((code) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(code)),
      [],
    );
  });

  it('has a message for every code (itself or one of its variants)', () => {
    const keys = messageKeys();
    const missing = codes.filter((code) => !hasMessage(code) && !keys.some((key) => key.startsWith(`${code}.`)));
    assert.deepEqual(missing, []);
  });

  it('phrases every message in both languages, with no empty text', () => {
    for (const key of messageKeys()) {
      for (const locale of ['en', 'fr'] as const) {
        const text = t(key, locale, {});
        assert.ok(typeof text === 'string' && text.trim().length > 0, `${key} (${locale})`);
      }
    }
  });

  it('shows a huge value by its start in a message (a quoted cell of megabytes), saying how much is left out', () => {
    const zero = { offset: 0, line: 0, character: 0 };
    const value = `${'x'.repeat(200)}${'y'.repeat(3_000_000)}`;
    const problem = makeProblem('type-error', { start: zero, end: zero }, { variant: 'integer', value, fieldType: 'integer' }, { rowNumber: 2, fieldNumber: 1, fieldName: 'id' });
    const en = problemMessage(problem, 'en');
    const fr = problemMessage(problem, 'fr');
    assert.ok(en.length < 1000 && fr.length < 1000, `${en.length} / ${fr.length} characters`);
    assert.ok(en.includes(`“${'x'.repeat(200)}… (3,000,000 more characters)”`), en);
    assert.ok(fr.includes(`« ${'x'.repeat(200)}… (3\u202f000\u202f000 caractères de plus) »`) || fr.includes(`« ${'x'.repeat(200)}… (3 000 000 caractères de plus) »`), fr);
    // A value of ordinary length is shown whole.
    const short = makeProblem('type-error', { start: zero, end: zero }, { variant: 'integer', value: 'douze', fieldType: 'integer' }, { rowNumber: 2 });
    assert.ok(problemMessage(short, 'en').includes('“douze”'));
  });

  it('documents every code in docs/problems.md, generated from docs/problems/*.md', () => {
    execFileSync(process.execPath, ['scripts/build-docs.mjs'], { cwd: root });
    const docs = readFileSync(path.join(root, 'docs/problems.md'), 'utf8');
    const headings = new Set([...docs.matchAll(/^## (\S+)\s*$/gm)].map((m) => m[1]));
    assert.deepEqual(codes.filter((code) => !headings.has(code)), []);
    for (const code of codes) assert.ok(problemDocUrl(code).endsWith(`docs/problems.md#${code}`));
  });
});
