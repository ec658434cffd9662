// `check --fix` on a table without a schema: the hygiene checks run as in `check`, so their safe fixes
// (a repeated header row) are applied, byte for byte elsewhere; removing a column (personal data) is a
// choice and never applied, not even with --unsafe-fixes; labels renamed by --unsafe-fixes keep their old
// form in the table's metadata sidecar.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('--unsafe-fixes renames the labels and records the old ones in the sidecar (x-field-titles, no schema there)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-fix-hygiene-'));
    workspaces.push(dir);
    const csv = path.join(dir, 'ecoles.csv');
    copyFileSync(path.resolve(__dirname, '../fixtures/hygiene/sidecar-inline/ecoles.csv'), csv);
    const original = readFileSync(csv, 'utf8');
    const sidecar = path.join(dir, 'ecoles.resource.yaml');
    writeFileSync(sidecar, '# Écoles publiques de Brest\ntitle: Écoles publiques\npath: ecoles.csv\n');
    const { stdout } = runCli(['check', '--unsafe-fixes', 'ecoles.csv'], { cwd: dir });
    assert.equal(readFileSync(csv, 'utf8'), original.replace("Nom de l'école;Code postal;Effectif\n", 'nom_de_l_ecole;code_postal;effectif\n'));
    assert.equal(
      readFileSync(sidecar, 'utf8'),
      "# Écoles publiques de Brest\ntitle: Écoles publiques\npath: ecoles.csv\nx-field-titles:\n  nom_de_l_ecole: Nom de l'école\n  code_postal: Code postal\n  effectif: Effectif\n",
    );
    assert.match(stdout, /^ecoles\.resource\.yaml: original labels of the renamed columns recorded$/m);
  });
});
