// --changed-only <ref>: a pull request adding rows to a big dataset is judged on its rows. Unit tests of
// the diff reading, then the CLI on a temporary git repository made here.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseUnifiedDiff, touchesChangedLines, unquoteGitPath } from '../../server/src/cli/changedLines';
import { isFileLevel, selectChanged } from '../../server/src/cli/results';
import type { Problem, ProblemCode } from '../../server/src/engine/problems';
import { runCli } from './runCli';

function problemOn(code: ProblemCode, line: number, endLine = line, rowNumber: number | undefined = line + 1): Problem {
  return {
    code,
    severity: 'error',
    range: { start: { offset: 0, line, character: 0 }, end: { offset: 1, line: endLine, character: 1 } },
    rowNumber,
    params: {},
  };
}

describe('--changed-only: reading git diffs', () => {
  it('turns hunks into changed line ranges of the new file, pure deletions into nothing', () => {
    const diff = [
      'diff --git a/data/bornes.csv b/data/bornes.csv',
      'index 1111111..2222222 100644',
      '--- a/data/bornes.csv',
      '+++ b/data/bornes.csv',
      '@@ -3 +3 @@ id,nom',
      '-3,old',
      '+3,new',
      '@@ -10,0 +11,4 @@ 9,x',
      '+a',
      '+b',
      '+c',
      '+d',
      '@@ -20,2 +24,0 @@',
      '-gone',
      '-gone too',
      'diff --git a/new.csv b/new.csv',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.csv',
      '@@ -0,0 +1 @@',
      '+only line',
      'diff --git a/removed.csv b/removed.csv',
      'deleted file mode 100644',
      '--- a/removed.csv',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
    ].join('\n');
    const changes = parseUnifiedDiff(diff);
    assert.deepEqual([...changes.entries()], [
      ['data/bornes.csv', [[3, 3], [11, 14]]],
      ['new.csv', [[1, 1]]],
    ]);
  });

  it('reads the C-quoted paths git prints for unusual names', () => {
    assert.equal(unquoteGitPath('"donn\\303\\251es \\"2024\\".csv"'), 'données "2024".csv');
    assert.equal(unquoteGitPath('plain.csv'), 'plain.csv');
    assert.deepEqual([...parseUnifiedDiff('+++ "b/tab\\there.csv"\n@@ -1 +1 @@\n').keys()], ['tab\there.csv']);
  });

  it('finds whether a problem touches a changed line (ranges sorted, inclusive)', () => {
    const changed: Array<[number, number]> = [[3, 3], [11, 14], [40, 41]];
    assert.equal(touchesChangedLines(changed, 3, 3), true);
    assert.equal(touchesChangedLines(changed, 4, 10), false);
    assert.equal(touchesChangedLines(changed, 9, 11), true, 'a multi-line cell ending on a changed line');
    assert.equal(touchesChangedLines(changed, 15, 39), false);
    assert.equal(touchesChangedLines(changed, 42, 50), false);
    assert.equal(touchesChangedLines([], 1, 1), false);
    assert.equal(touchesChangedLines('all', 1, 1), true);
  });

  it('keeps file-level problems of changed files and counts the others as elsewhere', () => {
    const problems = [problemOn('encoding-error', 5), problemOn('schema-detected', 0, 0, undefined), problemOn('type-error', 2), problemOn('type-error', 7)];
    assert.equal(isFileLevel(problems[0]), true, 'tagged file');
    assert.equal(isFileLevel(problems[1]), true, 'no row');
    assert.equal(isFileLevel(problems[2]), false);
    const { reported, elsewhere } = selectChanged(problems, [[8, 8]]);
    assert.deepEqual(reported.map((p) => `${p.code}@${p.range.start.line}`), ['encoding-error@5', 'schema-detected@0', 'type-error@7']);
    assert.deepEqual(elsewhere, { errors: 1, warnings: 0, infos: 0 });
    // A file the change does not touch: not even its file-level problems block the pull request.
    assert.deepEqual(selectChanged(problems, []), { reported: [], elsewhere: { errors: 4, warnings: 0, infos: 0 } });
  });
});

