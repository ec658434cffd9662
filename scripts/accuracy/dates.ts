// Accuracy of the French date fixer on the corpus: per row right / wrong offer / no offer.
// Importable; run alone to print the table:
//   node -r ./test/register.js scripts/accuracy/dates.ts [corpus.csv]
//
// Scoring.
// - Each row is fixed on its own (no column context), with `excelSerials: true`: every corpus value comes
//   from a date column, which is what a schema's date type tells the real caller.
// - The target type follows `kind` (date, datetime, year, yearmonth); for `excel-serial` it is datetime when
//   the expected value has a time, else date.
// - `ambiguous: no` rows: right when the value offered equals `expected`.
// - `ambiguous: yes` rows: right only when the value offered equals `expected` (dd/mm wins, the corpus has no
//   column to prove otherwise) AND the result is flagged ambiguous with the other reading among the
//   alternatives — offering the right value as if it were certain would hide a real doubt, so it counts as a
//   wrong offer.
// - An empty `expected` means the right answer is no offer; any offer is then wrong.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDateFr, type DateTarget } from '../../server/src/engine/fixes/dates';

export type Outcome = 'right' | 'wrong' | 'none';

export interface DateAccuracyRow {
  input: string;
  expected: string;
  kind: string;
  ambiguous: boolean;
  outcome: Outcome;
  offered?: string;
  flaggedAmbiguous?: boolean;
  alternatives?: string[];
  reason?: string;
}

export interface DateAccuracy {
  right: number;
  wrong: number;
  none: number;
  total: number;
  /** Wrong offers on rows the corpus marks unambiguous (the target is zero). */
  wrongOnUnambiguous: number;
  rows: DateAccuracyRow[];
}

export const DEFAULT_CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'dates.csv');

function targetOf(kind: string, expected: string): DateTarget {
  switch (kind) {
    case 'datetime':
    case 'year':
    case 'yearmonth':
      return { type: kind };
    case 'excel-serial':
      return { type: expected.includes('T') ? 'datetime' : 'date' };
    default:
      return { type: 'date' };
  }
}

export function datesAccuracy(corpusPath: string = DEFAULT_CORPUS): DateAccuracy {
  const records = parse(fs.readFileSync(corpusPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const rows: DateAccuracyRow[] = records.map(({ input, expected, kind, ambiguous }) => {
    const isAmbiguous = ambiguous === 'yes';
    const result = parseDateFr(input, targetOf(kind, expected), { excelSerials: true });
    const base = { input, expected, kind, ambiguous: isAmbiguous };
    if (!result.ok) return { ...base, outcome: expected === '' ? 'right' : 'none', reason: result.variant ? `${result.reason}.${result.variant}` : result.reason };
    let outcome: Outcome = result.value === expected ? 'right' : 'wrong';
    if (outcome === 'right' && isAmbiguous && !(result.ambiguous && (result.alternatives?.length ?? 0) > 0)) outcome = 'wrong';
    return { ...base, outcome, offered: result.value, flaggedAmbiguous: result.ambiguous, alternatives: result.alternatives };
  });
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return {
    right: count('right'),
    wrong: count('wrong'),
    none: count('none'),
    total: rows.length,
    wrongOnUnambiguous: rows.filter((r) => r.outcome === 'wrong' && !r.ambiguous).length,
    rows,
  };
}

export function formatDatesAccuracy(acc: DateAccuracy): string {
  const pct = (n: number) => `${((100 * n) / Math.max(acc.total, 1)).toFixed(1)}%`;
  const lines = [
    `dates (fr → ISO 8601): ${acc.total} rows`,
    `  right ${acc.right} (${pct(acc.right)})   wrong offers ${acc.wrong} (${pct(acc.wrong)}, ${acc.wrongOnUnambiguous} on unambiguous rows)   no offer ${acc.none} (${pct(acc.none)})`,
    '',
  ];
  for (const r of acc.rows) {
    const mark = r.outcome === 'right' ? 'ok   ' : r.outcome === 'wrong' ? 'WRONG' : 'none ';
    const got = r.offered === undefined ? (r.reason ?? '') : `${r.offered}${r.flaggedAmbiguous ? ` (ambiguous, or ${r.alternatives?.join(' / ')})` : ''}`;
    lines.push(`${mark} ${JSON.stringify(r.input).padEnd(24)} ${r.kind.padEnd(13)} → ${got}${r.outcome === 'wrong' ? `   (expected ${r.expected || 'no offer'})` : ''}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatDatesAccuracy(datesAccuracy(process.argv[2] ?? DEFAULT_CORPUS)));
}
