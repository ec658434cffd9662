#!/usr/bin/env node
// Command-line entry installed by npm: runs the bundled CLI (build first with `npm run build`).
require('../dist/cli.js');
