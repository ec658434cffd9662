#!/usr/bin/env node
// Stands in for the VS Code executable in `@vscode/test-electron`'s runTests(): accepts VS Code's usual
// arguments, starts code-server (a real workbench + extension host) and headless Chromium on it, runs
// the extension tests and exits with their code. Nothing is left running afterwards.
//
// Tests that play the user ask the host, by a line they log, to act on the workbench page as a person
// would and to take screenshots (see userActions below and test/e2e/suite/user.ts).
//
// Exit codes: the tests' own code (0 = passed, 1 = failed), 124 = timed out, 3 = could not start.
// Environment: E2E_TIMEOUT_MS (default 180000), CODE_SERVER_DIR (default .cache/code-server),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_VERBOSE=1 to echo code-server's own output and the
// workbench's start-up lines with timestamps.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { quietWorkbenchSettings } from './workbenchSettings.mjs';
import { killGroup } from './processGroup.mjs';

const EXIT_TIMEOUT = 124;
const EXIT_SETUP_FAILED = 3;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const codeServerDir = process.env.CODE_SERVER_DIR ?? join(projectRoot, '.cache/code-server');
const codeServerEntry = join(codeServerDir, 'node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 180_000);
const verbose = process.env.E2E_VERBOSE === '1';
const logDir = join(projectRoot, 'test-output/e2e');
/** Screenshots the tests ask for: artefacts a person reviewing a change looks at. */
const screenshotDir = join(projectRoot, 'test-output/screenshots');

// No sandbox (CI runs as root in a container), no GPU, and no background traffic, since the machine
// has no internet: the flags shared with the map page tests (scripts/chromium-args.json).
const chromiumArgs = JSON.parse(readFileSync(join(projectRoot, 'scripts/chromium-args.json'), 'utf8'));

/** Routine workbench start-up lines, shown only with E2E_VERBOSE=1 so the tests' own output stands out. */
const workbenchChatter =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\] registered|ChatSessionStore: Migrating)/;

/** What we take from VS Code's command line; every other flag (desktop-only) is ignored. */
function parseVsCodeArguments(argv) {
  const options = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      options.folders.push(resolve(arg));
      continue;
    }
    const [, name, inline] = match;
    const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(name);
    const value = takesValue ? (inline ?? argv[++i]) : inline;
    if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPaths.push(resolve(value));
    else if (name === 'extensionTestsPath') options.extensionTestsPath = resolve(value);
    else if (name === 'user-data-dir') options.userDataDir = resolve(value);
    else if (name === 'extensions-dir') options.extensionsDir = resolve(value);
  }
  return options;
}

function log(message) {
  process.stderr.write(`[code-server-host] ${message}\n`);
}

const userSettings = quietWorkbenchSettings;

function writeUserSettings(userDataDir) {
  const file = join(userDataDir, 'User/settings.json');
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(userSettings, null, 2));
}

/** Starts code-server in its own process group on a port the OS picks, and resolves with its address. */
function startCodeServer({ scratch, userDataDir, extensionsDir, folder, controlDir }) {
  const configFile = join(scratch, 'code-server.yaml');
  // Always pass --config, or code-server writes a default one into the home folder.
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const args = [
    codeServerEntry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  if (folder) args.push(folder);
  // XDG_* keep code-server's logs and state out of the home folder; an empty extension gallery stops
  // the workbench from looking up open-vsx.org (no internet here, and nothing to install from it).
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: join(scratch, 'xdg-config'),
    XDG_DATA_HOME: join(scratch, 'xdg-data'),
    XDG_CACHE_HOME: join(scratch, 'xdg-cache'),
    // The extension host inherits it: where a test waits for the host to have done what it asked.
    E2E_CONTROL_DIR: controlDir,
    E2E_SCREENSHOT_DIR: screenshotDir,
  };
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const address = new Promise((resolveAddress, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      output.push(text);
      if (verbose) process.stderr.write(text);
      const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output.join(''));
      if (listening) resolveAddress({ url: listening[1], port: Number(listening[2]) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`code-server exited early (${code ?? signal})`)));
  });
  // Marked handled: when the run is over (or timed out) the group is killed and this rejects unheard.
  address.catch(() => undefined);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ exited: code ?? signal })));
  return { child, output, address, exited };
}

async function waitForHealth(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('code-server did not answer /healthz in time');
}

function workbenchUrl(baseUrl, port, { folder, extensionDevelopmentPaths, extensionTestsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ...extensionDevelopmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]),
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder)}`);
  query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${baseUrl}/?${query.join('&')}`;
}

