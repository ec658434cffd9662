// What every reporter is given: the language, where paths are relative to, and which problems to list.
import * as path from 'node:path';
import type { Problem, Severity } from '../../engine';
import type { Locale } from '../../i18n';
import type { FileReport } from '../checkFile';
import type { CheckRun, FileResult } from '../results';

export interface ReportContext {
  locale: Locale;
  /** The working directory: text and JSON paths are relative to it. */
  cwd: string;
  /**
   * The repository root as CI sees it (GITHUB_WORKSPACE, else the working directory): GitHub
   * annotations, SARIF and Markdown paths are relative to it so that they land on the PR's files.
   */
  root: string;
  color: boolean;
  /** List errors only (counts stay complete). */
  quiet: boolean;
  /** The tool's version. */
  version: string;
}

/** A report format: text per file as results arrive (in path order), and text once all are in. */
export interface Reporter {
  file?(result: FileResult): string | undefined;
  /**
   * The same text as `file`, built problem by problem while the file is read (a report written as it
   * goes): given for formats that list one line per problem.
   */
  lines?(path: string): ProblemLines;
  end(run: CheckRun): string | undefined;
  /** Whether `end` reads the problems of every file (else they are released once `file` has run). */
  readonly needsProblemsAtEnd: boolean;
}

/**
 * A file's part of a report, one problem at a time: `head`, then `line` for each reported problem in
 * order, then `tail`; joined with line breaks they make what `file` returns.
 */
export interface ProblemLines {
  /** The severities `line` lists (the others return undefined). */
  readonly listed: ReadonlySet<Severity>;
  head(schema: FileReport['schema']): string | undefined;
  line(problem: Problem): string | undefined;
  tail(result: FileResult): string | undefined;
}

/** The severities a report lists: errors only with --quiet; notes only when `notes`. */
export function listedSeverities(context: Pick<ReportContext, 'quiet'>, notes = true): ReadonlySet<Severity> {
  if (context.quiet) return new Set<Severity>(['error']);
  return new Set<Severity>(notes ? ['error', 'warning', 'information', 'hint'] : ['error', 'warning']);
}

/** A file's text from its problem lines: what `file` returns for a format that has `lines`. */
export function wholeFileText(lines: ProblemLines, result: FileResult): string | undefined {
  if (!result.report) return undefined;
  const parts: string[] = [];
  const head = lines.head(result.report.schema);
  if (head !== undefined) parts.push(head);
  for (const problem of result.reported) {
    const line = lines.line(problem);
    if (line !== undefined) parts.push(line);
  }
  const tail = lines.tail(result);
  if (tail !== undefined) parts.push(tail);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** `file` relative to `base` with forward slashes, or absolute when outside it. */
export function displayPath(file: string, base: string): string {
  const relative = path.relative(base, file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/');
}

/**
 * The problems a report lists for a file: the reported ones, errors only with --quiet. Reports read in
 * a pull request (annotations, Markdown) leave out notes (`information`, `hint`: the schema detected…).
 */
export function listedProblems(result: FileResult, context: Pick<ReportContext, 'quiet'>, notes = true): Problem[] {
  if (context.quiet) return result.reported.filter((problem) => problem.severity === 'error');
  return notes ? result.reported : result.reported.filter((problem) => problem.severity === 'error' || problem.severity === 'warning');
}

/** 1-based text position of a problem: start line/column and end line/column (end exclusive). */
export function textPosition(problem: Problem): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: problem.range.start.line + 1,
    column: problem.range.start.character + 1,
    endLine: problem.range.end.line + 1,
    endColumn: problem.range.end.character + 1,
  };
}
