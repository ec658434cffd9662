// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message` line per problem, which
// the runner turns into annotations on the pull request's diff; plain summary lines for the log.
import type { Problem, Severity } from '../../engine';
import { problemMessage, t } from '../../i18n';
import type { CheckRun, FileResult } from '../results';
import { displayPath, listedSeverities, textPosition, wholeFileText, type ProblemLines, type ReportContext, type Reporter } from './context';
import { visibleControls } from '../../i18n/visibleControls';
import { neutraliseWorkflowCommands } from '../output/workflowCommands';
import { fileSummaryLine, formatTextTotal } from './text';

/** GitHub shows at most this many error and this many warning annotations per step (the rest stay in the log). */
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

/** Notes (information, hint) are not annotated (see listedProblems); `notice` keeps the mapping total. */
const commands: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes a command's message (the text after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A plain line of the log (not a command), which the runner must not read as one: control characters
 * shown as escapes (no line break can start a forged `::error`), and no leading `::` or `##[` (see
 * neutraliseWorkflowCommands).
 */
export function plainLogLine(line: string): string {
  return neutraliseWorkflowCommands(visibleControls(line));
}

/** Escapes a property value (`file=`, `title=`): also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationFor(problem: Problem, file: string, context: Pick<ReportContext, 'locale'>): string {
  const position = textPosition(problem);
  const properties: Array<[string, string | number]> = [
    ['file', file],
    ['line', position.line],
    ['endLine', position.endLine],
  ];
  // GitHub reads columns only on a one-line annotation; its endColumn is the last column, inclusive.
  if (position.line === position.endLine) {
    properties.push(['col', position.column], ['endColumn', Math.max(position.column, position.endColumn - 1)]);
  }
  const title = problem.fieldName ? `${problem.code} (${problem.fieldName})` : problem.code;
  properties.push(['title', title]);
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${commands[problem.severity]} ${list}::${escapeData(problemMessage(problem, context.locale))}`;
}

/** The annotations of one file, problem by problem (see ProblemLines): no head or tail, the summary is at the end. */
export function githubLines(path: string, context: ReportContext): ProblemLines {
  const file = visibleControls(displayPath(path, context.root));
  const listed = listedSeverities(context, false);
  return {
    listed,
    head: () => undefined,
    line: (problem) => (listed.has(problem.severity) ? annotationFor(problem, file, context) : undefined),
    tail: () => undefined,
  };
}

export function githubReporter(context: ReportContext): Reporter {
  return {
    needsProblemsAtEnd: false,
    file: (result: FileResult) => wholeFileText(githubLines(result.path, context), result),
    lines: (path: string) => githubLines(path, context),
    end(run: CheckRun) {
      const lines: string[] = [];
      for (const result of run.files) {
        if (!result.report) continue;
        const shown = displayPath(result.path, context.root);
        const schema = result.report.schema;
        if (schema) {
          const source = t(`cli.schemaSource.${schema.source}`, context.locale);
          lines.push(t('cli.schema', context.locale, { path: shown, ref: schema.ref, title: schema.title ?? schema.ref, source }));
        }
        lines.push(fileSummaryLine(result, shown, context));
      }
      const total = formatTextTotal(run, context);
      if (total) lines.push(total);
      // Annotated: the reported errors, and warnings unless --quiet.
      const annotated = { errors: run.totals.errors, warnings: context.quiet ? 0 : run.totals.warnings };
      if (annotated.errors > ANNOTATIONS_SHOWN_PER_STEP || annotated.warnings > ANNOTATIONS_SHOWN_PER_STEP) {
        lines.push(t('cli.github.annotationLimit', context.locale, { limit: ANNOTATIONS_SHOWN_PER_STEP, ...annotated }));
      }
      return lines.map(plainLogLine).join('\n');
    },
  };
}
