// `compare-columns-value`: when both cells have a value, `column` op `column2` holds, op being one of
// Validata's > >= == <= <. Values are compared as their fields type them: numbers as numbers, dates
// and times chronologically, text in code-point order (two numeric texts as numbers, like Validata);
// values of different kinds (a date and a number) are reported as not comparable. A file that has one of
// the two columns only is told so once, on the header (Validata: a check error); with neither, the check
// is ignored.
import type { TableSchemaField } from '../../schema/tableSchema';
import { hasValue, partlyAbsent } from './columnPresence';
import { columnParam } from './params';
import { castCell, fieldByName, textAsNumber, type TypedCell } from './typedCells';
import { CustomCheckParamsError, type CustomCheckFactory } from './types';

const CODE = 'compare-columns-value';

export const comparisonOperators = ['>', '>=', '==', '<=', '<'] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

function holds(op: ComparisonOperator, a: number | string, b: number | string): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
  }
}

/** The two values in a common comparable form, or undefined when they are of different kinds. */
function comparable(a: TypedCell, b: TypedCell): [number, number] | [string, string] | undefined {
  const asNumber = (cell: TypedCell): number | undefined =>
    cell.kind === 'number' ? cell.value : cell.kind === 'string' ? textAsNumber(cell.value) : undefined;
  const numberA = asNumber(a);
  const numberB = asNumber(b);
  if (numberA !== undefined && numberB !== undefined) return [numberA, numberB];
  if (a.kind === 'string' && b.kind === 'string') return [a.value, b.value];
  if (a.kind === 'temporal' && b.kind === 'temporal' && a.type === b.type) return [a.value, b.value];
  return undefined;
}

export const compareColumnsValue: CustomCheckFactory = (params, schema) => {
  const column = columnParam(CODE, params, 'column');
  const column2 = columnParam(CODE, params, 'column2');
  const op = params.op;
  if (typeof op !== 'string' || !(comparisonOperators as readonly string[]).includes(op)) {
    throw new CustomCheckParamsError({ kind: 'operator', param: 'op', given: op === undefined ? undefined : JSON.stringify(op), allowed: [...comparisonOperators] }, CODE);
  }
  const operator = op as ComparisonOperator;
  const field: TableSchemaField | undefined = fieldByName(schema, column);
  const field2: TableSchemaField | undefined = fieldByName(schema, column2);
  let complete = true;
  return {
    start(hasColumn, report) {
      complete = hasColumn(column) && hasColumn(column2);
      const absent = partlyAbsent(hasColumn, [column, column2]);
      if (absent) report({ code: CODE, params: { variant: 'missing-columns', column, column2, op: operator, absent } });
    },
    checkRow(row, report) {
      if (!complete || !hasValue(row, column) || !hasValue(row, column2)) return;
      const value = row.value(column) as string;
      const value2 = row.value(column2) as string;
      const a = castCell(value, field);
      const b = castCell(value2, field2);
      if (!a || !b) return; // a type-error, reported by the schema checks
      const pair = comparable(a, b);
      const params = { column, column2, op: operator, value, value2 };
      if (!pair) report({ code: CODE, fieldName: column, params: { ...params, variant: 'not-comparable' } });
      else if (!holds(operator, pair[0], pair[1])) report({ code: CODE, fieldName: column, params });
    },
  };
};
