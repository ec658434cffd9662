// The bundled catalog: index completeness against the snapshot, every kind of reference, near-miss
// suggestions, accent-insensitive search, descriptor loading, and loadTableSchema's typed errors.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SchemaCatalog, canonicalForgeUrl, compareVersions, getDefaultCatalog, type ResolveResult, type ResolvedSchema } from '../../../server/src/engine/schema/catalog';
import { loadErrorMessage, loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import { t } from '../../../server/src/i18n';

const root = path.resolve(__dirname, '..', '..', '..');
const catalogDir = path.join(root, 'schemas', 'catalog');
const snapshotDir = path.join(root, 'test', 'fixtures', 'catalog-examples', '_snapshot');

interface AggregatorCatalog {
  schemas: { name: string; title: string; schema_type: string; schema_url: string; versions: { version_name: string; schema_url: string }[] }[];
}
const aggregator = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'schemas.json'), 'utf8')) as AggregatorCatalog;
const snapshotFiles = fs.readFileSync(path.join(snapshotDir, 'files.txt'), 'utf8').split('\n').filter(Boolean);

function found(result: ResolveResult): ResolvedSchema {
  assert.ok(result.found, `expected a schema, got ${JSON.stringify(result)}`);
  return result;
}

describe('SchemaCatalog index', () => {
  const catalog = new SchemaCatalog(catalogDir);

  it('has an entry for every file of the snapshot (id, version and published file name)', () => {
    assert.equal(snapshotFiles.length, 296);
    for (const line of snapshotFiles) {
      const [publisher, name, version, ...file] = line.split('/');
      const info = catalog.info(`${publisher}/${name}`);
      assert.ok(info, `no schema ${publisher}/${name}`);
      const v = info.versions[version];
      assert.ok(v, `no version ${publisher}/${name}@${version}`);
      assert.equal(v.originalFile, file.join('/'));
      assert.ok(fs.existsSync(path.join(catalogDir, v.file)), `missing bundled file ${v.file}`);
    }
    const indexed = catalog.ids().reduce((n, id) => n + Object.keys(catalog.info(id)!.versions).length, 0);
    assert.equal(indexed, snapshotFiles.length);
  });

  it('bundles no file the index does not list, and every bundled file is JSON', () => {
    const listed = new Set(catalog.ids().flatMap((id) => Object.values(catalog.info(id)!.versions).map((v) => v.file)));
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const bundled = walk(catalogDir).map((f) => path.relative(catalogDir, f).split(path.sep).join('/')).filter((f) => f !== 'index.json');
    assert.deepEqual(bundled.sort(), [...listed].sort());
    for (const file of bundled) assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(catalogDir, file), 'utf8')), file);
  });

  it('covers every schema and version of schemas.json, plus the two kept from outside the catalog', () => {
    for (const s of aggregator.schemas) {
      const info = catalog.info(s.name);
      assert.ok(info, s.name);
      assert.equal(info.title, s.title);
      assert.equal(info.schemaType, s.schema_type);
      for (const v of s.versions) assert.ok(info.versions[v.version_name]?.inCatalog, `${s.name}@${v.version_name}`);
    }
    assert.equal(catalog.ids().length, aggregator.schemas.length + 1);
    assert.equal(catalog.info('atlasante/schema-dae')!.versions['1.0.0'].inCatalog, false);
    assert.equal(catalog.info('atlasante/schema-dae')!.latest, '1.0.7');
    const catalogue = catalog.info('etalab/schema-catalogue-donnees')!;
    assert.equal(catalogue.inCatalog, false);
    assert.equal(catalogue.schemaType, 'tableschema');
  });

  it('stores Table Schemas as schema.json with their field names and required flags', () => {
    const irve = catalog.info('etalab/schema-irve-statique')!.versions['2.3.1'];
    assert.equal(irve.file, 'etalab/schema-irve-statique/2.3.1/schema.json');
    assert.equal(irve.originalFile, 'schema-statique.json');
    assert.equal(irve.fields![0], 'nom_amenageur');
    assert.ok(irve.required!.includes('id_pdc_itinerance'));
    assert.ok(!irve.required!.includes('nom_enseigne') || irve.fields!.includes('nom_enseigne'));
    const descriptor = catalog.load({ path: path.join(catalogDir, irve.file) }) as { fields: { name: string; constraints?: { required?: boolean } }[] };
    assert.deepEqual(descriptor.fields.map((f) => f.name), irve.fields);
    assert.deepEqual(descriptor.fields.filter((f) => f.constraints?.required).map((f) => f.name), irve.required);
  });

  it('keeps JSON Schemas and datapackages under their published name, and YAML models as JSON', () => {
    assert.equal(catalog.info('139bercy/format-commande-publique')!.versions['2.0.2'].file, '139bercy/format-commande-publique/2.0.2/schema_decp_v2.0.2.json');
    assert.equal(catalog.info('etalab/schema-irve')!.versions['2.3.1'].file, 'etalab/schema-irve/2.3.1/datapackage.json');
    const bal = catalog.info('etalab/schema-bal')!.versions['1.5.0'];
    assert.equal(bal.format, 'yaml');
    assert.equal(bal.originalFile, 'schema.yml');
    assert.equal(bal.file, 'etalab/schema-bal/1.5.0/schema.json');
    assert.equal(typeof (catalog.load({ path: path.join(catalogDir, bal.file) }) as { title: unknown }).title, 'string');
  });

  it('sorts versions semver-wise, so 0.10 comes after 0.9 and latest is the highest', () => {
    assert.ok(compareVersions('0.9.0', '0.10.0') < 0);
    assert.ok(compareVersions('2.0.0-beta', '2.0.0') < 0);
    const inclusion = catalog.list().find((e) => e.id === 'gip-inclusion/data-inclusion-schema')!;
    assert.deepEqual(inclusion.versions, [...inclusion.versions].sort(compareVersions));
    assert.equal(inclusion.versions.at(-1), inclusion.latest);
    assert.ok(inclusion.versions.indexOf('0.9.1') < inclusion.versions.indexOf('0.10.0'));
  });

  it('finds the bundled catalog without being told where (from sources under mocha)', () => {
    assert.equal(fs.realpathSync(getDefaultCatalog().dir), fs.realpathSync(catalogDir));
  });
});

