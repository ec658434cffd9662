// Problems → LSP diagnostics: exact ranges, code with a link to its doc entry, message in the user's
// language, the problem's data attached for code actions, and a cap with a summary of what is hidden.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { compareProblems, makeProblem, type Problem, problemDocUrl, type Severity } from '../engine';
import { problemMessage, type Locale } from '../i18n';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'opendata-lint';

/**
 * What a diagnostic carries for code actions and hovers (never parse the message): where its problem lies
 * (the server finds it again among the problems it published, see `inForce`: a thousand problems with
 * their params are 400 KB more to send on every keystroke); the summary carries its problem (its counts
 * are in no other). Code actions get `problem` from `inForce`.
 */
export interface DiagnosticData {
  problem?: Problem;
  problemAt?: { code: string; start: number; end: number };
}

/** The one shape of every diagnostic the server publishes. */
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
    data: (problem.code === 'too-many-problems' ? { problem } : { problemAt: { code: problem.code, start: problem.range.start.offset, end: problem.range.end.offset } }) satisfies DiagnosticData,
  };
}

export function toDiagnostics(problems: readonly Problem[], locale: Locale): Diagnostic[] {
  return problems.map((problem) => toDiagnostic(problem, locale));
}

/**
 * The diagnostics whose problem is among those in force (`published`: the problems of the document's current
 * result), each given that problem as its data: the editor may send diagnostics of an older result (a schema
 * changed since, the text did not), whose problems must not be fixed, and diagnostics only name where their
 * problem lies. A diagnostic of no problem in force is left out.
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

/** A first page of problems in file order, how many there are in all, and the codes of those left out with their counts. */
export interface ProblemPage {
  problems: readonly Problem[];
  total: number;
  hidden: Readonly<Record<string, number>>;
}

export interface CappedProblems {
  /** The first `limit` problems, in file order. */
  problems: Problem[];
  /** Problems left out. */
  hiddenCount: number;
  /**
   * The diagnostic at the top of the file counting the problems left out, by code; `checking`: the check
   * still runs (a first page published early), and the count is not final.
   */
  summary(total: number, checking: boolean): Problem;
}

/**
 * The one capping step: a page of problems and more problems (both in file order) merged, the first
 * `limit` kept, the others counted by code for the summary (with those `moreLeftOut` counts: problems
 * that come after every one of `more`, not kept).
 */
export function cappedProblems(page: ProblemPage, more: readonly Problem[], limit: number, moreLeftOut: { count: number; byCode: Readonly<Record<string, number>> } = { count: 0, byCode: {} }): CappedProblems {
  const merged = more.length > 0 ? mergeSorted(page.problems, more) : page.problems;
  const problems = merged.length > limit ? merged.slice(0, limit) : [...merged];
  const hidden = new Map<string, number>(Object.entries(page.hidden));
  for (const [code, count] of Object.entries(moreLeftOut.byCode)) hidden.set(code, (hidden.get(code) ?? 0) + count);
  for (let i = limit; i < merged.length; i++) hidden.set(merged[i].code, (hidden.get(merged[i].code) ?? 0) + 1);
  const hiddenCount = page.total - page.problems.length + moreLeftOut.count + Math.max(0, merged.length - limit);
  return {
    problems,
    hiddenCount,
    summary(total, checking) {
      const summary = [...hidden.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([code, count]) => `${code} × ${count}`)
        .join(', ');
      const zero = { offset: 0, line: 0, character: 0 };
      return makeProblem('too-many-problems', { start: zero, end: zero }, { hidden: hiddenCount, limit, summary, total, ...(checking ? { variant: 'checking' } : {}) });
    },
  };
}

/** Two lists of problems in file order, as one (ties keep `a`'s first). */
function mergeSorted(a: readonly Problem[], b: readonly Problem[]): Problem[] {
  const merged: Problem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareProblems(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/** All of a list's problems capped at `limit`, with the summary first when some are left out. */
export function capProblems(problems: readonly Problem[], limit: number): Problem[] {
  const capped = cappedProblems({ problems, total: problems.length, hidden: {} }, [], limit);
  return capped.hiddenCount > 0 ? [capped.summary(problems.length, false), ...capped.problems] : capped.problems;
}
