// The map page drawing a GeoJSON file's features in headless Chromium: lines and areas coloured by their
// worst problem, points as markers, popups with the label, properties and problems, clicks posted as
// features, the cursor's feature highlighted, features that cannot be drawn listed, big files on a canvas.
import assert from 'node:assert/strict';
import { computeMapFeatures } from '../../server/src/engine/geo/geoJsonFeatures';
import type { MapFeatureProblem, MapFeaturesReply } from '../../server/src/protocol';
import { mapPageSuite, type MapPageHarness } from './mapPageHarness';

const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry });

/**
 * 0: a road (line) with an error; 1: a zone (polygon) with a warning; 2: a clean zone; 3: a clean point; 4: a
 * point with an error; 5: a point in Lambert-93 (cannot be drawn), with an error.
 */
const collection = JSON.stringify(
  {
    type: 'FeatureCollection',
    features: [
      feature({ type: 'LineString', coordinates: [[2.29, 48.86], [2.33, 48.86], [2.38, 48.86]] }, { nom: 'Rue de Rivoli', vitesse: 30 }),
      feature({ type: 'Polygon', coordinates: [[[2.25, 48.82], [2.3, 48.82], [2.3, 48.84], [2.25, 48.84], [2.25, 48.82]]] }, { nom: 'Zone sud', date_debut: '2019-07-01' }),
      feature({ type: 'Polygon', coordinates: [[[2.36, 48.87], [2.41, 48.87], [2.41, 48.9], [2.36, 48.9], [2.36, 48.87]]] }, { nom: 'Zone nord' }),
      feature({ type: 'Point', coordinates: [2.3522, 48.8566] }, { nom: 'Hôtel de Ville' }),
      feature({ type: 'Point', coordinates: [2.32, 48.83] }, { nom: 'Borne <img src=x onerror=alert(1)>' }),
      feature({ type: 'Point', coordinates: [652_000, 6_862_000] }, { nom: 'En Lambert' }),
    ],
  },
  null,
  2,
);

const problem = (severity: MapFeatureProblem['severity'], message: string): MapFeatureProblem => ({ code: 'json-schema', severity, message, line: 3, character: 6, endLine: 3, endCharacter: 14 });

/** What the server answers for the collection, with problems as its JSON check would attach them. */
function reply(locale: 'en' | 'fr' = 'en'): MapFeaturesReply {
  const result = computeMapFeatures(collection);
  const problems: Record<number, MapFeatureProblem[]> = {
    0: [problem('error', locale === 'fr' ? 'vitesse doit être ≤ 20' : 'vitesse must be ≤ 20'), problem('warning', 'date_fin is missing')],
    1: [problem('warning', 'date_fin is missing')],
    4: [problem('error', 'id is required')],
    5: [problem('error', 'coordinates are not WGS84')],
  };
  const withProblems = <T extends { feature: number }>(item: T) => ({ ...item, problems: problems[item.feature] ?? [], problemCount: problems[item.feature]?.length ?? 0 });
  return {
    ...result,
    uri: 'file:///work/zfe.geojson',
    version: 1,
    features: result.features.map(withProblems),
    unreadable: result.unreadable.map(withProblems),
    otherProblems: 2,
    checked: true,
  };
}

/**
 * Clicks the middle of a feature's path with the mouse, as a user would (playwright's own click refuses a
 * horizontal line: its box has no height). The road of the fixture is straight, so its middle is on it.
 */
