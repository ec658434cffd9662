// The map preview in the real extension host: the "Show on map" code lens on a file with coordinates (and
// none without), the command opening the map beside the editor, the page drawing the points and highlighting
// the cursor row's point (as it reports them back), and the swap command editing the row.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensTitles, openFixture, waitFor, waitForMapState as waitForState } from './helpers';

const MAP_LENS = /Show on map|Afficher sur la carte/;

/**
 * Rows of map/communes.csv whose coordinates can be read, counted by hand: rows 2–9 and 13–15 (row 13 spans
 * two lines); rows 10–12 are not coordinates ("abc", an Excel date, empty cells). Swapping row 4 keeps it a point.
 */
const COMMUNES_POINTS = 11;

/** What the page of the document's map has acknowledged (see TEST_STATE_COMMAND in client/src/mapPanel.ts). */
interface MapTestState {
  ready: { points: number } | null;
  highlightedRow: number | null;
}

const waitForMapState = (uri: vscode.Uri, accept: (state: MapTestState) => boolean, what: string) => waitForState<MapTestState>(uri, accept, what);

function mapTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('opendataLint.map'));
}

describe('map preview', () => {
  afterEach(closeAllEditors);

  it('offers "Show on map" on a file with coordinates only, and opens the map beside the editor', async () => {
    const { uri } = await openFixture('map/communes.csv');
    // The lens needs the language server: ask again until it has started and answered.
    let titles: string[] = [];
    for (let attempt = 0; attempt < 100 && !titles.some((title) => MAP_LENS.test(title)); attempt++) {
      titles = await lensTitles(uri);
      if (!titles.some((title) => MAP_LENS.test(title))) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(titles.some((title) => MAP_LENS.test(title)), `no "Show on map" lens among: ${titles.join(' | ')}`);
    const other = await openFixture('structure.csv');
    assert.ok(!(await lensTitles(other.uri)).some((title) => MAP_LENS.test(title)));

    await vscode.commands.executeCommand('opendataLint.showMap', uri);
    const tab = await waitFor(() => mapTabs()[0], () => 'no map tab opened');
    assert.match(tab.label, /communes\.csv/);
    await vscode.commands.executeCommand('opendataLint.showMap', uri);
    assert.equal(mapTabs().length, 1, 'one map per file');
  });

  it('draws every readable point of the file and highlights the point of the row the cursor is on', async () => {
    const { uri, editor } = await openFixture('map/communes.csv');
    await vscode.commands.executeCommand('opendataLint.showMap', uri);
    const shown = await waitForMapState(uri, (state) => state.ready !== null, 'the page to draw the points');
    assert.equal(shown.ready?.points, COMMUNES_POINTS);

    // Line 7 is row 8 (Saint-Denis, Réunion).
    editor.selection = new vscode.Selection(7, 3, 7, 3);
    await waitForMapState(uri, (state) => state.highlightedRow === 8, 'the point of row 8 to be highlighted');
    // Line 13 is the second line of row 13, whose first cell holds a line break.
    editor.selection = new vscode.Selection(13, 0, 13, 0);
    await waitForMapState(uri, (state) => state.highlightedRow === 13, 'the point of row 13 to be highlighted');
    // Row 10 has no readable coordinates: no point is highlighted.
    editor.selection = new vscode.Selection(9, 0, 9, 0);
    await waitForMapState(uri, (state) => state.highlightedRow === null, 'no point to be highlighted on row 10');
  });

  it('swaps the latitude and longitude of a row through the server\'s edit', async () => {
    const { uri, document } = await openFixture('map/communes.csv');
    assert.equal(document.lineAt(3).text, 'Mairie,Rennes,-1.6778,48.1173');
    const applied = await vscode.commands.executeCommand<boolean>('opendataLint.swapCoordinates', uri.toString(), 4);
    assert.equal(applied, true);
    assert.equal(document.lineAt(3).text, 'Mairie,Rennes,48.1173,-1.6778');
    assert.equal(document.lineAt(4).text, 'Ayuntamiento,Madrid,40.41678,-3.70379', 'the other rows are untouched');
    await document.save();
  });
});
