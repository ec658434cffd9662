// UTF-16 files through the built CLI: read (LE and BE, by their BOM), reported with one `encoding-error`
// warning naming the encoding, rows at their place in the decoded text, read in chunks cut inside a code
// unit or a surrogate pair, and `--fix` writing UTF-16 back (BOM and byte order kept) as it keeps Windows-1252.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkFile } from '../../server/src/cli/checkFile';
import { decodeBytes, encodeText } from '../../server/src/engine/table/decode';
import { cliPath, runCli } from './runCli';

const encodingFixtures = path.resolve(__dirname, '../fixtures/encoding');
const fixFixtures = path.resolve(__dirname, '../fixtures/fixes');

describe('CLI: UTF-16 files', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-utf16-'));
  before(() => assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, encoding, label] of [
    ['creches-utf16.csv', 'utf-16le', 'UTF-16 LE'],
    ['creches-utf16be.csv', 'utf-16be', 'UTF-16 BE'],
  ] as const) {
    it(`${name}: read as ${label}, one encoding-error warning, the rows where the UTF-8 copy has them, exit 0`, () => {
      const run = runCli(['check', '--format', 'json', path.join(encodingFixtures, name)]);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout) as { files: { encoding: string; bom: boolean; rows: number; problems: { code: string; line: number; column: number; message: string }[] }[] };
      const file = report.files[0];
      assert.equal(file.encoding, encoding);
      assert.equal(file.bom, true);
      assert.equal(file.rows, 5);
      const codes = file.problems.map((p) => p.code);
      assert.equal(codes.includes('binary-file'), false);
      const warning = file.problems.find((p) => p.code === 'encoding-error');
      assert.ok(warning);
      assert.match(warning.message, new RegExp(`encoded in ${label}, not UTF-8`));
      const utf8 = JSON.parse(runCli(['check', '--format', 'json', path.join(encodingFixtures, 'creches-utf8.csv')]).stdout) as typeof report;
      const rest = (problems: (typeof file)['problems']) => problems.filter((p) => p.code !== 'encoding-error').map((p) => JSON.stringify(p));
      assert.deepEqual(rest(file.problems), rest(utf8.files[0].problems), 'the same problems at the same places as the UTF-8 copy');
      const fr = runCli(['check', '--lang', 'fr', path.join(encodingFixtures, name)]);
      assert.match(fr.stdout, new RegExp(`encodé en ${label} et non en UTF-8`));
    });
  }

  it('reads a stream in chunks cut inside a code unit and inside a surrogate pair, problems at the same places', async () => {
    const text = 'nom;commune;code\r\n' + '🚗 Crèche;Saint-Étienne;42218\r\n'.repeat(40) + 'Hôpital;Orléans;45234;en trop\r\n';
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const file = path.join(dir, `chunks-${encoding}.csv`);
      writeFileSync(file, encodeText(text, encoding, true));
      const whole = await checkFile(file);
      assert.equal(whole.encoding, encoding);
      const extra = whole.problems.find((p) => p.code === 'extra-cell');
      assert.ok(extra);
      assert.deepEqual(extra.range.start, { offset: text.indexOf('en trop'), line: 41, character: 'Hôpital;Orléans;45234;'.length });
      // Odd sizes cut a code unit in two; 6 and 10 (from the file's start, past a 2-byte BOM) cut the 4 bytes of 🚗.
      // The head (the header line and more: a head shorter than the header fixes the dialect from it, in UTF-8 too)
      // ends at odd and even bytes.
      for (const size of [1, 3, 5, 6, 7, 10, 64]) {
        const chunked = await checkFile(file, { read: { headBytes: 41 + size, chunkBytes: size } });
        assert.deepEqual(chunked.problems, whole.problems, `chunks of ${size} bytes`);
        assert.equal(chunked.rowCount, whole.rowCount);
      }
    }
  });

  it('--fix keeps UTF-16 (LE and BE, with the BOM) as it keeps Windows-1252: every byte outside the fixed cells unchanged', () => {
    const source = decodeBytes(readFileSync(path.join(fixFixtures, 'equipements-1252.csv'))).text;
    const expected = source.replace('30/12/2021', '2021-12-30').replace(';1053;Oui;12,5;Intérieur\r\n', ';01053;true;12.5;interieur\r\n');
    assert.notEqual(expected, source);
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const work = mkdtempSync(path.join(dir, 'fix-'));
      for (const name of readdirSync(fixFixtures)) copyFileSync(path.join(fixFixtures, name), path.join(work, name));
      const file = path.join(work, 'equipements-utf16.csv');
      writeFileSync(file, encodeText(source, encoding, true));
      const run = runCli(['check', '--schema', 'schema.json', '--fix', 'equipements-utf16.csv'], { cwd: work });
      assert.match(run.stdout, /equipements-utf16\.csv: 5 fixes applied/);
      assert.match(run.stdout, /warning encoding-error/);
      assert.equal(run.code, 1, 'errors left, as for the Windows-1252 copy');
      assert.deepEqual(readFileSync(file), Buffer.from(encodeText(expected, encoding, true)), `${encoding}: the bytes on disk`);
    }
  });

  it('--fix writes nothing over UTF-16 that does not decode whole (an odd last byte): the file is checked, its bytes kept', () => {
    const source = decodeBytes(readFileSync(path.join(fixFixtures, 'equipements-1252.csv'))).text;
    const work = mkdtempSync(path.join(dir, 'odd-'));
    for (const name of readdirSync(fixFixtures)) copyFileSync(path.join(fixFixtures, name), path.join(work, name));
    const file = path.join(work, 'equipements-utf16.csv');
    const bytes = Buffer.concat([encodeText(source, 'utf-16le', true), Buffer.from([0x0a])]);
    writeFileSync(file, bytes);
    const run = runCli(['check', '--schema', 'schema.json', '--fix', 'equipements-utf16.csv'], { cwd: work });
    assert.doesNotMatch(run.stdout, /fixes applied/);
    assert.match(run.stdout, /warning encoding-error/);
    assert.deepEqual(readFileSync(file), bytes);
  });
});
