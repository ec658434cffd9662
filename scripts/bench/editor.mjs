// The editor's real sequence against the built language server (issue #16 item 7): a cold server is
// started, initialized with the capabilities VS Code's client sends, and the document is opened right
// after `initialized` (opening a CSV is what activates the extension), then the client's
// `didChangeConfiguration` notifications follow as vscode-languageclient 9 sends them (one from its
// static `synchronize.configurationSection`, one when the server registers for configuration changes).
// The file is the generated IRVE file with its schema named by a sidecar (`<name>.resource.yaml`).
// Then typing in bursts: 5 one-character insertions 120 ms apart inside a cell, bursts separated by
// pauses of 0.4–2 s (seeded), in rows of the first screen and deep in the file. Each keystroke is timed
// from its didChange to the first publishDiagnostics carrying its version or a later one (a later one:
// the keystroke itself was never published). The server's RSS is sampled every 50 ms from /proc.
//
// With `--requests` (default on; `--no-requests` turns it off) the bench also sends what the workbench
// asks while one types in a CSV: a completion request 10 ms after each letter (quick suggestions), code
// actions for the cursor 250 ms after the cursor last moved (the light bulb), with the diagnostics last
// published under the cursor as VS Code sends them, and code lenses after a change and after each
// `workspace/codeLens/refresh` (VS Code turns code lenses off for a file over 20 MB: an over-estimate there).
//
//   npm run bench -- --only editor [--sizes 100000,500000] [--runs 2] [--server /work/before/dist/server.js] [--label before]
//   node scripts/bench/editor.mjs --sizes 100000 --runs 1 --server /work/before/dist/server.js --label before
//   node scripts/bench/editor.mjs --compare .cache/bench/editor-before.json .cache/bench/editor-after.json
// Options: --bursts 40 --seed 16 --no-requests --cpu-prof (server profiled: .cache/bench/prof/, see profileWindows.mjs)
// Results: .cache/bench/editor-<label>.json (every run, every keystroke, every RSS sample).
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import { prng } from './prng.mjs';
import { cpuOf, isEarlyPage, quantile, Server } from './lsp.mjs';
import { writeIrveFile } from './generateIrve.mjs';

const SCHEMA_REF = 'etalab/schema-irve-statique@2.3.1';
const BENCH_DIR = '.cache/bench';
const KEYSTROKES_PER_BURST = 5;
const KEYSTROKE_GAP_MS = 120;
const PAUSE_MS = [400, 2000];
const RSS_EVERY_MS = 50;
/** What the workbench waits after the cursor last moved before asking for its code actions (the light bulb). */
const CODE_ACTION_DELAY_MS = 250;
/** What it waits after a letter before asking for completions (`editor.quickSuggestionsDelay`). */
const QUICK_SUGGESTIONS_DELAY_MS = 10;
/** What it waits after a change before asking for code lenses again (its debounce, at least). */
const CODE_LENS_DELAY_MS = 250;

/** Targets of issue #16 (item 7), by rows. */
export const TARGETS = {
  100000: { firstMs: 800, median: 20, p99: 50, rssMb: 350 },
  500000: { p99: 80, rssMb: 1024 },
};

/** The extension's default settings (package.json `contributes.configuration`), as `getConfiguration('opendataLint')` gives them. */
export function defaultSettings() {
  const properties = JSON.parse(readFileSync('package.json', 'utf8')).contributes.configuration.properties;
  const settings = {};
  for (const [key, { default: value }] of Object.entries(properties)) {
    const names = key.replace(/^opendataLint\./, '').split('.');
    let target = settings;
    for (const name of names.slice(0, -1)) target = target[name] ??= {};
    target[names.at(-1)] = value;
  }
  return settings;
}

