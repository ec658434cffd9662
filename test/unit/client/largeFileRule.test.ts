// Which open files the editor hides from extensions (over 50 MB), so that the extension says so.
import { strict as assert } from 'node:assert';
import { EDITOR_SYNC_LIMIT_BYTES, formatMegabytes, isTooLargeForEditor } from '../../../client/src/largeFileRule';

describe('files too large for the editor to share with extensions', () => {
  it('concerns CSV and TSV files over 50 MB only', () => {
    assert.equal(isTooLargeForEditor('/data/irve.csv', EDITOR_SYNC_LIMIT_BYTES + 1), true);
    assert.equal(isTooLargeForEditor('/data/IRVE.TSV', 300 * 1024 * 1024), true);
    assert.equal(isTooLargeForEditor('/data/irve.csv', EDITOR_SYNC_LIMIT_BYTES), false);
    assert.equal(isTooLargeForEditor('/data/notes.txt', 300 * 1024 * 1024), false);
  });

  it('writes the size in megabytes in the user’s number format', () => {
    assert.equal(formatMegabytes(1536 * 1024 * 1024, 'en'), '1,536');
    assert.equal(formatMegabytes(1536 * 1024 * 1024, 'fr').replace(/\s/g, ' '), '1 536');
  });
});
