// The command line reads the project's `.vscode/settings.json`, where the editor records a schema chosen
// from the status bar: the same plan as the editor's (engine/plan/tablePlan.ts), hence the same verdict.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { root, runCli } from './runCli';

const irve = path.join(root, 'test/fixtures/e2e-workspace/irve/bornes-avec-erreurs.csv');

describe('CLI: the project settings the editor writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-project-'));
    mkdirSync(path.join(dir, 'data', 'irve'), { recursive: true });
    copyFileSync(irve, path.join(dir, 'data', 'irve', 'bornes.csv'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function settings(text: string): void {
    mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    writeFileSync(path.join(dir, '.vscode', 'settings.json'), text);
  }

  function report(cwd = dir): { ref?: string; source?: string; codes: string[] } {
    const run = runCli(['check', 'data/irve/bornes.csv', '--format', 'json'], { cwd });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const file = JSON.parse(run.stdout).files[0];
    return { ref: file.schema?.ref, source: file.schema?.source, codes: file.problems.map((p: { code: string }) => p.code) };
  }

  it('applies the schema recorded for the file (JSON with comments and a trailing comma, as VS Code writes it)', () => {
    settings('{\n  // chosen from the status bar\n  "opendataLint.schemas": {\n    "data/irve/bornes.csv": "etalab/schema-irve-statique@2.3.0",\n  },\n}\n');
    const found = report();
    assert.deepEqual([found.ref, found.source], ['etalab/schema-irve-statique@2.3.0', 'setting']);
    assert.ok(!found.codes.includes('schema-detected'));
  });

  it('reads the settings of the nearest folder above the file, globs relative to it, from any working directory', () => {
    settings('{ "opendataLint.schemas": { "irve/*.csv": "etalab/schema-irve-statique@2.3.0" } }');
    assert.equal(report().source, 'detected', 'globs are relative to the project folder: irve/*.csv does not match data/irve/bornes.csv');
    settings('{ "opendataLint.schemas": { "data/irve/*.csv": "etalab/schema-irve-statique@2.3.0" } }');
    assert.equal(report().ref, 'etalab/schema-irve-statique@2.3.0');
    const run = runCli(['check', path.join(dir, 'data/irve/bornes.csv'), '--format', 'json'], { cwd: tmpdir() });
    assert.equal(JSON.parse(run.stdout).files[0].schema?.ref, 'etalab/schema-irve-statique@2.3.0');
  });

  it('checks the file without a schema, nor detection, when "none" was recorded for it; detection applies otherwise', () => {
    assert.deepEqual([report().ref, report().source], ['etalab/schema-irve-statique@2.3.1', 'detected']);
    settings('{ "opendataLint.schemas": { "**/bornes.csv": "none" } }');
    const found = report();
    assert.equal(found.ref, undefined);
    assert.ok(!found.codes.includes('type-error') && !found.codes.includes('schema-detected'), found.codes.join(', '));
  });

  it('follows opendataLint.detectSchema: false of the project', () => {
    settings('{ "opendataLint.detectSchema": false }');
    assert.equal(report().ref, undefined);
  });
});
