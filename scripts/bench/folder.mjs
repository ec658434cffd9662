// Benchmark (not a test): `opendata-lint check` on a folder of 200 IRVE files totalling 1M rows, on one
// thread and on all cores. Prints files/s, rows/s, CPU time (all threads) and CPU time over wall time
// (≈ cores kept busy: on a machine busy with other work it stays low whatever the tool does), peak
// memory. Files are generated once into .cache/bench/folder-<files>x<rows>/ with irveRows.
// Usage: node scripts/bench/folder.mjs [--files 200] [--rows 5000] [--runs 3]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { irveRows } from './generateIrve.mjs';

const schemaRef = 'etalab/schema-irve-statique@2.3.1';

async function writeRows(file, rows, seed) {
  const out = createWriteStream(file);
  let buffer = '';
  for (const line of irveRows(rows, seed)) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve) => out.on('finish', resolve));
}

async function ensureFolder(files, rows) {
  const dir = path.join('.cache', 'bench', `folder-${files}x${rows}`);
  mkdirSync(dir, { recursive: true });
  const present = readdirSync(dir).filter((name) => name.endsWith('.csv')).length;
  if (present !== files) {
    process.stdout.write(`generating ${files} files of ${rows} rows in ${dir}… `);
    // A different seed per file: different values and errors, same shape.
    for (let i = 0; i < files; i++) await writeRows(path.join(dir, `irve-${String(i).padStart(3, '0')}.csv`), rows, 1000 + i);
    process.stdout.write('done\n');
  }
  return dir;
}

/** Preloaded into the measured process: prints its CPU time (all threads) and peak memory at exit. */
function usageProbe() {
  const probe = path.join('.cache', 'bench', 'reportUsage.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => { const cpu = process.cpuUsage(); process.stderr.write(`\\n@@usage ${(cpu.user + cpu.system) / 1e6} ${process.resourceUsage().maxRSS / 1024}\\n`); });\n",
  );
  return probe;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(probe, args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-r', `./${probe}`, 'dist/cli.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - started) / 1000;
  if (result.status === 2) throw new Error(`CLI failed: ${result.stderr}`);
  const [, cpu, rss] = /@@usage ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? [];
  return { wall, cpu: Number(cpu), rss: Number(rss) };
}

export async function runFolderBench({ files = 200, rows = 5000, runs = 3 } = {}) {
  const dir = await ensureFolder(files, rows);
  const probe = usageProbe();
  const base = ['check', dir, '--schema', schemaRef];
  const variants = [
    { name: 'text, 1 thread (--jobs 1)', args: [...base, '--jobs', '1'] },
    { name: `text, all cores (${availableParallelism()})`, args: base },
    {
      name: 'CI: github + sarif + markdown, all cores',
      args: [...base, '--format', 'github', '--format', `sarif=${path.join('.cache', 'bench', 'folder.sarif')}`, '--format', `markdown=${path.join('.cache', 'bench', 'folder.md')}`],
    },
  ];
  const table = [];
  for (const variant of variants) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(measure(probe, variant.args));
    const wall = median(samples.map((s) => s.wall));
    const cpu = median(samples.map((s) => s.cpu));
    table.push({
      run: variant.name,
      'wall s': wall.toFixed(2),
      'cpu s': cpu.toFixed(2),
      'files/s': (files / wall).toFixed(1),
      'rows/s': Math.round((files * rows) / wall).toLocaleString('en-US'),
      'cores used (cpu/wall)': (cpu / wall).toFixed(2),
      'peak MB': Math.max(...samples.map((s) => s.rss)).toFixed(0),
    });
  }
  console.log(`\nFolder: ${files} IRVE files × ${rows} rows = ${(files * rows).toLocaleString('en-US')} rows, --schema ${schemaRef} (median of ${runs} runs, ${process.platform} ${process.arch}, node ${process.version}, ${availableParallelism()} cores available)`);
  console.table(table);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  await runFolderBench({ files: option('--files', 200), rows: option('--rows', 5000), runs: option('--runs', 3) });
}
