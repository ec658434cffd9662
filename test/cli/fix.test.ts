// `check --fix`, `--unsafe-fixes` and `--fix-dry-run` through the built CLI (dist/cli.js in a child process),
// on copies of test/fixtures/fixes: a Windows-1252 `;` CRLF file keeps every byte outside the fixed cells, a
// UTF-8 file keeps its BOM, writes are atomic, choices are never applied, the exit code is check's.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliPath, runCli } from './runCli';
import { decodeBytes } from '../../server/src/engine/table/decode';

const fixtures = path.resolve(__dirname, '../fixtures/fixes');

const workspaces: string[] = [];

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-fix-'));
  workspaces.push(dir);
  for (const name of readdirSync(fixtures)) copyFileSync(path.join(fixtures, name), path.join(dir, name));
  return dir;
}

/** The original bytes with some ASCII/Latin-1 substrings replaced, byte for byte (Latin-1 maps bytes 1:1). */
function withReplacements(bytes: Buffer, replacements: [string, string][]): Buffer {
  let text = bytes.toString('latin1');
  for (const [from, to] of replacements) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  return Buffer.from(text, 'latin1');
}

describe('CLI: check --fix', function () {
  this.timeout(30_000);
  before(() => assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`));
  after(() => {
    for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('applies the safe fixes to a Windows-1252 `;` CRLF file, every other byte unchanged, and checks the result', () => {
    const dir = workspace();
    const file = path.join(dir, 'equipements-1252.csv');
    const original = readFileSync(file);
    chmodSync(file, 0o640);
    const { code, stdout } = runCli(['check', '--schema', 'schema.json', '--fix', 'equipements-1252.csv'], { cwd: dir });
    assert.deepEqual(
      readFileSync(file),
      withReplacements(original, [
        ['30/12/2021', '2021-12-30'],
        [';1053;Oui;12,5;Int\xe9rieur\r\n', ';01053;true;12.5;interieur\r\n'],
      ]),
    );
    const lines = stdout.split('\n');
    assert.deepEqual(lines.slice(0, 7), [
      'equipements-1252.csv: 5 fixes applied',
      '  row 3, date_maj: “30/12/2021” → “2021-12-30” [date]',
      '  row 3, code_insee: “1053” → “01053” [leading-zeros]',
      '  row 3, gratuit: “Oui” → “true” [boolean]',
      '  row 3, prix: “12,5” → “12.5” [number]',
      '  row 3, acces: “Intérieur” → “interieur” [enum-value]',
      'equipements-1252.csv: 3 more fixes are available with --unsafe-fixes',
    ]);
    // Then the report of `check` on the fixed file: what is left is what needs a look.
    assert.match(stdout, /equipements-1252\.csv:3:\d+ error opening-hours-value/);
    // Warnings: the encoding, and coordinates-swapped on row 4 (its swap is an unsafe fix).
    assert.match(stdout, /equipements-1252\.csv:4:\d+ warning coordinates-swapped/);
    assert.match(stdout, /equipements-1252\.csv: 3 errors, 2 warnings/);
    assert.equal(code, 1);
    assert.equal(statSync(file).mode & 0o777, 0o640, 'permissions kept');
    assert.deepEqual(readdirSync(dir).filter((name) => name.includes('.tmp')), [], 'no temporary file left');
  });

  it('with --unsafe-fixes also converts opening hours, swaps coordinates and drops units, and exits as check does', () => {
    const dir = workspace();
    const file = path.join(dir, 'equipements-1252.csv');
    const original = readFileSync(file);
    const { code, stdout } = runCli(['check', '--schema', 'schema.json', '--unsafe-fixes', '--lang', 'fr', 'equipements-1252.csv'], { cwd: dir });
    assert.deepEqual(
      readFileSync(file),
      withReplacements(original, [
        ['30/12/2021;du lundi au vendredi de 9h \xe0 12h;45.764;4.8357;1053;Oui;12,5;Int\xe9rieur', '2021-12-30;Mo-Fr 09:00-12:00;45.764;4.8357;01053;true;12.5;interieur'],
        ['2.3522;48.8566;69123;false;5 \x80;', '48.8566;2.3522;69123;false;5;'],
      ]),
    );
    assert.match(stdout, /^equipements-1252\.csv : 8 corrections appliquées\n/);
    assert.match(stdout, /\n {2}ligne 3, horaires : « du lundi au vendredi de 9h à 12h » → « Mo-Fr 09:00-12:00 » \[opening-hours\]\n/);
    assert.match(stdout, /\n {2}Inverser latitude et longitude \(`latitude` ↔ `longitude`\) \[swap-coordinates\]\n/);
    assert.match(stdout, /equipements-1252\.csv : 0 erreur, 1 avertissement/);
    assert.equal(code, 0);
  });

  it('keeps a UTF-8 BOM and LF line endings, and quotes a new value only when the delimiter needs it', () => {
    const dir = workspace();
    const file = path.join(dir, 'bom.csv');
    const text = readFileSync(path.join(fixtures, 'equipements.csv'), 'utf8');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const { code } = runCli(['check', '--schema', 'schema.json', '--unsafe-fixes', 'bom.csv'], { cwd: dir });
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\n');
    assert.equal(lines[2], '2,"Salle ""polyvalente""",2021-12-30,"Mo-Fr 09:00-12:00,14:00-18:00",45.764,4.8357,01053,true,12.5,interieur');
    assert.equal(lines[5], '5,Médiathèque,31/04/2022,Mo-Fr 10:00-18:00,43.2965,5.3698,13055,true,0,interieur', 'the impossible date is reported, not fixed');
    assert.ok(!bytes.includes('\r'), 'no CR added');
    assert.equal(code, 1);
  });

  it('never applies a value with several readings, not even with --unsafe-fixes', () => {
    const dir = workspace();
    const file = path.join(dir, 'ambiguous-dates.csv');
    const before = readFileSync(file);
    const dates = { fields: [{ name: 'id', type: 'integer' }, { name: 'nom', type: 'string' }, { name: 'date_maj', type: 'date' }] };
    writeFileSync(path.join(dir, 'dates-schema.json'), JSON.stringify(dates));
    const { code, stdout } = runCli(['check', '--schema', 'dates-schema.json', '--unsafe-fixes', 'ambiguous-dates.csv'], { cwd: dir });
    assert.deepEqual(readFileSync(file), before);
    assert.ok(!/fixes? applied/.test(stdout), stdout);
    assert.equal(code, 1);
  });

  it('--fix-dry-run prints a unified diff, writes nothing, and exits as check would on the fixed text', () => {
    const dir = workspace();
    const file = path.join(dir, 'equipements-1252.csv');
    const before = readFileSync(file);
    // The diff is the file's bytes (Windows-1252, CRLF: see test/hostile/fixDiff.test.ts); read here as text.
    const raw = spawnSync(process.execPath, [cliPath, 'check', '--schema', 'schema.json', '--fix-dry-run', 'equipements-1252.csv'], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });
    const code = raw.status;
    const stdout = decodeBytes(raw.stdout).text.replace(/\r\n/g, '\n');
    assert.deepEqual(readFileSync(file), before);
    assert.equal(
      stdout.split('\n').slice(0, 8).join('\n'),
      [
        '--- a/equipements-1252.csv',
        '+++ b/equipements-1252.csv',
        '@@ -1,4 +1,4 @@',
        ' id;nom;date_maj;horaires;latitude;longitude;code_insee;gratuit;prix;acces',
        ' 1;Salle des fêtes – l’Étoile;2021-12-30;Mo-Fr 09:00-18:00;48.8566;2.3522;75056;true;12.5;interieur',
        '-2;Médiathèque « Œuvre »;30/12/2021;du lundi au vendredi de 9h à 12h;45.764;4.8357;1053;Oui;12,5;Intérieur',
        '+2;Médiathèque « Œuvre »;2021-12-30;du lundi au vendredi de 9h à 12h;45.764;4.8357;01053;true;12.5;interieur',
        ' 3;"Café; bar";2022-01-15;Mo-Sa 10:00-19:00;2.3522;48.8566;69123;false;5 €;exterieur',
      ].join('\n'),
    );
    assert.match(stdout, /equipements-1252\.csv: 5 fixes would be applied/);
    assert.equal(code, 1);
    // With nothing left but a warning, the dry run exits 0 as check would.
    const clean = path.join(dir, 'clean.csv');
    writeFileSync(clean, 'id,nom,date_maj\n1,Piscine,30/12/2021\n');
    const fixable = runCli(['check', '--schema', 'schema.json', '--fix-dry-run', 'clean.csv'], { cwd: dir });
    assert.equal(fixable.code, 0, fixable.stdout + fixable.stderr);
    assert.equal(readFileSync(clean, 'utf8'), 'id,nom,date_maj\n1,Piscine,30/12/2021\n');
  });

  it('keeps a machine-readable report clean: the fix summary goes to stderr', () => {
    const dir = workspace();
    const { code, stdout, stderr } = runCli(['check', '--schema', 'schema.json', '--fix', '--format', 'json', 'equipements.csv'], { cwd: dir });
    const report = JSON.parse(stdout) as { files: unknown[] };
    assert.equal(report.files.length, 1);
    assert.match(stderr, /equipements\.csv: 11 fixes applied/);
    assert.equal(code, 1);
  });

  it('documents the fix options in the help', () => {
    assert.match(runCli(['--help']).stdout, /--fix-dry-run/);
    assert.match(runCli(['--help', '--lang', 'fr']).stdout, /--unsafe-fixes {10}applique aussi les corrections à candidat unique/);
  });
});
