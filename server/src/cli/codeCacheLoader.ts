// The CLI's entry (dist/cli.js): runs the CLI bundle (dist/cli-bundle.js) with V8's code cache, so that a
// run — and each worker thread it starts — skips compiling the 1.6 MB bundle and the functions a check
// uses (≈ 50 ms of every start on the machine the cache was made on).
//
// The cache (dist/cli-bundle.js.cache) is written by `npm run build` (scripts/build-code-cache.mjs) from a
// run over the examples. V8 refuses a cache made by another V8 version or with other flags: the bundle is
// then compiled as usual. Node 22's module.enableCompileCache does this by itself; Node 20 has no such switch.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

const bundle = path.join(__dirname, 'cli-bundle.js');
const cacheFile = `${bundle}.cache`;
/** Set by the build: write the cache when this run ends (it then holds every function the run compiled). */
const makeCache = process.env.OPENDATA_LINT_MAKE_CODE_CACHE === '1' && isMainThread;

function readCache(): Buffer | undefined {
  if (makeCache) return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: readCache() });
if (makeCache) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));

const bundleModule = new Module(bundle, module);
bundleModule.filename = bundle;
bundleModule.loaded = true;
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
run.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, __dirname);
