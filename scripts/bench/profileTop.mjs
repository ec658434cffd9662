// The top functions of a V8 CPU profile (.cpuprofile): self and inclusive time, named by source file and
// line through the bundle's source map when one lies beside the script (dist/*.js.map).
//   node scripts/bench/profileTop.mjs <file.cpuprofile> [--top 30] [--from-ms 0] [--to-ms Infinity]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const top = option('--top', 30);
const profile = JSON.parse(readFileSync(args[0], 'utf8'));
const fromUs = profile.startTime + option('--from-ms', 0) * 1000;
const toUs = profile.startTime + option('--to-ms', Infinity) * 1000;

const maps = new Map();
function mapOf(url) {
  if (!maps.has(url)) {
    let map;
    try {
      // code-server's workbench (http://…/stable-<commit>/static/out/…): its files lie in .cache/code-server.
      const served = /^https?:\/\/[^/]+\/stable-[^/]+\/static\/(out\/.*)$/.exec(url);
      const file = served ? path.resolve('.cache/code-server/node_modules/code-server/lib/vscode', served[1]) : url.startsWith('file:') ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
function label(node) {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const entry = mapOf(url)?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) return `${name} ${entry.originalSource.replace(/^.*?\/(server|client|node_modules|vs)\//, '$1/')}:${entry.originalLine + 1}`;
  const parts = url.split('/');
  return `${name} ${parts.slice(-2).join('/')}:${lineNumber + 1}`;
}

const self = new Map();
const inclusive = new Map();
let t = profile.startTime;
let busy = 0;
let total = 0;
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  if (t < fromUs || t > toUs) continue;
  total++;
  const node = nodes.get(profile.samples[i]);
  if (node.callFrame.functionName === '(idle)') continue;
  busy++;
  self.set(label(node), (self.get(label(node)) ?? 0) + 1);
  const seen = new Set();
  for (let at = node.id; at !== undefined; at = parent.get(at)) {
    const l = label(nodes.get(at));
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
  }
}
console.log(`${args[0]}: ${(total * interval).toFixed(0)} ms sampled, ${(busy * interval).toFixed(0)} ms busy`);
for (const [title, map] of [['self', self], ['inclusive', inclusive]]) {
  console.log(`${title} (ms, share of busy):`);
  for (const [name, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(count * interval).toFixed(1).padStart(8)}  ${((100 * count) / Math.max(1, busy)).toFixed(1).padStart(5)} %  ${name}`);
}
