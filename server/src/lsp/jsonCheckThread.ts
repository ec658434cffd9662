// Runs JSON dataset checks off the server's thread (jsonWorker.ts: a mirror thread holding a copy of each big
// JSON document, kept up to date with the editor's edits, and its check thread), one at a time, newest wins:
// a check of a document that a newer version of it replaces is dropped from the queue, or stopped (the check
// thread terminated, a fresh one started for the next check) when it is the one running — its result would
// be thrown away anyway, and a 40 MB check takes seconds. The server's thread sends a document's text once
// (its first check, or when the mirror says it missed a change), then only its edits. Without the worker's
// bundle (the server run from its sources, in-process tests) the check runs in place.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { checkJsonDataset, type JsonDatasetInputs, type JsonDatasetReport } from '../engine/json/jsonDataset';
import type { JsonCheckAnswer, MirrorMessage } from './jsonWorker';
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

/** What a check needs of its document: the version checked, and its text (sent when the mirror lacks it). */
export interface CheckedDocument {
  uri: string;
  version: number;
  getText(): string;
  /** The text as pieces in order, when the document keeps it so (no join on the server's thread). */
  pieces?(): string[];
}

interface Pending {
  id: number;
  document: CheckedDocument;
  version: number;
  inputs: JsonDatasetInputs;
  resolve(report: ThreadReport): void;
  reject(error: Error): void;
  /** The text was sent again after the mirror missed a change (once per check). */
  resent: boolean;
}

export class JsonCheckThread {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  /** Documents the mirror holds, with the version it was last told of. */
  private readonly mirrored = new Map<string, number>();
  private ids = 0;

  constructor(private readonly workerFile = JSON_WORKER) {}

  /** Whether checks run off the server's thread (the worker's bundle is there). */
  get available(): boolean {
    return existsSync(this.workerFile);
  }

  /**
   * Checks `document` at its current version off-thread, with `inputs` (their text is the mirror's); an
   * earlier check of the same URI still queued or running is given up.
   */
  check(document: CheckedDocument, inputs: JsonDatasetInputs): Promise<ThreadReport> {
    if (!this.available) {
      const { value, ...report } = checkJsonDataset(inputs);
      return Promise.resolve({ ...report, parsed: value !== undefined });
    }
    this.cancel(document.uri);
    return new Promise<ThreadReport>((resolve, reject) => {
      // The text stays with the document (the mirror has its own copy): only the other inputs travel.
      this.queue.push({ id: ++this.ids, document, version: document.version, inputs: { ...inputs, text: '' }, resolve, reject, resent: false });
      this.pump();
    });
  }

  /** Tells the mirror of an edit of a document it holds (a few bytes; the document's own version order). */
  changed(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    if (!this.worker || !this.mirrored.has(uri)) return;
    this.post({ type: 'change', uri, version, changes: [...changes] });
    this.mirrored.set(uri, version);
  }

  /** Forgets a document (closed): its checks are given up, the mirror drops its copy. */
  close(uri: string): void {
    this.cancel(uri);
    if (this.mirrored.delete(uri)) this.post({ type: 'close', uri });
  }

  /** Gives up the checks of `uri` (a newer version came, or the document closed). */
  cancel(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].document.uri !== uri) continue;
      this.queue[i].reject(new SupersededCheck());
      this.queue.splice(i, 1);
    }
    if (this.running?.document.uri === uri) {
      const running = this.running;
      this.running = undefined;
      this.post({ type: 'cancel', uri });
      running.reject(new SupersededCheck());
    }
    this.pump();
  }

  dispose(): void {
    for (const pending of this.queue.splice(0)) pending.reject(new SupersededCheck());
    this.running?.reject(new SupersededCheck());
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    this.mirrored.clear();
    if (worker) void worker.terminate();
  }

  private post(message: MirrorMessage): void {
    this.worker?.postMessage(message);
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    this.ensureWorker();
    this.send(next);
  }

  /** Sends a check, with the document's text first when the mirror does not hold its version. */
  private send(pending: Pending): void {
    const { document } = pending;
    if (document.version !== pending.version) {
      // The document changed while the check waited in the queue: a newer check is on its way.
      this.running = undefined;
      pending.reject(new SupersededCheck());
      this.pump();
      return;
    }
    if (this.mirrored.get(document.uri) !== pending.version) {
      const started = performance.now();
      const text = document.pieces ? document.pieces() : document.getText();
      this.post({ type: 'open', uri: document.uri, version: pending.version, text });
      this.mirrored.set(document.uri, pending.version);
      trace('json text sent to the mirror', { ms: Math.round(performance.now() - started), pieces: typeof text === 'string' ? 1 : text.length });
    }
    this.post({ type: 'check', id: pending.id, uri: document.uri, version: pending.version, inputs: pending.inputs });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    // The server may exit while a check runs: the threads must not keep it alive.
    worker.unref();
    worker.on('message', (answer: JsonCheckAnswer) => this.answered(answer));
    const failed = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.mirrored.clear();
      const running = this.running;
      this.running = undefined;
      running?.reject(error);
      this.pump();
    };
    worker.on('error', failed);
    worker.on('exit', () => failed(new Error('the JSON check thread stopped')));
    this.worker = worker;
    return worker;
  }

  private answered(answer: JsonCheckAnswer): void {
    const running = this.running;
    if (!running || running.id !== answer.id) return;
    if (!answer.ok && 'resync' in answer) {
      // The mirror missed a change (or lost the document): send the text once, then the check again.
      this.mirrored.delete(running.document.uri);
      if (running.resent) {
        this.running = undefined;
        running.reject(new Error('the JSON check thread never held the version checked'));
        this.pump();
        return;
      }
      running.resent = true;
      this.send(running);
      return;
    }
    this.running = undefined;
    trace('json check thread answered', answer.ok ? { checkMs: answer.checkMs, problems: answer.report.problems.length, ...roundedTiming(answer.report.timing) } : { failed: true });
    if (answer.ok) running.resolve({ ...answer.report, parsed: answer.parsed });
    else running.reject(new Error(answer.error));
    this.pump();
  }
}
