// Bundles the extension-host test suite (test/e2e/suite) into dist/test/e2e/suite so VS Code can require() it:
// index.js (the entry the workbench loads) plus one file per *.e2e.ts, which mocha loads by name.
// `vscode` comes from the host and `mocha` from the project's node_modules, so both stay external.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = join(root, 'test/e2e/suite');
export const suiteOutDir = join(root, 'dist/test/e2e/suite');

export async function buildSuite() {
  const entryPoints = readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.e2e.ts'))
    .map((name) => join(suiteDir, name));
  await esbuild.build({
    entryPoints,
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });
  // Outputs are overwritten in place (another run in the same tree may be reading them); only the
  // bundles of test files that no longer exist are removed, so index.js does not run them.
  const expected = new Set(entryPoints.map((file) => basename(file).replace(/\.ts$/, '.js')));
  for (const name of readdirSync(suiteOutDir)) {
    if (name.endsWith('.js') && !expected.has(name)) rmSync(join(suiteOutDir, name), { force: true });
  }
  return join(suiteOutDir, 'index.js');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
