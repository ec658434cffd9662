// Quick fixes of sidecar problems, from their code and parameters only: replace a value or a key with
// the suggestion the check computed (a near-miss enum value, schema reference or file name, a pinned
// version, the CSV's real delimiter, a keyword without accents, a coverage bound that includes the data).
import { stringify } from 'yaml';
import type { Problem, SourceRange } from '../problems/problem';

export interface SidecarFix {
  range: SourceRange;
  newText: string;
  /** What the fix writes, for its title. */
  value: string;
  /** Pinning a version reads differently from replacing a value. */
  kind: 'replace' | 'pin';
}

/** Codes whose `suggestion` replaces the value under the problem. */
const VALUE_FIXES = new Set([
  'metadata-invalid',
  'schema-not-found',
  'schema-version-not-pinned',
  'metadata-path-not-found',
  'metadata-dialect-mismatch',
  'metadata-encoding-mismatch',
  'metadata-keyword-format',
  'metadata-temporal-coverage',
  'metadata-siret',
]);

/** A YAML scalar for a value: quoted when YAML would read it otherwise (`;`, a tab, 0123…). */
export function yamlValue(value: string): string {
  if (value.length === 1 && !/[a-z0-9]/i.test(value)) return JSON.stringify(value);
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  // Digits only (a SIRET) must stay text: quote them rather than let YAML read a number.
  return /^\d+$/.test(value) ? `"${value}"` : plain;
}

export function sidecarFix(problem: Problem): SidecarFix | undefined {
  const suggestion = problem.params.suggestion;
  if (typeof suggestion !== 'string' || suggestion === '') return undefined;
  if (problem.code === 'metadata-unknown-property') return { range: problem.range, newText: suggestion, value: suggestion, kind: 'replace' };
  if (!VALUE_FIXES.has(problem.code)) return undefined;
  // `header: true` is a boolean, not the text "true".
  const newText = problem.code === 'metadata-dialect-mismatch' && problem.params.variant === 'header' ? suggestion : yamlValue(suggestion);
  return { range: problem.range, newText, value: suggestion, kind: problem.code === 'schema-version-not-pinned' ? 'pin' : 'replace' };
}
