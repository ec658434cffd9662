// A metadata sidecar found beside its CSV that is a symbolic link to a file outside the folder is not read:
// the table says so, and nothing of the link's target reaches a report.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findSidecarFor } from '../../server/src/engine/metadata/findSidecar';
import { runCli } from '../cli/runCli';

describe('hostile input: a sidecar that links out of its folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-sidecar-link-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'data'));
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'outside', 'secret.yaml'), 'path: bornes.csv\nschema: etalab/schema-irve-statique@2.3.1\ntitle: TOKEN=ghp_s3cr3t\n');
  writeFileSync(path.join(dir, 'data', 'bornes.csv'), 'nom,commune\nMairie,Brest\n');
  symlinkSync(path.join(dir, 'outside', 'secret.yaml'), path.join(dir, 'data', 'bornes.resource.yaml'));

  it('is not read by the engine: the binding says why', () => {
    const binding = findSidecarFor(path.join(dir, 'data', 'bornes.csv'));
    assert.deepEqual(binding?.unusable, { reason: 'link' });
    assert.equal(binding?.schema, undefined);
  });

  it('the CLI says so, applies no schema from it, and echoes nothing of its target', () => {
    const run = runCli(['check', 'data/bornes.csv', '--format', 'json'], { cwd: dir });
    const file = JSON.parse(run.stdout).files[0];
    assert.equal(file.schema ?? undefined, undefined);
    const problem = file.problems.find((p: { code: string }) => p.code === 'metadata-sidecar-unusable');
    assert.ok(problem, JSON.stringify(file.problems.map((p: { code: string }) => p.code)));
    assert.match(problem.message, /is a link to a file outside this folder: it is not read/);
    assert.ok(!run.stdout.includes('ghp_') && !run.stderr.includes('ghp_'));
  });
});
