// Gaps under merged cells, with a bias for keeping data: filling a gap with the value above gives a record
// another's value, so the fill is only ever a `choice` (never in a fix-all, CLI or editor), and neither the
// warning nor the fill comes on identifiers (by name or by the values' shape), on a record's own text
// (opening hours), nor on a column of mostly distinct values. A category column grouped by runs keeps both.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isGroupLabel, isIdentifierLabel, looksLikeIdentifier } from '../../../server/src/engine/checks/hygiene/mergedCells';
import { makeProblem } from '../../../server/src/engine/problems/makeProblem';
import { FixSession, type FixOffer } from '../../../server/src/engine/fixes';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { fixture, hygieneProblems, lines } from './hygieneKit';

const subventions = readFileSync(path.resolve(__dirname, '../../fixtures/catalog-examples/scdl/subventions/2.1.1/exemple_invalide_erreurs_colonnes.csv'), 'utf8');

/** Every offer of every problem, as `kind safety`. */
function allOffers(text: string, problems: readonly Problem[]): FixOffer[] {
  const session = new FixSession({ text, problems });
  return problems.flatMap((problem) => session.proposalFor(problem).offers);
}

function gapsOf(text: string): string[] {
  return lines(hygieneProblems(text), ['merged-cell-gap']);
}

/** A table from columns of values (equal lengths), comma-separated. */
function table(columns: Record<string, string[]>): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]].map((_, row) => names.map((name) => columns[name][row]).join(','));
  return `${names.join(',')}\n${rows.join('\n')}\n`;
}

const structures = ['Lucioles', 'Pomme d’Api', 'P’tits Mousses', 'Ti Bugale', 'Kerfeunteun', 'Ar Vro', 'Korrigans', 'Les Loupiots', 'Mille Pattes', 'Petits Pas'];

