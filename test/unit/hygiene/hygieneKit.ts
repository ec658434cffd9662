// Shared helpers of the hygiene tests: validate a text with the hygiene checker, summarize problems.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { HygieneChecker } from '../../../server/src/engine/checks/hygiene/hygieneChecker';
import type { HygieneOptions } from '../../../server/src/engine/checks/hygiene/hygieneOptions';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { validateText } from '../../../server/src/engine/validate';

export const fixturesDir = path.resolve(__dirname, '../../fixtures/hygiene');

export function fixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

export function hygieneProblems(text: string, options: HygieneOptions = {}): Problem[] {
  return validateText(text, { checkers: [new HygieneChecker(options)] }).problems;
}

/** [code, rowNumber, fieldNumber, line, start character, end character] of each problem. */
export type Placed = [string, number | undefined, number | undefined, number, number, number];

export function placed(problems: readonly Problem[], codes?: readonly string[]): Placed[] {
  return problems
    .filter((p) => !codes || codes.includes(p.code))
    .map((p) => [p.code, p.rowNumber, p.fieldNumber, p.range.start.line, p.range.start.character, p.range.end.character]);
}

/** The problems of some codes only, as `code row field` lines. */
export function lines(problems: readonly Problem[], codes?: readonly string[]): string[] {
  return problems.filter((p) => !codes || codes.includes(p.code)).map((p) => `${p.code} ${p.rowNumber ?? '-'} ${p.fieldNumber ?? '-'}`);
}
