// Issue #20, item 9: `--fix` writes what a link points to (the link stays), keeps mode and owner, writes a
// hard-linked file in place (every name sees the fix), and refuses a file its user cannot write — a
// read-only one (0444) even for root. Item 10: a fix stopped by SIGINT/SIGTERM leaves no temporary file.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cliPath } from '../cli/runCli';
import { isRoot, runCliTimed, tempFolder } from './hostileCli';

const schema = JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'd', type: 'date' }] });
const before = 'id,d\n1,30/12/2021\n';
const after = 'id,d\n1,2021-12-30\n';

describe('hostile: how --fix writes', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempFolder('fix');
    chmodSync(dir, 0o777);
    writeFileSync(path.join(dir, 's.json'), schema);
    chmodSync(path.join(dir, 's.json'), 0o644);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fix = (file: string, options: { uid?: number } = {}) => runCliTimed(['check', '--schema', 's.json', '--fix', file], { cwd: dir, ...options });
  const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.fix.tmp'));

  it('fixes the target of a symbolic link, and the link stays a link', () => {
    const target = path.join(dir, 'real.csv');
    writeFileSync(target, before);
    symlinkSync('real.csv', path.join(dir, 'link.csv'));
    const run = fix('link.csv');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(lstatSync(path.join(dir, 'link.csv')).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), after);
    assert.deepEqual(leftovers(), []);
  });

  it('writes a hard-linked file in place: both names see the fix, and it says so', () => {
    writeFileSync(path.join(dir, 'a.csv'), before);
    linkSync(path.join(dir, 'a.csv'), path.join(dir, 'b.csv'));
    const run = fix('a.csv');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(readFileSync(path.join(dir, 'b.csv'), 'utf8'), after);
    assert.equal(statSync(path.join(dir, 'a.csv')).ino, statSync(path.join(dir, 'b.csv')).ino);
    assert.match(run.stdout, /hard links\): written in place/);
    assert.deepEqual(leftovers(), []);
  });

  it('keeps the mode of the file', () => {
    const file = path.join(dir, 'mode.csv');
    writeFileSync(file, before);
    chmodSync(file, 0o640);
    assert.equal(fix('mode.csv').code, 0);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.equal(readFileSync(file, 'utf8'), after);
  });

  it('refuses a read-only file (0444), even as root, with a clear message', () => {
    const file = path.join(dir, 'ro.csv');
    writeFileSync(file, before);
    chmodSync(file, 0o444);
    const run = fix('ro.csv');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /ro\.csv: could not write the fixed file \(the file is read-only: it is not modified\)/);
    assert.equal(readFileSync(file, 'utf8'), before);
    assert.deepEqual(leftovers(), []);
  });

  (isRoot ? it : it.skip)('as root, keeps the owner of a file that belongs to another user', () => {
    const file = path.join(dir, 'owned.csv');
    writeFileSync(file, before);
    chownSync(file, 4321, 4322);
    assert.equal(fix('owned.csv').code, 0);
    const stats = statSync(file);
    assert.deepEqual([stats.uid, stats.gid], [4321, 4322]);
    assert.equal(readFileSync(file, 'utf8'), after);
  });

  (isRoot ? it : it.skip)('as another user: refuses a file it cannot write, and keeps the owner of one it can (written in place)', () => {
    const locked = path.join(dir, 'locked.csv');
    writeFileSync(locked, before);
    chmodSync(locked, 0o644);
    const refused = fix('locked.csv', { uid: 65534 });
    assert.equal(refused.code, 2, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /locked\.csv: could not write the fixed file \(permission denied\)/);
    assert.equal(readFileSync(locked, 'utf8'), before);

    const shared = path.join(dir, 'shared.csv');
    writeFileSync(shared, before);
    chmodSync(shared, 0o666);
    const run = fix('shared.csv', { uid: 65534 });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(statSync(shared).uid, 0);
    assert.equal(readFileSync(shared, 'utf8'), after);
    assert.match(run.stdout, /belongs to another user.*written in place/);
    assert.deepEqual(leftovers(), []);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while a big file is written leaves no temporary file, and the file whole (before or after)`, async () => {
      const file = path.join(dir, 'big.csv');
      const rows = 150_000;
      const body = `id,d\n${'1,30/12/2021\n'.repeat(rows)}`;
      const fixedBody = `id,d\n${'1,2021-12-30\n'.repeat(rows)}`;
      // On a loaded machine the watcher's event may come after the write is over (the signal then finds
      // the process gone, exit 0): such a run proves nothing about the signal, so it is tried again.
      let signalled = false;
      for (let attempt = 0; attempt < 4 && !signalled; attempt++) {
        writeFileSync(file, body);
        const child = spawn(process.execPath, [cliPath, 'check', '--schema', 's.json', '--fix', 'big.csv'], { cwd: dir, stdio: 'ignore' });
        const exited = new Promise<{ code: number | null; by: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, by) => resolve({ code, by })));
        // The signal comes as soon as the temporary file appears.
        const watcher = watch(dir, (_event, name) => {
          if (name && String(name).endsWith('.fix.tmp')) {
            watcher.close();
            child.kill(signal);
          }
        });
        const { code } = await exited;
        watcher.close();
        assert.deepEqual(leftovers(), []);
        const now = readFileSync(file, 'utf8');
        assert.ok(now === body || now === fixedBody, 'the file is whole');
        if (code === 0) {
          assert.equal(now, fixedBody, 'a run the signal came too late for wrote the whole fix');
          continue;
        }
        assert.equal(code, signal === 'SIGINT' ? 130 : 143);
        signalled = true;
      }
      assert.ok(signalled, 'the signal reached the process while it wrote, in one of 4 runs');
    });
  }
});
