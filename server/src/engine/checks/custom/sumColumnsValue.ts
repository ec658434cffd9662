// `sum-columns-value`: when all the cells have a value, `column` equals the sum of `columns`
// (e.g. VOTE_REEL = VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION in SCDL deliberations). A file that has
// only some of these columns is told so once, on the header (Validata: a check error); with none of them,
// the check is ignored.
import { hasValue, partlyAbsent } from './columnPresence';
import { columnListParam, columnParam } from './params';
import { fieldByName, parseFieldNumber } from './typedCells';
import type { CustomCheckFactory } from './types';

const CODE = 'sum-columns-value';

/** Decimal sums in binary floating point (0.1 + 0.2) are compared with a relative tolerance. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function formatSum(sum: number): string {
  return String(Number(sum.toPrecision(15)));
}

export const sumColumnsValue: CustomCheckFactory = (params, schema) => {
  const column = columnParam(CODE, params, 'column');
  const columns = columnListParam(CODE, params, 'columns');
  const all = [column, ...columns];
  const fields = new Map(all.map((name) => [name, fieldByName(schema, name)]));
  const declaredNumeric = (name: string): boolean => ['number', 'integer'].includes(String(fields.get(name)?.type));
  let complete = true;
  return {
    start(hasColumn, report) {
      complete = all.every(hasColumn);
      const absent = partlyAbsent(hasColumn, all);
      if (absent) report({ code: CODE, params: { variant: 'missing-columns', column, columns, absent } });
    },
    checkRow(row, report) {
      if (!complete || !all.every((name) => hasValue(row, name))) return;
      const numbers: number[] = [];
      for (const name of all) {
        const value = row.value(name) as string;
        const number = parseFieldNumber(value, fields.get(name));
        if (number !== undefined) {
          numbers.push(number);
          continue;
        }
        // A numeric field that does not cast is a type-error the schema checks report; a text field
        // holding something else than a number makes the sum impossible to check: say so.
        if (!declaredNumeric(name)) {
          report({ code: CODE, fieldName: name, params: { variant: 'not-a-number', column, columns, notNumberColumn: name, value } });
        }
        return;
      }
      const [expected, ...terms] = numbers;
      const sum = terms.reduce((total, term) => total + term, 0);
      if (!nearlyEqual(sum, expected)) {
        report({ code: CODE, fieldName: column, params: { column, columns, value: row.value(column), sum: formatSum(sum) } });
      }
    },
  };
};
