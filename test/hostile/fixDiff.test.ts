// Issue #20, item 10: the --fix-dry-run diff is bytes of the files (CRLF kept, the BOM kept, Windows-1252
// kept), so that `patch` and `git apply` turn each file into exactly what --fix writes.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cliPath } from '../cli/runCli';
import { runCliTimed, tempFolder } from './hostileCli';

const fixtures = path.resolve(__dirname, '../fixtures/fixes');
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The same files in a new folder: the Windows-1252 CRLF fixture, and UTF-8 variants (BOM, CRLF, LF, no final newline). */
function folderOfFiles(): string {
  const dir = tempFolder('diff');
  for (const name of readdirSync(fixtures)) copyFileSync(path.join(fixtures, name), path.join(dir, name));
  const utf8 = readFileSync(path.join(fixtures, 'equipements.csv'), 'utf8');
  const lf = utf8.replace(/\r\n/g, '\n');
  writeFileSync(path.join(dir, 'bom-crlf.csv'), Buffer.concat([bom, Buffer.from(lf.replace(/\n/g, '\r\n'), 'utf8')]));
  writeFileSync(path.join(dir, 'bom-lf.csv'), Buffer.concat([bom, Buffer.from(lf, 'utf8')]));
  writeFileSync(path.join(dir, 'no-final-newline.csv'), lf.replace(/\n$/, ''));
  return dir;
}

const files = ['equipements-1252.csv', 'equipements.csv', 'bom-crlf.csv', 'bom-lf.csv', 'no-final-newline.csv'];

describe('hostile: the --fix-dry-run diff applies with patch and git apply', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  for (const tool of ['patch', 'git apply'] as const) {
    it(`${tool} gives the bytes --fix writes, for every file`, () => {
      const fixedDir = folderOfFiles();
      const patchedDir = folderOfFiles();
      dirs.push(fixedDir, patchedDir);
      const args = ['check', '--schema', 'schema.json', '--unsafe-fixes'];
      const dry = spawnSync(process.execPath, [cliPath, ...args.slice(0, 3), '--fix-dry-run', '--unsafe-fixes', ...files], { cwd: patchedDir, env: { PATH: process.env.PATH ?? '' } });
      const diff = dry.stdout;
      assert.ok(diff.includes(Buffer.from('\r\n')), 'CRLF kept in the diff');
      assert.ok(diff.includes(Buffer.from('\n+\xef\xbb\xbf', 'latin1')) || diff.includes(Buffer.from(' \xef\xbb\xbf', 'latin1')), 'BOM kept');
      writeFileSync(path.join(patchedDir, 'fixes.diff'), diff);
      if (tool === 'patch') execFileSync('patch', ['-p1', '--binary', '-i', 'fixes.diff'], { cwd: patchedDir, stdio: 'pipe' });
      else execFileSync('git', ['apply', '--unsafe-paths', '-p1', 'fixes.diff'], { cwd: patchedDir, stdio: 'pipe' });
      runCliTimed([...args, ...files], { cwd: fixedDir });
      for (const name of files) {
        const fixed = readFileSync(path.join(fixedDir, name));
        assert.notDeepEqual(fixed, readFileSync(path.join(fixtures, name === 'equipements-1252.csv' ? name : 'equipements.csv')), `${name} was fixed`);
        assert.ok(readFileSync(path.join(patchedDir, name)).equals(fixed), `${name}: the patched file is the fixed file`);
      }
    });
  }
});
