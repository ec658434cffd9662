// One verdict everywhere: for every CSV of examples/, of the bundled catalog's examples and of the CLI's golden
// inputs, with default
// settings, the real language server's diagnostics and the command line's JSON report list the same problems
// (code, severity, position) under the same schema in force. Both faces call the engine's one plan
// (engine/plan/tablePlan.ts); a mismatch here means a face decided something on its own.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { decodeFileText } from '../../server/src/engine/table/fileEncoding';
import { runCli } from '../cli/runCli';
import { LspSession } from './lspSession';

const root = path.resolve(__dirname, '..', '..');

/** Every CSV under a folder. */
function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const severities: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

interface CliProblem {
  code: string;
  severity: string;
  position?: { line: number; column: number };
}

describe('one verdict: the language server and the command line agree on every example', function () {
  this.timeout(120_000);
  // A copy: the files are checked where they are, with the project settings of their folders (none here).
  const workspace = mkdtempSync(path.join(tmpdir(), 'odl-parity-'));
  cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  cpSync(path.join(root, 'test/fixtures/catalog-examples'), path.join(workspace, 'catalog-examples'), { recursive: true });
  // The CLI's golden inputs too: a Windows-1252 file, a schema detected, a file with structure errors.
  cpSync(path.join(root, 'test/fixtures/golden/inputs'), path.join(workspace, 'golden/inputs'), { recursive: true });
  const files = csvFiles(workspace);
  let session: LspSession;
  let report: { files: { path: string; schema?: { ref: string; source: string }; problems: CliProblem[] }[] };

  before(async () => {
    assert.ok(files.length >= 15, `${files.length} files`);
    const run = runCli(['check', ...files.map((file) => path.relative(workspace, file)), '--format', 'json'], { cwd: workspace });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    report = JSON.parse(run.stdout);
    // Default settings, but every problem published (the editor caps them at 1,000 with a summary).
    session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { maxProblems: 1_000_000 } });
  });
  after(async () => {
    await session.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const sources = ['examples', 'test/fixtures/catalog-examples', 'test/fixtures/golden/inputs'].flatMap((dir) => csvFiles(path.join(root, dir)));
  for (const relative of sources.map((file) => path.relative(root, file))) {
    const name = relative.replace(/^test\/fixtures\//, '');
    it(name, async () => {
      const file = path.join(workspace, name);
      const uri = pathToFileURL(file).href;
      // The text the editor holds: the file decoded with its encoding (VS Code guesses it for CSV files).
      session.open(uri, decodeFileText(readFileSync(file)));
      const diagnostics: Diagnostic[] = await session.diagnostics(uri, 1);
      const fromServer = diagnostics.map((d) => `${d.code} ${severities[d.severity ?? 1]} ${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
      const entry = report.files.find((f) => f.path === name);
      assert.ok(entry, `${name} is in the CLI's report`);
      const fromCli = entry.problems.map((p) => `${p.code} ${p.severity} ${p.position?.line ?? 1}:${p.position?.column ?? 1}`).sort();
      assert.deepEqual(fromServer, fromCli);
      const state = await session.request<{ ref?: string; source: string } | null>('opendataLint/schemaForDocument', { uri });
      assert.deepEqual([state?.ref, state?.ref ? state.source : undefined], [entry.schema?.ref, entry.schema?.source]);
      session.close(uri);
    });
  }
});
