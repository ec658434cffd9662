// Issue #20, item 8: only regular files are read. `check /dev/zero` and `/dev/urandom` must not read the
// device whole, a FIFO with no writer must not block, and `--` ends the options (POSIX).
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeFifo, runCliTimed, tempFolder } from './hostileCli';

describe('hostile: devices, FIFOs and `--`', function () {
  this.timeout(60_000);
  let dir: string;
  let socket: Server;
  before(async () => {
    dir = tempFolder('special');
    makeFifo(path.join(dir, 'pipe.csv'));
    writeFileSync(path.join(dir, '-dash.csv'), 'a,b\n1,2\n');
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(path.join(dir, 'socket.csv'), resolve));
  });
  after(() => {
    socket.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const target of ['/dev/zero', '/dev/urandom', 'pipe.csv', 'socket.csv']) {
    for (const command of [['check'], ['check', '--fix'], ['check', '--fix-dry-run'], ['infer']]) {
      it(`${command.join(' ')} ${target}: a clear error, at once`, () => {
        const run = runCliTimed([...command, target], { cwd: dir, timeoutMs: 15_000, maxMemoryMb: 256 });
        assert.equal(run.timedOut, false, 'did not finish');
        assert.equal(run.code, 2, run.stdout + run.stderr);
        assert.match(run.stderr, /not a regular file \(a device, a pipe or a socket\)/, run.stderr);
      });
    }
  }

  it('`--` ends the options', () => {
    const run = runCliTimed(['check', '--format', 'json', '--', '-dash.csv'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as { files: { path: string }[] };
    assert.deepEqual(report.files.map((f) => path.basename(f.path)), ['-dash.csv']);
    const inferred = runCliTimed(['infer', '--', '-dash.csv'], { cwd: dir });
    assert.equal(inferred.code, 0, inferred.stderr);
    assert.match(inferred.stdout, /"fields"/);
  });

  it('infer -o to a FIFO is refused instead of blocking', () => {
    writeFileSync(path.join(dir, 'ok.csv'), 'a,b\n1,2\n');
    const run = runCliTimed(['infer', 'ok.csv', '-o', 'pipe.csv'], { cwd: dir, timeoutMs: 15_000 });
    assert.equal(run.timedOut, false);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /not a regular file/);
  });
});
