// The map's request for a GeoJSON document over LSP to the built server: its features with lines, offsets and
// the problems of the server's JSON check attached to their feature (in the editor's language), following
// edits; what cannot be drawn; null for what is no open JSON document.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MapFeaturesRequest, type MapFeaturesReply } from '../../server/src/protocol';
import { LspSession } from './lspSession';

/** Three ZFE zones: 0 clean, 1 with `vp_critair` off its enum ("v2"), 2 without the required `date_debut`. */
const zfe = readFileSync(path.join(__dirname, '..', 'fixtures', 'json', 'zfe-errors.geojson'), 'utf8');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-map-features-'));
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;

describe('map features request (LSP)', function () {
  this.timeout(30_000);
  let session: LspSession;

  afterEach(async () => {
    await session.stop();
  });

  async function features(uri: string): Promise<MapFeaturesReply> {
    const reply = await session.request<MapFeaturesReply | null>(MapFeaturesRequest.method, { uri });
    assert.ok(reply, 'a reply for an open GeoJSON document');
    return reply;
  }

  it('answers the features of a checked GeoJSON document, each with its own problems', async () => {
    session = await LspSession.start();
    const uri = uriOf('zfe.geojson');
    session.open(uri, zfe, 'json', 1);
    await session.diagnostics(uri, 1);
    const reply = await features(uri);
    assert.equal(reply.kind, 'feature-collection');
    assert.equal(reply.version, 1);
    assert.equal(reply.checked, true);
    assert.deepEqual(reply.features.map((f) => [f.feature, f.label, f.geometry.type]), [
      [0, '200046977-ZFE-001', 'Polygon'],
      [1, '200046977-ZFE-002', 'Polygon'],
      [2, '200046977-ZFE-003', 'Polygon'],
    ]);
    const [clean, enumValue, missing] = reply.features;
    assert.deepEqual(clean.problems, []);
    assert.ok(enumValue.problems.some((p) => p.code === 'json-invalid' && p.severity === 'error' && /vp_critair/.test(p.message)), JSON.stringify(enumValue.problems));
    assert.ok(missing.problems.some((p) => /date_debut/.test(p.message)), JSON.stringify(missing.problems));
    assert.equal(enumValue.problemCount, enumValue.problems.length);
    // Each problem lies inside its feature's text, and the feature's offsets frame its object.
    const lines = zfe.split('\n');
    for (const feature of reply.features) {
      for (const problem of feature.problems) assert.ok(problem.line >= feature.line && problem.line <= feature.endLine, `${problem.message} at line ${problem.line}`);
      assert.equal(zfe[feature.start], '{');
      assert.equal(zfe[feature.end - 1], '}');
      assert.match(lines[feature.line], /^\s*\{$/);
    }
  });

  it('speaks the editor\'s language in the problems', async () => {
    session = await LspSession.start({ locale: 'fr' });
    const uri = uriOf('zfe-fr.geojson');
    session.open(uri, zfe, 'json', 1);
    const [diagnostic] = await session.diagnostics(uri, 1);
    const reply = await features(uri);
    const messages = reply.features.flatMap((f) => f.problems.map((p) => p.message));
    assert.ok(messages.includes(diagnostic.message), 'the popup says what the Problems panel says');
    const same = reply.features.flatMap((f) => f.problems).find((p) => p.message === diagnostic.message)!;
    const { start, end } = diagnostic.range;
    assert.deepEqual([same.line, same.character, same.endLine, same.endCharacter], [start.line, start.character, end.line, end.character], 'and at the same place');
    assert.ok(messages.some((m) => /[éè]|doit|manque|obligatoire/.test(m)), messages.join(' | '));
  });

  it('follows edits: the problem fixed in the text leaves its feature', async () => {
    session = await LspSession.start();
    const uri = uriOf('edit.geojson');
    session.open(uri, zfe, 'json', 1);
    await session.diagnostics(uri, 1);
    assert.ok((await features(uri)).features[1].problemCount > 0);
    const line = zfe.split('\n').findIndex((l) => l.includes('"vp_critair": "v2"'));
    const character = zfe.split('\n')[line].indexOf('"v2"') + 1;
    session.change(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: 'V2' }]);
    await session.diagnostics(uri, 2);
    const after = await features(uri);
    assert.equal(after.version, 2);
    assert.deepEqual(after.features[1].problems, []);
    assert.ok(after.features[2].problemCount > 0, 'the other feature keeps its problem');
  });

  it('lists the features that cannot be drawn, with the reason and their label', async () => {
    session = await LspSession.start();
    const uri = uriOf('lambert.geojson');
    const text = JSON.stringify(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { nom: 'Mairie' }, geometry: { type: 'Point', coordinates: [652_000, 6_862_000] } },
          { type: 'Feature', properties: { nom: 'Gare' }, geometry: { type: 'Point', coordinates: [2.35, 48.85] } },
        ],
      },
      null,
      2,
    );
    session.open(uri, text, 'json', 1);
    await session.diagnostics(uri, 1);
    const reply = await features(uri);
    assert.deepEqual(reply.features.map((f) => f.label), ['Gare']);
    assert.deepEqual(reply.unreadable.map((u) => [u.feature, u.reason, u.label]), [[0, 'lambert93', 'Mairie']]);
    assert.equal(reply.unreadableCount, 1);
  });

  it('says a JSON document is not GeoJSON, and answers null for a table or an unknown document', async () => {
    session = await LspSession.start();
    const other = uriOf('notes.json');
    session.open(other, '{"notes": [1, 2]}', 'json', 1);
    const reply = await features(other);
    assert.equal(reply.kind, null);
    assert.deepEqual(reply.features, []);
    const table = uriOf('points.csv');
    session.open(table, 'nom,latitude,longitude\nA,48.1,-1.6\n', 'csv', 1);
    assert.equal(await session.request(MapFeaturesRequest.method, { uri: table }), null);
    assert.equal(await session.request(MapFeaturesRequest.method, { uri: uriOf('nowhere.geojson') }), null);
  });
});