describe('SchemaCatalog.resolve', () => {
  const catalog = new SchemaCatalog(catalogDir);

  it('resolves a bare id to its latest version, not pinned', () => {
    const r = found(catalog.resolve('etalab/schema-irve-statique'));
    assert.deepEqual(
      { id: r.id, version: r.version, kind: r.kind, isLatest: r.isLatest, pinned: r.pinned },
      { id: 'etalab/schema-irve-statique', version: '2.3.1', kind: 'tableschema', isLatest: true, pinned: false },
    );
    assert.equal(r.title, 'IRVE statique');
    assert.equal(r.path, path.join(catalogDir, 'etalab', 'schema-irve-statique', '2.3.1', 'schema.json'));
  });

  it('resolves id@version (also with a v prefix, id/version, @latest and another letter case)', () => {
    const r = found(catalog.resolve('etalab/schema-irve-statique@2.2.0'));
    assert.deepEqual([r.version, r.isLatest, r.pinned], ['2.2.0', false, true]);
    assert.equal(found(catalog.resolve('etalab/schema-irve-statique@v2.2.0')).version, '2.2.0');
    assert.equal(found(catalog.resolve('etalab/schema-irve-statique/2.2.1')).version, '2.2.1');
    const latest = found(catalog.resolve('scdl/subventions@latest'));
    assert.deepEqual([latest.version, latest.pinned], ['2.1.1', false]);
    assert.equal(found(catalog.resolve('lamednum/STANDARD-MEDIATION-NUM')).id, 'LaMednum/standard-mediation-num');
    assert.equal(found(catalog.resolve('  "scdl/subventions@2.0.0" ')).version, '2.0.0');
  });

  it('resolves a unique bare name without its publisher', () => {
    const r = found(catalog.resolve('schema-stationnement'));
    assert.deepEqual([r.id, r.via], ['etalab/schema-stationnement', 'name']);
  });

  it('resolves the versions kept from outside the catalog', () => {
    const dae = found(catalog.resolve('atlasante/schema-dae@1.0.0'));
    assert.deepEqual([dae.version, dae.isLatest], ['1.0.0', false]);
    assert.equal(found(catalog.resolve('atlasante/schema-dae')).version, '1.0.7');
    assert.equal(found(catalog.resolve('etalab/schema-catalogue-donnees')).version, '0.3.0');
  });

  it('resolves every schema_url of schemas.json, per version and latest', () => {
    let count = 0;
    for (const s of aggregator.schemas) {
      const latest = found(catalog.resolve(s.schema_url));
      assert.deepEqual([latest.id, latest.isLatest, latest.pinned], [s.name, true, false], s.schema_url);
      count++;
      for (const v of s.versions) {
        const r = found(catalog.resolve(v.schema_url));
        assert.deepEqual([r.id, r.version, r.pinned, r.via], [s.name, v.version_name, true, 'site-url'], v.schema_url);
        count++;
      }
    }
    assert.equal(count, 95 + 294);
  });

  it('resolves every URL the index lists (schema.data.gouv.fr and repository) to its own version', () => {
    let count = 0;
    for (const id of catalog.ids()) {
      for (const [version, v] of Object.entries(catalog.info(id)!.versions)) {
        for (const url of [...v.urls, ...v.rawUrls]) {
          const r = found(catalog.resolve(url));
          assert.equal(r.id, id, url);
          if (!url.includes('/latest/')) assert.equal(r.version, version, url);
          assert.equal(r.path, path.join(catalogDir, ...v.file.split('/')));
          count++;
        }
      }
    }
    assert.ok(count > 700, `only ${count} URLs`);
  });

  it('resolves URL spellings: http, percent-encoding, query, www, blob and raw pages, refs/tags, GitLab without /-/', () => {
    const decp = found(catalog.resolve('https://schema.data.gouv.fr/schemas/139bercy/format-commande-publique/1.3.0/sch%C3%A9mas/json/contrats-concessions.json'));
    assert.equal(decp.version, '1.3.0');
    assert.equal(found(catalog.resolve('http://www.schema.data.gouv.fr/schemas/scdl/subventions/2.1.0/schema.json?raw=1#x')).version, '2.1.0');
    assert.equal(found(catalog.resolve('schema.data.gouv.fr/schemas/scdl/subventions/latest/schema.json')).version, '2.1.1');
    const blob = found(catalog.resolve('https://github.com/etalab/schema-irve/blob/v2.3.1/statique/schema-statique.json'));
    assert.deepEqual([blob.id, blob.version, blob.via], ['etalab/schema-irve-statique', '2.3.1', 'raw-url']);
    assert.equal(found(catalog.resolve('https://github.com/etalab/schema-irve/raw/refs/tags/v2.3.1/dynamique/schema-dynamique.json')).id, 'etalab/schema-irve-dynamique');
    assert.equal(found(catalog.resolve('https://gitlab.com/opendatafrance/scdl/subventions/raw/v2.1.1/schema.json')).version, '2.1.1');
    assert.equal(found(catalog.resolve('https://gitlab.com/arsante/atlasante/schema-dae/-/blob/1.0.7/schema.json')).id, 'atlasante/schema-dae');
    assert.equal(
      canonicalForgeUrl('https://github.com/etalab/schema-zfe/blob/0.8.2/schema.json'),
      'https://raw.githubusercontent.com/etalab/schema-zfe/0.8.2/schema.json',
    );
  });

  it('resolves a repository URL on a branch to the latest version, and a schema shared repository by folder name', () => {
    const branch = found(catalog.resolve('https://raw.githubusercontent.com/etalab/schema-stationnement/master/schema.json'));
    assert.deepEqual([branch.version, branch.isLatest, branch.pinned, branch.via], ['0.1.5', true, false, 'repository-url']);
    const cnig = found(catalog.resolve('https://raw.githubusercontent.com/cnigfr/schema-sites-economiques/main/schema/pole-eco/schema.json'));
    assert.equal(cnig.id, 'cnigfr/sites-economiques-pole-eco');
    const taxi = found(catalog.resolve('https://raw.githubusercontent.com/openmaraude/schema-stationstaxi/main/schema.json'));
    assert.deepEqual([taxi.id, taxi.version], ['openmaraude/schema-stationstaxi', '0.1.2']);
  });

  it('reports a repository URL that several schemas share as ambiguous, listing them', () => {
    const r = catalog.resolve('https://github.com/MTES-MCT/acceslibre-schema/blob/v0.0.20/schema.json');
    assert.ok(!r.found && r.reason === 'ambiguous-url');
    assert.equal(r.suggestions.length, 6);
    assert.ok(r.suggestions.every((s) => s.id.startsWith('MTES-MCT/acceslibre-erp-')));
  });

  it('resolves schema.data.gouv.fr documentation pages and file URLs with another file name', () => {
    const page = found(catalog.resolve('https://schema.data.gouv.fr/etalab/schema-lieux-covoiturage/0.2.8/'));
    assert.deepEqual([page.id, page.version, page.via], ['etalab/schema-lieux-covoiturage', '0.2.8', 'site-page']);
    const bare = found(catalog.resolve('https://schema.data.gouv.fr/scdl/deliberations/'));
    assert.deepEqual([bare.version, bare.pinned], ['2.1.5', false]);
  });

  it('suggests the nearest ids for a typo', () => {
    const r = catalog.resolve('etalab/schema-irve-statiqe');
    assert.equal(r.found, false);
    if (r.found) return;
    assert.equal(r.reason, 'unknown-schema');
    assert.equal(r.suggestions[0].id, 'etalab/schema-irve-statique');
    const noPublisher = catalog.resolve('schema-stationement');
    assert.ok(!noPublisher.found && noPublisher.suggestions[0].id === 'etalab/schema-stationnement');
    const byTitle = catalog.resolve('lieux de covoiturage');
    assert.ok(!byTitle.found && byTitle.suggestions.some((s) => s.id === 'etalab/schema-lieux-covoiturage'));
    const nothing = catalog.resolve('zzzz/qqqqqqqqqqqq');
    assert.ok(!nothing.found && nothing.suggestions.length === 0);
  });

  it('says which versions exist when the version is unknown', () => {
    const r = catalog.resolve('scdl/subventions@2.1.2');
    assert.ok(!r.found);
    assert.equal(r.reason, 'unknown-version');
    assert.equal(r.id, 'scdl/subventions');
    assert.deepEqual(r.versions, ['1.1.0', '2.0.0', '2.0.1', '2.0.2', '2.1.0', '2.1.1']);
    assert.equal(r.suggestions[0].ref, 'scdl/subventions@2.1.1');
    assert.ok(r.suggestions.some((s) => s.version === '2.1.0'));
  });

  it('does not resolve unknown URLs (and never fetches them), but suggests from the URL', () => {
    const site = catalog.resolve('https://schema.data.gouv.fr/schemas/etalab/schema-irve-statik/2.3.1/schema-statique.json');
    assert.ok(!site.found && site.reason === 'unknown-url');
    assert.equal(site.suggestions[0].id, 'etalab/schema-irve-statique');
    const other = catalog.resolve('https://example.org/schema.json');
    assert.ok(!other.found && other.reason === 'unknown-url');
    const commit = catalog.resolve('https://raw.githubusercontent.com/etalab/schema-stationnement/59d5691c98/schema.json');
    assert.ok(!commit.found && commit.reason === 'unknown-version' && commit.id === 'etalab/schema-stationnement');
    const empty = catalog.resolve('  ');
    assert.ok(!empty.found && empty.reason === 'empty-ref');
  });
});

