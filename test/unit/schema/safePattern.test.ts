import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { compileSafePattern, compileWholePattern } from '../../../server/src/engine/schema/safePattern';
import { propertyRuns } from '../../support/properties';

const catalog = path.resolve(__dirname, '..', '..', '..', 'schemas', 'catalog');

function catalogPatterns(): { pattern: string; examples: string[] }[] {
  const found = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name === 'schema.json') {
        const schema = JSON.parse(readFileSync(file, 'utf8')) as { fields?: { constraints?: { pattern?: unknown }; example?: unknown; examples?: unknown }[] };
        for (const field of schema.fields ?? []) {
          const pattern = field.constraints?.pattern;
          if (typeof pattern !== 'string') continue;
          const examples = [field.example, ...(Array.isArray(field.examples) ? field.examples : [field.examples])].filter((value): value is string => typeof value === 'string');
          found.set(pattern, [...(found.get(pattern) ?? []), ...examples]);
        }
      }
    }
  };
  walk(catalog);
  return [...found].map(([pattern, examples]) => ({ pattern, examples }));
}

describe('safePattern: bounded-time patterns with JavaScript semantics', () => {
  it('every pattern of the catalog compiles, and the linear engine agrees with JavaScript on its examples, spoiled or not', () => {
    const patterns = catalogPatterns();
    assert.ok(patterns.length > 50, String(patterns.length));
    for (const { pattern, examples } of patterns) {
      const safe = compileSafePattern(pattern);
      assert.ok(safe, pattern);
      if (safe.engine !== 'linear') continue;
      const native = compileWholePattern(pattern)!;
      // Examples are short: the native engine is safe on them.
      for (const example of examples.filter((value) => value.length <= 80)) {
        for (const value of [example, example + ' ', example.slice(1), example + '|' + example, example + ';' + example]) {
          assert.equal(safe.test(value), native.test(value), `${pattern} on ${JSON.stringify(value)}`);
        }
      }
    }
  });

  it('the linear engine agrees with JavaScript on random short values (property)', () => {
    const risky = [
      '(a|ab)*b?',
      '^(a+)+$',
      '(?:\\w+\\s?)+',
      '(?:[a-c]|\\.)+\\.?',
      '(x|)(?:y|x|xy)*',
      '[^a]+(?:a[^a]*)*',
      '(?:(?:^|;\\s?)(a|b|ab))+$',
      '(?:.\\.?)+',
      '(?:\\d{1,2}[-/]?)+',
    ];
    for (const pattern of risky) {
      const safe = compileSafePattern(pattern)!;
      assert.equal(safe.engine, 'linear', pattern);
      const native = compileWholePattern(pattern)!;
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'y', '.', ';', ' ', '\u00a0', '\n', '\r', '1', '-', 'é'), maxLength: 12 }), (value) => {
          assert.equal(safe.test(value), native.test(value), `${pattern} on ${JSON.stringify(value)}`);
        }),
        propertyRuns(300),
      );
    }
  });

  it('keeps the classic catastrophic shapes away from the native engine, and judges them at once', () => {
    const classics: [string, string][] = [
      ['(a|a)+', 'a'.repeat(40) + '!'],
      ['(a|aa)+', 'a'.repeat(60) + '!'],
      ['(aa?)+', 'a'.repeat(60) + '!'],
      ['(a?){30}a{30}', 'a'.repeat(30)],
      ['(\\w+)*', 'a'.repeat(40) + '!'],
      ['(.*a){12}', 'a'.repeat(40)],
      ['a*a*a*a*a*b', 'a'.repeat(3000)],
      ['\\d{1,5000}\\d{1,5000}', '1'.repeat(5000) + 'x'],
      ['(?:a{1,10}){1,10}b', 'a'.repeat(60)],
      ['^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$', 'a'.repeat(50) + '!'],
    ];
    for (const [pattern, hostile] of classics) {
      const safe = compileSafePattern(pattern)!;
      assert.notEqual(safe.engine, 'native', pattern);
      const start = performance.now();
      const verdict = safe.test(hostile);
      assert.ok(performance.now() - start < 1_000, pattern);
      if (safe.engine === 'linear') assert.equal(typeof verdict, 'boolean', pattern);
    }
    assert.equal(compileSafePattern('(a?){30}a{30}')!.test('a'.repeat(30)), true);
    assert.equal(compileSafePattern('(.*a){12}')!.test('a'.repeat(40)), true);
    assert.equal(compileSafePattern('a*a*a*a*a*b')!.test('a'.repeat(3000)), false);
  });

  it('bounds a back-reference with RE2: outside the superset refused, inside the subset accepted, without the native engine', () => {
    const list = compileSafePattern('(?:(?:^|\\|)([A-Z]\\d[a-z]|)\\1+[A-Z]\\d[a-z])+$')!;
    assert.equal(list.engine, 'guarded');
    assert.deepEqual(['A1b', 'A1b|C2d', 'A1bA1bC2d', 'A1b|', 'a1b', 'A1b' + '|A1b'.repeat(300) + '!'].map((value) => list.test(value)), [true, true, true, false, false, false]);
    const look = compileSafePattern('(?=\\d{3}$)(\\d+)+')!;
    assert.equal(look.engine, 'guarded');
    assert.deepEqual(['123', '1234', '12', '1'.repeat(40) + 'x'].map((value) => look.test(value)), [true, false, false, false]);
  });

  it('keeps the whole-value, code-point semantics of the native compilation', () => {
    const emoji = compileSafePattern('(?:.{1,2})+')!;
    assert.equal(emoji.test('😀'), compileWholePattern('(?:.{1,2})+')!.test('😀'));
    const python = compileSafePattern('(?:[A-Z\\_]+\\-?)+')!; // not valid with the `u` flag: identity escapes
    assert.ok(python);
    assert.deepEqual(['AB_-C', 'ab'].map((value) => python.test(value)), [true, false]);
  });
});
