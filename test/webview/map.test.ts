// The map page alone in headless Chromium: markers for the points sent, clicks posted as rows, cell values
// shown as text (an XSS fixture does not run), no request but to the configured tile host, tiles missing
// handled, cursor highlight, the unreadable-rows panel, clustering of big sets, state for the serializer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { computeMapPoints, type MapPoint, type MapPointsResult } from '../../server/src/engine/geo/points';
import { mapPageSuite, testTileUrl, type MapPageHarness } from './mapPageHarness';

/** What the engine computes for the fixture: points 2–9 and 13–15; rows 10–12 unreadable; row 9 holds markup. */
const fixture = computeMapPoints(readFileSync(path.join(__dirname, '..', 'fixtures', 'map', 'communes.csv'), 'utf8'));

function pointsMessage(result: MapPointsResult = fixture, fit = true) {
  return { type: 'points' as const, fileName: 'communes.csv', result, fit };
}

describe('map page (Chromium)', function () {
  this.timeout(60_000);
  const pages = mapPageSuite();
  let harness: MapPageHarness;

  it('draws one marker per point, shaped and coloured by its problem, with a legend', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    const page = harness.page;
    const rows = await page.$$eval('.odl-point[data-row]', (elements) => elements.map((e) => Number((e as HTMLElement).dataset.row)).sort((a, b) => a - b));
    assert.deepEqual(rows, [2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15]);
    const category = (row: number) => page.$eval(`.odl-point[data-row="${row}"]`, (e) => e.className);
    assert.match(await category(2), /odl-point--ok/);
    assert.match(await category(4), /odl-point--swapped/);
    assert.match(await category(5), /odl-point--outside/);
    assert.match(await category(6), /odl-point--duplicate/);
    assert.equal(await page.$eval('.odl-point[data-row="4"] polygon', (e) => e.getAttribute('points')), '8,0.5 15.5,8 8,15.5 0.5,8');
    assert.equal(await page.$eval('.odl-point[data-row="5"] svg', (e) => e.firstElementChild!.tagName), 'rect');
    const legend = await page.$eval('.odl-legend', (e) => e.textContent ?? '');
    assert.match(legend, /Point \(7\)/);
    assert.match(legend, /Outside France \(1\)/);
    assert.match(legend, /probably swapped \(1\)/);
    assert.match(legend, /Same location as another row \(2\)/);
    assert.match(legend, /latitude, longitude \(detected\)/);
    assert.equal(await page.$eval('.odl-point[data-row="3"]', (e) => e.getAttribute('aria-label')), 'Row 3: Mairie du 1er');
    assert.match(legend, /Same location as another row \(2\)/);
    assert.deepEqual(harness.pageErrors, []);
    assert.deepEqual(await harness.cspViolations(), []);
    await harness.screenshot('map-light.png');
  });

  it('posts the row of a clicked point and shows its fields in a popup', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    await harness.page.click('.odl-point[data-row="15"]');
    const posted = await harness.posted();
    assert.deepEqual(posted.at(-1), { type: 'revealRow', row: 15 });
    const popup = await harness.page.waitForSelector('.odl-popup[data-row="15"]');
    assert.match((await popup.textContent()) ?? '', /Row 15.*nom.*Mairie.*commune.*Toulouse/s);
  });

  it('offers the swap from the popup of a probably swapped point and posts it with the row', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    await harness.page.click('.odl-point[data-row="4"]');
    const popupText = await harness.page.textContent('.odl-popup[data-row="4"]');
    assert.match(popupText ?? '', /swapped, the point lies in Metropolitan France/);
    await harness.page.click('.odl-popup__swap');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'swapCoordinates', row: 4 });
    await harness.screenshot('map-swap-popup.png');
  });

  it('activates a point with the keyboard', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    await harness.page.focus('.odl-point[data-row="8"]');
    await harness.page.keyboard.press('Enter');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealRow', row: 8 });
    assert.ok(await harness.page.$('.odl-popup[data-row="8"]'));
  });

  it('shows markup in cells as text and never runs it', async () => {
    harness = await pages.open({ config: { fileName: '<img src=z onerror=alert(5)>.csv', tileAttribution: '<img src=w onerror=alert(6)>' } });
    await harness.sendPoints(pointsMessage());
    await harness.page.click('.odl-point[data-row="9"]');
    const popup = await harness.page.waitForSelector('.odl-popup[data-row="9"]');
    assert.match((await popup.textContent()) ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.match((await popup.textContent()) ?? '', /<script>alert\(2\)<\/script>/);
    assert.match((await harness.page.getAttribute('.odl-point[data-row="9"]', 'aria-label')) ?? '', /<img src=x/);
    assert.match((await harness.page.textContent('#odl-side')) ?? '', /<img src=y onerror=alert\(3\)>/);
    assert.match((await harness.page.textContent('.leaflet-control-attribution')) ?? '', /<img src=w onerror=alert\(6\)>/);
    await harness.page.hover('.odl-popup');
    // Give a handler that should not exist the time to run.
    await harness.page.waitForTimeout(300);
    assert.deepEqual(harness.dialogs, []);
    assert.equal(await harness.page.$$eval('img[src="x"], img[src="y"], img[src="z"], img[src="w"], .odl-popup script', (e) => e.length), 0);
    assert.deepEqual(harness.foreignRequests, []);
    assert.deepEqual(harness.pageErrors, []);
  });

  it('requests nothing but its own files and the configured tiles, and allows only that tile host', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    await harness.page.waitForSelector('.leaflet-tile-loaded');
    assert.deepEqual(harness.foreignRequests, []);
    const tileOrigin = new URL(testTileUrl.replace(/\{[^}]*\}/g, '0')).origin;
    assert.ok(harness.requests.some((url) => url.startsWith(`${tileOrigin}/`)), 'tiles were requested');
    const csp = await harness.page.$eval('meta[http-equiv="Content-Security-Policy"]', (e) => e.getAttribute('content') ?? '');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[^']+'(;|$)/);
    assert.equal(/img-src ([^;]*)/.exec(csp)?.[1], `data: ${tileOrigin}`);
    // A script without the nonce is refused by the policy.
    const injected = await harness.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    assert.equal(injected, false);
    assert.deepEqual(harness.dialogs, []);
  });

  it('without tiles still draws the points on a plain background, with a scale and a notice', async () => {
    harness = await pages.open({ tiles: 'offline' });
    await harness.sendPoints(pointsMessage());
    await harness.page.waitForSelector('#odl-notice:not([hidden])');
    assert.match((await harness.page.textContent('#odl-notice')) ?? '', /tiles are unavailable/);
    assert.equal(await harness.page.$$eval('.odl-point[data-row]', (e) => e.length), 11);
    assert.ok(await harness.page.$('.leaflet-control-scale-line'));
    await harness.screenshot('map-offline.png');
  });

  it('with no tile URL set says so and draws the points', async () => {
    harness = await pages.open({ config: { tileUrl: '' } });
    await harness.sendPoints(pointsMessage());
    assert.match((await harness.page.textContent('#odl-notice')) ?? '', /No tile URL is set/);
    assert.ok(!harness.requests.some((url) => url.includes('tiles.example.test')));
  });

  it('highlights the point of the cursor row and pans to it, and acknowledges both to the extension', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    assert.deepEqual((await harness.posted()).at(-1), { type: 'pointsShown', points: 11 });
    await harness.send({ type: 'cursor', row: 8 });
    await harness.page.waitForSelector('.odl-highlight');
    assert.ok(await harness.page.$('.odl-point--current[data-row="8"]'));
    assert.deepEqual((await harness.posted()).at(-1), { type: 'highlighted', row: 8 });
    // Réunion comes to the centre of the view.
    await harness.page.waitForFunction(() => {
      const marker = document.querySelector('.odl-point[data-row="8"]')!.getBoundingClientRect();
      const map = document.getElementById('odl-map')!.getBoundingClientRect();
      return Math.abs(marker.x + marker.width / 2 - (map.x + map.width / 2)) < 20 && Math.abs(marker.y + marker.height / 2 - (map.y + map.height / 2)) < 20;
    });
    await harness.send({ type: 'cursor', row: null });
    await harness.page.waitForSelector('.odl-highlight', { state: 'detached' });
    assert.deepEqual((await harness.posted()).at(-1), { type: 'highlighted', row: null });
    // Row 11 has no readable coordinates: nothing is highlighted, and the page says so.
    await harness.send({ type: 'cursor', row: 11 });
    await harness.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'highlighted').length === 3);
    assert.deepEqual((await harness.posted()).at(-1), { type: 'highlighted', row: null });
  });

  it('lists the rows whose coordinates cannot be read, with the reason, and reveals them on click', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    const items = await harness.page.$$eval('.odl-unreadable__row', (e) => e.map((b) => b.textContent));
    assert.equal(items.length, 3);
    assert.match(items[0] ?? '', /Row 10: not a coordinate/);
    assert.match(items[1] ?? '', /Row 11: Excel turned a number into a date“48\.80 ; 02-déc\.”probably 48\.80000, 2\.12000 \(to check\)/);
    assert.match(items[2] ?? '', /Row 12: no coordinates/);
    await harness.page.click('.odl-unreadable__row[data-row="11"]');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealRow', row: 11 });
  });

  it('lists degrees Excel stored as a fraction of a day with the reason and the × 24 point to check', async () => {
    harness = await pages.open();
    const result = computeMapPoints('nom;latitude;longitude\nMairie;48,85661;2,35222\nAire;1,96909722222222;0,104166666666667\n');
    await harness.sendPoints({ type: 'points', fileName: 'aires.csv', result, fit: true });
    const items = await harness.page.$$eval('.odl-unreadable__row', (e) => e.map((b) => b.textContent));
    assert.deepEqual(items, ['Row 3: Excel stored degrees typed as h:mm:ss as a fraction of a day“1,96909722222222 ; 0,104166666666667”probably 47.25833, 2.50000 (to check)']);
    assert.deepEqual(await harness.page.$$eval('.odl-point[data-row]', (e) => e.map((b) => (b as HTMLElement).dataset.row)), ['2']);
    await harness.screenshot('map-excel-day-fraction.png');
  });

  it('keeps the view when the points are updated, and fits all points on request', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    await harness.page.click('.leaflet-control-zoom-in');
    await harness.page.waitForTimeout(400);
    const before = await harness.savedState();
    const moved = fixture.points.map((point) => (point.row === 2 ? { ...point, lat: 48.9 } : point));
    await harness.sendPoints(pointsMessage({ ...fixture, points: moved }, false));
    assert.deepEqual((await harness.savedState())?.view, before?.view);
    await harness.page.click('.odl-fit');
    await harness.page.waitForFunction((zoom) => (window as unknown as { __state: { view: { zoom: number } } }).__state.view.zoom < zoom, before!.view!.zoom);
  });

  it('saves the document and the view for the panel serializer, and restores a saved view', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage());
    const state = await harness.savedState();
    assert.equal(state?.documentUri, 'file:///work/communes.csv');
    assert.ok(state?.view && state.view.zoom > 0);
    const saved = { documentUri: 'file:///work/communes.csv', view: { lat: 45.764, lon: 4.8357, zoom: 12 } };
    harness = await pages.open({ state: saved });
    await harness.sendPoints(pointsMessage());
    const restored = await harness.savedState();
    assert.equal(restored?.view?.zoom, 12);
    // Within a pixel: Leaflet rounds the centre to whole pixels when the side panel resizes the map.
    assert.ok(Math.abs(restored!.view!.lat - 45.764) < 1e-3 && Math.abs(restored!.view!.lon - 4.8357) < 1e-3);
  });

  it('speaks French when the editor does', async () => {
    harness = await pages.open({ config: { locale: 'fr' } });
    await harness.sendPoints(pointsMessage());
    const legend = await harness.page.$eval('.odl-legend', (e) => e.textContent ?? '');
    assert.match(legend, /Hors de France \(1\)/);
    assert.match(legend, /Latitude et longitude probablement inversées \(1\)/);
    assert.match((await harness.page.textContent('#odl-side')) ?? '', /Ligne 10 : pas une coordonnée/);
    assert.match((await harness.page.textContent('#odl-side')) ?? '', /probablement 48,80000, 2,12000 \(à vérifier\)/);
    assert.equal(await harness.page.$eval('.leaflet-control-zoom-in', (e) => e.getAttribute('aria-label')), 'Zoom avant');
  });

  it('says so when the file has no coordinate columns', async () => {
    harness = await pages.open();
    await harness.sendPoints(pointsMessage({ columns: null, fieldLabels: [], points: [], unreadable: [], unreadableCount: 0, dataRows: 4 }));
    assert.match((await harness.page.textContent('.odl-message')) ?? '', /No coordinate columns found/);
  });

  it('groups thousands of points into clusters, problems apart, and zooms into a cluster on click', async () => {
    harness = await pages.open();
    const points: MapPoint[] = [];
    for (let i = 0; i < 5000; i++) {
      const row = i + 2;
      points.push({ row, line: row - 1, endLine: row - 1, lat: 43 + ((i * 7919) % 8000) / 1000, lon: -1 + ((i * 104729) % 8000) / 1000, issues: [], fields: [] });
    }
    points.push({ row: 6000, line: 5999, endLine: 5999, lat: 2.35, lon: 48.85, issues: ['outside-france', 'swapped'], swappedTerritory: 'metropole', fields: [] });
    await harness.sendPoints(pointsMessage({ columns: fixture.columns, fieldLabels: [], points, unreadable: [], unreadableCount: 0, dataRows: points.length }));
    const clusters = await harness.page.$$eval('.odl-cluster--ok', (e) => e.map((c) => Number((c as HTMLElement).dataset.count)));
    assert.ok(clusters.length > 0 && clusters.length < 300, `${clusters.length} clusters`);
    assert.ok(await harness.page.$('.odl-point--swapped[data-row="6000"]'), 'the swapped point is drawn on its own');
    assert.ok((await harness.page.$$('.odl-point')).length < 1000);
    const zoom = (await harness.savedState())!.view!.zoom;
    await harness.page.click('.odl-cluster--ok');
    await harness.page.waitForFunction((z) => (window as unknown as { __state: { view: { zoom: number } } }).__state.view.zoom > z, zoom);
    await harness.screenshot('map-clusters.png');
  });

  it('follows the dark and high-contrast themes', async () => {
    harness = await pages.open({ theme: 'vscode-dark' });
    await harness.sendPoints(pointsMessage());
    const filter = await harness.page.$eval('.leaflet-tile-pane', (e) => getComputedStyle(e).filter);
    assert.match(filter, /invert/);
    assert.equal(await harness.page.$eval('.odl-legend', (e) => getComputedStyle(e).backgroundColor), 'rgb(32, 32, 32)', 'widgets in the theme colours');
    await harness.screenshot('map-dark.png');
    harness = await pages.open({ theme: 'vscode-high-contrast' });
    await harness.sendPoints(pointsMessage());
    const stroke = await harness.page.$eval('.odl-point[data-row="2"] circle', (e) => [getComputedStyle(e).strokeWidth, getComputedStyle(e).stroke]);
    assert.deepEqual(stroke, ['2.5px', 'rgb(111, 195, 223)']);
    assert.equal(await harness.page.$eval('.odl-legend', (e) => getComputedStyle(e).borderTopColor), 'rgb(111, 195, 223)', 'contrast borders');
    await harness.screenshot('map-high-contrast.png');
  });
});
