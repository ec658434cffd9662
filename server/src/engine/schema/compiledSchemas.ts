// Compiled Table Schemas, cached: a descriptor is compiled once and the compiled form reused for every
// file and every re-check (descriptors from the catalog are shared). The checkers over them are in
// checks/schemaCheckers.ts.
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
