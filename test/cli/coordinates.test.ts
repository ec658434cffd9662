// coordinates-swapped in the built CLI (dist/cli.js in a child process): the covoiturage example's row 3 in
// the JSON report at the row and column the editor underlines, with the schema given, detected, or none;
// --unsafe-fixes swaps exactly its two cells; and a big file checked in two parts reports what one thread does.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliPath, root, runCli } from './runCli';

const example = path.join(root, 'examples', 'lieux-covoiturage-invalide.csv');
const exampleText = readFileSync(example, 'utf8');

interface JsonProblem {
  code: string;
  severity: string;
  message: string;
  row: number;
  fieldNumber: number;
  field: string;
  position: { line: number; column: number; endLine: number; endColumn: number };
  params: Record<string, unknown>;
}

function jsonProblems(args: string[]): JsonProblem[] {
  const { stdout, stderr } = runCli(['check', ...args, '--format', 'json']);
  assert.equal(stderr, '');
  const report = JSON.parse(stdout) as { files: { problems: JsonProblem[] }[] };
  return report.files.flatMap((file) => file.problems);
}

/** 1-based line and column of the latitude cell of row 3 (0-based line 2, as the editor's range starts). */
const line = 3;
const column = exampleText.split('\n')[2].indexOf(',1.065656,') + 2;

describe('CLI: coordinates-swapped', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`);
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-coordinates-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [how, args] of [
    ['with --schema', ['--schema', 'etalab/schema-lieux-covoiturage@0.3.1']],
    ['with the schema detected from the header', []],
    ['without a schema (--no-detect: the detected coordinate columns)', ['--no-detect']],
  ] as const) {
    it(`lists row 3 of the covoiturage example in the JSON report ${how}`, () => {
      const swapped = jsonProblems([example, ...args]).filter((p) => p.code === 'coordinates-swapped');
      assert.equal(swapped.length, 1, JSON.stringify(swapped));
      const [problem] = swapped;
      assert.deepEqual(
        [problem.severity, problem.row, problem.fieldNumber, problem.field, problem.position],
        ['warning', 3, 11, 'Ylat', { line, column, endLine: line, endColumn: column + '1.065656'.length }],
      );
      assert.deepEqual(problem.params.value, ['1.065656', '49.921921']);
      assert.equal(problem.params.longitudeField, 'Xlong');
      assert.equal(problem.params.longitudeFieldNumber, 10);
      assert.match(problem.message, /^Latitude 1\.065656 \(Ylat\) and longitude 49\.921921 \(Xlong\) put this point outside France/);
    });
  }

  it('in text and in French', () => {
    const { stdout } = runCli(['check', example, '--schema', 'etalab/schema-lieux-covoiturage@0.3.1', '--lang', 'fr']);
    assert.match(stdout, new RegExp(`lieux-covoiturage-invalide\\.csv:${line}:${column} avertissement coordinates-swapped La latitude 1\\.065656 \\(Ylat\\) et la longitude 49\\.921921 \\(Xlong\\)`));
  });

  it('--unsafe-fixes swaps the two cells of row 3 and nothing else; the warning is gone', () => {
    const file = path.join(dir, 'covoiturage.csv');
    copyFileSync(example, file);
    const { stdout } = runCli(['check', file, '--schema', 'etalab/schema-lieux-covoiturage@0.3.1', '--unsafe-fixes']);
    assert.match(stdout, /Swap latitude and longitude \(`Ylat` ↔ `Xlong`\) \[swap-coordinates\]/);
    const fixed = readFileSync(file, 'utf8').split('\n');
    const original = exampleText.split('\n');
    assert.equal(fixed[2].split(',').slice(9, 11).join(','), '1.065656,49.921921');
    // Other fixes of the run (opening hours, dates) touch other cells: the coordinates of other rows stay.
    assert.equal(fixed[1].split(',').slice(9, 11).join(','), original[1].split(',').slice(9, 11).join(','));
    assert.doesNotMatch(stdout, /coordinates-swapped/);
  });

  it('--unsafe-fixes turns degrees Excel stored as fractions of a day back into degrees, and writes only those two cells', () => {
    const file = path.join(dir, 'aires.csv');
    const schema = path.join(root, 'test', 'fixtures', 'fixes', 'schema.json');
    const row = (lat: string, lon: string) => `1,Aire,2021-12-30,,${lat},${lon},,,,\r\n`;
    const header = 'id,nom,date_maj,horaires,latitude,longitude,code_insee,gratuit,prix,acces\r\n';
    const other = '2,Gare,2021-12-30,,47.21811,-1.55275,,,,\r\n';
    writeFileSync(file, header + row('"1,96909722222222"', '"0,104166666666667"') + other);
    const { code, stdout } = runCli(['check', file, '--schema', schema, '--unsafe-fixes', '--lang', 'en']);
    assert.match(stdout, /degrees recovered from a time Excel stored as a fraction of a day/);
    assert.deepEqual(readFileSync(file), Buffer.from(header + row('47.25833', '2.5') + other, 'utf8'));
    assert.equal(code, 0, stdout);
  });

  it('a big file reports its swapped rows, all of them', () => {
    const header = exampleText.split('\n')[0];
    const rows = [header];
    const swappedRows: number[] = [];
    for (let i = 1; i <= 15_000; i++) {
      const swapped = i % 1000 === 7;
      if (swapped) swappedRows.push(i + 1);
      const [lon, lat] = swapped ? ['49.921921', '1.065656'] : ['1.081183', '49.921823'];
      rows.push(`23X${i},Gare ${i},2 Boulevard Georges Clemenceau,Dieppe,76217,Parking,2019-06-25,true,217602176,${lon},${lat},20,2,,24/7,Ville de Dieppe,true,`);
    }
    const file = path.join(dir, 'big-covoiturage.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const args = ['check', file, '--schema', 'etalab/schema-lieux-covoiturage@0.3.1', '--format', 'github'];
    const single = runCli(args);
    const reported = [...single.stdout.matchAll(/^::warning file=[^,]+,line=(\d+),.*title=coordinates-swapped \(Ylat\)::/gm)].map((m) => Number(m[1]));
    assert.deepEqual(reported, swappedRows);
  });
});
