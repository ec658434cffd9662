// `npm run accuracy`: scores the quick fixes on the three corpora of test/fixtures/corpus/ (opening hours,
// dates, coordinates) and on the commune code fill's corpus built from the COG, through the fixers, and
// prints one table. `--rows` also prints every row.
import { communeFillAccuracy, DEFAULT_DEPARTMENTS } from './communeFill';
import { coordinatesAccuracy, formatCoordinatesAccuracy } from './coordinates';
import { datesAccuracy, formatDatesAccuracy } from './dates';
import { percent } from './fixerHarness';
import { formatOpeningHoursAccuracy, openingHoursAccuracy } from './openingHours';

interface Line {
  corpus: string;
  right: number;
  wrong: number;
  none: number;
  total: number;
  target: string;
}

const openingHours = openingHoursAccuracy();
const dates = datesAccuracy();
const coordinates = coordinatesAccuracy();
const communeFill = communeFillAccuracy();

const lines: Line[] = [
  { corpus: 'opening hours', ...openingHours, target: '≥ 85% right, ≤ 2% wrong' },
  { corpus: 'dates', ...dates, target: `≥ 95% right, ≤ 2% wrong, 0 wrong on unambiguous (${dates.wrongOnUnambiguous})` },
  { corpus: 'coordinates', ...coordinates, target: '≥ 90% right, ≤ 2% wrong' },
  { corpus: `commune code fill (COG, ${DEFAULT_DEPARTMENTS.join(' + ')})`, ...communeFill, target: '0 wrong' },
];

const header = ['corpus', 'right', 'wrong offers', 'no offer', 'total', '% right', '% wrong', 'target'];
const table = lines.map((l) => [l.corpus, String(l.right), String(l.wrong), String(l.none), String(l.total), percent(l.right, l.total), percent(l.wrong, l.total), l.target]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const format = (row: string[]) => row.map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(format(row));

if (process.argv.includes('--rows')) {
  console.log(`\n${formatOpeningHoursAccuracy(openingHours)}\n\n${formatDatesAccuracy(dates)}\n\n${formatCoordinatesAccuracy(coordinates)}`);
}
