// `year-interval-value`: the cell is a year interval "AAAA/AAAA" whose second year is later than the
// first, or — with `allow-year-only: "yes"` — a single year "AAAA" (SCDL deliberations' BUDGET_ANNEE).
import { flagParam } from './params';
import { singleColumnCheck } from './singleColumn';
import type { CustomCheckFactory } from './types';

const CODE = 'year-interval-value';
const YEAR_INTERVAL = /^(\d{4})\/(\d{4})$/;
const YEAR = /^\d{4}$/;

export const yearIntervalValue: CustomCheckFactory = (params) => {
  const allowYearOnly = flagParam(params, 'allow-year-only');
  return singleColumnCheck(CODE, CODE, params, (value) => {
    const interval = YEAR_INTERVAL.exec(value);
    if (!interval) {
      if (allowYearOnly && YEAR.test(value)) return undefined;
      return { params: { variant: allowYearOnly ? 'format-or-year' : 'format' } };
    }
    const [first, second] = [interval[1], interval[2]];
    if (first === second) return { params: { variant: 'same-years', first, second, suggestion: allowYearOnly ? first : undefined } };
    if (Number(first) > Number(second)) return { params: { variant: 'order', first, second, suggestion: `${second}/${first}` } };
    return undefined;
  });
};
