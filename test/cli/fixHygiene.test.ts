// `check --fix` on a table without a schema: the hygiene checks run as in `check`, so their safe fixes
// (a repeated header row) are applied, byte for byte elsewhere; removing a column (personal data) is a
// choice and never applied, not even with --unsafe-fixes.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliPath, runCli } from './runCli';

const fixture = path.resolve(__dirname, '../fixtures/hygiene/repeated-header.csv');
const REPEATED = 'nom_association;prenom_president;commune;nb_adherents\r\n';

describe('CLI: check --fix on a table without a schema (hygiene fixes)', function () {
  this.timeout(30_000);
  const workspaces: string[] = [];
  before(() => assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`));
  after(() => {
    for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function copy(): { dir: string; file: string; original: Buffer } {
    const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-fix-hygiene-'));
    workspaces.push(dir);
    const file = path.join(dir, 'repeated-header.csv');
    copyFileSync(fixture, file);
    return { dir, file, original: readFileSync(file) };
  }

  /** The original bytes without the second copy of the header row (the first one is the header). */
  function withoutRepeatedHeader(original: Buffer): Buffer {
    const text = original.toString('utf8');
    const at = text.indexOf(REPEATED, REPEATED.length);
    assert.ok(at > 0, 'the fixture repeats its header');
    return Buffer.from(text.slice(0, at) + text.slice(at + REPEATED.length), 'utf8');
  }

  it('--fix removes a repeated header row and keeps every other byte (CRLF, `;`, UTF-8)', () => {
    const { dir, file, original } = copy();
    const { code, stdout } = runCli(['check', '--fix', 'repeated-header.csv'], { cwd: dir });
    assert.deepEqual(readFileSync(file), withoutRepeatedHeader(original));
    assert.deepEqual(stdout.split('\n').slice(0, 2), ['repeated-header.csv: 1 fix applied', '  Remove repeated header row 4 [remove-repeated-header]']);
    // The check of the fixed file is the hygiene check: the personal data column is still reported.
    assert.match(stdout, /repeated-header\.csv:1:\d+ warning personal-data/);
    assert.doesNotMatch(stdout, / (warning|information|error) repeated-header/, 'no repeated header left');
    assert.equal(code, 0);
  });

  it('--unsafe-fixes never removes a personal data column (a choice)', () => {
    const { dir, file, original } = copy();
    const { stdout } = runCli(['check', '--unsafe-fixes', 'repeated-header.csv'], { cwd: dir });
    const after = readFileSync(file).toString('utf8');
    assert.deepEqual(Buffer.from(after, 'utf8'), withoutRepeatedHeader(original));
    assert.ok(after.startsWith('nom_association;prenom_president;'), 'the first-name column is kept');
    assert.match(after, /;Yvonne;/);
    assert.doesNotMatch(stdout, /remove-column/);
    assert.match(stdout, /warning personal-data/);
  });
});
