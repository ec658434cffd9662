// Unit tests of normalizeCoordinates: the decision between the plain reading, a swap, Lambert-93, a lost
// decimal point and Excel damage, and the confidence given to each.
import { strict as assert } from 'node:assert';
import { normalizeCoordinates, type CoordinateInput } from '../../../server/src/engine/geo/normalizeCoordinates';

function point(input: CoordinateInput) {
  const result = normalizeCoordinates(input);
  assert.ok(result.ok, `${JSON.stringify(input)}: ${JSON.stringify(result)}`);
  return result;
}

function failure(input: CoordinateInput) {
  const result = normalizeCoordinates(input);
  assert.ok(!result.ok, `${JSON.stringify(input)} should not be fixed: ${JSON.stringify(result)}`);
  return result;
}

describe('normalizeCoordinates', () => {
  it('returns a point in France as written, safe, rounded to 5 decimals, with its territory', () => {
    assert.deepEqual(normalizeCoordinates('47.2067921194,-1.58852594266'), {
      ok: true, lat: 47.20679, lon: -1.58853, exact: { lat: 47.2067921194, lon: -1.58852594266 }, transformations: [], confidence: 'safe', territory: 'metropole',
    });
    for (const [text, territory] of [['15.9985, -61.7255', 'guadeloupe'], ['-20.8821;55.4504', 'reunion'], ['4.93, -52.33', 'guyane'], ['-12.78, 45.23', 'mayotte'], ['-22.27, 166.45', 'nouvelle-caledonie'], ['-17.53, -149.56', 'polynesie'], ['46.78, -56.17', 'saint-pierre-et-miquelon'], ['14.6, -61.07', 'martinique']]) {
      assert.equal(point(text).territory, territory, text);
    }
  });

  describe('swaps', () => {
    it('swaps only when the pair as written is outside France and the swapped one inside', () => {
      const swapped = point('2.3522, 48.8566');
      assert.deepEqual([swapped.lat, swapped.lon, swapped.transformations, swapped.confidence], [48.8566, 2.3522, ['swapped'], 'safe']);
      assert.deepEqual(point('55.4504;-20,8821').transformations, ['decimal-comma', 'swapped']);
      assert.deepEqual(point('-61.7255, 15.9985').lat, 15.9985);
    });

    it('does not swap a point that is in France as written, even when the swap would be too', () => {
      // 46.78, -56.17 is Saint-Pierre; 5.0, 46.0 would swap into France but 46.0, 5.0 already is.
      assert.deepEqual(point('46.0, 5.0').transformations, []);
    });

    it('does not swap when both readings are outside France: the point is kept for review', () => {
      const newYork = point('40.7128, -74.0060');
      assert.deepEqual([newYork.lat, newYork.lon, newYork.confidence, newYork.territory], [40.7128, -74.006, 'review', undefined]);
      assert.equal(point('-74.0060, 40.7128').lat, -74.006);
    });

    it('does not swap an impossible latitude into a point outside France', () => {
      assert.equal(failure('120.5, 45.2').reason, 'out-of-range');
    });

    it('never swaps values whose hemisphere letters name their axis', () => {
      const result = point('5.3698 N, 43.2965 E');
      assert.deepEqual([result.lat, result.lon, result.confidence], [5.3698, 43.2965, 'review']);
      const reordered = point('1.6778 W, 48.1173 N');
      assert.deepEqual([reordered.lat, reordered.lon, reordered.transformations.includes('swapped')], [48.1173, -1.6778, false]);
    });

    it('reads WKT and GeoJSON longitude first, and still swaps a pair written the wrong way inside them', () => {
      assert.deepEqual([point('POINT(2.3522 48.8566)').lat, point('POINT(2.3522 48.8566)').transformations], [48.8566, ['wkt']]);
      const wrongWay = point('[48.8566, 2.3522]');
      assert.deepEqual([wrongWay.lat, wrongWay.transformations], [48.8566, ['geojson', 'swapped']]);
    });

    it('does not count Madagascar as French (the TAAF box covers it): no swap into it', () => {
      const result = point('47.0, -16.5');
      assert.deepEqual([result.lat, result.lon, result.confidence], [47, -16.5, 'review']);
    });
  });

  describe('Lambert-93', () => {
    it('converts x y in either order, with decimal commas, in WKT and as separate cells', () => {
      for (const input of ['651500.23 6865844.9', '6865844.9, 651500.23', '651500,23;6865844,9', 'POINT(651500.23 6865844.9)', 'SRID=2154;POINT(651500.23 6865844.9)'] as const) {
        const result = point(input);
        assert.deepEqual([result.lat, result.lon, result.confidence], [48.89079, 2.33856, 'safe'], input);
        assert.ok(result.transformations.includes('lambert93'));
      }
      assert.ok(point('6865844.9, 651500.23').transformations.includes('swapped'));
      assert.deepEqual(point({ x: '651 500,23', y: '6 865 844,9' }).lat, 48.89079);
      assert.deepEqual(point({ x: '6865844.9', y: '651500.23' }).lon, 2.33856);
    });

    it('honours an EWKT SRID: 4326 is never read as Lambert, 2154 must be', () => {
      assert.equal(failure('SRID=2154;POINT(2.35 48.85)').reason, 'out-of-range');
      assert.equal(failure('SRID=4326;POINT(651500.23 6865844.9)').reason, 'projected-unknown');
    });

    it('explains projected coordinates that are not Lambert-93 (Lambert II étendu, CC zones)', () => {
      const result = failure('600000;2400000');
      assert.equal(result.reason, 'projected-unknown');
    });
  });

  describe('lost decimal points', () => {
    it('restores them when both numbers are integers and exactly one placement lands in France', () => {
      const result = point('481173;-16778');
      assert.deepEqual([result.lat, result.lon, result.transformations, result.confidence], [48.1173, -1.6778, ['lost-decimal'], 'review']);
      assert.deepEqual([point('4811;-167').lat, point('4811;-167').lon], [48.11, -1.67]);
      assert.deepEqual([point({ lat: '4885660', lon: '235220' }).lat, point({ lat: '4885660', lon: '235220' }).lon], [48.8566, 2.3522]);
    });

    it('does not touch integers that are already valid degrees', () => {
      assert.deepEqual(point('48;-1').transformations, []);
    });

    it('does not guess when one number has decimals and the other not', () => {
      assert.equal(failure('48.1173;-16778').reason, 'out-of-range');
    });

    it('keeps the only placement in France even when another one is valid degrees', () => {
      // 4523 → 4.523 or 45.23: only 45.23, 4.523 is in France.
      const result = point('4523;4523');
      assert.deepEqual([result.lat, result.lon], [45.23, 4.523]);
    });

    it('refuses when several placements land in France', () => {
      // 4.95, -52.5 is in French Guiana and 49.5, -5.25 off Brittany.
      const result = failure('4950;-5250');
      assert.deepEqual(result, { ok: false, reason: 'ambiguous', params: { readings: ['49.5, -5.25', '4.95, -52.5'] } });
    });
  });

  describe('Excel damage', () => {
    it('recovers a number Excel showed as a date when only one number gives that date', () => {
      for (const text of ['48,80;02-déc.', '48.80;02/12/2024', '48.80;45628']) {
        const result = point(text);
        assert.deepEqual([result.lat, result.lon, result.confidence], [48.8, 2.12, 'review'], text);
        assert.ok(result.transformations.includes('excel-date'));
      }
    });

    it('explains and offers nothing when several numbers give the date Excel shows', () => {
      const result = failure('48,80;02-mai');
      assert.deepEqual(result, { ok: false, reason: 'excel-date-ambiguous', params: { shown: '02-mai', readings: ['2.05', '2.5'] } });
      assert.equal(failure('48,80;févr.-13').reason, 'excel-date-ambiguous');
      assert.equal(failure('48,80;01/12/2024').reason, 'excel-date-ambiguous'); // 1.12, 12.24 or 12.2024
    });

    it('explains a time of day whose whole days Excel dropped', () => {
      const result = failure('00:07:02;-1.6778');
      assert.equal(result.reason, 'excel-time-days-lost');
    });

    it('reads a colon DMS that Excel kept whole as DMS', () => {
      const result = point('48:07:02;-1:40:46');
      assert.deepEqual([result.lat, result.lon], [48.11722, -1.67944]);
    });

    it('refuses when a serial could also be a number that lost its decimal point', () => {
      assert.equal(failure('48;45628').reason, 'ambiguous');
    });
  });

  describe('separate cells', () => {
    it('reads a latitude and a longitude cell, swapping them back when needed', () => {
      assert.deepEqual(point({ lat: '48,1173', lon: '-1,6778' }).transformations, ['decimal-comma']);
      const swapped = point({ lat: '-1.6778', lon: '48.1173' });
      assert.deepEqual([swapped.lat, swapped.lon, swapped.transformations], [48.1173, -1.6778, ['swapped']]);
      assert.deepEqual(point({ lat: `48°07'02.3"N`, lon: `1°40'46.1"O` }).lon, -1.67947);
    });

    it('reads x as the longitude and y as the latitude in degrees', () => {
      assert.deepEqual([point({ x: '-1.6778', y: '48.1173' }).lat, point({ x: '-1.6778', y: '48.1173' }).lon], [48.1173, -1.6778]);
    });

    it('reports an empty cell', () => {
      assert.equal(failure({ lat: '', lon: '-1.6' }).reason, 'empty');
    });
  });

  it('reports what it cannot read', () => {
    assert.equal(failure('').reason, 'empty');
    assert.equal(failure('48.1173').reason, 'single-value');
    assert.equal(failure('Rennes').reason, 'unrecognized');
    assert.equal(failure('95.1, 200.3').reason, 'out-of-range');
    assert.equal(failure('48.1173N 1.6778N').reason, 'conflicting-hemispheres');
    assert.equal(failure('-48.1173N, 1.6778E').reason, 'conflicting-sign');
    assert.equal(failure("48°61'N 1°40'W").reason, 'invalid-minutes');
  });
});
