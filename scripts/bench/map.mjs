// Map preview benchmark (not a test): how long the points of a big file take from the language server to
// a drawn map. Generates an IRVE-like file (coordonneesXY "[lon, lat]"), asks the built server for its
// points over LSP, then feeds them to the built map page in headless Chromium and times the first render
// (message posted → markers in the DOM and two frames painted) and the redraws after zooming and panning.
// For comparison it also times the alternative we did not choose: one Leaflet circleMarker per point on a
// canvas renderer. Needs `npm run build` first.
// Usage: node scripts/bench/map.mjs [--rows 100000] [--runs 3]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { writeIrveFile } from './generateIrve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rows = Number(option('--rows', '100000'));
const runs = Number(option('--runs', '3'));

for (const file of ['dist/server.js', 'dist/webview/map.js', 'dist/webview/map.css']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

async function csvFile() {
  mkdirSync('.cache/bench', { recursive: true });
  const file = path.resolve(`.cache/bench/irve-${rows}.csv`);
  if (!existsSync(file)) await writeIrveFile(rows, file);
  return file;
}

/** Times the server's answer to opendataLint/mapPoints (a fresh document each run: no cache), validation settled. */
async function serverPoints(file) {
  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  const diagnosed = new Set();
  let wake = () => undefined;
  connection.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics') {
      diagnosed.add(params.uri);
      wake();
    }
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  connection.sendNotification('initialized', {});
  const text = readFileSync(file, 'utf8');
  const times = [];
  let result;
  for (let run = 0; run < runs; run++) {
    const uri = `${pathToFileURL(file).href}?run=${run}`;
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'csv', version: 1, text } });
    // Let the validation that opening starts finish first: the server has one thread, and this times the map's request.
    while (!diagnosed.has(uri)) await new Promise((resolve) => (wake = resolve));
    const started = performance.now();
    result = await connection.sendRequest('opendataLint/mapPoints', { uri });
    times.push(performance.now() - started);
    connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  await connection.sendRequest('shutdown');
  connection.dispose();
  child.kill();
  return { time: median(times), result, bytes: Buffer.byteLength(JSON.stringify(result)) };
}

const origin = 'https://webview.test';
const tile = readFileSync('test/fixtures/map/tile.png');

async function openPage(browser, html, files) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${origin}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
    const name = url.slice(origin.length + 1);
    if (files[name]) return route.fulfill({ contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript', body: files[name] });
    if (url.startsWith('https://tiles.bench.test/')) return route.fulfill({ contentType: 'image/png', body: tile });
    return route.abort();
  });
  await page.addInitScript(() => {
    window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });
  });
  await page.goto(`${origin}/index.html`);
  return page;
}

/** Our map page: first render of the points, then the redraw after a zoom and after a pan. */
async function ourPage(browser, result) {
  const { mapPageHtml } = await import('../../dist/bench/page.mjs');
  const html = mapPageHtml(
    { cspSource: origin, nonce: 'YmVuY2gtbm9uY2U', scriptUri: `${origin}/map.js`, styleUri: `${origin}/map.css` },
    { locale: 'en', documentUri: 'file:///bench.csv', fileName: 'bench.csv', tileUrl: 'https://tiles.bench.test/{z}/{x}/{y}.png', tileSubdomains: [], tileAttribution: 'bench', tileAttributionUrl: '' },
  );
  const files = { 'map.js': readFileSync('dist/webview/map.js'), 'map.css': readFileSync('dist/webview/map.css') };
  const first = [];
  const handler = [];
  const zoom = [];
  const pan = [];
  for (let run = 0; run < runs; run++) {
    const page = await openPage(browser, html, files);
    await page.evaluate((r) => (window.benchResult = r), result);
    first.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const map = document.getElementById('odl-map');
            const started = performance.now();
            // postMessage clones the points as the webview's message channel does.
            window.postMessage({ type: 'points', fileName: 'bench.csv', result: window.benchResult, fit: true }, '*');
            const wait = () => (map.dataset.points ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started))) : setTimeout(wait, 1));
            wait();
          }),
      ),
    );
    const redraw = async (action) => {
      await page.evaluate(() => delete document.getElementById('odl-map').dataset.drawMs);
      await action();
      await page.waitForFunction(() => document.getElementById('odl-map').dataset.drawMs !== undefined);
      return Number(await page.evaluate(() => document.getElementById('odl-map').dataset.drawMs));
    };
    handler.push(Number(await page.evaluate(() => document.getElementById('odl-map').dataset.renderMs)));
    zoom.push(await redraw(() => page.click('.leaflet-control-zoom-in')));
    await page.focus('#odl-map');
    pan.push(await redraw(() => page.keyboard.press('ArrowRight')));
    const markers = await page.$$eval('.odl-point, .odl-cluster', (e) => e.length);
    if (run === 0) console.log(`  DOM markers after the first render and a zoom: ${markers}`);
    await page.close();
  }
  return { first: median(first), handler: median(handler), zoom: median(zoom), pan: median(pan) };
}

