// Accuracy of the coordinate normalizer on the corpus: per row right / wrong offer / no offer.
// Importable; run alone to print the table:
//   node -r ./test/register.js scripts/accuracy/coordinates.ts [corpus.csv]
//
// Scoring: each input is one cell holding both coordinates. Right when latitude and longitude, written with
// 5 decimals, equal the expected ones; an empty expected value means the right answer is no offer (a clear
// reason instead). Offers with confidence 'review' count like any other offer.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalizeCoordinates } from '../../server/src/engine/geo/normalizeCoordinates';

export type Outcome = 'right' | 'wrong' | 'none';

export interface CoordinateAccuracyRow {
  input: string;
  expectedLat: string;
  expectedLon: string;
  kind: string;
  outcome: Outcome;
  offered?: string;
  confidence?: 'safe' | 'review';
  transformations?: string[];
  reason?: string;
}

export interface CoordinateAccuracy {
  right: number;
  wrong: number;
  none: number;
  total: number;
  rows: CoordinateAccuracyRow[];
}

export const DEFAULT_CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'coordinates.csv');

export function coordinatesAccuracy(corpusPath: string = DEFAULT_CORPUS): CoordinateAccuracy {
  const records = parse(fs.readFileSync(corpusPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const rows: CoordinateAccuracyRow[] = records.map(({ input, expected_lat: expectedLat, expected_lon: expectedLon, kind }) => {
    const base = { input, expectedLat, expectedLon, kind };
    const noOfferExpected = expectedLat === '' || expectedLon === '';
    const result = normalizeCoordinates(input);
    if (!result.ok) return { ...base, outcome: noOfferExpected ? 'right' : 'none', reason: result.reason };
    const lat = result.lat.toFixed(5);
    const lon = result.lon.toFixed(5);
    const outcome: Outcome = !noOfferExpected && lat === expectedLat && lon === expectedLon ? 'right' : 'wrong';
    return { ...base, outcome, offered: `${lat}, ${lon}`, confidence: result.confidence, transformations: result.transformations };
  });
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return { right: count('right'), wrong: count('wrong'), none: count('none'), total: rows.length, rows };
}

export function formatCoordinatesAccuracy(acc: CoordinateAccuracy): string {
  const pct = (n: number) => `${((100 * n) / Math.max(acc.total, 1)).toFixed(1)}%`;
  const lines = [
    `coordinates (→ WGS84, 5 decimals): ${acc.total} rows`,
    `  right ${acc.right} (${pct(acc.right)})   wrong offers ${acc.wrong} (${pct(acc.wrong)})   no offer ${acc.none} (${pct(acc.none)})`,
    '',
  ];
  for (const r of acc.rows) {
    const mark = r.outcome === 'right' ? 'ok   ' : r.outcome === 'wrong' ? 'WRONG' : 'none ';
    const got = r.offered === undefined ? (r.reason ?? '') : `${r.offered} [${r.confidence}; ${r.transformations?.join(', ') || 'as written'}]`;
    const expected = r.expectedLat === '' ? 'no offer' : `${r.expectedLat}, ${r.expectedLon}`;
    lines.push(`${mark} ${JSON.stringify(r.input).padEnd(36)} ${r.kind.padEnd(18)} → ${got}${r.outcome !== 'right' ? `   (expected ${expected})` : ''}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatCoordinatesAccuracy(coordinatesAccuracy(process.argv[2] ?? DEFAULT_CORPUS)));
}
