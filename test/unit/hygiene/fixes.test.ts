// The quick fixes of hygiene problems, through the shared fix registry and session (cell, column and file
// scopes): what each offer writes, its safety class, that it keeps the file's delimiter, quoting and line
// endings, and that nothing is offered when the text no longer holds what the problem saw.
import { strict as assert } from 'node:assert';
import { applyEdits, FixSession, type FixOffer } from '../../../server/src/engine/fixes';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { problemMessage, t } from '../../../server/src/i18n';
import { fixture, hygieneProblems } from './hygieneKit';

function sessionOf(text: string): { session: FixSession; problems: Problem[] } {
  const problems = hygieneProblems(text);
  return { session: new FixSession({ text, problems }), problems };
}

function offersFor(text: string, code: string, nth = 0): { offers: FixOffer[]; problem: Problem; session: FixSession } {
  const { session, problems } = sessionOf(text);
  const problem = problems.filter((p) => p.code === code)[nth];
  assert.ok(problem, `no ${code} problem #${nth}`);
  return { offers: session.proposalFor(problem).offers, problem, session };
}

const describeOffer = (offer: FixOffer) => `${offer.kind} ${offer.safety} ${t(offer.title.key, 'en', offer.title.params)}`;

describe('hygiene quick fixes', () => {
  it('renames one label, or every label, to snake_case', () => {
    const text = fixture('commerces.csv');
    const { offers } = offersFor(text, 'label-style', 9);
    assert.deepEqual(offers.map(describeOffer), [
      'rename-label unsafe Rename “Date de mise à jour” to “date_de_mise_a_jour”',
      'rename-all-labels unsafe Rename all 11 column names to snake_case',
    ]);
    assert.equal(applyEdits(text, offers[0].edits).split('\n')[0], "Nom du commerce;Activité;Adresse;Code postal;Commune;Horaires d'ouverture;Téléphone;Latitude;Longitude;date_de_mise_a_jour;Terrasse");
    const renamed = applyEdits(text, offers[1].edits);
    assert.equal(renamed.split('\n')[0], 'nom_du_commerce;activite;adresse;code_postal;commune;horaires_d_ouverture;telephone;latitude;longitude;date_de_mise_a_jour;terrasse');
    assert.equal(renamed.split('\n').slice(1).join('\n'), text.split('\n').slice(1).join('\n'), 'data rows untouched');
    assert.deepEqual(hygieneProblems(renamed).filter((p) => p.code === 'label-style'), []);
  });

  it('never writes a decimal point or an ISO date in the majority’s form: the majority’s values are the ones reported and converted; X becomes oui', () => {
    const text = fixture('commerces.csv');
    const { session, problems } = sessionOf(text);
    const column = (field: string) => {
      const reported = problems.filter((p) => p.code === 'mixed-formats' && p.fieldName === field);
      const fix = session.columnFix(reported[0], 'majority-form');
      return { reported, fix, lines: fix ? applyEdits(text, fix.offer.edits).split('\n') : [] };
    };
    const latitude = column('Latitude');
    assert.ok(latitude.reported.every((p) => String(p.params.value).includes(',')), 'only the decimal commas are reported');
    assert.equal(latitude.reported[0].params.messageKey, 'mixed-formats.toward-default');
    assert.equal(latitude.fix?.offer.safety, 'safe');
    assert.deepEqual(latitude.lines.slice(1, 9).map((line) => line.split(';')[7]), ['48.3904', '48.3897', '48.3881', '48.3911', '48.3826', '48.3987', '48.3893', '48.3934']);
    assert.ok(latitude.lines.slice(1, 9).every((line) => /;-4,\d+;|;-4\.4869;/.test(line)), 'Longitude untouched');
    const date = column('Date de mise à jour');
    assert.ok(date.reported.every((p) => /^\d\d\/\d\d\/\d{4}$/.test(String(p.params.value))), 'only the dd/mm/yyyy dates are reported');
    assert.equal(t(date.fix!.offer.title.key, 'fr', date.fix!.offer.title.params), 'Corriger les 7 valeurs de `Date de mise à jour`');
    assert.deepEqual(date.lines.slice(1, 9).map((line) => line.split(';')[9]), ['2024-03-12', '2024-03-12', '2024-03-14', '2024-03-14', '2024-03-15', '2024-03-15', '2024-03-18', '2024-03-18']);
    assert.match(problemMessage(date.reported[0], 'en'), /^Date written “12\/03\/2024” as DD\/MM\/YYYY while column “Date de mise à jour” also has a date as YYYY-MM-DD \(e\.g\. “2024-03-15”\), the form Table Schema reads by default\. Write the whole column as YYYY-MM-DD\.$/);
    assert.match(problemMessage(date.reported[0], 'fr'), /^Date écrite « 12\/03\/2024 » au format JJ\/MM\/AAAA, alors que la colonne « Date de mise à jour » a aussi une date au format AAAA-MM-JJ/);
    const terrasse = problems.find((p) => p.code === 'mixed-formats' && p.fieldName === 'Terrasse')!;
    assert.equal(describeOffer(session.proposalFor(terrasse).offers[0]), 'majority-form safe Write “oui” instead of “X”');
  });

  it('mixed formats: minority values go to the ISO majority; an ISO minority is never turned into dd/mm/yyyy, the dd/mm/yyyy majority is', () => {
    // ISO majority: the French date becomes ISO.
    const iso = 'id;date\n1;2024-03-15\n2;2024-04-20\n3;25/05/2024\n';
    assert.deepEqual(offersFor(iso, 'mixed-formats').offers.map(describeOffer), ['majority-form safe Write “2024-05-25” instead of “25/05/2024”']);
    // dd/mm/yyyy majority, one ISO date, one date in words: every value but the ISO one is reported, toward ISO.
    const french = 'id;date\n1;15/03/2024\n2;20/04/2024\n3;25/05/2024\n4;2024-06-01\n5;3 juillet 2024\n';
    const { session, problems } = sessionOf(french);
    const mixed = problems.filter((p) => p.code === 'mixed-formats');
    assert.deepEqual(mixed.map((p) => `${p.params.value} → ${p.params.target}`), ['15/03/2024 → %Y-%m-%d', '20/04/2024 → %Y-%m-%d', '25/05/2024 → %Y-%m-%d', '3 juillet 2024 → %Y-%m-%d']);
    const offers = mixed.flatMap((p) => session.proposalFor(p).offers);
    for (const offer of offers) for (const change of offer.changes ?? []) assert.match(change.after, /^\d{4}-\d{2}-\d{2}$/, `${change.before} → ${change.after}`);
    const all = applyEdits(french, session.fixAll('safe')!.offer.edits);
    assert.equal(all, 'id;date\n1;2024-03-15\n2;2024-04-20\n3;2024-05-25\n4;2024-06-01\n5;2024-07-03\n');
    assert.deepEqual(hygieneProblems(all).filter((p) => p.code === 'mixed-formats'), []);
  });

  it('mixed formats: converts only what is certain, and keeps a column’s decimal commas when a value reads either way', () => {
    // 03/04/2024 reads two ways (no day above 12 elsewhere): offered as two choices, never applied by fix-all.
    const dates = 'id;date\n1;03/04/2024\n2;05/06/2024\n3;07/08/2024\n4;2024-09-01\n';
    const { session, problems } = sessionOf(dates);
    const mixed = problems.filter((p) => p.code === 'mixed-formats');
    assert.deepEqual(mixed.map((p) => p.params.value), ['03/04/2024', '05/06/2024', '07/08/2024'], 'the ISO date has no problem');
    assert.deepEqual(session.proposalFor(mixed[0]).offers.map((o) => o.safety), ['choice', 'choice']);
    assert.equal(session.fixAll('safe'), undefined);
    // 1.234 in a column of decimal commas is a thousand; with decimal points it would read 1.234: the column
    // keeps its commas, and the values with a point are left alone, with a note.
    const numbers = 'id;montant\n1;12,5\n2;13,5\n3;1.234\n4;14.5\n';
    const { session: numberSession, problems: numberProblems } = sessionOf(numbers);
    const reported = numberProblems.filter((p) => p.code === 'mixed-formats');
    assert.deepEqual(reported.map((p) => p.params.value), ['14.5'], '1.234 has no form of its own');
    for (const problem of reported) assert.deepEqual(numberSession.proposalFor(problem).offers, []);
  });

  it('mixed formats: a yes/no value as Table Schema reads it by default is left alone, with a note', () => {
    const text = 'id;ouvert\n1;oui\n2;non\n3;oui\n4;true\n';
    const { offers, session, problem } = offersFor(text, 'mixed-formats');
    assert.deepEqual(offers, []);
    const note = session.proposalFor(problem).note!;
    assert.equal(t(note.key, 'en', note.params), '“true” is written as Table Schema reads yes/no by default: it is not rewritten as oui/non. A schema that wants oui/non says so (trueValues, falseValues).');
    assert.match(t(note.key, 'fr', note.params), /^« true » est écrit comme Table Schema lit oui\/non par défaut/);
    // The other way round, toward the default spelling, is a fix.
    const toDefault = 'id;ouvert\n1;true\n2;false\n3;true\n4;oui\n';
    assert.deepEqual(offersFor(toDefault, 'mixed-formats').offers.map(describeOffer), ['majority-form safe Write “true” instead of “oui”']);
  });

  it('fixes all safe problems of the file at once, leaving it free of mixed formats', () => {
    const text = fixture('commerces.csv');
    const { session } = sessionOf(text);
    const all = session.fixAll('safe')!;
    // X → oui, and each decimal comma (Latitude, Longitude) and dd/mm/yyyy date of the columns that also use
    // the default form: 1 + 7 + 7 + 7 cells, each with its own problem.
    assert.equal(all.parts.length, 22);
    assert.ok(all.parts.every((part) => part.kind === 'majority-form'));
    const after = applyEdits(text, all.offer.edits);
    assert.deepEqual(hygieneProblems(after).filter((p) => p.code === 'mixed-formats'), []);
  });

  it('offers both readings of an ambiguous date as choices', () => {
    const text = 'id;date\n1;2024-03-15\n2;2024-04-20\n3;2024-05-02\n4;03/04/2024\n';
    const { offers, session, problem } = offersFor(text, 'mixed-formats');
    assert.deepEqual(offers.map((o) => `${o.safety} ${t(o.title.key, 'en', o.title.params)}`), ['choice Write “2024-04-03” instead of “03/04/2024”', 'choice Write “2024-03-04” instead of “03/04/2024”']);
    assert.equal(session.proposalFor(problem).note?.key, 'fix-note.date-ambiguous');
  });

  it('fills a merged-cell gap with the value above, and the whole column at once, as choices (CRLF kept)', () => {
    const text = fixture('petite-enfance.csv');
    const { offers, problem, session } = offersFor(text, 'merged-cell-gap');
    assert.deepEqual(offers.map(describeOffer), ['fill-down choice Fill with “Brest” (the value above)']);
    assert.ok(applyEdits(text, offers[0].edits).includes("\r\nBrest;Crèche Pomme d'Api;"));
    const column = session.columnFix(problem, 'fill-down')!;
    assert.equal(column.offer.safety, 'choice');
    assert.equal(t(column.offer.title.key, 'fr', column.offer.title.params), 'Corriger les 4 valeurs de `Commune`');
    const filled = applyEdits(text, column.offer.edits).split('\r\n');
    assert.deepEqual(
      filled.map((line) => line.split(';')[0]),
      ['Commune', 'Brest', 'Brest', 'Brest', 'Quimper', 'Quimper', 'Commune', 'Morlaix', 'Morlaix', 'Total', ''],
    );
  });

  it('empties a spreadsheet error value; deletes a repeated header (safe) and a total row (unsafe) with their line ends', () => {
    const text = fixture('petite-enfance.csv');
    const error = offersFor(text, 'spreadsheet-error').offers;
    assert.deepEqual(error.map(describeOffer), ['empty-error-value unsafe Empty the cell “#DIV/0!”']);
    assert.match(applyEdits(text, error[0].edits).split('\r\n')[3], /;10;;$/);
    const header = offersFor(text, 'repeated-header').offers;
    assert.deepEqual(header.map(describeOffer), ['remove-repeated-header safe Remove repeated header row 7']);
    const withoutHeader = applyEdits(text, header[0].edits);
    assert.equal(withoutHeader.split('\r\n').length, text.split('\r\n').length - 1);
    assert.ok(!withoutHeader.split('\r\n').slice(1).some((line) => line.startsWith('Commune;')));
    const total = offersFor(text, 'total-row').offers;
    assert.deepEqual(total.map(describeOffer), ['remove-total-row unsafe Remove total row 10']);
    assert.ok(applyEdits(text, total[0].edits).endsWith(';=E9/24;\r\n'));
    // The last row without a line end: the line end before it goes.
    const last = 'commune;places\nBrest;40\nTotal;40';
    assert.equal(applyEdits(last, offersFor(last, 'total-row').offers[0].edits), 'commune;places\nBrest;40');
  });

  it('removes a personal-data column from every row in one edit, as a choice (never in a fix-all)', () => {
    const text = fixture('associations.csv');
    const { offers, session } = offersFor(text, 'personal-data', 2);
    assert.deepEqual(offers.map(describeOffer), ['remove-column choice Remove column “Courriel” from every row']);
    const after = applyEdits(text, offers[0].edits).split('\n');
    assert.equal(after[0], "Nom de l'association,Nom du président,Prénom du président,Téléphone,Commune,Objet");
    assert.equal(after[1], 'Les Amis du Vieux Brest,Le Gall,Yvonne,06 12 34 56 78,Brest,Patrimoine');
    assert.ok(!session.fixAll('unsafe')!.parts.some((part) => part.kind === 'remove-column'));
    // The last column goes with the delimiter before it; the first with the one after it.
    const objet = offersFor('nom,prenom,objet\nA,B,C\n', 'personal-data', 1).offers[0];
    assert.equal(applyEdits('nom,prenom,objet\nA,B,C\n', objet.edits), 'nom,objet\nA,C\n');
    const lastColumn = offersFor('objet,prenom\nC,B\n', 'personal-data').offers[0];
    assert.equal(applyEdits('objet,prenom\nC,B\n', lastColumn.edits), 'objet\nC\n');
  });

  it('removes an empty column, quotes a new value when the delimiter needs it, and drops quotes no longer needed', () => {
    const text = fixture('petite-enfance.csv');
    const [offer] = offersFor(text, 'empty-column').offers;
    assert.equal(describeOffer(offer), 'remove-column choice Remove empty column “Observations”');
    assert.ok(applyEdits(text, offer.edits).split('\r\n').every((line) => line === '' || line.split(';').length === 6));
    const merged = 'secteur,structure\n"Brest, centre",Lucioles\n,Pomme d’Api\n"Brest, nord",Ti Bugale\n,Ar Vro\n';
    const [fill] = offersFor(merged, 'merged-cell-gap').offers;
    assert.equal(applyEdits(merged, fill.edits), 'secteur,structure\n"Brest, centre",Lucioles\n"Brest, centre",Pomme d’Api\n"Brest, nord",Ti Bugale\n,Ar Vro\n');
    const commas = 'id,montant\n1,"12,5"\n2,"13,5"\n3,14.5\n';
    const reported = offersFor(commas, 'mixed-formats');
    const rewrite = reported.session.columnFix(reported.problem, 'majority-form')!;
    assert.equal(applyEdits(commas, rewrite.offer.edits), 'id,montant\n1,12.5\n2,13.5\n3,14.5\n');
  });

  it('offers nothing when the text changed under the problem, nor for a formula', () => {
    const text = fixture('petite-enfance.csv');
    const problems = hygieneProblems(text);
    const edited = text.replace('#DIV/0!', '0,5    ');
    const session = new FixSession({ text: edited, problems });
    assert.deepEqual(session.proposalFor(problems.find((p) => p.code === 'spreadsheet-error')!).offers, []);
    assert.deepEqual(new FixSession({ text, problems }).proposalFor(problems.find((p) => p.code === 'spreadsheet-formula')!).offers, []);
  });
});
