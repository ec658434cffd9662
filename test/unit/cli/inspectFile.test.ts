// The first pass over a file's bytes agrees with decoding it whole: the encoding, and where the first
// non-UTF-8 byte is (offset, line, column as positionInText counts them), whatever the size of the reads
// (characters and CRLF cut between two reads).
import { strict as assert } from 'node:assert';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { inspectFile } from '../../../server/src/cli/read/inspectFile';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { positionInText } from '../../../server/src/engine/table/positions';
import { propertyRuns } from '../../support/properties';

/** Byte pieces a file is made of: ASCII, line breaks, multi-byte UTF-8, and bytes that break UTF-8. */
const piece = fc.constantFrom<number[]>([0x61], [0x2c], [0x0a], [0x0d], [0x0d, 0x0a], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xe9], [0x80], [0xe2, 0x82]);

describe('CLI first pass over a file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-inspect-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function inspect(bytes: Buffer, readBytes: number) {
    const file = path.join(dir, 'file.csv');
    writeFileSync(file, bytes);
    const fd = openSync(file, 'r');
    try {
      return inspectFile(fd, bytes.length, readBytes);
    } finally {
      closeSync(fd);
    }
  }

  it('tells the encoding and locates the first non-UTF-8 byte as decoding the whole file does', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 9 }), (bom, pieces, readBytes) => {
        const body = Buffer.from(pieces.flat());
        const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
        const facts = inspect(bytes, readBytes);
        const decoded = decodeBytes(bytes);
        assert.equal(facts.bom, decoded.bom);
        assert.equal(facts.encoding, decoded.encoding);
        if (decoded.encoding !== 'utf-8') {
          assert.equal(facts.firstNonUtf8?.offset, decoded.firstNonUtf8Offset);
          assert.deepEqual(facts.firstNonUtf8?.position, positionInText(decoded.text, decoded.firstNonUtf8Offset ?? 0));
        } else assert.equal(facts.firstNonUtf8, undefined);
      }),
      propertyRuns(400),
    );
  });

  it('spots a binary file from its first bytes', () => {
    assert.equal(inspect(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0a]), 4).binary, true);
    assert.equal(inspect(Buffer.from('a,b\n1,2\n'), 4).binary, false);
  });
});
