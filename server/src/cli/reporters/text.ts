// The default report: one line per problem, `path:line:col severity code message` (clickable in
// terminals and editors), then a summary per file and a total.
import { problemMessage, t } from '../../i18n';
import type { Severity } from '../../engine';
import { type CheckRun, type FileResult, type SeverityCounts } from '../results';
import { visibleControls } from '../../i18n/visibleControls';
import { neutraliseWorkflowCommands } from '../output/workflowCommands';
import { displayPath, listedSeverities, wholeFileText, type ProblemLines, type ReportContext, type Reporter } from './context';

export { displayPath } from './context';

const colors: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };
const reset = '\x1b[0m';
const dim = '\x1b[2m';

function total(counts: SeverityCounts): number {
  return counts.errors + counts.warnings + counts.infos;
}

/** What --changed-only left out, as summaries count it: errors and warnings (notes are not worth a line). */
function problemsElsewhere(counts: SeverityCounts): number {
  return counts.errors + counts.warnings;
}

/** The text report of one file, problem by problem (see ProblemLines). */
export function textLines(path: string, context: ReportContext): ProblemLines {
  const { locale } = context;
  // A file name is data too: written with its control characters visible, like the values in messages.
  const shown = visibleControls(displayPath(path, context.cwd));
  const listed = listedSeverities(context);
  // Rendered once per report rather than once per problem.
  const severities: Record<Severity, string> = {
    error: t('severity.error', locale),
    warning: t('severity.warning', locale),
    information: t('severity.information', locale),
    hint: t('severity.hint', locale),
  };
  return {
    listed,
    head(schema) {
      if (!schema) return undefined;
      const source = t(`cli.schemaSource.${schema.source}`, locale);
      return t('cli.schema', locale, { path: shown, ref: schema.ref, title: schema.title ?? schema.ref, source });
    },
    line(problem) {
      if (!listed.has(problem.severity)) return undefined;
      const where = `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
      const severity = severities[problem.severity];
      // One line per problem: a line break inside a cell's value is shown as \n.
      const message = oneLine(problemMessage(problem, locale));
      return context.color
        ? `${where} ${colors[problem.severity]}${severity}${reset} ${dim}${problem.code}${reset} ${message}`
        : `${where} ${severity} ${problem.code} ${message}`;
    },
    tail: (result) => fileSummaryLine(result, shown, context),
  };
}

/** A message on one line: its line breaks written as \n. */
function oneLine(message: string): string {
  return message.indexOf('\n') < 0 && message.indexOf('\r') < 0 ? message : message.replace(/\r\n|\r|\n/g, '\\n');
}

export function formatTextReport(result: FileResult, context: ReportContext): string | undefined {
  return wholeFileText(guarded(textLines(result.path, context)), result);
}

/** `path: 3 error(s), 1 warning(s), 0 info (120 rows)`, and what --changed-only left out. */
export function fileSummaryLine(result: FileResult, shown: string, context: Pick<ReportContext, 'locale'>): string {
  const counts = result.counts;
  const changedOnly = result.changed !== undefined;
  const summaryKey = total(counts) > 0 ? 'cli.summary.problems' : changedOnly ? 'cli.summary.cleanChanged' : 'cli.summary.clean';
  let summary = t(summaryKey, context.locale, { path: shown, rows: result.report?.rowCount ?? 0, unit: result.report?.rowUnit, ...counts });
  const elsewhere = problemsElsewhere(result.elsewhere);
  if (elsewhere > 0) summary += t('cli.summary.elsewhere', context.locale, { count: elsewhere, ...result.elsewhere });
  return summary;
}

export function formatTextTotal(run: CheckRun, context: ReportContext): string | undefined {
  if (run.files.length <= 1) return undefined;
  const { totals } = run;
  let line = t('cli.total', context.locale, { files: totals.files, errors: totals.errors, warnings: totals.warnings });
  const elsewhere = problemsElsewhere(totals.elsewhere);
  if (elsewhere > 0) line += t('cli.total.elsewhere', context.locale, { count: elsewhere });
  return line;
}

/** Text lines as written: none can be read as a GitHub workflow command (a file named `::error…`). */
function guarded(lines: ProblemLines): ProblemLines {
  const guard = (text: string | undefined) => (text === undefined ? undefined : neutraliseWorkflowCommands(text));
  return {
    listed: lines.listed,
    head: (schema) => guard(lines.head(schema)),
    line: (problem) => guard(lines.line(problem)),
    tail: (result) => guard(lines.tail(result)),
  };
}

export function textReporter(context: ReportContext): Reporter {
  return {
    file: (result) => formatTextReport(result, context),
    lines: (path) => guarded(textLines(path, context)),
    end: (run) => formatTextTotal(run, context),
    needsProblemsAtEnd: false,
  };
}