describe('--changed-only on a git repository', function () {
  this.timeout(30_000);
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  const header = 'id,nom,commune\n';

  before(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'opendata-lint-changed-'));
    git('init', '--quiet');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
    mkdirSync(path.join(repo, 'data'));
    // Rows 3 and 5 of the committed file are broken (a missing cell, an extra cell).
    writeFileSync(path.join(repo, 'data', 'communes.csv'), `${header}1,Brest,29019\n2,Quimper\n3,Morlaix,29151\n4,Vannes,56260,x\n5,Lorient,56121\n`);
    writeFileSync(path.join(repo, 'data', 'untouched.csv'), `${header}1,Rennes\n2,Brest,29019\n`);
    git('add', '.');
    git('commit', '--quiet', '-m', 'initial datasets');
    // The "pull request": one good row and one broken row appended, a new untracked file.
    appendFileSync(path.join(repo, 'data', 'communes.csv'), '6,Dinan,22050\n7,Lannion\n');
    writeFileSync(path.join(repo, 'data', 'nouveau.csv'), `${header}1,Saint-Malo\n2,Dinard,35093\n`);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('reports only the problems on changed lines, and those of new files, counting the rest', () => {
    const run = runCli(['check', 'data', '--changed-only', 'HEAD'], { cwd: repo });
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.deepEqual(lines, [
      'data/communes.csv:8:10 error missing-cell Row 8 has 2 cells but the header has 3 columns: 1 cell missing from column “commune” on.',
      'data/communes.csv: 1 error, 0 warnings, 0 info (7 rows); 2 more on unchanged lines, not reported (2 errors, 0 warnings)',
      'data/nouveau.csv:2:13 error missing-cell Row 2 has 2 cells but the header has 3 columns: 1 cell missing from column “commune” on.',
      'data/nouveau.csv: 1 error, 0 warnings, 0 info (2 rows)',
      'data/untouched.csv: no problems on changed lines (2 rows); 1 more on unchanged lines, not reported (1 error, 0 warnings)',
      '3 files checked: 2 errors, 0 warnings (3 more on unchanged lines, not reported)',
    ]);
  });

  it('accepts a range of commits (working-tree edits then do not count; untracked files still do)', () => {
    const run = runCli(['check', 'data', '--changed-only', 'HEAD...HEAD', '--format', 'json'], { cwd: repo });
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(
      report.files.map((file: { path: string; counts: { errors: number } }) => [file.path, file.counts.errors]),
      [['data/communes.csv', 0], ['data/nouveau.csv', 1], ['data/untouched.csv', 0]],
    );
  });

  it('passes when the changed lines are clean, whatever the rest of the file holds', () => {
    const run = runCli(['check', 'data/untouched.csv', '--changed-only', 'HEAD'], { cwd: repo });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /no problems on changed lines/);
  });

  it('carries the changed lines and the counts elsewhere in JSON and Markdown', () => {
    const json = JSON.parse(runCli(['check', 'data', '--changed-only', 'HEAD', '--format', 'json'], { cwd: repo }).stdout);
    assert.equal(json.changedOnly, 'HEAD');
    const communes = json.files.find((file: { path: string }) => file.path === 'data/communes.csv');
    assert.deepEqual(communes.changedLines, [[7, 8]]);
    assert.deepEqual(communes.elsewhere, { errors: 2, warnings: 0, infos: 0 });
    assert.equal(json.files.find((file: { path: string }) => file.path === 'data/nouveau.csv').changedLines, 'all');
    assert.deepEqual(json.summary.elsewhere, { errors: 3, warnings: 0, infos: 0 });
    const markdown = runCli(['check', 'data', '--changed-only', 'HEAD', '--format', 'markdown', '--lang', 'fr'], { cwd: repo }).stdout;
    assert.match(markdown, /Seuls les problèmes des lignes modifiées depuis `HEAD` sont signalés\. 3 autres/);
    assert.match(markdown, /\| `data\/communes\.csv` \| 7 \| aucun \| 1 \| 0 \| 2 \|/);
  });

  it('exits 2 with git’s reason on an unknown revision or outside a repository', () => {
    const unknown = runCli(['check', 'data', '--changed-only', 'no-such-branch'], { cwd: repo });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--changed-only no-such-branch: git could not list the changes \(unknown revision no-such-branch\)/);
    const outside = mkdtempSync(path.join(tmpdir(), 'opendata-lint-nogit-'));
    try {
      writeFileSync(path.join(outside, 'a.csv'), 'a,b\n1,2\n');
      const run = runCli(['check', 'a.csv', '--changed-only', 'HEAD'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /git could not list the changes \(.*not a git repository/i);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const option = runCli(['check', 'data', '--changed-only', '--output=x'], { cwd: repo });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /--changed-only takes a git revision/);
  });
});
