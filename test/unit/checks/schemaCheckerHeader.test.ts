// Header ↔ schema fields, the way Validata maps them: by name, missing required/optional columns, extra
// columns, a different order, and near-miss labels with a suggestion.
import * as assert from 'node:assert/strict';
import { damerauLevenshtein, matchHeader, normalizeLabel, typoTolerance } from '../../../server/src/engine/checks/headerMatch';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { problemMessage } from '../../../server/src/i18n';
import { brief, check, covered, readSchema } from './schemaCheckerTestKit';

const stations = readSchema('stations.schema.json');
const row = 'FRA29P29019001,Brest - Port,Voirie,29019,"[-4.49, 48.39]",2,22,oui,2024-03-15,';
const header = 'id_station,nom_station,implantation,code_insee,coordonneesXY,nbre_pdc,puissance,gratuit,date_maj,observations';

/** The header with some labels replaced (or removed when the replacement is null), and the row likewise. */
function variant(replacements: Record<string, string | null>): string {
  const labels = header.split(',');
  const cells = row.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '')).slice(0, labels.length);
  const keep = labels.map((label) => replacements[label] !== null);
  const newLabels = labels.map((label) => replacements[label] ?? label).filter((_, i) => keep[i]);
  const newCells = cells.filter((_, i) => keep[i]);
  return `${newLabels.join(',')}\n${newCells.join(',')}\n`;
}

