// Which schema a CSV is validated against when it has a sidecar: the sidecar's, over the editor's
// settings and detection; on the command line `--schema` still wins (an explicit request for that run).
import { strict as assert } from 'node:assert';
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkFile } from '../../../server/src/cli/checkFile';
import { planFile } from '../../../server/src/cli/planFile';
import { checkSidecarFile } from '../../../server/src/cli/sidecarReport';
import { findSidecarFor } from '../../../server/src/engine/metadata/findSidecar';
import { IncrementalTable } from '../../../server/src/engine/incremental/incrementalTable';
import { DocumentChecks } from '../../../server/src/lsp/documentChecks';
import { resourceNameFor } from '../../../server/src/engine/metadata/resourceName';
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

  describe('a foreign key naming the table’s own resource', () => {
    const schema = JSON.stringify({
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'parent', type: 'integer' },
      ],
      foreignKeys: [{ fields: 'parent', reference: { resource: 'arbre', fields: 'id' } }],
    });
    const rows = 'id,parent\n1,\n2,1\n3,7\n';
    const named = scratch({ 'noeuds.csv': rows, 'noeuds.resource.yaml': 'name: arbre\npath: noeuds.csv\nschema: schema.json\n', 'schema.json': schema });
    const byFile = scratch({ 'arbre.csv': rows, 'schema.json': schema });
    const foreignKeys = (problems: { code: string; rowNumber?: number }[]) => problems.filter((p) => p.code === 'foreign-key').map((p) => p.rowNumber);

    it('is checked within the file on the command line: the sidecar’s name, else the file’s', () => {
      const run = async (dir: string, file: string, option?: string) => {
        const csv = path.join(dir, file);
        const report = await checkFile(csv, { plan: (head) => planFile(head, { detect: false, cwd: dir, path: csv, schema: option }) });
        return foreignKeys(report.problems);
      };
      return Promise.all([run(named, 'noeuds.csv'), run(byFile, 'arbre.csv', 'schema.json')]).then(([bySidecar, byName]) => {
        assert.deepEqual(bySidecar, [4]);
        assert.deepEqual(byName, [4]);
      });
    });

    it('is checked within the document in the editor, small or big', () => {
      const uri = pathToFileURL(path.join(named, 'noeuds.csv')).href;
      const checks = new DocumentChecks((documentUri) => findSidecarFor(fileURLToPath(documentUri)));
      assert.deepEqual(foreignKeys(checks.check(uri, 1, rows, defaultSettings, [pathToFileURL(named).href]).report.problems), [4]);
      const table = IncrementalTable.open(rows, { schema: JSON.parse(schema), resourceName: resourceNameFor(fileURLToPath(uri), findSidecarFor(fileURLToPath(uri))) });
      assert.deepEqual(foreignKeys(table.problems().problems), [4]);
    });
  });
});
