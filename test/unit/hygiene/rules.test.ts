// The rules behind the hygiene checks, one by one: snake_case names, value forms, personal data, spreadsheet
// leftovers; and the checker's behaviour on edge cases (what is not reported, levels, bounded reports).
import { strict as assert } from 'node:assert';
import { readHygieneLevels } from '../../../server/src/engine/checks/hygiene/hygieneOptions';
import { labelStyleReasons, snakeCaseHeader, toSnakeCase } from '../../../server/src/engine/checks/hygiene/labelStyle';
import { isPersonalEmail, personalDataOfLabel } from '../../../server/src/engine/checks/hygiene/personalData';
import { isMobilePhone } from '../../../server/src/engine/values/frenchPhoneNumbers';
import { isFormula, isSpreadsheetError, totalLabelKind } from '../../../server/src/engine/checks/hygiene/spreadsheetLeftovers';
import { booleanSpelling, classifyValue, rewriteDecimal } from '../../../server/src/engine/checks/hygiene/valueForms';
import { hygieneProblems, lines } from './hygieneKit';

describe('hygiene rules', () => {
  describe('snake_case names', () => {
    it('drops accents and ligatures, splits words at spaces, punctuation and case changes', () => {
      const cases: [string, string][] = [
        ["Date d'ouverture", 'date_d_ouverture'],
        ['Nom Aménageur', 'nom_amenageur'],
        ['codeINSEE', 'code_insee'],
        ['INSEECode', 'insee_code'],
        ['dateMaj', 'date_maj'],
        ['Œuvre (titre)', 'oeuvre_titre'],
        ['Taux (%)', 'taux_pct'],
        ['Montant €', 'montant_eur'],
        ['N° SIRET', 'n_siret'],
        ['2024 effectifs', 'col_2024_effectifs'],
        ['  Surface  (m²) ', 'surface_m2'],
        ['\uFEFFid', 'id'],
        ['déjà_snake', 'deja_snake'],
      ];
      for (const [label, name] of cases) assert.equal(toSnakeCase(label), name, label);
    });

    it('says why a label is not portable, and leaves snake_case labels (and blank ones) alone', () => {
      assert.deepEqual(labelStyleReasons('Nom de la structure'), ['spaces', 'case']);
      assert.deepEqual(labelStyleReasons("Type d'accueil"), ['spaces', 'punctuation', 'case']);
      assert.deepEqual(labelStyleReasons('état'), ['accents']);
      assert.deepEqual(labelStyleReasons('2024'), ['leading-digit']);
      assert.deepEqual(labelStyleReasons('nom__commune'), ['punctuation']);
      assert.deepEqual(labelStyleReasons('code_insee'), []);
      assert.deepEqual(labelStyleReasons(' code_insee '), [], 'surrounding spaces are label-whitespace');
      assert.deepEqual(labelStyleReasons(''), []);
    });

    it('renames a whole header to distinct names, keeping the labels already fine', () => {
      assert.deepEqual(snakeCaseHeader(['Nom', 'nom', 'NOM ', '', 'id']), ['nom_2', 'nom', 'nom_3', 'colonne_4', 'id']);
      // Labels a matching catalog schema names keep their spelling, and the other names go around them.
      assert.deepEqual(snakeCaseHeader(['Xlong', 'x long', 'xlong'], [true, false, true]), ['Xlong', 'x_long', 'xlong']);
      assert.deepEqual(snakeCaseHeader(['Nom', 'nom'], [false, true]), ['nom_2', 'nom']);
    });
  });

  describe('value forms', () => {
    it('classifies dates by pattern, numbers by decimal mark, booleans by family and case', () => {
      const cases: [string, string | undefined][] = [
        ['12/03/2024', 'date %d/%m/%Y'],
        ['1/3/24', 'date %d/%m/%y'],
        ['12-03-2024', 'date %d-%m-%Y'],
        ['2024-03-12', 'date %Y-%m-%d'],
        ['2024-03-12 14:30', 'date %Y-%m-%d %H:%M'],
        ['12/03/2024 14h30', 'date %d/%m/%Y %Hh%M'],
        ['12 mars 2024', 'date text'],
        ['12,5', 'number decimal-comma'],
        ['-4.4861', 'number decimal-point'],
        ['1 234,50', 'number decimal-comma'],
        ['1,234.50', 'number decimal-point'],
        ['1.234', 'number plain'],
        ['45', 'number plain'],
        ['12,5 %', 'number decimal-comma'],
        ['oui', 'boolean oui/non:lower'],
        ['Non', 'boolean oui/non:capital'],
        ['X', 'boolean x:capital'],
        ['VRAI', 'boolean vrai/faux:upper'],
        ['32/13/2024', undefined],
        ['Brest', undefined],
        ['0123', undefined],
      ];
      for (const [value, expected] of cases) {
        const found = classifyValue(value);
        assert.equal(found ? `${found.kind} ${found.form}` : undefined, expected, value);
      }
    });

    it('rewrites a decimal mark and spells a truth value in a family', () => {
      assert.equal(rewriteDecimal('48.3911', ','), '48,3911');
      assert.equal(rewriteDecimal('1 234,5', '.'), '1234.5');
      assert.equal(rewriteDecimal('-12,5 %', '.'), '-12.5 %');
      assert.equal(rewriteDecimal('Brest', '.'), undefined);
      assert.equal(booleanSpelling('oui/non:capital', true), 'Oui');
      assert.equal(booleanSpelling('oui/non:upper', false), 'NON');
      assert.equal(booleanSpelling('x:capital', true), 'X');
      assert.equal(booleanSpelling('x:capital', false), '');
    });
  });

  describe('personal data', () => {
    it('tells personal e-mail addresses from an organisation’s', () => {
      for (const personal of ['jean.dupont@ville-brest.fr', 'j.martin@orange.fr', 'anne-morvan@laposte.net', 'jdupont29@gmail.com', 'Élodie.Le-Bras@wanadoo.fr']) {
        assert.ok(isPersonalEmail(personal), personal);
      }
      for (const generic of ['mairie@ville.fr', 'contact@cvmb.fr', 'accueil@mairie-plouzane.fr', 'mairie.ploudaniel@wanadoo.fr', 'secretariat-mairie@orange.fr', 'info@gmail.com', 'creche.les-lucioles@brest.fr', 'dupont@entreprise.fr']) {
        assert.ok(!isPersonalEmail(generic), generic);
      }
    });

    it('takes 06 and 07 numbers as mobiles, in any writing', () => {
      for (const mobile of ['06 12 34 56 78', '0712345678', '+33 6 12 34 56 78', '+33 (0)7 81 22 45 90', '06.12.34.56.78']) assert.ok(isMobilePhone(mobile), mobile);
      for (const other of ['02 98 44 12 30', '0800 123 456', '06 12 34 56', '3949']) assert.ok(!isMobilePhone(other), other);
    });

    it('reads a natural person in labels, not in names of places or organisations', () => {
      const cases: [string, string | undefined][] = [
        ['Prénom', 'first-name'],
        ['Nom Prénom', 'name'],
        ['Nom du président', 'name'],
        ['nom_famille', 'name'],
        ['Date de naissance', 'birth-date'],
        ['ddn', 'birth-date'],
        ['Né le', 'birth-date'],
        ['Lieu de naissance', undefined],
        ['Nom', undefined],
        ['Nom de la structure', undefined],
        ["Nom de l'association", undefined],
        ['nom_commune', undefined],
      ];
      for (const [label, kind] of cases) assert.equal(personalDataOfLabel(label), kind, label);
    });

    it('flags a bare `nom` column only beside a first-name column', () => {
      assert.deepEqual(lines(hygieneProblems('nom,commune\nLe Gall,Brest\n'), ['personal-data']), []);
      assert.deepEqual(lines(hygieneProblems('nom,prenom,commune\nLe Gall,Yvonne,Brest\n'), ['personal-data']), ['personal-data 1 1', 'personal-data 1 2']);
    });

    it('leaves a column of generic addresses, and one with a single personal address among many, alone', () => {
      const generic = ['courriel', ...Array.from({ length: 10 }, (_, i) => `contact@asso${i}.fr`)].join('\n');
      assert.deepEqual(lines(hygieneProblems(`${generic}\n`), ['personal-data']), []);
      const mostly = ['courriel', 'jean.dupont@gmail.com', ...Array.from({ length: 9 }, (_, i) => `mairie@commune${i}.fr`)].join('\n');
      assert.deepEqual(lines(hygieneProblems(`${mostly}\n`), ['personal-data']), []);
    });
  });

  describe('spreadsheet leftovers', () => {
    it('knows Excel’s and LibreOffice’s error values in English and French', () => {
      for (const value of ['#N/A', '#DIV/0!', '#REF!', '#VALEUR!', '#VALUE!', '#NOM?', '#NAME?', '#NOMBRE!', '#NUL!', 'Err:502', '#####', '#n/a']) assert.ok(isSpreadsheetError(value), value);
      for (const value of ['#1', '#tag', 'N/A', 'Err', '#']) assert.ok(!isSpreadsheetError(value), value);
    });

    it('knows formulas from text starting with =', () => {
      for (const value of ['=SOMME(B2:B9)', '=A2+B2', '=$C$3', '= MOYENNE(C2:C9)', '=2*3', '=E9/24']) assert.ok(isFormula(value), value);
      for (const value of ['=', '== titre ==', '=> voir plus bas']) assert.ok(!isFormula(value), value);
    });

    it('knows total rows from words that merely start like one', () => {
      assert.equal(totalLabelKind('Total'), 'total');
      assert.equal(totalLabelKind('TOTAL GÉNÉRAL'), 'total');
      assert.equal(totalLabelKind('Sous-total Brest'), 'subtotal');
      assert.equal(totalLabelKind('sous total'), 'subtotal');
      assert.equal(totalLabelKind('Totalement'), undefined);
      assert.equal(totalLabelKind('Totalité'), undefined);
      assert.equal(totalLabelKind('Saint-Brieuc'), undefined);
    });

    it('reports a subtotal row in the middle, not a row that only names a total without numbers', () => {
      const text = 'commune,structure,places\nBrest,Lucioles,40\nSous-total Brest,,40\nQuimper,Ti Bugale,36\nTotal des structures,à voir,\n';
      const problems = hygieneProblems(text).filter((p) => p.code === 'total-row');
      assert.deepEqual(lines(problems), ['total-row 3 1']);
      assert.equal(problems[0].params.variant, 'subtotal');
    });

    it('does not call a column with missing values a merged column', () => {
      // Names with gaps here and there: most filled cells are followed by another filled cell.
      const rows = ['nom,places', 'Lucioles,40', ',30', 'Pomme d’Api,10', 'Ti Bugale,36', 'Kerfeunteun,15', ',24', 'Ar Vro,10', 'Korrigans,12'];
      assert.deepEqual(lines(hygieneProblems(`${rows.join('\n')}\n`), ['merged-cell-gap']), []);
      // Values that come back after another group: the rows are not grouped by this column.
      const categories = ['type,nom', 'Crèche,A', ',B', 'Halte,C', ',D', 'Crèche,E', ',F'];
      assert.deepEqual(lines(hygieneProblems(`${categories.join('\n')}\n`), ['merged-cell-gap']), []);
      // Two addresses missing in a row, under one group only: missing data as likely as a merged cell.
      const addresses = ['id,adresse,commune', 'C01,Rue de Paris,Brest', 'C02,Place de la gare,Quimper', 'C03,,Morlaix', 'C04,,Landerneau'];
      assert.deepEqual(lines(hygieneProblems(`${addresses.join('\n')}\n`), ['merged-cell-gap']), []);
      // Numbers under one another are not groups either.
      assert.deepEqual(lines(hygieneProblems('places,nom\n40,A\n,B\n30,C\n,D\n'), ['merged-cell-gap']), []);
    });

    it('keeps reporting the gaps left once some were filled by hand', () => {
      const rows = ['commune,structure', 'Brest,A', 'Brest,B', ',C', 'Quimper,D', ',E', 'Morlaix,F', 'Morlaix,G'];
      assert.deepEqual(lines(hygieneProblems(`${rows.join('\n')}\n`), ['merged-cell-gap']), ['merged-cell-gap 4 1', 'merged-cell-gap 6 1']);
    });

    it('does not report an empty column in a file without data rows, nor a column with one value', () => {
      assert.deepEqual(lines(hygieneProblems('a,b\n'), ['empty-column']), []);
      assert.deepEqual(lines(hygieneProblems('a,b\n1,\n2,x\n'), ['empty-column']), []);
      assert.deepEqual(lines(hygieneProblems('a,b\n1,\n2,\n'), ['empty-column']), ['empty-column 1 2']);
    });
  });

  describe('the checker', () => {
    it('is silent on a clean snake_case file', () => {
      const text = 'id,nom,commune,date_ouverture,places,latitude\n1,Lucioles,Brest,2021-09-01,40,48.39\n2,Ti Bugale,Quimper,2019-01-07,36,47.99\n';
      assert.deepEqual(hygieneProblems(text), []);
    });

    it('follows the levels of the opendataLint.hygiene setting (unknown codes and levels ignored)', () => {
      const levels = readHygieneLevels({ 'label-style': 'off', 'spreadsheet-error': 'warning', 'merged-cell-gap': 'loud', 'type-error': 'off', 'total-row': 'info' });
      assert.deepEqual(levels, { 'label-style': 'off', 'spreadsheet-error': 'warning', 'total-row': 'information' });
      const problems = hygieneProblems('Nom,valeur,x\nA,#N/A,1\nTotal,,4\n', { levels });
      assert.deepEqual(
        problems.map((p) => `${p.code} ${p.severity}`),
        ['label-style', 'spreadsheet-error warning', 'total-row information'].filter((line) => !line.startsWith('label-style')),
      );
    });

    it('decides what a column holds on a sample, then reports every later cell of a minority form', () => {
      // 1 500 rows: the sample (1 000 values) sees day-first dates only; later dates in another form are reported all the same.
      const rows = ['id,date'];
      for (let i = 1; i <= 1500; i++) rows.push(i <= 1400 ? `${i},12/03/2024` : `${i},12 mars 2024`);
      const problems = hygieneProblems(`${rows.join('\n')}\n`).filter((p) => p.code === 'mixed-formats');
      assert.equal(problems.length, 100);
      assert.equal(problems[0].rowNumber, 1402);
      assert.deepEqual([problems[0].params.majorityCount, problems[0].params.minorityCount], [1400, 100]);
    });

    it('reports the majority’s cells when later values use Table Schema’s default form (ISO 8601), at most 1 000 of them', () => {
      // The sample sees day-first dates only; the ISO dates after it make ISO the target: the day-first dates
      // are the ones to convert (1 000 kept, the rest reported once those are fixed), never the ISO ones.
      const rows = ['id,date'];
      for (let i = 1; i <= 1500; i++) rows.push(i <= 1400 ? `${i},12/03/2024` : `${i},2024-03-12`);
      const problems = hygieneProblems(`${rows.join('\n')}\n`).filter((p) => p.code === 'mixed-formats');
      assert.equal(problems.length, 1000);
      assert.equal(problems[0].rowNumber, 2);
      assert.ok(problems.every((p) => p.params.value === '12/03/2024' && p.params.target === '%Y-%m-%d'));
      assert.deepEqual([problems[0].params.targetCount, problems[0].params.targetExample], [100, '2024-03-12']);
    });

    it('follows the first 1 000 columns only (a file without line breaks reads as a header of millions of cells)', () => {
      const header = Array.from({ length: 5000 }, (_, i) => `Colonne ${i}`).join(',');
      const problems = hygieneProblems(`${header}\n${header.replace(/Colonne /g, 'v')}\n`);
      assert.equal(problems.filter((p) => p.code === 'label-style').length, 1000);
      assert.equal(toSnakeCase(`${'A'.repeat(50_000)}b`), `${'a'.repeat(49_999)}_ab`);
    });

    it('keeps a bounded number of cells per form: a column mixing forms half and half reports at most 1 000 cells', () => {
      const rows = ['id;valeur'];
      for (let i = 0; i < 6000; i++) rows.push(`${i};${i % 2 === 0 ? '12,5' : '12.5'}`);
      const problems = hygieneProblems(`${rows.join('\n')}\n`).filter((p) => p.code === 'mixed-formats');
      assert.equal(problems.length, 1000);
      // A tie: the decimal point, Table Schema's default, is the target; the commas are reported.
      assert.deepEqual([problems[0].params.value, problems[0].params.targetCount], ['12,5', 3000]);
    });
  });
});
