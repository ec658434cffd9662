// The picker's search over the catalog: the words people use find their schema (bornes de recharge,
// défibrillateur, cantine), accents, case and plurals folded, every word needed, the last one as typed,
// ranked title before description and whole word before a word's start.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SchemaCatalog } from '../../../server/src/engine/schema/catalog';
import { parseQuery, prepareSearch, searchSchemas, searchWords, stemWord, type SearchableSchema } from '../../../server/src/engine/schema/catalogSearch';
import { SEARCH_ALIASES } from '../../../server/src/engine/schema/searchAliases';

const root = path.resolve(__dirname, '..', '..', '..');
const catalog = new SchemaCatalog(path.join(root, 'schemas', 'catalog'));
/** What the picker searches: the Table Schemas. */
const tables = prepareSearch(catalog.list({ kind: 'tableschema' }));
const ids = (query: string) => searchSchemas(tables, query).map((hit) => hit.entry.id);

describe('catalog search: words', () => {
  it('folds accents, case and French plurals (trailing s or x), and keeps short words', () => {
    assert.deepEqual(searchWords('Défibrillateurs automatisés'), ['defibrillateur', 'automatise']);
    assert.deepEqual(searchWords('Bornes de RECHARGE'), ['borne', 'recharge']);
    assert.deepEqual(searchWords("Points d'eau"), ['point', 'eau']);
    assert.equal(stemWord('eaux'), 'eau');
    assert.equal(stemWord('bus'), 'bus');
  });

  it('reads the last word as being typed unless a space follows it, and drops stop words', () => {
    assert.deepEqual(parseQuery('bornes de rech'), { words: ['borne', 'rech'], lastIsPrefix: true });
    assert.deepEqual(parseQuery('bornes de '), { words: ['borne'], lastIsPrefix: false });
    assert.deepEqual(parseQuery('bornes de'), { words: ['borne'], lastIsPrefix: false });
    // Only a stop word typed so far: the start of a word ("de" on the way to "défibrillateur").
    assert.deepEqual(parseQuery('de'), { words: ['de'], lastIsPrefix: true });
    assert.deepEqual(parseQuery('  '), { words: [], lastIsPrefix: false });
  });
});

describe('catalog search: the bundled catalog', () => {
  it('finds IRVE statique first for "bornes de recharge", as typed and with its plural folded', () => {
    assert.equal(ids('bornes de recharge')[0], 'etalab/schema-irve-statique');
    assert.equal(ids('borne de recharge')[0], 'etalab/schema-irve-statique');
    assert.equal(ids('Bornes de rech')[0], 'etalab/schema-irve-statique');
    assert.equal(ids('BORNES DE RECHARGE ')[0], 'etalab/schema-irve-statique');
  });

  it('finds the DAE schema for "défibrillateur", with or without accents and plural', () => {
    for (const query of ['defibrillateur', 'défibrillateur', 'Défibrillateurs', 'defib']) assert.deepEqual(ids(query), ['atlasante/schema-dae'], query);
  });

  it('finds the collective catering menus for "cantine", the menus before their dishes', () => {
    assert.deepEqual(ids('cantine'), ['scdl/menus-collectifs', 'scdl/plats-menus-collectifs']);
    assert.equal(ids('cantines scolaires')[0], 'scdl/menus-collectifs');
    assert.equal(ids('restauration collective')[0], 'scdl/menus-collectifs');
  });

  it('finds IRVE statique first for "irve", then the other IRVE schemas', () => {
    const found = ids('irve');
    assert.equal(found[0], 'etalab/schema-irve-statique');
    assert.ok(found.includes('etalab/schema-irve-dynamique') && found.includes('etalab/schema-sdirve'), found.join(', '));
  });

  it('finds the parking schemas for "stationnement" and "parking", first', () => {
    const parking = ['etalab/schema-stationnement', 'etalab/schema-stationnement-cyclable'];
    assert.deepEqual(ids('stationnement').slice(0, 2).sort(), parking);
    assert.deepEqual(ids('parkings').slice(0, 2).sort(), parking);
    assert.deepEqual(ids('stationnement velo'), ['etalab/schema-stationnement-cyclable']);
  });

  it('finds nothing for words the catalog does not have', () => {
    assert.deepEqual(ids('xyzzy'), []);
    assert.deepEqual(ids('zorglub quantique'), []);
    // Every word is needed: "recharge" alone finds IRVE, not with a word no schema has.
    assert.ok(ids('recharge').length > 0);
    assert.deepEqual(ids('recharge xyzzy'), []);
  });

  it('takes only the last word as the start of a word', () => {
    assert.equal(ids('recharge born')[0], 'etalab/schema-irve-statique');
    assert.deepEqual(ids('born recharge'), []);
  });

  it('searches keywords, ids, labels and publishers too', () => {
    assert.deepEqual(ids('archivage'), ['Archivistes75/registre_entrees']); // a keyword of its descriptor
    assert.equal(ids('schema-irve-statique')[0], 'etalab/schema-irve-statique'); // its id
    assert.equal(ids('etalab/schema-irve-statique')[0], 'etalab/schema-irve-statique');
    const cerema = ids('cerema'); // publisher in the id, and credited as contributor of CNIG standards
    assert.ok(cerema.includes('CEREMA/schema-aire-livraison') && cerema.includes('cnigfr/schema-friches'), cerema.join(', '));
    assert.ok(ids('socle commun des donnees locales').includes('scdl/deliberations')); // a label
    assert.ok(ids('opendatafrance').includes('scdl/subventions')); // credited as author
  });

  it('lists every Table Schema, in catalog order, for an empty query', () => {
    assert.deepEqual(ids(''), catalog.list({ kind: 'tableschema' }).map((e) => e.id));
  });

  it('names people use are for schemas of the catalog', () => {
    for (const id of Object.keys(SEARCH_ALIASES)) assert.ok(catalog.info(id), `${id} is not in the catalog`);
  });
});

