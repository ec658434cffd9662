// The command line with sidecars, run in process: `check` pairs CSV files with their sidecars and applies
// a sidecar's schema and dialect; `export-catalogue` writes the SCDL catalogue and validates it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import { fixtures, irveCsvPath, scratch } from './metadataKit';

async function cli(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd, env: { LANG: 'en_US.UTF-8' }, isTTY: false });
  return { code, stdout, stderr };
}

describe('CLI: sidecars', function () {
  this.timeout(20_000);

  it('checks a folder’s CSV files and sidecars side by side, each CSV against its sidecar’s schema', async () => {
    const { code, stdout, stderr } = await cli(['check', path.join(fixtures, 'irve'), '--jobs', '1'], fixtures);
    assert.equal(code, 0, stdout + stderr);
    assert.deepEqual(stdout.trim().split('\n'), [
      'irve/bornes.csv: schema IRVE statique (etalab/schema-irve-statique@2.3.1, from the metadata file)',
      'irve/bornes.csv: no problems (2 rows)',
      'irve/bornes.resource.yaml: no problems (2 rows)',
      '2 files checked: 0 errors, 0 warnings',
    ]);
  });

  it('fails on a sidecar’s errors and applies its dialect (a header-less file) and inline schema to the CSV', async () => {
    const dir = scratch({
      'f.csv': '1;Brest\nx;Quimper\n',
      'f.resource.yaml': 'path: f.csv\nfrequence: Annuel\ndialect:\n  delimiter: ";"\n  header: false\nschema:\n  fields:\n    - name: id\n      type: integer\n    - name: ville\n',
    });
    const { code, stdout } = await cli(['check', dir, '--jobs', '1'], dir);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.some((l) => /^f\.csv:2:1 error type-error /.test(l)), stdout);
    assert.ok(lines.some((l) => /^f\.resource\.yaml:2:12 error metadata-invalid `frequence` must be one of/.test(l)), stdout);
  });

  it('says on the CSV when its sidecar cannot be read, and checks it without', async () => {
    const dir = scratch({ 'f.csv': 'a,b\n1,2\n', 'f.resource.yaml': 'path: f.csv\n\tschema: x\n' });
    const { stdout } = await cli(['check', path.join(dir, 'f.csv'), '--jobs', '1'], dir);
    assert.match(stdout, /^f\.csv:1:1 warning metadata-sidecar-unusable The metadata sidecar f\.resource\.yaml cannot be read/m);
  });

  it('exports a folder’s catalogue to a file, validated against scdl/catalogue', async () => {
    const out = path.join(scratch(), 'catalogue.csv');
    const { code, stderr } = await cli(['export-catalogue', path.join(fixtures, 'catalogue'), '-o', out, '--lang', 'fr']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr.trim(), `${out} : 2 jeux de données exportés.`);
    assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 3);
  });

  it('prints the catalogue on standard output, and fails with the catalogue’s problems when sidecars are incomplete', async () => {
    const dir = scratch({ 'bornes.csv': readFileSync(irveCsvPath), 'bornes.resource.yaml': 'path: bornes.csv\ntitle: Bornes\n' });
    const { code, stdout, stderr } = await cli(['export-catalogue', '.'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^COLL_NOM,COLL_SIRET,ID,TITRE,/);
    assert.match(stderr, /^bornes\.resource\.yaml: to complete: COLL_NOM, COLL_SIRET, DESCRIPTION/m);
    assert.match(stderr, /^catalogue\.csv:2:1 error constraint-error /m);
  });

  it('answers usage errors with exit code 2', async () => {
    assert.equal((await cli(['export-catalogue'])).code, 2);
    assert.equal((await cli(['export-catalogue', irveCsvPath])).code, 2);
    assert.equal((await cli(['export-catalogue', scratch()])).code, 2);
    const help = await cli(['export-catalogue', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^opendata-lint export-catalogue <folder>/);
  });
});
