// `check --unsafe-fixes` on a double-encoded file (UTF-8 read once as Windows-1252 and saved again): the
// bytes written are the file's text with every such character written back, and nothing else changed.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { decodeWith } from '../../server/src/engine/table/decode';
import { runCli } from './runCli';

describe('CLI: --unsafe-fixes repairs double-encoded text', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-cli-mojibake-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the expected UTF-8 bytes (CRLF and ; kept), and --fix alone leaves the file as it was', () => {
    const intended = 'nom;commune\r\nCrèche Hôpital;Saint-Étienne\r\nÉcole;Orléans\r\n';
    // The UTF-8 bytes read as Windows-1252 (É is C3 89: “Ã‰”), as a spreadsheet did.
    const garbled = decodeWith(Buffer.from(intended, 'utf8'), 'windows-1252');
    const file = path.join(dir, 'creches.csv');
    writeFileSync(file, Buffer.from(garbled, 'utf8'));
    runCli(['check', '--fix', 'creches.csv'], { cwd: dir });
    assert.deepEqual(readFileSync(file), Buffer.from(garbled, 'utf8'), 'an unsafe fix: not applied by --fix');
    const run = runCli(['check', '--unsafe-fixes', 'creches.csv'], { cwd: dir });
    assert.match(run.stdout, /\[repair-mojibake\]/);
    assert.deepEqual(readFileSync(file), Buffer.from(intended, 'utf8'));
  });
});
