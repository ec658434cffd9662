// Builds every bundle of the extension with one options object each: client, server, cli (and the
// map webview once it exists). `--watch` is the only switch. The LGPL `opening_hours` library stays
// a separate, unmodified module: it is marked external and copied as is into dist/vendor.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Modules that must never be inlined into our bundles. */
const separateModules = ['opening_hours'];

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
  platform: 'node',
  format: 'cjs',
  // jsonc-parser's `main` is a UMD build that requires its own files at run time, which a bundle does not
  // hold: take its ES module build, which esbuild inlines.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // ESM-only dependencies (fdir via tinyglobby) read import.meta.url, which a CJS bundle lacks: give it one.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl', __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode', ...separateModules] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', external: separateModules },
  // The language server infers schemas on a thread of its own (server/src/lsp/inferWorker.ts).
  { ...common, entryPoints: ['server/src/lsp/inferWorker.ts'], outfile: 'dist/inferWorker.js', external: separateModules },
  // … and checks big JSON datasets on another (server/src/lsp/jsonWorker.ts).
  { ...common, entryPoints: ['server/src/lsp/jsonWorker.ts'], outfile: 'dist/jsonWorker.js', external: separateModules },
  // dist/cli.js only loads dist/cli-bundle.js with V8's code cache (see server/src/cli/codeCacheLoader.ts).
  { ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli-bundle.js', external: separateModules },
  { ...common, entryPoints: ['server/src/cli/codeCacheLoader.ts'], outfile: 'dist/cli.js', banner: {}, define: {} },
];
if (existsSync('client/src/webview/map.ts')) {
  bundles.push({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['client/src/webview/map.ts'],
    outfile: 'dist/webview/map.js',
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    // The page is no CommonJS module: no require() banner, no import.meta shim.
    banner: {},
    define: { __VERSION__: common.define.__VERSION__ },
  });
}

/** Copies separately licensed modules verbatim to dist/vendor/node_modules so the bundles resolve them. */
function copyVendoredModules() {
  const target = 'dist/node_modules';
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of ['opening_hours', 'i18next', 'suncalc']) {
    const from = `node_modules/${name}`;
    if (existsSync(from)) cpSync(from, `${target}/${name}`, { recursive: true });
  }
}

copyVendoredModules();
if (watch) {
  for (const options of bundles) (await esbuild.context(options)).watch();
} else {
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}
