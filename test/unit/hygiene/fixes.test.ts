// The quick fixes of hygiene problems, through the shared fix registry and session (cell, column and file
// scopes): what each offer writes, its safety class, that it keeps the file's delimiter, quoting and line
// endings, and that nothing is offered when the text no longer holds what the problem saw.
import { strict as assert } from 'node:assert';
import { applyEdits, FixSession, type FixOffer } from '../../../server/src/engine/fixes';
import type { Problem } from '../../../server/src/engine/problems';
import { t } from '../../../server/src/i18n';
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

  it('writes a cell in its column’s majority form: decimal comma, French date, oui/non', () => {
    const text = fixture('commerces.csv');
    const fixed = (field: string) => {
      const { session, problems } = sessionOf(text);
      const problem = problems.find((p) => p.code === 'mixed-formats' && p.fieldName === field)!;
      const [offer] = session.proposalFor(problem).offers;
      return { offer, line: applyEdits(text, offer.edits).split('\n')[problem.range.start.line] };
    };
    const latitude = fixed('Latitude');
    assert.equal(describeOffer(latitude.offer), 'majority-form safe Write “48,3911” instead of “48.3911”');
    assert.match(latitude.line, /;48,3911;-4\.4869;/);
    const date = fixed('Date de mise à jour');
    assert.equal(describeOffer(date.offer), 'majority-form safe Write “15/03/2024” instead of “2024-03-15”');
    assert.match(date.line, /;15\/03\/2024;X$/);
    assert.equal(describeOffer(fixed('Terrasse').offer), 'majority-form safe Write “oui” instead of “X”');
  });

  it('fixes all safe problems of the file at once, leaving it free of mixed formats', () => {
    const text = fixture('commerces.csv');
    const { session } = sessionOf(text);
    const all = session.fixAll('safe')!;
    assert.equal(all.parts.length, 4);
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

  it('removes an empty column, and quotes a new value when the delimiter needs it', () => {
    const text = fixture('petite-enfance.csv');
    const [offer] = offersFor(text, 'empty-column').offers;
    assert.equal(describeOffer(offer), 'remove-column choice Remove empty column “Observations”');
    assert.ok(applyEdits(text, offer.edits).split('\r\n').every((line) => line === '' || line.split(';').length === 6));
    const commas = 'id,montant\n1,"12,5"\n2,"13,5"\n3,14.5\n';
    const [rewrite] = offersFor(commas, 'mixed-formats').offers;
    assert.equal(applyEdits(commas, rewrite.edits), 'id,montant\n1,"12,5"\n2,"13,5"\n3,"14,5"\n');
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
