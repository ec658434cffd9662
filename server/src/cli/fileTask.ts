// One file's whole job, the same on a worker thread or on the main thread: check it, keep what
// --changed-only asks for, and send its part of the reports written as they go (text, github) as events
// while it is read, so that the main thread only prints; problems travel back only when a report needs
// them at the end (json, sarif, markdown: then they are collected and the file's text is sent whole).
import type { ReportFormat } from './args';
import type { ChangedLines } from './changedLines';
import { checkOneFile, sidecarKindOf, type CheckTaskOptions } from './checkTask';
import { isJsonDatasetPath } from './jsonFile';
import type { OutputEvent } from './output/events';
import { ProblemWriter } from './output/problemWriter';
import { createReporter, type ReportContext } from './reporters';
import { countedResult, failedResult, fileResult, releaseProblems, type FileResult } from './results';

/** How the reports are written: plain data, cloned into each worker thread. */
export interface RenderPlan {
  /** Per output, in order: the format and context of a report written file by file, or null. */
  streaming: Array<{ format: ReportFormat; context: ReportContext } | null>;
  /** Whether a report reads every file's problems at the end (json, sarif, markdown). */
  keepProblems: boolean;
  /** Problems sorted at once and characters of lines sent at once by the writer (see ProblemWriter; tests make them small). */
  writer?: { batch?: number; pieceChars?: number };
}

export interface FileOutcome {
  result: FileResult;
  /** The message key when the file could not be checked (read error or check failure). */
  failureKey?: string;
}

/** Sends a file's whole text per output (problems collected, or a sidecar): one event each. */
function emitWhole(result: FileResult, plan: RenderPlan, emit: (event: OutputEvent) => void): void {
  plan.streaming.forEach((entry, output) => {
    if (!entry) return;
    const text = createReporter(entry.format, entry.context).file?.(result);
    emit({ kind: 'head', output, hold: false });
    if (text !== undefined) emit({ kind: 'lines', output, text });
    emit({ kind: 'tail', output });
  });
}

export async function processFile(
  path: string,
  changed: ChangedLines | undefined,
  options: CheckTaskOptions,
  plan: RenderPlan,
  emit: (event: OutputEvent) => void,
): Promise<FileOutcome> {
  // A sidecar's or a JSON dataset's problems come all at once: collected, then written whole.
  const collect = plan.keepProblems || sidecarKindOf(path) !== undefined || isJsonDatasetPath(path);
  const writer = collect
    ? undefined
    : new ProblemWriter({ outputs: plan.streaming.map((entry) => (entry ? (createReporter(entry.format, entry.context).lines?.(path) ?? null) : null)), emit, changed, ...plan.writer });
  const outcome = await checkOneFile(path, options, writer);
  if (!('report' in outcome)) {
    return { result: failedResult(path, outcome.failure), failureKey: outcome.io ? 'cli.error.read' : 'cli.error.check' };
  }
  if (writer) {
    const result = countedResult(path, outcome.report, changed, writer.counts, writer.elsewhere);
    writer.end(result);
    return { result };
  }
  const result = fileResult(path, outcome.report, changed);
  emitWhole(result, plan, emit);
  return { result: plan.keepProblems ? result : releaseProblems(result) };
}
