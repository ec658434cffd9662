// Runs JSON dataset checks on a thread of their own (jsonWorker.ts), one at a time, newest wins: a check
// of a document that a newer version of it replaces is dropped from the queue, or stopped (its thread
// terminated, a fresh one started for the next check) when it is the one running — its result would be
// thrown away anyway, and a 40 MB check takes seconds. Without the worker's bundle (the server run from its
// sources, in-process tests) the check runs in place.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkJsonDataset, type JsonDatasetInputs, type JsonDatasetReport } from '../engine/json/jsonDataset';
import type { JsonCheckAnswer, JsonCheckTask } from './jsonWorker';
import { trace } from './trace';

/** The worker's bundle, beside the server's (esbuild.mjs). */
const JSON_WORKER = path.join(__dirname, 'jsonWorker.js');

/** A report from the thread: everything but the parsed value, and whether the text parsed. */
export type ThreadReport = Omit<JsonDatasetReport, 'value'> & { parsed: boolean };

/** The engine's step timings, rounded, for the trace. */
function roundedTiming(timing: JsonDatasetReport['timing']): Record<string, number> {
  return Object.fromEntries(Object.entries(timing ?? {}).map(([step, ms]) => [step, Math.round(ms)]));
}

/** Thrown (as a rejection) for a check a newer one of the same document replaced. */
export class SupersededCheck extends Error {
  constructor() {
    super('superseded by a newer check of the same document');
  }
}

interface Pending {
  task: JsonCheckTask;
  uri: string;
  resolve(report: ThreadReport): void;
  reject(error: Error): void;
}

export class JsonCheckThread {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  private ids = 0;

  constructor(private readonly workerFile = JSON_WORKER) {}

  /** Whether checks run off the server's thread (the worker's bundle is there). */
  get available(): boolean {
    return existsSync(this.workerFile);
  }

  /** Checks `inputs` for `uri` off-thread; an earlier check of the same URI still queued or running is given up. */
  check(uri: string, inputs: JsonDatasetInputs): Promise<ThreadReport> {
    if (!this.available) {
      const { value, ...report } = checkJsonDataset(inputs);
      return Promise.resolve({ ...report, parsed: value !== undefined });
    }
    this.cancel(uri);
    return new Promise<ThreadReport>((resolve, reject) => {
      this.queue.push({ task: { id: ++this.ids, inputs }, uri, resolve, reject });
      this.pump();
    });
  }

  /** Gives up the checks of `uri` (a newer version came, or the document closed). */
  cancel(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].uri !== uri) continue;
      this.queue[i].reject(new SupersededCheck());
      this.queue.splice(i, 1);
    }
    if (this.running?.uri === uri) {
      const running = this.running;
      this.running = undefined;
      this.stopWorker();
      running.reject(new SupersededCheck());
    }
    this.pump();
  }

  /** Starts the thread ahead of a first check (loading the engine's bundle takes a moment). */
  warm(): void {
    if (this.available) this.ensureWorker();
  }

  dispose(): void {
    for (const pending of this.queue.splice(0)) pending.reject(new SupersededCheck());
    this.running?.reject(new SupersededCheck());
    this.running = undefined;
    this.stopWorker();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    const booting = !this.worker;
    const started = performance.now();
    this.ensureWorker().postMessage(next.task);
    trace('json text sent to the check thread', { ms: Math.round(performance.now() - started), chars: next.task.inputs.text.length, booting });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    // The server may exit while a check runs: the thread must not keep it alive.
    worker.unref();
    worker.on('message', (answer: JsonCheckAnswer) => {
      const running = this.running;
      if (!running || running.task.id !== answer.id) return;
      this.running = undefined;
      trace('json check thread answered', answer.ok ? { checkMs: answer.checkMs, problems: answer.report.problems.length, ...roundedTiming(answer.report.timing) } : { failed: true });
      if (answer.ok) running.resolve({ ...answer.report, parsed: answer.parsed });
      else running.reject(new Error(answer.error));
      this.pump();
    });
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const running = this.running;
      this.running = undefined;
      running?.reject(error);
      this.pump();
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const running = this.running;
      this.running = undefined;
      running?.reject(new Error('the JSON check thread stopped'));
      this.pump();
    });
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }
}
