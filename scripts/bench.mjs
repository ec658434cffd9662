// `npm run bench`: measures the CLI on generated IRVE files against the `tableschema` reference.
// Prints wall time (median of runs), peak memory and error counts. Not a test: figures go in notes.
// Options: --sizes 10000,100000,500000   --runs 3   --no-reference   --only cli|lsp|folder|editor|json
//          editor (the editor's real sequence, scripts/bench/editor.mjs): --server <dist/server.js> --label <name>
//          --bursts 40 --seed 16 --no-requests --cpu-prof; sizes default to 100000,500000 and runs to 2 there;
//          `node scripts/bench/editor.mjs --compare a.json b.json` compares two result files
//          --jobs 1 (the CLI on one thread: a folder of files is otherwise checked on every core)
//          json (a DECP typed in, scripts/bench/jsonEditor.mjs): --json-sizes 5,40 (MB) --bursts 12
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { writeIrveFile } from './bench/generateIrve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '10000,100000,500000').split(',').map(Number);
const runs = Number(option('--runs', '3'));
const withReference = !args.includes('--no-reference');
const only = option('--only', 'all');
const jobs = option('--jobs', undefined);

const benchDir = '.cache/bench';
mkdirSync(benchDir, { recursive: true });
const schemaRef = 'etalab/schema-irve-statique@2.3.1';
const schemaFile = 'schemas/catalog/etalab/schema-irve-statique/2.3.1/schema.json';

async function ensureFile(rows) {
  const file = path.join(benchDir, `irve-${rows}.csv`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${file}… `);
    await writeIrveFile(rows, file);
    process.stdout.write('done\n');
  }
  return file;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function runCli(file, schema) {
  const cliArgs = ['-r', './scripts/bench/reportRss.cjs', 'dist/cli.js', 'check', file, '--quiet'];
  if (schema) cliArgs.push('--schema', schema);
  if (jobs) cliArgs.push('--jobs', jobs);
  const started = performance.now();
  const result = spawnSync(process.execPath, cliArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/@@maxrss ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN);
  const cpu = Number(/@@cpu ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN);
  const errors = Number(/: (\d+) errors?(?:\(s\))?[, ]/.exec(result.stdout)?.[1] ?? (/no problems/.test(result.stdout) ? 0 : NaN));
  if (result.status === 2) throw new Error(`CLI failed: ${result.stderr}`);
  return { seconds, cpu, rss, errors, lines: result.stdout.split('\n').filter((l) => / error (type|constraint)-error /.test(l)).length };
}

function cliSupportsSchema() {
  const result = spawnSync(process.execPath, ['dist/cli.js', 'check', 'test/fixtures/cli/clean.csv', '--schema', schemaRef], { encoding: 'utf8' });
  return result.status !== 2;
}

const table = [];
if (only === 'all' || only === 'cli') {
  const schema = cliSupportsSchema() ? schemaRef : undefined;
  if (!schema) console.log('note: this build has no --schema support yet; measuring structural checks only');
  for (const rows of sizes) {
    const file = await ensureFile(rows);
    const mb = statSync(file).size / 1e6;
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(runCli(file, schema));
    const ours = { seconds: median(samples.map((s) => s.seconds)), cpu: median(samples.map((s) => s.cpu)), rss: Math.max(...samples.map((s) => s.rss)), errors: samples[0].errors };
    let reference;
    if (withReference && existsSync(schemaFile) && rows <= 100000) {
      const r = spawnSync(process.execPath, ['scripts/bench/tableschemaReference.mjs', file, schemaFile], { encoding: 'utf8' });
      reference = r.status === 0 ? JSON.parse(r.stdout) : undefined;
    }
    table.push({
      rows,
      'size MB': mb.toFixed(1),
      'ours s': ours.seconds.toFixed(3),
      'ours cpu s': ours.cpu.toFixed(2),
      'ours peak MB': ours.rss.toFixed(0),
      'ours errors': ours.errors,
      'tableschema s': reference ? reference.seconds.toFixed(2) : '-',
      'tableschema cell errors': reference ? reference.cellErrors : '-',
      'speed-up': reference ? `${(reference.seconds / ours.seconds).toFixed(1)}×` : '-',
    });
  }
  console.log(
    `\nCLI: opendata-lint check ${schema ? `--schema ${schema}` : '(structural checks only)'}${jobs ? ` --jobs ${jobs}` : ''} (median of ${runs} runs, ${process.platform} ${process.arch}, node ${process.version})`,
  );
  console.table(table);
}

if ((only === 'all' || only === 'lsp') && existsSync('scripts/bench/lsp.mjs')) {
  await import('./bench/lsp.mjs').then((m) => m.runLspBench({ sizes, ensureFile }));
}

if (only === 'all' || only === 'editor') {
  const { editorBenchOptions, runEditorBench } = await import('./bench/editor.mjs');
  await runEditorBench(editorBenchOptions(args, { sizes: [100000, 500000], runs: 2 }));
}

if (only === 'all' || only === 'json') {
  const { jsonBenchOptions, runJsonBench } = await import('./bench/jsonEditor.mjs');
  await runJsonBench(jsonBenchOptions(args));
}

if ((only === 'all' || only === 'folder') && existsSync('scripts/bench/folder.mjs')) {
  await import('./bench/folder.mjs').then((m) => m.runFolderBench({ runs }));
}
