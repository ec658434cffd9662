// Rough cost of the compiled Table Schema checks per cell (not a test: prints figures for notes).
// Usage: node -r ./test/register.js scripts/bench/schemaCellCost.ts [rows.csv] [schema.json]
// Default input: .cache/bench/irve-100000.csv (written by `npm run bench`) and the IRVE schema.
//
// Two figures, both in CPU time (best of several trials, so that other processes matter less):
// - the whole SchemaChecker (header mapping, cell checks, problems, table checks): validation with it
//   minus validation without it, per cell;
// - each field alone: scanning with `field.check(row.value(column))` in the row callback minus scanning
//   with `row.value(column)` only. Checks run row by row as in the pipeline, on text the scanner has just
//   read (column by column over kept strings would measure cache misses, not the checks).
import { readFileSync } from 'node:fs';
import { SchemaChecker } from '../../server/src/engine/checks/schemaChecker';
import { compileSchema } from '../../server/src/engine/schema/compile';
import { sniffDialect } from '../../server/src/engine/table/dialect';
import { CsvScanner, type RowView } from '../../server/src/engine/table/scanner';
import { validateText } from '../../server/src/engine/validate';

const file = process.argv[2] ?? '.cache/bench/irve-100000.csv';
const schemaFile = process.argv[3] ?? 'schemas/catalog/etalab/schema-irve-statique/2.3.1/schema.json';
const text = readFileSync(file, 'utf8');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const dialect = sniffDialect(text);

function cpuMs(run: () => void, trials: number): number {
  let best = Infinity;
  for (let trial = 0; trial < trials; trial++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// Whole checker.
let rows = 0;
let problems = 0;
const bare = cpuMs(() => {
  rows = validateText(text).rowCount;
}, 3);
const full = cpuMs(() => {
  problems = validateText(text, { checkers: [new SchemaChecker(compileSchema(schema))] }).problems.length;
}, 3);
const fieldCount = schema.fields.length;
console.log(`validation without schema ${bare.toFixed(0)} ms, with schema ${full.toFixed(0)} ms (${problems} problems, ${rows} rows)`);
console.log(`SchemaChecker: ${(((full - bare) * 1e6) / (rows * fieldCount)).toFixed(0)} ns per cell on average (${fieldCount} fields)`);

// Field by field, on the first rows.
const sampleRows = 20_000;
const compiled = compileSchema(schema);
let labels: string[] = [];
new CsvScanner(dialect).scan(text.slice(0, 100_000), 0, false, (row) => {
  if (row.index === 0) labels = Array.from({ length: row.cellCount }, (_, i) => row.value(i));
});
function scanRows(onRow: (row: RowView) => void): void {
  let seen = 0;
  const scanner = new CsvScanner(dialect);
  const sample = text.slice(0, Math.min(text.length, 600 * sampleRows));
  scanner.scan(sample, 0, true, (row) => {
    if (row.index === 0 || seen >= sampleRows) return;
    seen++;
    onRow(row);
  });
}
const lines: string[] = [];
let sum = 0;
for (const field of compiled.fields) {
  const column = labels.indexOf(field.name);
  if (column < 0) continue;
  let sink = 0;
  const read = () => scanRows((row) => (sink += column < row.cellCount ? row.value(column).length : 0));
  const check = () => scanRows((row) => (sink += column < row.cellCount && field.check(row.value(column)) ? 1 : 0));
  read();
  check();
  const ns = ((cpuMs(check, 5) - cpuMs(read, 5)) * 1e6) / sampleRows;
  sum += ns;
  lines.push(`${field.name.padEnd(24)} ${`${field.type}/${field.format}`.padEnd(18)} ${ns.toFixed(0).padStart(5)} ns${sink < 0 ? '' : ''}`);
}
console.log(lines.join('\n'));
console.log(`mean of the field checks: ${(sum / lines.length).toFixed(0)} ns per cell (the difference of two timings: noisy field by field)`);
