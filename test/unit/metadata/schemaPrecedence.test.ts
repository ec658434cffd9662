// Which schema a CSV is validated against when it has a sidecar: the sidecar's, over the editor's
// settings and detection; on the command line `--schema` still wins (an explicit request for that run).
import { strict as assert } from 'node:assert';
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { planFile } from '../../../server/src/cli/planFile';
import { checkSidecarFile } from '../../../server/src/cli/sidecarReport';
import { findSidecarFor } from '../../../server/src/engine/metadata/findSidecar';
import { DocumentChecks } from '../../../server/src/lsp/documentChecks';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { irveCsvPath, scratch } from './metadataKit';

const irve = readFileSync(irveCsvPath, 'utf8');

describe('metadata: the sidecar’s schema in force', () => {
  const dir = scratch({ 'bornes.csv': irve, 'bornes.resource.yaml': 'path: bornes.csv\nschema: scdl/subventions@2.1.1\n' });
  const csv = path.join(dir, 'bornes.csv');

  it('wins over the editor’s settings and over detection', () => {
    const checks = new DocumentChecks((uri) => findSidecarFor(fileURLToPath(uri)));
    const settings = { ...defaultSettings, schemas: { '*.csv': 'etalab/schema-irve-statique@2.3.1' } };
    const result = checks.check(pathToFileURL(csv).href, 1, irve, settings, [pathToFileURL(dir).href]);
    assert.deepEqual([result.schema.source, result.schema.ref], ['sidecar', 'scdl/subventions@2.1.1']);
    assert.equal(result.sidecar?.file, path.join(dir, 'bornes.resource.yaml'));
    // The IRVE header against the subventions schema: its required columns are missing.
    assert.ok(result.report.problems.some((p) => p.code === 'missing-label'));
    const without = new DocumentChecks().check(pathToFileURL(csv).href, 1, irve, settings, [pathToFileURL(dir).href]);
    assert.equal(without.schema.source, 'setting');
  });

  it('on the command line: over detection, but not over --schema', () => {
    assert.equal(planFile(irve, { detect: true, cwd: dir, path: csv }).schema?.ref, 'scdl/subventions@2.1.1');
    assert.equal(planFile(irve, { detect: true, cwd: dir }).schema?.ref, 'etalab/schema-irve-statique@2.3.1');
    assert.equal(planFile(irve, { detect: true, cwd: dir, path: csv, schema: 'etalab/schema-irve-statique@2.3.1' }).schema?.source, 'option');
  });

  it('reads at most a sidecar’s worth of a 1 GB file named like one', () => {
    const huge = path.join(scratch(), 'huge.resource.yaml');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 1 << 30);
    closeSync(fd);
    assert.deepEqual(checkSidecarFile(huge).problems.map((p) => p.code), ['metadata-too-large']);
  });
});
