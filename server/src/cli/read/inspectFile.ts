// Reads a file's bytes once before checking it: whether it starts with a BOM or looks binary, whether it
// is UTF-16 (by its BOM or its NUL bytes), UTF-8 (else Windows-1252, and where its first non-UTF-8 byte lies). Knowing the encoding before the
// first row is checked lets a report be written as the file is read: nothing has to be taken back.
import { isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { decodeWith, firstInvalidUtf8Char, hasUtf8Bom, looksBinary, looksBinaryText, type SourcePosition, type TextEncoding, utf16Of } from '../../engine';

const READ_BYTES = 4 << 20;
const LF = 10;
const CR = 13;

export interface FileFacts {
  size: number;
  bom: boolean;
  binary: boolean;
  encoding: TextEncoding;
  /** Where the first byte that is not UTF-8 lies (Windows-1252: one byte per character, after the BOM). */
  firstNonUtf8?: { offset: number; position: SourcePosition };
}

/** Where the last sequence that is complete ends (a chunk may cut a character in two). */
function completeUtf8End(bytes: Uint8Array, length: number): number {
  let i = length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return length;
  const lead = bytes[i];
  const need = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + need <= length ? length : i;
}

/** The position of a byte in a Windows-1252 body (one character per byte), as positionInText counts it. */
function positionOfByte(fd: number, bodyStart: number, offset: number, readBytes: number): SourcePosition {
  const buffer = Buffer.allocUnsafe(readBytes + 1);
  let line = 0;
  let lineStart = 0;
  for (let at = 0; at < offset; ) {
    const read = readSync(fd, buffer, 0, Math.min(readBytes + 1, offset + 1 - at), bodyStart + at);
    if (read <= 0) break;
    // The last byte read is a look-ahead (is a CR followed by LF?), read again with the next chunk.
    const usable = Math.min(offset - at, read > 1 ? read - 1 : read);
    for (let i = 0; i < usable; i++) {
      const byte = buffer[i];
      if (byte === LF || (byte === CR && !(i + 1 < read && buffer[i + 1] === LF))) {
        line++;
        lineStart = at + i + 1;
      }
    }
    at += usable;
  }
  return { offset, line, character: offset - lineStart };
}

/** Reads the file `fd` (of `size` bytes). `readBytes`: bytes read at once (tests make it small). */
export function inspectFile(fd: number, size: number, readBytes = READ_BYTES): FileFacts {
  const facts: FileFacts = { size, bom: false, binary: false, encoding: 'utf-8' };
  const buffer = Buffer.allocUnsafe(readBytes + 4);
  let carried = 0;
  let position = 0;
  let bodyStart = 0;
  let utf8 = true;
  // The BOM, and the sample looksBinary reads (its first 8192 bytes after the BOM).
  const head = Buffer.allocUnsafe(3 + 8192);
  const headLength = readSync(fd, head, 0, head.length, 0);
  const utf16 = utf16Of(head.subarray(0, headLength));
  if (utf16) {
    // UTF-16's NUL bytes are not a binary file's: the decoded text is what tells (a BOM is 2 bytes).
    facts.encoding = utf16.encoding;
    facts.bom = utf16.bom;
    facts.binary = looksBinaryText(decodeWith(head.subarray(utf16.bom ? 2 : 0, headLength - (headLength % 2)), utf16.encoding));
    return facts;
  }
  facts.bom = hasUtf8Bom(head.subarray(0, headLength));
  bodyStart = facts.bom ? 3 : 0;
  facts.binary = looksBinary(head.subarray(bodyStart, headLength));
  if (facts.binary) return facts;
  while (position < size) {
    const read = readSync(fd, buffer, carried, readBytes, position);
    if (read <= 0) break;
    const chunkStart = position - carried;
    const length = carried + read;
    position += read;
    const from = chunkStart === 0 ? bodyStart : 0;
    const end = position < size ? completeUtf8End(buffer, length) : length;
    if (utf8 && !isUtf8(buffer.subarray(from, end))) {
      utf8 = false;
      const invalid = chunkStart + from + firstInvalidUtf8Char(buffer.subarray(from, end)) - bodyStart;
      facts.encoding = 'windows-1252';
      facts.firstNonUtf8 = { offset: invalid, position: positionOfByte(fd, bodyStart, invalid, readBytes) };
    }
    carried = length - end;
    buffer.copyWithin(0, end, length);
    if (!utf8) break;
  }
  if (utf8 && carried > 0) {
    // The file ends in the middle of a character.
    utf8 = false;
    const invalid = size - carried - bodyStart;
    facts.encoding = 'windows-1252';
    facts.firstNonUtf8 = { offset: invalid, position: positionOfByte(fd, bodyStart, invalid, readBytes) };
  }
  return facts;
}
