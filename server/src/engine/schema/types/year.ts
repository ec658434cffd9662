// The `year` (YYYY) and `yearmonth` (YYYY-MM) types.
import type { CellKey, CellType } from './cellType';
import { readDigits } from './cellType';

function parseYear(text: string): CellKey | undefined {
  if (text.length !== 4) return undefined;
  const year = readDigits(text, 0, 4);
  return year < 0 ? undefined : year;
}

/** Key: months since year 0 (`2024-03` → 2024 × 12 + 2), so that comparisons are plain numbers. */
function parseYearmonth(text: string): CellKey | undefined {
  const length = text.length;
  if ((length !== 7 && length !== 6) || text.charCodeAt(4) !== 45) return undefined;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, length - 5);
  if (year < 0 || month < 1 || month > 12) return undefined;
  return year * 12 + month - 1;
}

export function compileYear(): CellType {
  return { type: 'year', format: 'default', sample: '2024', parse: parseYear, cast: parseYear, parseLiteral: (literal) => parseYear(literal.trim()) };
}

export function compileYearmonth(): CellType {
  return {
    type: 'yearmonth',
    format: 'default',
    sample: '2024-03',
    parse: parseYearmonth,
    cast(text: string): unknown {
      const key = parseYearmonth(text);
      return typeof key === 'number' ? [Math.floor(key / 12), (key % 12) + 1] : undefined;
    },
  };
}
