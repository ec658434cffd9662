// The thread that checks the second part of a big file (see splitFile.ts): compiles the same checks from
// the schema in force, primes them with the header row, reads from the split point to the end, and posts the
// lines of the reports (row numbers as placeholders), then its counts and line-break statistics.
import { closeSync } from 'node:fs';
import { openRegularFile } from '../read/regularFile';
import { parentPort, workerData } from 'node:worker_threads';
import { StreamValidator } from '../../engine/validateStream';
import { ProblemWriter } from '../output/problemWriter';
import { schemaCheckers } from '../../engine/checks/schemaCheckers';
import { readTextChunks } from '../read/textChunks';
import { createReporter } from '../reporters';
import { SPLIT_WORKER_ROLE, type SplitTask, type SplitWorkerMessage } from './splitMessages';

export function isSplitWorker(data: unknown = workerData): boolean {
  return typeof data === 'object' && data !== null && (data as { role?: string }).role === SPLIT_WORKER_ROLE;
}

async function checkPart(task: SplitTask, post: (message: SplitWorkerMessage) => void): Promise<void> {
  const checkers = schemaCheckers(task.schema);
  const writer = new ProblemWriter({
    outputs: task.plan.streaming.map((entry) => (entry ? (createReporter(entry.format, entry.context).lines?.(task.path) ?? null) : null)),
    emit: (event) => post({ kind: 'event', event }),
    part: { rowNumberTag: task.rowNumberTag, hold: task.hold },
  });
  writer.begin(undefined, task.dialect, 'any');
  const validator = StreamValidator.continuing({ dialect: task.dialect, header: task.header, line: task.line }, { checkers, sink: writer });
  const { fd } = openRegularFile(task.path);
  try {
    for await (const text of readTextChunks(fd, task.from, task.size, task.encoding)) validator.push(text);
  } finally {
    closeSync(fd);
  }
  const part = validator.endPart();
  writer.finish([]);
  post({
    kind: 'done',
    rows: part.rows,
    terminators: part.terminators.toJSON(),
    counts: writer.counts,
    outOfOrder: writer.outOfOrder,
    customCheckFailures: writer.customCheckFailures,
  });
}

export function runSplitWorker(): void {
  const port = parentPort;
  if (!port || !isSplitWorker()) throw new Error('runSplitWorker() runs only in a split worker thread');
  const post = (message: SplitWorkerMessage) => port.postMessage(message);
  port.once('message', (task: SplitTask) => {
    checkPart(task, post).catch((error: unknown) => post({ kind: 'failed', reason: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
}
