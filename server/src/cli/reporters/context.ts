// What every reporter is given: the language, where paths are relative to, and which problems to list.
import * as path from 'node:path';
import type { Problem } from '../../engine/problems';
import type { Locale } from '../../i18n';
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
  end(run: CheckRun): string | undefined;
  /** Whether `end` reads the problems of every file (else they are released once `file` has run). */
  readonly needsProblemsAtEnd: boolean;
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
