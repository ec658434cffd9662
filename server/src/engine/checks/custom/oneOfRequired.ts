// `one-of-required`: on each row, at least one of two columns has a value (both may). A column absent
// from the file counts as empty; when both are absent, one problem on the header says so.
import { absentColumns, hasValue } from './columnPresence';
import { columnParam } from './params';
import type { CustomCheckFactory } from './types';

const CODE = 'one-of-required';

export const oneOfRequired: CustomCheckFactory = (params) => {
  // Validata's code reads column1/column2; its documentation once said column/column2.
  const column1 = columnParam(CODE, params, 'column1', 'column');
  const column2 = columnParam(CODE, params, 'column2');
  let bothAbsent = false;
  return {
    start(hasColumn, report) {
      bothAbsent = absentColumns(hasColumn, [column1, column2]).length === 2;
      if (bothAbsent) report({ code: CODE, params: { variant: 'missing-columns', column1, column2 } });
    },
    checkRow(row, report) {
      if (bothAbsent || hasValue(row, column1) || hasValue(row, column2)) return;
      const fieldName = row.value(column1) !== undefined ? column1 : column2;
      report({ code: CODE, fieldName, params: { column1, column2 } });
    },
  };
};
