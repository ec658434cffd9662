// The geography checks and their fixes on the fixtures of test/fixtures/geography (catalog examples of the
// covoiturage, DAE and SCDL prénoms schemas with planted mistakes, and a table without a schema): every
// problem with its row, column and parameters, messages in French and English, and the fixes each offers.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemaCheckers } from '../../../server/src/engine/checks/schemaCheckers';
import { hygieneCheckers } from '../../../server/src/engine/checks/hygiene/hygieneChecker';
import { roleOfLabel, geographyColumns } from '../../../server/src/engine/checks/geography/geographyColumns';
import { FixSession, applyEdits } from '../../../server/src/engine/fixes';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { validateText } from '../../../server/src/engine/validate';
import { problemMessage, t } from '../../../server/src/i18n';

const fixtures = path.resolve(__dirname, '../../fixtures/geography');
const GEOGRAPHY = /^(commune-|uai-)/;

function schema(ref: string): TableSchema {
  const loaded = loadTableSchema(ref);
  if (!loaded.ok) throw new Error(`${ref}: ${loaded.error.code}`);
  return loaded.schema;
}

function checked(file: string, ref?: string): { text: string; problems: Problem[]; schema?: TableSchema } {
  const text = decodeBytes(fs.readFileSync(path.join(fixtures, file))).text;
  const tableSchema = ref ? schema(ref) : undefined;
  const report = validateText(text, { checkers: tableSchema ? schemaCheckers(tableSchema) : hygieneCheckers() });
  return { text, problems: report.problems, ...(tableSchema ? { schema: tableSchema } : {}) };
}

const brief = (p: Problem) => `${p.rowNumber} ${p.code}${p.params.variant ? `.${String(p.params.variant)}` : ''} ${p.fieldName} ${p.severity}`;
const geography = (problems: Problem[]) => problems.filter((p) => GEOGRAPHY.test(p.code));

describe('geography: column roles', () => {
  it('reads the roles from the names the catalog uses', () => {
    const roles = Object.fromEntries(
      ['code_insee_commune', 'insee', 'com_lieu', 'c_com_insee', 'c_com_nom', 'c_com_cp', 'COLL_INSEE', 'COLL_SIRET', 'postal_code', 'codeDepartement', 'region', 'uai', 'comm', 'nom_lieu', 'siren_amenageur', 'code_iris_insee', 'epci_siren'].map((label) => [label, roleOfLabel(label) ?? '-']),
    );
    assert.deepEqual(roles, {
      code_insee_commune: 'communeCode',
      insee: 'communeCode',
      com_lieu: 'communeName',
      c_com_insee: 'communeCode',
      c_com_nom: 'communeName',
      c_com_cp: 'postcode',
      COLL_INSEE: 'communeCode',
      COLL_SIRET: 'communeSiren',
      postal_code: 'postcode',
      codeDepartement: 'department',
      region: 'region',
      uai: 'uai',
      // covoiturage's comments, the place's name, an operator's SIREN, an IRIS, an EPCI: none is the commune's.
      comm: '-',
      nom_lieu: '-',
      siren_amenageur: '-',
      code_iris_insee: '-',
      epci_siren: 'epciSiren',
    });
  });

  it('takes a description into account only where no name gave the role, and only when it begins by naming it', () => {
    // openmaraude's `id` is "composed of the commune's INSEE code": an identifier, not the code.
    const found = geographyColumns([
      { label: 'id', description: "Identifiant de la station, composé du code INSEE de la commune et d'un numéro" },
      { label: 'code_geo', description: 'Code INSEE de la commune où se trouve la station' },
    ]);
    assert.equal(found.communeCode, 1);
  });
});

