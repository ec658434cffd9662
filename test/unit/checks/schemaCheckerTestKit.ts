// Helpers for the SchemaChecker tests: validate a text against a schema, read problems compactly.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SchemaChecker, type SchemaCheckerOptions } from '../../../server/src/engine/checks/schemaChecker';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { validateText, type ValidateOptions } from '../../../server/src/engine/validate';

export const schemaFixtures = path.join(__dirname, '../../fixtures/schema');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(schemaFixtures, name), 'utf8');
}

export function readSchema(name: string): TableSchema {
  return JSON.parse(readFixture(name)) as TableSchema;
}

/** The problems of the schema checks only (structure problems left out unless asked). */
export function check(text: string, schema: TableSchema, options: SchemaCheckerOptions & { structure?: boolean; validate?: ValidateOptions } = {}): Problem[] {
  const report = validateText(text, { ...options.validate, checkers: [new SchemaChecker(compileSchema(schema), options)] });
  if (options.structure) return report.problems;
  const structural = new Set(validateText(text, options.validate).problems.map((problem) => `${problem.code}@${problem.range.start.offset}`));
  return report.problems.filter((problem) => !structural.has(`${problem.code}@${problem.range.start.offset}`));
}

/** `code.variant` (or code), row, field name: the compact identity of a problem. */
export function brief(problem: Problem): string {
  const variant = typeof problem.params.variant === 'string' ? `.${problem.params.variant}` : '';
  return `${problem.rowNumber ?? '-'} ${problem.code}${variant} ${problem.fieldName ?? '-'}`;
}

/** The text a problem's range covers. */
export function covered(text: string, problem: Problem): string {
  return text.slice(problem.range.start.offset, problem.range.end.offset);
}

/** The offsets of a range agree with its line/character positions in the text. */
export function assertPositionsConsistent(text: string, problem: Problem): void {
  for (const position of [problem.range.start, problem.range.end]) {
    const before = text.slice(0, position.offset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    assert.equal(position.character, position.offset - lineStart, `${brief(problem)} character`);
    assert.equal(position.line, (before.match(/\r\n|\r|\n/g) ?? []).length, `${brief(problem)} line`);
  }
}
