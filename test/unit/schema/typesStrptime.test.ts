// strptime patterns read as Validata reads them (CPython's datetime.strptime): agreement with values
// CPython parsed (test/fixtures/schema/strptime-cpython.json, generated once with CPython 3.11), and the
// allocation-free scanner against the regex form on random patterns and values.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { compileStrptime } from '../../../server/src/engine/schema/types/strptime';
import { newParts, type TemporalParts } from '../../../server/src/engine/schema/types/temporalParts';
import { propertyRuns } from '../../support/properties';

type Expected = [number, number, number, number, number, number, number, number | null] | null;
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/schema/strptime-cpython.json'), 'utf8')) as { cases: [string, string, Expected][] };

function partsList(parts: TemporalParts): Expected {
  const offset = parts.offsetMinutes === parts.offsetMinutes ? parts.offsetMinutes : null;
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.microsecond, offset];
}

describe('strptime patterns', () => {
  it(`agree with CPython on ${fixture.cases.length} values (valid and invalid)`, () => {
    const disagreements: string[] = [];
    for (const [pattern, value, expected] of fixture.cases) {
      const compiled = compileStrptime(pattern);
      assert.ok(compiled, pattern);
      const parts = newParts();
      const actual = compiled.parse(value, parts) ? partsList(parts) : null;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) disagreements.push(`${pattern} ${JSON.stringify(value)}: ${JSON.stringify(actual)} vs CPython ${JSON.stringify(expected)}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('the fixture holds both accepted and refused values for every pattern', () => {
    const byPattern = new Map<string, [number, number]>();
    for (const [pattern, , expected] of fixture.cases) {
      const counts = byPattern.get(pattern) ?? [0, 0];
      counts[expected ? 0 : 1]++;
      byPattern.set(pattern, counts);
    }
    for (const [pattern, [valid, invalid]] of byPattern) assert.ok(valid > 0 && invalid > 0, `${pattern}: ${valid} valid, ${invalid} invalid`);
  });

  it('only patterns with a variable-width number before a digit need the regex form', () => {
    assert.equal(compileStrptime('%d/%m/%Y')?.greedy, true);
    assert.equal(compileStrptime('%Y%m%d')?.greedy, false);
    assert.equal(compileStrptime('%H%M')?.greedy, false);
    assert.equal(compileStrptime('%m%y')?.greedy, false);
    assert.equal(compileStrptime('%y%m')?.greedy, true);
    assert.equal(compileStrptime('%Y%y')?.greedy, true);
    assert.equal(compileStrptime('%Q'), null);
    assert.equal(compileStrptime('abc%'), null);
  });

  it('formats samples for messages', () => {
    const sample: TemporalParts = { year: 2024, month: 3, day: 15, hour: 14, minute: 30, second: 0, microsecond: 0, offsetMinutes: NaN };
    assert.equal(compileStrptime('%d/%m/%Y')?.format(sample), '15/03/2024');
    assert.equal(compileStrptime('%Y-%m-%dT%H:%M:%SZ')?.format(sample), '2024-03-15T14:30:00Z');
    assert.equal(compileStrptime('%a %d %B %Y, %I:%M %p')?.format(sample), 'Fri 15 March 2024, 02:30 PM');
    assert.equal(compileStrptime('%Y-%j')?.format(sample), '2024-075');
  });

  it('the scanner and the regex form agree on random patterns and values', () => {
    const directive = fc.constantFrom('%Y', '%y', '%m', '%d', '%H', '%I', '%M', '%S', '%f', '%j', '%p', '%b', '%z', '%%');
    const literal = fc.constantFrom('/', '-', ':', ' ', 'T', '.', ',', 'h', 'Z');
    const pattern = fc.array(fc.oneof(directive, literal), { minLength: 1, maxLength: 7 }).map((parts) => parts.join(''));
    const valueChar = fc.constantFrom('0', '1', '2', '3', '5', '9', '/', '-', ':', ' ', 'T', '.', 'h', 'Z', '+', 'a', 'm', 'p', 'M', 'A', 'R', 'J', 'a', 'n', '%');
    const value = fc.array(valueChar, { maxLength: 16 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(pattern, value, (source, text) => {
        const compiled = compileStrptime(source);
        if (!compiled || !compiled.greedy) return true;
        const byScan = newParts();
        const byRegex = newParts();
        const scanned = compiled.parse(text, byScan);
        const matched = compiled.parseWithRegex(text, byRegex);
        assert.equal(scanned, matched, `${source} on ${JSON.stringify(text)}`);
        if (scanned) assert.deepEqual(partsList(byScan), partsList(byRegex), `${source} on ${JSON.stringify(text)}`);
        return true;
      }),
      propertyRuns(20000),
    );
  });

  it('the scanner and the regex form agree on values formatted from random instants', () => {
    const instant = fc.record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    const patterns = ['%d/%m/%Y', '%Y-%m-%d %H:%M:%S', '%d.%m.%y', '%I:%M %p', '%d %b %Y', '%Y-%j'].map((source) => compileStrptime(source)!);
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: patterns.length - 1 }), (at, index) => {
        const compiled = patterns[index];
        const text = compiled.format({ ...at, microsecond: 0, offsetMinutes: NaN });
        const byScan = newParts();
        const byRegex = newParts();
        assert.equal(compiled.parse(text, byScan), compiled.parseWithRegex(text, byRegex), `${compiled.source} ${text}`);
        assert.deepEqual(partsList(byScan), partsList(byRegex));
        return true;
      }),
      propertyRuns(5000),
    );
  });
});
