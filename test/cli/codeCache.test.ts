// The CLI starts from V8's code cache written by the build (dist/cli.js loads dist/cli-bundle.js with it):
// the cache must exist and be accepted by the Node that built it, and a refused cache must change nothing.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'dist/cli-bundle.js');

describe('CLI code cache', () => {
  it('is written by the build and accepted by this Node', () => {
    assert.ok(existsSync(`${bundle}.cache`), 'npm run build writes dist/cli-bundle.js.cache');
    const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: readFileSync(`${bundle}.cache`) });
    assert.equal(script.cachedDataRejected, false, 'the cache is not the bundle’s: `npm run package` (test:e2e runs it) rebuilt dist/ without one; npm run build');
  });

  it('gives the same report when V8 refuses it (other flags)', () => {
    const args = [path.join(root, 'dist/cli.js'), 'check', path.join(root, 'examples/irve-statique-valide.csv'), path.join(root, 'examples/lieux-covoiturage-invalide.csv')];
    const run = (flags: string[]): string => {
      try {
        return execFileSync(process.execPath, [...flags, ...args], { cwd: root, encoding: 'utf8' });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const cached = run([]);
    assert.match(cached, /lieux-covoiturage-invalide\.csv:\d+:\d+ error opening-hours-value/);
    assert.equal(run(['--max-semi-space-size=24']), cached);
  });
});
