// Measures JSON datasets (issue #17): writes a big DECP 2.0.2 file (the catalog's example contract repeated
// with new ids, one contract a line as DECP exports write them: 40,000 contracts ≈ 48 MB) valid, and a copy with an error in every 10th contract, into
// .cache/bench/; then times the built CLI on each (wall time and peak RSS, from /usr/bin/time) and the
// engine's steps in process (parse, plan, compile, validate, the one pass that finds ranges, problems).
// Not a test: figures go in docs/bench.md.
//   npm run build && node -r ./test/register.js scripts/bench/jsonDecp.ts [--contracts 40000] [--every 10] [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkJsonDataset } from '../../server/src/engine/json/jsonDataset';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const contracts = Number(option('--contracts', '40000'));
/** Every how many contracts one has an error (`--every 1`: all of them). */
const every = Number(option('--every', '10'));
const runs = Number(option('--runs', '3'));
const dir = '.cache/bench';
mkdirSync(dir, { recursive: true });

const example = JSON.parse(readFileSync('test/fixtures/json/decp-2.0.2-valid.json', 'utf8')) as { marches: { marche: Record<string, unknown>[] } };
const model = example.marches.marche[0];

/** The example contract with a new id; every `errorEvery`th gets a misspelt `ccag` (one enum error each). */
function writeDecp(file: string, errorEvery: number): void {
  const marche = Array.from({ length: contracts }, (_, i) => ({ ...model, id: `2024-${String(i).padStart(6, '0')}`, ...(errorEvery && i % errorEvery === 0 ? { ccag: 'travaux' } : {}) }));
  writeFileSync(file, `{"marches": {"marche": [\n${marche.map((m) => JSON.stringify(m)).join(',\n')}\n]}}\n`);
}

const valid = path.join(dir, `decp-${contracts}-lines.json`);
const errors = path.join(dir, `decp-${contracts}-lines-errors-${every}.json`);
if (!existsSync(valid)) writeDecp(valid, 0);
if (!existsSync(errors)) writeDecp(errors, every);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

for (const file of [valid, errors]) {
  const mb = statSync(file).size / 1e6;
  const walls: number[] = [];
  const rss: number[] = [];
  let problems = '';
  for (let run = 0; run < runs; run++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'dist/cli.js', 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const [wall, kb] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    walls.push(wall);
    rss.push(kb / 1024);
    const report = JSON.parse(result.stdout) as { files: { counts: { errors: number } }[] };
    problems = `${report.files[0].counts.errors} errors, exit ${String(result.status)}`;
  }
  const text = readFileSync(file, 'utf8');
  const steps: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    const report = checkJsonDataset({ text, path: file, detect: true });
    // The schema is compiled once per process: its first compile is what a CLI run pays.
    for (const [step, ms] of Object.entries(report.timing ?? {})) if (step !== 'compileMs' || ms > 0) (steps[step] ??= []).push(ms);
  }
  const stepText = Object.entries(steps)
    .map(([step, ms]) => `${step.replace(/Ms$/, '')} ${Math.round(median(ms))} ms`)
    .join(', ');
  console.log(`${path.basename(file)} (${mb.toFixed(1)} MB, ${contracts} contracts): CLI ${median(walls).toFixed(2)} s, peak RSS ${Math.round(median(rss))} MB (${problems}); in process: ${stepText}`);
}
