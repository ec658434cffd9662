// `opendata-lint check`: finds the files, has them checked (in parallel, see fileTask.ts), writes every
// requested report in path order, and decides the exit code.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { t, type Locale } from '../i18n';
import type { CheckRequest, ReportTarget } from './args';
import { changedLinesSince, GitError, type ChangedLines } from './changedLines';
import { type FileOutcome, type RenderPlan } from './fileTask';
import { findTableFiles } from './findFiles';
import type { CliIo } from './io';
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
  /** Text waiting to be written to the target file. */
  chunks: string[];
}

function openOutputs(request: CheckRequest, context: ReportContext, io: CliIo): Output[] {
  const color = request.color || (io.isTTY && !io.env.NO_COLOR);
  return request.outputs.map((target) => {
    const outputContext = { ...context, color: target.file === undefined && color };
    return { target, reporter: createReporter(target.format, outputContext), context: outputContext, chunks: [] };
  });
}

function emit(output: Output, text: string | undefined, io: CliIo): void {
  if (text === undefined) return;
  if (output.target.file === undefined) io.stdout(text);
  else output.chunks.push(text);
}

/** Writes each file report whole; returns false when one could not be written. */
function writeReportFiles(outputs: Output[], locale: Locale, io: CliIo): boolean {
  let ok = true;
  for (const output of outputs) {
    if (output.target.file === undefined) continue;
    const file = path.resolve(io.cwd, output.target.file);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, output.chunks.map((chunk) => `${chunk}\n`).join(''));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr(t('cli.error.write', locale, { path: output.target.file, reason }));
      ok = false;
    }
  }
  return ok;
}

export async function runCheckCommand(request: CheckRequest, locale: Locale, io: CliIo): Promise<number> {
  const { files, unmatched } = findTableFiles(request.inputs, io.cwd);
  for (const input of unmatched) io.stderr(t('cli.error.noFiles', locale, { inputs: input }));
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
  const outcomes: Array<FileOutcome | undefined> = new Array(files.length);
  const results: FileResult[] = [];
  let failures = 0;

  const onOutcome = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    // Reports (and error messages) follow path order whatever order the threads finish in.
    for (let ready = outcomes[results.length]; ready !== undefined; ready = outcomes[results.length]) {
      outcomes[results.length] = undefined;
      results.push(ready.result);
      if (ready.failureKey) {
        failures++;
        io.stderr(t(ready.failureKey, locale, { path: displayPath(ready.result.path, io.cwd), reason: ready.result.failure ?? '' }));
      }
      outputs.forEach((output, position) => emit(output, ready.texts[position], io));
    }
  };
  await checkFiles(
    { files, changed, options: { schema: request.schema, detect: request.detect, cwd: io.cwd }, plan },
    { threads: request.jobs, workerScript: io.workerScript },
    onOutcome,
  );

  const totals = totalsOf(results);
  const exitCode = exitCodeFor(totals, { severity: request.severity, maxWarnings: request.maxWarnings, usageError: unmatched.length > 0 || failures > 0 });
  const run: CheckRun = { files: results, totals, changedOnly: request.changedOnly, exitCode };
  for (const output of outputs) emit(output, output.reporter.end(run), io);
  if (!writeReportFiles(outputs, locale, io)) return EXIT_USAGE;
  if (exitCode !== 0 && exitCode !== EXIT_USAGE && totals.errors === 0) {
    // Failing on warnings alone deserves a word: the reader sees no error.
    io.stderr(t(request.severity === 'warning' ? 'cli.failed.warnings' : 'cli.failed.maxWarnings', locale, { warnings: totals.warnings, max: request.maxWarnings ?? 0 }));
  }
  return exitCode;
}
