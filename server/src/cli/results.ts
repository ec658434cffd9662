// What a `check` run found, file by file, in the shape every reporter reads: the problems to report
// (all, or those on changed lines), what --changed-only left out, totals and the exit code.
import { type Dialect, type Problem, problemCodeInfo, type Severity } from '../engine';
import type { SeverityThreshold } from './args';
import { touchesChangedLines, type ChangedLines } from './changedLines';
import type { FileReport } from './checkFile';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface FileResult {
  /** Absolute path. */
  path: string;
  /** Undefined when the file could not be read or checked (see `failure`). */
  report?: FileReport;
  /** Why the file could not be checked: an errno code (ENOENT, EACCES…) or a message. */
  failure?: string;
  /** The problems to report: all of them, or with --changed-only those on changed lines and file-level ones. */
  reported: Problem[];
  /** The counts of `reported` (kept when the problems themselves are released after streaming). */
  counts: SeverityCounts;
  /** Problems --changed-only left out (on unchanged rows): counted in summaries, never listed. */
  elsewhere: SeverityCounts;
  /** The changed lines, with --changed-only. */
  changed?: ChangedLines;
}

export interface RunTotals extends SeverityCounts {
  /** Files checked (read and validated). */
  files: number;
  /** Files that could not be read or checked. */
  failed: number;
  elsewhere: SeverityCounts;
}

export interface CheckRun {
  files: FileResult[];
  totals: RunTotals;
  /** The git revision of --changed-only. */
  changedOnly?: string;
  exitCode: number;
}

export function emptyCounts(): SeverityCounts {
  return { errors: 0, warnings: 0, infos: 0 };
}

export function addSeverity(counts: SeverityCounts, severity: Severity): void {
  if (severity === 'error') counts.errors++;
  else if (severity === 'warning') counts.warnings++;
  else counts.infos++;
}

export function countSeverities(problems: readonly Problem[]): SeverityCounts {
  const counts = emptyCounts();
  for (const problem of problems) addSeverity(counts, problem.severity);
  return counts;
}

/**
 * A problem about the file as a whole (encoding, schema in force…) rather than about some rows: kept
 * by --changed-only whatever lines changed.
 */
export function isFileLevel(problem: Problem): boolean {
  if (problem.rowNumber === undefined) return true;
  const tags = problemCodeInfo(problem.code)?.tags ?? [];
  return tags.includes('file') || tags.includes('schema');
}

/**
 * Splits a file's problems into those to report and the counts of those --changed-only leaves out. A
 * changed file reports its file-level problems too; a file the change does not touch reports nothing.
 */
export function selectChanged(problems: readonly Problem[], changed: ChangedLines | undefined): Pick<FileResult, 'reported' | 'elsewhere'> {
  if (changed === undefined || changed === 'all') return { reported: problems.slice(), elsewhere: emptyCounts() };
  const reported: Problem[] = [];
  const elsewhere = emptyCounts();
  const touched = changed.length > 0;
  for (const problem of problems) {
    // Ranges are 0-based; git's lines are 1-based.
    if (touched && (isFileLevel(problem) || touchesChangedLines(changed, problem.range.start.line + 1, problem.range.end.line + 1))) reported.push(problem);
    else addSeverity(elsewhere, problem.severity);
  }
  return { reported, elsewhere };
}

/** The changed lines --changed-only can use for a file of this dialect. */
export function usableChangedLines(changed: ChangedLines | undefined, dialect: Dialect): ChangedLines | undefined {
  // git counts lines by LF: in a file whose rows end with a lone CR, git's line numbers are not ours.
  return changed !== undefined && changed !== 'all' && dialect.lineTerminator === 'CR' ? (changed.length > 0 ? 'all' : changed) : changed;
}

export function fileResult(path: string, report: FileReport, changed?: ChangedLines): FileResult {
  const usable = usableChangedLines(changed, report.dialect);
  const { reported, elsewhere } = selectChanged(report.problems, usable);
  return { path, report, changed: usable, reported, counts: countSeverities(reported), elsewhere };
}

/** The result of a file whose problems were written as it was read: counted, not kept. */
export function countedResult(path: string, report: FileReport, changed: ChangedLines | undefined, counts: SeverityCounts, elsewhere: SeverityCounts): FileResult {
  return { path, report, changed: usableChangedLines(changed, report.dialect), reported: [], counts, elsewhere };
}

/**
 * The same result without its problems, once streaming reports have written them and no report needs
 * them at the end: a big folder then needs memory for one file's problems at a time, not all.
 */
export function releaseProblems(result: FileResult): FileResult {
  if (!result.report) return result;
  return { ...result, reported: [], report: { ...result.report, problems: [] } };
}

export function failedResult(path: string, failure: string): FileResult {
  return { path, failure, reported: [], counts: emptyCounts(), elsewhere: emptyCounts() };
}

export interface ExitPolicy {
  severity: SeverityThreshold;
  maxWarnings?: number;
  /** A usage or I/O error happened (an input matched nothing, a file could not be read). */
  usageError: boolean;
}

export function totalsOf(files: readonly FileResult[]): RunTotals {
  const totals: RunTotals = { files: 0, failed: 0, ...emptyCounts(), elsewhere: emptyCounts() };
  for (const file of files) {
    if (!file.report) {
      totals.failed++;
      continue;
    }
    totals.files++;
    totals.errors += file.counts.errors;
    totals.warnings += file.counts.warnings;
    totals.infos += file.counts.infos;
    totals.elsewhere.errors += file.elsewhere.errors;
    totals.elsewhere.warnings += file.elsewhere.warnings;
    totals.elsewhere.infos += file.elsewhere.infos;
  }
  return totals;
}

/** 2 on a usage or I/O error; 1 when reported problems reach the threshold or warnings exceed the maximum; else 0. */
export function exitCodeFor(totals: SeverityCounts, policy: ExitPolicy): number {
  if (policy.usageError) return EXIT_USAGE;
  if (totals.errors > 0) return EXIT_PROBLEMS;
  if (policy.severity === 'warning' && totals.warnings > 0) return EXIT_PROBLEMS;
  if (policy.maxWarnings !== undefined && totals.warnings > policy.maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}
