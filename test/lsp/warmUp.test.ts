// The warm-up the server runs while it waits for its first document: it checks a table made of the
// examples of the schemas the settings name (or a generic one), in slices, and stops when asked.
import * as assert from 'node:assert/strict';
import { warmUp } from '../../server/src/lsp/warmUp';

describe('warm-up', () => {
  it('checks example tables to the end, for the schemas of the settings and without any', async () => {
    for (const refs of [['etalab/schema-irve-statique@2.3.1'], [], ['no/such-schema@1.0.0']]) {
      let slices = 0;
      await warmUp(refs, process.cwd(), 'fr', () => {
        slices++;
        return false;
      });
      // 3000 rows in slices of 100, and a look before each.
      assert.ok(slices >= 30, `${slices} slices for ${refs.join(', ') || 'no schema'}`);
    }
  });

  it('stops at the next slice once a document arrives', async () => {
    let asked = 0;
    await warmUp(['etalab/schema-irve-statique@2.3.1'], process.cwd(), 'en', () => ++asked >= 2);
    assert.ok(asked <= 3, `asked ${asked} times`);
  });
});
