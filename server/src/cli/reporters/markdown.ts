// The Markdown summary for a pull request (`$GITHUB_STEP_SUMMARY` or a comment): a verdict line, one
// table row per file, then per file the counts by code and its first problems with row and column.
import { type Problem, problemDocUrl } from '../../engine';
import { problemMessage, t, type Locale } from '../../i18n';
import { visibleControls } from '../../i18n/visibleControls';
import { neutraliseWorkflowCommands } from '../output/workflowCommands';
import { type CheckRun, type FileResult } from '../results';
import { displayPath, listedProblems, type ReportContext, type Reporter } from './context';

/** Problems listed per file; the rest are counted (annotations and SARIF have them all). */
export const MARKDOWN_PROBLEMS_PER_FILE = 20;

/** Text inside a table cell: no line breaks, no pipes, no HTML or Markdown from the data. */
export function escapeMarkdown(text: string): string {
  return visibleControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

/** An inline code span, or escaped text when the value itself holds a backtick. */
function code(raw: string): string {
  const text = visibleControls(raw);
  return text.includes('`') || text.includes('|') ? escapeMarkdown(text) : `\`${text}\``;
}

function table(header: string[], alignments: Array<'left' | 'right'>, rows: string[][]): string {
  const rule = alignments.map((alignment) => (alignment === 'right' ? '--:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function schemaCell(result: FileResult, locale: Locale): string {
  const schema = result.report?.schema;
  if (!schema) return t('cli.md.noSchema', locale);
  return schema.title ? `${escapeMarkdown(schema.title)} (${code(schema.ref)})` : code(schema.ref);
}

function columnCell(problem: Problem): string {
  if (problem.fieldNumber === undefined) return problem.fieldName ? code(problem.fieldName) : '—';
  return problem.fieldName ? `${problem.fieldNumber} · ${code(problem.fieldName)}` : String(problem.fieldNumber);
}

function fileSection(result: FileResult, context: ReportContext, shown: string): string | undefined {
  const { locale } = context;
  if (!result.report) return `#### ${code(shown)}\n\n${t('cli.md.failed', locale, { reason: escapeMarkdown(result.failure ?? '') })}`;
  const listed = listedProblems(result, context, false);
  if (listed.length === 0) return undefined;
  const byCode = new Map<string, { errors: number; warnings: number }>();
  for (const problem of listed) {
    const counts = byCode.get(problem.code) ?? { errors: 0, warnings: 0 };
    if (problem.severity === 'error') counts.errors++;
    else counts.warnings++;
    byCode.set(problem.code, counts);
  }
  const codeRows = [...byCode.entries()]
    .sort(([a, countsA], [b, countsB]) => countsB.errors - countsA.errors || countsB.warnings - countsA.warnings || a.localeCompare(b))
    .map(([name, counts]) => [`[${code(name)}](${problemDocUrl(name)})`, String(counts.errors), String(counts.warnings)]);
  const first = listed.slice(0, MARKDOWN_PROBLEMS_PER_FILE);
  const problemRows = first.map((problem) => [
    problem.rowNumber === undefined ? '—' : String(problem.rowNumber),
    columnCell(problem),
    t(`severity.${problem.severity}`, locale),
    code(problem.code),
    escapeMarkdown(problemMessage(problem, locale)),
  ]);
  const parts = [
    `#### ${code(shown)}`,
    table([t('cli.md.code', locale), t('cli.md.errors', locale), t('cli.md.warnings', locale)], ['left', 'right', 'right'], codeRows),
    `**${t('cli.md.firstProblems', locale, { count: first.length })}**`,
    table(
      [t('cli.md.row', locale), t('cli.md.column', locale), t('cli.md.severity', locale), t('cli.md.code', locale), t('cli.md.message', locale)],
      ['right', 'left', 'left', 'left', 'left'],
      problemRows,
    ),
  ];
  if (listed.length > first.length) parts.push(`_${t('cli.md.more', locale, { count: listed.length - first.length })}_`);
  return parts.join('\n\n');
}

export function markdownReport(run: CheckRun, context: ReportContext): string {
  const { locale } = context;
  const { totals } = run;
  const failing = run.exitCode !== 0;
  const status = failing ? '❌' : totals.warnings > 0 ? '⚠️' : '✅';
  const parts = [`### ${status} ${t('cli.md.title', locale, { files: totals.files, errors: totals.errors, warnings: totals.warnings })}`];
  if (run.changedOnly !== undefined) {
    const elsewhere = totals.elsewhere.errors + totals.elsewhere.warnings;
    let note = t('cli.md.changedOnly', locale, { ref: code(run.changedOnly) });
    if (elsewhere > 0) note += ` ${t('cli.md.elsewhere', locale, { count: elsewhere, ...totals.elsewhere })}`;
    parts.push(`_${note}_`);
  }
  const withElsewhere = run.changedOnly !== undefined;
  const header = [t('cli.md.file', locale), t('cli.md.rows', locale), t('cli.md.schema', locale), t('cli.md.errors', locale), t('cli.md.warnings', locale)];
  const alignments: Array<'left' | 'right'> = ['left', 'right', 'left', 'right', 'right'];
  if (withElsewhere) {
    header.push(t('cli.md.elsewhereColumn', locale));
    alignments.push('right');
  }
  const sections: string[] = [];
  const rows = run.files.map((result) => {
    const shown = displayPath(result.path, context.root);
    const section = fileSection(result, context, shown);
    if (section) sections.push(section);
    if (!result.report) {
      const row = [code(shown), '—', t('cli.md.unreadable', locale), '—', '—'];
      if (withElsewhere) row.push('—');
      return row;
    }
    const counts = result.counts;
    const row = [code(shown), String(result.report.rowCount), schemaCell(result, locale), String(counts.errors), String(counts.warnings)];
    if (withElsewhere) row.push(String(result.elsewhere.errors + result.elsewhere.warnings));
    return row;
  });
  parts.push(table(header, alignments, rows), ...sections);
  return parts.join('\n\n');
}

export function markdownReporter(context: ReportContext): Reporter {
  return { end: (run) => neutraliseWorkflowCommands(markdownReport(run, context)), needsProblemsAtEnd: true };
}
