// The commune line of a point's popup in headless Chromium (issue #18 item 6): the commune the row's INSEE
// code names in the COG, and the flag when the code is a postcode, a former commune's, or disagrees with the
// row's commune name — in French and in English, from the points the engine computes.
import assert from 'node:assert/strict';
import { mapCommunes } from '../../server/src/engine/checks/geography/mapCommunes';
import { computeMapPoints } from '../../server/src/engine/geo/points';
import { bundledCog } from '../../server/src/engine/values/cog/cog';
import { mapPageSuite, type MapPageHarness } from './mapPageHarness';

const text = [
  'nom,commune,insee,latitude,longitude',
  'Gare SNCF,Dieppe,76217,49.9218,1.0812',
  // Far apart, so that no marker hides another at the zoom showing them all.
  'Gare routière,Dieppe,76000,48.0000,-1.0000',
  'Mairie,Annecy-le-Vieux,74011,45.9190,6.1420',
  'Parking,Rouen,76217,44.0000,1.0000',
  'Mairie,Bourg-en-Bresse,1053,47.0000,4.0000',
].join('\n');
const result = computeMapPoints(text, { communes: mapCommunes() });
const year = bundledCog().year;

describe('map page (Chromium): the commune of a point', function () {
  this.timeout(60_000);
  const pages = mapPageSuite();
  let harness: MapPageHarness;

  async function popupOf(row: number): Promise<{ line: string; flag: string | null; flagged: boolean }> {
    // The keyboard opens it whatever another point's popup covers.
    await harness.page.focus(`.odl-point[data-row="${row}"]`);
    await harness.page.keyboard.press('Enter');
    const popup = await harness.page.waitForSelector(`.odl-popup[data-row="${row}"] .odl-popup__commune`);
    return popup.evaluate((e) => ({
      line: e.querySelector('.odl-popup__commune-name')?.textContent ?? '',
      flag: e.querySelector('.odl-popup__commune-flag')?.textContent ?? null,
      flagged: e.classList.contains('odl-popup__commune--flagged'),
    }));
  }

  it('in French: the commune named, a postcode of Rouen, a former commune, another name in the file', async () => {
    harness = await pages.open({ config: { locale: 'fr' } });
    await harness.sendPoints({ type: 'points', fileName: 'covoiturage.csv', result, fit: true });
    assert.deepEqual(await popupOf(2), { line: `Commune (COG ${year}) : Dieppe (76217)`, flag: null, flagged: false });
    assert.deepEqual(await popupOf(3), {
      line: `Commune (COG ${year}) :`,
      flag: '76000 n\'est pas un code commune : code postal de Rouen (76540) ; la ligne désigne Dieppe (76217)',
      flagged: true,
    });
    assert.deepEqual(await popupOf(4), { line: `Commune (COG ${year}) :`, flag: '74011 : ancienne commune Annecy-le-Vieux, aujourd\'hui Annecy (74010)', flagged: true });
    assert.deepEqual(await popupOf(6), { line: `Commune (COG ${year}) :`, flag: '1053 n\'est pas un code commune : Bourg-en-Bresse (01053) sans son zéro initial', flagged: true });
    assert.deepEqual(await popupOf(5), { line: `Commune (COG ${year}) : Dieppe (76217)`, flag: '— le fichier dit « Rouen »', flagged: true });
    // The flag stands out (the warning colour), and the commune comes before the coordinates.
    const order = await harness.page.$eval('.odl-popup[data-row="5"]', (e) => Array.from(e.children, (child) => child.className));
    assert.ok(order.indexOf('odl-popup__commune odl-popup__commune--flagged') < order.indexOf('odl-popup__coordinates'), order.join(' '));
    const colour = await harness.page.$eval('.odl-popup__commune-flag', (e) => getComputedStyle(e).color);
    assert.notEqual(colour, await harness.page.$eval('.odl-popup__commune-name', (e) => getComputedStyle(e).color));
    assert.deepEqual(harness.pageErrors, []);
    await harness.screenshot('map-commune-popup.png');
  });

  it('in English', async () => {
    harness = await pages.open();
    await harness.sendPoints({ type: 'points', fileName: 'covoiturage.csv', result, fit: true });
    assert.deepEqual(await popupOf(2), { line: `Commune (COG ${year}): Dieppe (76217)`, flag: null, flagged: false });
    assert.equal((await popupOf(3)).flag, '76000 is not a commune code: postcode of Rouen (76540); the row names Dieppe (76217)');
    assert.equal((await popupOf(4)).flag, '74011: former commune Annecy-le-Vieux, now Annecy (74010)');
    assert.equal((await popupOf(5)).flag, '— the file says “Rouen”');
    assert.equal((await popupOf(6)).flag, '1053 is not a commune code: Bourg-en-Bresse (01053) without its leading zero');
  });

  it('shows no commune line for a table without a commune code column', async () => {
    harness = await pages.open();
    const plain = computeMapPoints('nom,latitude,longitude\nA,49.92,1.08\n', { communes: mapCommunes() });
    await harness.sendPoints({ type: 'points', fileName: 'plain.csv', result: plain, fit: true });
    await harness.page.click('.odl-point[data-row="2"]');
    await harness.page.waitForSelector('.odl-popup[data-row="2"]');
    assert.equal(await harness.page.$('.odl-popup__commune'), null);
  });
});
