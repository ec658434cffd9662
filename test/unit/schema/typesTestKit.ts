// Helpers for the Table Schema tests: compile one field, assert which raw values it accepts.
import * as assert from 'node:assert/strict';
import { compileSchema, type CompiledField } from '../../../server/src/engine/schema/compile';
import type { TableSchema, TableSchemaField } from '../../../server/src/engine/schema/tableSchema';

export function compileField(field: Omit<TableSchemaField, 'name'> & { name?: string }, schema: Partial<TableSchema> = {}): CompiledField {
  const compiled = compileSchema({ ...schema, fields: [{ name: 'f', ...field } as TableSchemaField] });
  return compiled.fields[0];
}

/** Asserts every value passes the field's check (type and constraints). */
export function assertValid(field: CompiledField, values: string[]): void {
  for (const value of values) {
    const issue = field.check(value);
    assert.equal(issue, null, `${JSON.stringify(value)} should be valid for ${field.type}/${field.format}: ${JSON.stringify(issue)}`);
  }
}

/** Asserts every value fails with the given code (and variant when given). */
export function assertInvalid(field: CompiledField, values: string[], code: 'type-error' | 'constraint-error' = 'type-error', variant?: string): void {
  for (const value of values) {
    const issue = field.check(value);
    assert.ok(issue, `${JSON.stringify(value)} should be invalid for ${field.type}/${field.format}`);
    assert.equal(issue.code, code, `${JSON.stringify(value)}: ${JSON.stringify(issue)}`);
    if (variant !== undefined) assert.equal(issue.params.variant, variant, `${JSON.stringify(value)}: ${JSON.stringify(issue)}`);
    assert.equal(issue.params.value, value);
  }
}
