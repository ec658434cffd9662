// Unit tests of detectCoordinateColumns: finding coordinate columns by name and by values, without a schema.
import { strict as assert } from 'node:assert';
import { coordinateRoleOfLabel, detectCoordinateColumns } from '../../../server/src/engine/geo/detectCoordinateColumns';

describe('coordinateRoleOfLabel', () => {
  it('knows the usual names of latitude, longitude, x, y and combined columns', () => {
    const roles: [string, string | undefined][] = [
      ['lat', 'lat'], ['Latitude', 'lat'], ['ylat', 'lat'], ['lat_coor1', 'lat'], ['LATITUDE_WGS84', 'lat'], ['coord_lat', 'lat'],
      ['lon', 'lon'], ['lng', 'lon'], ['long', 'lon'], ['Longitude', 'lon'], ['xlong', 'lon'], ['long_coor1', 'lon'],
      ['x', 'x'], ['X_L93', 'x'], ['coordX', 'x'], ['y', 'y'], ['Y_L93', 'y'],
      ['coordonnees', 'combined'], ['Coordonnées', 'combined'], ['geo_point_2d', 'combined'], ['coordonneesXY', 'combined'], ['lat_lon', 'combined'], ['geopoint', 'combined'],
      ['nom', undefined], ['longueur', undefined], ['latence', undefined], ['type', undefined], ['adresse', undefined],
    ];
    for (const [label, role] of roles) assert.equal(coordinateRoleOfLabel(label), role, label);
  });
});

describe('detectCoordinateColumns', () => {
  it('finds latitude and longitude columns by name and confirms them with the values', () => {
    const found = detectCoordinateColumns(['nom', 'lat', 'lon'], [['Mairie', '48.1173', '-1.6778'], ['École', '48,12', '-1,68']]);
    assert.deepEqual(found, [{ kind: 'lat-lon', lat: 1, lon: 2, evidence: 'name+values' }]);
  });

  it('trusts names alone when there are no values', () => {
    assert.deepEqual(detectCoordinateColumns(['latitude', 'longitude'], []), [{ kind: 'lat-lon', lat: 0, lon: 1, evidence: 'name' }]);
  });

  it('notices inverted columns', () => {
    const found = detectCoordinateColumns(['latitude', 'longitude'], [['-1.6778', '48.1173'], ['2.35', '48.85'], ['5.37', '43.30']]);
    assert.deepEqual(found, [{ kind: 'lat-lon', lat: 0, lon: 1, evidence: 'name+values', swapped: true }]);
  });

  it('reads x/y as Lambert-93 when the values are metres, as longitude/latitude when they are degrees', () => {
    assert.deepEqual(detectCoordinateColumns(['x', 'y'], [['651500.23', '6865844.9'], ['351869,27', '6789245,82']]), [{ kind: 'lambert93', x: 0, y: 1, evidence: 'name+values' }]);
    assert.deepEqual(detectCoordinateColumns(['X', 'Y'], [['6865844.9', '651500.23']]), [{ kind: 'lambert93', x: 1, y: 0, evidence: 'name+values' }]);
    assert.deepEqual(detectCoordinateColumns(['xlong', 'ylat'], [['-1.6778', '48.1173']]), [{ kind: 'lat-lon', lat: 1, lon: 0, evidence: 'name+values' }]);
    assert.deepEqual(detectCoordinateColumns(['x', 'y'], [['-1.6778', '48.1173']]), [{ kind: 'lat-lon', lat: 1, lon: 0, evidence: 'name+values' }]);
  });

  it('finds Lambert-93 metres in columns named latitude/longitude', () => {
    assert.deepEqual(detectCoordinateColumns(['lat', 'lon'], [['6865844.9', '651500.23']]), [{ kind: 'lambert93', x: 1, y: 0, evidence: 'name+values' }]);
  });

  it('finds a combined column and its order', () => {
    assert.deepEqual(detectCoordinateColumns(['id', 'geo_point_2d'], [['1', '48.1173, -1.6778'], ['2', '48.85, 2.35']]), [{ kind: 'combined', column: 1, order: 'lat-lon', evidence: 'name+values' }]);
    assert.deepEqual(detectCoordinateColumns(['coordonneesXY'], [['[-1.6778, 48.1173]'], ['[2.35, 48.85]']]), [{ kind: 'combined', column: 0, order: 'lon-lat', evidence: 'name+values' }]);
  });

  it('rejects a named pair whose values are not coordinates', () => {
    assert.deepEqual(detectCoordinateColumns(['lat', 'lon'], [['haut', 'bas'], ['nord', 'sud']]), []);
  });

  it('finds unnamed columns by their values when exactly one pairing lands in France', () => {
    const rows = [['A', '48.1173', '-1.6778', '12'], ['B', '48.85', '2.35', '7'], ['C', '43.30', '5.37', '3']];
    assert.deepEqual(detectCoordinateColumns(['nom', 'c1', 'c2', 'n'], rows), [{ kind: 'lat-lon', lat: 1, lon: 2, evidence: 'values' }]);
    const lambert = [['651500.23', '6865844.9'], ['351869.27', '6789245.82'], ['1050362.70', '6840899.65']];
    assert.deepEqual(detectCoordinateColumns(['a', 'b'], lambert), [{ kind: 'lambert93', x: 0, y: 1, evidence: 'values' }]);
  });

  it('does not take integer codes for coordinates', () => {
    const rows = [['44', '2'], ['45', '3'], ['47', '1']];
    assert.deepEqual(detectCoordinateColumns(['departement', 'classe'], rows), []);
  });
});
