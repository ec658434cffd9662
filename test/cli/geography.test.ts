// French geography on the command line (dist/cli.js): `--fix` fills the empty INSEE codes the name and
// postcode designate, byte for byte (the DAE fixture's `, ` separators, its CRLF-less lines, everything else
// untouched); `--unsafe-fixes` also replaces a former commune's code and a postcode written as a code; the
// report names the covoiturage example's 76000.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { root, runCli } from './runCli';

const fixture = (name: string) => path.join(root, 'test', 'fixtures', 'geography', name);

describe('CLI: French geography against the COG', function () {
  this.timeout(60_000);

  it('reports the covoiturage example’s row 3: 76000 is a postcode, Dieppe is 76217', () => {
    const { stdout } = runCli(['check', 'examples/lieux-covoiturage-invalide.csv', '--lang', 'en']);
    assert.ok(
      stdout.includes('examples/lieux-covoiturage-invalide.csv:3:60 error commune-code-unknown “76000” is not a commune code (COG 2026): it is a postcode, of Rouen (76540). The row\'s name and place point to 76217 (Dieppe).'),
      stdout,
    );
  });

  it('--fix fills the empty codes (safe) and writes exactly those bytes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-geography-'));
    const file = path.join(dir, 'dae.csv');
    copyFileSync(fixture('dae-communes.csv'), file);
    const before = readFileSync(file);
    const { code, stdout } = runCli(['check', file, '--schema', 'atlasante/schema-dae@1.0.0', '--fix', '--lang', 'fr'], { cwd: dir });
    const expected = Buffer.from(before.toString('utf8').replace('78680, , Épône', '78680, 78217, Épône').replace('76200, , Dieppe', '76200, 76217, Dieppe'), 'utf8');
    assert.deepEqual(readFileSync(file), expected);
    assert.match(stdout, /ligne 2, com_insee : «  » → « 78217 » \[commune-code-fill\]/);
    assert.match(stdout, /ligne 4, com_insee : «  » → « 76217 » \[commune-code-fill\]/);
    // What stays is the postcode of another commune (a warning: exit code 0).
    assert.match(stdout, /commune-postcode-mismatch/);
    assert.equal(code, 0, stdout);
  });

  it('a table whose sidecar says its data end in 2015: a former commune’s code is a warning that says so (exit code 0)', () => {
    const { code, stdout } = runCli(['check', fixture('prenoms-2015.csv'), '--lang', 'en']);
    assert.match(stdout, /prenoms-2015\.csv:2:17 warning commune-code-former .*The file's data date from 2015: the code may have been current then; the COG 2026 no longer lists it as a commune\./);
    assert.equal(code, 0, stdout);
  });

  it('--fix leaves a former commune’s code and a postcode in the code column; --unsafe-fixes replaces them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-geography-'));
    const file = path.join(dir, 'covoiturage.csv');
    const original = readFileSync(fixture('covoiturage-communes.csv'), 'utf8');
    writeFileSync(file, original);
    const safe = runCli(['check', file, '--fix', '--lang', 'en'], { cwd: dir });
    assert.equal(readFileSync(file, 'utf8'), original, safe.stdout);
    assert.match(safe.stdout, /2 more fixes are available with --unsafe-fixes/);
    const unsafe = runCli(['check', file, '--unsafe-fixes', '--lang', 'en'], { cwd: dir });
    assert.equal(readFileSync(file, 'utf8'), original.replace(',Dieppe,76000,', ',Dieppe,76217,').replace(',Annecy-le-Vieux,74011,', ',Annecy-le-Vieux,74010,'), unsafe.stdout);
    // The name that disagrees with its code is a choice: never applied by the command line.
    assert.match(unsafe.stdout, /commune-name-mismatch/);
  });
});
