// The schema picker's catalog for a document, asked of the real server: the schema its header matches first
// (detected, with matched and total columns), then those sharing its columns, then the rest by title; with
// what the picker's search reads (keywords, publishers, the names people use).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareSearch, searchSchemas } from '../../server/src/engine/schema/catalogSearch';
import { CatalogForDocumentRequest, type RankedCatalogEntry } from '../../server/src/protocol';
import { LspSession } from './lspSession';

const irve = readFileSync(path.resolve(__dirname, '../fixtures/lsp/irve-errors.csv'), 'utf8');

describe('language server (real process): the catalog ranked for a document', function () {
  this.timeout(30_000);
  const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-picker-'));
  const file = path.join(workspace, 'bornes.csv');
  writeFileSync(file, irve);
  const uri = pathToFileURL(file).href;
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ locale: 'fr', rootPath: workspace });
  });
  after(async () => {
    await session.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('puts IRVE statique first for a file whose header is IRVE, detected, 40 of its 40 columns', async () => {
    session.open(uri, irve);
    await session.diagnostics(uri, 1);
    const entries = await session.request<RankedCatalogEntry[]>(CatalogForDocumentRequest.method, { uri });
    assert.equal(entries[0].id, 'etalab/schema-irve-statique');
    assert.deepEqual(entries[0].header, { matched: 40, total: 40, version: '2.3.1', detected: true });
    assert.equal(entries[0].latest, '2.3.1');
    assert.ok(entries.slice(1).every((e) => !e.header?.detected), 'one detected schema');
    // Every Table Schema, once; with what the client's search needs.
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
    assert.ok(entries.every((e) => e.kind === 'tableschema'));
    assert.ok(entries[0].aliases.some((a) => /bornes de recharge/i.test(a)));
    // The client searches these very entries: "bornes de recharge" finds IRVE statique first.
    assert.equal(searchSchemas(prepareSearch(entries), 'bornes de recharge')[0].entry.id, 'etalab/schema-irve-statique');
  });

  it('orders by title for a document it does not hold', async () => {
    const entries = await session.request<RankedCatalogEntry[]>(CatalogForDocumentRequest.method, { uri: pathToFileURL(path.join(workspace, 'absent.csv')).href });
    assert.ok(entries.length > 50 && entries.every((e) => !e.header));
    const titles = entries.map((e) => e.title.trim());
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});