/** Keeps the workbench's own logs (renderer, extension host, server) for a failed run. */
function saveLogs(logs, codeServerOutput) {
  try {
    rmSync(logDir, { recursive: true, force: true });
    mkdirSync(logDir, { recursive: true });
    writeFileSync(join(logDir, 'code-server.log'), codeServerOutput.join(''));
    for (const entry of Array.isArray(logs) ? logs : []) {
      if (!entry || typeof entry.relativePath !== 'string') continue;
      const target = join(logDir, entry.relativePath.replace(/\.\.+/g, '_'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, String(entry.contents ?? ''));
    }
    log(`logs kept in ${logDir}`);
  } catch (error) {
    log(`could not save logs: ${error}`);
  }
}

/**
 * What a test asks of the page, as a line it logs: `[[e2e <id> <action> <argument>]]`. Actions: `press`
 * (a key chord, e.g. `Control+Period`), `type` (text typed key by key), `click` (a CSS selector),
 * `screenshot` (a file name under test-output/screenshots). Once done, the host writes `<id>.done` (or
 * `<id>.failed` with the error) in the control folder the test polls.
 */
const USER_ACTION = /^\[\[e2e (\S+) (press|type|click|screenshot) ([\s\S]*)\]\]$/;

async function userAction(page, controlDir, line) {
  const match = USER_ACTION.exec(line);
  if (!match) return false;
  const [, id, action, argument] = match;
  try {
    if (action === 'press') await page.keyboard.press(argument);
    else if (action === 'type') await page.keyboard.type(argument, { delay: 15 });
    else if (action === 'click') await page.locator(argument).first().click({ timeout: 10_000 });
    else {
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, argument.replace(/[^\w.-]+/g, '_')) });
    }
    writeFileSync(join(controlDir, `${id}.done`), '');
  } catch (error) {
    writeFileSync(join(controlDir, `${id}.failed`), String(error?.stack ?? error));
  }
  return true;
}

async function main() {
  const options = parseVsCodeArguments(process.argv.slice(2));
  if (!options.extensionTestsPath || options.extensionDevelopmentPaths.length === 0) {
    log('usage: code-server-host.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]');
    return EXIT_SETUP_FAILED;
  }
  if (!existsSync(codeServerEntry)) {
    log(`code-server is not installed in ${codeServerDir}: run bash scripts/e2e/install-code-server.sh`);
    return EXIT_SETUP_FAILED;
  }
  if (!existsSync(chromiumPath)) {
    log(`Chromium not found at ${chromiumPath}: apt-get install -y --no-install-recommends chromium`);
    return EXIT_SETUP_FAILED;
  }

  const scratch = mkdtempSync(join(tmpdir(), 'odl-e2e-'));
  const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  const controlDir = join(scratch, 'control');
  mkdirSync(controlDir, { recursive: true });
  const folder = options.folders[0];
  const startedAt = Date.now();
  const deadline = startedAt + timeoutMs;
  let server;
  let context;
  let finished = false;

  const cleanup = async () => {
    if (context) await context.close().catch(() => undefined);
    context = undefined;
    await killGroup(server?.child);
    rmSync(scratch, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    if (finished) return;
    finished = true;
    log(`${signal}: stopping`);
    cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    writeUserSettings(userDataDir);
    server = startCodeServer({ scratch, userDataDir, extensionsDir, folder, controlDir });
    const timedOut = new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()), 'timeout').unref());
    const started = await Promise.race([server.address, timedOut]);
    if (started === 'timeout') throw new Error('code-server did not start in time');
    const { url, port } = started;
    await waitForHealth(url, deadline);
    const serverUpAt = Date.now();

    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(scratch, 'chromium-profile'), {
      executablePath: chromiumPath,
      headless: true,
      // A laptop's screen: what the screenshots show.
      viewport: { width: 1600, height: 1000 },
      args: chromiumArgs,
      // Debian's Chromium keeps crash reports and settings under XDG folders: keep them in the scratch folder.
      env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'xdg-config'), XDG_CACHE_HOME: join(scratch, 'xdg-cache') },
      timeout: Math.max(1, deadline - Date.now()),
    });
    const page = context.pages()[0] ?? (await context.newPage());
    let settle;
    const testsDone = new Promise((r) => (settle = r));
    // Both must be exposed before navigation, or the workbench finds neither and the run hangs.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // The host forwards console.log's arguments unformatted (mocha passes printf-style templates).
      const text = Array.isArray(args) ? format(...args) : String(args);
      if (text.startsWith('[[e2e ')) {
        void userAction(page, controlDir, text.trim());
        return;
      }
      if (!verbose && workbenchChatter.test(text)) return;
      if (verbose) process.stdout.write(`[+${Date.now() - startedAt} ms] `);
      (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => settle({ code: Number(code), logs }));
    await page.goto(workbenchUrl(url, port, { ...options, folder }), {
      waitUntil: 'domcontentloaded',
      timeout: Math.max(1, deadline - Date.now()),
    });

    const outcome = await Promise.race([testsDone, timedOut, server.exited]);
    if (outcome === 'timeout') {
      log(`tests did not finish within ${timeoutMs} ms`);
      saveLogs([], server.output);
      return EXIT_TIMEOUT;
    }
    if ('exited' in outcome) {
      if (finished) return EXIT_SETUP_FAILED; // stopped by a signal: onSignal exits
      log(`code-server stopped during the tests (${outcome.exited})`);
      saveLogs([], server.output);
      return EXIT_SETUP_FAILED;
    }
    log(`code-server ready in ${((serverUpAt - startedAt) / 1000).toFixed(1)} s, workbench and tests ${((Date.now() - serverUpAt) / 1000).toFixed(1)} s`);
    if (outcome.code !== 0) saveLogs(outcome.logs, server.output);
    return outcome.code;
  } catch (error) {
    log(String(error?.stack ?? error));
    if (server) saveLogs([], server.output);
    // A step that ran out of the overall time (Chromium's launch, the page load) is a timeout too.
    if (Date.now() >= deadline) {
      log(`timed out after ${timeoutMs} ms`);
      return EXIT_TIMEOUT;
    }
    return EXIT_SETUP_FAILED;
  } finally {
    finished = true;
    await cleanup();
  }
}

process.exitCode = await main();
// Playwright and stray handles must not keep this process alive once the run has settled.
process.exit(process.exitCode);
