// One file's whole job, the same on a worker thread or on the main thread: check it, keep what
// --changed-only asks for, and write its part of the streaming reports (text, github) right there, so
// that the main thread only prints; problems travel back only when a report needs them at the end.
import type { ReportFormat } from './args';
import type { ChangedLines } from './changedLines';
import { checkOneFile, type CheckTaskOptions } from './checkTask';
import { createReporter, type ReportContext } from './reporters';
import { failedResult, fileResult, releaseProblems, type FileResult } from './results';

/** How the reports are written: plain data, cloned into each worker thread. */
export interface RenderPlan {
  /** Per output, in order: the format and context of a report written file by file, or null. */
  streaming: Array<{ format: ReportFormat; context: ReportContext } | null>;
  /** Whether a report reads every file's problems at the end (json, sarif, markdown). */
  keepProblems: boolean;
}

export interface FileOutcome {
  result: FileResult;
  /** Per output, the text this file adds to a streaming report. */
  texts: Array<string | undefined>;
  /** The message key when the file could not be checked (read error or check failure). */
  failureKey?: string;
}

export async function processFile(path: string, changed: ChangedLines | undefined, options: CheckTaskOptions, plan: RenderPlan): Promise<FileOutcome> {
  const outcome = await checkOneFile(path, options);
  let result = 'report' in outcome ? fileResult(path, outcome.report, changed) : failedResult(path, outcome.failure);
  const texts = plan.streaming.map((entry) => (entry ? createReporter(entry.format, entry.context).file?.(result) : undefined));
  if (!plan.keepProblems) result = releaseProblems(result);
  if ('report' in outcome) return { result, texts };
  return { result, texts, failureKey: outcome.io ? 'cli.error.read' : 'cli.error.check' };
}
