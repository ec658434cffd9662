#!/usr/bin/env node
// Measures a big file in the real editor (issue #16 item 8): code-server + headless Chromium
// (playwright-core), the packaged extension installed from a .vsix, a folder holding the generated IRVE
// file (100k rows by default) and its sidecar naming the schema. A script, not a test: it prints figures.
//
//   node scripts/e2e/measureBigFile.mjs --vsix /work/before/dist/opendata-lint.vsix --label before
//   options: --rows 100000 --keystrokes 20 --seed 8 --no-baseline --no-probe --renderer-profile --host-profile --server-profile
//
// Phase "extension": the file is opened with Quick Open; open (Enter) → first text shown, → first squiggle;
// then keystrokes in the first screen, alternately a letter typed at the end of an integer cell (a new
// type-error squiggle) and its Backspace (the squiggle goes), with pauses of 0.4–2 s (seeded); each is
// timed in the page from its keydown to the text rendered and to the squiggle count changing in the
// editor's DOM. Phase "baseline": the same keystrokes with no extension installed (keydown → text).
// A probe extension (written and packaged on the fly, installed beside ours) records in the extension
// host when each change and each diagnostics update arrives there, and the host's event-loop stalls: the
// time keystroke → squiggle is split into renderer → extension host → (client, server) → extension host
// → renderer. Screenshots (test-output/screenshots/measure-*.png) show the file while it is checked
// (named by the time after Enter at which the capture came back).
// Results: .cache/bench/e2e-<label>.json.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, renameSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIrveFile } from '../bench/generateIrve.mjs';
import { quietWorkbenchSettings } from './workbenchSettings.mjs';
import { killGroup } from './processGroup.mjs';
import { prng } from '../bench/prng.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rows = Number(option('--rows', '100000'));
const keystrokeCount = Number(option('--keystrokes', '20'));
const seed = Number(option('--seed', '8'));
const vsix = resolve(option('--vsix', join(root, 'dist/opendata-lint.vsix')));
const label = option('--label', 'current');
const withBaseline = !args.includes('--no-baseline');
// --max-problems N: the extension's opendataLint.maxProblems (how many diagnostics each publication holds).
const maxProblems = option('--max-problems', undefined);
// --no-merge-conflict: VS Code's built-in merge-conflict extension off (it reads the whole document after every change).
const noMergeConflict = args.includes('--no-merge-conflict');
const withProbe = !args.includes('--no-probe');
const rendererProfile = args.includes('--renderer-profile');
/** A CPU profile of the extension host (in process, by the probe): it adds the sampler's own cost to the host. */
const hostProfile = args.includes('--host-profile');
/** A CPU profile of the language server inside code-server (a preload starts it in process). */
const serverProfile = args.includes('--server-profile');
const codeServerEntry = join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = JSON.parse(readFileSync(join(root, 'scripts/chromium-args.json'), 'utf8'));
const screenshotDir = join(root, 'test-output/screenshots');
const INTEGER_COLUMN = 'nbre_pdc';
const SETTLE_TIMEOUT_MS = 15_000;

