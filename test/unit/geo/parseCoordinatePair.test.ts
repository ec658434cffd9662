// Unit tests of parseCoordinatePair: splitting one cell into two numbers, whatever the notation.
import { strict as assert } from 'node:assert';
import { parseCoordinatePair } from '../../../server/src/engine/geo/parseCoordinatePair';

function split(text: string): { a: number; b: number; order: string; form: string } {
  const result = parseCoordinatePair(text);
  assert.ok(result.ok, `${text}: ${JSON.stringify(result)}`);
  assert.ok(result.first.reading && result.second.reading, `${text}: both halves should read as numbers`);
  return { a: result.first.reading.value, b: result.second.reading.value, order: result.order, form: result.form };
}

describe('parseCoordinatePair', () => {
  it('splits two decimals on a comma, a semicolon, a bar, a slash or spaces, with or without brackets', () => {
    for (const text of ['48.1173, -1.6778', '48.1173,-1.6778', '48.1173;-1.6778', '48.1173 ; -1.6778', '48.1173|-1.6778', '48.1173 / -1.6778', '48.1173 -1.6778', '(48.1173, -1.6778)', '(48.1173 -1.6778)', '{48.1173, -1.6778}', '48.1173, -1.6778;']) {
      const { a, b, order } = split(text);
      assert.deepEqual([a, b, order], [48.1173, -1.6778, 'lat-lon'], text);
    }
  });

  it('tells decimal commas from separating commas', () => {
    for (const text of ['48,1173;-1,6778', '48,1173, -1,6778', '48,1173 -1,6778', '48,1173,-1,6778']) {
      const { a, b } = split(text);
      assert.deepEqual([a, b], [48.1173, -1.6778], text);
    }
    const result = parseCoordinatePair('48,1173;-1,6778');
    assert.ok(result.ok && result.first.reading?.transformations.includes('decimal-comma'));
  });

  it('reads WKT and EWKT points longitude first, with their SRID', () => {
    assert.deepEqual(split('POINT(-1.6778 48.1173)'), { a: -1.6778, b: 48.1173, order: 'lon-lat', form: 'wkt' });
    assert.deepEqual(split('point (-1.6778 48.1173)'), { a: -1.6778, b: 48.1173, order: 'lon-lat', form: 'wkt' });
    const ewkt = parseCoordinatePair('SRID=2154;POINT(351869.27 6789245.82)');
    assert.ok(ewkt.ok && ewkt.srid === 2154 && ewkt.form === 'wkt');
    assert.deepEqual(split('POINT Z (-1.6778 48.1173 35)').order, 'lon-lat');
  });

  it('reads GeoJSON-like arrays and GeoJSON geometries longitude first', () => {
    assert.deepEqual(split('[-1.6778, 48.1173]'), { a: -1.6778, b: 48.1173, order: 'lon-lat', form: 'geojson' });
    assert.deepEqual(split('{"type": "Point", "coordinates": [-1.6778, 48.1173]}'), { a: -1.6778, b: 48.1173, order: 'lon-lat', form: 'geojson' });
  });

  it('reads map links: Google (@, q=, !3d!4d), OpenStreetMap (mlat/mlon, #map=), geo: URIs', () => {
    const links = [
      'https://www.google.com/maps/@48.1173,-1.6778,17z',
      'https://www.google.com/maps?q=48.1173,-1.6778',
      'https://www.google.com/maps/search/?api=1&query=48.1173%2C-1.6778',
      'https://www.google.fr/maps/place/Rennes/@48.1,-1.7,12z/data=!3m1!4b1!3d48.1173!4d-1.6778',
      'https://www.openstreetmap.org/?mlat=48.1173&mlon=-1.6778#map=17/48.11/-1.67',
      'https://www.openstreetmap.org/#map=17/48.1173/-1.6778',
      'geo:48.1173,-1.6778',
    ];
    for (const link of links) {
      const { a, b, order, form } = split(link);
      assert.deepEqual([a, b, order, form], [48.1173, -1.6778, 'lat-lon', 'url'], link);
    }
  });

  it('reads labelled values in either order, and x/y labels', () => {
    for (const text of ['Lat: 48.1173 / Lon: -1.6778', 'latitude=48.1173 longitude=-1.6778', 'lng: -1.6778, lat: 48.1173', '{"lon": -1.6778, "lat": 48.1173}']) {
      const result = parseCoordinatePair(text);
      assert.ok(result.ok && result.form === 'labeled', text);
      const lat = result.labels?.[0] === 'lat' ? result.first : result.second;
      assert.equal(lat.reading?.value, 48.1173, text);
    }
    assert.ok((() => { const r = parseCoordinatePair('x: 351869 y: 6789245'); return r.ok && r.order === 'lon-lat'; })());
  });

  it('reads DMS and hemisphere pairs, with or without a separator', () => {
    for (const text of [`48°07'02.3"N, 1°40'46.1"W`, '48 07 02.3 N 1 40 46.1 W', '48.1173N 1.6778W', '48.1173N1.6778W', 'N 48.1173 W 1.6778', '48,1173 N ; 1,6778 O']) {
      const { a, b } = split(text);
      assert.ok(Math.abs(a - 48.1173) < 1e-3 && Math.abs(b + 1.6778) < 2e-3, `${text}: ${a} ${b}`);
    }
  });

  it('uses the order the caller declares for plain pairs (a geopoint column is "lon, lat" by default)', () => {
    const result = parseCoordinatePair('-1.6778, 48.1173', { order: 'lon-lat' });
    assert.ok(result.ok && result.order === 'lon-lat');
  });

  it('keeps Excel-damaged halves for the normalizer to judge', () => {
    const result = parseCoordinatePair('48,80;02-déc.');
    assert.ok(result.ok && result.first.reading?.value === 48.8 && result.second.excel?.readings[0] === 2.12);
  });

  it('says why it cannot split', () => {
    assert.deepEqual(parseCoordinatePair(''), { ok: false, reason: 'empty' });
    assert.deepEqual(parseCoordinatePair('48.1173'), { ok: false, reason: 'single-value' });
    assert.deepEqual(parseCoordinatePair('Rennes'), { ok: false, reason: 'unrecognized' });
    assert.deepEqual(parseCoordinatePair('48.1;-1.6;12'), { ok: false, reason: 'unrecognized' });
  });
});
