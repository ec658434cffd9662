// `opendata-lint check`: finds the files, has them checked (in parallel, see fileTask.ts), writes every
// requested report in path order, and decides the exit code.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { t, type Locale } from '../i18n';
import type { CheckRequest, ReportTarget } from './args';
import { changedLinesSince, GitError, type ChangedLines } from './changedLines';
import { type FileOutcome, type RenderPlan } from './fileTask';
import { findTableFiles, type FoundFiles } from './findFiles';
import { isJsonDatasetToCheck } from './jsonFile';
import { WALK_MAX_DEPTH, WALK_MAX_ENTRIES } from '../engine';
import type { CliIo } from './io';
import type { OutputEvent } from './output/events';
import { FileOutput } from './output/fileOutput';
import { checkFiles } from './parallel/checkPool';
import { createReporter, type ReportContext, type Reporter } from './reporters';
import { displayPath } from './reporters/context';
import { EXIT_USAGE, exitCodeFor, totalsOf, type CheckRun, type FileResult } from './results';
import { toolVersion } from './version';

interface Output {
  target: ReportTarget;
  reporter: Reporter;
  /** The context this output is written with (colour only for a terminal). */
  context: ReportContext;
  /** Writes text and a line break (to standard output, or appended to the target file). */
  write: (text: string) => void;
  /** The target file, opened at the first write. */
  file?: { fd?: number; error?: string };
}

function openOutputs(request: CheckRequest, context: ReportContext, io: CliIo): Output[] {
  const color = request.color || (io.isTTY && !io.env.NO_COLOR);
  return request.outputs.map((target) => {
    const outputContext = { ...context, color: target.file === undefined && color };
    const output: Output = { target, reporter: createReporter(target.format, outputContext), context: outputContext, write: io.stdout };
    if (target.file !== undefined) {
      const state: NonNullable<Output['file']> = {};
      output.file = state;
      output.write = (text) => {
        if (state.error !== undefined) return;
        try {
          state.fd ??= openReportFile(path.resolve(io.cwd, target.file as string));
          writeSync(state.fd, `${text}\n`);
        } catch (error) {
          state.error = (error as NodeJS.ErrnoException).code ?? String(error);
        }
      };
    }
    return output;
  });
}

function openReportFile(file: string): number {
  mkdirSync(path.dirname(file), { recursive: true });
  return openSync(file, 'w');
}

/** Closes the report files (creating those nothing was written to); returns false when one could not be written. */
function closeReportFiles(outputs: Output[], locale: Locale, io: CliIo): boolean {
  let ok = true;
  for (const output of outputs) {
    const state = output.file;
    if (!state) continue;
    try {
      if (state.error === undefined) {
        state.fd ??= openReportFile(path.resolve(io.cwd, output.target.file as string));
        closeSync(state.fd);
      }
    } catch (error) {
      state.error = (error as NodeJS.ErrnoException).code ?? String(error);
    }
    if (state.error !== undefined) {
      io.stderr(t('cli.error.write', locale, { path: output.target.file as string, reason: state.error }));
      ok = false;
    }
  }
  return ok;
}

/** A file's place in the reports: its outputs, and its outcome once it is done. */
interface FileSlot {
  outputs: Array<FileOutput | null>;
  outcome?: FileOutcome;
}

/** Links out of a checked folder (not followed) and folders walked only in part: said on stderr. */
export function reportSkippedFiles(found: FoundFiles, locale: Locale, io: CliIo): void {
  for (const link of found.linksOutside) io.stderr(t('cli.warning.linkOutside', locale, { path: displayPath(link, io.cwd) }));
  for (const folder of found.truncated) io.stderr(t('cli.warning.walkTruncated', locale, { path: folder, entries: WALK_MAX_ENTRIES, depth: WALK_MAX_DEPTH }));
}

