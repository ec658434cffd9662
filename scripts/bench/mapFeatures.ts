// Benchmark (not a test) of the map's GeoJSON features on a generated file of about 20 MB: parcels (polygons
// of a few hundred vertices), a few very detailed areas, roads (lines) and points, pretty-printed as
// exporters write them. Prints the time of computeMapFeatures, the payload's size as the server would send
// it (JSON), and how many vertices were written and drawn.
// Usage: node -r ./test/register.js scripts/bench/mapFeatures.ts [megabytes] [compact]   (default: 20, pretty-printed)
import { computeMapFeatures } from '../../server/src/engine/geo/geoJsonFeatures';

/** A reproducible generator (mulberry32): the same file each run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ring(next: () => number, lon: number, lat: number, radius: number, vertices: number): number[][] {
  const positions: number[][] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    const r = radius * (0.8 + 0.4 * next());
    positions.push([lon + r * Math.cos(angle), lat + r * Math.sin(angle) * 0.7]);
  }
  positions.push(positions[0]);
  return positions;
}

function generate(megabytes: number, compact: boolean): string {
  const next = random(17);
  const features: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const lon = -4 + 11 * next();
    const lat = 43 + 7.5 * next();
    let geometry: unknown;
    if (i % 500 === 0) geometry = { type: 'Polygon', coordinates: [ring(next, lon, lat, 0.2, 20_000)] };
    else if (i % 10 === 0) geometry = { type: 'LineString', coordinates: ring(next, lon, lat, 0.05, 200).slice(0, 150) };
    else if (i % 10 === 1) geometry = { type: 'Point', coordinates: [lon, lat] };
    else geometry = { type: 'Polygon', coordinates: [ring(next, lon, lat, 0.01, 300)] };
    const feature = JSON.stringify({ type: 'Feature', properties: { id: `F-${i}`, nom: `Parcelle ${i}`, commune: 'Quelque part' }, geometry }, null, compact ? undefined : 2);
    features.push(feature);
    size += feature.length + 2;
  }
  return `{\n"type": "FeatureCollection",\n"features": [\n${features.join(',\n')}\n]\n}\n`;
}

const megabytes = Number(process.argv[2] ?? 20);
const compact = process.argv[3] === 'compact';
const text = generate(megabytes, compact);
console.log(`file: ${(text.length / 1e6).toFixed(1)} MB${compact ? ', compact' : ', pretty-printed'}`);
const times: number[] = [];
let payload = '';
let result;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  result = computeMapFeatures(text);
  times.push(performance.now() - started);
  payload = JSON.stringify(result);
}
times.sort((a, b) => a - b);
// The same without the bounds, to see what they save.
const unbounded = JSON.stringify(computeMapFeatures(text, { maxFeatureVertices: Infinity, maxTotalVertices: Infinity }));
console.log(`computeMapFeatures: median ${times[1].toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`features: ${result!.featureCount}, drawn ${result!.features.length}, simplified ${result!.simplified}, unreadable ${result!.unreadableCount}`);
console.log(`vertices: written ${result!.verticesWritten}, drawn ${result!.vertices}`);
console.log(`payload: ${(payload.length / 1e6).toFixed(1)} MB of JSON (${(unbounded.length / 1e6).toFixed(1)} MB without the bounds)`);
