// Problems → LSP diagnostics: exact ranges, code with a link to its doc entry, message in the user's
// language, the problem's data attached for code actions, and a cap with a summary of what is hidden.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { problemDocUrl } from '../engine/problemCodes';
import type { Problem, Severity } from '../engine/problems';
import { problemMessage, type Locale } from '../i18n';
import { makeProblem } from '../engine/checks/structure';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'opendata-lint';

/** What a diagnostic carries for code actions and hovers (never parse the message). */
export interface DiagnosticData {
  problem: Problem;
}

export function toDiagnostic(problem: Problem, locale: Locale): Diagnostic {
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
    data: { problem } satisfies DiagnosticData,
  };
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
