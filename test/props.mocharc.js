// Mocha configuration of `npm run test:props`: every test file that uses fast-check, with each property at
// its full number of runs unless PROPS_RUNS says otherwise (see test/support/properties.ts). The two LSP
// files among them drive the built server: build first.
const fs = require('node:fs');
const path = require('node:path');

process.env.PROPS_RUNS ??= 'full';

const root = path.join(__dirname, '..');

function propertyFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : propertyFiles(file);
    return entry.name.endsWith('.test.ts') && /from 'fast-check'|propertyRuns\(/.test(fs.readFileSync(file, 'utf8')) ? [path.relative(root, file)] : [];
  });
}

module.exports = {
  ...JSON.parse(fs.readFileSync(path.join(root, '.mocharc.json'), 'utf8')),
  spec: propertyFiles(__dirname).sort(),
};
