// Lambert-93 → WGS84 with proj4, checked against published reference points, and Lambert-93 detection.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lambert93Order, lambert93ToWgs84, wgs84ToLambert93 } from '../../../server/src/engine/geo/lambert93';
import { propertyRuns } from '../../support/properties';

/** Distance in metres between two WGS84 points (haversine on a 6 371 km sphere: plenty for a 1 m tolerance). */
function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

describe('lambert93ToWgs84', () => {
  it('puts the projection origin defined by IGN (NTG_87: 3°E, 46°30′N ↔ 700 000 m, 6 600 000 m) within a millimetre', () => {
    const point = lambert93ToWgs84(700_000, 6_600_000);
    assert.ok(metresBetween(point, { lat: 46.5, lon: 3 }) < 0.001);
    const back = wgs84ToLambert93(46.5, 3);
    assert.ok(Math.abs(back.x - 700_000) < 0.001 && Math.abs(back.y - 6_600_000) < 0.001);
  });

  it('agrees within a metre with addresses of the Base Adresse Nationale (IGN/Etalab publish x/y and lon/lat)', () => {
    // api-adresse.data.gouv.fr, 18 rue Duhesme 75018 Paris; adresse.data.gouv.fr BAN CSV (Nord).
    const references = [
      { x: 651_500.23, y: 6_865_844.9, lat: 48.89079, lon: 2.33856 },
      { x: 714_959.08, y: 7_015_284.25, lat: 50.23538, lon: 3.20942 },
    ];
    for (const ref of references) {
      const distance = metresBetween(lambert93ToWgs84(ref.x, ref.y), ref);
      assert.ok(distance < 1, `${ref.x} ${ref.y}: ${distance.toFixed(2)} m away`);
    }
  });

  it('round-trips any point of metropolitan France to the centimetre', () => {
    fc.assert(
      fc.property(fc.double({ min: 41.4, max: 51.1, noNaN: true }), fc.double({ min: -5.1, max: 9.5, noNaN: true }), (lat, lon) => {
        const { x, y } = wgs84ToLambert93(lat, lon);
        assert.ok(metresBetween(lambert93ToWgs84(x, y), { lat, lon }) < 0.01);
      }),
      propertyRuns(200),
    );
  });
});

describe('lambert93Order', () => {
  it('recognizes easting then northing, and the swapped order', () => {
    assert.equal(lambert93Order(651_500.23, 6_865_844.9), 'xy');
    assert.equal(lambert93Order(6_865_844.9, 651_500.23), 'yx');
  });

  it('rejects degrees, Lambert II étendu and numbers outside the extent', () => {
    assert.equal(lambert93Order(48.1, -1.6), undefined);
    assert.equal(lambert93Order(600_000, 2_400_000), undefined); // Lambert II étendu (y ≈ 1.6–2.7 million)
    assert.equal(lambert93Order(50_000, 6_500_000), undefined);
    assert.equal(lambert93Order(700_000, 7_500_000), undefined);
  });

  it('covers the corners of metropolitan France and Corsica', () => {
    for (const [lat, lon] of [[48.45, -4.79], [51.09, 2.55], [48.97, 8.23], [41.37, 9.22], [42.43, 3.16]]) {
      const { x, y } = wgs84ToLambert93(lat, lon);
      assert.equal(lambert93Order(x, y), 'xy', `${lat}, ${lon} → ${x}, ${y}`);
    }
  });
});
