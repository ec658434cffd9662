// Benchmark (not a test) of the communes in the map's points (issue #18 item 6): computeMapPoints on 100k
// rows without and with MapPointsOptions.communes, and the payload's size as the server sends it (JSON). Two
// files: the generated IRVE one (code_insee_commune, a few hundred communes, with and without its schema),
// and a worst case of 33,000 different communes (every code and name pair looked up once), 2% flagged.
// Usage: node -r ./test/register.js scripts/bench/mapCommunes.ts [rows] [runs]   (default: 100000, 5)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mapCommunes } from '../../server/src/engine/checks/geography/mapCommunes';
import { computeMapPoints, type MapPointsOptions, type MapPointsResult } from '../../server/src/engine/geo/points';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { bundledCog } from '../../server/src/engine/values/cog/cog';

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const root = path.resolve(__dirname, '..', '..');

/** The generated IRVE file (the one scripts/bench/map.mjs reads), written on first use. */
function irveText(): string {
  const file = path.join(root, '.cache', 'bench', `irve-${rows}.csv`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    execFileSync(process.execPath, [path.join(__dirname, 'generateIrve.mjs'), String(rows), file]);
  }
  return readFileSync(file, 'utf8');
}

function manyCommunesText(): string {
  const cog = bundledCog();
  const communes: { code: string; name: string }[] = [];
  for (let department = 1; department <= 95; department++) {
    for (let n = 1; n <= 700; n++) {
      const code = `${String(department).padStart(2, '0')}${String(n).padStart(3, '0')}`;
      const entry = cog.current(code);
      if (entry?.kind === 'current') communes.push({ code, name: entry.name });
    }
  }
  const lines = ['id,nom,commune,code_insee,latitude,longitude'];
  for (let i = 0; i < rows; i++) {
    const commune = communes[(i * 7919) % communes.length];
    const code = i % 50 === 0 ? '76000' : commune.code;
    const name = i % 50 === 1 ? 'Rouen' : commune.name;
    lines.push(`${i},Lieu ${i},${name},${code},${(43 + (i % 700) / 100).toFixed(5)},${(-1 + (i % 900) / 100).toFixed(5)}`);
  }
  return `${lines.join('\n')}\n`;
}

function time(compute: () => MapPointsResult): { median: number; result: MapPointsResult } {
  const times: number[] = [];
  let result: MapPointsResult | undefined;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    result = compute();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], result: result as MapPointsResult };
}

function compare(label: string, text: string, options: MapPointsOptions = {}): void {
  const before = time(() => computeMapPoints(text, options));
  const after = time(() => computeMapPoints(text, { ...options, communes: mapCommunes(options.schema) }));
  const bytes = (result: MapPointsResult) => (JSON.stringify(result).length / 1e6).toFixed(1);
  const withCommune = after.result.points.filter((point) => point.commune).length;
  const flagged = after.result.points.filter((point) => point.commune?.flag).length;
  console.log(
    `${label}: ${(text.length / 1e6).toFixed(0)} MB, ${after.result.points.length} points, ${withCommune} with a commune, ${flagged} flagged — ` +
      `${before.median.toFixed(0)} ms → ${after.median.toFixed(0)} ms (median of ${runs}), ${bytes(before.result)} → ${bytes(after.result)} MB of JSON`,
  );
}

const irve = irveText();
const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'catalog', 'etalab', 'schema-irve-statique', '2.3.1', 'schema.json'), 'utf8')) as TableSchema;
compare('IRVE, detected columns', irve);
compare('IRVE, its schema', irve, { schema });
compare('33,000 communes, detected', manyCommunesText());
