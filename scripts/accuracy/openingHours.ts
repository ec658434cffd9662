// Accuracy of the French opening-hours converter on the corpus: per row right / wrong offer / no offer,
// comparing by meaning with the opening_hours library. Importable; run alone to print the table:
//   node -r ./test/register.js scripts/accuracy/openingHours.ts [corpus.csv]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseOpeningHoursFr, sameOpeningHours } from '../../server/src/engine/fixes/openingHours';

export type Outcome = 'right' | 'wrong' | 'none';

export interface OpeningHoursAccuracyRow {
  input: string;
  expected: string;
  source: string;
  outcome: Outcome;
  /** The value offered, if any. */
  offered?: string;
  confidence?: 'safe' | 'review';
  /** Why nothing was offered. */
  reason?: string;
  detail?: string;
}

export interface OpeningHoursAccuracy {
  right: number;
  wrong: number;
  none: number;
  total: number;
  rows: OpeningHoursAccuracyRow[];
}

export const DEFAULT_CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'opening-hours.csv');

export function openingHoursAccuracy(corpusPath: string = DEFAULT_CORPUS): OpeningHoursAccuracy {
  const records = parse(fs.readFileSync(corpusPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const rows: OpeningHoursAccuracyRow[] = records.map(({ input, expected, source }) => {
    const result = parseOpeningHoursFr(input);
    if (!result.ok) return { input, expected, source, outcome: 'none', reason: result.reason, detail: result.detail };
    const outcome: Outcome = sameOpeningHours(result.value, expected) ? 'right' : 'wrong';
    return { input, expected, source, outcome, offered: result.value, confidence: result.confidence };
  });
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return { right: count('right'), wrong: count('wrong'), none: count('none'), total: rows.length, rows };
}

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function formatOpeningHoursAccuracy(acc: OpeningHoursAccuracy): string {
  const pct = (n: number) => `${((100 * n) / Math.max(acc.total, 1)).toFixed(1)}%`;
  const lines = [
    `opening hours (fr → opening_hours): ${acc.total} rows`,
    `  right ${acc.right} (${pct(acc.right)})   wrong offers ${acc.wrong} (${pct(acc.wrong)})   no offer ${acc.none} (${pct(acc.none)})`,
    '',
  ];
  for (const r of acc.rows) {
    const mark = r.outcome === 'right' ? 'ok   ' : r.outcome === 'wrong' ? 'WRONG' : 'none ';
    const got = r.outcome === 'none' ? `${r.reason}${r.detail ? `: ${oneLine(r.detail, 50)}` : ''}` : `${r.offered} [${r.confidence}]`;
    lines.push(`${mark} ${oneLine(r.input, 60).padEnd(60)}  → ${got}${r.outcome === 'wrong' ? `   (expected ${r.expected})` : ''}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatOpeningHoursAccuracy(openingHoursAccuracy(process.argv[2] ?? DEFAULT_CORPUS)));
}
