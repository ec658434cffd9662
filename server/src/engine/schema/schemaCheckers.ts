// The row checkers that validate a table against a Table Schema. A descriptor is compiled once and
// the compiled form reused for every file and every re-check (descriptors from the catalog are shared).
import { SchemaChecker, type SchemaCheckerOptions } from '../checks/schemaChecker';
import type { RowChecker } from '../checks/rowChecker';
import { compileSchema, type CompiledSchema } from './compile';
import type { TableSchema } from './tableSchema';

const compiledSchemas = new WeakMap<TableSchema, CompiledSchema>();

export function compiledSchemaFor(schema: TableSchema): CompiledSchema {
  let compiled = compiledSchemas.get(schema);
  if (!compiled) {
    compiled = compileSchema(schema);
    compiledSchemas.set(schema, compiled);
  }
  return compiled;
}

/** Fresh checkers (they keep per-table state) over the cached compiled schema. */
export function schemaCheckers(schema: TableSchema, options: SchemaCheckerOptions = {}): RowChecker[] {
  return [new SchemaChecker(compiledSchemaFor(schema), options)];
}