async function clickPath(harness: MapPageHarness, feature: number): Promise<void> {
  const box = await harness.page.$eval(`path.odl-feature[data-feature="${feature}"]`, (e) => {
    const rect = e.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await harness.page.mouse.click(box.x, box.y);
}

/** Waits until the popup has faded in, so its screenshot shows it as the user reads it. */
async function popupShown(harness: MapPageHarness): Promise<void> {
  await harness.page.waitForFunction(() => {
    const popup = document.querySelector('.leaflet-popup');
    return popup !== null && getComputedStyle(popup).opacity === '1';
  });
}

function featuresMessage(result: MapFeaturesReply = reply(), fit = true) {
  return { type: 'features' as const, fileName: 'zfe.geojson', result, fit };
}

describe('map page with GeoJSON features (Chromium)', function () {
  this.timeout(60_000);
  const pages = mapPageSuite();

  const geojsonConfig = { config: { documentUri: 'file:///work/zfe.geojson', fileName: 'zfe.geojson' } };

  it('draws lines and areas coloured by their worst problem, points as markers, with a legend', async () => {
    const harness = await pages.open(geojsonConfig);
    await harness.sendFeatures(featuresMessage());
    const page = harness.page;
    const pathClass = (feature: number) => page.$eval(`path.odl-feature[data-feature="${feature}"]`, (e) => e.getAttribute('class') ?? '');
    assert.match(await pathClass(0), /odl-feature--line odl-feature--error/);
    assert.match(await pathClass(1), /odl-feature--warning/);
    assert.match(await pathClass(2), /odl-feature--ok/);
    // The colours the user sees are the theme's variables for the categories.
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.getElementById('odl-map')!);
      const stroke = (feature: number) => getComputedStyle(document.querySelector(`path.odl-feature[data-feature="${feature}"]`)!).stroke;
      const probe = document.createElement('div');
      document.body.appendChild(probe);
      const rgb = (variable: string) => {
        probe.style.color = style.getPropertyValue(variable);
        return getComputedStyle(probe).color;
      };
      return { line: stroke(0), lineExpected: rgb('--odl-error'), zone: stroke(1), zoneExpected: rgb('--odl-warning'), clean: stroke(2), cleanExpected: rgb('--odl-ok') };
    });
    assert.equal(colours.line, colours.lineExpected);
    assert.equal(colours.zone, colours.zoneExpected);
    assert.equal(colours.clean, colours.cleanExpected);
    assert.notEqual(colours.line, colours.zone);
    assert.equal(await page.$eval('path.odl-feature[data-feature="1"]', (e) => getComputedStyle(e).fillOpacity), '0.25', 'an area is filled');
    assert.equal(await page.$eval('path.odl-feature[data-feature="0"]', (e) => getComputedStyle(e).fill), 'none', 'a line is not');
    assert.match(await page.$eval('.odl-point[data-feature="3"]', (e) => e.className), /odl-point--ok/);
    assert.match(await page.$eval('.odl-point[data-feature="4"]', (e) => e.className), /odl-point--error/);
    assert.equal(await page.$eval('path.odl-feature[data-feature="0"]', (e) => e.getAttribute('aria-label')), 'Feature 1: Rue de Rivoli');
    const legend = await page.$eval('.odl-legend', (e) => e.textContent ?? '');
    assert.match(legend, /Feature without problems \(2\)/);
    assert.match(legend, /With errors \(2\)/);
    assert.match(legend, /With warnings \(1\)/);
    assert.match(legend, /5 of 6 features drawn/);
    assert.match(legend, /2 problems concern no single feature/);
    assert.equal(await page.$eval('#odl-map', (e) => (e as HTMLElement).dataset.renderer), 'svg');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'featuresShown', features: 5, unreadable: 1, categories: { ok: 2, error: 2, warning: 1 } });
    assert.deepEqual(harness.pageErrors, []);
    assert.deepEqual(await harness.cspViolations(), []);
    await harness.screenshot('map-features.png');
  });

  it('posts the feature of a clicked line and shows its label, properties and problems in a popup', async () => {
    const harness = await pages.open(geojsonConfig);
    await harness.sendFeatures(featuresMessage());
    await clickPath(harness, 0);
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealFeature', feature: 0 });
    const popup = await harness.page.waitForSelector('.odl-popup[data-feature="0"]');
    const text = (await popup.textContent()) ?? '';
    assert.match(text, /Feature 1: Rue de Rivoli/);
    assert.match(text, /nom.*Rue de Rivoli.*vitesse.*30/s);
    assert.match(text, /LineString, 3 vertices/);
    assert.match(text, /Problems \(2\).*Error · vitesse must be ≤ 20.*Warning · date_fin is missing/s);
    await popupShown(harness);
    await harness.screenshot('map-features-popup.png');
    await harness.page.click('.odl-popup .odl-button');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealFeature', feature: 0 });
    // A problem selects its own range, where its quick fix is.
    await harness.page.click('.odl-popup__problem--error button');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealRange', line: 3, character: 6, endLine: 3, endCharacter: 14 });
  });

  it('activates an area with the keyboard, and shows a point\'s markup as text', async () => {
    const harness = await pages.open(geojsonConfig);
    await harness.sendFeatures(featuresMessage());
    await harness.page.focus('path.odl-feature[data-feature="1"]');
    await harness.page.keyboard.press('Enter');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealFeature', feature: 1 });
    await harness.page.waitForSelector('.odl-popup[data-feature="1"]');
    await harness.page.click('.odl-point[data-feature="4"]');
    const popup = await harness.page.waitForSelector('.odl-popup[data-feature="4"]');
    assert.match((await popup.textContent()) ?? '', /Borne <img src=x onerror=alert\(1\)>/);
    assert.equal(await harness.page.$('.odl-popup img'), null);
    assert.deepEqual(harness.dialogs, []);
  });

  it('highlights the feature of the cursor and acknowledges it', async () => {
    const harness = await pages.open(geojsonConfig);
    await harness.sendFeatures(featuresMessage());
    await harness.send({ type: 'cursorFeature', feature: 1 });
    await harness.page.waitForSelector('path.odl-feature--current[data-feature="1"]');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'highlightedFeature', feature: 1 });
    await harness.send({ type: 'cursorFeature', feature: 3 });
    await harness.page.waitForSelector('.odl-point--current[data-feature="3"]');
    assert.equal(await harness.page.$('path.odl-feature--current'), null, 'the area is no longer highlighted');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'highlightedFeature', feature: 3 });
    // Feature 5 cannot be drawn: nothing to highlight.
    await harness.send({ type: 'cursorFeature', feature: 5 });
    await harness.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'highlightedFeature').length === 3);
    assert.deepEqual((await harness.posted()).at(-1), { type: 'highlightedFeature', feature: null });
  });

  it('lists the features that cannot be drawn, with the reason and their problems, and reveals them on click', async () => {
    const harness = await pages.open(geojsonConfig);
    await harness.sendFeatures(featuresMessage());
    const items = await harness.page.$$eval('.odl-unreadable__row', (e) => e.map((b) => b.textContent));
    assert.equal(items.length, 1);
    assert.match(items[0] ?? '', /Feature 6: Lambert-93 metres, where GeoJSON needs WGS84 longitude and latitude.*En Lambert.*\[652000,6862000\].*coordinates are not WGS84/);
    assert.match((await harness.page.textContent('#odl-side summary')) ?? '', /Features that cannot be drawn \(1\)/);
    await harness.page.click('.odl-unreadable__row[data-feature="5"]');
    assert.deepEqual((await harness.posted()).at(-1), { type: 'revealFeature', feature: 5 });
  });

  it('speaks French, and says when a JSON file is not GeoJSON or not checked yet', async () => {
    const harness = await pages.open({ config: { ...geojsonConfig.config, locale: 'fr' } });
    await harness.sendFeatures(featuresMessage({ ...reply('fr'), checked: false }));
    const legend = await harness.page.$eval('.odl-legend', (e) => e.textContent ?? '');
    assert.match(legend, /Avec des erreurs \(2\)/);
    assert.match(legend, /Entité sans problème \(2\)/);
    assert.match(legend, /Problèmes non affichés/);
    assert.match((await harness.page.textContent('#odl-side')) ?? '', /Entité 6 : mètres en Lambert-93/);
    await clickPath(harness, 0);
    assert.match((await harness.page.textContent('.odl-popup')) ?? '', /Entité 1 : Rue de Rivoli.*LineString, 3 sommets.*Erreur · vitesse doit être ≤ 20/s);
    await harness.sendFeatures(featuresMessage({ ...reply(), ...computeMapFeatures('{"marches": []}'), features: [], unreadable: [] }));
    assert.match((await harness.page.textContent('.odl-message')) ?? '', /n'est pas du GeoJSON/);
  });

  it('draws a line written [latitude, longitude] where it lies, dashed, and says why', async () => {
    const harness = await pages.open(geojsonConfig);
    const result = computeMapFeatures(JSON.stringify(feature({ type: 'LineString', coordinates: [[48.85, 2.35], [48.86, 2.36]] }, { nom: 'À l\'envers' })));
    await harness.sendFeatures(featuresMessage({ ...result, uri: 'file:///work/a.geojson', version: 1, features: result.features.map((f) => ({ ...f, problems: [], problemCount: 0 })), unreadable: [], otherProblems: 0, checked: true }));
    const path = 'path.odl-feature[data-feature="0"]';
    assert.match((await harness.page.$eval(path, (e) => e.getAttribute('class'))) ?? '', /odl-feature--swapped/);
    assert.equal(await harness.page.$eval(path, (e) => getComputedStyle(e).strokeDasharray), '2px, 5px');
    assert.match((await harness.page.$eval('.odl-legend', (e) => e.textContent)) ?? '', /Longitude and latitude probably swapped \(1\)/);
    await clickPath(harness, 0);
    assert.match((await harness.page.textContent('.odl-popup')) ?? '', /written \[latitude, longitude\].*swapped, it lies in Metropolitan France/);
    await popupShown(harness);
    await harness.screenshot('map-features-swapped.png');
  });

  it('follows the dark theme: lines and areas in its colours', async () => {
    const harness = await pages.open({ ...geojsonConfig, theme: 'vscode-dark' });
    await harness.sendFeatures(featuresMessage());
    const strokes = await harness.page.$$eval('path.odl-feature', (paths) => paths.map((p) => getComputedStyle(p).stroke));
    // --odl-error and --odl-warning of the dark theme (map.css).
    assert.ok(strokes.includes('rgb(255, 106, 193)') && strokes.includes('rgb(227, 179, 65)'), strokes.join(' '));
    await harness.screenshot('map-features-dark.png');
  });

  it('draws thousands of features on one canvas, their points clustered', async () => {
    const harness = await pages.open(geojsonConfig);
    const features = [];
    for (let i = 0; i < 6300; i++) {
      const lon = -1 + ((i * 104729) % 8000) / 1000;
      const lat = 43 + ((i * 7919) % 7000) / 1000;
      const d = 0.02;
      features.push(
        i % 3 === 0
          ? feature({ type: 'Point', coordinates: [lon, lat] })
          : feature({ type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] }),
      );
    }
    const result = computeMapFeatures(JSON.stringify({ type: 'FeatureCollection', features }));
    const message = featuresMessage({
      ...result,
      uri: 'file:///work/big.geojson',
      version: 1,
      features: result.features.map((f) => ({ ...f, problems: f.feature === 1 ? [problem('error', 'bad')] : [], problemCount: f.feature === 1 ? 1 : 0 })),
      unreadable: [],
      otherProblems: 0,
      checked: true,
    });
    const started = Date.now();
    await harness.sendFeatures(message);
    const elapsed = Date.now() - started;
    assert.equal(await harness.page.$eval('#odl-map', (e) => (e as HTMLElement).dataset.renderer), 'canvas');
    assert.ok(await harness.page.$('.leaflet-overlay-pane canvas'));
    assert.equal(await harness.page.$('path.odl-feature'), null);
    assert.ok((await harness.page.$$('.odl-cluster--ok')).length > 0, 'the points are clustered');
    assert.ok(elapsed < 10_000, `${elapsed} ms`);
    await harness.screenshot('map-features-canvas.png');
  });
});
