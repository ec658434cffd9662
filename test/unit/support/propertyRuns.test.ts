// Every fast-check property takes its number of runs and its seed from propertyRuns (test/support/properties.ts):
// a unit run keeps them quick, `npm run test:props` runs them in full, and a failure can be replayed by its seed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const testRoot = path.join(__dirname, '..', '..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

describe('property tests', () => {
  it('pass propertyRuns(…) to every fc.assert', () => {
    const unrouted: string[] = [];
    for (const file of testFiles(testRoot)) {
      const text = fs.readFileSync(file, 'utf8');
      const asserts = text.match(/\bfc\.assert\(/g)?.length ?? 0;
      const routed = text.match(/\bpropertyRuns\(/g)?.length ?? 0;
      if (asserts > routed) unrouted.push(`${path.relative(testRoot, file)}: ${asserts} fc.assert, ${routed} propertyRuns`);
    }
    assert.deepEqual(unrouted, []);
  });
});
