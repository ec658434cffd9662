// `check --unsafe-fixes` on opening hours of the forms of issue #19, through the built CLI: the converted cells
// are the only bytes that change on disk (quoted when they hold the delimiter), and a cell with no safe
// conversion ("dès 18h": Validata refuses 18:00+) is left as it was.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliPath, runCli } from './runCli';

/** Just the opening hours: no other problem (missing columns, dates) adds fixes of its own (shared with the editor test). */
const schemaPath = path.join(__dirname, '..', 'fixtures', 'e2e-workspace', 'horaires', 'schema.json');

describe('CLI: opening hours converted by --unsafe-fixes, byte for byte', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`);
    dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-hours-'));
    copyFileSync(schemaPath, path.join(dir, 'schema.json'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the OSM value in place of the French text, every other byte unchanged', () => {
    const file = path.join(dir, 'horaires.csv');
    const rows = [
      'id,nom,horaires\r\n',
      '1,Mairie,"du lundi au samedi de 9h à 18h, jours fériés compris (17h le samedi)"\r\n',
      '2,Marché,dès 18h\r\n',
      '3,Poste,du lundi au vendredi de 9h à 12h et de 14h à 18h\r\n',
      '4,Médiathèque,"du lundi au vendredi de 9h à 12h, fermé pendant les congés scolaires"\r\n',
    ];
    writeFileSync(file, rows.join(''), 'utf8');
    const { stdout } = runCli(['check', '--schema', 'schema.json', '--unsafe-fixes', 'horaires.csv'], { cwd: dir });
    const expected = [
      rows[0],
      '1,Mairie,Mo-Fr 09:00-18:00; Sa 09:00-17:00; PH 09:00-18:00\r\n',
      rows[2],
      '3,Poste,"Mo-Fr 09:00-12:00,14:00-18:00"\r\n',
      '4,Médiathèque,Mo-Fr 09:00-12:00; SH off\r\n',
    ].join('');
    assert.equal(readFileSync(file, 'utf8'), expected, stdout);
    assert.deepEqual(readFileSync(file), Buffer.from(expected, 'utf8'));
    assert.match(stdout, /row 2, horaires: .* → “Mo-Fr 09:00-18:00; Sa 09:00-17:00; PH 09:00-18:00” \[opening-hours\]/);
    assert.match(stdout, /horaires\.csv:3:\d+ error opening-hours-value/, 'the cell with no safe conversion is still reported');
  });
});
