// Writes dist/cli-bundle.js.cache, the V8 code cache the CLI starts with (see server/src/cli/codeCacheLoader.ts):
// runs the built CLI once over the examples and a generated IRVE file with errors of every kind, so that
// the cache holds the bytecode of what a check runs. A cache V8 refuses later (another Node) costs nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeIrveFile } from './bench/generateIrve.mjs';

const cacheFile = 'dist/cli-bundle.js.cache';
const dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-cache-'));
try {
  const irve = path.join(dir, 'irve.csv');
  await writeIrveFile(3000, irve);
  rmSync(cacheFile, { force: true });
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples', irve, '--jobs', '1'], {
    env: { ...process.env, OPENDATA_LINT_MAKE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  if (run.status === 2 || run.error) throw new Error(`the CLI failed while writing its code cache (exit ${run.status})`);
  console.log(`code cache: ${cacheFile} (${(statSync(cacheFile).size / 1024).toFixed(0)} KB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
