// The JSON report: a documented, versioned structure (docs/cli-report.schema.json) for scripts and
// dashboards. Bump JSON_FORMAT_VERSION when a field changes meaning or disappears; adding fields is compatible.
import { type Problem, problemDocUrl, type ProblemParams, type Severity } from '../../engine';
import { problemMessage, type Locale } from '../../i18n';
import type { ChangedLines } from '../changedLines';
import { type CheckRun, type FileResult, type SeverityCounts } from '../results';
import { displayPath, listedProblems, textPosition, type ReportContext, type Reporter } from './context';
import { jsonForLogs } from '../output/workflowCommands';

export const JSON_FORMAT_VERSION = 1;

export interface JsonProblem {
  code: string;
  severity: Severity;
  message: string;
  /** 1-based row number as Frictionless counts it (the header is row 1); null for file-level problems. */
  row: number | null;
  /** 1-based column (field) number in the table. */
  fieldNumber: number | null;
  /** The column's name. */
  field: string | null;
  /** The cell's value, when the check recorded it (cell checks do; structural and header problems do not). */
  value: string | null;
  /** 1-based line and column in the text; endColumn is the column just after the range. */
  position: { line: number; column: number; endLine: number; endColumn: number };
  /** The parameters the message is built from (code-specific, see docs/problems.md). */
  params: ProblemParams;
  docUrl: string;
  /** Reserved: true when the engine proposes a replacement value (then in `suggestion`); absent when unknown. */
  fixable?: true;
  suggestion?: string;
}

export interface JsonFile {
  path: string;
  status: 'checked' | 'failed';
  failure?: string;
  rows?: number;
  encoding?: string;
  bom?: boolean;
  delimiter?: string;
  schema: { ref: string; title: string | null; source: string } | null;
  /** With --changed-only: the changed lines (1-based, inclusive) or "all" for a new file. */
  changedLines?: ChangedLines;
  counts: SeverityCounts;
  elsewhere: SeverityCounts;
  problems: JsonProblem[];
}

export interface JsonReport {
  format: 'opendata-lint-report';
  formatVersion: number;
  tool: { name: 'opendata-lint'; version: string };
  locale: Locale;
  changedOnly: string | null;
  summary: SeverityCounts & { files: number; failed: number; elsewhere: SeverityCounts; exitCode: number };
  files: JsonFile[];
}

function jsonParams(params: ProblemParams): ProblemParams {
  const copy: ProblemParams = {};
  for (const [name, value] of Object.entries(params)) {
    // messageKey names a catalog entry: an implementation detail, not data.
    if (name !== 'messageKey' && value !== undefined) copy[name] = value;
  }
  return copy;
}

export function jsonProblem(problem: Problem, locale: Locale): JsonProblem {
  const value = problem.params.value;
  const suggestion = problem.params.suggestion;
  const entry: JsonProblem = {
    code: problem.code,
    severity: problem.severity,
    message: problemMessage(problem, locale),
    row: problem.rowNumber ?? null,
    fieldNumber: problem.fieldNumber ?? null,
    field: problem.fieldName ?? null,
    value: typeof value === 'string' ? value : null,
    position: textPosition(problem),
    params: jsonParams(problem.params),
    docUrl: problemDocUrl(problem.code),
  };
  if (typeof suggestion === 'string' && suggestion !== '') {
    // JSON datasets (json-*) get suggestions but no fix yet: not said fixable.
    if (!problem.code.startsWith('json-')) entry.fixable = true;
    entry.suggestion = suggestion;
  }
  return entry;
}

export function jsonFile(result: FileResult, context: ReportContext): JsonFile {
  const path = displayPath(result.path, context.cwd);
  const report = result.report;
  if (!report) {
    return { path, status: 'failed', failure: result.failure, schema: null, counts: result.counts, elsewhere: result.elsewhere, problems: [] };
  }
  const file: JsonFile = {
    path,
    status: 'checked',
    rows: report.rowCount,
    encoding: report.encoding,
    bom: report.bom,
    delimiter: report.dialect.delimiter,
    schema: report.schema ? { ref: report.schema.ref, title: report.schema.title ?? null, source: report.schema.source } : null,
    counts: result.counts,
    elsewhere: result.elsewhere,
    problems: listedProblems(result, context).map((problem) => jsonProblem(problem, context.locale)),
  };
  if (result.changed !== undefined) file.changedLines = result.changed;
  return file;
}

export function jsonReport(run: CheckRun, context: ReportContext): JsonReport {
  const { totals } = run;
  return {
    format: 'opendata-lint-report',
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'opendata-lint', version: context.version },
    locale: context.locale,
    changedOnly: run.changedOnly ?? null,
    summary: {
      files: totals.files,
      failed: totals.failed,
      errors: totals.errors,
      warnings: totals.warnings,
      infos: totals.infos,
      elsewhere: totals.elsewhere,
      exitCode: run.exitCode,
    },
    files: run.files.map((result) => jsonFile(result, context)),
  };
}

export function jsonReporter(context: ReportContext): Reporter {
  return { end: (run) => jsonForLogs(JSON.stringify(jsonReport(run, context), null, 2)), needsProblemsAtEnd: true };
}
