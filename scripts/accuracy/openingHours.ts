// Accuracy of the opening-hours quick fix on the corpus, through the fixers: each input is the one cell of a
// `horaires` column checked by `opening-hours-value`; the offer is applied and the cell read back, then
// compared by meaning with the opening_hours library. Importable; run alone to print the rows:
//   node -r ./test/register.js scripts/accuracy/openingHours.ts [corpus.csv]
//
// Scoring: right when exactly one fix is offered and it means `expected` (or the input is already a value the
// check accepts and means `expected`); choices count as no offer when one of them is right, else wrong.
// An empty `expected` marks a string with no safe conversion: no offer is right, any offer is wrong.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sameOpeningHours } from '../../server/src/engine/fixes/openingHours';
import { corpusPart, fixOneRow, formatPartTotals, scoreParts, type CorpusPart, type Counts, type PartScores } from './fixerHarness';

import type { Outcome } from './fixerHarness';
export type { Outcome } from './fixerHarness';

export interface OpeningHoursAccuracyRow {
  input: string;
  expected: string;
  source: string;
  /** The corpus part: `dev` (the converter may be tuned on it) or `test` (never). */
  part: CorpusPart;
  outcome: Outcome;
  /** The value offered, if any (the first choice when several). */
  offered?: string;
  /** The offer's safety class (a single conversion is `unsafe`: it deserves a look). */
  safety?: string;
  /** Why nothing was offered (the fixer's note key). */
  reason?: string;
  detail?: string;
}

export type OpeningHoursAccuracy = PartScores<OpeningHoursAccuracyRow> & {
  /** The counts of the rows in free text: every source but jour-de-marche.fr, whose markets follow a few templates. */
  freeText: Record<CorpusPart, Counts>;
};

/** jour-de-marche.fr's market texts follow a few templates; the other sources are free text. */
export function isFreeTextSource(source: string): boolean {
  return !source.includes('JourDeMarche');
}

export const DEFAULT_CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'opening-hours.csv');

const schema = { fields: [{ name: 'horaires', type: 'string' }], custom_checks: [{ name: 'opening-hours-value', params: { column: 'horaires' } }] };

/** Same meaning over a whole year. */
function sameAllYear(a: string, b: string): boolean {
  // The same text means the same (the library cannot evaluate "SH" in a year it has no school calendar for).
  return a === b || sameOpeningHours(a, b);
}

export function scoreOpeningHoursRow(input: string, expected: string, source: string, part: CorpusPart = 'dev'): OpeningHoursAccuracyRow {
  const base = { input, expected, source, part };
  const noConversion = expected === '';
  const outcome = fixOneRow(schema, ['horaires'], [input]);
  const values = outcome.offers.map((offer) => offer.row.horaires);
  if (outcome.problems === 0) return { ...base, outcome: !noConversion && sameAllYear(input, expected) ? 'right' : 'none', reason: 'accepted as it is' };
  if (values.length === 0) {
    const detail = outcome.note?.params.detail;
    return { ...base, outcome: noConversion ? 'right' : 'none', reason: outcome.note?.key, detail: typeof detail === 'string' ? detail : undefined };
  }
  const row = { ...base, offered: values[0], safety: outcome.offers[0].safety };
  if (noConversion) return { ...row, outcome: 'wrong' };
  if (values.length > 1) return { ...row, outcome: values.some((value) => sameAllYear(value, expected)) ? 'none' : 'wrong' };
  return { ...row, outcome: sameAllYear(values[0], expected) ? 'right' : 'wrong' };
}

export function openingHoursAccuracy(corpusPath: string = DEFAULT_CORPUS): OpeningHoursAccuracy {
  const records = parse(fs.readFileSync(corpusPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const scores = scoreParts(records.map(({ input, expected, source, part }) => scoreOpeningHoursRow(input, expected, source, corpusPart(part))));
  const free = scoreParts(scores.rows.filter((r) => isFreeTextSource(r.source)));
  return { ...scores, freeText: free.parts };
}

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function formatOpeningHoursAccuracy(acc: OpeningHoursAccuracy): string {
  const lines = [`opening hours (fr → opening_hours, through the fixers): ${acc.total} rows`, ...formatPartTotals(acc), ''];
  for (const r of acc.rows) {
    const mark = r.outcome === 'right' ? 'ok   ' : r.outcome === 'wrong' ? 'WRONG' : 'none ';
    const got = r.offered === undefined ? `${r.reason ?? ''}${r.detail ? `: ${oneLine(r.detail, 50)}` : ''}` : `${r.offered} [${r.safety}]`;
    lines.push(`${r.part.padEnd(4)} ${mark} ${oneLine(r.input, 60).padEnd(60)}  → ${got}${r.outcome === 'wrong' ? `   (expected ${r.expected || 'no offer'})` : ''}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatOpeningHoursAccuracy(openingHoursAccuracy(process.argv[2] ?? DEFAULT_CORPUS)));
}