describe('geography: checks on the fixtures', () => {
  it('covoiturage: a postcode for a code (Dieppe 76000), a name that is another commune, a delegated commune; St Etienne is Saint-Étienne', () => {
    const { problems } = checked('covoiturage-communes.csv', 'etalab/schema-lieux-covoiturage@0.3.1');
    assert.deepEqual(geography(problems).map(brief), [
      '3 commune-code-unknown.postcode insee error',
      '4 commune-name-mismatch com_lieu warning',
      '5 commune-code-former.delegated insee error',
    ]);
    const [postcode, name, former] = geography(problems);
    assert.deepEqual(postcode.params, { cogYear: 2026, variant: 'postcode', value: '76000', servedBy: ['Rouen (76540)'], servedCount: 1, suggestion: '76217', suggestionName: 'Dieppe' });
    assert.equal(problemMessage(postcode, 'fr'), '« 76000 » n’est pas un code de commune (COG 2026) : c’est un code postal, celui de Rouen (76540). Le nom et le lieu de la ligne désignent 76217 (Dieppe).');
    assert.equal(problemMessage(postcode, 'en'), '“76000” is not a commune code (COG 2026): it is a postcode, of Rouen (76540). The row\'s name and place point to 76217 (Dieppe).');
    assert.deepEqual([name.params.value, name.params.code, name.params.official, name.params.codeField], ['Dieppe', '53130', 'Laval', 'insee']);
    assert.deepEqual([former.params.value, former.params.name, former.params.current, former.params.currentName], ['74011', 'Annecy-le-Vieux', '74010', 'Annecy']);
    assert.match(problemMessage(former, 'fr'), /commune déléguée Annecy-le-Vieux, rattachée à 74010 \(Annecy\)/);
  });

  it('DAE: empty codes that name and postcode fill (Épône 78680, Dieppe 76200), a postcode of another commune', () => {
    const { problems } = checked('dae-communes.csv', 'atlasante/schema-dae@1.0.0');
    assert.deepEqual(geography(problems).map(brief), [
      '2 commune-code-missing com_insee information',
      '3 commune-postcode-mismatch com_cp warning',
      '4 commune-code-missing com_insee information',
    ]);
    const [epone, laval] = geography(problems);
    assert.deepEqual([epone.params.suggestion, epone.params.suggestionName, epone.params.postcode], ['78217', 'Épône', '78680']);
    assert.deepEqual([laval.params.value, laval.params.expected, laval.params.servedBy], ['76200', ['53000'], ['Dieppe (76217)']]);
    assert.equal(problemMessage(laval, 'fr'), 'Le code postal 76200 ne dessert pas 53130 (Laval) (ses codes postaux : 53000) ; il dessert Dieppe (76217).');
  });

  it('SCDL prénoms: a delegated commune, a département with no such commune; `Havre (Le)` is Le Havre', () => {
    const { problems } = checked('prenoms-communes.csv', 'scdl/prenoms@1.1.6');
    assert.deepEqual(geography(problems).map(brief), ['3 commune-code-former.delegated COLL_INSEE error', '4 commune-code-unknown.not-in-department COLL_INSEE error']);
    assert.deepEqual(geography(problems)[1].params, { cogYear: 2026, variant: 'not-in-department', value: '53999', department: '53', departmentName: 'Mayenne', local: '999', suggestion: '53130', suggestionName: 'Laval' });
  });

  it('without a schema: département, région, another commune’s SIREN, UAI letters; columns found by names and values', () => {
    const { problems } = checked('communes-sans-schema.csv');
    assert.deepEqual(geography(problems).map(brief), [
      '3 commune-area-mismatch departement warning',
      '4 commune-area-mismatch.region region warning',
      '5 commune-siren-mismatch siren_commune warning',
      '6 uai-invalid.key uai error',
      '8 uai-invalid uai error',
    ]);
    const [, region, siren, key] = geography(problems);
    assert.equal(problemMessage(region, 'en'), '“28” is not the région of 78217 (Épône): it lies in région 11 (Île-de-France).');
    assert.deepEqual([siren.params.sirenCommune, siren.params.code, siren.params.expected], ['53130', '76217', '217602176']);
    assert.equal(key.params.expected, '0750655E');
  });

  it('CNIG sites économiques: the SIREN of an EPCI the commune is not a member of (the catalog example’s row is right)', () => {
    const { problems } = checked('sites-eco-epci.csv', 'cnigfr/sites-economiques-site-eco@1.0.1');
    assert.deepEqual(geography(problems).map(brief), ['3 commune-epci-mismatch site_epci_siren warning']);
    assert.equal(
      problemMessage(geography(problems)[0], 'en'),
      '“200071223” is the SIREN of CC Nièvre et Somme, but 76217 (Dieppe) belongs to CA de la Région Dieppoise (SIREN 247600786) (COG 2026).',
    );
  });

  it('a column named like a code whose values are not commune codes is not read as one (no schema)', () => {
    const text = 'code_insee,commune\nA12,Dieppe\nB34,Laval\n76000,Dieppe\n';
    assert.deepEqual(geography(validateText(text, { checkers: hygieneCheckers() }).problems), []);
  });

  it('a cell the schema rejects is the schema’s to report (a four-digit code: the pattern and the leading-zero fix)', () => {
    const tableSchema = schema('etalab/schema-lieux-covoiturage@0.3.1');
    const text = fs.readFileSync(path.join(fixtures, 'covoiturage-communes.csv'), 'utf8').replace(',76217,Parking', ',6217,Parking');
    const problems = validateText(text, { checkers: schemaCheckers(tableSchema) }).problems.filter((p) => p.rowNumber === 2);
    assert.deepEqual(problems.map((p) => p.code), ['constraint-error']);
  });

  it('a former code is a warning that says so when the data are older than the COG', () => {
    const tableSchema = schema('scdl/prenoms@1.1.6');
    const text = fs.readFileSync(path.join(fixtures, 'prenoms-communes.csv'), 'utf8');
    const former = validateText(text, { checkers: schemaCheckers(tableSchema, { dataYear: 2015 }) }).problems.find((p) => p.code === 'commune-code-former');
    assert.equal(former?.severity, 'warning');
    assert.match(problemMessage(former as Problem, 'fr'), /Les données du fichier datent de 2015 : le code était peut-être en vigueur alors/);
    // Without a schema too; and data of the COG's own year get the error.
    const plain = 'code_insee,commune\n74011,Annecy-le-Vieux\n74010,Annecy\n';
    const severityFor = (dataYear: number) => validateText(plain, { checkers: hygieneCheckers({ dataYear }) }).problems.find((p) => p.code === 'commune-code-former')?.severity;
    assert.deepEqual([severityFor(2016), severityFor(2026)], ['warning', 'error']);
  });
});

