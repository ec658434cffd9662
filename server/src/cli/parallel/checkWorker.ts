// The worker-thread side of parallel checking: receives file paths, checks each, posts the outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOneFile, type CheckTaskOptions } from '../checkTask';
import type { TaskMessage, WorkerData } from './messages';

export function isCheckWorker(data: unknown = workerData): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as WorkerData).role === 'opendata-lint-check';
}

export function runCheckWorker(): void {
  const port = parentPort;
  if (!port || !isCheckWorker()) throw new Error('runCheckWorker() runs only in a check worker thread');
  const options: CheckTaskOptions = (workerData as WorkerData).options;
  port.on('message', (task: TaskMessage) => {
    void checkOneFile(task.path, options).then((outcome) => port.postMessage({ index: task.index, outcome }));
  });
}
