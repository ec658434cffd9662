// Unit tests of franceTerritoryOfPrecise: territories whose box is mostly sea are narrowed to their islands.
import { strict as assert } from 'node:assert';
import { franceTerritoryOf, franceTerritoryOfPrecise } from '../../../server/src/engine/geo/franceBounds';

describe('franceTerritoryOfPrecise', () => {
  it('agrees with franceTerritoryOf for territories without listed islands', () => {
    for (const [lat, lon] of [[48.85, 2.35], [16.25, -61.58], [-21.11, 55.53], [5.16, -52.65], [-22.27, 166.45], [40.7, -74]]) {
      assert.equal(franceTerritoryOfPrecise(lat, lon)?.id, franceTerritoryOf(lat, lon)?.id, `${lat}, ${lon}`);
    }
  });

  it('keeps the TAAF islands: Kerguelen, Crozet, Amsterdam, Europa, Juan de Nova, Glorieuses, Tromelin', () => {
    for (const [lat, lon] of [[-49.35, 70.22], [-46.43, 51.86], [-37.83, 77.55], [-22.36, 40.36], [-17.05, 42.72], [-11.55, 47.33], [-15.89, 54.52]]) {
      assert.equal(franceTerritoryOfPrecise(lat, lon)?.id, 'taaf', `${lat}, ${lon}`);
    }
  });

  it('leaves out Madagascar and the open ocean that the TAAF box covers', () => {
    for (const [lat, lon] of [[-18.88, 47.51], [-16.5, 47.0], [-25.0, 60.0], [-16.778, 48.1173]]) {
      assert.equal(franceTerritoryOf(lat, lon)?.id, 'taaf', 'inside the coarse box');
      assert.equal(franceTerritoryOfPrecise(lat, lon), undefined, `${lat}, ${lon}`);
    }
  });

  it('rejects non-finite numbers', () => {
    assert.equal(franceTerritoryOfPrecise(Number.NaN, 2), undefined);
  });
});
