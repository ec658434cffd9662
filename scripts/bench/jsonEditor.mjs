// JSON datasets in the editor (issue #17): a DECP of 5 and 40 MB (scripts/bench/makeDecp.mjs, files in
// .cache/bench) opened in a cold built language server as VS Code does (languageId `json`, schema detected),
// then typed in: bursts of 5 one-character insertions 120 ms apart inside a string value, bursts separated
// by pauses of 1–2.5 s (seeded). Measured: first diagnostics after didOpen; each keystroke from its
// didChange to the first publishDiagnostics of its version or a later one; a hover sent every 50 ms all
// along (the server's thread answering while checks run: its round trip is what typing waits for); the
// versions published (stale ones must never be); the server's RSS every 50 ms.
//
//   npm run bench -- --only json [--json-sizes 5,40] [--bursts 12]
//   node scripts/bench/jsonEditor.mjs [--json-sizes 5,40] [--bursts 12]
// Results: .cache/bench/json-editor.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { prng } from './prng.mjs';
import { quantile, Server } from './lsp.mjs';
import { decpText } from './makeDecp.mjs';

const BENCH_DIR = '.cache/bench';
const KEYSTROKES_PER_BURST = 5;
const KEYSTROKE_GAP_MS = 120;
const PAUSE_MS = [1000, 2500];
const PROBE_EVERY_MS = 50;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function ensureDecp(megabytes) {
  const folder = path.resolve(BENCH_DIR, 'json');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `decp-${megabytes}mb.json`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${file}… `);
    writeFileSync(file, decpText(megabytes * 1e6));
    process.stdout.write('done\n');
  }
  return { file, folder };
}

function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

function summary(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
}

/** Lines holding an `"objet": "…"` value: a place to type in, spread over the file. */
function typingPlaces(text, count, seed) {
  const lines = text.split('\n');
  const candidates = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].includes('"objet": "')) candidates.push(i);
  const random = prng(seed);
  const places = [];
  for (let b = 0; b < count; b++) {
    // Alternately near the top (the first screen) and anywhere.
    const line = b % 2 === 0 ? candidates[Math.floor(random() * Math.min(10, candidates.length))] : candidates[Math.floor(random() * candidates.length)];
    places.push({ line, character: lines[line].indexOf('"objet": "') + '"objet": "'.length + 3, pauseMs: Math.round(PAUSE_MS[0] + random() * (PAUSE_MS[1] - PAUSE_MS[0])) });
  }
  return places;
}

async function runOnce(megabytes, bursts, seed) {
  const { file, folder } = ensureDecp(megabytes);
  const text = readFileSync(file, 'utf8');
  const loadBefore = loadavg()[0];
  const server = new Server({ settings: { maxProblems: 1000, schemas: {}, detectSchema: true, hygiene: {} } });
  const { connection } = server;
  server.child.once('exit', (code, signal) => {
    if (!stopping) console.error(`\nthe server exited (${code ?? signal}) during the run: ${server.stderr.slice(-3000)}`);
  });
  let stopping = false;
  const uri = pathToFileURL(file).href;
  const publications = [];
  const pending = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return;
    const at = performance.now();
    publications.push({ at, version: params.version, count: params.diagnostics.length });
    for (let i = pending.length - 1; i >= 0; i--) {
      if (params.version >= pending[i].version) {
        pending[i].ms = at - pending[i].sent;
        pending[i].publishedVersion = params.version;
        pending.splice(i, 1);
      }
    }
  });
  await server.initialize(folder);
  let phase = 'open';
  const rss = [];
  const sampler = setInterval(() => rss.push({ phase, mb: rssMb(server.child.pid) }), 50);
  // The probe: a hover every 50 ms, its round trip timed (the server's thread is free or not).
  const probes = [];
  let probing = true;
  const probe = async () => {
    while (probing) {
      const sent = performance.now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } }).catch(() => undefined);
      probes.push({ phase, ms: performance.now() - sent });
      await sleep(PROBE_EVERY_MS);
    }
  };
  const opened = performance.now();
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
  const probing$ = probe();
  while (!publications.some((p) => p.version === 1)) await sleep(5);
  const first = publications.find((p) => p.version === 1);
  const progressBegun = server.progress.some((p) => p.value?.kind === 'begin');
  phase = 'typing';
  let version = 1;
  const keystrokes = [];
  for (const [b, place] of typingPlaces(text, bursts, seed).entries()) {
    await sleep(place.pauseMs);
    for (let k = 0; k < KEYSTROKES_PER_BURST; k++) {
      if (k > 0) await sleep(KEYSTROKE_GAP_MS);
      version++;
      const keystroke = { burst: b, index: k, version, sent: performance.now(), ms: NaN };
      keystrokes.push(keystroke);
      pending.push(keystroke);
      const at = { line: place.line, character: place.character + k };
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: 'abcdefghij'[(b + k) % 10] }] });
    }
  }
  const deadline = Date.now() + 120_000;
  while (pending.length > 0 && Date.now() < deadline) await sleep(20);
  probing = false;
  await probing$;
  clearInterval(sampler);
  stopping = true;
  await server.stop();
  const lastOfBurst = keystrokes.filter((k) => k.index === KEYSTROKES_PER_BURST - 1);
  const published = new Set(publications.map((p) => p.version));
  return {
    megabytes: Buffer.byteLength(text) / 1e6,
    contracts: (text.match(/"nature": /g) ?? []).length,
    firstMs: first.at - opened,
    firstCount: first.count,
    progressBegun,
    // A keystroke's diagnostics come with the last of its burst: the burst's end is what a user waits for.
    endOfBurst: summary(lastOfBurst.map((k) => k.ms)),
    keystroke: summary(keystrokes.map((k) => k.ms)),
    keystrokes: keystrokes.length,
    versionsPublished: published.size,
    stalePublished: [...published].filter((v) => v !== 1 && !lastOfBurst.some((k) => k.version === v)).length,
    unanswered: pending.length,
    probeOpen: summary(probes.filter((p) => p.phase === 'open').map((p) => p.ms)),
    probeTyping: summary(probes.filter((p) => p.phase === 'typing').map((p) => p.ms)),
    rssMaxMb: Math.max(...rss.map((s) => s.mb).filter(Number.isFinite)),
    // The machine's 1-minute load average before and after the run (times include waiting for a CPU).
    load: [loadBefore, loadavg()[0]],
  };
}

const f = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** One size in a process of its own: a run's client (and its 40 MB of text) never weighs on the next. */
function runInChild(megabytes, bursts, seed) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', String(megabytes), '--bursts', String(bursts), '--seed', String(seed)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@result '));
  if (!line) throw new Error(`the ${megabytes} MB run failed (${child.status}): ${child.stderr.slice(-3000)}`);
  return JSON.parse(line.slice('@@result '.length));
}

export async function runJsonBench({ sizes = [5, 40], bursts = 12, seed = 17 } = {}) {
  const runs = [];
  for (const megabytes of sizes) {
    ensureDecp(megabytes);
    process.stdout.write(`JSON editor: DECP ${megabytes} MB… `);
    const one = runInChild(megabytes, bursts, seed);
    process.stdout.write(`first ${f(one.firstMs)} ms, end of burst → diagnostics median ${f(one.endOfBurst.median)} ms\n`);
    runs.push(one);
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'json-editor.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, runs }, null, 2));
  console.log('\nJSON datasets in the editor (DECP, schema detected; ms)');
  console.table(
    runs.map((r) => ({
      'size MB': f(r.megabytes, 1),
      contracts: r.contracts,
      'first diagnostics': f(r.firstMs),
      'progress shown': r.progressBegun ? 'yes' : 'no',
      'end of burst → diag. median': f(r.endOfBurst.median),
      'end of burst → diag. max': f(r.endOfBurst.max),
      'keystroke → diag. median': f(r.keystroke.median),
      'stale versions published': r.stalePublished,
      'hover while typing p99': f(r.probeTyping.p99, 1),
      'hover while typing max': f(r.probeTyping.max, 1),
      'hover during first check max': f(r.probeOpen.max, 1),
      'RSS max MB': f(r.rssMaxMb),
      load: r.load.map((l) => l.toFixed(1)).join('→'),
    })),
  );
  return runs;
}

export function jsonBenchOptions(args) {
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  return { sizes: option('--json-sizes', '5,40').split(',').map(Number), bursts: Number(option('--bursts', '12')), seed: Number(option('--seed', '17')) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const one = args.indexOf('--one');
  if (one >= 0) {
    const options = jsonBenchOptions(args);
    const result = await runOnce(Number(args[one + 1]), options.bursts, options.seed);
    console.log(`@@result ${JSON.stringify(result)}`);
    process.exit(0);
  }
  await runJsonBench(jsonBenchOptions(args));
}
