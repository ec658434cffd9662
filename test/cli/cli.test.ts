// The command line as users run it: the built dist/cli.js in a child process, its output and exit codes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = 'test/fixtures/cli';

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI: opendata-lint check', function () {
  this.timeout(20_000);
  before(() => assert.ok(existsSync(cli), `${cli} is missing: run npm run build`));

  it('exits 0 and says so for a clean file', () => {
    const { code, stdout } = run(['check', `${fixtures}/clean.csv`]);
    assert.equal(code, 0);
    assert.equal(stdout.trim(), 'test/fixtures/cli/clean.csv: no problems (2 rows)');
  });

  it('prints path:line:col severity code message and exits 1 on errors', () => {
    const { code, stdout } = run(['check', `${fixtures}/broken.csv`]);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, 3).map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'test/fixtures/cli/broken.csv:1:8 error duplicate-label',
      'test/fixtures/cli/broken.csv:2:9 error missing-cell',
      'test/fixtures/cli/broken.csv:3:17 error extra-cell',
    ]);
    assert.equal(lines[3], 'test/fixtures/cli/broken.csv: 3 errors, 0 warnings, 0 info (2 rows)');
  });

  it('reads a Windows-1252 semicolon file from French Excel and reports its encoding at the first accented byte', () => {
    const { code, stdout } = run(['check', `${fixtures}/excel-windows1252.csv`]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^test\/fixtures\/cli\/excel-windows1252\.csv:2:17 warning encoding-error The file is encoded in Windows-1252/m);
    assert.match(stdout, /0 errors, 1 warning, 0 info \(2 rows\)/);
  });

  it('follows --lang fr, and LANG when --lang is absent', () => {
    const explicit = run(['check', `${fixtures}/broken.csv`, '--lang', 'fr']);
    assert.match(explicit.stdout, /erreur duplicate-label Le nom de colonne « nom » est utilisé plusieurs fois/);
    const fromEnv = run(['check', `${fixtures}/broken.csv`], { LANG: 'fr_FR.UTF-8' });
    assert.match(fromEnv.stdout, /3 erreurs, 0 avertissement/);
  });

  it('checks every CSV of a folder, in a stable order, with a total', () => {
    const { code, stdout } = run(['check', fixtures]);
    assert.equal(code, 1);
    const summaries = stdout.split('\n').filter((l) => /^test\/fixtures\/cli\/[^:]+\.csv: /.test(l));
    assert.deepEqual(
      summaries.map((l) => l.split(':')[0]),
      ['broken.csv', 'clean.csv', 'empty.csv', 'excel-windows1252.csv'].map((f) => `test/fixtures/cli/${f}`),
    );
    assert.match(stdout, /4 files checked: 4 errors, 1 warning\s*$/);
  });

  it('accepts glob patterns', () => {
    const { stdout } = run(['check', `${fixtures}/c*.csv`]);
    assert.match(stdout, /clean\.csv: no problems/);
    assert.doesNotMatch(stdout, /broken\.csv/);
  });

  it('--no-detect: the hygiene checks give no advice against the catalog schema the header matches (no rename of Xlong, no removal of its empty fields)', () => {
    const file = 'test/fixtures/hygiene/lieux-covoiturage-brouillon.csv';
    const { stdout } = run(['check', '--no-detect', file]);
    const advice = stdout.split('\n').filter((line) => / (label-style|empty-column|merged-cell-gap) /.test(line));
    assert.deepEqual(advice, [`${file}:1:134 warning empty-column Column “remarques” is empty in every row. Fill it or remove it.`]);
    // Detected and applied, the schema itself says what is wrong with the empty required column.
    const detected = run(['check', file]).stdout;
    assert.doesNotMatch(detected, / (label-style|empty-column) /);
    assert.match(detected, /constraint-error .*“id_local”/);
  });

  it('exits 2 with a clear message on a missing file or a usage error', () => {
    const missing = run(['check', 'no/such/file.csv']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No CSV or JSON dataset found in: no\/such\/file\.csv/);
    const badOption = run(['check', '--frobnicate', fixtures]);
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /Usage error: unknown option --frobnicate/);
    const badCommand = run(['lint'], { LANG: 'fr_FR.UTF-8' });
    assert.equal(badCommand.code, 2);
    assert.match(badCommand.stderr, /Erreur d'utilisation : commande inconnue « lint »/);
  });

  it('prints help in the chosen language', () => {
    assert.match(run(['--help']).stdout, /Usage:\n {2}opendata-lint check/);
    assert.match(run(['--help', '--lang', 'fr']).stdout, /Utilisation :/);
  });
});

describe('CLI: usage errors in the asked language', function () {
  this.timeout(20_000);
  it('phrases a usage error with --lang even when the arguments fail to parse', () => {
    const { code, stderr } = run(['infer', '--lang', 'fr']);
    assert.equal(code, 2);
    assert.match(stderr, /^Erreur d'utilisation : /);
  });
});
