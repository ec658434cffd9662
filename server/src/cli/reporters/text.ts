// The default report: one line per problem, `path:line:col severity code message`, then a summary per file.
import * as path from 'node:path';
import { problemMessage, t, type Locale } from '../../i18n';
import type { Severity } from '../../engine/problems';
import type { FileReport } from '../checkFile';

export interface TextReporterOptions {
  locale: Locale;
  color: boolean;
  quiet: boolean;
  cwd: string;
}

const colors: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };
const reset = '\x1b[0m';
const dim = '\x1b[2m';

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative && !relative.startsWith('..') ? relative : file).split(path.sep).join('/');
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(report: FileReport): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const problem of report.problems) {
    if (problem.severity === 'error') counts.errors++;
    else if (problem.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function formatTextReport(report: FileReport, options: TextReporterOptions): string {
  const lines: string[] = [];
  const shown = displayPath(report.path, options.cwd);
  for (const problem of report.problems) {
    if (options.quiet && problem.severity !== 'error') continue;
    const where = `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
    const severity = t(`severity.${problem.severity}`, options.locale);
    const message = problemMessage(problem, options.locale);
    lines.push(
      options.color
        ? `${where} ${colors[problem.severity]}${severity}${reset} ${dim}${problem.code}${reset} ${message}`
        : `${where} ${severity} ${problem.code} ${message}`,
    );
  }
  if (report.schema) lines.unshift(t('cli.schema', options.locale, { path: shown, ref: report.schema.ref, title: report.schema.title ?? report.schema.ref, source: t(`cli.schemaSource.${report.schema.source}`, options.locale) }));
  const counts = countSeverities(report);
  const total = counts.errors + counts.warnings + counts.infos;
  const summaryKey = total === 0 ? 'cli.summary.clean' : 'cli.summary.problems';
  lines.push(t(summaryKey, options.locale, { path: shown, rows: report.rowCount, ...counts }));
  return lines.join('\n');
}