/** The client capabilities vscode-languageclient 9.0.1 sends from VS Code 1.100 (the parts a server reads). */
function vscodeClientCapabilities() {
  return {
    workspace: {
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], failureHandling: 'textOnlyTransactional', normalizesLineEndings: true, changeAnnotationSupport: { groupsOnLabel: true } },
      configuration: true,
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      symbol: { dynamicRegistration: true },
      codeLens: { refreshSupport: true },
      executeCommand: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceFolders: true,
      semanticTokens: { refreshSupport: true },
      inlayHint: { refreshSupport: true },
      inlineValue: { refreshSupport: true },
      diagnostics: { refreshSupport: true },
      fileOperations: { dynamicRegistration: true, didCreate: true, didRename: true, didDelete: true, willCreate: true, willRename: true, willDelete: true },
    },
    textDocument: {
      publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
      synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
      completion: { dynamicRegistration: true, contextSupport: true, completionItem: { snippetSupport: true, commitCharactersSupport: true, documentationFormat: ['markdown', 'plaintext'], deprecatedSupport: true, preselectSupport: true, insertReplaceSupport: true, labelDetailsSupport: true }, insertTextMode: 2 },
      hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
      codeAction: { dynamicRegistration: true, isPreferredSupport: true, disabledSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'] } }, honorsChangeAnnotations: false },
      codeLens: { dynamicRegistration: true },
      diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    },
    window: { showMessage: { messageActionItem: { additionalPropertiesSupport: true } }, showDocument: { support: true }, workDoneProgress: true },
    general: { staleRequestSupport: { cancel: true, retryOnContentModified: [] }, regularExpressions: { engine: 'ECMAScript', version: 'ES2020' }, markdown: { parser: 'marked', version: '1.1.0' }, positionEncodings: ['utf-16'] },
  };
}

/** The file and its sidecar in their own folder (hard links to the generated file: no copy). */
async function ensureEditorFile(rows) {
  const generated = path.join(BENCH_DIR, `irve-${rows}.csv`);
  if (!existsSync(generated)) {
    mkdirSync(BENCH_DIR, { recursive: true });
    process.stdout.write(`generating ${generated}… `);
    await writeIrveFile(rows, generated);
    process.stdout.write('done\n');
  }
  const folder = path.resolve(BENCH_DIR, 'editor');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `irve-${rows}.csv`);
  if (!existsSync(file)) linkSync(generated, file);
  const sidecar = path.join(folder, `irve-${rows}.resource.yaml`);
  writeFileSync(sidecar, `# Bench file (scripts/bench/editor.mjs): its schema is named here.\nname: irve-${rows}\npath: irve-${rows}.csv\nschema: ${SCHEMA_REF}\nformat: csv\nencoding: utf-8\n`);
  return { file, folder };
}

/** Offsets where each line starts (`\n`-separated). */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The unquoted cells of a one-line row: [start, end) character ranges (undefined when the line holds an unclosed quote). */
function unquotedCells(line) {
  const cells = [];
  let start = 0;
  let quoted = false;
  let inQuotes = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === '"') inQuotes = false;
      continue;
    }
    if (c === '"') {
      inQuotes = quoted = true;
    } else if (c === ',' || i === line.length) {
      if (!quoted) cells.push([start, i]);
      start = i + 1;
      quoted = false;
    }
  }
  return inQuotes ? undefined : cells;
}

/**
 * The bursts: for each, a line and a character inside a cell (the end of a randomly chosen unquoted,
 * non-empty cell), alternately in the first screen (lines 1–40) and anywhere deep; and the pause before it.
 */
function planBursts(text, starts, count, seed) {
  const random = prng(seed);
  const lineText = (line) => text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1);
  const bursts = [];
  const used = new Set();
  for (let tries = 0; bursts.length < count; tries++) {
    if (tries > count * 1000) throw new Error('no line to type in');
    const deep = bursts.length % 2 === 1;
    const line = deep ? 41 + Math.floor(random() * (starts.length - 43)) : 1 + Math.floor(random() * 40);
    const pause = PAUSE_MS[0] + random() * (PAUSE_MS[1] - PAUSE_MS[0]);
    const cells = unquotedCells(lineText(line).replace(/\r$/, ''))?.filter(([start, end]) => end > start);
    if (!cells || cells.length < 10 || (used.has(line) && tries < count * 100)) continue;
    const [, end] = cells[Math.floor(random() * cells.length)];
    used.add(line);
    bursts.push({ line, character: end, deep, pauseMs: Math.round(pause) });
  }
  return bursts;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** Summary of a list of numbers: n, median, p90, p99, max. */
