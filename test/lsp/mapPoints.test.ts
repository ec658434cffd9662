// The map's requests over LSP to the built server: points with rows and lines, the columns for the code
// lens, and the versioned edit swapping a row's latitude and longitude (following edits as the user types).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceEdit, TextDocumentEdit } from 'vscode-languageserver-protocol';
import type { MapPointsResult } from '../../server/src/engine/geo/points';
import { MapCoordinateColumnsRequest, MapPointsRequest, SwapCoordinatesEditRequest } from '../../server/src/protocol';
import { LspSession } from './lspSession';

const communes = readFileSync(path.join(__dirname, '..', 'fixtures', 'map', 'communes.csv'), 'utf8');

describe('map requests (LSP)', function () {
  this.timeout(20_000);
  let session: LspSession;

  beforeEach(async () => {
    session = await LspSession.start();
  });
  afterEach(async () => {
    await session.stop();
  });

  it('answers the points of an open document with its version, and null for an unknown one', async () => {
    const uri = 'file:///work/communes.csv';
    session.open(uri, communes, 'csv', 3);
    const reply = await session.request<(MapPointsResult & { uri: string; version: number }) | null>(MapPointsRequest.method, { uri });
    assert.ok(reply);
    assert.equal(reply.version, 3);
    assert.equal(reply.points.length, 11);
    assert.deepEqual(reply.points.find((p) => p.row === 4)?.issues, ['outside-france', 'swapped']);
    assert.deepEqual(reply.unreadable.map((u) => u.row), [10, 11, 12]);
    assert.equal(await session.request(MapPointsRequest.method, { uri: 'file:///nowhere.csv' }), null);
  });

  it('gives each point the commune its INSEE code names, and flags a postcode, a former commune, another name', async () => {
    const uri = 'file:///work/lieux-covoiturage.csv';
    // The example's first rows, and two more: a former commune's code, a name that is not the code's commune.
    const example = readFileSync(path.join(__dirname, '..', '..', 'examples', 'lieux-covoiturage-invalide.csv'), 'utf8').split('\n').slice(0, 3);
    const cells = example[1].split(',');
    const row = (changes: Record<number, string>) => cells.map((cell, i) => changes[i] ?? cell).join(',');
    // Columns: 0 id_local, 3 com_lieu, 4 insee, 9 Xlong, 10 Ylat.
    const text = [...example, row({ 0: '23X03', 3: 'Annecy-le-Vieux', 4: '74011', 9: '6.142', 10: '45.919' }), row({ 0: '23X04', 3: 'Rouen', 9: '1.09', 10: '49.93' })].join('\n') + '\n';
    session.open(uri, text);
    // Once checked, as when the map opens on a file: the schema the check found (if any) says which columns are what.
    await session.diagnostics(uri, 1);
    const reply = await session.request<MapPointsResult>(MapPointsRequest.method, { uri });
    assert.equal(typeof reply.cogYear, 'number');
    const communeOf = (rowNumber: number) => reply.points.find((p) => p.row === rowNumber)?.commune;
    assert.deepEqual(communeOf(2), { code: '76217', name: 'Dieppe' });
    assert.deepEqual(communeOf(3), { code: '76000', flag: { kind: 'unknown', postcodeOf: ['Rouen (76540)'], suggestion: 'Dieppe (76217)' } });
    assert.deepEqual(communeOf(4), { code: '74011', flag: { kind: 'former', part: 'Annecy-le-Vieux', current: 'Annecy (74010)' } });
    assert.deepEqual(communeOf(5), { code: '76217', name: 'Dieppe', flag: { kind: 'name-mismatch', written: 'Rouen' } });
    // A table without a commune code column: no commune, no COG year.
    session.open('file:///work/plain.csv', 'nom,latitude,longitude\nA,48.1,-1.6\n');
    const plain = await session.request<MapPointsResult>(MapPointsRequest.method, { uri: 'file:///work/plain.csv' });
    assert.equal(plain.cogYear, undefined);
    assert.equal(plain.points[0].commune, undefined);
  });

  it('follows edits: the points of the new version', async () => {
    const uri = 'file:///work/edit.csv';
    session.open(uri, 'nom,latitude,longitude\nA,48.1,-1.6\nB,45.7,4.8\nC,43.3,5.4\n');
    const before = await session.request<MapPointsResult>(MapPointsRequest.method, { uri });
    assert.equal(before.points[0].lat, 48.1);
    session.change(uri, 2, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } }, text: '47.2' }]);
    const after = await session.request<MapPointsResult & { version: number }>(MapPointsRequest.method, { uri });
    assert.equal(after.version, 2);
    assert.equal(after.points[0].lat, 47.2);
  });

  it('tells where the coordinates are, or null', async () => {
    session.open('file:///a.csv', communes);
    session.open('file:///b.csv', 'nom,population\nA,3\n');
    assert.deepEqual(await session.request(MapCoordinateColumnsRequest.method, { uri: 'file:///a.csv' }), {
      kind: 'lat-lon',
      latitude: 'latitude',
      longitude: 'longitude',
      source: 'detected',
    });
    assert.equal(await session.request(MapCoordinateColumnsRequest.method, { uri: 'file:///b.csv' }), null);
  });

  it('computes the versioned edit that swaps a row\'s two cells', async () => {
    const uri = 'file:///work/communes.csv';
    session.open(uri, communes, 'csv', 7);
    const edit = await session.request<WorkspaceEdit | null>(SwapCoordinatesEditRequest.method, { uri, row: 4 });
    const change = edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.ok(change);
    assert.deepEqual(change.textDocument, { uri, version: 7 });
    assert.deepEqual(
      change.edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText]),
      [
        [3, 14, 21, '48.1173'],
        [3, 22, 29, '-1.6778'],
      ],
    );
    assert.equal(await session.request(SwapCoordinatesEditRequest.method, { uri, row: 1 }), null);
  });
});
