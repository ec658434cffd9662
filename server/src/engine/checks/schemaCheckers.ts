// The row checkers that validate a table against a Table Schema, over its cached compiled form.
import { compiledSchemaFor } from '../schema/compiledSchemas';
import type { TableSchema } from '../schema/tableSchema';
import type { RowChecker } from './rowChecker';
import { SchemaChecker, type SchemaCheckerOptions } from './schemaChecker';

/** Fresh checkers (they keep per-table state) over the cached compiled schema. */
export function schemaCheckers(schema: TableSchema, options: SchemaCheckerOptions = {}): RowChecker[] {
  return [new SchemaChecker(compiledSchemaFor(schema), options)];
}
