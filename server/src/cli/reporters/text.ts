// The default report: one line per problem, `path:line:col severity code message` (clickable in
// terminals and editors), then a summary per file and a total.
import { problemMessage, t } from '../../i18n';
import type { Severity } from '../../engine/problems';
import { type CheckRun, type FileResult, type SeverityCounts } from '../results';
import { displayPath, listedProblems, type ReportContext, type Reporter } from './context';

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

export function formatTextReport(result: FileResult, context: ReportContext): string | undefined {
  const report = result.report;
  if (!report) return undefined;
  const { locale } = context;
  const shown = displayPath(result.path, context.cwd);
  const lines: string[] = [];
  if (report.schema) {
    const source = t(`cli.schemaSource.${report.schema.source}`, locale);
    lines.push(t('cli.schema', locale, { path: shown, ref: report.schema.ref, title: report.schema.title ?? report.schema.ref, source }));
  }
  for (const problem of listedProblems(result, context)) {
    const where = `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
    const severity = t(`severity.${problem.severity}`, locale);
    // One line per problem: a line break inside a cell's value is shown as \n.
    const message = problemMessage(problem, locale).replace(/\r\n|\r|\n/g, '\\n');
    lines.push(
      context.color
        ? `${where} ${colors[problem.severity]}${severity}${reset} ${dim}${problem.code}${reset} ${message}`
        : `${where} ${severity} ${problem.code} ${message}`,
    );
  }
  lines.push(fileSummaryLine(result, shown, context));
  return lines.join('\n');
}

/** `path: 3 error(s), 1 warning(s), 0 info (120 rows)`, and what --changed-only left out. */
export function fileSummaryLine(result: FileResult, shown: string, context: Pick<ReportContext, 'locale'>): string {
  const counts = result.counts;
  const changedOnly = result.changed !== undefined;
  const summaryKey = total(counts) > 0 ? 'cli.summary.problems' : changedOnly ? 'cli.summary.cleanChanged' : 'cli.summary.clean';
  let summary = t(summaryKey, context.locale, { path: shown, rows: result.report?.rowCount ?? 0, ...counts });
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

export function textReporter(context: ReportContext): Reporter {
  return {
    file: (result) => formatTextReport(result, context),
    end: (run) => formatTextTotal(run, context),
    needsProblemsAtEnd: false,
  };
}
