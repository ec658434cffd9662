// The map preview in the real extension host: the "Show on map" code lens on a file with coordinates (and
// none without), the command opening the map beside the editor, and the swap command editing the row.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor } from './helpers';

const MAP_LENS = /Show on map|Afficher sur la carte/;

function mapTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('opendataLint.map'));
}

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.map((lens) => lens.command?.title ?? '');
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
