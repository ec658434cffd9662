// A schema path read from data (a sidecar's `schema:`) is confined to the folders it may read: a link
// that leads out of them is refused as schema-file-outside, and nothing of the target is read.
import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import { temporaryDir } from '../../support/temporaryDir';

describe('schema files outside the folder', () => {
  const root = temporaryDir('odl-schema-outside-');
  const inside = path.join(root, 'donnees');
  const outside = path.join(root, 'ailleurs');

  it('refuses a schema reached through a link out of the folder (schema-file-outside)', () => {
    mkdirSync(inside, { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'schema.json'), JSON.stringify({ fields: [{ name: 'nom' }] }));
    symlinkSync(path.join(outside, 'schema.json'), path.join(inside, 'schema.json'));
    const loaded = loadTableSchema('./schema.json', { baseDir: inside, confineTo: [inside] });
    assert.ok(!loaded.ok);
    assert.equal(loaded.error.code, 'schema-file-outside');
  });

  it('reads the same file when the folder holding it is allowed', () => {
    const loaded = loadTableSchema('./schema.json', { baseDir: inside, confineTo: [root] });
    assert.ok(loaded.ok);
  });
});