describe('geography: fixes', () => {
  function session(file: string, ref?: string) {
    const { text, problems, schema: tableSchema } = checked(file, ref);
    return { text, problems, session: new FixSession({ text, problems, ...(tableSchema ? { schema: tableSchema } : {}) }) };
  }

  it('fills an empty code from name and postcode (safe), titled in French and English, and for the whole column', () => {
    const { text, problems, session: fixes } = session('dae-communes.csv', 'atlasante/schema-dae@1.0.0');
    const missing = problems.filter((p) => p.code === 'commune-code-missing');
    const [offer] = fixes.proposalFor(missing[0]).offers;
    assert.deepEqual([offer.kind, offer.safety], ['commune-code-fill', 'safe']);
    assert.equal(t(offer.title.key, 'fr', offer.title.params), 'Renseigner le code INSEE 78217 (Épône)');
    assert.equal(t(offer.title.key, 'en', offer.title.params), 'Fill in INSEE code 78217 (Épône)');
    assert.deepEqual(offer.changes, [{ rowNumber: 2, column: 'com_insee', before: '', after: '78217' }]);
    const column = fixes.columnFix(missing[0], 'commune-code-fill');
    assert.equal(column && t(column.offer.title.key, 'fr', column.offer.title.params), 'Corriger les 2 codes INSEE manquants de `com_insee`');
    // The file keeps its `, ` separators: only the two empty cells change.
    const fixed = applyEdits(text, column?.offer.edits ?? []);
    assert.equal(fixed, text.replace('78680, , Épône', '78680, 78217, Épône').replace('76200, , Dieppe', '76200, 76217, Dieppe'));
  });

  it('a former code: the current commune’s code, unsafe; a postcode in the code column: the row’s commune, unsafe', () => {
    const { problems, session: fixes } = session('covoiturage-communes.csv', 'etalab/schema-lieux-covoiturage@0.3.1');
    const offersOf = (code: string) => fixes.proposalFor(problems.find((p) => p.code === code) as Problem).offers.map((o) => [o.kind, o.safety, o.changes?.[0].after, t(o.title.key, 'fr', o.title.params)]);
    assert.deepEqual(offersOf('commune-code-former'), [['commune-code-current', 'unsafe', '74010', 'Remplacer par le code de la commune actuelle 74010 (Annecy)']]);
    assert.deepEqual(offersOf('commune-code-unknown'), [['commune-code-from-name', 'unsafe', '76217', 'Remplacer par le code INSEE de la commune de la ligne, 76217 (Dieppe)']]);
  });

  it('a name that disagrees with its code: two choices, the code of the name and postcode, or the official name', () => {
    const text = 'code_insee,commune,code_postal\n53130,Dieppe,76200\n76217,Dieppe,76200\n';
    const problems = validateText(text, { checkers: hygieneCheckers() }).problems.filter((p) => GEOGRAPHY.test(p.code));
    assert.deepEqual(problems.map(brief), ['2 commune-name-mismatch commune warning', '2 commune-postcode-mismatch code_postal warning']);
    const offers = new FixSession({ text, problems }).proposalFor(problems[0]).offers;
    assert.deepEqual(
      offers.map((o) => [o.kind, o.safety, o.changes?.[0].column, o.changes?.[0].after]),
      [
        ['commune-code-for-name', 'choice', 'code_insee', '76217'],
        ['commune-name-official', 'choice', 'commune', 'Laval'],
      ],
    );
  });

  it('restores a lost leading zero (safe, so `--fix` takes it) and writes only that cell, line ends kept', () => {
    const text = 'code_insee,commune\r\n1053,Bourg-en-Bresse\r\n76217,Dieppe\r\n74010,Annecy\r\n';
    const problems = validateText(text, { checkers: hygieneCheckers() }).problems.filter((p) => GEOGRAPHY.test(p.code));
    assert.deepEqual(problems.map((p) => [p.code, p.params.variant, p.params.suggestion]), [['commune-code-unknown', 'leading-zero', '01053']]);
    const all = new FixSession({ text, problems }).fixAll('safe');
    assert.equal(applyEdits(text, all?.offer.edits ?? []), text.replace('\r\n1053,', '\r\n01053,'));
  });

  it('a name that disagrees with its code: each choice writes its own cell and nothing else', () => {
    const text = 'code_insee,commune,code_postal\n53130,Dieppe,76200\n76217,Dieppe,76200\n';
    const problems = validateText(text, { checkers: hygieneCheckers() }).problems.filter((p) => p.code === 'commune-name-mismatch');
    const [codeOffer, nameOffer] = new FixSession({ text, problems }).proposalFor(problems[0]).offers;
    assert.equal(applyEdits(text, codeOffer.edits), text.replace('\n53130,Dieppe', '\n76217,Dieppe'));
    assert.equal(applyEdits(text, nameOffer.edits), text.replace('\n53130,Dieppe', '\n53130,Laval'));
  });
});
