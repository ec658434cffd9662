// Checks across a sidecar and its CSV (path, schema reference, dialect, encoding, temporal coverage,
// inline fields) and of the fiche descriptive itself (SIRET, keywords, dates, licence, completeness).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { sidecarFix } from '../../../server/src/engine/metadata/sidecarFixes';
import { check, en, fixtures, fr, irveCsvPath, only, scratch, where } from './metadataKit';

const irveCsv = readFileSync(irveCsvPath, 'utf8');
const complete = readFileSync(path.join(fixtures, 'irve', 'bornes.resource.yaml'), 'utf8');

describe('metadata: checks across the sidecar and its CSV', () => {
  it('finds nothing to say about a complete, consistent sidecar', () => {
    const report = check(complete, path.join(fixtures, 'irve'));
    assert.deepEqual(where(report.problems), []);
    assert.equal(report.resources[0].tablePath, irveCsvPath);
    assert.equal(report.resources[0].facts?.rowsRead, 2);
  });

  it('proposes the nearest CSV file for a path that does not exist', () => {
    const dir = scratch({ 'bornes.csv': irveCsv, 'autre.csv': 'a\n' });
    const [problem] = only(check('path: borne.csv\n', dir), 'metadata-path-not-found');
    assert.equal(problem.params.suggestion, 'bornes.csv');
    assert.equal(fr(problem), 'Aucun fichier « borne.csv » à côté de cette fiche. Vouliez-vous dire « bornes.csv » ?');
    assert.deepEqual(sidecarFix(problem)?.newText, 'bornes.csv');
    const far = only(check('path: zzz.csv\n', dir), 'metadata-path-not-found')[0];
    assert.equal(en(far), 'No file “zzz.csv” beside this sidecar. Files here: autre.csv, bornes.csv.');
  });

  it('refuses a path that is a folder, the sidecar itself or not a table; says a URL is not checked', () => {
    const dir = scratch({ 'data/x.csv': 'a\n', 'notes.pdf': '%PDF', 'autre.resource.yaml': 'path: data/x.csv\n' });
    const variants = ['data', 'autre.resource.yaml', 'notes.pdf'].map((p) => only(check(`path: ${p}\n`, dir), 'metadata-path-not-table')[0]?.params.variant);
    assert.deepEqual(variants, ['directory', 'extension', 'extension']);
    assert.equal(only(check('path: https://example.org/x.csv\n', dir), 'metadata-path-remote')[0].severity, 'information');
  });

  it('tells when the declared delimiter is not the file’s, and fixes it', () => {
    const dir = scratch({ 'bornes.csv': irveCsv });
    const text = 'path: bornes.csv\ndialect:\n  delimiter: ";"\n';
    const [problem] = only(check(text, dir), 'metadata-dialect-mismatch');
    assert.deepEqual(where([problem]), ['metadata-dialect-mismatch 2:13-2:16']);
    assert.match(fr(problem), /^Le CSV est séparé par « , » \(40 colonnes\), et non par « ; »/);
    assert.equal(sidecarFix(problem)?.newText, '","');
    // A declared tab for a semicolon file, and the right declaration: nothing.
    const semicolon = scratch({ 'f.csv': 'a;b;c\n1;2;3\n' });
    assert.equal(only(check('path: f.csv\ndialect:\n  delimiter: "\\t"\n', semicolon, 'f.resource.yaml'), 'metadata-dialect-mismatch')[0].params.declared, '\\t');
    assert.deepEqual(only(check('path: f.csv\ndialect:\n  delimiter: ";"\n', semicolon, 'f.resource.yaml'), 'metadata-dialect-mismatch'), []);
  });

  it('tells when `header: false` would read the column names as data', () => {
    const dir = scratch({ 'bornes.csv': irveCsv });
    const [problem] = only(check('path: bornes.csv\nschema: etalab/schema-irve-statique@2.3.1\ndialect:\n  header: false\n', dir), 'metadata-dialect-mismatch');
    assert.deepEqual([problem.params.variant, problem.params.matched, where([problem])[0]], ['header', 40, 'metadata-dialect-mismatch 3:10-3:15']);
    assert.equal(sidecarFix(problem)?.newText, 'true');
    const noHeader = scratch({ 'f.csv': '1;Brest\n' });
    assert.deepEqual(only(check('path: f.csv\ndialect:\n  header: false\nschema:\n  fields:\n    - name: id\n    - name: ville\n', noHeader, 'f.resource.yaml'), 'metadata-dialect-mismatch'), []);
  });

  it('compares the declared encoding with the bytes on disk', () => {
    const latin = Buffer.from('nom;ville\nCaf\xe9;Br\xe8s\n', 'latin1');
    const dir = scratch({ 'f.csv': latin, 'u.csv': 'nom\nCafé\n', 'a.csv': 'nom\nCafe\n' });
    assert.equal(only(check('path: f.csv\nencoding: utf-8\n', dir, 'f.resource.yaml'), 'metadata-encoding-mismatch')[0].params.actual, 'windows-1252');
    assert.equal(only(check('path: u.csv\nencoding: windows-1252\n', dir, 'u.resource.yaml'), 'metadata-encoding-mismatch').length, 1);
    // ASCII reads the same in both: no claim can be wrong.
    assert.equal(only(check('path: a.csv\nencoding: windows-1252\n', dir, 'a.resource.yaml'), 'metadata-encoding-mismatch').length, 0);
    // UTF-16, even of ASCII text, is no other encoding's bytes; a sidecar naming its byte order is right.
    const utf16 = scratch({ 'w.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nom\nCafe\n', 'utf16le')]) });
    assert.equal(only(check('path: w.csv\nencoding: utf-8\n', utf16, 'w.resource.yaml'), 'metadata-encoding-mismatch')[0].params.actual, 'utf-16le');
    assert.equal(only(check('path: w.csv\nencoding: UTF-16LE\n', utf16, 'w.resource.yaml'), 'metadata-encoding-mismatch').length, 0);
  });

  it('checks that the temporal coverage contains the dates of the date columns, by value or by schema', () => {
    const dir = scratch({ 'bornes.csv': irveCsv });
    const text = 'path: bornes.csv\ncouverture_temporelle:\n  debut: 2020-06-01\n  fin: 2020-12-31\n';
    const problems = only(check(text, dir), 'metadata-temporal-coverage');
    assert.deepEqual(problems.map((p) => [p.params.variant, p.params.date, p.params.column, p.params.row, p.range.start.line]), [
      ['before', '2020-01-14', 'date_mise_en_service', 2, 2],
      ['after', '2021-04-05', 'date_maj', 2, 3],
    ]);
    assert.equal(fr(problems[0]), 'Le CSV contient une date antérieure au début de la couverture (2020-06-01) : 2020-01-14 dans la colonne « date_mise_en_service », ligne 2.');
    assert.equal(sidecarFix(problems[1])?.newText, '2021-04-05');

    // French dates, and a year column that a schema declares (the whole year is covered).
    const french = scratch({ 'f.csv': 'jour,annee\n03/02/2019,2018\n15/11/2019,2018\n' });
    const byValue = only(check('path: f.csv\ncouverture_temporelle:\n  debut: 2019-01-01\n  fin: 2019-12-31\n', french, 'f.resource.yaml'), 'metadata-temporal-coverage');
    assert.deepEqual(byValue, []);
    const schema = 'path: f.csv\nschema:\n  fields:\n    - name: jour\n      type: string\n    - name: annee\n      type: year\ncouverture_temporelle:\n  debut: 2019-01-01\n  fin: 2019-12-31\n';
    assert.deepEqual(only(check(schema, french, 'f.resource.yaml'), 'metadata-temporal-coverage').map((p) => [p.params.variant, p.params.date]), [['before', '2018-01-01']]);
  });

  it('checks an inline field list against the header: missing fields, extra columns, order', () => {
    const dir = scratch({ 'f.csv': 'id,nom,commune\n1,a,b\n' });
    const missing = check('path: f.csv\nschema:\n  fields:\n    - name: id\n    - name: nm\n    - name: commune\n', dir, 'f.resource.yaml');
    assert.deepEqual(only(missing, 'metadata-fields-mismatch').map((p) => [p.params.variant, p.params.field ?? p.params.labels, p.params.suggestion]), [
      ['extra', ['nom'], undefined],
      ['missing', 'nm', 'nom'],
    ]);
    assert.deepEqual(where(only(missing, 'metadata-fields-mismatch')), ['metadata-fields-mismatch 2:2-2:8', 'metadata-fields-mismatch 4:12-4:14']);
    const order = check('path: f.csv\nschema:\n  fields:\n    - name: nom\n    - name: id\n    - name: commune\n', dir, 'f.resource.yaml');
    assert.equal(fr(only(order, 'metadata-fields-mismatch')[0]), 'Les champs ne sont pas dans l’ordre de l’en-tête du CSV : id, nom, commune.');
  });

  it('warns that a catalog schema without version is not pinned, with a fix that pins it', () => {
    const dir = scratch({ 'bornes.csv': irveCsv });
    const [problem] = only(check('path: bornes.csv\nschema: etalab/schema-irve-statique\n', dir), 'schema-version-not-pinned');
    assert.equal(problem.severity, 'warning');
    assert.deepEqual(sidecarFix(problem), { range: problem.range, newText: 'etalab/schema-irve-statique@2.3.1', value: 'etalab/schema-irve-statique@2.3.1', kind: 'pin' });
    // A schema.data.gouv.fr URL resolves to the bundled copy, a local path is read from the sidecar's folder.
    assert.deepEqual(check('path: bornes.csv\nschema: https://schema.data.gouv.fr/schemas/etalab/schema-irve-statique/2.3.1/schema-statique.json\n', dir).problems.filter((p) => p.code.startsWith('schema')), []);
    const local = scratch({ 'f.csv': 'id\n1\n', 'schema.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] }) });
    const report = check('path: f.csv\nschema: schema.json\n', local, 'f.resource.yaml');
    assert.deepEqual(report.resources[0].schema?.fields.map((f) => f.name), ['id']);
  });
});

