// The thread that checks big JSON datasets for the language server (dist/jsonWorker.js): a 40 MB DECP takes
// seconds to parse and validate, in one call that cannot be cut in slices, and the server's own thread must
// go on handling keystrokes and requests meanwhile. One thread serves every document, one check at a time;
// the parsed value stays here (copying it back would cost more than parsing the text again when asked).
import { parentPort } from 'node:worker_threads';
import { checkJsonDataset, type JsonDatasetInputs, type JsonDatasetReport } from '../engine/json/jsonDataset';

export interface JsonCheckTask {
  id: number;
  inputs: JsonDatasetInputs;
}

/** `checkMs`: the engine's time on the thread (for the server's trace). */
export type JsonCheckAnswer = { id: number; ok: true; report: Omit<JsonDatasetReport, 'value'>; parsed: boolean; checkMs: number } | { id: number; ok: false; error: string };

parentPort?.on('message', (task: JsonCheckTask) => {
  let answer: JsonCheckAnswer;
  try {
    const started = performance.now();
    const { value, timing, ...report } = checkJsonDataset(task.inputs);
    answer = { id: task.id, ok: true, report: { ...report, ...(timing ? { timing } : {}) }, parsed: value !== undefined, checkMs: Math.round(performance.now() - started) };
  } catch (error) {
    answer = { id: task.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
