// The map's features of a GeoJSON text: every geometry type, labels and properties, line ranges, what
// cannot be drawn and why (Lambert-93, swapped, out of range, broken), and the bound on the payload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { computeMapFeatures, sniffGeoJson, type MapFeature } from '../../../server/src/engine/geo/geoJsonFeatures';
import { propertyRuns } from '../../support/properties';

/** The ZFE example of etalab/schema-zfe 0.8.2, as schema.data.gouv.fr publishes it. */
const ZFE = path.join(__dirname, '..', '..', 'fixtures', 'e2e-workspace', 'geojson', 'zfe-valide.geojson');

function collection(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
}

function feature(geometry: unknown, properties: Record<string, unknown> = {}): unknown {
  return { type: 'Feature', properties, geometry };
}

const square = [[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.9], [2.3, 48.8]];

describe('GeoJSON features for the map', () => {
  it('reads every geometry type, [lon, lat] as written, with its bbox', () => {
    const text = collection(
      feature({ type: 'Point', coordinates: [2.35, 48.85, 35] }),
      feature({ type: 'MultiPoint', coordinates: [[2.35, 48.85], [4.83, 45.76]] }),
      feature({ type: 'LineString', coordinates: [[2.35, 48.85], [4.83, 45.76]] }),
      feature({ type: 'MultiLineString', coordinates: [[[2.35, 48.85], [4.83, 45.76]], [[5.37, 43.3], [7.26, 43.7]]] }),
      feature({ type: 'Polygon', coordinates: [square] }),
      feature({ type: 'MultiPolygon', coordinates: [[square], [square.map(([x, y]) => [x + 1, y])]] }),
      feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1.44, 43.6] }, { type: 'LineString', coordinates: [[1.44, 43.6], [1.5, 43.7]] }] }),
    );
    const result = computeMapFeatures(text);
    assert.equal(result.kind, 'feature-collection');
    assert.equal(result.featureCount, 7);
    assert.deepEqual(result.features.map((f) => f.geometry.type), ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
    assert.deepEqual(result.features[0].geometry, { type: 'Point', coordinates: [2.35, 48.85] }, 'altitude dropped');
    assert.deepEqual(result.features[2].bbox, [2.35, 45.76, 4.83, 48.85]);
    assert.deepEqual(result.features.map((f) => f.vertices), [1, 2, 2, 4, 5, 10, 3]);
    assert.equal(result.vertices, 27);
    assert.deepEqual(result.unreadable, []);
    assert.ok(result.features.every((f) => f.issues.length === 0));
  });

  it('gives each feature the lines of its braces, so the cursor finds it', () => {
    const text = collection(feature({ type: 'Point', coordinates: [2.35, 48.85] }), feature({ type: 'Polygon', coordinates: [square] }));
    const lines = text.split('\n');
    const [first, second] = computeMapFeatures(text).features;
    assert.equal(lines[first.line].trim(), '{');
    assert.match(lines[first.endLine], /^\s*\},$/);
    assert.equal(second.line, first.endLine + 1);
    assert.match(lines[second.endLine], /^\s*\}$/);
    assert.match(lines.slice(second.line, second.endLine + 1).join('\n'), /Polygon/);
  });

  it('labels a feature by a name-like property, else its id, else an identifier, and keeps a few properties', () => {
    const result = computeMapFeatures(
      collection(
        feature({ type: 'Point', coordinates: [2.35, 48.85] }, { code: 'A1', Libellé: 'Mairie', population: 2100000, tags: ['a', 'b'], vide: null }),
        { ...(feature({ type: 'Point', coordinates: [2.35, 48.85] }, { surface: 3 }) as object), id: 42 },
        feature({ type: 'Point', coordinates: [2.35, 48.85] }, { identifiant: 'X-9' }),
        feature({ type: 'Point', coordinates: [2.35, 48.85] }, { description: 'x'.repeat(500) }),
      ),
    );
    const [named, withId, withIdentifier, long] = result.features;
    assert.equal(named.label, 'Mairie');
    assert.deepEqual(named.properties[0], ['Libellé', 'Mairie']);
    assert.ok(named.properties.some(([name, value]) => name === 'population' && value === '2100000'));
    assert.ok(!named.properties.some(([name]) => name === 'vide'), 'a null value is not shown');
    assert.equal(withId.label, '42');
    assert.equal(withIdentifier.label, 'X-9');
    assert.equal(long.label, undefined);
    assert.equal(long.properties[0][1].length, 200);
  });

  it('reads a lone Feature and a bare geometry as one feature', () => {
    const lone = computeMapFeatures(JSON.stringify(feature({ type: 'LineString', coordinates: [[2.35, 48.85], [4.83, 45.76]] }, { nom: 'A6' }), null, 1));
    assert.equal(lone.kind, 'feature');
    assert.equal(lone.features[0].label, 'A6');
    assert.equal(lone.features[0].line, 0);
    const bare = computeMapFeatures(JSON.stringify({ type: 'Polygon', coordinates: [square] }));
    assert.equal(bare.kind, 'geometry');
    assert.equal(bare.features[0].geometry.type, 'Polygon');
  });

  it('is null for JSON that is not GeoJSON, and sniffs the kind from the root type', () => {
    assert.equal(computeMapFeatures('{"marches": [{"id": 1}]}').kind, null);
    assert.equal(computeMapFeatures('[1, 2]').kind, null);
    const odd = computeMapFeatures('{"type": "FeatureCollection", "features": {"a": 1}}');
    assert.deepEqual([odd.kind, odd.featureCount], ['feature-collection', 0], 'a collection with no array of features is an empty one');
    assert.equal(sniffGeoJson('{"name": "x", "type": "FeatureCollection", "features": []}'), 'feature-collection');
    assert.equal(sniffGeoJson('{"crs": {"type": "name"}, "type": "Feature"}'), 'feature', 'a nested type is not the root\'s');
    assert.equal(sniffGeoJson('{"type": "MultiPolygon"}'), 'geometry');
    assert.equal(sniffGeoJson('{"type": "Topology"}'), null);
    assert.equal(sniffGeoJson('not json'), null);
  });

  it('lists what cannot be drawn, with the reason, and draws the rest', () => {
    const text = collection(
      feature({ type: 'Point', coordinates: [2.35, 48.85] }, { nom: 'ok' }),
      { type: 'Feature', properties: { nom: 'sans géométrie' } },
      feature(null, { nom: 'null' }),
      feature({ type: 'Circle', coordinates: [2, 48] }),
      feature({ type: 'LineString', coordinates: [[2.35, 'x'], [4.83, 45.76]] }),
      feature({ type: 'Polygon', coordinates: [] }),
      feature({ type: 'Point', coordinates: [652_000, 6_862_000] }, { nom: 'Lambert' }),
      feature({ type: 'Point', coordinates: [2.35, 148.85] }),
      feature({ type: 'Polygon', coordinates: [[[2.3, 48.8], [2.4, 48.8], [2.3, 48.8]]] }),
      42,
      // Tahiti written [latitude, longitude]: a "latitude" of -149.5.
      feature({ type: 'Point', coordinates: [-17.6, -149.5] }),
    );
    const result = computeMapFeatures(text);
    assert.deepEqual(result.features.map((f) => f.feature), [0]);
    assert.deepEqual(
      result.unreadable.map((u) => [u.feature, u.reason]),
      [
        [1, 'missing-geometry'],
        [2, 'null-geometry'],
        [3, 'unknown-geometry-type'],
        [4, 'invalid-coordinates'],
        [5, 'empty-geometry'],
        [6, 'lambert93'],
        [7, 'out-of-range'],
        [8, 'invalid-coordinates'],
        [9, 'not-a-feature'],
        [10, 'swapped'],
      ],
    );
    assert.equal(result.unreadableCount, 10);
    assert.equal(result.unreadable[0].label, 'sans géométrie');
    assert.equal(result.unreadable[2].value, 'Circle');
    assert.equal(result.unreadable[5].value, '[652000,6862000]');
    assert.equal(result.unreadable[5].geometryType, 'Point');
  });

  it('reads the features of a file broken in one of them, and says which one', () => {
    const text = '{"type": "FeatureCollection", "features": [\n{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [2.3, 48.8]}},\n{"type": "Feature", "properties": {"a": 1,}, "geometry": null},\n{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [4.8, 45.7]}}\n]}';
    const result = computeMapFeatures(text);
    assert.deepEqual(result.features.map((f) => [f.feature, f.line]), [[0, 1], [2, 3]]);
    assert.deepEqual(result.unreadable.map((u) => [u.feature, u.reason, u.line]), [[1, 'invalid-json', 2]]);
  });

  it('draws swapped and foreign features where they lie, marked', () => {
    const result = computeMapFeatures(
      collection(
        feature({ type: 'LineString', coordinates: [[48.85, 2.35], [45.76, 4.83]] }),
        feature({ type: 'Point', coordinates: [13.4, 52.5] }),
        feature({ type: 'LineString', coordinates: [[7.5, 47.5], [7.6, 47.6], [8, 48.5]] }),
      ),
    );
    const [swapped, berlin, border] = result.features as MapFeature[];
    assert.deepEqual(swapped.issues, ['outside-france', 'swapped']);
    assert.equal(swapped.swappedTerritory, 'metropole');
    assert.deepEqual(berlin.issues, ['outside-france']);
    assert.deepEqual(border.issues, [], 'a line partly in France is French enough');
  });

  it('bounds the vertices drawn per feature and per document, keeping rings closed, and says so', () => {
    const ring = (n: number, dx = 0) => {
      const positions = Array.from({ length: n - 1 }, (_, i) => [2 + dx + Math.cos((2 * Math.PI * i) / (n - 1)) * 0.1, 48 + Math.sin((2 * Math.PI * i) / (n - 1)) * 0.1]);
      return [...positions, positions[0]];
    };
    const big = computeMapFeatures(collection(feature({ type: 'Polygon', coordinates: [ring(10_001)] }), feature({ type: 'Polygon', coordinates: [square] })), { maxFeatureVertices: 1_000 });
    const [parcel, small] = big.features;
    const drawn = (parcel.geometry as { coordinates: number[][][] }).coordinates[0];
    assert.equal(parcel.vertices, 10_001);
    assert.ok(parcel.drawnVertices! <= 1_001 && parcel.drawnVertices! >= 900, String(parcel.drawnVertices));
    assert.deepEqual(drawn[0], drawn.at(-1), 'the ring stays closed');
    assert.equal(small.drawnVertices, undefined);
    assert.equal(big.simplified, 1);
    assert.equal(big.verticesWritten, 10_006);

    const many = computeMapFeatures(collection(...Array.from({ length: 50 }, (_, i) => feature({ type: 'Polygon', coordinates: [ring(401, i * 0.01)] }))), { maxTotalVertices: 5_000 });
    assert.equal(many.verticesWritten, 50 * 401);
    assert.ok(many.vertices <= 5_000 + 50 * 2, `drawn ${many.vertices}`);
    assert.equal(many.simplified, 50);
  });

  it('never throws on any feature, and accounts for every one: drawn or listed, in order, inside its text', () => {
    const position = fc.oneof(fc.tuple(fc.double(), fc.double()), fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -100, max: 100 })), fc.jsonValue());
    const geometry = fc.oneof(
      fc.record({ type: fc.constantFrom('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'Circle'), coordinates: fc.oneof(position, fc.array(position), fc.array(fc.array(position)), fc.array(fc.array(fc.array(position)))) }),
      fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(fc.record({ type: fc.constant('Point'), coordinates: position })) }),
      fc.jsonValue(),
    );
    const entry = fc.oneof(fc.record({ type: fc.constant('Feature'), properties: fc.jsonValue(), geometry }, { requiredKeys: ['type'] }), fc.jsonValue());
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.boolean(), (entries, pretty) => {
        // Non-finite numbers are no JSON: JSON.stringify writes them null.
        const text = JSON.stringify({ type: 'FeatureCollection', features: entries }, null, pretty ? 2 : undefined);
        const result = computeMapFeatures(text, { maxUnreadable: 100 });
        assert.equal(result.featureCount, entries.length);
        const seen = [...result.features.map((f) => f.feature), ...result.unreadable.map((u) => u.feature)].sort((a, b) => a - b);
        assert.deepEqual(seen, entries.map((_, i) => i));
        for (const item of [...result.features, ...result.unreadable]) {
          // Its offsets frame exactly its value in the text.
          assert.deepEqual(JSON.parse(text.slice(item.start, item.end)), JSON.parse(JSON.stringify(entries[item.feature])));
          assert.ok(item.line <= item.endLine);
        }
        for (const feature of result.features) {
          const [west, south, east, north] = feature.bbox;
          assert.ok(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north, JSON.stringify(feature.bbox));
        }
      }),
      propertyRuns(300),
    );
  });

  it('survives nesting deeper than JSON.parse or a walk would: listed, not thrown', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": ${deep}}}, {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}}]}`;
    const result = computeMapFeatures(text);
    assert.deepEqual(result.features.map((f) => f.feature), [1]);
    assert.equal(result.unreadable[0].feature, 0);
    let collection: unknown = { type: 'Point', coordinates: [2.35, 48.85] };
    for (let i = 0; i < 50; i++) collection = { type: 'GeometryCollection', geometries: [collection] };
    assert.equal(computeMapFeatures(JSON.stringify(collection)).unreadable[0].reason, 'invalid-coordinates');
    const deepProperty = computeMapFeatures(`{"type": "Feature", "properties": {"nom": "A", "notes": ${deep}}, "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}}`);
    assert.deepEqual(deepProperty.features[0].properties, [['nom', 'A'], ['notes', '[[[[[…]]]]]']]);
  });

  it('reads the ZFE example of schema.data.gouv.fr', () => {
    const result = computeMapFeatures(readFileSync(ZFE, 'utf8'));
    assert.equal(result.features.length, 1);
    const [zone] = result.features;
    assert.equal(zone.geometry.type, 'Polygon');
    assert.equal(zone.label, '200046977-ZFE-001');
    assert.deepEqual(zone.issues, []);
    assert.equal(zone.vertices, 789);
    assert.ok(zone.bbox[0] > 2.2 && zone.bbox[2] < 2.5 && zone.bbox[1] > 48.8 && zone.bbox[3] < 48.95);
  });
});
