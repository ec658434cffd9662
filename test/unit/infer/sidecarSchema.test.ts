// Recording an inferred schema in a table's metadata sidecar: a reference or the schema inline, at the
// resource's place (a resource sidecar, or the resource of a datapackage), comments kept; a new sidecar
// drafted when the table has none; and the table then validated against it through the sidecar.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { findSidecarFor } from '../../../server/src/engine/metadata/findSidecar';
import { diskAccess } from '../../../server/src/engine/metadata/sidecarFiles';
import { planFile } from '../../../server/src/cli/planFile';
import { inferSchema, schemaJson, setSidecarSchema, sidecarWithSchema } from '../../../server/src/engine/infer';
import { validateText } from '../../../server/src/engine/validate';
import { temporaryDir } from '../../support/temporaryDir';


const fixture = readFileSync(path.resolve(__dirname, '../../fixtures/hygiene/petite-enfance.csv'), 'utf8');

describe('inferred schema recorded in the sidecar', () => {
  it('sets the schema of a resource sidecar, keeping its comments and other properties', () => {
    const text = '# Fiche de la petite enfance\nname: petite-enfance\ntitle: Structures petite enfance # titre court\nschema: ancien.json\n';
    assert.equal(setSidecarSchema(text, [], 'schema.json'), '# Fiche de la petite enfance\nname: petite-enfance\ntitle: Structures petite enfance # titre court\nschema: schema.json\n');
  });

  it('sets the schema of the right resource of a datapackage, or writes it inline', () => {
    const text = 'name: enfance\nresources:\n  - path: creches.csv\n  - path: assmat.csv\n    name: assmat\n';
    const referenced = setSidecarSchema(text, ['resources', 1], 'assmat.schema.json')!;
    assert.deepEqual(parse(referenced).resources, [{ path: 'creches.csv' }, { path: 'assmat.csv', name: 'assmat', schema: 'assmat.schema.json' }]);
    const inline = setSidecarSchema(text, ['resources', 0], { fields: [{ name: 'nom', type: 'string' }] })!;
    assert.deepEqual(parse(inline).resources[0], { path: 'creches.csv', schema: { fields: [{ name: 'nom', type: 'string' }] } });
    assert.equal(setSidecarSchema('name: [unclosed\n', [], 'schema.json'), undefined);
    assert.equal(setSidecarSchema(text, ['resources', 5], 'schema.json'), undefined);
  });

  it('drafts a sidecar referencing schema.json when the table has none, which then applies the schema to the table', () => {
    const dir = temporaryDir('odl-infer-sidecar-');
    const table = path.join(dir, 'petite-enfance.csv');
    writeFileSync(table, fixture);
    const schemaFile = path.join(dir, 'schema.json');
    writeFileSync(schemaFile, schemaJson(inferSchema(fixture, { fileName: 'petite-enfance.csv' }).schema));
    const edit = sidecarWithSchema(table, undefined, { kind: 'reference', schemaFile }, { access: diskAccess })!;
    assert.equal(edit.file, path.join(dir, 'petite-enfance.resource.yaml'));
    assert.equal(edit.existed, false);
    assert.equal(parse(edit.content).schema, 'schema.json');
    writeFileSync(edit.file, edit.content);
    const binding = findSidecarFor(table)!;
    assert.deepEqual(binding.schema, { ref: 'schema.json', baseDir: dir });
    // The CLI now validates the table against it (no more hygiene checks), without an error.
    const plan = planFile(fixture, { detect: true, cwd: dir, path: table });
    assert.deepEqual(plan.schema, { ref: 'schema.json', title: 'À compléter : titre du schéma', source: 'sidecar' });
    const report = validateText(fixture, { checkers: plan.checkers });
    assert.deepEqual(report.problems.filter((p) => p.severity === 'error').map((p) => p.code), []);
    // Inline in the existing sidecar now.
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const inline = sidecarWithSchema(table, { file: binding.file, segments: binding.segments }, { kind: 'inline', schema }, { access: diskAccess })!;
    assert.equal(inline.existed, true);
    assert.deepEqual(parse(inline.content).schema.fields.map((f: { name: string }) => f.name), ['Commune', 'Nom de la structure', "Type d'accueil", 'Gestionnaire', 'Nombre de places', "Taux d'occupation", 'Observations']);
    assert.ok(inline.content.startsWith('# '), 'the draft’s comments are kept');
  });
});