describe('SchemaCatalog.list and search', () => {
  const catalog = new SchemaCatalog(catalogDir);

  it('lists every schema with its versions, and Table Schemas only on request', () => {
    assert.equal(catalog.list().length, 96);
    const tables = catalog.list({ kind: 'tableschema' });
    assert.ok(tables.every((e) => e.kind === 'tableschema'));
    assert.ok(tables.some((e) => e.id === 'scdl/equipements'));
    assert.ok(!tables.some((e) => e.id === 'etalab/schema-zfe'));
  });

  it('finds schemas by French title without accents or capitals', () => {
    assert.equal(catalog.search('equipements')[0].id, 'scdl/equipements'); // title "Équipements"
    assert.ok(catalog.search('DELIBERATIONS').some((e) => e.id === 'scdl/deliberations')); // "Délibérations"
    assert.equal(catalog.search('zones a faibles emissions')[0].id, 'etalab/schema-zfe'); // "Zones à Faibles Émissions"
    assert.ok(catalog.search('DAE').some((e) => e.id === 'atlasante/schema-dae'));
  });

  it('ranks title matches first and needs every word', () => {
    const results = catalog.search('stationnement');
    assert.ok(results.length >= 2);
    assert.ok(results[0].title.toLowerCase().startsWith('stationnement') || results[0].title.toLowerCase().includes('stationnement'));
    assert.deepEqual(catalog.search('stationnement cyclable').map((e) => e.id), ['etalab/schema-stationnement-cyclable']);
    assert.equal(catalog.search('').length, 96);
  });

  it('loads a descriptor once and returns the cached object after', () => {
    const r = found(catalog.resolve('scdl/subventions'));
    const first = catalog.load(r);
    assert.equal(catalog.load(r), first);
    assert.ok(Array.isArray((first as { fields: unknown[] }).fields));
  });
});

