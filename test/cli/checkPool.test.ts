// The worker-thread pool: every file gets exactly one outcome, also when a worker thread dies.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkFiles } from '../../server/src/cli/parallel/checkPool';
import type { FileOutcome } from '../../server/src/cli/fileTask';

describe('CLI worker pool', function () {
  this.timeout(20_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-pool-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the files of a thread that dies and finishes the others on new threads', async () => {
    // A worker that answers the first file it gets, then crashes on the next one.
    const script = path.join(dir, 'flaky-worker.js');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
let seen = 0;
parentPort.on('message', (task) => {
  seen++;
  if (seen === 2) throw new Error('boom in ' + task.path);
  parentPort.postMessage({ index: task.index, outcome: { result: { path: task.path, failure: 'checked ' + task.path, reported: [] }, texts: [] } });
});`,
    );
    const files = ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'];
    const outcomes = new Map<number, FileOutcome>();
    const job = { files, options: { detect: false, cwd: dir }, plan: { streaming: [], keepProblems: false } };
    await checkFiles(job, { threads: 2, workerScript: script }, (index, outcome) => {
      assert.ok(!outcomes.has(index), `file ${index} answered twice`);
      outcomes.set(index, outcome);
    });
    assert.deepEqual([...outcomes.keys()].sort(), [0, 1, 2, 3, 4]);
    const texts = [...outcomes.values()].map((outcome) => outcome.result.failure ?? 'report');
    // Only the files a thread was checking when it died fail; the ones queued behind go to another thread.
    const crashed = texts.filter((text) => /^boom in /.test(text));
    assert.ok(crashed.length >= 1 && crashed.length < files.length, texts.join('\n'));
    for (const text of crashed) assert.match(text, /^boom in [a-e]\.csv$/);
    assert.equal(texts.filter((text) => text.startsWith('checked ')).length + crashed.length, files.length);
  });
});
