// Issue #20, the same classes of bug elsewhere: the language server's requests that read a file named by the
// client (infer a schema, put a schema in a sidecar) never block on a FIFO nor read a device; a datapackage's
// `resources:` entry that links out of its folder is not read.
import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../lsp/lspSession';
import { makeFifo, runCliTimed, tempFolder } from './hostileCli';

const SECRET = 'TOPSECRET-RESOURCE-9999';

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

describe('hostile: the same classes elsewhere', function () {
  this.timeout(60_000);
  let dir: string;
  let outside: string;
  before(() => {
    dir = tempFolder('class');
    outside = tempFolder('class-outside');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('the language server answers inferSchema on a FIFO and sidecarSchema with /dev/zero at once, and stays alive', async () => {
    makeFifo(path.join(dir, 'pipe.csv'));
    writeFileSync(path.join(dir, 'table.csv'), 'a,b\n1,2\n');
    const session = await LspSession.start({ rootPath: dir });
    try {
      const inferred = await within(session.request('opendataLint/inferSchema', { uri: pathToFileURL(path.join(dir, 'pipe.csv')).href }), 5000);
      assert.equal(inferred, null);
      const sidecar = await within(
        session.request('opendataLint/sidecarSchema', { uri: pathToFileURL(path.join(dir, 'table.csv')).href, schemaUri: 'file:///dev/zero', placement: 'inline' }),
        5000,
      );
      assert.equal(sidecar, null);
      assert.ok(session.isAlive());
    } finally {
      await session.stop();
    }
  });

  it("a datapackage's resources entry that links out of its folder is not read", () => {
    const pkg = path.join(dir, 'pkg');
    mkdirSync(pkg);
    writeFileSync(path.join(outside, 'x.resource.yaml'), `title: ${SECRET}\npath: x.csv\n`);
    symlinkSync(path.join(outside, 'x.resource.yaml'), path.join(pkg, 'x.resource.yaml'));
    writeFileSync(path.join(pkg, 'datapackage.yaml'), 'title: Paquet\nresources:\n  - x.resource.yaml\n');
    const run = runCliTimed(['export-catalogue', '.'], { cwd: pkg });
    assert.ok(!run.stdout.includes(SECRET), run.stdout);
    assert.match(run.stderr, /x\.resource\.yaml: a symbolic link out of the folder, not read/);
  });
});
