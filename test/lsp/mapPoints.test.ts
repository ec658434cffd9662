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