const log = (message) => process.stderr.write(`[measure] ${new Date().toISOString().slice(11, 23)} ${message}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function summary(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const q = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);
  return { n: sorted.length, median: q(0.5), p90: q(0.9), max: sorted.at(-1) ?? NaN, min: sorted[0] ?? NaN };
}

/** The workspace: the IRVE file (hard link when possible) and its sidecar. */
async function makeWorkspace(scratch) {
  const generated = join(root, '.cache/bench', `irve-${rows}.csv`);
  if (!existsSync(generated)) {
    mkdirSync(dirname(generated), { recursive: true });
    log(`generating ${generated}`);
    await writeIrveFile(rows, generated);
  }
  const folder = join(scratch, 'workspace');
  mkdirSync(folder, { recursive: true });
  const name = `irve-${rows}.csv`;
  try {
    linkSync(generated, join(folder, name));
  } catch {
    copyFileSync(generated, join(folder, name));
  }
  writeFileSync(join(folder, `irve-${rows}.resource.yaml`), `name: irve-${rows}\npath: ${name}\nschema: etalab/schema-irve-statique@2.3.1\nformat: csv\nencoding: utf-8\n`);
  return { folder, name, text: readFileSync(generated, 'utf8') };
}

/**
 * Where to type: lines of the first screen (3–25) whose integer cell holds a valid value, as "line:column"
 * for Go to Line (1-based), the cursor at the end of the cell.
 */
function typingPlaces(text) {
  const lines = text.slice(0, 200_000).split('\n');
  const header = lines[0].split(',');
  const column = header.indexOf(INTEGER_COLUMN);
  const places = [];
  for (let line = 2; line < 25; line++) {
    // Cells up to the integer column hold no quotes in the generated file (the coordinates come just before: quoted).
    const content = lines[line];
    let at = 0;
    let index = 0;
    let inQuotes = false;
    let start = 0;
    for (; at <= content.length; at++) {
      const c = content[at];
      if (c === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (c === ',' || at === content.length)) {
        if (index === column) break;
        index++;
        start = at + 1;
      }
    }
    const value = content.slice(start, at);
    if (/^\d+$/.test(value)) places.push({ line: line + 1, column: at + 1, value });
  }
  return places;
}

/** A tiny extension that records, in the extension host, when changes and diagnostics of the big file arrive, and its event-loop stalls. */
function buildProbeVsix(scratch) {
  const dir = join(scratch, 'probe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'measure-probe', publisher: 'opendata-lint-bench', version: '0.0.1', license: 'MIT', engines: { vscode: '^1.90.0' }, main: './extension.js', activationEvents: ['*'], repository: 'none' }),
  );
  writeFileSync(join(dir, 'README.md'), 'Probe for scripts/e2e/measureBigFile.mjs\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(
    join(dir, 'extension.js'),
    `const vscode = require('vscode');
const fs = require('fs');
exports.activate = function (context) {
  const file = process.env.MEASURE_PROBE_FILE;
  if (!file) return;
  let lines = [];
  const flush = () => { if (lines.length) { fs.appendFileSync(file, lines.join('\\n') + '\\n'); lines = []; } };
  const record = (event) => lines.push(JSON.stringify({ at: performance.timeOrigin + performance.now(), ...event }));
  const big = (uri) => /irve-\\d+\\.csv$/.test(uri.path);
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((e) => { if (big(e.document.uri) && e.contentChanges.length) record({ kind: 'change', version: e.document.version }); }));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => { if (big(d.uri)) record({ kind: 'open', version: d.version }); }));
  context.subscriptions.push(vscode.languages.onDidChangeDiagnostics((e) => { for (const uri of e.uris) if (big(uri)) record({ kind: 'diagnostics', count: vscode.languages.getDiagnostics(uri).length }); }));
  // Event-loop stalls of the extension host: a 10 ms timer that fires late.
  let expected = performance.now() + 10;
  const timer = setInterval(() => { const now = performance.now(); const late = now - expected; if (late > 30) record({ kind: 'stall', ms: late }); expected = now + 10; }, 10);
  // A CPU profile of the extension host (every extension, the language client included) from the big
  // file's opening until the measuring script asks for it (a file <probe>.stop): the inspector in process.
  let session;
  const startProfile = () => {
    if (session || !process.env.MEASURE_PROBE_PROFILE) return;
    const inspector = require('inspector');
    session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start', () => record({ kind: 'profile-started' }))));
  };
  const flusher = setInterval(() => {
    flush();
    if (session && fs.existsSync(file + '.stop')) {
      const done = session;
      session = undefined;
      fs.rmSync(file + '.stop');
      done.post('Profiler.stop', (error, result) => {
        fs.writeFileSync(file + '.cpuprofile', JSON.stringify(error ? { error: String(error) } : result.profile));
        fs.writeFileSync(file + '.profiled', '');
        done.disconnect();
      });
    }
  }, 250);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => { if (big(d.uri)) startProfile(); }));
  context.subscriptions.push({ dispose() { clearInterval(timer); clearInterval(flusher); flush(); } });
  record({ kind: 'probe-active' });
};
exports.deactivate = function () {};
`,
  );
  const out = join(scratch, 'probe.vsix');
  execFileSync(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], { cwd: dir, stdio: 'pipe' });
  return out;
}

/**
 * A preload (NODE_OPTIONS=--require) for code-server's processes: in the language server only (dist/server.js),
 * it copies the server's OPENDATA_LINT_TRACE milestones to a file (they otherwise go to the output channel) and,
 * with MEASURE_SERVER_PROFILE, profiles the server in process until <file>.stop appears.
 */
function writeServerPreload(scratch) {
  const file = join(scratch, 'server-preload.cjs');
  writeFileSync(
    file,
    `if (/dist[\\\\/]server\\.js$/.test(process.argv[1] || '') && process.env.MEASURE_SERVER_FILE) {
  const fs = require('fs');
  const out = process.env.MEASURE_SERVER_FILE;
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    const text = String(chunk);
    if (text.startsWith('[trace]')) fs.appendFileSync(out, text);
    return write(chunk, ...rest);
  };
  if (process.env.MEASURE_SERVER_PROFILE) {
    const inspector = require('inspector');
    const session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
    const timer = setInterval(() => {
      if (!fs.existsSync(out + '.stop')) return;
      clearInterval(timer);
      session.post('Profiler.stop', (error, result) => {
        fs.writeFileSync(out + '.cpuprofile', JSON.stringify(error ? { error: String(error) } : result.profile));
        fs.writeFileSync(out + '.profiled', '');
      });
    }, 250);
    timer.unref();
  }
}
`,
  );
  return file;
}

function installExtension(scratch, extensionsDir, file) {
  const config = join(scratch, 'install.yaml');
  writeFileSync(config, 'auth: none\n');
  const xdg = join(scratch, 'install-xdg');
  execFileSync(process.execPath, [codeServerEntry, '--config', config, '--user-data-dir', join(scratch, 'install-user-data'), '--extensions-dir', extensionsDir, '--install-extension', file], {
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg },
    stdio: 'pipe',
  });
}

/** Starts code-server (own process group) and resolves with its URL. */
async function startCodeServer(scratch, name, { extensionsDir, folder, env = {} }) {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'user-data/User'), { recursive: true });
  writeFileSync(
    join(dir, 'user-data/User/settings.json'),
    JSON.stringify({
      ...quietWorkbenchSettings,
      'security.workspace.trust.enabled': false,
      // The web workbench asks before opening a file over 10 MB ("Open Anyway"); the desktop's limit is 1 GB.
      'workbench.editorLargeFileConfirmation': 1024,
      ...(maxProblems ? { 'opendataLint.maxProblems': Number(maxProblems) } : {}),
      ...(noMergeConflict ? { 'merge-conflict.decorators.enabled': false, 'merge-conflict.codeLens.enabled': false, 'merge-conflict.autoNavigateNextConflict.enabled': false } : {}),
    }),
  );
  writeFileSync(join(dir, 'code-server.yaml'), 'auth: none\ncert: false\n');
  const child = spawn(
    process.execPath,
    [codeServerEntry, '--config', join(dir, 'code-server.yaml'), '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, folder],
    { env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: join(dir, 'xdg'), XDG_DATA_HOME: join(dir, 'xdg'), XDG_CACHE_HOME: join(dir, 'xdg'), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start: ${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited (${code}): ${output}`)));
  });
  return { child, url, output: () => output };
}

