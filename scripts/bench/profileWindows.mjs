// Where a server's time goes while the editor bench types: reads the V8 CPU profile of a run of
// `scripts/bench/editor.mjs --cpu-prof` and the run's raw data, and sums the profile's samples by function
// in three kinds of windows: the pauses (from the publication of a burst's last keystroke to the next
// burst's first didChange), the first keystroke of each burst (didChange → its diagnostics), the other
// keystrokes. It also says what the server was running when each burst's first keystroke arrived.
//   node scripts/bench/profileWindows.mjs .cache/bench/editor-prof.json [run index, default 0] [--top 25]
// The profile's timestamps are CLOCK_MONOTONIC µs, as the bench's `process.hrtime` (Linux): lined up exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const resultFile = args[0];
const runIndex = Number(args[1] && !args[1].startsWith('--') ? args[1] : 0);
const top = Number(args[args.indexOf('--top') + 1] || 25) || 25;
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
const run = result.runs[runIndex];
const profileFile = readdirSync(run.profile).filter((name) => name.endsWith('.cpuprofile')).map((name) => path.join(run.profile, name))[0];
const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
const { raw } = run;
const toMono = (epoch) => raw.monoOpened + (epoch - raw.epochOpened) * 1000;

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
// The bundle's source map (dist/server.js.map): frames are named by their source file and line.
const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map;
    try {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}
const label = (node) => {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const entry = sourceMapOf(url)?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) return `${name} ${entry.originalSource.replace(/^.*?\/(server|node_modules)\//, '$1/')}:${entry.originalLine + 1}`;
  return `${name} ${path.basename(url)}:${lineNumber + 1}`;
};
const stackOf = (id) => {
  const stack = [];
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at));
  return stack; // leaf first
};

// Sample times.
const times = [];
let t = profile.startTime;
for (const delta of profile.timeDeltas) times.push((t += delta));
const intervalMs = (profile.endTime - profile.startTime) / profile.samples.length / 1000;

// Windows.
const keystrokes = raw.keystrokes;
const publications = raw.publications;
const publishedAt = (k) => publications.find((p) => p.version >= k.version && p.at >= k.sent)?.at;
const windows = [];
for (const k of keystrokes) {
  const end = publishedAt(k);
  if (end) windows.push({ kind: k.index === 0 ? 'first keystroke of a burst' : 'later keystrokes', from: toMono(k.sent), to: toMono(end), k });
}
const bursts = [...new Set(keystrokes.map((k) => k.burst))];
for (const b of bursts.slice(0, -1)) {
  const last = keystrokes.filter((k) => k.burst === b).at(-1);
  const next = keystrokes.find((k) => k.burst === b + 1);
  const from = publishedAt(last);
  if (from && next) windows.push({ kind: 'pauses', from: toMono(from), to: toMono(next.sent), burst: b });
}

function aggregate(kind) {
  const list = windows.filter((w) => w.kind === kind);
  const self = new Map();
  const inclusive = new Map();
  let busy = 0;
  let gc = 0;
  let w = 0;
  list.sort((a, b) => a.from - b.from);
  for (let i = 0; i < times.length; i++) {
    while (w < list.length && list[w].to < times[i]) w++;
    if (w >= list.length) break;
    if (times[i] < list[w].from) continue;
    const node = nodes.get(profile.samples[i]);
    const name = node.callFrame.functionName;
    if (name === '(idle)') continue;
    busy++;
    if (name === '(garbage collector)') gc++;
    self.set(label(node), (self.get(label(node)) ?? 0) + 1);
    const seen = new Set();
    for (const frame of stackOf(node.id)) {
      const l = label(frame);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
    }
  }
  const wall = list.reduce((sum, x) => sum + (x.to - x.from) / 1000, 0);
  console.log(`\n## ${kind}: ${list.length} windows, ${wall.toFixed(0)} ms of wall time, ${(busy * intervalMs).toFixed(0)} ms busy (${((busy * intervalMs) / Math.max(1, list.length)).toFixed(1)} ms per window), of which GC ${(gc * intervalMs).toFixed(0)} ms`);
  const print = (title, map) => {
    console.log(`${title} (ms, share of busy):`);
    for (const [name, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${(count * intervalMs).toFixed(1).padStart(8)}  ${((100 * count) / Math.max(1, busy)).toFixed(1).padStart(5)} %  ${name}`);
    }
  };
  print('self', self);
  print('inclusive', inclusive);
}

console.log(`${profileFile}: ${profile.samples.length} samples, ${intervalMs.toFixed(2)} ms apart`);
for (const kind of ['pauses', 'first keystroke of a burst', 'later keystrokes']) aggregate(kind);

// Busy time in each pause (how much work a pause starts) and what was running when the next keystroke arrived.
console.log('\n## each pause: busy ms after the last publication (GC ms) → the next burst\'s first keystroke: ms to its diagnostics, what the server was running when it arrived');
const interesting = /attachFixNotes|sessionFor|bigDocumentFixText|FixContext|proposeFixes|proposalFor|runTablePass|settle|checkBigDocument|sendDiagnostics|bigDocumentDiagnostics|toDiagnostic|onCompletion|completionsAt|codeAction|withQuickFixes|headerCodeLenses|slice|getText|JSON|stringify|garbage/i;
for (const pause of windows.filter((x) => x.kind === 'pauses')) {
  let busy = 0;
  let gc = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i] < pause.from || times[i] > pause.to) continue;
    const name = nodes.get(profile.samples[i]).callFrame.functionName;
    if (name !== '(idle)') busy++;
    if (name === '(garbage collector)') gc++;
  }
  const next = windows.find((x) => x.kind === 'first keystroke of a burst' && x.k.burst === pause.burst + 1);
  let running = '';
  if (next) {
    const i = times.findIndex((time) => time >= next.from);
    if (i >= 0) {
      const stack = stackOf(profile.samples[i]);
      running = stack.map((frame) => frame.callFrame.functionName).filter((name) => name && interesting.test(name)).slice(0, 4).join(' ← ') || stack[0].callFrame.functionName;
    }
  }
  console.log(`  pause ${pause.burst}→${pause.burst + 1}: ${((pause.to - pause.from) / 1000).toFixed(0)} ms long, busy ${(busy * intervalMs).toFixed(0)} ms (GC ${(gc * intervalMs).toFixed(0)}) → next first keystroke ${next ? ((next.to - next.from) / 1000).toFixed(1) : '–'} ms; running at its arrival: ${running}`);
}
