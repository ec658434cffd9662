// Issue #20, items 4 and 6: folder walks are bounded (the catalogue export of `file:///` is refused, a
// folder too deep is said to be too deep), and links do not lead out of the folder: a sidecar's `path:`
// through a link to /etc/passwd is refused, a folder scan does not read linked CSV files from elsewhere,
// and a file reached twice through a linked folder is checked once.
import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../lsp/lspSession';
import { runCliTimed, tempFolder } from './hostileCli';

const SECRET = 'TOPSECRET-HEADER-5678';

describe('hostile: folder walks and links', function () {
  this.timeout(60_000);
  let outside: string;
  let dir: string;

  before(() => {
    outside = tempFolder('walk-outside');
    writeFileSync(path.join(outside, 'secret.csv'), `${SECRET},b\n1,2\n`);
    dir = tempFolder('walk');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("refuses a sidecar's path: that links out of its folder", () => {
    const sub = path.join(dir, 'sidecar');
    mkdirSync(sub);
    symlinkSync('/etc/passwd', path.join(sub, 'passwd.csv'));
    writeFileSync(path.join(sub, 'passwd.resource.yaml'), 'path: passwd.csv\n');
    const run = runCliTimed(['check', '--format', 'json', 'passwd.resource.yaml'], { cwd: sub });
    const report = JSON.parse(run.stdout) as { files: { path: string; problems: { code: string; params?: { variant?: string } }[] }[] };
    const problems = report.files.flatMap((f) => f.problems);
    assert.ok(problems.some((p) => p.code === 'metadata-path-unsafe' && p.params?.variant === 'link'), JSON.stringify(problems));
    assert.ok(!run.stdout.includes('root:'), run.stdout);
  });

  it('a folder scan does not follow links out of the folder, and says so', () => {
    const sub = path.join(dir, 'scan');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'own.csv'), 'a,b\n1,2\n');
    symlinkSync(path.join(outside, 'secret.csv'), path.join(sub, 'linked.csv'));
    symlinkSync(outside, path.join(sub, 'linkedFolder'));
    const run = runCliTimed(['check', '--format', 'json', '.'], { cwd: sub });
    assert.ok(!run.stdout.includes(SECRET), run.stdout);
    const report = JSON.parse(run.stdout) as { files: { path: string }[] };
    assert.deepEqual(report.files.map((f) => path.basename(f.path)), ['own.csv']);
    assert.match(run.stderr, /linked\.csv: a symbolic link out of the folder checked, not followed/);
    assert.match(run.stderr, /linkedFolder: a symbolic link out of the folder checked/);
    // A glob follows the same rule.
    const globbed = runCliTimed(['check', '--format', 'json', '*.csv'], { cwd: sub });
    assert.ok(!globbed.stdout.includes(SECRET), globbed.stdout);
    assert.deepEqual((JSON.parse(globbed.stdout) as { files: { path: string }[] }).files.map((f) => path.basename(f.path)), ['own.csv']);
    assert.match(globbed.stderr, /linked\.csv: a symbolic link out of the folder checked, not followed/);
  });

  it('a file reached twice through a linked folder is checked once', () => {
    const sub = path.join(dir, 'twice');
    mkdirSync(path.join(sub, 'data'), { recursive: true });
    writeFileSync(path.join(sub, 'data', 'one.csv'), 'a,b\n1,2,3\n');
    symlinkSync(path.join(sub, 'data'), path.join(sub, 'alias'));
    symlinkSync(path.join(sub, 'data', 'one.csv'), path.join(sub, 'same.csv'));
    const run = runCliTimed(['check', '--format', 'json', '.', 'data/one.csv'], { cwd: sub });
    const report = JSON.parse(run.stdout) as { files: { path: string }[] };
    assert.deepEqual(report.files.map((f) => f.path), ['data/one.csv'], 'once, under its own name');
  });

  it('export-catalogue and check stop at the depth bound and say so', () => {
    const sub = path.join(dir, 'deep');
    let deep = sub;
    for (let i = 0; i < 30; i++) deep = path.join(deep, `d${i}`);
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, 'x.resource.yaml'), 'title: x\n');
    writeFileSync(path.join(sub, 'top.csv'), 'a\n1\n');
    const exported = runCliTimed(['export-catalogue', '.'], { cwd: sub });
    assert.notEqual(exported.code, 0);
    assert.match(exported.stderr, /too big to walk/);
    const checked = runCliTimed(['check', '.'], { cwd: sub });
    assert.match(checked.stderr, /too big to walk whole .*only part of it is checked/);
  });

  it('the language server refuses to export the catalogue of a folder outside the workspace, at once', async () => {
    const workspace = path.join(dir, 'workspace');
    mkdirSync(workspace);
    writeFileSync(path.join(workspace, 'a.resource.yaml'), 'title: A\npath: a.csv\n');
    symlinkSync(outside, path.join(workspace, 'elsewhere'));
    const session = await LspSession.start({ rootPath: workspace });
    try {
      const started = Date.now();
      await assert.rejects(session.request('opendataLint/catalogueExport', { folderUri: 'file:///' }), /not in a folder of the workspace/);
      assert.ok(Date.now() - started < 5000);
      const result = await session.request<{ datasets: number }>('opendataLint/catalogueExport', { folderUri: pathToFileURL(workspace).href });
      assert.equal(result.datasets, 1);
      assert.ok(session.isAlive());
    } finally {
      await session.stop();
    }
  });

  it('the language server answers other requests while it walks a big workspace folder', async () => {
    const workspace = path.join(dir, 'big');
    for (let i = 0; i < 200; i++) for (let j = 0; j < 100; j++) mkdirSync(path.join(workspace, `d${i}`, `e${j}`), { recursive: true });
    writeFileSync(path.join(workspace, 'a.resource.yaml'), 'title: A\npath: a.csv\n');
    writeFileSync(path.join(workspace, 'small.csv'), 'a,b\n1,2\n');
    const session = await LspSession.start({ rootPath: workspace });
    try {
      // The other request is a hover on an open document: it needs no disk. (A schema inferred from the file on disk
      // waited for the thread pool behind the walk's folder reads, and came second now and then, the server unblocked.)
      const small = pathToFileURL(path.join(workspace, 'small.csv')).href;
      session.open(small, 'a,b\n1,2\n');
      await session.diagnostics(small);
      const order: string[] = [];
      const exported = session.request('opendataLint/catalogueExport', { folderUri: pathToFileURL(workspace).href }).then(() => order.push('export'));
      const other = session.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 0 } }).then(() => order.push('hover'));
      await Promise.all([exported, other]);
      assert.deepEqual(order, ['hover', 'export']);
    } finally {
      await session.stop();
    }
  });
});
