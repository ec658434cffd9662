// The commune of each map point (issue #18 item 6): the commune the row's INSEE code names in the COG, and
// the geography checks' verdict on it — a postcode (76000, Rouen's), a former commune (74011, Annecy today),
// another name in the file's commune column —, for the columns the checks themselves decide: the schema's
// fields, else labels confirmed by the values. A table without a commune code column sends nothing more.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mapCommunes } from '../../../server/src/engine/checks/geography/mapCommunes';
import { computeMapPoints, type MapPointsResult, type PointCommune } from '../../../server/src/engine/geo/points';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { bundledCog } from '../../../server/src/engine/values/cog/cog';

const root = path.resolve(__dirname, '..', '..', '..');

function communeOf(result: MapPointsResult, row: number): PointCommune | undefined {
  const point = result.points.find((p) => p.row === row);
  assert.ok(point, `row ${row} has a point`);
  return point.commune;
}

const detected = [
  'nom,commune,code_insee,latitude,longitude',
  'Gare,Dieppe,76217,49.9218,1.0812',
  'Gare routière,Dieppe,76000,49.9219,1.0657',
  'Mairie,Annecy-le-Vieux,74011,45.9190,6.1420',
  'Parking,Rouen,76217,49.9230,1.0800',
  'Place,Paris 15e,75115,48.8417,2.3000',
  'Sans code,Dieppe,,49.9240,1.0820',
  'Mairie,Bourg-en-Bresse,1053,46.2052,5.2255',
].join('\n');

describe('map points: the commune of the row\'s INSEE code', () => {
  const result = computeMapPoints(detected, { communes: mapCommunes() });

  it('names the commune its code names, with the COG year once for all points', () => {
    assert.equal(result.cogYear, bundledCog().year);
    assert.deepEqual(communeOf(result, 2), { code: '76217', name: 'Dieppe' });
    // A municipal arrondissement is named, and `Paris 15e` is its name.
    assert.deepEqual(communeOf(result, 6), { code: '75115', name: 'Paris 15e Arrondissement' });
  });

  it('flags a postcode written as the code: 76000 is Rouen\'s, and the row says Dieppe', () => {
    assert.deepEqual(communeOf(result, 3), { code: '76000', flag: { kind: 'unknown', postcodeOf: ['Rouen (76540)'], suggestion: 'Dieppe (76217)' } });
  });

  it('flags a former commune with the commune it belongs to today', () => {
    assert.deepEqual(communeOf(result, 4), { code: '74011', flag: { kind: 'former', part: 'Annecy-le-Vieux', current: 'Annecy (74010)' } });
  });

  it('flags a name that is not the code\'s commune', () => {
    assert.deepEqual(communeOf(result, 5), { code: '76217', name: 'Dieppe', flag: { kind: 'name-mismatch', written: 'Rouen' } });
  });

  it('flags a code that lost its leading zero with the commune it names with it', () => {
    assert.deepEqual(communeOf(result, 8), { code: '1053', flag: { kind: 'unknown', padded: 'Bourg-en-Bresse (01053)' } });
  });

  it('gives nothing for an empty code', () => {
    assert.equal(communeOf(result, 7), undefined);
  });

  it('needs a commune code column as the checks decide it: labels confirmed by values', () => {
    // `code` holds no COG codes: the checks do not read it as a commune code, nor does the map.
    const notCodes = computeMapPoints('nom,code,latitude,longitude\nA,12345,48.1,-1.6\nB,99999,48.2,-1.7\n', { communes: mapCommunes() });
    assert.equal(notCodes.cogYear, undefined);
    assert.ok(notCodes.points.every((p) => p.commune === undefined));
    // Without the option (or without coordinates), nothing either.
    assert.ok(computeMapPoints(detected).points.every((p) => p.commune === undefined));
    assert.equal(computeMapPoints(detected).cogYear, undefined);
  });

  it('reads the columns a schema declares: the covoiturage example under its catalog schema', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'catalog', 'etalab', 'schema-lieux-covoiturage', '0.3.1', 'schema.json'), 'utf8')) as TableSchema;
    const text = readFileSync(path.join(root, 'examples', 'lieux-covoiturage-invalide.csv'), 'utf8');
    const withSchema = computeMapPoints(text, { schema, communes: mapCommunes(schema) });
    assert.deepEqual(communeOf(withSchema, 2), { code: '76217', name: 'Dieppe' });
    assert.deepEqual(communeOf(withSchema, 3), { code: '76000', flag: { kind: 'unknown', postcodeOf: ['Rouen (76540)'], suggestion: 'Dieppe (76217)' } });
    // A code the schema's pattern rejects is the schema's problem for the check; its point tells what it is.
    const short = computeMapPoints(text.replace(',76217,', ',1053,'), { schema, communes: mapCommunes(schema) });
    assert.deepEqual(communeOf(short, 2), { code: '1053', flag: { kind: 'unknown', padded: 'Bourg-en-Bresse (01053)' } });
    // A schema without a commune code field: no commune, whatever the labels say.
    const other: TableSchema = { fields: [{ name: 'nom', type: 'string' }, { name: 'latitude', type: 'number' }, { name: 'longitude', type: 'number' }] };
    const none = computeMapPoints('nom,latitude,longitude,insee\nA,49.92,1.08,76217\n', { schema: other, communes: mapCommunes(other) });
    assert.equal(none.cogYear, undefined);
    assert.equal(none.points[0].commune, undefined);
  });

  it('answers rows sharing a code and a name with one object (a national file repeats its communes)', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `P${i},Dieppe,76217,49.92,1.0${i % 10}`);
    const many = computeMapPoints(['nom,commune,insee,latitude,longitude', ...rows].join('\n'), { communes: mapCommunes() });
    assert.equal(many.points.length, 50);
    assert.equal(new Set(many.points.map((p) => p.commune)).size, 1);
  });
});
