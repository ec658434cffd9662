// Property tests of the coordinate normalizer: any point of France written in any supported way reads
// back to the same point, and whatever the text, an offered point is valid degrees.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { wgs84ToLambert93 } from '../../../server/src/engine/geo/lambert93';
import { normalizeCoordinates } from '../../../server/src/engine/geo/normalizeCoordinates';
import { propertyRuns } from '../../support/properties';

function dms(value: number, positive: string, negative: string): string {
  // Work in thousandths of a second so that rounding never writes 60 seconds.
  const total = Math.round(Math.abs(value) * 3_600_000);
  const d = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = (total % 60_000) / 1000;
  return `${d}°${String(m).padStart(2, '0')}'${s.toFixed(3)}"${value < 0 ? negative : positive}`;
}

// Inside mainland France (the metropolitan box also holds parts of Spain, outside the Lambert-93 extent).
const metropolitanPoint = fc.record({
  lat: fc.integer({ min: 4_330_000, max: 4_950_000 }).map((n) => n / 100_000),
  lon: fc.integer({ min: -120_000, max: 680_000 }).map((n) => n / 100_000),
});

describe('normalizeCoordinates — properties', () => {
  it('reads a point of metropolitan France back from every notation', () => {
    fc.assert(
      fc.property(metropolitanPoint, ({ lat, lon }) => {
        const comma = (v: number) => String(v).replace('.', ',');
        const { x, y } = wgs84ToLambert93(lat, lon);
        const forms = [
          `${lat}, ${lon}`, `${lat};${lon}`, `${comma(lat)};${comma(lon)}`, `${comma(lat)}, ${comma(lon)}`, `(${lat} ${lon})`,
          `${lon}, ${lat}`, `POINT(${lon} ${lat})`, `[${lon}, ${lat}]`, `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}`,
          `${dms(lat, 'N', 'S')} ${dms(lon, 'E', 'W')}`, `${dms(lon, 'E', 'O')}, ${dms(lat, 'N', 'S')}`,
          `${x.toFixed(2)} ${y.toFixed(2)}`, `${y.toFixed(2)};${x.toFixed(2)}`,
        ];
        for (const form of forms) {
          const result = normalizeCoordinates(form);
          assert.ok(result.ok, `${form}: ${JSON.stringify(result)}`);
          assert.ok(Math.abs(result.lat - lat) <= 1.5e-5 && Math.abs(result.lon - lon) <= 1.5e-5, `${form} → ${result.lat}, ${result.lon}`);
          assert.equal(result.confidence, 'safe', form);
        }
      }),
      propertyRuns(150),
    );
  });

  it('never marks a point that is in France as written as swapped', () => {
    fc.assert(
      fc.property(metropolitanPoint, ({ lat, lon }) => {
        const result = normalizeCoordinates({ lat: String(lat), lon: String(lon) });
        assert.ok(result.ok && !result.transformations.includes('swapped'));
      }),
      propertyRuns(100),
    );
  });

  it('only ever offers valid degrees, whatever the text', () => {
    const noise = fc.stringMatching(/^[0-9 .,;:°'"NSEWO()[\]-]{0,30}$/);
    fc.assert(
      fc.property(fc.oneof(noise, fc.string({ maxLength: 30 })), (text) => {
        const result = normalizeCoordinates(text);
        if (result.ok) assert.ok(Math.abs(result.lat) <= 90 && Math.abs(result.lon) <= 180, `${text} → ${JSON.stringify(result)}`);
      }),
      propertyRuns(3000),
    );
  });
});
