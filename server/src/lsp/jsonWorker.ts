// The threads that check big JSON datasets for the language server (dist/jsonWorker.js, two roles): a 40 MB
// DECP takes seconds to parse and validate, in one call that cannot be cut in slices, and the server's own
// thread must go on handling keystrokes and requests meanwhile.
// - The mirror thread keeps a copy of each big JSON document, kept up to date with the editor's edits (a
//   few bytes each): a check does not copy 40 MB of text off the server's thread (that copy alone held it
//   up for 100–250 ms), the mirror does it.
// - The check thread, the mirror's child, runs the engine. A check that a newer version made useless is
//   stopped by terminating this thread (the mirror and its copies live on); the next check starts a new one.
// The parsed value stays on the check thread (copying it back would cost more than parsing the text again).
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { checkJsonDataset, type JsonDatasetInputs, type JsonDatasetReport } from '../engine/json/jsonDataset';

/** What the server tells the mirror thread. */
export type MirrorMessage =
  /** `text`: the whole text, or its pieces in order (joined here, off the server's thread). */
  | { type: 'open'; uri: string; version: number; text: string | string[] }
  | { type: 'change'; uri: string; version: number; changes: TextDocumentContentChangeEvent[] }
  | { type: 'close'; uri: string }
  /** Checks the mirrored text of `uri` at `version` (`inputs.text` is left empty: the mirror's is used). */
  | { type: 'check'; id: number; uri: string; version: number; inputs: JsonDatasetInputs }
  /** Stops the check of `uri` running, if any (a newer version came). */
  | { type: 'cancel'; uri: string };

/** `checkMs`: the engine's time on the thread (for the server's trace); `resync`: the mirror is not at that version (send the text). */
export type JsonCheckAnswer =
  | { id: number; ok: true; report: Omit<JsonDatasetReport, 'value'>; parsed: boolean; checkMs: number }
  | { id: number; ok: false; error: string }
  | { id: number; ok: false; resync: true };

interface CheckTask {
  id: number;
  inputs: JsonDatasetInputs;
}

function runCheck(task: CheckTask): JsonCheckAnswer {
  try {
    const started = performance.now();
    const { value, timing, ...report } = checkJsonDataset(task.inputs);
    return { id: task.id, ok: true, report: { ...report, ...(timing ? { timing } : {}) }, parsed: value !== undefined, checkMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { id: task.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** The mirror: documents by URI, and the check thread with the URI it checks. */
function serveAsMirror(port: NonNullable<typeof parentPort>): void {
  const documents = new Map<string, TextDocument>();
  let checker: { worker: Worker; uri: string; id: number } | undefined;
  let thread: Worker | undefined;

  const checkThread = (): Worker => {
    if (thread) return thread;
    const worker = new Worker(__filename, { workerData: { role: 'check' } });
    worker.on('message', (answer: JsonCheckAnswer) => {
      if (checker?.worker === worker && checker.id === answer.id) checker = undefined;
      port.postMessage(answer);
    });
    worker.on('error', (error) => {
      if (checker?.worker === worker) {
        port.postMessage({ id: checker.id, ok: false, error: error.stack ?? error.message } satisfies JsonCheckAnswer);
        checker = undefined;
      }
      if (thread === worker) thread = undefined;
    });
    worker.on('exit', () => {
      if (thread === worker) thread = undefined;
    });
    thread = worker;
    return worker;
  };
  // Ready before the first check (loading the engine's bundle takes a moment).
  checkThread();

  port.on('message', (message: MirrorMessage) => {
    switch (message.type) {
      case 'open':
        documents.set(message.uri, TextDocument.create(message.uri, 'json', message.version, typeof message.text === 'string' ? message.text : message.text.join('')));
        break;
      case 'change': {
        const document = documents.get(message.uri);
        // A change to a version the mirror missed leaves it stale: the next check asks for the text.
        if (document && message.version > document.version) TextDocument.update(document, message.changes, message.version);
        break;
      }
      case 'close':
        documents.delete(message.uri);
        break;
      case 'cancel':
        if (checker?.uri === message.uri) {
          void checker.worker.terminate();
          if (thread === checker.worker) thread = undefined;
          checker = undefined;
        }
        break;
      case 'check': {
        const document = documents.get(message.uri);
        if (!document || document.version !== message.version) {
          port.postMessage({ id: message.id, ok: false, resync: true } satisfies JsonCheckAnswer);
          break;
        }
        const worker = checkThread();
        checker = { worker, uri: message.uri, id: message.id };
        worker.postMessage({ id: message.id, inputs: { ...message.inputs, text: stripBom(document.getText()) } } satisfies CheckTask);
        break;
      }
    }
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

if (parentPort) {
  const port = parentPort;
  if ((workerData as { role?: string } | undefined)?.role === 'check') port.on('message', (task: CheckTask) => port.postMessage(runCheck(task)));
  else serveAsMirror(port);
}
