// A local schema.json is parsed once while it stays the same (the editor resolves the schema on every
// check) and read again as soon as it changes, so an edit to the schema is never missed.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import { temporaryDir } from '../../support/temporaryDir';

describe('local schema files', () => {
  const dir = temporaryDir('odl-local-schema-');
  const file = path.join(dir, 'schema.json');

  it('gives the same descriptor while the file is unchanged, a fresh one after an edit', () => {
    writeFileSync(file, JSON.stringify({ fields: [{ name: 'nom', type: 'string' }] }));
    const first = loadTableSchema('./schema.json', { baseDir: dir });
    const again = loadTableSchema('./schema.json', { baseDir: dir });
    assert.ok(first.ok && again.ok);
    assert.equal(again.schema, first.schema);

    writeFileSync(file, JSON.stringify({ fields: [{ name: 'nom', type: 'string' }, { name: 'commune', type: 'string' }] }));
    const edited = loadTableSchema('./schema.json', { baseDir: dir });
    assert.ok(edited.ok);
    assert.deepEqual(edited.schema.fields.map((f) => f.name), ['nom', 'commune']);
  });

  it('reports a schema file that became invalid, then missing', () => {
    writeFileSync(file, '{ "fields": [');
    const broken = loadTableSchema('./schema.json', { baseDir: dir });
    assert.ok(!broken.ok && broken.error.code === 'schema-invalid-json');
    const missing = loadTableSchema('./absent.json', { baseDir: dir });
    assert.ok(!missing.ok && missing.error.code === 'schema-file-not-found');
  });
});