describe('catalog search: ranking', () => {
  const schema = (id: string, title: string, more: Partial<SearchableSchema> = {}): SearchableSchema => ({ id, title, description: '', ...more });
  const rank = (entries: SearchableSchema[], query: string, tieBreak?: (entry: SearchableSchema) => number) =>
    searchSchemas(prepareSearch(entries), query, { tieBreak }).map((hit) => hit.entry.id);

  it('puts a title hit above a keyword, an id, a description or a publisher hit', () => {
    const entries = [
      schema('a/in-description', 'Autre chose', { description: 'Les fontaines de la ville' }),
      schema('b/fontaine', 'Autre chose'),
      schema('c/in-keywords', 'Autre chose', { keywords: ['fontaines'] }),
      schema('d/in-title', 'Fontaines'),
      schema('e/in-publishers', 'Autre chose', { publishers: ['Régie des fontaines'] }),
    ];
    assert.deepEqual(rank(entries, 'fontaine'), ['d/in-title', 'c/in-keywords', 'b/fontaine', 'a/in-description', 'e/in-publishers']);
  });

  it('puts a whole word above the start of a longer one', () => {
    const entries = [schema('p/parcours', 'Parcours sportifs'), schema('p/parc', 'Parc naturel')];
    assert.deepEqual(rank(entries, 'parc'), ['p/parc', 'p/parcours']);
  });

  it('puts the query as written, side by side, above its words apart', () => {
    const entries = [schema('p/apart', 'Recharge des bornes'), schema('p/together', 'Bornes de recharge')];
    assert.deepEqual(rank(entries, 'bornes de recharge'), ['p/together', 'p/apart']);
  });

  it('needs every word, somewhere', () => {
    const entries = [schema('p/both', 'Lieux', { description: 'de covoiturage' }), schema('p/one', 'Lieux')];
    assert.deepEqual(rank(entries, 'lieux covoiturage'), ['p/both']);
  });

  it('breaks ties with the order given (the document\'s header matches), then the shorter title', () => {
    const entries = [schema('p/a', 'Menus collectifs scolaires'), schema('p/b', 'Menus collectifs')];
    assert.deepEqual(rank(entries, 'menus'), ['p/b', 'p/a']);
    assert.deepEqual(rank(entries, 'menus', (entry) => (entry.id === 'p/a' ? 0 : 1)), ['p/a', 'p/b']);
  });
});