describe('SchemaChecker header', () => {
  it('exact names: no header problem', () => {
    assert.deepEqual(check(`${header}\n${row}\n`, stations).map(brief), []);
  });

  it('a missing required column is one error on the header (not one per row), an optional one a warning', () => {
    const text = variant({ date_maj: null, code_insee: null });
    const problems = check(`${text}${text.split('\n')[1].replace('001', '002')}\n`, stations);
    // Same range (the header row): errors sort before warnings.
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.severity]), [
      ['1 missing-label date_maj', 'error'],
      ['1 missing-label code_insee', 'warning'],
    ]);
    assert.deepEqual(problems[0].params, { fieldName: 'date_maj', required: true, position: 9, afterLabel: 'gratuit', afterFieldNumber: 7 });
    assert.equal(covered(text, problems[0]), text.split('\n')[0]);
    assert.equal(problemMessage(problems[0], 'fr'), 'Colonne obligatoire manquante : « date_maj » (attendue après « gratuit »).');
    assert.equal(problemMessage(problems[1], 'en'), 'Missing optional column: “code_insee” (expected after “implantation”). The schema defines it; it may be added empty.');
  });

  it('an extra column is a warning on its label', () => {
    const text = `${header},commentaire_interne\n${row},x\n`;
    const problems = check(text, stations);
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.severity, problem.fieldNumber, covered(text, problem)]), [
      ['1 extra-label commentaire_interne', 'warning', 11, 'commentaire_interne'],
    ]);
  });

  it('columns are matched by name: another order is one warning, and cells are still checked against their field', () => {
    const labels = header.split(',');
    const cells = ['FRA29P29019001', 'Brest - Port', 'Voirie', '29019', '"[-4.49, 48.39]"', 'deux', '22', 'oui', '2024-03-15', ''];
    const order = [1, 0, 2, 3, 4, 6, 5, 7, 8, 9];
    const text = `${order.map((i) => labels[i]).join(',')}\n${order.map((i) => cells[i]).join(',')}\n`;
    const problems = check(text, stations);
    assert.deepEqual(problems.map(brief), ['1 column-order -', '2 type-error.integer nbre_pdc']);
    assert.deepEqual(problems[0].params, {
      expected: labels.filter((label) => label !== ''),
      actual: order.map((i) => labels[i]),
      firstFieldNumber: 2,
    });
    assert.equal(covered(text, problems[1]), 'deux');
    assert.equal(problems[1].fieldNumber, 7);
    assert.match(problemMessage(problems[0], 'fr'), /^Les colonnes ne sont pas dans l'ordre du schéma\. Ordre attendu : id_station, nom_station, implantation/);
  });

  it('a label differing by case, accents, spaces or separators gets incorrect-label with the exact name', () => {
    const text = variant({ nom_station: 'Nom Station', date_maj: 'Date_MAJ', code_insee: 'code-insée' });
    const problems = check(text, stations);
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.params.suggestion, problem.params.mismatch, problem.severity, covered(text, problem)]), [
      ['1 incorrect-label Nom Station', 'nom_station', 'separators', 'error', 'Nom Station'],
      ['1 incorrect-label code-insée', 'code_insee', 'separators', 'warning', 'code-insée'],
      ['1 incorrect-label Date_MAJ', 'date_maj', 'case', 'error', 'Date_MAJ'],
    ]);
    assert.equal(problemMessage(problems[0], 'fr'), 'Nom de colonne incorrect « Nom Station ». Vouliez-vous dire « nom_station » ?');
    assert.equal(problemMessage(problems[0], 'en'), 'Incorrect column name “Nom Station”. Did you mean “nom_station”?');
  });

  it('small typos (Damerau-Levenshtein ≤ 2 from 8 letters, ≤ 1 from 4) are recognized and the column is validated as the field', () => {
    const text = variant({ implantation: 'implantaton', coordonneesXY: 'coordonnesXY', nbre_pdc: 'nbr_pdc', observations: 'obsrevations' });
    const lines = text.split('\n');
    const withError = `${lines[0]}\n${lines[1].replace(',2,22,', ',zéro,22,')}\n`;
    const problems = check(withError, stations);
    assert.deepEqual(problems.map((problem) => [brief(problem), problem.params.suggestion]), [
      ['1 incorrect-label implantaton', 'implantation'],
      ['1 incorrect-label coordonnesXY', 'coordonneesXY'],
      ['1 incorrect-label nbr_pdc', 'nbre_pdc'],
      ['1 incorrect-label obsrevations', 'observations'],
      ['2 type-error.integer nbre_pdc', undefined],
    ]);
    assert.equal(problems[4].fieldNumber, 6);
  });

  it('a label too far from every field is extra (and the field missing)', () => {
    const problems = check(variant({ implantation: 'type_implantation_station' }), stations);
    assert.deepEqual(problems.map(brief), ['1 missing-label implantation', '1 extra-label type_implantation_station']);
  });

  it('short names tolerate no typo', () => {
    const schema: TableSchema = { fields: [{ name: 'id', constraints: { required: true } }, { name: 'nom' }] };
    assert.deepEqual(check('ix,nom\n1,a\n', schema).map(brief), ['1 missing-label id', '1 extra-label ix']);
    assert.deepEqual(check('ID,nom\n1,a\n', schema).map(brief), ['1 incorrect-label ID']);
  });

  it('a label equally close to two fields is not guessed', () => {
    const schema: TableSchema = { fields: [{ name: 'date_debut' }, { name: 'date_dubut' }] };
    const problems = check('date_dabut\nx\n', schema);
    assert.deepEqual(problems.map(brief), ['1 extra-label date_dabut', '1 missing-label date_debut', '1 missing-label date_dubut']);
  });

  it('labels with surrounding spaces map to their field silently (label-whitespace says it)', () => {
    const text = `${header.replace('nom_station', ' nom_station ')}\n${row}\n`;
    assert.deepEqual(check(text, stations, { structure: true }).map(brief), ['1 label-whitespace  nom_station ']);
  });

  it('a duplicated label is left to duplicate-label, not reported again as extra', () => {
    const text = `${header},nom_station\n${row},x\n`;
    assert.deepEqual(check(text, stations, { structure: true }).map(brief), ['1 duplicate-label nom_station']);
  });

  it('an exact name wins over a near miss of the same field', () => {
    const schema: TableSchema = { fields: [{ name: 'nom_station' }] };
    assert.deepEqual(check('Nom Station,nom_station\na,b\n', schema).map(brief), ['1 extra-label Nom Station']);
  });

  describe('matching helpers', () => {
    it('normalizeLabel drops case, accents, spaces and separators', () => {
      assert.equal(normalizeLabel(" Code INSÉE-commune_n°'1 "), 'codeinseecommunen°1');
    });

    it('damerauLevenshtein counts a transposition as one edit and stops past its limit', () => {
      assert.equal(damerauLevenshtein('observations', 'obsrevations'), 1);
      assert.equal(damerauLevenshtein('implantation', 'implantaton'), 1);
      assert.equal(damerauLevenshtein('abc', 'abc'), 0);
      assert.equal(damerauLevenshtein('kitten', 'sitting'), 3);
      assert.equal(damerauLevenshtein('a', 'abcdef', 2), 3);
      assert.equal(damerauLevenshtein('abcdefgh', 'zzzzzzzz', 2), 3);
    });

    it('typoTolerance grows with the name', () => {
      assert.deepEqual([3, 4, 7, 8, 20].map(typoTolerance), [0, 1, 1, 2, 2]);
    });

    it('matchHeader maps both ways', () => {
      const match = matchHeader(['b', 'x', 'a'], [{ name: 'a', required: true }, { name: 'b', required: false }, { name: 'c', required: false }]);
      assert.deepEqual([...match.columnOfField], [2, 0, -1]);
      assert.deepEqual([...match.fieldOfColumn], [1, -1, 0]);
      assert.deepEqual(match.findings.map((finding) => finding.kind), ['missing-label', 'extra-label', 'column-order']);
    });
  });
});
