// Accuracy of the coordinate quick fixes on the corpus, through the fixers: each input is the one cell of a
// `coordonnees` column in a file whose schema wants `latitude` and `longitude` columns; the fixers offer to
// split it (or convert it from Lambert-93), the offer is applied and the two new cells read back.
// Importable; run alone to print the rows:
//   node -r ./test/register.js scripts/accuracy/coordinates.ts [corpus.csv]
//
// Scoring: right when latitude and longitude, written with 5 decimals, equal the expected ones; an empty
// expected value means the right answer is no offer (a clear reason instead). Offers of any safety count.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalizeCoordinates } from '../../server/src/engine/geo/normalizeCoordinates';
import { isInFrance } from '../../server/src/engine/geo/franceBounds';
import { corpusPart, fixOneRow, formatPartTotals, scoreParts, type CorpusPart, type Outcome, type PartScores } from './fixerHarness';

export type { Outcome } from './fixerHarness';

export interface CoordinateAccuracyRow {
  input: string;
  expectedLat: string;
  expectedLon: string;
  kind: string;
  part: CorpusPart;
  outcome: Outcome;
  /** The offered point is outside France (the target is zero such offers). */
  outsideFrance?: boolean;
  offered?: string;
  /** The offer's safety class. */
  safety?: string;
  fixKind?: string;
  reason?: string;
}

export interface CoordinateAccuracy extends PartScores<CoordinateAccuracyRow> {
  /** Wrong offers of a point outside France, by part (the target is zero). */
  wrongOutsideFrance: Record<CorpusPart, number>;
}

export const DEFAULT_CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'coordinates.csv');

const schema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'latitude', type: 'number' },
    { name: 'longitude', type: 'number' },
  ],
};

const asFixed = (value: string | undefined) => (value === undefined || value.trim() === '' ? '' : Number(value).toFixed(5));

export function scoreCoordinateRow(input: string, expectedLat: string, expectedLon: string, kind: string, part: CorpusPart = 'dev'): CoordinateAccuracyRow {
  const base = { input, expectedLat, expectedLon, kind, part };
  const noOfferExpected = expectedLat === '' || expectedLon === '';
  const outcome = fixOneRow(schema, ['id', 'coordonnees'], ['1', input]);
  // An offer that only adds the missing columns, empty, places no point.
  const offer = outcome.offers.find((candidate) => (candidate.row.latitude ?? '') !== '' || (candidate.row.longitude ?? '') !== '');
  if (!offer) {
    // No offer: say why, in the engine's words.
    const read = normalizeCoordinates(input);
    return { ...base, outcome: noOfferExpected ? 'right' : 'none', reason: read.ok ? 'not offered' : read.reason };
  }
  const lat = asFixed(offer.row.latitude);
  const lon = asFixed(offer.row.longitude);
  const right = !noOfferExpected && lat === expectedLat && lon === expectedLon;
  const outsideFrance = !isInFrance(Number(lat), Number(lon));
  return { ...base, outcome: right ? 'right' : 'wrong', offered: `${lat}, ${lon}`, safety: offer.safety, fixKind: offer.kind, outsideFrance };
}

export function coordinatesAccuracy(corpusPath: string = DEFAULT_CORPUS): CoordinateAccuracy {
  const records = parse(fs.readFileSync(corpusPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const rows = records.map(({ input, expected_lat: expectedLat, expected_lon: expectedLon, kind, part }) =>
    scoreCoordinateRow(input, expectedLat, expectedLon, kind, corpusPart(part)),
  );
  const outside = (of: CorpusPart) => rows.filter((r) => r.part === of && r.outcome === 'wrong' && r.outsideFrance === true).length;
  return { ...scoreParts(rows), wrongOutsideFrance: { dev: outside('dev'), test: outside('test') } };
}

export function formatCoordinatesAccuracy(acc: CoordinateAccuracy): string {
  const lines = [
    `coordinates (→ WGS84, 5 decimals, through the fixers): ${acc.total} rows`,
    ...formatPartTotals(acc).map((line, i) => `${line}   (${acc.wrongOutsideFrance[i === 0 ? 'dev' : 'test']} wrong offers outside France)`),
    '',
  ];
  for (const r of acc.rows) {
    const mark = r.outcome === 'right' ? 'ok   ' : r.outcome === 'wrong' ? 'WRONG' : 'none ';
    const got = r.offered === undefined ? (r.reason ?? '') : `${r.offered} [${r.fixKind}, ${r.safety}]`;
    const expected = r.expectedLat === '' ? 'no offer' : `${r.expectedLat}, ${r.expectedLon}`;
    lines.push(`${r.part.padEnd(4)} ${mark} ${JSON.stringify(r.input).padEnd(36)} ${r.kind.padEnd(18)} → ${got}${r.outcome !== 'right' ? `   (expected ${expected})` : ''}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatCoordinatesAccuracy(coordinatesAccuracy(process.argv[2] ?? DEFAULT_CORPUS)));
}
