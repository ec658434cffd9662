// The check thread of big JSON documents (the built dist/jsonWorker.js, so in the tier that runs after the
// build): it mirrors the document's edits, and catches up when it missed one.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { JsonCheckThread } from '../../server/src/lsp/jsonCheckThread';
import { JsonTextDocument } from '../../server/src/lsp/jsonTextDocument';

const root = path.resolve(__dirname, '..', '..');
const decp = readFileSync(path.join(root, 'test/fixtures/json/decp-errors.json'), 'utf8');

describe('the JSON check thread', () => {
  it('the check thread follows a big document’s edits, and catches up when it missed one', async function () {
    const bundle = path.join(root, 'dist/jsonWorker.js');
    assert.ok(existsSync(bundle), `${bundle}: run npm run build first (the LSP tier runs after it)`);
    this.timeout(30_000);
    const thread = new JsonCheckThread(bundle);
    try {
      const document = new JsonTextDocument('file:///tmp/national.json', 'json', 1, decp);
      const inputs = { text: '', path: '/tmp/national.json', detect: true };
      const first = await thread.check(document, inputs);
      assert.ok(first.problems.some((p) => p.code === 'json-unknown-property'));
      // An edit the thread is told of: it checks its own copy, now fixed.
      const at = document.positionAt(decp.indexOf('Notfication') + 3);
      const fix = [{ range: { start: at, end: at }, text: 'i' }];
      document.applyChanges(fix, 2);
      thread.changed(document.uri, 2, fix);
      const second = await thread.check(document, inputs);
      assert.ok(!second.problems.some((p) => p.code === 'json-unknown-property'));
      // An edit it is not told of: the check finds its copy behind and gets the text again.
      const typo = [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }];
      document.applyChanges(typo, 3);
      const third = await thread.check(document, inputs);
      assert.ok(third.problems.some((p) => p.code === 'json-unknown-property'));
    } finally {
      thread.dispose();
    }
  });
});
