// Every fix kind a fixer of the registry may offer has its rule written down in docs/problems.md, section
// `## quick-fixes` (the page diagnostics link to): its safety classes and when each applies. A new kind
// without a documented rule fails here.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { problemFixers } from '../../../server/src/engine/fixes';

const root = path.resolve(__dirname, '../../..');

/** The rows of the kinds table of the quick-fixes section: kind → classes. */
function documentedKinds(): Map<string, string[]> {
  execFileSync(process.execPath, ['scripts/build-docs.mjs'], { cwd: root });
  const docs = readFileSync(path.join(root, 'docs/problems.md'), 'utf8');
  const start = docs.search(/^## quick-fixes\s*$/m);
  assert.ok(start >= 0, 'docs/problems.md has a `## quick-fixes` section');
  const rest = docs.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = end >= 0 ? rest.slice(0, end) : rest;
  const kinds = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = /^\|(.*)\|\s*$/.exec(line)?.[1].split('|').map((cell) => cell.trim());
    if (!cells || cells.length !== 4) continue;
    const kind = /^\[?`([a-z0-9-]+)`/.exec(cells[0])?.[1];
    if (!kind) continue;
    kinds.set(kind, cells[2].split(',').map((c) => c.trim()));
  }
  return kinds;
}

describe('fix kinds: every kind of the registry has its documented rule', () => {
  const documented = documentedKinds();
  const registered = [...new Set(problemFixers.flatMap((fixer) => fixer.kinds))];

  it('lists every kind of the registry in the quick-fixes table of docs/problems.md', () => {
    assert.ok(registered.length > 20, `${registered.length} kinds`);
    assert.deepEqual(registered.filter((kind) => !documented.has(kind)), []);
  });

  it('lists no kind the registry does not know, each with safety classes only', () => {
    assert.deepEqual([...documented.keys()].filter((kind) => !registered.includes(kind)), []);
    for (const [kind, classes] of documented) {
      assert.ok(classes.length > 0 && classes.every((c) => c === 'safe' || c === 'unsafe' || c === 'choice'), `${kind}: ${classes.join(', ')}`);
    }
  });

  it('documents the data-keeping rules of the reviewed kinds', () => {
    assert.deepEqual(documented.get('fill-down'), ['choice']);
    assert.deepEqual(documented.get('remove-column'), ['choice']);
    assert.deepEqual(documented.get('rename-all-labels'), ['unsafe']);
  });
});
