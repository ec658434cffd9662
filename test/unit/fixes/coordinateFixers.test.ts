// Coordinate quick fixes: swaps (custom check, number pairs), notations (decimal comma, DMS, Lambert-93 in
// latitude/longitude cells, geopoints), Excel damage explained, and columns split, converted or merged.
import { strict as assert } from 'node:assert';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { applied, described, noteText, prepare, problemAt, proposalAt } from './fixHarness';

const latLon = (constraints: Record<string, unknown> = {}, extra: Partial<TableSchema> = {}): TableSchema => ({
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'latitude', type: 'number', constraints },
    { name: 'longitude', type: 'number' },
  ],
  ...extra,
});

describe('coordinate fixers', () => {
  it('swaps a pair of columns on coordinates-swapped; french-gps-coordinates keeps its error there, without the swap', () => {
    const schema = latLon({}, { custom_checks: [{ name: 'french-gps-coordinates', params: { latitude: 'latitude', longitude: 'longitude' } }] });
    const fixture = prepare('id,latitude,longitude\n1,2.3522,48.8566\n', schema);
    const { offers } = proposalAt(fixture, 'coordinates-swapped', 2);
    assert.deepEqual(described(offers), [['swap-coordinates', 'unsafe', 'Swap latitude and longitude (`latitude` ↔ `longitude`)']]);
    assert.equal(applied(fixture, offers[0]), 'id,latitude,longitude\n1,48.8566,2.3522\n');
    assert.deepEqual(offers[0].changes, [
      { rowNumber: 2, column: 'latitude', before: '2.3522', after: '48.8566' },
      { rowNumber: 2, column: 'longitude', before: '48.8566', after: '2.3522' },
    ]);
    const custom = problemAt(fixture, 'french-gps-coordinates', 2);
    assert.equal(custom.severity, 'error');
    assert.equal(custom.params.variant, 'swap-reported');
    assert.deepEqual(fixture.session.proposalFor(custom).offers, []);
  });

  it('keeps the quoting of each cell it swaps', () => {
    const fixture = prepare('id;latitude;longitude\n1;"2,3522";48.8566\n', latLon({}, { fields: [{ name: 'id' }, { name: 'latitude', type: 'string' }, { name: 'longitude', type: 'string' }] }));
    assert.equal(applied(fixture, proposalAt(fixture, 'coordinates-swapped', 2).offers[0]), 'id;latitude;longitude\n1;48.8566;"2,3522"\n');
  });

  it('swaps a geopoint cell in its own format, quoted as it was', () => {
    const schema: TableSchema = {
      fields: [{ name: 'id', type: 'integer' }, { name: 'coordonneesXY', type: 'geopoint', format: 'array' }],
      custom_checks: [{ name: 'french-gps-coordinates', params: { column: 'coordonneesXY' } }],
    };
    const fixture = prepare('id,coordonneesXY\n1,"[48.345345,7.487105]"\n', schema);
    const { offers } = proposalAt(fixture, 'coordinates-swapped', 2);
    assert.deepEqual(described(offers), [['swap-coordinates', 'unsafe', 'Swap latitude and longitude in `coordonneesXY`']]);
    assert.equal(applied(fixture, offers[0]), 'id,coordonneesXY\n1,"[7.487105,48.345345]"\n');
    assert.deepEqual(proposalAt(fixture, 'french-gps-coordinates', 2).offers, []);
  });

  it('keeps the custom check’s own swap where coordinates-swapped does not report (Madagascar: in the TAAF box, not on a French island)', () => {
    const schema = latLon({}, { custom_checks: [{ name: 'french-gps-coordinates', params: { latitude: 'latitude', longitude: 'longitude' } }] });
    const fixture = prepare('id,latitude,longitude\n1,47.1,-19.5\n', schema);
    assert.ok(!fixture.report.problems.some((p) => p.code === 'coordinates-swapped'));
    assert.equal(problemAt(fixture, 'french-gps-coordinates', 2).params.variant, 'swapped');
    assert.equal(applied(fixture, proposalAt(fixture, 'french-gps-coordinates', 2).offers[0]), 'id,latitude,longitude\n1,-19.5,47.1\n');
  });

  it('swaps number latitude/longitude fields when only the swap falls in France', () => {
    const fixture = prepare('id,latitude,longitude\n1,2.3522,48.8566\n2,-1.6778,48.1173\n', latLon({ minimum: 41, maximum: 52 }));
    assert.equal(applied(fixture, proposalAt(fixture, 'constraint-error', 2).offers[0]), 'id,latitude,longitude\n1,48.8566,2.3522\n2,-1.6778,48.1173\n');
    const column = fixture.session.columnFix(problemAt(fixture, 'constraint-error', 2), 'swap-coordinates');
    assert.equal(column?.parts.length, 2);
    assert.equal(column && applied(fixture, column.offer), 'id,latitude,longitude\n1,48.8566,2.3522\n2,48.1173,-1.6778\n');
  });

  it('rewrites a decimal comma, keeping every digit, and degrees-minutes-seconds as decimal degrees', () => {
    const fixture = prepare('id,latitude,longitude\n1,"47,2067921194",-1.58852594266\n2,"48°07\'02.3""N",-1.6778\n', latLon());
    const comma = proposalAt(fixture, 'type-error', 2, 'latitude');
    assert.deepEqual(described(comma.offers), [['coordinates', 'safe', 'Convert to “47.2067921194” (decimal comma)']]);
    assert.deepEqual(comma.offers[0].changes, [{ rowNumber: 2, column: 'latitude', before: '47,2067921194', after: '47.2067921194' }]);
    const dms = proposalAt(fixture, 'type-error', 3, 'latitude');
    assert.deepEqual(described(dms.offers), [['coordinates', 'safe', 'Convert to “48.11731” (degrees, minutes, seconds, hemisphere letters (N/S/E/W))']]);
  });

  it('converts Lambert-93 metres written in latitude/longitude cells', () => {
    const fixture = prepare('id,latitude,longitude\n1,6789245.82,351869.27\n', latLon({ maximum: 90 }));
    const { offers } = proposalAt(fixture, 'constraint-error', 2, 'latitude');
    assert.equal(offers[0].kind, 'coordinates');
    assert.equal(applied(fixture, offers[0]), 'id,latitude,longitude\n1,48.1107,-1.68042\n');
  });

  it('reads a geopoint written another way and writes it in the field’s format', () => {
    const schema: TableSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'coordonneesXY', type: 'geopoint', format: 'array' }] };
    const fixture = prepare('id,coordonneesXY\n1,POINT(4.8357 45.764)\n', schema);
    const { offers } = proposalAt(fixture, 'type-error', 2);
    assert.deepEqual(described(offers), [['coordinates', 'safe', 'Convert to “[4.8357,45.764]” (WKT point (longitude first))']]);
    assert.equal(applied(fixture, offers[0]), 'id,coordonneesXY\n1,"[4.8357,45.764]"\n');
  });

  it('explains an Excel-damaged value with several possible originals, and offers nothing', () => {
    const fixture = prepare('id,latitude,longitude\n1,48.80,02-mai\n', latLon());
    const proposal = proposalAt(fixture, 'type-error', 2, 'longitude');
    assert.deepEqual(proposal.offers, []);
    assert.match(noteText(proposal) ?? '', /^Excel turned this number into a date \(02-mai\): it may have been 2\.05, 2\.5\./);
  });

  it('splits a combined column into the schema’s latitude and longitude, at their place, in every row', () => {
    const fixture = prepare('id,coordonnees,nom\n1,"48.1173, -1.6778",A\n2,"45°45.840\'N 4°50.142\'E",B\n\n3,,C\n', latLon());
    const proposal = proposalAt(fixture, 'missing-label', 1, 'latitude');
    assert.deepEqual(described(proposal.offers), [['split-coordinates', 'safe', 'Split `coordonnees` into `latitude` and `longitude` (3 rows)']]);
    assert.equal(
      applied(fixture, proposal.offers[0]),
      'id,latitude,longitude,coordonnees,nom\n1,48.1173,-1.6778,"48.1173, -1.6778",A\n2,45.764,4.8357,"45°45.840\'N 4°50.142\'E",B\n\n3,,,,C\n',
    );
    assert.deepEqual(proposalAt(fixture, 'missing-label', 1, 'longitude').offers, proposal.offers, 'the same offer from both missing columns');
  });

  it('converts Lambert-93 x/y columns into latitude and longitude', () => {
    const fixture = prepare('id,x,y\n1,351869.27,6789245.82\n2,651500.23,6865844.9\n', latLon());
    const { offers } = proposalAt(fixture, 'missing-label', 1, 'latitude');
    assert.deepEqual(described(offers), [['lambert93-columns', 'safe', 'Convert `x, y` from Lambert-93 into `latitude` and `longitude` (2 rows)']]);
    assert.equal(applied(fixture, offers[0]), 'id,latitude,longitude,x,y\n1,48.1107,-1.68042,351869.27,6789245.82\n2,48.89079,2.33856,651500.23,6865844.9\n');
  });

  it('merges latitude/longitude columns into an IRVE-style geopoint column ([lon, lat])', () => {
    const schema: TableSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'coordonneesXY', type: 'geopoint', format: 'array' }, { name: 'nom', type: 'string' }] };
    const fixture = prepare('id;lat;lon;nom\n1;48,1173;-1,6778;A\n', schema);
    const { offers } = proposalAt(fixture, 'missing-label', 1, 'coordonneesXY');
    assert.deepEqual(described(offers), [['merge-coordinates', 'safe', 'Merge `lat, lon` into `coordonneesXY` (1 row)']]);
    assert.equal(applied(fixture, offers[0]), 'id;coordonneesXY;lat;lon;nom\n1;[-1.6778,48.1173];48,1173;-1,6778;A\n');
  });

  it('leaves rows it cannot read empty, says which, and asks for a look', () => {
    const fixture = prepare('id,coordonnees\n1,"48.1173, -1.6778"\n2,"48.2, -1.6"\n3,"45.7, 4.8"\n4,"46.1, 1.2"\n5,quelque part\n', latLon());
    const proposal = proposalAt(fixture, 'missing-label', 1, 'latitude');
    assert.equal(proposal.offers[0].safety, 'unsafe');
    assert.equal(noteText(proposal), '1 row cannot be read as coordinates and would be left empty (rows 6).');
    assert.ok(applied(fixture, proposal.offers[0]).endsWith('\n5,,,quelque part\n'));
  });
});