describe('merged-cell gaps: when the warning fires and what the fill may do', () => {
  it('subventions example: no gap reported and no fill at all on rnaBeneficiaire (one association’s RNA number is not the next beneficiary’s)', () => {
    const problems = hygieneProblems(subventions);
    assert.deepEqual(problems.filter((p) => p.code === 'merged-cell-gap').map((p) => p.fieldName), []);
    assert.deepEqual(allOffers(subventions, problems).filter((offer) => offer.kind === 'fill-down'), []);
    const session = new FixSession({ text: subventions, problems });
    for (const mode of ['safe', 'unsafe'] as const) assert.ok(!(session.fixAll(mode)?.parts ?? []).some((part) => part.kind === 'fill-down'), mode);
  });

  it('offers no fill on an identifier column even for a gap reported elsewhere (a problem carried over from an older check)', () => {
    const text = 'commune,rnaBeneficiaire,objet\nBrest,W322216459,Fête\nBrest,,Tournoi\n';
    const at = text.indexOf('Brest,,') + 'Brest,'.length;
    const position = { offset: at, line: 2, character: 'Brest,'.length };
    const gap = makeProblem('merged-cell-gap', { start: position, end: position }, { fillValue: 'W322216459', label: 'rnaBeneficiaire', gapCount: 1 }, { rowNumber: 3, fieldNumber: 2, fieldName: 'rnaBeneficiaire' });
    assert.deepEqual(new FixSession({ text, problems: [gap] }).proposalFor(gap).offers, []);
    // Same value shape under a name that says nothing: still no fill.
    const renamed = text.replace('rnaBeneficiaire', 'association');
    const carried = { ...gap, params: { ...gap.params, label: 'association' }, fieldName: 'association' };
    assert.deepEqual(new FixSession({ text: renamed, problems: [carried] }).proposalFor(carried).offers, []);
  });

  it('judges identifiers by the column’s name and by the values’ shape', () => {
    for (const label of ['rnaBeneficiaire', 'idBeneficiaire', 'beneficiaire_id', 'ID', 'code_insee', 'Code postal', 'N° SIRET', 'siren', 'uai', 'Courriel', 'e-mail', 'Téléphone', 'site_web', 'URL']) {
      assert.ok(isIdentifierLabel(label), label);
    }
    for (const label of ['Commune', 'Type d’accueil', 'Gestionnaire', 'Catégorie', 'nom_beneficiaire', 'Identité visuelle']) assert.ok(!isIdentifierLabel(label), label);
    for (const value of ['W322216459', 'W3222', '52499120500013', '524 991 205 00013', '0290012A', '23X01', 'mairie@brest.fr', '02 98 00 80 80', 'https://www.brest.fr', 'www.brest.fr']) {
      assert.ok(looksLikeIdentifier(value), value);
      assert.ok(!isGroupLabel(value), value);
    }
    for (const value of ['Brest', 'Saint-Pol-de-Léon', 'Crèche collective', 'Paris 15e Arrondissement', 'Ville de Brest']) assert.ok(isGroupLabel(value), value);
    for (const value of ['Mo-Fr 08:00-19:00', '24/7', 'du lundi au vendredi 8h-18h', 'x'.repeat(61)]) assert.ok(!isGroupLabel(value), value);
  });

  it('no warning on RNA numbers, e-mail addresses or codes under a name that says nothing, nor under an identifier’s name', () => {
    const rna = ['W322216459', '', '', 'W292001234', '', '', 'W292005678', '', '', 'W291000042'];
    assert.deepEqual(gapsOf(table({ association: rna, structure: structures })), []);
    const mails = ['creche.lucioles@brest.fr', '', '', 'accueil@quimper.bzh', '', '', 'mairie@morlaix.fr', '', '', 'contact@landerneau.bzh'];
    assert.deepEqual(gapsOf(table({ contact: mails, structure: structures })), []);
    const sectors = ['Nord', '', '', 'Sud', '', '', 'Est', '', '', 'Ouest'];
    assert.deepEqual(gapsOf(table({ code_secteur: sectors, structure: structures })), []);
    // The same groups under a plain name are merged cells.
    assert.deepEqual(gapsOf(table({ secteur: sectors, structure: structures })), ['merged-cell-gap 3 1', 'merged-cell-gap 4 1', 'merged-cell-gap 6 1', 'merged-cell-gap 7 1', 'merged-cell-gap 9 1', 'merged-cell-gap 10 1']);
  });

  it('no warning (hence no fill) on a column of mostly distinct values with holes: its groups would be shorter than two rows', () => {
    const managers = ['Ville de Brest', '', 'CCAS de Quimper', 'Association Korrigans', '', 'Petits Mousses SAS', 'Morlaix Communauté', '', 'Mutualité Française', ''];
    const text = table({ gestionnaire: managers, structure: structures });
    assert.deepEqual(gapsOf(text), []);
    assert.deepEqual(allOffers(text, hygieneProblems(text)).filter((offer) => offer.kind === 'fill-down'), []);
  });

  it('no warning on an optional, sparse `horaires` column of opening hours (lieux de covoiturage)', () => {
    assert.deepEqual(gapsOf(fixture('lieux-covoiturage-brouillon.csv')), []);
  });

  it('a category column grouped in runs, with gaps after them: the warning, and the fill as a choice, cell and column, never in a fix-all', () => {
    const text = fixture('equipements-sportifs.csv');
    const problems = hygieneProblems(text);
    const gaps = problems.filter((p) => p.code === 'merged-cell-gap');
    assert.deepEqual(
      gaps.map((p) => `${p.rowNumber} ${p.params.fillValue}`),
      ['4 Brest', '5 Brest', '7 Quimper', '11 Morlaix', '13 Landerneau'],
    );
    const session = new FixSession({ text, problems });
    for (const gap of gaps) {
      assert.deepEqual(session.proposalFor(gap).offers.map((offer) => `${offer.kind} ${offer.safety}`), ['fill-down choice']);
    }
    const column = session.columnFix(gaps[0], 'fill-down')!;
    assert.equal(column.offer.safety, 'choice');
    assert.equal(column.parts.length, 5);
    for (const mode of ['safe', 'unsafe'] as const) assert.ok(!(session.fixAll(mode)?.parts ?? []).some((part) => part.kind === 'fill-down'), mode);
  });
});