/** The alternative: every point a Leaflet circleMarker on one canvas. */
async function canvasAlternative(browser, result) {
  const bundle = await esbuild.build({
    stdin: {
      contents: `
        import * as L from 'leaflet';
        window.benchCanvas = (points) => {
          const started = performance.now();
          const map = L.map('m', { preferCanvas: true });
          const group = L.layerGroup();
          for (const p of points) L.circleMarker([p.lat, p.lon], { radius: 4, weight: 1 }).addTo(group);
          let south = 90, north = -90, west = 180, east = -180;
          for (const p of points) { south = Math.min(south, p.lat); north = Math.max(north, p.lat); west = Math.min(west, p.lon); east = Math.max(east, p.lon); }
          map.fitBounds([[south, west], [north, east]], { animate: false });
          group.addTo(map);
          window.benchMap = map;
          return started;
        };`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'error',
  });
  const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${origin}/leaflet.css"><style>html,body,#m{height:100%;margin:0}</style></head><body><div id="m"></div><script src="${origin}/canvas.js"></script></body></html>`;
  const files = { 'canvas.js': bundle.outputFiles[0].text, 'leaflet.css': readFileSync('node_modules/leaflet/dist/leaflet.css') };
  const first = [];
  const pan = [];
  for (let run = 0; run < runs; run++) {
    const page = await openPage(browser, html, files);
    await page.evaluate((r) => (window.benchPoints = r.points), result);
    first.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const started = window.benchCanvas(window.benchPoints);
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
          }),
      ),
    );
    pan.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const started = performance.now();
            window.benchMap.panBy([300, 0], { animate: false });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
          }),
      ),
    );
    await page.close();
  }
  return { first: median(first), pan: median(pan) };
}

// The page builder is TypeScript: bundle it once for Node.
await esbuild.build({ entryPoints: ['client/src/webview/page.ts'], bundle: true, format: 'esm', platform: 'node', outfile: 'dist/bench/page.mjs', logLevel: 'error' });

const file = await csvFile();
console.log(`Map benchmark — ${rows} rows (${path.relative(process.cwd(), file)}), median of ${runs} runs`);
const server = await serverPoints(file);
console.log(`server: ${server.result.points.length} points, ${server.result.unreadableCount} unreadable rows, ${(server.bytes / 1e6).toFixed(1)} MB of JSON, answered in ${ms(server.time)}`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const ours = await ourPage(browser, server.result);
  console.log(
    `map page (supercluster): first render of ${server.result.points.length} points in ${ms(ours.first)} (message handler ${ms(ours.handler)}, the rest is the message copy and painting); redraw after a zoom ${ms(ours.zoom)}, after a pan ${ms(ours.pan)}`,
  );
  const canvas = await canvasAlternative(browser, server.result);
  console.log(`alternative (a circleMarker per point, canvas): first render in ${ms(canvas.first)}; redraw after a pan ${ms(canvas.pan)}`);
} finally {
  await browser.close();
}
