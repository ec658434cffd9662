// The outside-France guard of the coordinate fixes (issue #19): a pair Excel stored as fractions of a day is
// read back × 24 when that lands in France, and no fix writes a point outside France when the file's other
// points are in France. The property: whatever pair a row holds among French points, no offer leaves it abroad.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits } from '../../../server/src/engine/fixes';
import { isInFrance } from '../../../server/src/engine/geo/franceBounds';
import { normalizeCoordinates } from '../../../server/src/engine/geo/normalizeCoordinates';
import { readTable } from '../../../server/src/engine/table/readTable';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { propertyRuns } from '../../support/properties';
import { described, noteText, prepare, proposalAt } from './fixHarness';

const latLon: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'latitude', type: 'number' },
    { name: 'longitude', type: 'number' },
  ],
};

/** Real points of the BNLC (carpooling places), in France. */
const FRENCH_ROWS = ['45.954232,5.342720', '48.117300,-1.677800', '43.296500,5.369800'];

describe('coordinates: Excel fractions of a day and the outside-France guard', () => {
  it('reads a pair Excel stored as fractions of a day back in degrees (× 24), to the second typed', () => {
    const read = normalizeCoordinates('1,96909722222222;0,104166666666667');
    assert.ok(read.ok);
    assert.deepEqual([read.lat, read.lon], [47.25833, 2.5]);
    assert.deepEqual(read.transformations, ['decimal-comma', 'excel-day-fraction']);
    assert.equal(read.confidence, 'review');
  });

  it('reads the two cells of a latitude and a longitude column the same way', () => {
    const read = normalizeCoordinates({ lat: '1,96909722222222', lon: '0,104166666666667' });
    assert.ok(read.ok && read.lat === 47.25833 && read.lon === 2.5);
  });

  it('leaves a small pair whose × 24 reading is outside France as it is (the guard of the fixes decides)', () => {
    const read = normalizeCoordinates('0,5;0,25');
    assert.ok(read.ok && !read.transformations.includes('excel-day-fraction') && read.confidence === 'review');
  });

  it('splits a column of fractions of a day into degrees, in French, with the step named', () => {
    const fixture = prepare('id,coordonnees\n1,"1,96909722222222;0,104166666666667"\n', latLon);
    const { offers } = proposalAt(fixture, 'missing-label', 1, 'latitude');
    const split = offers.find((offer) => offer.kind === 'split-coordinates');
    assert.ok(split);
    assert.equal(applyEdits(fixture.text, split.edits), 'id,latitude,longitude,coordonnees\n1,47.258333,2.5,"1,96909722222222;0,104166666666667"\n');
  });

  it('never fixes a latitude/longitude pair into the Gulf of Guinea among French points: no offer, a note', () => {
    const text = `id,latitude,longitude\n${FRENCH_ROWS.map((row, i) => `${i + 1},${row}`).join('\n')}\n9,"0,5","0,25"\n`;
    const fixture = prepare(text, latLon);
    const proposal = proposalAt(fixture, 'type-error', 5, 'latitude');
    assert.deepEqual(proposal.offers, []);
    assert.match(noteText(proposal) ?? '', /outside France/);
    assert.match(noteText(proposal, 'fr') ?? '', /hors de France/);
  });

  it('still fixes a point outside France in a file about elsewhere (its other points are outside too)', () => {
    // Madrid, Lisbon, Rome.
    const text = 'id,latitude,longitude\n1,"40,4168","-3,7038"\n2,"38,7223","-9,1393"\n3,"41,9028","12,4964"\n4,"0,5","0,25"\n';
    const fixture = prepare(text, latLon);
    const { offers } = proposalAt(fixture, 'type-error', 5, 'latitude');
    assert.deepEqual(
      described(offers).map(([kind]) => kind),
      ['coordinates', 'number'],
    );
  });

  it('leaves the rows of a split column empty when they land outside France among French points, and says so', () => {
    const rows = FRENCH_ROWS.map((row, i) => `${i + 1},"${row}"`);
    const fixture = prepare(`id,coordonnees\n${rows.join('\n')}\n9,"0,5;0,25"\n`, latLon);
    const proposal = proposalAt(fixture, 'missing-label', 1, 'latitude');
    const split = proposal.offers.find((offer) => offer.kind === 'split-coordinates');
    assert.ok(split);
    const fixed = readTable(applyEdits(fixture.text, split.edits), { delimiter: ',', quoteChar: '"' });
    assert.deepEqual(
      fixed.rows.slice(1).map((row) => [row.cells[1].value, row.cells[2].value]),
      [['45.954232', '5.34272'], ['48.1173', '-1.6778'], ['43.2965', '5.3698'], ['', '']],
    );
    assert.match(noteText(proposal) ?? '', /1 row cannot be read as coordinates .*rows 5/);
  });

  it('property: among French points, no offer for any pair of numbers writes a point outside France', () => {
    const cellText = fc.oneof(
      fc.double({ min: -180, max: 180, noNaN: true }).map((value) => value.toFixed(6)),
      fc.double({ min: -8, max: 8, noNaN: true }).map((value) => value.toFixed(14).replace('.', ',')),
      fc.integer({ min: -200, max: 200 }).map(String),
    );
    fc.assert(
      fc.property(cellText, cellText, (lat, lon) => {
        const text = `id,latitude,longitude\n${FRENCH_ROWS.map((row, i) => `${i + 1},${row}`).join('\n')}\n9,"${lat}","${lon}"\n`;
        const fixture = prepare(text, latLon);
        for (const problem of fixture.report.problems.filter((p) => p.rowNumber === 5)) {
          for (const offer of fixture.session.proposalFor(problem).offers) {
            const row = readTable(applyEdits(fixture.text, offer.edits), { delimiter: ',', quoteChar: '"' }).rows[4];
            const [newLat, newLon] = [Number(row.cells[1].value.replace(',', '.')), Number(row.cells[2].value.replace(',', '.'))];
            const validPoint = Math.abs(newLat) <= 90 && Math.abs(newLon) <= 180;
            if (validPoint && (row.cells[1].value !== lat || row.cells[2].value !== lon)) {
              assert.ok(isInFrance(newLat, newLon), `${lat}, ${lon} → ${offer.kind}: ${newLat}, ${newLon}`);
            }
          }
        }
      }),
      propertyRuns(300),
    );
  });
});