describe('loadTableSchema', () => {
  const catalog = new SchemaCatalog(catalogDir);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odl-schema-'));
    fs.writeFileSync(path.join(dir, 'schema.json'), JSON.stringify({ fields: [{ name: 'nom', type: 'string' }] }));
    fs.writeFileSync(path.join(dir, 'schema.yaml'), 'fields:\n  - name: nom\n    type: string\n');
    fs.writeFileSync(path.join(dir, 'broken.json'), '{\n  "fields": [\n    { "name": "nom" }\n    { "name": "x" }\n  ]\n}');
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'fields:\n  - name: [nom\n');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', resources: [] }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads a catalog reference with its origin', () => {
    const r = loadTableSchema('etalab/schema-stationnement@0.1.5', { catalog });
    assert.ok(r.ok);
    assert.equal(r.source.type, 'catalog');
    assert.ok(r.source.type === 'catalog' && r.source.id === 'etalab/schema-stationnement' && r.source.pinned);
    assert.ok(r.schema.fields.some((f) => f.name === 'Xlong'));
    const url = loadTableSchema('https://schema.data.gouv.fr/schemas/etalab/schema-irve-statique/latest/schema-statique.json', { catalog });
    assert.ok(url.ok && url.source.type === 'catalog' && url.source.version === '2.3.1');
  });

  it('loads a local schema.json or schema.yaml relative to the base directory', () => {
    const json = loadTableSchema('./schema.json', { baseDir: dir, catalog });
    assert.ok(json.ok);
    assert.deepEqual(json.source, { type: 'file', ref: './schema.json', path: path.join(dir, 'schema.json') });
    const bare = loadTableSchema('schema.yaml', { baseDir: dir, catalog });
    assert.ok(bare.ok && bare.schema.fields[0].name === 'nom');
    const absolute = loadTableSchema(path.join(dir, 'schema.json'), { catalog });
    assert.ok(absolute.ok);
  });

  it('takes a catalog URL typed without https:// for a URL, not a path', () => {
    const r = loadTableSchema('schema.data.gouv.fr/schemas/scdl/subventions/2.1.0/schema.json', { baseDir: dir, catalog });
    assert.ok(r.ok && r.source.type === 'catalog' && r.source.version === '2.1.0');
  });

  it('reports a missing file, with the path it tried', () => {
    const r = loadTableSchema('./nope/schema.json', { baseDir: dir, catalog });
    assert.ok(!r.ok);
    assert.deepEqual(r.error, { code: 'schema-file-not-found', ref: './nope/schema.json', path: path.join(dir, 'nope', 'schema.json') });
  });

  it('reports invalid JSON and YAML with line and column', () => {
    const r = loadTableSchema('broken.json', { baseDir: dir, catalog });
    assert.ok(!r.ok && r.error.code === 'schema-invalid-json');
    // 0-based: the fourth line, whose `{` comes where a comma is missing.
    assert.deepEqual([r.error.line, r.error.column], [3, 4]);
    assert.equal(r.error.offset, fs.readFileSync(path.join(dir, 'broken.json'), 'utf8').indexOf('{ "name": "x"'));
    const y = loadTableSchema('broken.yaml', { baseDir: dir, catalog });
    assert.ok(!y.ok && y.error.code === 'schema-invalid-json');
    assert.ok(y.error.line >= 1);
  });

  it('refuses what is not a Table Schema, naming a datapackage\'s tables', () => {
    const zfe = loadTableSchema('etalab/schema-zfe', { catalog });
    assert.ok(!zfe.ok && zfe.error.code === 'schema-not-table-schema' && zfe.error.kind === 'jsonschema');
    const irve = loadTableSchema('etalab/schema-irve', { catalog });
    assert.ok(!irve.ok && irve.error.code === 'schema-not-table-schema');
    assert.deepEqual(irve.error.members, ['etalab/schema-irve-statique', 'etalab/schema-irve-dynamique']);
    const local = loadTableSchema('package.json', { baseDir: dir, catalog });
    assert.ok(!local.ok && local.error.code === 'schema-not-table-schema' && local.error.kind === 'datapackage');
  });

  it('reports an unknown reference or URL with suggestions, and phrases it in French and English', () => {
    const r = loadTableSchema('scdl/subvention', { catalog });
    assert.ok(!r.ok && r.error.code === 'schema-not-found');
    assert.equal(r.error.suggestions[0].id, 'scdl/subventions');
    const { key, params } = loadErrorMessage(r.error);
    assert.match(t(key, 'fr', params), /Aucun schéma « scdl\/subvention ».*Vouliez-vous dire : scdl\/subventions/);
    assert.match(t(key, 'en', params), /Did you mean: scdl\/subventions/);
    const remote = loadTableSchema('https://example.org/my-schema.json', { catalog });
    assert.ok(!remote.ok && remote.error.code === 'schema-not-found' && remote.error.reason === 'unknown-url');
    assert.match(t(loadErrorMessage(remote.error).key, 'fr', loadErrorMessage(remote.error).params), /jamais téléchargés/);
  });

  it('has a French and an English message for every error it can return', () => {
    const errors = [
      loadTableSchema('scdl/subventions@9.9.9', { catalog }),
      loadTableSchema('', { catalog }),
      loadTableSchema('./missing.json', { baseDir: dir, catalog }),
      loadTableSchema('broken.json', { baseDir: dir, catalog }),
      loadTableSchema('etalab/schema-zfe', { catalog }),
      loadTableSchema('etalab/schema-irve', { catalog }),
      loadTableSchema('https://example.org/x.json', { catalog }),
    ];
    for (const r of errors) {
      assert.ok(!r.ok);
      const { key, params } = loadErrorMessage(r.error);
      for (const locale of ['fr', 'en'] as const) {
        const text = t(key, locale, params);
        assert.notEqual(text, key, `no ${locale} message for ${key}`);
        assert.doesNotMatch(text, /\{\w+\}|undefined/, text);
      }
    }
  });
});
