// Reference run for the benchmark: validates a CSV with `tableschema` (the Frictionless JavaScript
// library) and prints JSON { rows, cellErrors, seconds, maxRssMb } on stdout.
// Usage: node scripts/bench/tableschemaReference.mjs <file.csv> <schema.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Table, Schema } = require('tableschema');

const [file, schemaPath] = process.argv.slice(2);
const started = performance.now();
const schema = await Schema.load(JSON.parse(readFileSync(schemaPath, 'utf8')));
const table = await Table.load(file, { schema });
const stream = await table.iter({ forceCast: true, stream: true });
let rows = 0;
let cellErrors = 0;
await new Promise((resolve, reject) => {
  stream.on('data', (row) => {
    rows++;
    if (row instanceof Error) cellErrors += row.errors ? row.errors.length : 1;
  });
  stream.on('end', resolve);
  stream.on('error', reject);
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ rows, cellErrors, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
