// Runs the extension-host suite (test/e2e/suite) in a real VS Code workbench — code-server driven by headless
// Chromium — through @vscode/test-electron's runTests, with scripts/e2e/code-server-host.mjs as the "VS Code executable".
// The extension under test is the packaged .vsix (`npm run package`) installed in code-server, as a user gets
// it; E2E_SOURCE=1 runs the source tree instead (quicker while working on a test).
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const host = join(root, 'scripts/e2e/code-server-host.mjs');
const suiteEntry = join(root, 'dist/test/e2e/suite/index.js');
const fixtureWorkspace = join(root, 'test/fixtures/e2e-workspace');
/** The host's own limit (E2E_TIMEOUT_MS); mocha waits a little longer so the host reports the timeout itself. */
const hostTimeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 180_000);

/** Exit codes of code-server-host.mjs besides the tests' own 0 and 1. */
const hostExitMeaning: Record<number, string> = {
  3: 'the host could not start code-server or Chromium (see the lines above and test-output/e2e/)',
  124: `the extension-host tests did not finish within ${hostTimeoutMs} ms (see test-output/e2e/)`,
};

/** Newest modification time of the files under `dir`, in ms. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when a bundle the host loads is missing or older than the sources it is built from. */
function extensionBuildIsStale(): boolean {
  const bundles = ['dist/client.js', 'dist/server.js'].map((file) => join(root, file));
  if (!bundles.every(existsSync)) return true;
  const built = Math.min(...bundles.map((file) => statSync(file).mtimeMs));
  const sources = Math.max(newestMtime(join(root, 'client/src')), newestMtime(join(root, 'server/src')));
  return sources > built;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env });
}

/**
 * Packages the extension (`npm run package`: production bundles, then vsce) and installs the .vsix into
 * the run's extensions folder with code-server's own installer; returns the installed extension's folder.
 */
function installPackagedExtension(scratch: string, extensionsDir: string): string {
  run('npm', ['run', '--silent', 'package']);
  const config = join(scratch, 'install.yaml');
  writeFileSync(config, 'auth: none\n');
  const entry = join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');
  const xdg = join(scratch, 'install-xdg');
  run(
    process.execPath,
    [entry, '--config', config, '--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', join(root, 'dist/opendata-lint.vsix')],
    { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg },
  );
  const installed = readdirSync(extensionsDir).find((name) => name.startsWith('opendata-lint.opendata-lint-'));
  if (!installed) throw new Error(`the .vsix was not installed in ${extensionsDir}`);
  return join(extensionsDir, installed);
}

describe('extension host (code-server + Chromium)', function () {
  this.timeout(hostTimeoutMs + 30_000);
  let scratch: string;
  let extension = root;

  before(function () {
    // A cold code-server install takes about a minute; afterwards the script returns at once.
    this.timeout(10 * 60_000);
    run('bash', [join(root, 'scripts/e2e/install-code-server.sh')]);
    // `npm test` has just built the extension; run on its own, this test rebuilds it when the sources are newer.
    if (extensionBuildIsStale()) run(process.execPath, [join(root, 'esbuild.mjs')]);
    run(process.execPath, [join(root, 'scripts/e2e/build-suite.mjs')]);
    scratch = mkdtempSync(join(tmpdir(), 'odl-e2e-run-'));
    // Tests open (and later edit) a copy, so the fixtures in the repository never change.
    cpSync(fixtureWorkspace, join(scratch, 'workspace'), { recursive: true });
    if (process.env.E2E_SOURCE !== '1') extension = installPackagedExtension(scratch, join(scratch, 'extensions'));
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('passes the in-editor suite (test/e2e/suite/*.e2e.ts)', async () => {
    try {
      await runTests({
        vscodeExecutablePath: host,
        extensionDevelopmentPath: extension,
        extensionTestsPath: suiteEntry,
        launchArgs: [join(scratch, 'workspace'), `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`],
      });
    } catch (error) {
      const code = (error as { code?: number }).code;
      const meaning = code === undefined ? undefined : hostExitMeaning[code];
      throw meaning ? new Error(`${meaning} [exit ${code}]`) : error;
    }
  });
});
