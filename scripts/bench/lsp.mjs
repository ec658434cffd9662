// Benchmarks the real built language server over LSP (issue #8): time from didOpen to the first
// diagnostics (and where it goes: the client's serialization, the transfer, the server's work, from the
// server's OPENDATA_LINT_TRACE milestones), 200 scripted one-cell edits each timed to its updated
// diagnostics, hover latency during the first check, the server's memory and CPU time; then the worst
// quote: in a file without quotes, a quote that makes the rest of the file one value, and its removal.
// Run through `npm run bench -- --only lsp` (see scripts/bench.mjs), or alone:
// `node scripts/bench/lsp.mjs 10000,100000,500000` (files generated in .cache/bench).
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { writeIrveFile } from './generateIrve.mjs';
import { prng } from './prng.mjs';

const defaultServerPath = path.resolve('dist/server.js');
const serverPath = defaultServerPath;
const schemaRef = 'etalab/schema-irve-statique@2.3.1';
const EDITS = 200;

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] };
}

/** CPU time (user + system) a process used so far, in ms (Linux /proc). */
export function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Whether diagnostics are a first page published while the check still runs (its summary says so). */
export function isEarlyPage(diagnostics) {
  const problem = diagnostics[0]?.data?.problem;
  return problem?.code === 'too-many-problems' && problem.params?.variant === 'checking';
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

export class Server {
  /**
   * `serverPath`: the built server (default: this tree's dist/server.js); `settings`: what
   * `workspace/configuration` answers for each item (default: the bench's schema setting); `execArgv`:
   * Node flags for the server (e.g. --cpu-prof).
   */
  constructor({ serverPath = defaultServerPath, settings = { schemas: { '**/*.csv': schemaRef } }, execArgv = [] } = {}) {
    // As the extension starts it (client/src/extension.ts): stdio, no flags.
    this.child = spawn(process.execPath, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, OPENDATA_LINT_TRACE: '1' } });
    // A message still queued when the server is stopped (the "exit" notification after a shutdown that timed out) is
    // written to a destroyed pipe: an error event with no listener stopped the whole bench (seen twice, never in the
    // server). Written to nobody, it is dropped.
    this.child.stdin.on('error', () => {});
    // A server that dies before it is stopped is reported with its exit and last words (the bench stopped twice on a
    // write to its closed pipe, with nothing said of why).
    this.stopping = false;
    this.child.on('exit', (code, signal) => {
      if (!this.stopping) console.error(`[bench] the server exited before it was stopped: code ${code}, signal ${signal}; stderr: ${this.stderr.slice(-2000)}`);
    });
    this.settings = settings;
    this.stderr = '';
    /** The server's milestones: { at (epoch ms), label, detail }. */
    this.traces = [];
    let pending = '';
    this.child.stderr.on('data', (chunk) => {
      pending += chunk.toString();
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        const match = /^\[trace\] ([\d.]+) ([^{]*?)(?: (\{.*\}))?$/.exec(line);
        if (match) this.traces.push({ at: Number(match[1]), label: match[2], detail: match[3] ? JSON.parse(match[3]) : {} });
        else this.stderr += `${line}\n`;
      }
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    // A notification written after the pipe closed rejects, and nobody awaits notifications: said, not thrown.
    const notify = this.connection.sendNotification.bind(this.connection);
    this.connection.sendNotification = (...args) => {
      const sent = notify(...args);
      sent?.catch?.((error) => console.error(`[bench] ${args[0]} not sent: ${error.message}`));
      return sent;
    };
    this.waiters = [];
    this.progress = [];
    this.publications = 0;
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      this.publications++;
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.version === params.version && !(waiter.final && isEarlyPage(params.diagnostics))) waiter.resolve({ at, params });
      }
    });
    // Sent once a check is complete (diagnostics may come earlier: the first page of a long first check).
    this.schemaStates = [];
    this.connection.onNotification('opendataLint/schemaInForce', (params) => {
      this.schemaStates.push({ at: performance.now(), params });
      for (const wake of this.stateWaiters.splice(0)) wake();
    });
    this.stateWaiters = [];
    this.connection.onNotification('$/progress', (params) => this.progress.push({ at: performance.now(), value: params.value }));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(rootPath) {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      locale: 'fr',
      rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: 'bench' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    this.connection.sendNotification('initialized', {});
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  /** The first diagnostics published for a version (with `final`, the complete ones: not an early first page). */
  diagnosticsOf(uri, version, timeoutMs = 120_000, { final = false } = {}) {
    return new Promise((resolve, reject) => {
      const waiter = {
        uri,
        version,
        final,
        resolve: (value) => {
          clearTimeout(timer);
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          resolve(value);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no diagnostics for v${version} after ${timeoutMs} ms; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Milliseconds from `since` (performance.now() of this process) to the first server milestone named `label` after it. */
  milestone(label, since) {
    const sinceEpoch = performance.timeOrigin + since;
    const trace = this.traces.find((t) => t.label === label && t.at >= sinceEpoch - 1);
    return trace ? trace.at - sinceEpoch : NaN;
  }

  /** Waits for the end of a complete check (its schema-in-force notification). */
  async checked(count) {
    while (this.schemaStates.length < count) await new Promise((resolve) => this.stateWaiters.push(resolve));
    return this.schemaStates[count - 1].at;
  }

  /** `waitExitMs`: time the server gets to exit by itself after `exit` (a CPU profile is written then). */
  async stop({ waitExitMs = 0 } = {}) {
    this.stopping = true;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      this.connection.sendNotification('exit');
    } catch {
      // Gone already.
    }
    if (waitExitMs > 0 && this.child.exitCode === null) {
      await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, waitExitMs))]);
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/** The scripted edits: typing in a cell, deleting a character, pasting a row, a quote inserted then removed. */
function* scriptedEdits(lines, count) {
  const random = prng(8);
  const pick = () => 1 + Math.floor(random() * (lines.length - 2));
  const kinds = ['type', 'delete', 'paste', 'quote'];
  for (let i = 0; i < count; ) {
    const kind = kinds[i % kinds.length];
    const line = pick();
    const text = lines[line];
    if (text.length < 10 || text.includes('"')) continue;
    const comma = text.indexOf(',', Math.floor(random() * (text.length - 2)));
    if (kind === 'type') {
      const character = Math.max(0, comma < 0 ? text.length : comma);
      lines[line] = text.slice(0, character) + 'a' + text.slice(character);
      yield { kind, oneRow: true, change: { range: { start: { line, character }, end: { line, character } }, text: 'a' } };
      i++;
    } else if (kind === 'delete') {
      const character = comma > 0 && text[comma - 1] !== ',' ? comma - 1 : 0;
      lines[line] = text.slice(0, character) + text.slice(character + 1);
      yield { kind, oneRow: true, change: { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' } };
      i++;
    } else if (kind === 'paste') {
      lines.splice(line, 0, text);
      yield { kind, oneRow: false, change: { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${text}\n` } };
      i++;
    } else {
      const character = comma < 0 ? 0 : comma + 1;
      yield { kind: 'quote', oneRow: false, change: { range: { start: { line, character }, end: { line, character } }, text: '"' } };
      yield { kind: 'unquote', oneRow: false, change: { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' } };
      i += 2;
    }
  }
}

async function benchOne(file, rows, { hovers }) {
  const server = new Server();
  await server.initialize(path.dirname(path.resolve(file)));
  const uri = pathToFileURL(path.resolve(file)).href;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const result = { rows, mb: Buffer.byteLength(text) / 1e6 };
  // didOpen → first diagnostics → complete check, with hovers sent every 100 ms meanwhile. Hovers sent
  // before the check started wait for the server to read the whole message (the JSON of the text): only
  // those sent while the check runs (between the server's milestones) count as "during the check".
  const first = server.diagnosticsOf(uri, 1, 600_000);
  const cpuBefore = cpuOf(server.child.pid);
  const started = performance.now();
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'csv', version: 1, text } });
  const hoverSamples = [];
  let checked = false;
  const hoverLoop = (async () => {
    while (hovers && !checked) {
      const sent = performance.now();
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
      hoverSamples.push({ sent: performance.timeOrigin + sent, ms: performance.now() - sent });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const firstDiagnostics = await first;
  result.checkedMs = (await server.checked(1)) - started;
  checked = true;
  await hoverLoop;
  result.cpuOpenMs = cpuOf(server.child.pid) - cpuBefore;
  result.firstMs = firstDiagnostics.at - started;
  result.firstCount = firstDiagnostics.params.diagnostics.length;
  result.firstEarly = isEarlyPage(firstDiagnostics.params.diagnostics);
  // Where the time to the first diagnostics goes (milliseconds after didOpen was sent).
  result.split = {
    firstByte: server.milestone('big message started', started),
    checkStart: server.milestone('check start', started),
    firstPage: server.milestone('first page published', started),
    parsed: server.milestone('didOpen received', started),
  };
  const checkStart = server.traces.find((t) => t.label === 'check start')?.at ?? Infinity;
  const checkEnd = server.traces.find((t) => t.label === 'check complete')?.at ?? -Infinity;
  result.hover = stats(hoverSamples.filter((h) => h.sent >= checkStart && h.sent <= checkEnd).map((h) => h.ms));
  result.progressReports = server.progress.length;
  result.progressLast = server.progress.filter((p) => p.value.message).at(-1)?.value.message;
  result.memoryOpen = memoryOf(server.child.pid);
  // Scripted edits, each waited for before the next.
  const all = [];
  const single = [];
  const boundary = [];
  let version = 1;
  for (const edit of scriptedEdits(lines, EDITS)) {
    version++;
    const published = server.diagnosticsOf(uri, version, 120_000);
    const sent = performance.now();
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit.change] });
    const { at } = await published;
    const ms = at - sent;
    all.push(ms);
    (edit.oneRow ? single : boundary).push(ms);
  }
  result.edits = stats(all);
  result.single = stats(single);
  result.boundary = stats(boundary);
  result.memoryEnd = memoryOf(server.child.pid);
  await server.stop();
  return result;
}

/** The file without any quote, semicolon-separated (no value needs quotes once commas are allowed): written once. */
async function quoteFreeFile(file) {
  const target = file.replace(/\.csv$/, '-noquotes.csv');
  if (existsSync(target)) return target;
  const out = createWriteStream(target);
  const parser = createReadStream(file).pipe(parse({ relax_column_count: true }));
  for await (const record of parser) {
    if (!out.write(`${record.map((cell) => cell.replace(/[";\r\n]/g, ' ')).join(';')}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
  await new Promise((resolve) => out.on('finish', resolve));
  return target;
}

/**
 * The worst quote: in a file without quotes, a quote typed at the start of a cell near the top makes the
 * rest of the file one value, and removing it brings every row back (every row is checked again). Each
 * edit is timed to its first diagnostics (a first page published as soon as it is final) and to its
 * complete diagnostics.
 */
async function benchWorstQuote(file, rows) {
  const server = new Server();
  await server.initialize(path.dirname(path.resolve(file)));
  const quoteFree = await quoteFreeFile(file);
  const uri = pathToFileURL(path.resolve(quoteFree)).href;
  const text = readFileSync(quoteFree, 'utf8');
  const opened = server.diagnosticsOf(uri, 1, 600_000, { final: true });
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'csv', version: 1, text } });
  await opened;
  const character = text.split('\n')[3].split(';').slice(0, 9).join(';').length + 1;
  const samples = { open: { first: [], complete: [], cpu: [] }, close: { first: [], complete: [], cpu: [] }, hover: [] };
  let version = 1;
  for (let round = 0; round < 3; round++) {
    for (const [kind, change] of [
      ['open', { range: { start: { line: 3, character }, end: { line: 3, character } }, text: '"' }],
      ['close', { range: { start: { line: 3, character }, end: { line: 3, character: character + 1 } }, text: '' }],
    ]) {
      version++;
      const first = server.diagnosticsOf(uri, version);
      const complete = server.diagnosticsOf(uri, version, 120_000, { final: true });
      const cpu = cpuOf(server.child.pid);
      const sent = performance.now();
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      // Hovers every 50 ms while every row is checked again (after the quote is removed).
      let done = false;
      const hovers = (async () => {
        while (kind === 'close' && !done) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          if (done) break;
          const asked = performance.now();
          await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
          if (!done) samples.hover.push(performance.now() - asked);
        }
      })();
      samples[kind].first.push((await first).at - sent);
      samples[kind].complete.push((await complete).at - sent);
      done = true;
      await hovers;
      samples[kind].cpu.push(cpuOf(server.child.pid) - cpu);
    }
  }
  await server.stop();
  return { rows, samples };
}

const f = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export async function runLspBench({ sizes, ensureFile, worstOnly = false }) {
  if (!existsSync(serverPath)) throw new Error('dist/server.js is missing: run `npm run build` first');
  console.log(`\nLSP (real server over stdio, ${schemaRef}, ${EDITS} scripted edits per size)`);
  const results = [];
  const largest = Math.max(...sizes);
  for (const rows of worstOnly ? [] : sizes) {
    const file = await ensureFile(rows);
    results.push(await benchOne(file, rows, { hovers: rows === largest }));
  }
  console.log('| rows | MB | open → 1st diagnostics (ms) | open → complete check (ms) | server CPU for the open (ms) | edit median / p95 / p99 / max (ms) | one-row edits median / p99 | row-boundary edits median / p99 / max | hover during 1st check median / max (n) | RSS after open / peak (MB) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.rows} | ${f(r.mb)} | ${f(r.firstMs)} | ${f(r.checkedMs)} | ${f(r.cpuOpenMs)} | ${f(r.edits.median, 1)} / ${f(r.edits.p95, 1)} / ${f(r.edits.p99, 1)} / ${f(r.edits.max, 1)} | ${f(r.single.median, 1)} / ${f(r.single.p99, 1)} | ${f(r.boundary.median, 1)} / ${f(r.boundary.p99, 1)} / ${f(r.boundary.max, 1)} | ${r.hover.n ? `${f(r.hover.median, 1)} / ${f(r.hover.max, 1)} (${r.hover.n})` : '–'} | ${f(r.memoryOpen.rss)} / ${f(r.memoryEnd.peak)} |`,
    );
  }
  console.log('\nWhere the time to the first diagnostics goes (ms after didOpen was sent, from the server\'s milestones):');
  console.log('| rows | first byte received (client serialization) | check started (1st MB arrived) | first page published | first diagnostics received by the client | whole didOpen read |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const { firstByte, parsed, checkStart, firstPage } = r.split;
    console.log(`| ${r.rows} | ${f(firstByte)} | ${f(checkStart)} | ${f(firstPage)} | ${f(r.firstMs)} | ${f(parsed)} |`);
  }
  for (const r of results) {
    console.log(`${r.rows} rows: first diagnostics ${r.firstEarly ? 'an early first page' : 'complete'} (${r.firstCount}); ${r.progressReports} progress notifications${r.progressLast ? `, last: “${r.progressLast}”` : ''}`);
  }
  const worst = [];
  for (const rows of sizes.filter((n) => n >= 100_000)) worst.push(await benchWorstQuote(await ensureFile(rows), rows));
  if (worst.length > 0) {
    console.log('\nWorst quote (file without quotes; a quote at row 3 makes the rest one value, then is removed: every row checked again), 3 rounds, min / max (ms):');
    console.log('| rows | quote typed: first diagnostics | complete | server CPU | quote removed: first diagnostics | complete | server CPU | hover meanwhile median / p95 / max (n) |');
    console.log('| ---: | --- | --- | --- | --- | --- | --- | --- |');
    const range = (values) => `${f(Math.min(...values))} / ${f(Math.max(...values))}`;
    for (const { rows, samples } of worst) {
      const { open, close } = samples;
      const hover = stats(samples.hover);
      console.log(
        `| ${rows} | ${range(open.first)} | ${range(open.complete)} | ${range(open.cpu)} | ${range(close.first)} | ${range(close.complete)} | ${range(close.cpu)} | ${hover.n ? `${f(hover.median, 1)} / ${f(hover.p95, 1)} / ${f(hover.max, 1)} (${hover.n})` : '–'} |`,
      );
    }
  }
  return { results, worst };
}

// Alone: node scripts/bench/lsp.mjs [sizes] [--worst-quote] (--worst-quote: that part only)
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const worstOnly = args.includes('--worst-quote');
  const sizes = (args.find((arg) => !arg.startsWith('--')) ?? '10000,100000,500000').split(',').map(Number);
  const benchDir = '.cache/bench';
  mkdirSync(benchDir, { recursive: true });
  await runLspBench({
    sizes,
    worstOnly,
    ensureFile: async (rows) => {
      const file = path.join(benchDir, `irve-${rows}.csv`);
      if (!existsSync(file)) await writeIrveFile(rows, file);
      return file;
    },
  });
}