function summary(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
}

/** One run: a cold server, the open, the bursts. */
async function runOnce({ rows, serverPath, bursts: burstCount, seed, requests, cpuProf, label, run }) {
  const { file, folder } = await ensureEditorFile(rows);
  const text = readFileSync(file, 'utf8');
  const starts = lineStarts(text);
  const plan = planBursts(text, starts, burstCount, seed);
  const settings = defaultSettings();
  const profDir = path.resolve(BENCH_DIR, 'prof', `${label}-${rows}-${run}`);
  if (cpuProf) mkdirSync(profDir, { recursive: true });
  const execArgv = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=500'] : [];
  const server = new Server({ serverPath, settings, execArgv });
  const { connection } = server;
  const uri = pathToFileURL(file).href;
  const rootUri = pathToFileURL(folder).href;

  // The RSS, every 50 ms, with the phase it was taken in.
  let phase = 'start';
  const rss = [];
  const sampler = setInterval(() => rss.push({ t: performance.now(), phase, mb: rssMb(server.child.pid) }), RSS_EVERY_MS);

  // Every publication: when, which version, how many diagnostics, whether an early page.
  const publications = [];
  const firstPublication = { bytes: 0, codes: {} };
  /** The diagnostics last published: the workbench sends those under the cursor with its code-action requests. */
  let lastDiagnostics = [];
  const diagnosticsAt = ({ line, character }) =>
    lastDiagnostics.filter(({ range: { start, end } }) => (start.line < line || (start.line === line && start.character <= character)) && (end.line > line || (end.line === line && end.character >= character)));
  const pending = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const at = performance.now();
    if (params.uri !== uri) return;
    lastDiagnostics = params.diagnostics;
    publications.push({ at, version: params.version, count: params.diagnostics.length, early: isEarlyPage(params.diagnostics), notes: params.diagnostics.some((d) => d.relatedInformation) });
    // The first publication: its size as JSON and its codes (what the editor receives at every keystroke).
    if (publications.length === 1) {
      firstPublication.bytes = Buffer.byteLength(JSON.stringify(params));
      for (const d of params.diagnostics) {
        const code = d.data?.problem?.code ?? d.code?.value ?? d.code;
        firstPublication.codes[code] = (firstPublication.codes[code] ?? 0) + 1;
      }
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const keystroke = pending[i];
      if (params.version >= keystroke.version) {
        keystroke.ms = at - keystroke.sent;
        keystroke.publishedVersion = params.version;
        pending.splice(i, 1);
      }
    }
    for (const waiter of [...waiters]) waiter();
  });
  const waiters = [];
  const waitFor = (predicate, timeoutMs) =>
    new Promise((resolve, reject) => {
      if (predicate()) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms; stderr: ${server.stderr.slice(-1500)}`)), timeoutMs);
      const waiter = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(waiter), 1);
        resolve();
      };
      waiters.push(waiter);
    });
  const schemaStates = [];
  connection.onNotification('opendataLint/schemaInForce', (params) => schemaStates.push({ at: performance.now(), ...params }));
  const progress = [];
  connection.onNotification('$/progress', (params) => progress.push({ at: performance.now(), kind: params.value?.kind, message: params.value?.message }));

  // The client's side of the configuration: its answers, and the notification it sends when the server registers.
  const configurationChanged = () => connection.sendNotification('workspace/didChangeConfiguration', { settings: { opendataLint: settings } });
  const registrations = [];
  connection.onRequest('client/registerCapability', (params) => {
    for (const registration of params.registrations) {
      registrations.push(registration.method);
      if (registration.method === 'workspace/didChangeConfiguration' && registration.registerOptions?.section !== undefined) setImmediate(configurationChanged);
    }
    return null;
  });
  // Requests the workbench sends (with --requests), timed; their answers are not waited for by typing.
  const requestTimes = { completion: [], codeAction: [], codeLens: [] };
  let version = 1;
  const ask = (kind, method, params) => {
    const sent = performance.now();
    const atVersion = version;
    connection.sendRequest(method, params).then(
      (answer) => requestTimes[kind].push({ ms: performance.now() - sent, version: atVersion, items: Array.isArray(answer) ? answer.length : answer?.items?.length }),
      () => requestTimes[kind].push({ ms: performance.now() - sent, version: atVersion, failed: true }),
    );
  };
  let codeLensTimer;
  const askCodeLens = () => {
    clearTimeout(codeLensTimer);
    codeLensTimer = setTimeout(() => ask('codeLens', 'textDocument/codeLens', { textDocument: { uri } }), CODE_LENS_DELAY_MS);
  };
  let codeLensRefreshes = 0;
  connection.onRequest('workspace/codeLens/refresh', () => {
    codeLensRefreshes++;
    if (requests) askCodeLens();
    return null;
  });

  // initialize → initialized → didOpen at once → the client's configuration notification (its static section).
  const loadBefore = loadavg()[0];
  const startedAt = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    clientInfo: { name: 'Visual Studio Code', version: '1.100.3' },
    locale: 'fr',
    rootPath: folder,
    rootUri,
    capabilities: vscodeClientCapabilities(),
    initializationOptions: { locale: 'fr' },
    trace: 'off',
    workspaceFolders: [{ uri: rootUri, name: path.basename(folder) }],
  });
  const initializeMs = performance.now() - startedAt;
  connection.sendNotification('initialized', {});
  phase = 'open';
  const opened = performance.now();
  // The monotonic clock in µs (CLOCK_MONOTONIC on Linux, as a V8 CPU profile's timestamps): to line a profile up.
  const monoOpened = Number(process.hrtime.bigint() / 1000n);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'csv', version: 1, text } });
  const didOpenWrittenMs = performance.now() - opened;
  configurationChanged();
  if (requests) askCodeLens();
  await waitFor(() => publications.some((p) => p.version === 1), 600_000);
  const first = publications.find((p) => p.version === 1);
  await waitFor(() => publications.some((p) => p.version === 1 && !p.early), 600_000);
  const complete = publications.find((p) => p.version === 1 && !p.early);
  const rssAfterOpen = rssMb(server.child.pid);
  const cpuAfterOpen = cpuOf(server.child.pid);
  phase = 'settle';
  await sleep(1000);

  // The bursts.
  phase = 'typing';
  const keystrokes = [];
  const letters = 'abcdefghij';
  const typingStarted = performance.now();
  const cpuTyping = cpuOf(server.child.pid);
  let codeActionTimer;
  for (const [b, burst] of plan.entries()) {
    await sleep(burst.pauseMs);
    for (let k = 0; k < KEYSTROKES_PER_BURST; k++) {
      if (k > 0) await sleep(KEYSTROKE_GAP_MS);
      version++;
      const character = burst.character + k;
      const keystroke = { burst: b, index: k, deep: burst.deep, line: burst.line, version, sent: performance.now(), ms: NaN, publishedVersion: undefined };
      keystrokes.push(keystroke);
      pending.push(keystroke);
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: burst.line, character }, end: { line: burst.line, character } }, rangeOffset: 0, rangeLength: 0, text: letters[(b + k) % letters.length] }],
      });
      if (requests) {
        const position = { line: burst.line, character: character + 1 };
        setTimeout(() => ask('completion', 'textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } }), QUICK_SUGGESTIONS_DELAY_MS);
        clearTimeout(codeActionTimer);
        codeActionTimer = setTimeout(
          () => ask('codeAction', 'textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: diagnosticsAt(position), triggerKind: 2 } }),
          CODE_ACTION_DELAY_MS,
        );
        askCodeLens();
      }
    }
  }
  // The last keystrokes' diagnostics.
  await waitFor(() => pending.length === 0, 120_000).catch(() => undefined);
  const typingMs = performance.now() - typingStarted;
  const cpuTypingMs = cpuOf(server.child.pid) - cpuTyping;
  phase = 'end';
  await sleep(600);
  clearInterval(sampler);
  clearTimeout(codeActionTimer);
  clearTimeout(codeLensTimer);
  const traces = server.traces;
  await server.stop({ waitExitMs: cpuProf ? 20_000 : 0 });
  await new Promise((resolve) => (server.child.exitCode !== null ? resolve() : server.child.once('exit', resolve)));

  const samples = (name) => rss.filter((s) => s.phase === name).map((s) => s.mb);
  const typingRss = summary(samples('typing'));
  const openRss = samples('open').concat(samples('settle'));
  const all = keystrokes.map((k) => k.ms);
  const epoch = performance.timeOrigin;
  return {
    rows,
    run,
    mb: Buffer.byteLength(text) / 1e6,
    initializeMs,
    didOpenWrittenMs,
    firstMs: first.at - opened,
    firstCount: first.count,
    firstEarly: first.early,
    firstPublication,
    completeMs: complete.at - opened,
    schema: schemaStates.at(-1) ? { ref: schemaStates.at(-1).ref, source: schemaStates.at(-1).source } : undefined,
    progress: { begun: progress.some((p) => p.kind === 'begin'), firstAtMs: progress[0] ? progress[0].at - opened : undefined, reports: progress.length },
    keystroke: summary(all),
    firstOfBurst: summary(keystrokes.filter((k) => k.index === 0).map((k) => k.ms)),
    laterInBurst: summary(keystrokes.filter((k) => k.index > 0).map((k) => k.ms)),
    firstScreen: summary(keystrokes.filter((k) => !k.deep).map((k) => k.ms)),
    deep: summary(keystrokes.filter((k) => k.deep).map((k) => k.ms)),
    keystrokes: keystrokes.length,
    published: keystrokes.filter((k) => k.publishedVersion === k.version).length,
    unanswered: keystrokes.filter((k) => k.publishedVersion === undefined).length,
    rss: {
      afterOpen: rssAfterOpen,
      openMax: Math.max(...openRss),
      typingMax: typingRss.max,
      typingP99: typingRss.p99,
      typingMedian: typingRss.median,
      typingOver350: samples('typing').filter((mb) => mb > 350).length,
      typingSamples: typingRss.n,
    },
    requests: requests
      ? Object.fromEntries(Object.entries(requestTimes).map(([kind, list]) => [kind, { ...summary(list.map((r) => r.ms)), failed: list.filter((r) => r.failed).length }]))
      : undefined,
    codeLensRefreshes,
    registrations,
    typingMs,
    // The server's CPU time (user + system, ms): for the open (to the complete diagnostics) and while typing.
    cpuOpenMs: cpuAfterOpen,
    cpuTypingMs,
    // The machine's 1-minute load average before the run and after it (the wall times above include waiting for a CPU).
    load: [loadBefore, loadavg()[0]],
    publications: publications.length,
    notesPublications: publications.filter((p) => p.notes).length,
    profile: cpuProf ? profDir : undefined,
    // Raw data (epoch ms, to line up with the server's traces and a CPU profile).
    raw: {
      epochOpened: epoch + opened,
      monoOpened,
      keystrokes: keystrokes.map((k) => ({ ...k, sent: epoch + k.sent })),
      publications: publications.map((p) => ({ ...p, at: epoch + p.at })),
      rss: rss.map((s) => ({ ...s, t: epoch + s.t })),
      traces,
      bursts: plan,
    },
  };
}

const f = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mark = (value, limit) => (limit === undefined || !Number.isFinite(value) ? '' : value <= limit ? ' ✓' : ' ✗');

/** The compact table of a result file's runs. */
export function printRuns(result) {
  console.log(`\nEditor sequence — ${result.label}: ${result.server} (${result.date}, node ${result.node}, ${result.requests ? 'with' : 'without'} the workbench's requests, ${result.bursts} bursts × ${KEYSTROKES_PER_BURST}, seed ${result.seed})`);
  console.log('| rows | run | 1st diagnostics (ms) | complete (ms) | keystroke median / p90 / p99 / max (ms) | 1st of burst median / p99 | published / keystrokes | RSS after open / open max (MB) | RSS typing p99 / max (MB) | progress |');
  console.log('| ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | --- |');
  for (const r of result.runs) {
    const t = TARGETS[r.rows] ?? {};
    const k = r.keystroke;
    console.log(
      `| ${r.rows} | ${r.run} | ${f(r.firstMs)}${mark(r.firstMs, t.firstMs)} | ${f(r.completeMs)} | ${f(k.median, 1)}${mark(k.median, t.median)} / ${f(k.p90, 1)} / ${f(k.p99, 1)}${mark(k.p99, t.p99)} / ${f(k.max, 1)} | ${f(r.firstOfBurst.median, 1)} / ${f(r.firstOfBurst.p99, 1)} | ${r.published} / ${r.keystrokes}${mark(r.keystrokes - r.published, 0)} | ${f(r.rss.afterOpen)} / ${f(r.rss.openMax)} | ${f(r.rss.typingP99)} / ${f(r.rss.typingMax)}${mark(r.rss.typingMax, t.rssMb)} | ${r.progress.begun ? `yes (${f(r.progress.firstAtMs)} ms)` : 'none'} |`,
    );
  }
  const withRequests = result.runs.filter((r) => r.requests);
  if (withRequests.length > 0) {
    console.log('workbench requests while typing, median / p99 / max (ms): ' + withRequests.map((r) => `${r.rows}#${r.run}: ${Object.entries(r.requests).map(([kind, s]) => `${kind} ${f(s.median, 1)} / ${f(s.p99, 1)} / ${f(s.max, 1)} (${s.n})`).join(', ')}`).join('; '));
  }
  for (const r of result.runs.filter((x) => x.firstPublication)) {
    const codes = Object.entries(r.firstPublication.codes).sort((x, y) => y[1] - x[1]).map(([code, n]) => `${code} ${n}`).join(', ');
    console.log(`${r.rows} rows, run ${r.run}: server CPU ${f(r.cpuOpenMs)} ms to the complete open, ${f(r.cpuTypingMs)} ms while typing (${f(r.cpuTypingMs / r.keystrokes, 1)} ms per keystroke, pauses' work included); load average ${r.load?.map((x) => x.toFixed(1)).join(' → ')}`);
    if (r.run === 1) console.log(`${r.rows} rows: a publication holds ${r.firstCount} diagnostics, ${f(r.firstPublication.bytes / 1024)} KB of JSON (${codes}); ${r.publications} publications during the run, ${r.notesPublications} with fix notes`);
  }
  for (const r of result.runs) {
    if (r.schema?.source !== 'sidecar') console.log(`warning: ${r.rows}#${r.run}: the schema in force came from ${r.schema?.source ?? 'nowhere'}, not the sidecar`);
  }
}

/** Two result files side by side (medians of their runs per size). */
export function printCompare(a, b) {
  const med = (values) => {
    const sorted = [...values].filter(Number.isFinite).sort((x, y) => x - y);
    const half = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  };
  const pick = (result, rows, get) => med(result.runs.filter((r) => r.rows === rows).map(get));
  const rowsOf = [...new Set([...a.runs, ...b.runs].map((r) => r.rows))].sort((x, y) => x - y);
  const metrics = [
    ['1st diagnostics (ms)', (r) => r.firstMs, 'firstMs'],
    ['complete check (ms)', (r) => r.completeMs],
    ['keystroke median (ms)', (r) => r.keystroke.median, 'median'],
    ['keystroke p90 (ms)', (r) => r.keystroke.p90],
    ['keystroke p99 (ms)', (r) => r.keystroke.p99, 'p99'],
    ['keystroke max (ms)', (r) => r.keystroke.max],
    ['1st of burst median (ms)', (r) => r.firstOfBurst.median],
    ['keystrokes not published', (r) => r.keystrokes - r.published],
    ['server CPU while typing, per keystroke (ms)', (r) => r.cpuTypingMs / r.keystrokes],
    ['load average during the run', (r) => (r.load ? (r.load[0] + r.load[1]) / 2 : NaN)],
    ['RSS after open (MB)', (r) => r.rss.afterOpen],
    ['RSS typing p99 (MB)', (r) => r.rss.typingP99],
    ['RSS typing max (MB)', (r) => r.rss.typingMax, 'rssMb'],
  ];
  console.log(`\n| rows | figure (median of runs) | ${a.label} | ${b.label} | target |`);
  console.log('| ---: | --- | ---: | ---: | ---: |');
  for (const rows of rowsOf) {
    for (const [name, get, target] of metrics) {
      const limit = target ? TARGETS[rows]?.[target] : undefined;
      console.log(`| ${rows} | ${name} | ${f(pick(a, rows, get), 1)} | ${f(pick(b, rows, get), 1)} | ${limit === undefined ? '' : `≤ ${limit}`} |`);
    }
  }
}

export async function runEditorBench({ sizes = [100000], runs = 2, serverPath = path.resolve('dist/server.js'), label, bursts = 40, seed = 16, requests = true, cpuProf = false } = {}) {
  serverPath = path.resolve(serverPath);
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first (or pass --server)`);
  label ??= path.basename(path.dirname(path.dirname(serverPath)));
  const result = { label, server: serverPath, date: new Date().toISOString(), node: process.version, bursts, seed, requests, runs: [] };
  for (const rows of sizes) {
    for (let run = 1; run <= runs; run++) {
      process.stdout.write(`editor sequence: ${label}, ${rows} rows, run ${run}… `);
      const one = await runOnce({ rows, serverPath, bursts, seed, requests, cpuProf, label, run });
      process.stdout.write(`first ${f(one.firstMs)} ms, keystroke p99 ${f(one.keystroke.p99, 1)} ms, RSS typing max ${f(one.rss.typingMax)} MB\n`);
      result.runs.push(one);
    }
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  const out = path.join(BENCH_DIR, `editor-${label}.json`);
  writeFileSync(out, JSON.stringify(result));
  printRuns(result);
  console.log(`(written to ${out})`);
  return result;
}

/** The bench's options from command-line arguments (`npm run bench -- --only editor …` or this file alone). */
export function editorBenchOptions(args, defaults) {
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  return {
    sizes: args.includes('--sizes') ? option('--sizes').split(',').map(Number) : defaults.sizes,
    runs: args.includes('--runs') ? Number(option('--runs')) : defaults.runs,
    serverPath: option('--server', 'dist/server.js'),
    label: option('--label', undefined),
    bursts: Number(option('--bursts', '40')),
    seed: Number(option('--seed', '16')),
    requests: !args.includes('--no-requests'),
    cpuProf: args.includes('--cpu-prof'),
  };
}

// Alone: see the usage at the top.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const compare = args.indexOf('--compare');
  if (compare >= 0) {
    const [a, b] = args.slice(compare + 1, compare + 3).map((file) => JSON.parse(readFileSync(file, 'utf8')));
    printRuns(a);
    printRuns(b);
    printCompare(a, b);
  } else if (args.includes('--print')) {
    printRuns(JSON.parse(readFileSync(option('--print'), 'utf8')));
  } else {
    await runEditorBench(editorBenchOptions(args, { sizes: [100000], runs: 2 }));
  }
}
