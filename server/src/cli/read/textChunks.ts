// Reads a byte range of a file as decoded text, one chunk at a time, in an encoding known beforehand
// (see inspectFile.ts): nothing is held but the chunk being decoded.
import { readSync } from 'node:fs';
import { decodeWith, isUtf16, type TextEncoding } from '../../engine';

/** Bytes of a file's head, read at once: the dialect, mojibake and the schema are told from it. */
export const HEAD_BYTES = 1 << 20;

/**
 * Bytes decoded at once after the head. Small enough for the decoded text to be an ordinary young object
 * (V8 puts strings over 128 KB in the large-object space, which only a full collection frees: with
 * megabyte chunks, the memory of a long run grew by the chunks still in use at each minor collection).
 */
export const CHUNK_BYTES = 48 * 1024;

/** Bytes read from the file at once (several chunks: fewer system calls). */
export const READ_BYTES = 16 * CHUNK_BYTES;

/** How much of a file is read at once: its head, and the chunks after it (tests make them small). */
export interface ReadSizes {
  headBytes?: number;
  chunkBytes?: number;
}

export interface TextChunkOptions {
  /** Bytes decoded at once (default CHUNK_BYTES; tests cut files into many chunks); the reads are as long or longer. */
  chunkBytes?: number;
}

/**
 * The text of bytes `from` to `to` of file `fd`, chunk by chunk; chunks end at multiples of the chunk
 * size (counted from the start of the file). `from` must be the start of a character.
 */
export async function* readTextChunks(fd: number, from: number, to: number, encoding: TextEncoding, options: TextChunkOptions = {}): AsyncGenerator<string> {
  const size = options.chunkBytes ?? CHUNK_BYTES;
  const buffer = Buffer.allocUnsafe(Math.max(size, READ_BYTES - (READ_BYTES % size)));
  // A UTF-8 character, a UTF-16 code unit or surrogate pair cut by the end of a chunk is completed by the
  // next one (the streaming decoder keeps its bytes). Windows-1252 has one byte per character.
  const utf8 = encoding === 'utf-8' || isUtf16(encoding) ? new TextDecoder(encoding, { ignoreBOM: true }) : undefined;
  for (let position = from; position < to; ) {
    // Reads end where chunks end, so that a file read from its start has the same chunks whatever is read at once.
    const wanted = Math.min(buffer.length - (position % size), to - position);
    const read = readSync(fd, buffer, 0, wanted, position);
    if (read <= 0) break;
    for (let at = 0; at < read; ) {
      const end = Math.min(read, at + size - ((position + at) % size));
      const bytes = buffer.subarray(at, end);
      at = end;
      const text = utf8 ? utf8.decode(bytes, { stream: true }) : decodeWith(bytes, encoding);
      if (text.length > 0) yield text;
    }
    position += read;
  }
  if (utf8) {
    const tail = utf8.decode();
    if (tail.length > 0) yield tail;
  }
}
