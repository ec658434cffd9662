// The map of a GeoJSON file in the real extension host: the "Show on map" code lens on a .geojson and on a
// .json holding a FeatureCollection (none on a JSON file that is no GeoJSON), a feature in Lambert-93 listed
// as not drawable, the ZFE zone of schema.data.gouv.fr's example drawn, coloured as an error once a value off
// its enum is planted (and clean again once it is fixed in the text), the cursor inside a feature
// highlighting it, and a click on the feature (the page's message) selecting its object in the editor.
// Screenshots of the maps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, lensTitles, openFixture, waitForDiagnosticCodes, waitForMapState as waitForState } from './helpers';
import { screenshot, settle } from './user';

const MAP_LENS = /Show on map|Afficher sur la carte/;

interface MapTestState {
  features: { drawn: number; unreadable: number; categories: Record<string, number> } | null;
  highlightedFeature: number | null;
}

const waitForMapState = (uri: vscode.Uri, accept: (state: MapTestState) => boolean, what: string) => waitForState<MapTestState>(uri, accept, what);

describe('map of a GeoJSON file', () => {
  afterEach(closeAllEditors);

  it('offers "Show on map" on a .geojson and draws its zone, without problems', async () => {
    const { uri, document } = await openFixture('geojson/zfe-valide.geojson');
    assert.equal(document.languageId, 'json');
    assert.ok((await lensTitles(uri)).some((title) => MAP_LENS.test(title)), 'a "Show on map" lens on the GeoJSON file');
    const decp = await openFixture('json/decp-2025.json');
    assert.ok(!(await lensTitles(decp.uri)).some((title) => MAP_LENS.test(title)), 'none on a JSON file that is no GeoJSON');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('opendataLint.showMap', uri);
    const shown = await waitForMapState(uri, (state) => state.features !== null, 'the page to draw the features');
    assert.deepEqual(shown.features, { drawn: 1, unreadable: 0, categories: { ok: 1 } });
    await settle(800);
    await screenshot('map-geojson-1-zfe-valid');
  });

  it('maps a .json holding a FeatureCollection too, and lists the feature written in Lambert-93', async () => {
    const { uri, editor } = await openFixture('geojson/mairies.json');
    assert.ok((await lensTitles(uri)).some((title) => MAP_LENS.test(title)), 'a "Show on map" lens on the GeoJSON .json');
    await vscode.commands.executeCommand('opendataLint.showMap', uri);
    const shown = await waitForMapState(uri, (state) => state.features !== null, 'the page to draw the features');
    assert.deepEqual(shown.features, { drawn: 1, unreadable: 1, categories: { ok: 1 } });
    // Line 5 (0-based) is inside the first feature; line 11 inside the Lambert-93 one: listed, not drawn, so
    // nothing is highlighted.
    editor.selection = new vscode.Selection(5, 8, 5, 8);
    await waitForMapState(uri, (state) => state.highlightedFeature === 0, 'the first feature to be highlighted');
    editor.selection = new vscode.Selection(11, 8, 11, 8);
    await waitForMapState(uri, (state) => state.highlightedFeature === null, 'no feature highlighted in the Lambert-93 one');
    await settle(800);
    await screenshot('map-geojson-3-json-lambert');
  });

  it('colours the zone as an error once a value is off its enum (clean once fixed), links the cursor and a click to the feature', async () => {
    const { uri, editor, document } = await openFixture('geojson/zfe-erreur.geojson');
    await waitForDiagnosticCodes(uri, ['json-invalid']);
    await vscode.commands.executeCommand('opendataLint.showMap', uri);
    const shown = await waitForMapState(uri, (state) => state.features?.categories.error === 1, 'the zone drawn as an error');
    assert.deepEqual(shown.features, { drawn: 1, unreadable: 0, categories: { error: 1 } });

    // Line 10 is inside the feature's coordinates; line 0 is the collection's opening brace.
    editor.selection = new vscode.Selection(10, 5, 10, 5);
    await waitForMapState(uri, (state) => state.highlightedFeature === 0, 'the feature to be highlighted');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitForMapState(uri, (state) => state.highlightedFeature === null, 'no feature highlighted outside it');

    // What the page posts when the zone is clicked: the feature's object is selected in the editor.
    assert.equal(await vscode.commands.executeCommand('opendataLint.map.testMessage', uri.toString(), { type: 'revealFeature', feature: 0 }), true);
    const selected = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())!.selection;
    const text = document.getText(selected);
    assert.match(text, /^\{\s*"type":"Feature"/);
    assert.match(text, /"vp_critair":"V9"[\s\S]*\}$/);
    assert.equal(selected.start.line, 3);
    // A problem picked in the popup: its range is selected, where Ctrl+. offers its fix.
    const [diagnostic] = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'opendata-lint');
    const { start, end } = diagnostic.range;
    await vscode.commands.executeCommand('opendataLint.map.testMessage', uri.toString(), { type: 'revealRange', line: start.line, character: start.character, endLine: end.line, endCharacter: end.character });
    assert.ok(vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())!.selection.isEqual(new vscode.Selection(start, end)));
    await settle(800);
    await screenshot('map-geojson-2-zfe-error');

    // Fixed in the text, the zone turns clean on the map once the check of the new version is in.
    const line = document.getText().split('\n').findIndex((l) => l.includes('"vp_critair":"V9"'));
    const character = document.lineAt(line).text.indexOf('V9');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, character, line, character + 2), 'V4');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const fixed = await waitForMapState(uri, (state) => state.features?.categories.ok === 1, 'the zone drawn without problems after the fix');
    assert.deepEqual(fixed.features, { drawn: 1, unreadable: 0, categories: { ok: 1 } });
  });
});
