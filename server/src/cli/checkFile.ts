// Reads one file from disk as a stream of decoded chunks and validates it without holding it whole.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { RowChecker } from '../engine/checks/rowChecker';
import { compareProblems, type Problem } from '../engine/problems';
import { decodeBytes, hasUtf8Bom, looksBinary, type TextEncoding } from '../engine/table/decode';
import type { Dialect } from '../engine/table/dialect';
import type { ValidationReport } from '../engine/validate';
import { StreamValidator } from '../engine/validateStream';

export interface FileReport extends ValidationReport {
  path: string;
  encoding: TextEncoding;
  bom: boolean;
  /** The schema the file was validated against, when one applied. */
  schema?: { ref: string; title?: string; source: string };
}

/** What applies to a file, decided from the beginning of its text (the header). */
export interface FilePlan {
  checkers: RowChecker[];
  /** File-level problems the decision raised (a schema that cannot be used…). */
  problems: Problem[];
  schema?: FileReport['schema'];
  /** Dialect settings a metadata sidecar declares (they win over sniffing). */
  dialect?: Partial<Dialect>;
}

export interface CheckFileOptions {
  /** Called once with the first decoded chunk; returns fresh checkers (they keep per-file state). */
  plan?: (head: string) => FilePlan;
  dialect?: Partial<Dialect>;
}

const CHUNK_BYTES = 1 << 20;
/** Files in Windows-1252 are re-read whole to locate the first non-UTF-8 byte; beyond this size they stream. */
const WHOLE_READ_LIMIT = 64 << 20;

class NotUtf8 extends Error {}

function finish(path: string, encoding: TextEncoding, bom: boolean, validator: StreamValidator, plan: FilePlan | undefined): FileReport {
  const report = validator.end();
  const fatal = report.problems.some((p) => p.code === 'empty-file' || p.code === 'binary-file');
  if (plan && plan.problems.length > 0 && !fatal) report.problems = [...plan.problems, ...report.problems].sort(compareProblems);
  return { path, encoding, bom, ...report, schema: fatal ? undefined : plan?.schema };
}

async function streamFile(path: string, encoding: TextEncoding, options: CheckFileOptions): Promise<FileReport> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  let validator: StreamValidator | undefined;
  let plan: FilePlan | undefined;
  let bom = false;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const decode = (bytes: Uint8Array, streaming: boolean): string => {
    try {
      return streaming ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      stream.destroy();
      throw new NotUtf8();
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (!validator) {
      bom = hasUtf8Bom(bytes);
      if (bom) bytes = bytes.subarray(3);
      const binary = looksBinary(bytes);
      const text = binary ? '' : decode(bytes, true);
      plan = binary ? undefined : options.plan?.(text);
      validator = new StreamValidator({ checkers: plan?.checkers, dialect: plan?.dialect ?? options.dialect, decoded: { encoding, bom, binary } });
      if (binary) break;
      validator.push(text);
      continue;
    }
    validator.push(decode(bytes, true));
  }
  if (!validator) {
    // A 0-byte file: no chunk at all.
    validator = new StreamValidator({ dialect: options.dialect, decoded: { encoding, bom, binary: false } });
  } else {
    const tail = decode(new Uint8Array(0), false);
    if (tail) validator.push(tail);
  }
  return finish(path, encoding, bom, validator, plan);
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
    const decoded = decodeBytes(readFileSync(path));
    const plan = decoded.binary ? undefined : options.plan?.(decoded.text.slice(0, CHUNK_BYTES));
    const validator = new StreamValidator({ checkers: plan?.checkers, dialect: plan?.dialect ?? options.dialect, decoded });
    validator.push(decoded.text);
    return finish(path, decoded.encoding, decoded.bom, validator, plan);
  }
  return streamFile(path, 'windows-1252', options);
}
