// `npm run accuracy`: scores the quick fixes on the three corpora of test/fixtures/corpus/ (opening hours,
// dates, coordinates) through the fixers, and prints one table with a line per corpus part: `dev` (the
// converters may be tuned on it) and `test` (never tuned on: the figures that say how the fixes hold on
// data they have not seen); and the commune code fill's corpus built from the COG (every commune of two
// départements, one part). `--rows` also prints every row.
import { communeFillAccuracy, DEFAULT_DEPARTMENTS } from './communeFill';
import { coordinatesAccuracy, formatCoordinatesAccuracy } from './coordinates';
import { datesAccuracy, formatDatesAccuracy } from './dates';
import { percent, type CorpusPart, type Counts } from './fixerHarness';
import { formatOpeningHoursAccuracy, openingHoursAccuracy } from './openingHours';

interface Line extends Counts {
  corpus: string;
  part: CorpusPart | 'all';
  target: string;
}

const openingHours = openingHoursAccuracy();
const dates = datesAccuracy();
const coordinates = coordinatesAccuracy();
const communeFill = communeFillAccuracy();

const parts = ['dev', 'test'] as const;
const lines: Line[] = [
  ...parts.map((part) => ({ corpus: 'opening hours', part, ...openingHours.parts[part], target: '≥ 92% right, ≤ 1% wrong' })),
  // The free texts alone (every source but jour-de-marche.fr's templated market texts): the figure that says how
  // the converter holds on varied prose.
  { corpus: 'opening hours, free text only', part: 'test', ...openingHours.freeText.test, target: '≥ 92% right, ≤ 1% wrong' },
  ...parts.map((part) => ({
    corpus: 'dates',
    part,
    ...dates.parts[part],
    target: `≥ 97% right, 0 wrong on unambiguous (${dates.wrongOnUnambiguousByPart[part]})`,
  })),
  ...parts.map((part) => ({
    corpus: 'coordinates',
    part,
    ...coordinates.parts[part],
    target: `≥ 95% right, 0 wrong outside France (${coordinates.wrongOutsideFrance[part]})`,
  })),
  { corpus: `commune code fill (COG, ${DEFAULT_DEPARTMENTS.join(' + ')})`, part: 'all', ...communeFill, target: '0 wrong' },
];

const header = ['corpus', 'part', 'right', 'wrong offers', 'no offer', 'total', '% right', '% wrong', 'target (test part)'];
const table = lines.map((l) => [l.corpus, l.part, String(l.right), String(l.wrong), String(l.none), String(l.total), percent(l.right, l.total), percent(l.wrong, l.total), l.target]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const format = (row: string[]) => row.map((cell, i) => (i <= 1 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(format(row));

if (process.argv.includes('--rows')) {
  console.log(`\n${formatOpeningHoursAccuracy(openingHours)}\n\n${formatDatesAccuracy(dates)}\n\n${formatCoordinatesAccuracy(coordinates)}`);
}
