// The thread that infers a schema for the language server (dist/inferWorker.js): inference reads every
// cell of the table (a second or two for a wide national file), and the server's own thread must go on
// answering hovers and checking edits meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { Locale } from '../i18n';
import { inferredSchemaFile } from './inferredSchemaFile';

export interface InferTask {
  file: string;
  text: string;
  locale: Locale;
  sidecarFile?: string;
}

const task = workerData as InferTask;
try {
  parentPort?.postMessage({ ok: true, result: inferredSchemaFile(task.file, task.text, task.locale, task.sidecarFile) });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
