// Checks many files at once on worker threads (one per core by default), handing each idle worker the
// next file so that one big file does not hold the others back; outcomes come back by file index.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChangedLines } from '../changedLines';
import type { CheckTaskOptions } from '../checkTask';
import { failedResult } from '../results';
import { processFile, type FileOutcome, type RenderPlan } from '../fileTask';
import type { OutputEvent } from '../output/events';
import type { TaskMessage, WorkerData, WorkerMessage } from './messages';

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

/** What the pool is asked to do: the files, their changed lines, how to check and render them. */
export interface PoolJob {
  files: readonly string[];
  changed?: ReadonlyMap<string, ChangedLines>;
  options: CheckTaskOptions;
  plan: RenderPlan;
}

/** What the pool reports: each file's report pieces as they come, then its outcome. */
export interface PoolListener {
  onEvent?(index: number, event: OutputEvent): void;
  onOutcome(index: number, outcome: FileOutcome): void;
}

async function checkSequentially(job: PoolJob, listener: PoolListener): Promise<void> {
  for (let index = 0; index < job.files.length; index++) {
    const file = job.files[index];
    const emit = (event: OutputEvent) => listener.onEvent?.(index, event);
    listener.onOutcome(index, await processFile(file, job.changed?.get(file), job.options, job.plan, emit));
  }
}

/**
 * Checks every file and calls `onOutcome` once per file (in completion order), after its events.
 * Resolves when all files are done. A worker that dies fails the file it was checking and is replaced.
 * A lone file is checked on this thread.
 */
export async function checkFiles(job: PoolJob, pool: PoolOptions, listener: PoolListener | ((index: number, outcome: FileOutcome) => void)): Promise<void> {
  const { onOutcome, onEvent } = typeof listener === 'function' ? { onOutcome: listener, onEvent: undefined } : listener;
  const { files } = job;
  const threads = Math.min(pool.threads ?? defaultThreadCount(), files.length);
  if (threads <= 1 || !pool.workerScript) return checkSequentially(job, { onOutcome, onEvent });
  const script = pool.workerScript;
  const workerData: WorkerData = { role: 'opendata-lint-check', options: job.options, plan: job.plan };
  let next = 0;
  /** Files handed back by a thread that died before starting them. */
  const retry: number[] = [];
  const take = (): number | undefined => (retry.length > 0 ? retry.shift() : next < files.length ? next++ : undefined);
  let done = 0;
  return new Promise<void>((resolve) => {
    const finishOne = (index: number, outcome: FileOutcome): void => {
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
          const task: TaskMessage = { index, path: files[index], changed: job.changed?.get(files[index]) };
          inFlight.push(index);
          worker.postMessage(task);
        }
        if (inFlight.length === 0) void worker.terminate();
      };
      worker.on('message', (message: WorkerMessage) => {
        const position = inFlight.indexOf(message.index);
        if (position < 0) return;
        if ('event' in message) {
          onEvent?.(message.index, message.event);
          return;
        }
        inFlight.splice(position, 1);
        finishOne(message.index, message.outcome);
        feed();
      });
      let crash: string | undefined;
      worker.on('error', (error) => {
        // Wait for 'exit': answers the thread posted before dying are delivered first.
        crash = error.message;
      });
      worker.on('exit', (code) => {
        // The thread is gone: the file it was checking fails (it may be what killed it); the files
        // waiting behind it go back to the queue, and a new thread takes over.
        if (inFlight.length === 0) return;
        const [current, ...waiting] = inFlight.splice(0);
        retry.push(...waiting);
        const reason = crash ?? `worker thread exited with code ${code}`;
        finishOne(current, { result: failedResult(files[current], reason), failureKey: 'cli.error.check' });
        if (retry.length > 0 || next < files.length) start();
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