describe('metadata: the fiche descriptive', () => {
  const dir = scratch({ 'bornes.csv': irveCsv });

  it('checks SIRET numbers with the INSEE key and La Poste’s rule, and keeps a lost leading zero fixable', () => {
    const text = 'path: bornes.csv\nproducteur:\n  nom: X\n  siret: "21350238800018"\ncollectivite:\n  nom: La Poste\n  siret: 35600000000048\n';
    const problems = only(check(text, dir), 'metadata-siret');
    assert.deepEqual(problems.map((p) => [p.params.property, p.params.variant]), [['producteur.siret', 'checksum']]);
    assert.equal(fr(problems[0]), '« 21350238800018 » n’est pas un SIRET valide : sa clé de contrôle (formule de Luhn de l’INSEE) est fausse. Vérifiez qu’aucun chiffre n’a été mal saisi.');
    const zero = only(check('path: bornes.csv\nproducteur:\n  siret: 2135023880001\n', dir), 'metadata-siret')[0];
    assert.equal(zero.params.variant, 'length');
    const siren = only(check('path: bornes.csv\nproducteur:\n  siret: "213502388"\n', dir), 'metadata-siret')[0];
    assert.equal(siren.params.variant, 'siren-instead');
  });

  it('wants keywords in lower case without accents, one per item', () => {
    const text = 'path: bornes.csv\nmots_cles:\n  - Mobilité\n  - irve\n  - velo;bus\n';
    const problems = only(check(text, dir), 'metadata-keyword-format');
    assert.deepEqual(problems.map((p) => [p.params.variant, p.params.suggestion]), [[undefined, 'mobilite'], ['separator', undefined]]);
    assert.deepEqual(where(problems), ['metadata-keyword-format 2:4-2:12', 'metadata-keyword-format 4:4-4:12']);
  });

  it('checks that dates are in order and real', () => {
    const text = 'path: bornes.csv\ncouverture_temporelle:\n  debut: 2021-01-01\n  fin: 2020-01-01\ndate_publication: 2022-05-01\ndate_mise_a_jour: 2022-04-30\n';
    assert.deepEqual(only(check(text, dir), 'metadata-date-order').map((p) => p.params.variant), ['coverage', 'update']);
    const impossible = check('path: bornes.csv\ncouverture_temporelle:\n  debut: 2021-02-30\n  fin: 2020-01-01\n', dir);
    assert.deepEqual(only(impossible, 'metadata-date-order'), []);
    assert.deepEqual(only(impossible, 'metadata-invalid').map((p) => p.params.variant), ['format-date']);
  });

  it('notes a licence French administrations cannot use without approval, and a conflict with `licenses`', () => {
    assert.equal(only(check('path: bornes.csv\nlicence: cc-by-4.0\n', dir), 'metadata-licence-not-approved')[0].severity, 'information');
    const conflict = check('path: bornes.csv\nlicence: etalab-2.0\nlicenses:\n  - name: ODbL-1.0\n', dir);
    assert.deepEqual(only(conflict, 'metadata-licence-conflict').map((p) => p.params.listed), ['ODbL-1.0']);
    assert.deepEqual(only(check('path: bornes.csv\nlicence: etalab-2.0\nlicenses:\n  - name: lov2\n', dir), 'metadata-licence-conflict'), []);
  });

  it('lists what the SCDL catalogue still needs, and reports placeholders until they are filled', () => {
    const report = check('path: bornes.csv\ntitle: "À compléter : titre"\nfrequence: "A COMPLETER"\nmots_cles: [TODO]\n', dir);
    assert.deepEqual(only(report, 'metadata-placeholder').map((p) => p.params.property), ['title', 'frequence', 'mots_cles[0]']);
    // A placeholder is not also a wrong enumeration value.
    assert.deepEqual(only(report, 'metadata-invalid'), []);
    const [incomplete] = only(report, 'metadata-incomplete');
    assert.deepEqual(incomplete.params.missing, ['description', 'theme', 'producteur.nom', 'producteur.siret', 'couverture_spatiale.maille', 'couverture_spatiale.nom', 'couverture_temporelle.debut', 'couverture_temporelle.fin', 'date_publication', 'date_mise_a_jour', 'licence', 'url']);
  });
});