/** In the page: a keydown clock, long tasks, and a watcher of the active editor's text and squiggles. */
function installPageProbe() {
  if (window.__measure) return;
  const state = { keyAt: 0, keys: [], longTasks: [] };
  window.__measure = state;
  addEventListener('keydown', (event) => {
    state.keyAt = event.timeStamp;
    state.keys.push(event.timeStamp);
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ entryTypes: ['longtask'] });
  } catch {
    // no long tasks API
  }
  const editor = () => document.querySelector('.part.editor .monaco-editor:not(.inline-chat) .view-lines')?.closest('.monaco-editor');
  state.look = () => {
    const e = editor();
    return {
      text: e?.querySelector('.view-lines')?.textContent ?? '',
      errors: e ? e.querySelectorAll('.squiggly-error').length : 0,
      squiggles: e ? e.querySelectorAll('[class*="squiggly-"]').length : 0,
    };
  };
  /** Arms a watch from the current look; `wait` resolves once the text changed (and the error squiggles, when asked) or the time is up. */
  state.arm = () => {
    state.base = state.look();
    state.keyAt = 0;
    state.seen = {};
    const check = () => {
      const now = performance.now();
      const look = state.look();
      if (state.seen.text === undefined && look.text !== state.base.text) state.seen.text = now;
      if (state.seen.errors === undefined && look.errors !== state.base.errors) {
        state.seen.errors = now;
        state.seen.errorCount = look.errors;
      }
    };
    state.observer?.disconnect();
    state.observer = new MutationObserver(check);
    const e = editor();
    if (e) state.observer.observe(e, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    state.check = check;
    return state.base;
  };
  state.wait = (needErrors, timeoutMs) =>
    new Promise((done) => {
      const started = performance.now();
      const tick = () => {
        state.check();
        const enough = state.seen.text !== undefined && (!needErrors || state.seen.errors !== undefined);
        if (enough || performance.now() - started > timeoutMs) {
          state.observer?.disconnect();
          done({ keyAt: state.keyAt, epochKey: performance.timeOrigin + state.keyAt, text: state.seen.text, errors: state.seen.errors, errorCount: state.seen.errorCount, base: { errors: state.base.errors } });
        } else setTimeout(tick, 5);
      };
      tick();
    });
  /** Times from now to the first text shown in an editor and the first squiggle (any), sampling the status bar's texts. */
  state.watchOpen = (timeoutMs) =>
    new Promise((done) => {
      const started = performance.now();
      const seen = {};
      const statusTexts = [];
      const known = new Set();
      const tick = () => {
        const now = performance.now();
        const e = editor();
        if (seen.text === undefined && e && (e.querySelector('.view-lines')?.textContent ?? '').length > 100) seen.text = now;
        if (seen.squiggle === undefined && e && e.querySelector('[class*="squiggly-"]')) seen.squiggle = now;
        for (const item of document.querySelectorAll('.part.statusbar .statusbar-item')) {
          const text = item.textContent.trim();
          const spinning = Boolean(item.querySelector('.codicon-modifier-spin, .codicon-loading, .codicon-sync'));
          const key = `${text}|${spinning}`;
          if (text && !known.has(key)) {
            known.add(key);
            statusTexts.push({ ms: now - started, text, spinning });
          }
        }
        if ((seen.squiggle !== undefined && now - seen.squiggle > 3000) || now - started > timeoutMs) done({ started, epochStarted: performance.timeOrigin + started, ...seen, statusTexts });
        else setTimeout(tick, 20);
      };
      tick();
    });
}

