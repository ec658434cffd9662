// The worker-thread side of parallel checking: receives files, processes them one after the other
// (check, select, render), posts their report pieces as they come and each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from '../fileTask';
import type { EventMessage, OutcomeMessage, TaskMessage, WorkerData } from './messages';

export function isCheckWorker(data: unknown = workerData): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as WorkerData).role === 'opendata-lint-check';
}

export function runCheckWorker(): void {
  const port = parentPort;
  if (!port || !isCheckWorker()) throw new Error('runCheckWorker() runs only in a check worker thread');
  const { options, plan } = workerData as WorkerData;
  const queue: TaskMessage[] = [];
  let busy = false;
  // One file at a time: the next one waits in the queue (memory stays one file's worth of problems).
  const drain = async (): Promise<void> => {
    busy = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      const index = task.index;
      const outcome = await processFile(task.path, task.changed, options, plan, (event) => port.postMessage({ index, event } satisfies EventMessage));
      port.postMessage({ index, outcome } satisfies OutcomeMessage);
    }
    busy = false;
  };
  port.on('message', (task: TaskMessage) => {
    queue.push(task);
    if (!busy) void drain();
  });
}
