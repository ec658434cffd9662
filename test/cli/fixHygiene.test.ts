// `check --fix` on a table without a schema: the hygiene checks run as in `check`, so their safe fixes
// (a repeated header row, values written in the column's ISO 8601 or decimal-point form) are applied, byte for
// byte elsewhere; removing a column (personal data) and filling gaps under merged cells are choices and never
// applied, not even with --unsafe-fixes; labels renamed by --unsafe-fixes keep their old form in the table's
// metadata sidecar.
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

  /** A copy of a fixture of test/fixtures/hygiene in a fresh folder. */
  function copyOf(name: string): { dir: string; file: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-fix-hygiene-'));
    workspaces.push(dir);
    const file = path.join(dir, path.basename(name));
    copyFileSync(path.resolve(__dirname, '../fixtures/hygiene', name), file);
    return { dir, file };
  }

  it('--fix writes exactly the expected bytes: dates to ISO 8601 and decimal points (never the reverse), X → oui, the pasted header gone; gaps under merged cells left empty', () => {
    // marches.csv: UTF-8 with BOM, `;`, CRLF, a quoted cell; one ISO date among dd/mm/yyyy, one decimal point
    // among commas, an X among oui/non, a repeated header row, a merged `Commune` column.
    const { dir, file } = copyOf('fix/marches.csv');
    const { code, stdout } = runCli(['check', '--fix', '--lang', 'en', 'marches.csv'], { cwd: dir });
    assert.deepEqual(readFileSync(file), readFileSync(path.resolve(__dirname, '../fixtures/hygiene/fix/marches.fixed.csv')));
    // Each value converted has its own problem: the majority's dd/mm/yyyy dates and decimal commas, since
    // some values of their columns use Table Schema's default form (never the reverse).
    assert.deepEqual(stdout.split('\n').slice(0, 16), [
      'marches.csv: 14 fixes applied',
      '  row 2, Date de création: “12/03/1998” → “1998-03-12” [majority-form]',
      '  row 2, Latitude: “48,3904” → “48.3904” [majority-form]',
      '  row 3, Latitude: “48,3955” → “48.3955” [majority-form]',
      '  row 4, Date de création: “25/09/2005” → “2005-09-25” [majority-form]',
      '  row 4, Bio: “X” → “oui” [majority-form]',
      '  row 4, Latitude: “48,3822” → “48.3822” [majority-form]',
      '  row 5, Date de création: “14/05/1990” → “1990-05-14” [majority-form]',
      '  row 5, Latitude: “47,9960” → “47.9960” [majority-form]',
      '  row 6, Date de création: “03/04/2012” → “2012-04-03” [majority-form]',
      '  Remove repeated header row 7 [remove-repeated-header]',
      '  row 8, Date de création: “18/07/1995” → “1995-07-18” [majority-form]',
      '  row 8, Latitude: “48,5776” → “48.5776” [majority-form]',
      '  row 9, Date de création: “22/10/2010” → “2010-10-22” [majority-form]',
      '  row 9, Latitude: “48,5801” → “48.5801” [majority-form]',
      'marches.csv: 7 more fixes are available with --unsafe-fixes',
    ]);
    assert.doesNotMatch(stdout, /fill-down/);
    assert.equal((stdout.match(/ warning merged-cell-gap /g) ?? []).length, 4, 'the gaps are still reported');
    assert.equal(code, 0);
  });

  it('--unsafe-fixes applies no fill-down either (a choice): the merged column keeps its gaps, byte for byte', () => {
    const { dir, file } = copyOf('fix/marches.csv');
    const { stdout } = runCli(['check', '--unsafe-fixes', '--lang', 'en', 'marches.csv'], { cwd: dir });
    const fixed = readFileSync(path.resolve(__dirname, '../fixtures/hygiene/fix/marches.fixed.csv'), 'utf8');
    const renamed = fixed.replace('Commune;Marché;Jour;Date de création;Surface (m²);Bio;Latitude\r\n', 'commune;marche;jour;date_de_creation;surface_m2;bio;latitude\r\n');
    assert.notEqual(renamed, fixed);
    assert.deepEqual(readFileSync(file), Buffer.from(renamed, 'utf8'));
    assert.doesNotMatch(stdout, /fill-down/);
    const sports = copyOf('equipements-sportifs.csv');
    const before = readFileSync(sports.file, 'utf8');
    runCli(['check', '--unsafe-fixes', 'equipements-sportifs.csv'], { cwd: sports.dir });
    const after = readFileSync(sports.file, 'utf8').split('\n');
    assert.deepEqual(after.map((line) => line.split(';')[0]), before.split('\n').map((line, index) => (index === 0 ? 'commune' : line.split(';')[0])));
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
