// `opendata-lint check` on JSON and GeoJSON datasets, through the built CLI: exit codes, every reporter,
// --schema, a sidecar's schema, --fix refused without writing, and a folder walk that takes the datasets
// and skips the other JSON (package.json, schemas) without a word.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli, root } from './runCli';

interface JsonReport {
  files: { path: string; rows: number; schema?: { ref: string; source: string }; problems: { code: string; severity: string; message: string; position: { line: number; column: number }; fixable?: boolean; suggestion?: string }[] }[];
}

const fixtures = path.join(root, 'test/fixtures/json');

describe('CLI: JSON datasets', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-json-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a valid DECP and a valid ZFE: exit 0, schema detected from the content', () => {
    const run = runCli(['check', path.join(fixtures, 'decp-2.0.2-valid.json'), path.join(fixtures, 'zfe-0.8.2-valid.geojson')]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /decp-2\.0\.2-valid\.json: schema .*\(139bercy\/format-commande-publique@2\.0\.2, detected from its content\)/);
    assert.match(run.stdout, /decp-2\.0\.2-valid\.json: no problems \(4 records\)/);
    assert.match(run.stdout, /zfe-0\.8\.2-valid\.geojson: no problems \(1 record\)/);
  });

  it('errors: exit 1, each at its line and column, in French too', () => {
    const run = runCli(['check', 'test/fixtures/json/decp-2.0.2-errors.json', '--lang', 'fr']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /decp-2\.0\.2-errors\.json:162:17 erreur json-invalid « ccag » \(marche n° 1, id « TEST2022 »\) doit être l’une des valeurs/);
    assert.match(run.stdout, /decp-2\.0\.2-errors\.json:183:9 erreur json-unknown-property Propriété inconnue du schéma : « objett » .*Vouliez-vous dire « objet » \?/);
    assert.match(run.stdout, /6 erreurs, 0 avertissement/);
  });

  it('every reporter on a JSON file', () => {
    const file = 'test/fixtures/json/decp-2.0.2-errors.json';
    const json = runCli(['check', file, '--format', 'json']);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout) as JsonReport;
    assert.equal(report.files[0].schema?.ref, '139bercy/format-commande-publique@2.0.2');
    assert.deepEqual(
      report.files[0].problems.map((p) => `${p.code} ${p.position.line}:${p.position.column}`),
      ['json-invalid 154:7', 'json-invalid 162:17', 'json-invalid 163:25', 'json-unknown-property 183:9', 'json-invalid 184:20', 'json-invalid 208:35'],
    );
    // A suggestion is given, but JSON datasets have no fix to apply.
    const enumTypo = report.files[0].problems[1];
    assert.deepEqual([enumTypo.suggestion, enumTypo.fixable], ['Travaux', undefined]);
    const github = runCli(['check', file, '--format', 'github']);
    assert.equal(github.code, 1);
    assert.match(github.stdout, /^::error file=test\/fixtures\/json\/decp-2\.0\.2-errors\.json,line=162,endLine=162,col=17,endColumn=25,title=json-invalid \(ccag\)::“ccag” \(marche #1/m);
    const sarif = runCli(['check', file, '--format', 'sarif']);
    assert.equal(sarif.code, 1);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const unknown = log.runs[0].results.find((r) => r.ruleId === 'json-unknown-property');
    assert.deepEqual(unknown?.locations[0].physicalLocation.region && [unknown.locations[0].physicalLocation.region.startLine, unknown.locations[0].physicalLocation.region.startColumn], [183, 9]);
    const markdown = runCli(['check', file, '--format', 'markdown']);
    assert.equal(markdown.code, 1);
    assert.match(markdown.stdout, /json-unknown-property/);
    assert.match(markdown.stdout, /objett/);
  });

  it('a syntax error: exit 1, placed', () => {
    const run = runCli(['check', 'test/fixtures/json/syntax-trailing-comma.json']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /syntax-trailing-comma\.json:5:24 error json-syntax-error A comma stands before a closing bracket or brace/);
  });

  it('--schema names the schema; a Table Schema named for JSON is refused clearly', () => {
    const named = runCli(['check', 'test/fixtures/json/decp-2.0.2-valid.json', '--schema', '139bercy/format-commande-publique@2.0.1']);
    assert.match(named.stdout, /format-commande-publique@2\.0\.1, from --schema/);
    const table = runCli(['check', 'test/fixtures/json/decp-2.0.2-valid.json', '--schema', 'etalab/schema-irve-statique@2.3.1']);
    assert.equal(table.code, 1);
    assert.match(table.stdout, /json-schema-unusable The schema etalab\/schema-irve-statique@2\.3\.1 is a Table Schema/);
  });

  it('a JSON file named on the command line that no schema applies to: one info, exit 0', () => {
    const run = runCli(['check', 'test/fixtures/json/not-a-dataset.json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /not-a-dataset\.json:1:1 info json-no-schema No schema applies to this JSON file/);
  });

  it('a folder: datasets checked (a sidecar’s schema applies), other JSON skipped without a word', () => {
    const folder = path.join(dir, 'donnees');
    mkdirSync(folder);
    copyFileSync(path.join(fixtures, 'decp-2.0.2-errors.json'), path.join(folder, 'achats.json'));
    copyFileSync(path.join(fixtures, 'zfe-0.8.2-valid.geojson'), path.join(folder, 'zfe.geojson'));
    copyFileSync(path.join(fixtures, 'decp-2.0.2-valid.json'), path.join(folder, 'marches.json'));
    writeFileSync(path.join(folder, 'marches.resource.yaml'), 'path: marches.json\ntitle: Marchés\nschema: 139bercy/format-commande-publique@2.0.2\n');
    copyFileSync(path.join(root, 'package.json'), path.join(folder, 'package.json'));
    copyFileSync(path.join(fixtures, 'not-a-dataset.json'), path.join(folder, 'reglages.json'));
    copyFileSync(path.join(root, 'schemas/catalog/etalab/schema-irve-statique/2.3.1/schema.json'), path.join(folder, 'schema.json'));
    copyFileSync(path.join(root, 'schemas/catalog/etalab/schema-zfe/0.8.2/schema.json'), path.join(folder, 'zfe.schema.json'));
    const run = runCli(['check', 'donnees', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => [path.basename(f.path), f.schema?.source ?? '', f.problems.filter((p) => p.severity === 'error').length]),
      [
        ['achats.json', 'detected-shape', 6],
        ['marches.json', 'sidecar', 0],
        ['marches.resource.yaml', '', 0],
        ['zfe.geojson', 'detected-shape', 0],
      ],
    );
    assert.equal(run.stderr, '');
  });

  it('--fix on JSON says it is not supported and writes nothing', () => {
    const file = path.join(dir, 'a-corriger.json');
    copyFileSync(path.join(fixtures, 'decp-2.0.2-errors.json'), file);
    const before = readFileSync(file, 'utf8');
    const run = runCli(['check', '--fix', 'a-corriger.json'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /a-corriger\.json: JSON datasets have no automatic fixes yet: checked, not written\./);
    assert.equal(readFileSync(file, 'utf8'), before);
  });
});
