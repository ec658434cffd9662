// `--fix` works on a file's whole text in memory: past a stated size (MAX_FIX_BYTES) a file is checked but
// not fixed, with a clear message, instead of exhausting the heap (a 103 MB file aborted after 85 s).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_FIX_BYTES } from '../../server/src/cli/fixFile';
import { runCli } from '../cli/runCli';

describe('hostile input: --fix on a file too big to fix in memory', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-fix-size-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves it byte for byte, says why, and still checks it', () => {
    const row = 'Gymnase Jean Moulin,30/12/2021,48.3904\n';
    const text = `nom,date_maj,latitude\n${row.repeat(Math.ceil((MAX_FIX_BYTES + 1024) / row.length))}`;
    const file = path.join(dir, 'grand.csv');
    writeFileSync(file, text);
    const run = runCli(['check', '--fix', 'grand.csv'], { cwd: dir });
    assert.match(run.stderr, /grand\.csv: 33 MB is more than the 32 MB a fix works on in memory: checked, not fixed/);
    assert.equal(readFileSync(file, 'utf8'), text, 'not a byte changed');
    assert.match(run.stdout, /grand\.csv: /, 'the check report is there');
  });
});
