// Reads one file from disk as a stream of decoded chunks and validates it without holding it whole:
// its problems are collected, or handed to a writer that reports them as the rows are read.
import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from './read/regularFile';
import { bomLength, decodeWith, type Dialect, FORMAT_SAMPLE_CHARS, isUtf16, lateSeverities, STOPPING_CODES, type Problem, type RowChecker, StreamValidator, type TableSchema, type TextEncoding, type ValidateOptions, type ValidationReport } from '../engine';
import type { ProblemWriter } from './output/problemWriter';
import { inspectFile, type FileFacts } from './read/inspectFile';
import { HEAD_BYTES, readTextChunks, type ReadSizes } from './read/textChunks';

export interface FileReport extends ValidationReport {
  path: string;
  encoding: TextEncoding;
  bom: boolean;
  /** The schema the file was validated against, when one applied. */
  schema?: { ref: string; title?: string; source: string };
  /** What `rowCount` counts: a JSON dataset's records (its contracts, its features), not rows. */
  rowUnit?: 'records';
}

/** What applies to a file, decided from the beginning of its text (the header). */
export interface FilePlan {
  checkers: RowChecker[];
  /** File-level problems the decision raised (a schema that cannot be used…). */
  problems: Problem[];
  schema?: FileReport['schema'];
  /** The schema the checkers were compiled from. */
  tableSchema?: TableSchema;
  /** Dialect settings a metadata sidecar declares (they win over sniffing). */
  dialect?: Partial<Dialect>;
  /** The dialect sniffed from the head with `dialect` (reading the header): the validator need not sniff it again. */
  sniffed?: Dialect;
}

export interface CheckFileOptions {
  /** Called once with the first decoded chunk; returns fresh checkers (they keep per-file state). */
  plan?: (head: string) => FilePlan;
  dialect?: Partial<Dialect>;
  /** Hands the problems on as rows are read (the report's `problems` then stays empty). */
  writer?: ProblemWriter;
  /** How much of the file is read at once (tests make it small). */
  read?: ReadSizes;
}

/** A file being read: its descriptor, what the pre-reading learnt, and the validator fed so far. */
interface OpenFile {
  path: string;
  fd: number;
  facts: FileFacts;
  validator: StreamValidator;
  plan?: FilePlan;
  writer?: ProblemWriter;
  read?: ReadSizes;
}

/** Starts the writer's report once rows are being checked (the checkers then know the columns). */
function beginWhenStarted(file: OpenFile): void {
  const { writer, validator } = file;
  if (!writer || writer.started || !validator.started) return;
  writer.begin(file.plan?.schema, validator.sniffed as Dialect, lateSeverities(validator.checkers, headerRead(validator)));
}

/** Whether the header row has been read (the checkers then know the columns and their constraints). */
function headerRead(validator: StreamValidator): boolean {
  const dialect = validator.sniffed;
  return dialect !== undefined && dialect.header && validator.rowsRead > 0;
}

function decodedFacts(facts: FileFacts): NonNullable<ValidateOptions['decoded']> {
  return {
    encoding: facts.encoding,
    bom: facts.bom,
    binary: facts.binary,
    firstNonUtf8Offset: facts.firstNonUtf8?.offset,
    firstNonUtf8Position: facts.firstNonUtf8?.position,
  };
}

/** Feeds the validator the bytes from `from` to the end, starting the writer's report as soon as it can. */
async function feed(file: OpenFile, from: number): Promise<void> {
  for await (const text of readTextChunks(file.fd, from, file.facts.size, file.facts.encoding, { chunkBytes: file.read?.chunkBytes })) {
    file.validator.push(text);
    beginWhenStarted(file);
  }
}

/** Ends the validation and builds the report (problems empty when a writer had them). */
function finishFile(file: OpenFile): FileReport {
  const { validator, writer, facts, plan } = file;
  const base = { path: file.path, encoding: facts.encoding, bom: facts.bom };
  if (!writer) {
    const report = validator.end();
    const fatal = report.problems.some((p) => STOPPING_CODES.includes(p.code));
    return { ...base, ...report, schema: fatal ? undefined : plan?.schema };
  }
  const end = validator.endSink();
  if (!writer.started) writer.begin(end.fatal ? undefined : plan?.schema, end.dialect, end.fatal ? new Set() : lateSeverities(validator.checkers, headerRead(validator)));
  writer.finish(end.late);
  return { ...base, dialect: end.dialect, labels: end.labels, rowCount: end.rowCount, problems: [], schema: end.fatal ? undefined : plan?.schema };
}

/** Validates a file; I/O errors are thrown as they come (the CLI turns them into exit code 2). */
export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<FileReport> {
  // Only a regular file: a device never ends, a FIFO with no writer blocks (read/regularFile.ts).
  const { fd, stats } = openRegularFile(path);
  try {
    const facts = inspectFile(fd, stats.size);
    const decoded = decodedFacts(facts);
    const sink = options.writer;
    if (facts.binary) {
      const validator = new StreamValidator({ dialect: options.dialect, decoded, sink });
      // A spreadsheet is binary too: its first bytes, one character each, still tell what it is (fileFormat.ts).
      const head = Buffer.alloc(Math.min(facts.size, FORMAT_SAMPLE_CHARS + 1));
      const read = readSync(fd, head, 0, head.length, 0);
      validator.push(decodeWith(head.subarray(0, read), 'windows-1252'));
      validator.startOnHead(read >= facts.size);
      return finishFile({ path, fd, facts, validator, writer: sink });
    }
    const bodyStart = facts.bom ? bomLength(facts.encoding) : 0;
    const chunks = readTextChunks(fd, bodyStart, facts.size, facts.encoding, { chunkBytes: options.read?.headBytes ?? HEAD_BYTES });
    const first = await chunks.next();
    const head = first.done ? '' : first.value;
    await chunks.return(undefined);
    // A 0-byte file has no head to plan from: it is reported empty.
    const plan = first.done ? undefined : options.plan?.(head);
    // A head of blanks is sniffed again once more text has come (see StreamValidator.start).
    const dialect = plan?.sniffed && head.trim() !== '' ? plan.sniffed : (plan?.dialect ?? options.dialect);
    const validator = new StreamValidator({ checkers: plan?.checkers, dialect, decoded, sink, leading: plan?.problems });
    const file: OpenFile = { path, fd, facts, validator, plan, writer: sink, read: options.read };
    validator.push(head);
    // UTF-16: two bytes a code unit (a pair cut at the head's end was held back by the decoder, not in `head`).
    const headEnd = bodyStart + Buffer.byteLength(head, facts.encoding === 'utf-8' ? 'utf8' : isUtf16(facts.encoding) ? 'utf16le' : 'latin1');
    validator.startOnHead(headEnd >= facts.size);
    beginWhenStarted(file);
    await feed(file, headEnd);
    return finishFile(file);
  } finally {
    closeSync(fd);
  }
}
