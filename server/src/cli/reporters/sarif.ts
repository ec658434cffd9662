// SARIF 2.1.0 (OASIS): rules are the problem codes (help from docs/problems.md, help URI to its entry),
// results carry physical locations with regions. GitHub code scanning reads it (upload-sarif).
import { type Problem, problemCodeInfo, problemDocUrl, type Severity } from '../../engine';
import { problemMessage, t, type Locale } from '../../i18n';
import type { CheckRun, FileResult } from '../results';
import { displayPath, listedProblems, textPosition, type ReportContext, type Reporter } from './context';
import { firstSentence, problemDocs } from './problemDocs';
import { jsonForLogs } from '../output/workflowCommands';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/opendata-lint/opendata-lint';
/** Relative artifact URIs are resolved against the root of the checked-out repository. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * GitHub code scanning rejects a run with more results than this ("rejecting SARIF, as there are more
 * results per run than allowed"): beyond it, errors are kept first and a notification says how many were left out.
 */
export const SARIF_MAX_RESULTS = 25_000;

type SarifLevel = 'error' | 'warning' | 'note';
const levels: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (spaces, accents, '#'). */
export function pathToUriReference(relativePath: string): string {
  return relativePath
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

/** `type-error` → `TypeError`: SARIF's rule name is an identifier-like label. */
function ruleName(code: string): string {
  return code
    .split(/[-.]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function sarifRule(code: string, severity: Severity, locale: Locale): SarifRule {
  const url = problemDocUrl(code);
  const doc = problemDocs().get(code);
  const meaning = doc?.meaning[locale] ?? doc?.meaning.en;
  const seeDocs = t('cli.sarif.seeDocs', locale, { url });
  const text = meaning ? `${meaning} ${seeDocs}` : seeDocs;
  const info = problemCodeInfo(code);
  return {
    id: code,
    name: ruleName(code),
    shortDescription: { text: meaning ? firstSentence(meaning) : code },
    fullDescription: { text: meaning ?? code },
    help: { text, markdown: doc ? `${doc.markdown}\n\n[${code}](${url})` : `[${code}](${url})` },
    helpUri: url,
    defaultConfiguration: { level: levels[info?.severity ?? severity] },
    properties: { tags: ['opendata-lint', ...(info?.tags ?? [])] },
  };
}

function sarifResult(problem: Problem, ruleIndex: number, artifactIndex: number, uri: string, locale: Locale): object {
  const position = textPosition(problem);
  const properties: Record<string, string | number> = {};
  if (problem.rowNumber !== undefined) properties.row = problem.rowNumber;
  if (problem.fieldNumber !== undefined) properties.fieldNumber = problem.fieldNumber;
  if (problem.fieldName !== undefined) properties.field = problem.fieldName;
  if (typeof problem.params.value === 'string') properties.value = problem.params.value;
  return {
    ruleId: problem.code,
    ruleIndex,
    level: levels[problem.severity],
    message: { text: problemMessage(problem, locale) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: SOURCE_ROOT, index: artifactIndex },
          region: { startLine: position.line, startColumn: position.column, endLine: position.endLine, endColumn: position.endColumn },
        },
      },
    ],
    properties,
  };
}

export function sarifLog(run: CheckRun, context: ReportContext): object {
  const { locale } = context;
  const rules: SarifRule[] = [];
  const ruleIndexes = new Map<string, number>();
  const artifacts: object[] = [];
  const results: object[] = [];
  const notifications: object[] = [];
  // Rules in code order, so that the log does not depend on which file came first.
  const codes = new Map<string, Severity>();
  for (const result of run.files) for (const problem of listedProblems(result, context)) if (!codes.has(problem.code)) codes.set(problem.code, problem.severity);
  for (const code of [...codes.keys()].sort()) {
    ruleIndexes.set(code, rules.length);
    rules.push(sarifRule(code, codes.get(code) ?? 'error', locale));
  }
  // Which problems fit: all of them, or the most severe first when there are too many.
  const listed = run.files.map((result) => listedProblems(result, context));
  const kept = new Set<Problem>();
  for (const severity of ['error', 'warning', 'information', 'hint'] as const) {
    for (const problems of listed) {
      for (const problem of problems) {
        if (kept.size >= SARIF_MAX_RESULTS) break;
        if (problem.severity === severity) kept.add(problem);
      }
    }
  }
  const total = listed.reduce((sum, problems) => sum + problems.length, 0);
  if (total > kept.size) {
    notifications.push({ level: 'warning', message: { text: t('cli.sarif.truncated', locale, { kept: kept.size, total, max: SARIF_MAX_RESULTS }) } });
  }
  run.files.forEach((result, index) => addFile(result, listed[index]));

  function addFile(result: FileResult, problems: readonly Problem[]): void {
    const uri = pathToUriReference(displayPath(result.path, context.root));
    if (!result.report) {
      notifications.push({
        level: 'error',
        message: { text: t('cli.error.read', locale, { path: displayPath(result.path, context.root), reason: result.failure ?? '' }) },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT } } }],
      });
      return;
    }
    const artifactIndex = artifacts.length;
    const properties: Record<string, unknown> = { rows: result.report.rowCount, delimiter: result.report.dialect.delimiter };
    if (result.report.schema) properties.schema = result.report.schema.ref;
    artifacts.push({ location: { uri, uriBaseId: SOURCE_ROOT }, encoding: result.report.encoding, sourceLanguage: 'csv', properties });
    for (const problem of problems) {
      if (kept.has(problem)) results.push(sarifResult(problem, ruleIndexes.get(problem.code) ?? -1, artifactIndex, uri, locale));
    }
  }

  const runProperties: Record<string, unknown> = {
    summary: { files: run.totals.files, errors: run.totals.errors, warnings: run.totals.warnings, infos: run.totals.infos },
  };
  if (run.changedOnly !== undefined) {
    runProperties.changedOnly = run.changedOnly;
    runProperties.elsewhere = run.totals.elsewhere;
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'opendata-lint',
            fullName: 'Open Data Lint',
            version: context.version,
            informationUri: INFORMATION_URI,
            language: locale,
            rules,
          },
        },
        invocations: [{ executionSuccessful: run.totals.failed === 0, exitCode: run.exitCode, toolExecutionNotifications: notifications }],
        language: locale,
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
        properties: runProperties,
      },
    ],
  };
}

export function sarifReporter(context: ReportContext): Reporter {
  return { end: (run) => jsonForLogs(JSON.stringify(sarifLog(run, context), null, 2)), needsProblemsAtEnd: true };
}
