// Problems → LSP diagnostics: exact ranges, code with a link to its doc entry, message in the user's
// language, the problem's data attached for code actions, and a cap with a summary of what is hidden.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { problemDocUrl } from '../engine/problems/catalog';
import type { Problem, Severity } from '../engine/problems/problem';
import { problemMessage, type Locale } from '../i18n';
import { makeProblem } from '../engine/problems/makeProblem';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'opendata-lint';

/**
 * What a diagnostic carries for code actions and hovers (never parse the message): the problem, or for a
 * big document where it lies (the server finds it again among the problems it published, see
 * `inForce`): a thousand problems with their params are 400 KB more to send on every keystroke.
 */
export interface DiagnosticData {
  problem?: Problem;
  problemAt?: { code: string; start: number; end: number };
}

/** `slim`: the data names where the problem lies instead of carrying it (big documents). */
export function toDiagnostic(problem: Problem, locale: Locale, { slim = false } = {}): Diagnostic {
  return {
    range: {
      start: { line: problem.range.start.line, character: problem.range.start.character },
      end: { line: problem.range.end.line, character: problem.range.end.character },
    },
    severity: severities[problem.severity],
    code: problem.code,
    codeDescription: { href: problemDocUrl(problem.code) },
    source: DIAGNOSTIC_SOURCE,
    message: problemMessage(problem, locale),
    data: (slim ? { problemAt: { code: problem.code, start: problem.range.start.offset, end: problem.range.end.offset } } : { problem }) satisfies DiagnosticData,
  };
}

/**
 * The diagnostics whose problem is among those in force (`published`: the problems of the document's current
 * result), each given that problem as its data: the editor may send diagnostics of an older result (a schema
 * changed since, the text did not), whose problems must not be fixed, and a big document's diagnostics only
 * name where their problem lies. A diagnostic of no problem in force is left out.
 */
export function inForce(diagnostics: Diagnostic[], published: readonly Problem[]): Diagnostic[] {
  if (diagnostics.length === 0) return diagnostics;
  const byPlace = new Map<string, Problem>();
  for (const problem of published) byPlace.set(`${problem.code} ${problem.range.start.offset} ${problem.range.end.offset}`, problem);
  const current: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    const at = data?.problemAt ?? (data?.problem && { code: data.problem.code, start: data.problem.range.start.offset, end: data.problem.range.end.offset });
    const problem = at && byPlace.get(`${at.code} ${at.start} ${at.end}`);
    if (problem) current.push({ ...diagnostic, data: { problem } satisfies DiagnosticData });
  }
  return current;
}

/**
 * Keeps the first `limit` problems (they come sorted by position, errors first at equal positions) and
 * adds one summary diagnostic at the top of the file counting the hidden ones by code.
 */
export function capProblems(problems: Problem[], limit: number): Problem[] {
  if (problems.length <= limit) return problems;
  const shown = problems.slice(0, limit);
  const hidden = new Map<string, number>();
  for (let i = limit; i < problems.length; i++) hidden.set(problems[i].code, (hidden.get(problems[i].code) ?? 0) + 1);
  const summary = [...hidden.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} × ${count}`)
    .join(', ');
  const zero = { offset: 0, line: 0, character: 0 };
  shown.unshift(
    makeProblem('too-many-problems', { start: zero, end: zero }, { hidden: problems.length - limit, limit, summary, total: problems.length }),
  );
  return shown;
}
