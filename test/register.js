// Lets mocha load TypeScript tests: esbuild transpiles each file on require (types are checked by `tsc`).
const { transformSync } = require('esbuild');
const fs = require('node:fs');
require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename });
  module._compile(code, filename);
};
