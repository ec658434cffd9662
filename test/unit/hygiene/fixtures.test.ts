// The hygiene checks on files composed like real ones published without a schema: a base des commerces
// (French opening hours, Latitude/Longitude with a decimal comma), a petite-enfance table exported from a
// spreadsheet (merged communes, #DIV/0!, a formula, a pasted header, a Total row, an empty column), and a
// list of associations with their presidents' names, e-mail addresses and mobiles. Every problem is
// asserted with its exact position, and messages in both languages.
import { strict as assert } from 'node:assert';
import { problemMessage } from '../../../server/src/i18n';
import { fixture, hygieneProblems, placed } from './hygieneKit';

describe('hygiene checks on fixtures without a schema', () => {
  it('base des commerces: #N/A, decimal points among decimal commas, an ISO date among French dates, an X among oui/non', () => {
    const problems = hygieneProblems(fixture('commerces.csv'));
    // Latitude, Longitude and the dates mostly use a decimal comma and dd/mm/yyyy, but some values use Table
    // Schema's default form (row 5: 48.3911 and -4.4869; row 6: 2024-03-15): the others are the ones reported,
    // to be written in that form. X among oui/non is reported against the majority.
    const mixed = (column: number) => placed(problems, ['mixed-formats']).filter(([, , col]) => col === column).map(([, row]) => row);
    assert.deepEqual(mixed(8), [2, 3, 4, 6, 7, 8, 9], 'Latitude: every row but 5');
    assert.deepEqual(mixed(9), [2, 3, 4, 6, 7, 8, 9], 'Longitude: every row but 5');
    assert.deepEqual(mixed(10), [2, 3, 4, 5, 7, 8, 9], 'Date: every row but 6');
    assert.deepEqual(mixed(11), [6], 'Terrasse: the X');
    assert.deepEqual(placed(problems, ['spreadsheet-error', 'personal-data', 'total-row', 'merged-cell-gap', 'empty-column']), [['spreadsheet-error', 5, 7, 4, 94, 98]]);
    const latitude = problems.find((p) => p.code === 'mixed-formats' && p.fieldName === 'Latitude')!;
    assert.deepEqual(
      { ...latitude.params },
      { variant: 'number', value: '48,3904', form: 'decimal-comma', majority: 'decimal-comma', target: 'decimal-point', targetExample: '48.3911', targetCount: 1, messageKey: 'mixed-formats.toward-default' },
    );
    assert.equal(
      problemMessage(latitude, 'fr'),
      'Nombre écrit « 48,3904 » au format virgule décimale, alors que la colonne « Latitude » a aussi un nombre au format point décimal (par exemple « 48.3911 »), celui que Table Schema lit par défaut. Écrivez toute la colonne au format point décimal.',
    );
    const date = problems.find((p) => p.code === 'mixed-formats' && p.fieldName === 'Date de mise à jour')!;
    assert.equal(date.params.majority, '%d/%m/%Y');
    assert.equal(date.params.target, '%Y-%m-%d', 'fixes write the ISO form the column already uses, not the majority’s');
    assert.match(problemMessage(date, 'en'), /^Date written “12\/03\/2024” as DD\/MM\/YYYY while column “Date de mise à jour” also has a date as YYYY-MM-DD \(e\.g\. “2024-03-15”\)/);
    const terrasse = problems.find((p) => p.code === 'mixed-formats' && p.fieldName === 'Terrasse')!;
    assert.equal(terrasse.params.majority, 'oui/non:lower');
    assert.match(problemMessage(terrasse, 'fr'), /« X » au format X \/ vide, alors que la colonne « Terrasse » utilise surtout oui\/non/);
    // Landlines of shops are not personal data; the phone column is not flagged.
    assert.ok(!problems.some((p) => p.code === 'personal-data'));
  });

  it('base des commerces: every label with capitals, accents or spaces gets its snake_case name', () => {
    const problems = hygieneProblems(fixture('commerces.csv')).filter((p) => p.code === 'label-style');
    assert.deepEqual(
      problems.map((p) => [p.params.label, p.params.suggestion, (p.params.reasons as string[]).join('+')]),
      [
        ['Nom du commerce', 'nom_du_commerce', 'spaces+case'],
        ['Activité', 'activite', 'accents+case'],
        ['Adresse', 'adresse', 'case'],
        ['Code postal', 'code_postal', 'spaces+case'],
        ['Commune', 'commune', 'case'],
        ["Horaires d'ouverture", 'horaires_d_ouverture', 'spaces+punctuation+case'],
        ['Téléphone', 'telephone', 'accents+case'],
        ['Latitude', 'latitude', 'case'],
        ['Longitude', 'longitude', 'case'],
        ['Date de mise à jour', 'date_de_mise_a_jour', 'accents+spaces+case'],
        ['Terrasse', 'terrasse', 'case'],
      ],
    );
    assert.deepEqual(placed(problems).slice(0, 2), [
      ['label-style', 1, 1, 0, 0, 15],
      ['label-style', 1, 2, 0, 16, 24],
    ]);
    assert.ok(problems.every((p) => p.severity === 'information'));
    assert.equal(
      problemMessage(problems[9], 'fr'),
      'Le nom de colonne « Date de mise à jour » contient des accents ou autres lettres non ASCII, des espaces et des majuscules : les machines (URL, bases de données, scripts) le gèrent mal. Utilisez « date_de_mise_a_jour » (minuscules, sans accents, mots reliés par « _ »).',
    );
  });

  it('petite enfance: merged communes, spreadsheet errors, a formula, a pasted header, a Total row and an empty column (CRLF file)', () => {
    const problems = hygieneProblems(fixture('petite-enfance.csv'));
    assert.deepEqual(placed(problems.filter((p) => p.code !== 'label-style')), [
      ['empty-column', 1, 7, 0, 91, 103],
      ['merged-cell-gap', 3, 1, 2, 0, 0],
      ['merged-cell-gap', 4, 1, 3, 0, 0],
      ['spreadsheet-error', 4, 6, 3, 68, 75],
      ['merged-cell-gap', 6, 1, 5, 0, 0],
      ['repeated-header', 7, undefined, 6, 0, 103],
      ['merged-cell-gap', 9, 1, 8, 0, 0],
      ['spreadsheet-formula', 9, 6, 8, 66, 72],
      ['total-row', 10, 1, 9, 0, 14],
    ]);
    const gaps = problems.filter((p) => p.code === 'merged-cell-gap');
    assert.deepEqual(
      gaps.map((p) => p.params.fillValue),
      ['Brest', 'Brest', 'Quimper', 'Morlaix'],
    );
    assert.equal(
      problemMessage(gaps[0], 'fr'),
      'Cellule vide sous « Brest » : la colonne « Commune » était une cellule fusionnée dans le tableur, seule la première ligne de chaque groupe a la valeur (4 cellules vides). Répétez la valeur sur chaque ligne.',
    );
    const total = problems.find((p) => p.code === 'total-row')!;
    assert.equal(problemMessage(total, 'en'), 'Row 10 is a total (“Total”), not a record: whoever reuses the data would count it twice. Remove it; totals are computed from the data.');
    assert.equal(problemMessage(problems.find((p) => p.code === 'spreadsheet-error')!, 'fr'), "Erreur de tableur « #DIV/0! » au lieu d'une valeur : la formule de cette cellule a échoué lors de l'export. Mettez la bonne valeur, ou laissez la cellule vide.");
    assert.match(problemMessage(problems.find((p) => p.code === 'spreadsheet-formula')!, 'en'), /^Formula “=E9\/24” instead of its result/);
    assert.equal(problemMessage(problems.find((p) => p.code === 'repeated-header')!, 'en'), 'Row 7 repeats the header: it is not a record (files pasted one after another?). Remove it.');
  });

  it('associations: names and first names by their labels, personal e-mail addresses and mobiles by their values, with the rule explained', () => {
    const problems = hygieneProblems(fixture('associations.csv')).filter((p) => p.code === 'personal-data');
    assert.deepEqual(placed(problems), [
      ['personal-data', 1, 2, 0, 21, 37],
      ['personal-data', 1, 3, 0, 38, 57],
      ['personal-data', 1, 4, 0, 58, 66],
      ['personal-data', 1, 5, 0, 67, 76],
    ]);
    assert.deepEqual(
      problems.map((p) => p.params.variant),
      ['name', 'first-name', 'email', 'phone'],
    );
    const email = problems[2];
    assert.deepEqual([email.params.count, email.params.checked, email.params.example], [4, 5, 'yvonne.legall@gmail.com']);
    assert.equal(
      problemMessage(email, 'fr'),
      'La colonne « Courriel » contient des adresses électroniques nominatives (4 adresses sur 5 examinées désignent une personne, comme « yvonne.legall@gmail.com »). Les données à caractère personnel ne peuvent être publiées sans anonymisation (RGPD ; article L312-1-2 du CRPA, recommandations de la CNIL) : supprimez la colonne ou anonymisez-la, sauf si une loi en impose la publication.',
    );
    assert.match(problemMessage(problems[3], 'en'), /^Column “Téléphone” holds mobile phone numbers, usually a person's own line \(4 of 5 sampled numbers, such as “06 12 34 56 78”\)\. Personal data must not be published without anonymisation \(GDPR; French CRPA article L312-1-2/);
    assert.ok(problems.every((p) => p.severity === 'warning'));
  });
});
