// Accuracy of the date quick fix on the corpus, through the fixers: each input is the one cell of a column
// whose schema type follows the row's kind; the fixers' offers are applied and the cell read back.
// Importable; run alone to print the rows:
//   node -r ./test/register.js scripts/accuracy/dates.ts [corpus.csv]
//
// Scoring.
// - The target type follows `kind` (date, datetime, year, yearmonth); for `excel-serial` it is datetime when
//   the expected value has a time, else date (a date type is what lets a bare number be an Excel serial).
// - An input the field already accepts (no problem, nothing offered) is right when it equals `expected`.
// - `ambiguous: no` rows: right when exactly one fix is offered and it writes `expected`. Choices offered for
//   such a row count as no offer when `expected` is among them (a doubt the corpus says is not there), else wrong.
// - `ambiguous: yes` rows: right only when the readings are offered as choices, the first (dd/mm, since the
//   corpus gives no column to prove otherwise) writing `expected`; a single fix hides a real doubt: wrong.
// - An empty `expected` means the right answer is no offer; any offer is then wrong.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DateTargetType } from '../../server/src/engine/fixes/dates';
import { t } from '../../server/src/i18n';
import { corpusPart, fixOneRow, formatPartTotals, scoreParts, type CorpusPart, type Outcome, type PartScores } from './fixerHarness';

export type { Outcome } from './fixerHarness';

export interface DateAccuracyRow {
  input: string;
  expected: string;
  kind: string;
  ambiguous: boolean;
  part: CorpusPart;
  outcome: Outcome;
  offered?: string;
  /** The fixers offered the readings as choices. */
  flaggedAmbiguous?: boolean;
  alternatives?: string[];
  safety?: string;
  reason?: string;
}

export interface DateAccuracy extends PartScores<DateAccuracyRow> {
  /** Wrong offers on rows the corpus marks unambiguous (the target is zero), in all and by part. */
  wrongOnUnambiguous: number;
  wrongOnUnambiguousByPart: Record<CorpusPart, number>;
}

export const DEFAULT_CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'dates.csv');

function targetOf(kind: string, expected: string): DateTargetType {
  switch (kind) {
    case 'datetime':
    case 'year':
    case 'yearmonth':
      return kind;
    case 'excel-serial':
      return expected.includes('T') ? 'datetime' : 'date';
    default:
      return 'date';
  }
}

export function scoreDateRow(input: string, expected: string, kind: string, isAmbiguous: boolean, part: CorpusPart = 'dev'): DateAccuracyRow {
  const base = { input, expected, kind, ambiguous: isAmbiguous, part };
  const schema = { fields: [{ name: 'valeur', type: targetOf(kind, expected) }] };
  const outcome = fixOneRow(schema, ['valeur'], [input]);
  const values = outcome.offers.map((offer) => offer.row.valeur);
  const reason = outcome.note ? t(outcome.note.key, 'en', outcome.note.params) : undefined;
  if (outcome.problems === 0) return { ...base, outcome: input === expected ? 'right' : 'none', reason: 'accepted as it is' };
  if (values.length === 0) return { ...base, outcome: expected === '' ? 'right' : 'none', reason };
  const choices = outcome.offers.every((offer) => offer.safety === 'choice') && values.length > 1;
  const [offered, ...alternatives] = values;
  const row = { ...base, offered, flaggedAmbiguous: choices, alternatives, safety: outcome.offers[0].safety };
  if (expected === '') return { ...row, outcome: 'wrong' };
  if (isAmbiguous) return { ...row, outcome: choices && offered === expected ? 'right' : 'wrong' };
  if (choices) return { ...row, outcome: values.includes(expected) ? 'none' : 'wrong' };
  return { ...row, outcome: values.length === 1 && offered === expected ? 'right' : 'wrong' };
}

export function datesAccuracy(corpusPath: string = DEFAULT_CORPUS): DateAccuracy {
  const records = parse(fs.readFileSync(corpusPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const rows = records.map(({ input, expected, kind, ambiguous, part }) => scoreDateRow(input, expected, kind, ambiguous === 'yes', corpusPart(part)));
  const wrongOnUnambiguous = (of: DateAccuracyRow[]) => of.filter((r) => r.outcome === 'wrong' && !r.ambiguous).length;
  return {
    ...scoreParts(rows),
    wrongOnUnambiguous: wrongOnUnambiguous(rows),
    wrongOnUnambiguousByPart: { dev: wrongOnUnambiguous(rows.filter((r) => r.part === 'dev')), test: wrongOnUnambiguous(rows.filter((r) => r.part === 'test')) },
  };
}

export function formatDatesAccuracy(acc: DateAccuracy): string {
  const lines = [
    `dates (fr → ISO 8601, through the fixers): ${acc.total} rows`,
    ...formatPartTotals(acc).map((line, i) => `${line}   (${acc.wrongOnUnambiguousByPart[i === 0 ? 'dev' : 'test']} wrong on unambiguous rows)`),
    '',
  ];
  for (const r of acc.rows) {
    const mark = r.outcome === 'right' ? 'ok   ' : r.outcome === 'wrong' ? 'WRONG' : 'none ';
    const got = r.offered === undefined ? (r.reason ?? '') : `${r.offered} [${r.safety}]${r.flaggedAmbiguous ? ` (choices: ${[r.offered, ...(r.alternatives ?? [])].join(' / ')})` : ''}`;
    lines.push(`${r.part.padEnd(4)} ${mark} ${JSON.stringify(r.input).padEnd(24)} ${r.kind.padEnd(13)} → ${got}${r.outcome !== 'right' ? `   (expected ${r.expected || 'no offer'})` : ''}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatDatesAccuracy(datesAccuracy(process.argv[2] ?? DEFAULT_CORPUS)));
}
