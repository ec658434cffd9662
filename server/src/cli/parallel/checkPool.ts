// Checks many files at once on worker threads (one per core by default), handing each idle worker the
// next file so that one big file does not hold the others back; outcomes come back by file index.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkOneFile, type CheckOutcome, type CheckTaskOptions } from '../checkTask';
import type { OutcomeMessage, TaskMessage, WorkerData } from './messages';

/** Files handed to a worker ahead of its answers. */
const TASKS_IN_FLIGHT = 2;

export interface PoolOptions {
  /** Threads to use; defaults to the cores available. */
  threads?: number;
  /** The script a worker runs (the CLI bundle itself); without it, files are checked on this thread. */
  workerScript?: string;
}

export function defaultThreadCount(): number {
  return availableParallelism();
}

async function checkSequentially(files: readonly string[], options: CheckTaskOptions, onOutcome: (index: number, outcome: CheckOutcome) => void): Promise<void> {
  for (let index = 0; index < files.length; index++) onOutcome(index, await checkOneFile(files[index], options));
}

/**
 * Checks every file and calls `onOutcome` once per file (in completion order). Resolves when all
 * files are done. A worker that dies fails the file it was checking and is replaced.
 */
export async function checkFiles(
  files: readonly string[],
  options: CheckTaskOptions,
  pool: PoolOptions,
  onOutcome: (index: number, outcome: CheckOutcome) => void,
): Promise<void> {
  const threads = Math.min(pool.threads ?? defaultThreadCount(), files.length);
  if (threads <= 1 || !pool.workerScript) return checkSequentially(files, options, onOutcome);
  const script = pool.workerScript;
  const workerData: WorkerData = { role: 'opendata-lint-check', options };
  let next = 0;
  /** Files handed back by a thread that died before starting them. */
  const retry: number[] = [];
  const take = (): number | undefined => (retry.length > 0 ? retry.shift() : next < files.length ? next++ : undefined);
  let done = 0;
  return new Promise<void>((resolve) => {
    const finishOne = (index: number, outcome: CheckOutcome): void => {
      onOutcome(index, outcome);
      done++;
      if (done === files.length) resolve();
    };
    const start = (): void => {
      const worker = new Worker(script, { workerData });
      /** Files sent and not answered yet, oldest first. */
      const inFlight: number[] = [];
      const feed = (): void => {
        // Two files in flight per worker: it starts the next one while this thread formats the last.
        while (inFlight.length < TASKS_IN_FLIGHT) {
          const index = take();
          if (index === undefined) break;
          const task: TaskMessage = { index, path: files[index] };
          inFlight.push(index);
          worker.postMessage(task);
        }
        if (inFlight.length === 0) void worker.terminate();
      };
      worker.on('message', (message: OutcomeMessage) => {
        inFlight.splice(inFlight.indexOf(message.index), 1);
        finishOne(message.index, message.outcome);
        feed();
      });
      const lost = (reason: string): void => {
        // The thread is gone: the file it was checking fails (it may be what killed it); the files
        // waiting behind it go back to the queue, and a new thread takes over.
        if (inFlight.length === 0) return;
        const [current, ...waiting] = inFlight.splice(0);
        retry.push(...waiting);
        finishOne(current, { failure: reason, io: false });
        if (retry.length > 0 || next < files.length) start();
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`worker thread exited with code ${code}`));
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
