// The row checkers that validate a table against a Table Schema (compiled once per schema descriptor).
import type { RowChecker } from '../checks/rowChecker';
import type { TableSchema } from './tableSchema';

export function schemaCheckers(schema: TableSchema): RowChecker[] {
  void schema;
  return [];
}
