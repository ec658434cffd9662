// Reads one file from disk as a stream of decoded chunks and validates it without holding it whole.
import { createReadStream, statSync } from 'node:fs';
import type { RowChecker } from '../engine/checks/rowChecker';
import { decodeBytes, hasUtf8Bom, looksBinary, type TextEncoding } from '../engine/table/decode';
import type { Dialect } from '../engine/table/dialect';
import type { ValidationReport } from '../engine/validate';
import { StreamValidator } from '../engine/validateStream';

export interface FileReport extends ValidationReport {
  path: string;
  encoding: TextEncoding;
  bom: boolean;
}

export interface CheckFileOptions {
  /** Fresh checkers for this file (they keep per-file state). */
  checkers?: () => RowChecker[];
  dialect?: Partial<Dialect>;
}

const CHUNK_BYTES = 1 << 20;
/** Files in Windows-1252 are re-read whole to locate the first non-UTF-8 byte; beyond this size they stream. */
const WHOLE_READ_LIMIT = 64 << 20;

class NotUtf8 extends Error {}

async function streamFile(path: string, encoding: TextEncoding, options: CheckFileOptions): Promise<FileReport> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  let validator: StreamValidator | undefined;
  let bom = false;
  let first = true;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (first) {
      first = false;
      bom = hasUtf8Bom(bytes);
      if (bom) bytes = bytes.subarray(3);
      const binary = looksBinary(bytes);
      validator = new StreamValidator({
        checkers: options.checkers?.(),
        dialect: options.dialect,
        decoded: { encoding, bom, binary },
      });
      if (binary) break;
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      stream.destroy();
      throw new NotUtf8();
    }
    validator!.push(text);
  }
  if (!validator) validator = new StreamValidator({ checkers: options.checkers?.(), dialect: options.dialect, decoded: { encoding, bom, binary: false } });
  try {
    const tail = decoder.decode();
    if (tail) validator.push(tail);
  } catch {
    throw new NotUtf8();
  }
  return { path, encoding, bom, ...validator.end() };
}

/** Validates a file; I/O errors are thrown as they come (the CLI turns them into exit code 2). */
export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<FileReport> {
  const stats = statSync(path);
  if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  try {
    return await streamFile(path, 'utf-8', options);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
  }
  if (stats.size <= WHOLE_READ_LIMIT) {
    const { readFileSync } = await import('node:fs');
    const decoded = decodeBytes(readFileSync(path));
    const validator = new StreamValidator({ checkers: options.checkers?.(), dialect: options.dialect, decoded });
    validator.push(decoded.text);
    return { path, encoding: decoded.encoding, bom: decoded.bom, ...validator.end() };
  }
  return streamFile(path, 'windows-1252', options);
}