async function openWorkbench(url, folder) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'measure-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, viewport: { width: 1600, height: 1000 }, args: chromiumArgs, timeout: 60_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 }).catch(() => undefined);
  await sleep(3000);
  await page.evaluate(installPageProbe);
  return { context, page, profile };
}

async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `measure-${label}-${name}.png`);
  await page.screenshot({ path: file }).catch((error) => log(`screenshot ${name} failed: ${error}`));
  return file;
}

async function notifications(page) {
  return page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-list-item-message, .notifications-center .notification-list-item-message')].map((e) => e.textContent.trim()));
}

/** One phase: open the file, then the keystrokes. */
async function runPhase(phase, { url, folder, name, places, extension, probeFile, serverFile }) {
  const { context, page, profile } = await openWorkbench(url, folder);
  const result = { phase };
  try {
    // Open with Quick Open; the clock starts at Enter.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 20_000 });
    await page.keyboard.type(name, { delay: 20 });
    await sleep(1500);
    const watching = page.evaluate((timeout) => window.__measure.watchOpen(timeout), extension ? 120_000 : 20_000);
    await page.keyboard.press('Enter');
    const entered = Date.now();
    const shots = [];
    if (extension) {
      // Named by when the capture came back (a busy renderer delays it: the time asked for means little).
      for (const wait of [700, 800]) {
        await sleep(wait);
        const file = await screenshot(page, `${phase}-open-shot`);
        const named = file.replace(/-shot\.png$/, `-${Date.now() - entered}ms.png`);
        renameSync(file, named);
        shots.push(named);
      }
    }
    const open = await watching;
    result.open = { textMs: open.text - open.started, squiggleMs: open.squiggle === undefined ? undefined : open.squiggle - open.started, statusTexts: open.statusTexts, epochStarted: open.epochStarted };
    log(`${phase}: open → text ${result.open.textMs?.toFixed(0)} ms, → first squiggle ${result.open.squiggleMs?.toFixed(0) ?? '–'} ms`);
    if (extension) shots.push(await screenshot(page, `${phase}-open-done`));
    await sleep(extension ? 4000 : 1000);
    result.notificationsAfterOpen = await notifications(page);

    // Keystrokes: go to a place, then a letter and its Backspace, pauses between.
    const random = prng(seed);
    const keystrokes = [];
    if (rendererProfile) {
      result.cdp = await context.newCDPSession(page);
      await result.cdp.send('Profiler.enable');
      await result.cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await result.cdp.send('Profiler.start');
    }
    const longTasksBefore = await page.evaluate(() => window.__measure.longTasks.length);
    for (let i = 0; keystrokes.length < keystrokeCount; i++) {
      const place = places[i % places.length];
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type(`${place.line}:${place.column}`, { delay: 10 });
      await page.keyboard.press('Enter');
      await sleep(1200);
      for (const key of ['x', 'Backspace']) {
        await sleep(400 + random() * 1600);
        await page.evaluate(() => window.__measure.arm());
        await page.keyboard.press(key);
        const seen = await page.evaluate(({ needErrors, timeout }) => window.__measure.wait(needErrors, timeout), { needErrors: extension, timeout: SETTLE_TIMEOUT_MS });
        const one = { key, line: place.line, epochKey: seen.epochKey, textMs: seen.text - seen.keyAt, squiggleMs: seen.errors === undefined ? undefined : seen.errors - seen.keyAt, errorsBefore: seen.base.errors, errorsAfter: seen.errorCount };
        keystrokes.push(one);
        log(`${phase}: ${key} at ${place.line}:${place.column} → text ${one.textMs.toFixed(0)} ms${extension ? `, → squiggles ${one.squiggleMs?.toFixed(0) ?? 'unchanged'} ms (${one.errorsBefore} → ${one.errorsAfter ?? '?'})` : ''}`);
      }
      await page.keyboard.press('Escape');
    }
    if (rendererProfile) {
      const { profile: cpu } = await result.cdp.send('Profiler.stop');
      const file = join(root, '.cache/bench', `e2e-${label}-${phase}-renderer.cpuprofile`);
      writeFileSync(file, JSON.stringify(cpu));
      result.rendererProfile = file;
      delete result.cdp;
    }
    if (probeFile && hostProfile) {
      writeFileSync(`${probeFile}.stop`, '');
      for (let i = 0; i < 100 && !existsSync(`${probeFile}.profiled`); i++) await sleep(200);
      if (existsSync(`${probeFile}.cpuprofile`)) {
        const target = join(root, '.cache/bench', `e2e-${label}-${phase}-exthost.cpuprofile`);
        copyFileSync(`${probeFile}.cpuprofile`, target);
        result.hostProfile = target;
      }
    }
    if (serverFile && serverProfile) {
      writeFileSync(`${serverFile}.stop`, '');
      for (let i = 0; i < 100 && !existsSync(`${serverFile}.profiled`); i++) await sleep(200);
      if (existsSync(`${serverFile}.cpuprofile`)) {
        const target = join(root, '.cache/bench', `e2e-${label}-${phase}-server.cpuprofile`);
        copyFileSync(`${serverFile}.cpuprofile`, target);
        result.serverProfile = target;
      }
    }
    if (serverFile && existsSync(serverFile)) {
      result.serverTraces = readFileSync(serverFile, 'utf8')
        .split('\n')
        .map((line) => /^\[trace\] ([\d.]+) ([^{]*?)(?: (\{.*\}))?$/.exec(line))
        .filter(Boolean)
        .map((m) => ({ at: Number(m[1]), label: m[2], detail: m[3] ? JSON.parse(m[3]) : {} }));
    }
    const longTasks = await page.evaluate((from) => window.__measure.longTasks.slice(from), longTasksBefore);
    result.longTasks = { count: longTasks.length, totalMs: longTasks.reduce((s, t) => s + t.ms, 0), max: Math.max(0, ...longTasks.map((t) => t.ms)) };
    if (extension) shots.push(await screenshot(page, `${phase}-typed`));
    result.notifications = await notifications(page);
    result.keystrokes = keystrokes;
    result.text = summary(keystrokes.map((k) => k.textMs));
    result.squiggle = summary(keystrokes.map((k) => k.squiggleMs));
    result.unchanged = keystrokes.filter((k) => extension && k.squiggleMs === undefined).length;
    result.screenshots = shots;
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
  return result;
}

/** Splits each keystroke with the probe's records: key → change in the extension host → diagnostics there → squiggle. */
function splitWithProbe(records, phase) {
  const changes = records.filter((r) => r.kind === 'change');
  const diagnostics = records.filter((r) => r.kind === 'diagnostics');
  for (const k of phase.keystrokes) {
    const change = changes.find((r) => r.at >= k.epochKey - 5);
    const diag = change && diagnostics.find((r) => r.at >= change.at);
    k.hostChangeMs = change ? change.at - k.epochKey : undefined;
    k.hostDiagnosticsMs = diag ? diag.at - k.epochKey : undefined;
  }
  phase.hostChange = summary(phase.keystrokes.map((k) => k.hostChangeMs));
  phase.hostDiagnostics = summary(phase.keystrokes.map((k) => k.hostDiagnosticsMs));
  phase.hostToSquiggle = summary(phase.keystrokes.map((k) => (k.squiggleMs !== undefined && k.hostDiagnosticsMs !== undefined ? k.squiggleMs - k.hostDiagnosticsMs : NaN)));
  // The server's milestones (epoch ms): when it started checking the keystroke's version, and finished.
  const traces = phase.serverTraces ?? [];
  if (traces.length > 0) {
    for (const k of phase.keystrokes) {
      const start = traces.find((t) => t.label === 'check start' && t.at >= k.epochKey - 5);
      const complete = start && traces.find((t) => t.label === 'check complete' && t.at >= start.at);
      k.serverStartMs = start ? start.at - k.epochKey : undefined;
      k.serverCompleteMs = complete ? complete.at - k.epochKey : undefined;
    }
    phase.serverStart = summary(phase.keystrokes.map((k) => k.serverStartMs));
    phase.serverComplete = summary(phase.keystrokes.map((k) => k.serverCompleteMs));
    phase.serverToHost = summary(phase.keystrokes.map((k) => (k.hostDiagnosticsMs !== undefined && k.serverCompleteMs !== undefined ? k.hostDiagnosticsMs - k.serverCompleteMs : NaN)));
    const first = traces.find((t) => t.label === 'first page published');
    phase.open.serverFirstPageMs = first ? first.at - phase.open.epochStarted : undefined;
    const bigMessage = traces.find((t) => t.label === 'big message started');
    phase.open.serverMessageStartedMs = bigMessage ? bigMessage.at - phase.open.epochStarted : undefined;
    const read = traces.find((t) => t.label === 'didOpen received');
    phase.open.serverDidOpenReadMs = read ? read.at - phase.open.epochStarted : undefined;
  }
  const opened = records.find((r) => r.kind === 'open');
  const firstDiagnostics = records.find((r) => r.kind === 'diagnostics');
  phase.open.hostOpenMs = opened ? opened.at - phase.open.epochStarted : undefined;
  phase.open.hostFirstDiagnosticsMs = firstDiagnostics ? firstDiagnostics.at - phase.open.epochStarted : undefined;
  const typingFrom = phase.keystrokes[0]?.epochKey ?? Infinity;
  const stalls = records.filter((r) => r.kind === 'stall');
  phase.hostStalls = {
    duringOpen: summary(stalls.filter((r) => r.at < typingFrom).map((r) => r.ms)),
    whileTyping: summary(stalls.filter((r) => r.at >= typingFrom).map((r) => r.ms)),
    whileTypingTotalMs: stalls.filter((r) => r.at >= typingFrom).reduce((s, r) => s + r.ms, 0),
  };
}

const f = (n) => (Number.isFinite(n) ? n.toFixed(0) : '–');

async function main() {
  if (!existsSync(codeServerEntry)) throw new Error(`code-server is missing: bash scripts/e2e/install-code-server.sh`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: npm run package (or pass --vsix)`);
  const scratch = mkdtempSync(join(tmpdir(), 'measure-big-'));
  const result = { label, vsix, rows, date: new Date().toISOString(), phases: [] };
  const servers = [];
  const stop = async () => {
    for (const s of servers) await killGroup(s.child);
  };
  process.on('SIGINT', () =>
    void stop().finally(() => {
      rmSync(scratch, { recursive: true, force: true });
      process.exit(130);
    }),
  );
  try {
    const { folder, name, text } = await makeWorkspace(scratch);
    const places = typingPlaces(text);
    log(`${places.length} places to type in (${INTEGER_COLUMN}), workspace ${folder}`);
    const extensionsDir = join(scratch, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    installExtension(scratch, extensionsDir, vsix);
    const probeFile = join(scratch, 'probe.jsonl');
    if (withProbe) installExtension(scratch, extensionsDir, buildProbeVsix(scratch));
    log(`installed: ${readdirSync(extensionsDir).filter((n) => !n.startsWith('.') && n !== 'extensions.json').join(', ')}`);

    const serverFile = join(scratch, 'server-trace.txt');
    const serverEnv = withProbe
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${writeServerPreload(scratch)}`.trim(), MEASURE_SERVER_FILE: serverFile, OPENDATA_LINT_TRACE: '1', ...(serverProfile ? { MEASURE_SERVER_PROFILE: '1' } : {}) }
      : {};
    const withExtension = await startCodeServer(scratch, 'with-extension', { extensionsDir, folder, env: withProbe ? { MEASURE_PROBE_FILE: probeFile, ...(hostProfile ? { MEASURE_PROBE_PROFILE: '1' } : {}), ...serverEnv } : {} });
    servers.push(withExtension);
    const phase = await runPhase('extension', { url: withExtension.url, folder, name, places, extension: true, probeFile: withProbe ? probeFile : undefined, serverFile: withProbe ? serverFile : undefined });
    await killGroup(withExtension.child);
    if (withProbe && existsSync(probeFile)) {
      const records = readFileSync(probeFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
      splitWithProbe(records, phase);
    }
    result.phases.push(phase);

    if (withBaseline) {
      // The baseline has the probe only (its extension host then holds the built-in extensions and the probe).
      const baselineExtensions = join(scratch, 'baseline-extensions');
      mkdirSync(baselineExtensions, { recursive: true });
      if (withProbe) installExtension(scratch, baselineExtensions, join(scratch, 'probe.vsix'));
      const baselineProbe = join(scratch, 'baseline-probe.jsonl');
      const baselineServer = await startCodeServer(scratch, 'baseline', { extensionsDir: baselineExtensions, folder, env: withProbe ? { MEASURE_PROBE_FILE: baselineProbe } : {} });
      servers.push(baselineServer);
      const baseline = await runPhase('baseline', { url: baselineServer.url, folder, name, places, extension: false });
      await killGroup(baselineServer.child);
      if (withProbe && existsSync(baselineProbe)) {
        const records = readFileSync(baselineProbe, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
        splitWithProbe(records, baseline);
      }
      result.phases.push(baseline);
    }
  } finally {
    await stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  const out = join(root, '.cache/bench', `e2e-${label}.json`);
  writeFileSync(out, JSON.stringify(result, null, 1));
  const [ext, base] = result.phases;
  console.log(`\nBig file in code-server — ${label} (${rows} rows, ${vsix}); medians / p90 / max in ms (n)`);
  console.log('| figure | with the extension | baseline (no extension) |');
  console.log('| --- | --- | --- |');
  const s = (x) => (x ? `${f(x.median)} / ${f(x.p90)} / ${f(x.max)} (${x.n})` : '–');
  console.log(`| open (Enter in Quick Open) → text shown | ${f(ext.open.textMs)} | ${base ? f(base.open.textMs) : '–'} |`);
  console.log(`| open → first squiggle | ${f(ext.open.squiggleMs)} | – |`);
  if (ext.open.serverMessageStartedMs !== undefined) console.log(`| open → the server: didOpen starts arriving / read whole / first page published | ${f(ext.open.serverMessageStartedMs)} / ${f(ext.open.serverDidOpenReadMs)} / ${f(ext.open.serverFirstPageMs)} | – |`);
  if (ext.open.hostFirstDiagnosticsMs !== undefined) console.log(`| open → first diagnostics in the extension host | ${f(ext.open.hostFirstDiagnosticsMs)} | – |`);
  console.log(`| keystroke → text rendered | ${s(ext.text)} | ${base ? s(base.text) : '–'} |`);
  console.log(`| keystroke → error squiggles changed | ${s(ext.squiggle)} (unchanged after ${SETTLE_TIMEOUT_MS / 1000} s: ${ext.unchanged}) | – |`);
  if (ext.hostChange) {
    console.log(`| keystroke → change event in the extension host | ${s(ext.hostChange)} | – |`);
    console.log(`| keystroke → diagnostics updated in the extension host | ${s(ext.hostDiagnostics)} | – |`);
    if (ext.serverStart) {
      console.log(`| keystroke → the server starts checking that version (its trace) | ${s(ext.serverStart)} | – |`);
      console.log(`| keystroke → the server's check complete (diagnostics sent next) | ${s(ext.serverComplete)} | – |`);
      console.log(`| server check complete → diagnostics in the extension host | ${s(ext.serverToHost)} | – |`);
    }
    console.log(`| diagnostics in the extension host → squiggles in the page | ${s(ext.hostToSquiggle)} | – |`);
    const stalls = (x) => (x?.hostStalls ? `${s(x.hostStalls.duringOpen)} / ${s(x.hostStalls.whileTyping)} (total ${f(x.hostStalls.whileTypingTotalMs)} ms)` : '–');
    console.log(`| extension-host event-loop stalls > 30 ms: during open / while typing | ${stalls(ext)} | ${stalls(base)} |`);
    console.log(`| keystroke → change event in the extension host (baseline: built-ins + probe only) | ${s(ext.hostChange)} | ${base?.hostChange ? s(base.hostChange) : '–'} |`);
  }
  console.log(`| renderer long tasks while typing: count / total / max (ms) | ${ext.longTasks.count} / ${f(ext.longTasks.totalMs)} / ${f(ext.longTasks.max)} | ${base ? `${base.longTasks.count} / ${f(base.longTasks.totalMs)} / ${f(base.longTasks.max)}` : '–'} |`);
  console.log(`status bar during the open: ${ext.open.statusTexts.map((t) => `+${f(t.ms)} ms “${t.text}”${t.spinning ? ' (spinning)' : ''}`).join('; ')}`);
  console.log(`notifications: ${[...new Set([...(ext.notificationsAfterOpen ?? []), ...(ext.notifications ?? [])])].join(' | ') || 'none'}`);
  console.log(`screenshots: ${ext.screenshots.join(', ')}`);
  if (ext.hostProfile) console.log(`extension-host CPU profile: ${ext.hostProfile} (node scripts/bench/profileTop.mjs <file>)`);
  if (ext.rendererProfile) console.log(`renderer CPU profile: ${ext.rendererProfile}`);
  if (ext.serverProfile) console.log(`server CPU profile: ${ext.serverProfile}`);
  console.log(`(written to ${out})`);
}

await main();
process.exit(0);