export async function runCheckCommand(request: CheckRequest, locale: Locale, io: CliIo): Promise<number> {
  const jsonOptions = { schema: request.schema, detect: request.detect, cwd: io.cwd };
  const found = findTableFiles(request.inputs, io.cwd, { isJsonDataset: (file) => isJsonDatasetToCheck(file, jsonOptions) });
  const { files, unmatched } = found;
  for (const input of unmatched) io.stderr(t('cli.error.noFiles', locale, { inputs: input }));
  reportSkippedFiles(found, locale, io);
  if (files.length === 0) return EXIT_USAGE;

  let changed: Map<string, ChangedLines> | undefined;
  if (request.changedOnly !== undefined) {
    try {
      changed = changedLinesSince(request.changedOnly, files, io.cwd);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      io.stderr(t('cli.error.git', locale, { ref: error.ref, reason: error.reason }));
      return EXIT_USAGE;
    }
  }

  const context: ReportContext = {
    locale,
    cwd: io.cwd,
    root: io.env.GITHUB_WORKSPACE ? path.resolve(io.cwd, io.env.GITHUB_WORKSPACE) : io.cwd,
    color: false,
    quiet: request.quiet,
    version: toolVersion,
  };
  const outputs = openOutputs(request, context, io);
  const plan: RenderPlan = {
    // Reports written file by file are rendered where the file is checked (on its worker thread).
    streaming: outputs.map((output) => (output.reporter.file ? { format: output.target.format, context: output.context } : null)),
    keepProblems: outputs.some((output) => output.reporter.needsProblemsAtEnd),
  };
  // Reports (and error messages) follow path order whatever order the threads finish in: a file's report
  // pieces are written while it is first in line, held (see output/) while earlier files are not done.
  const slots: FileSlot[] = files.map(() => ({ outputs: outputs.map((output) => (output.reporter.file ? new FileOutput(output.write) : null)) }));
  const results: FileResult[] = [];
  let failures = 0;
  slots[0]?.outputs.forEach((output) => output?.goLive());

  const onEvent = (index: number, event: OutputEvent): void => {
    slots[index].outputs[event.output]?.accept(event);
  };
  const onOutcome = (index: number, outcome: FileOutcome): void => {
    slots[index].outcome = outcome;
    for (let slot = slots[results.length]; slot?.outcome !== undefined; slot = slots[results.length]) {
      const ready = slot.outcome;
      results.push(ready.result);
      if (ready.failureKey) {
        failures++;
        io.stderr(t(ready.failureKey, locale, { path: displayPath(ready.result.path, io.cwd), reason: ready.result.failure ?? '' }));
        for (const output of slot.outputs) output?.discard();
      } else for (const output of slot.outputs) output?.finish();
      slots[results.length - 1] = { outputs: [] };
      slots[results.length]?.outputs.forEach((output) => output?.goLive());
    }
  };
  const options = { schema: request.schema, detect: request.detect, cwd: io.cwd };
  await checkFiles({ files, changed, options, plan }, { threads: request.jobs, workerScript: io.workerScript }, { onEvent, onOutcome });

  const totals = totalsOf(results);
  const exitCode = exitCodeFor(totals, { severity: request.severity, maxWarnings: request.maxWarnings, usageError: unmatched.length > 0 || failures > 0 });
  const run: CheckRun = { files: results, totals, changedOnly: request.changedOnly, exitCode };
  for (const output of outputs) {
    const text = output.reporter.end(run);
    if (text !== undefined) output.write(text);
  }
  if (!closeReportFiles(outputs, locale, io)) return EXIT_USAGE;
  if (exitCode !== 0 && exitCode !== EXIT_USAGE && totals.errors === 0) {
    // Failing on warnings alone deserves a word: the reader sees no error.
    io.stderr(t(request.severity === 'warning' ? 'cli.failed.warnings' : 'cli.failed.maxWarnings', locale, { warnings: totals.warnings, max: request.maxWarnings ?? 0 }));
  }
  return exitCode;
}
