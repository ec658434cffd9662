// The built CLI writes the same reports whichever way it checks: files on worker threads (their report
// pieces written in path order, held while an earlier file is not done) or one at a time, a big lone file
// in two parts or on one thread, to the output or to a file.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { encodeFile, generateCsv, random, writeSchemas } from '../unit/cli/streamKit';
import { cliPath, runCli } from './runCli';

describe('CLI reports written while files are checked', function () {
  this.timeout(120_000);
  let dir: string;
  let schemas: ReturnType<typeof writeSchemas>;
  before(() => {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`);
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-streaming-'));
    schemas = writeSchemas(path.join(dir, 'schemas'));
    mkdirSync(path.join(dir, 'data'));
    const rand = random(42);
    // Files of a few rows to a few thousand, mixed line endings in some, one in Windows-1252.
    for (const [index, rows] of [30, 2500, 5, 900, 4000].entries()) {
      const text = generateCsv(rand, rows, { mixedEndings: index % 2 === 1 });
      writeFileSync(path.join(dir, 'data', `f${index}.csv`), encodeFile({ text, encoding: index === 3 ? 'windows-1252' : 'utf-8' }));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function check(args: string[], env: Record<string, string> = {}): string {
    const result = runCli(['check', ...args], { cwd: dir, env });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stderr, '');
    return result.stdout;
  }

  it('in path order on worker threads as on one thread, text and github, quiet or not', () => {
    for (const options of [[], ['--quiet'], ['--format', 'github'], ['--format', 'github', '--quiet']]) {
      const args = ['data', '--schema', schemas.cells, ...options];
      assert.equal(check([...args, '--jobs', '3']), check([...args, '--jobs', '1']), options.join(' '));
    }
  });

  it('the same text to a file as to the output', () => {
    const out = path.join(dir, 'reports', 'text.txt');
    const printed = check(['data', '--schema', schemas.cells, '--format', 'github']);
    assert.equal(check(['data', '--schema', schemas.cells, '--format', 'github', '--format', `text=${out}`]), printed);
    assert.equal(readFileSync(out, 'utf8'), check(['data', '--schema', schemas.cells]));
  });
});
