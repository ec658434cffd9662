// The Problem model: what every check returns and every face (LSP, CLI, tests) renders.
import type { ProblemCode } from './catalog';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A position in the source: offset in the decoded text, plus 0-based line and UTF-16 character. */
export interface SourcePosition {
  offset: number;
  line: number;
  character: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/** Parameter values a message template or a fix may read. */
export type ProblemParams = Record<string, string | number | boolean | string[] | undefined>;

export interface Problem {
  /** Stable code (Frictionless names where they exist), see catalog.ts and docs/problems.md. */
  code: ProblemCode;
  severity: Severity;
  range: SourceRange;
  /** 1-based physical row number as Frictionless counts it (the header row is 1). */
  rowNumber?: number;
  /** 1-based field (column) number. */
  fieldNumber?: number;
  fieldName?: string;
  /** Everything the message templates and quick fixes need; fixes never parse message text. */
  params: ProblemParams;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Position, then severity, then code (codes are lower-case ASCII: code-unit order, no collator to load). */
export function compareProblems(a: Problem, b: Problem): number {
  return a.range.start.offset - b.range.start.offset || severityRank[a.severity] - severityRank[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
