// The shape shared by Validata's single-column checks: read one column, skip absent columns and empty
// (or missingValues) cells, and let a pure function judge each remaining value.
import type { ProblemCode } from '../../problems/catalog';
import { columnParam, type CheckParams } from './params';
import type { CustomIssue, CustomRowCheck } from './types';

/** What a value check returns: nothing when the value is valid, else the issue's params (and severity). */
export type ValueVerdict = Pick<CustomIssue, 'params' | 'severity'> | undefined;

export function singleColumnCheck(
  checkName: string,
  code: ProblemCode,
  params: CheckParams,
  judge: (value: string) => ValueVerdict,
): CustomRowCheck {
  const column = columnParam(checkName, params, 'column');
  return {
    checkRow(row, report) {
      const value = row.value(column);
      if (value === undefined || row.isMissing(column)) return;
      const verdict = judge(value);
      if (verdict) report({ code, fieldName: column, params: { value, ...verdict.params }, severity: verdict.severity });
    },
  };
}
