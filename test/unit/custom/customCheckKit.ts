// Runs a custom check through its contract over a small in-memory table (first row = header), the way
// the schema checker will: start() with the header's columns, one RowAccess per data row, then finish().
import { customCheckFactories } from '../../../server/src/engine/checks/custom';
import type { CustomIssue, RowAccess } from '../../../server/src/engine/checks/custom/types';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';

export interface ReportedIssue extends CustomIssue {
  rowNumber: number;
}

export function rowAccess(header: readonly string[], cells: readonly string[], rowNumber: number, missingValues: readonly string[] = ['']): RowAccess {
  return {
    rowNumber,
    value(fieldName) {
      const index = header.indexOf(fieldName);
      return index < 0 ? undefined : (cells[index] ?? '');
    },
    isMissing(fieldName) {
      const index = header.indexOf(fieldName);
      return index < 0 || missingValues.includes(cells[index] ?? '');
    },
  };
}

/** Issues of check `name` (any alias) with `params` over `table` (header first). */
export function runCheck(
  name: string,
  params: Record<string, unknown>,
  table: readonly (readonly string[])[],
  schema: Partial<TableSchema> = {},
): ReportedIssue[] {
  const factory = customCheckFactories[name];
  if (!factory) throw new Error(`no custom check named ${name}`);
  const fullSchema: TableSchema = { fields: [], ...schema };
  const check = factory(params, fullSchema);
  const [header, ...rows] = table;
  const issues: ReportedIssue[] = [];
  check.start?.((fieldName) => header.includes(fieldName), (issue) => issues.push({ ...issue, rowNumber: 1 }));
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    check.checkRow(rowAccess(header, cells, rowNumber, fullSchema.missingValues ?? ['']), (issue) => issues.push({ ...issue, rowNumber }));
  });
  check.finish?.((issue) => issues.push(issue));
  return issues;
}

/** Runs a single-column check over one column holding `values`; returns the issues by value. */
export function judgeValues(name: string, values: readonly string[], params: Record<string, unknown> = {}): Map<string, ReportedIssue | undefined> {
  const issues = runCheck(name, { column: 'c', ...params }, [['c'], ...values.map((value) => [value])]);
  return new Map(values.map((value, index) => [value, issues.find((issue) => issue.rowNumber === index + 2)]));
}
