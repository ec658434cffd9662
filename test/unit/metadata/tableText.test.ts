// The text of a table read for a sidecar's cross-checks: an open document's first 4M characters, taken
// without building its whole text when the editor keeps it in pieces (a big CSV), else the disk's start.
import { strict as assert } from 'node:assert';
import { diskAccess, type FileAccess } from '../../../server/src/engine/metadata/sidecarFiles';
import { FACT_BYTES, readTableText } from '../../../server/src/engine/metadata/tableFacts';

describe('metadata: the text of a table for the cross-checks', () => {
  const row = 'id,nom,commune\n';
  const line = '12345,Mairie annexe du quartier,Quimper\n';

  it('takes the start of a big open document without asking for its whole text', () => {
    const length = 60_000_000;
    const asked: number[] = [];
    const access: FileAccess = {
      ...diskAccess,
      openText: () => assert.fail('the whole text was asked for'),
      openTextHead: (_file, maxChars) => {
        asked.push(maxChars);
        return { head: (row + line.repeat(Math.ceil(maxChars / line.length))).slice(0, maxChars), length };
      },
    };
    const read = readTableText(access, '/data/national.csv');
    assert.ok(read);
    assert.deepEqual(asked, [FACT_BYTES]);
    assert.deepEqual([read.origin, read.size, read.truncated, read.binary], ['editor', length, true, false]);
    assert.ok(read.text.length <= FACT_BYTES && read.text.endsWith('\n'), 'cut after its last whole line');
  });

  it('takes the whole text of a small open document, and falls back to openText', () => {
    const text = row + line.repeat(10);
    const withHead = readTableText({ ...diskAccess, openText: () => text, openTextHead: () => ({ head: text, length: text.length }) }, '/data/small.csv');
    const withoutHead = readTableText({ ...diskAccess, openText: () => text }, '/data/small.csv');
    assert.deepEqual(withHead, withoutHead);
    assert.deepEqual([withHead?.text, withHead?.truncated, withHead?.size], [text, false, text.length]);
  });
});
