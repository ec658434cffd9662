// Exit codes CI relies on: 0 clean, 1 problems at or above --severity (or more warnings than
// --max-warnings), 2 usage or I/O error; and reports written to files for the workflow.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

/** One warning (encoding-error), no error. */
const warningsOnly = 'test/fixtures/cli/excel-windows1252.csv';
/** Three errors. */
const broken = 'test/fixtures/cli/broken.csv';

describe('CLI exit codes and thresholds', function () {
  this.timeout(30_000);

  it('passes on warnings by default, fails on them with --severity warning', () => {
    assert.equal(runCli(['check', warningsOnly]).code, 0);
    const strict = runCli(['check', warningsOnly, '--severity', 'warning']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /Failed: 1 warning with --severity warning\./);
    assert.equal(runCli(['check', broken, '--severity', 'error']).code, 1);
  });

  it('fails when warnings exceed --max-warnings, even when --quiet hides them', () => {
    assert.equal(runCli(['check', warningsOnly, '--max-warnings', '1']).code, 0);
    const over = runCli(['check', warningsOnly, '--max-warnings', '0', '--quiet']);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /Failed: 1 warning, more than --max-warnings 0\./);
    assert.equal(runCli(['check', warningsOnly, '--max-warnings=0', '--lang=fr']).stderr.trim(), 'Échec : 1 avertissement, plus que --max-warnings 0.');
  });

  it('exits 2 on usage errors, naming what is wrong', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--severity', 'info'], /--severity takes error or warning, not “info”/],
      [['--max-warnings', 'many'], /--max-warnings takes a whole number, not “many”/],
      [['--jobs', '0'], /--jobs takes a whole number, not “0”/],
      [['--format', 'xml'], /unknown format “xml” \(available: text, json, github, sarif, markdown\)/],
      [['--format', 'json', '--format', 'sarif'], /only one report can go to the output/],
      [['--changed-only'], /option --changed-only needs a value/],
    ];
    for (const [options, message] of cases) {
      const run = runCli(['check', warningsOnly, ...options]);
      assert.equal(run.code, 2, options.join(' '));
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });

  it('exits 2 when an input matches nothing, after reporting the others', () => {
    const run = runCli(['check', warningsOnly, 'no/such/dir', '--format', 'json']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /No CSV or JSON dataset found in: no\/such\/dir/);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.files.map((file: { path: string }) => file.path), [warningsOnly]);
    assert.equal(report.summary.exitCode, 2);
  });

  it('writes several reports in one run: files for some formats, the output for one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-out-'));
    try {
      const sarif = path.join(dir, 'reports', 'results.sarif');
      const summary = path.join(dir, 'summary.md');
      const run = runCli(['check', broken, '--format', `sarif=${sarif}`, '--format', `markdown=${summary}`, '--format', 'github']);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /^::error file=test\/fixtures\/cli\/broken\.csv,line=1,/);
      assert.ok(existsSync(sarif));
      assert.equal(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.length, 3);
      assert.match(readFileSync(summary, 'utf8'), /^### ❌ Open Data Lint — 3 errors, 0 warnings in 1 file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes GitHub and SARIF paths relative to GITHUB_WORKSPACE, text paths to the working directory', () => {
    const workspace = path.resolve(__dirname, '..');
    const env = { GITHUB_WORKSPACE: workspace };
    assert.match(runCli(['check', broken, '--format', 'github'], { env }).stdout, /^::error file=fixtures\/cli\/broken\.csv,/);
    assert.match(runCli(['check', broken], { env }).stdout, /^test\/fixtures\/cli\/broken\.csv:1:8 /);
  });
});
