// `check` on a file that is not a CSV (JSON or GeoJSON named .csv, XML, a web page saved as .csv, a workbook .xlsx or .ods, perhaps
// renamed .csv): exit 1 and exactly one format-error saying what the file is, not hundreds of cell problems.
// (Named .json or .geojson, a JSON dataset is checked as one: test/cli/json.test.ts.)
// The fixtures come from scripts/make-format-fixtures.mjs (export-erreur.csv, a portal's 404 page saved as .csv, is hand-written).
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

interface JsonReport {
  files: { path: string; rows: number; problems: { code: string; severity: string; message: string }[] }[];
}

const cases: [file: string, says: RegExp][] = [
  ['marches.json', /^This file is JSON, not CSV: .*Name it \.json to have it checked as a JSON dataset/],
  ['zfe.geojson', /^This file is GeoJSON, not CSV: .*Name it \.geojson to have it checked as a GeoJSON dataset/],
  ['equipements.xml', /^This file is XML, not CSV/],
  ['export-erreur.csv', /^This file is a web page \(HTML\), not a CSV: the download probably brought back the portal’s error, login or preview page/],
  ['classeur.xlsx', /^This file is an Excel workbook \(\.xlsx\), not a CSV\. The tool reads CSV exported as UTF-8/],
  ['classeur.ods', /^This file is a LibreOffice\/OpenDocument spreadsheet \(\.ods\), not a CSV\. The tool reads CSV exported as UTF-8/],
];

describe('CLI: a file that is not a CSV', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-not-csv-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [file, says] of cases) {
    it(`${file}: exit 1, one format-error`, () => {
      // A JSON document is read as a table only when its name says CSV.
      const named = /\.(geo)?json$/.test(file) ? path.join(dir, `${file}.csv`) : `test/fixtures/formats/${file}`;
      if (named !== `test/fixtures/formats/${file}`) copyFileSync(`test/fixtures/formats/${file}`, named);
      const run = runCli(['check', '--format', 'json', named]);
      assert.equal(run.code, 1, run.stderr);
      const report = JSON.parse(run.stdout) as JsonReport;
      const problems = report.files[0].problems;
      assert.deepEqual(
        problems.map((p) => [p.code, p.severity]),
        [['format-error', 'error']],
      );
      assert.match(problems[0].message, says);
    });
  }

  it('the same file renamed .csv says the same, in French too', () => {
    copyFileSync('test/fixtures/formats/classeur.xlsx', path.join(dir, 'export.csv'));
    const run = runCli(['check', 'export.csv', '--lang', 'fr'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /format-error Ce fichier est un classeur Excel \(\.xlsx\).*« Enregistrer sous… CSV UTF-8 \(délimité par des virgules\) »/);
    assert.equal(run.stdout.match(/format-error/g)?.length, 1);
  });

  it('a big GeoJSON named .csv, streamed: judged from its head, one format-error', () => {
    const features = Array.from({ length: 20_000 }, (_, i) => ({ type: 'Feature', properties: { id: i }, geometry: { type: 'Point', coordinates: [2.35, 48.85] } }));
    writeFileSync(path.join(dir, 'grand.csv'), JSON.stringify({ type: 'FeatureCollection', features }, null, 2));
    const run = runCli(['check', '--format', 'json', 'grand.csv'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const problems = (JSON.parse(run.stdout) as JsonReport).files[0].problems;
    assert.deepEqual(
      problems.map((p) => p.code),
      ['format-error'],
    );
    assert.match(problems[0].message, /^This file is GeoJSON/);
  });

  it('infer refuses it too, with the reason (a .json file itself is pointed to check: test/cli/inferInput.test.ts)', () => {
    const out = path.join(dir, 'marches.schema.json');
    const named = path.join(dir, 'marches-exporte.csv');
    copyFileSync('test/fixtures/formats/marches.json', named);
    const run = runCli(['infer', named, '-o', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /This file is JSON, not CSV/);
    assert.equal(existsSync(out), false);
  });
});
