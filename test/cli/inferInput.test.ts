// `infer` follows `check`'s input rules: what check rejects as no table at all (a binary file such as a PNG,
// an empty file) gives no schema, exit 1, and a message saying why. (A UTF-16 file is read: test/cli/utf16.test.ts.)
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

describe('CLI: infer refuses what check rejects', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-infer-input-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const inputs: [string, Buffer, RegExp][] = [
    ['image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), /not text/],
    ['vide.csv', Buffer.alloc(0), /empty/],
  ];
  for (const [name, bytes, reason] of inputs) {
    it(`${name}: no schema written, exit 1, the reason on standard error`, () => {
      writeFileSync(path.join(dir, name), bytes);
      const out = path.join(dir, `${name}.schema.json`);
      const run = runCli(['infer', name, '-o', out], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, reason);
      assert.equal(existsSync(out), false);
      const check = runCli(['check', name], { cwd: dir });
      assert.equal(check.code, 1, 'check rejects it too');
    });
  }

  it('a .geojson or .json dataset: no schema written, exit 1, pointed to `check` (not told to be named .json)', () => {
    for (const [name, text] of [
      ['zone.geojson', '{"type": "FeatureCollection", "features": []}'],
      ['marches.json', '{"marches": {"marche": []}}'],
    ] as const) {
      writeFileSync(path.join(dir, name), text);
      const out = path.join(dir, `${name}.schema.json`);
      const run = runCli(['infer', name, '-o', out, '--lang', 'fr'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`${name.replace('.', '\\.')} : un jeu de données JSON, pas un tableau CSV`));
      assert.match(run.stderr, new RegExp(`opendata-lint check ${name.replace('.', '\\.')}`));
      assert.doesNotMatch(run.stderr, /Nommez-le/);
      assert.equal(existsSync(out), false);
    }
  });
});
