// `cohesive-columns-value`: on each row, the columns `column` + `othercolumns` are either all filled or
// all empty. If the file has only some of these columns, one problem on the header says which are
// absent and the rows are not checked (Validata stops the check there too); with none of them, the check
// is ignored.
import { absentColumns, hasValue, partlyAbsent } from './columnPresence';
import { columnListParam, columnParam } from './params';
import type { CustomCheckFactory } from './types';

const CODE = 'cohesive-columns-value';

export const cohesiveColumnsValue: CustomCheckFactory = (params) => {
  const column = columnParam(CODE, params, 'column');
  const columns = [column, ...columnListParam(CODE, params, 'othercolumns')];
  let complete = true;
  return {
    start(hasColumn, report) {
      complete = absentColumns(hasColumn, columns).length === 0;
      const absent = partlyAbsent(hasColumn, columns);
      if (absent) report({ code: CODE, params: { variant: 'missing-columns', column, columns, absent } });
    },
    checkRow(row, report) {
      if (!complete) return;
      const filled = columns.filter((name) => hasValue(row, name));
      if (filled.length === 0 || filled.length === columns.length) return;
      const empty = columns.filter((name) => !filled.includes(name));
      report({ code: CODE, fieldName: column, params: { column, columns, filled, empty } });
    },
  };
};
