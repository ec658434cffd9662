// The picker's order for a document before anything is typed: the schema detected from its header first,
// then the schemas sharing at least two of its columns (with how many), then the catalog by title.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SchemaCatalog } from '../../../server/src/engine/schema/catalog';
import { catalogForHeader, HEADER_MATCH_LIMIT, HEADER_MATCH_MIN_COLUMNS, rankByHeader } from '../../../server/src/engine/schema/catalogRanking';
import { readTable } from '../../../server/src/engine/table/readTable';

const root = path.resolve(__dirname, '..', '..', '..');
const catalog = new SchemaCatalog(path.join(root, 'schemas', 'catalog'));
const tableIds = catalog.list({ kind: 'tableschema' }).map((e) => e.id);

function headerOf(relative: string): string[] {
  return readTable(fs.readFileSync(path.join(root, 'test', 'fixtures', relative), 'utf8')).rows[0].cells.map((c) => c.value);
}

describe('catalog ranking for a header', () => {
  it('puts the detected schema first, with its matched and total columns, then the schemas sharing columns', () => {
    const ranked = catalogForHeader(catalog, headerOf('catalog-examples/etalab/schema-irve-statique/2.3.1/exemple-valide-statique.csv'));
    assert.equal(ranked[0].id, 'etalab/schema-irve-statique');
    assert.deepEqual(ranked[0].header, { matched: 40, total: 40, version: '2.3.1', detected: true });
    const offered = ranked.filter((e) => e.header);
    assert.ok(offered.length >= 2 && offered.length <= HEADER_MATCH_LIMIT, `${offered.length} offered`);
    assert.ok(offered.slice(1).every((e) => !e.header!.detected && e.header!.matched >= HEADER_MATCH_MIN_COLUMNS));
    // The offered ones come first, in detection's order (best share of columns first).
    assert.deepEqual(ranked.slice(0, offered.length), offered);
  });

  it('lists every Table Schema once, the rest by title', () => {
    const ranked = catalogForHeader(catalog, headerOf('e2e-workspace/covoiturage/covoiturage-agglo.csv'));
    assert.deepEqual(ranked.map((e) => e.id).sort(), [...tableIds].sort());
    assert.equal(ranked[0].id, 'etalab/schema-lieux-covoiturage');
    assert.equal(ranked[0].header?.detected, true);
    const rest = ranked.filter((e) => !e.header).map((e) => e.title.trim());
    assert.deepEqual(rest, [...rest].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('offers no schema for columns that many schemas have (id, nom, commune, latitude…)', () => {
    // Five schemas have `id` and `nom` (and more): sharing them says nothing of the file.
    assert.ok(catalogForHeader(catalog, ['id', 'nom', 'commentaire']).every((e) => !e.header));
    assert.ok(catalogForHeader(catalog, ['nom', 'commune', 'latitude', 'longitude']).every((e) => !e.header));
    // Two columns few schemas have are worth offering: the charge point's id and its power (IRVE statique).
    const [first] = catalogForHeader(catalog, ['id', 'nom', 'id_pdc_itinerance', 'puissance_nominale']);
    assert.equal(first.id, 'etalab/schema-irve-statique');
    assert.deepEqual([first.header?.matched, first.header?.detected], [2, false]);
  });

  it('offers a schema for at least two shared columns, at most a few', () => {
    const entries = catalog.list({ kind: 'tableschema' });
    const candidate = (id: string, matched: number) => ({ id, version: entries.find((e) => e.id === id)!.latest, title: id, isLatest: true, matched, total: 10, columns: 10, requiredMissing: [], score: matched / 10, good: false });
    const ranked = rankByHeader(entries, [candidate('scdl/budget', 3), candidate('scdl/prenoms', 1), ...tableIds.slice(0, 8).map((id) => candidate(id, 2))]);
    const offered = ranked.filter((e) => e.header);
    assert.equal(offered[0].id, 'scdl/budget');
    assert.ok(!offered.some((e) => e.id === 'scdl/prenoms'));
    assert.ok(offered.every((e) => e.header!.matched >= HEADER_MATCH_MIN_COLUMNS));
    assert.equal(offered.length, HEADER_MATCH_LIMIT);
  });

  it('names the version the header matches best when it is not the latest', () => {
    const entries = catalog.list({ kind: 'tableschema' });
    const [first] = rankByHeader(entries, [
      { id: 'etalab/schema-irve-statique', version: '2.2.0', title: 'IRVE statique', isLatest: false, matched: 39, total: 39, columns: 39, requiredMissing: [], score: 1, good: true },
    ]);
    assert.deepEqual([first.id, first.latest, first.header?.version], ['etalab/schema-irve-statique', '2.3.1', '2.2.0']);
  });

  it('orders by title only without a header (a document not checked yet)', () => {
    const ranked = catalogForHeader(catalog, undefined);
    assert.ok(ranked.every((e) => !e.header));
    assert.equal(ranked.length, tableIds.length);
    const titles = ranked.map((e) => e.title.trim());
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});
