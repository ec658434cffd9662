// french-gps-coordinates: a geopoint column (Validata) or a latitude/longitude pair of columns, in
// France metropolitan or overseas; a swapped pair is its own variant with what a fix needs.
import { strict as assert } from 'node:assert';
import { parseGeopoint, swapGeopointText } from '../../../server/src/engine/checks/custom/frenchGpsCoordinates';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { CustomCheckParamsError } from '../../../server/src/engine/checks/custom/types';
import { runCheck } from './customCheckKit';

const geopointSchema = (format?: string): Partial<TableSchema> => ({ fields: [{ name: 'coordonneesXY', type: 'geopoint', format }] });

describe('custom check french-gps-coordinates', () => {
  it('accepts geopoints ("lon, lat") in metropolitan France and overseas', () => {
    const table = [['coordonneesXY'], ['2.3522, 48.8566'], ['-1.6778,48.1173'], ['55.4504, -20.8821'], ['-61.5331, 16.2411'], ['166.4572, -22.2758']];
    assert.deepEqual(runCheck('french-gps-coordinates', { column: 'coordonneesXY' }, table, geopointSchema()), []);
  });

  it('reports a swapped geopoint with the swapped value written as the original', () => {
    const issues = runCheck('french-gps-coordinates', { column: 'coordonneesXY' }, [['coordonneesXY'], ['48.8566, 2.3522']], geopointSchema());
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'french-gps-coordinates');
    assert.equal(issues[0].fieldName, 'coordonneesXY');
    assert.deepEqual(
      { ...issues[0].params },
      {
        variant: 'swapped',
        column: 'coordonneesXY',
        value: '48.8566, 2.3522',
        swappedValue: '2.3522, 48.8566',
        lat: 2.3522,
        lon: 48.8566,
        territory: 'metropole',
        territoryFr: 'France métropolitaine',
        territoryEn: 'Metropolitan France',
      },
    );
  });

  it('reports a point outside France in either order as plain french-gps-coordinates', () => {
    const issues = runCheck('french-gps-coordinates', { column: 'coordonneesXY' }, [['coordonneesXY'], ['-0.1276, 51.5072'], ['0, 0']], geopointSchema());
    assert.deepEqual(
      issues.map((i) => [i.rowNumber, i.params.variant, i.params.lat, i.params.lon]),
      [
        [2, undefined, 51.5072, -0.1276],
        [3, undefined, 0, 0],
      ],
    );
  });

  it('reads the array and object geopoint formats', () => {
    assert.deepEqual(parseGeopoint('[2.35, 48.85]', 'array'), { lon: 2.35, lat: 48.85 });
    assert.deepEqual(parseGeopoint('{"lon": 2.35, "lat": 48.85}', 'object'), { lon: 2.35, lat: 48.85 });
    assert.equal(swapGeopointText('[48.85, 2.35]', 'array'), '[2.35, 48.85]');
    assert.equal(swapGeopointText('{"lon": 48.85, "lat": 2.35}', 'object'), '{"lon":2.35,"lat":48.85}');
    const issues = runCheck('french-gps-coordinates', { column: 'coordonneesXY' }, [['coordonneesXY'], ['[48.85, 2.35]']], geopointSchema('array'));
    assert.equal(issues[0].params.swappedValue, '[2.35, 48.85]');
  });

  it('skips cells that are not geopoints (a type-error for the schema checks), empty cells and absent columns', () => {
    assert.equal(parseGeopoint('48.85', undefined), undefined);
    assert.equal(parseGeopoint('200, 48', undefined), undefined);
    const table = [['coordonneesXY'], ['pas de coordonnées'], [''], ['999, 999']];
    assert.deepEqual(runCheck('french-gps-coordinates', { column: 'coordonneesXY' }, table, geopointSchema()), []);
    assert.deepEqual(runCheck('french-gps-coordinates', { column: 'coordonneesXY' }, [['autre'], ['1, 2']], geopointSchema()), []);
  });

  it('checks a latitude/longitude pair of columns and reports a swap with both columns and values', () => {
    const schema: Partial<TableSchema> = { fields: [{ name: 'lat', type: 'number' }, { name: 'long', type: 'number', decimalChar: ',' }] };
    const table = [['lat', 'long'], ['48.1173', '-1,6778'], ['5.3698', '43,2965'], ['40.7128', '-74,006'], ['', '2,35']];
    const issues = runCheck('french-gps-coordinates', { latitude: 'lat', longitude: 'long' }, table, schema);
    assert.equal(issues.length, 2);
    assert.equal(issues[0].rowNumber, 3);
    assert.equal(issues[0].fieldName, 'lat');
    assert.deepEqual(
      [issues[0].params.variant, issues[0].params.latitudeColumn, issues[0].params.longitudeColumn, issues[0].params.latitudeValue, issues[0].params.longitudeValue],
      ['swapped', 'lat', 'long', '5.3698', '43,2965'],
    );
    assert.equal(issues[1].rowNumber, 4);
    assert.equal(issues[1].params.variant, undefined);
  });

  it('throws CustomCheckParamsError for unusable params', () => {
    assert.throws(() => runCheck('french-gps-coordinates', {}, [['a']]), CustomCheckParamsError);
    assert.throws(() => runCheck('french-gps-coordinates', { latitude: 'lat' }, [['a']]), CustomCheckParamsError);
    assert.throws(() => runCheck('french-gps-coordinates', { latitude: 'lat', longitude: '' }, [['a']]), CustomCheckParamsError);
  });
});
