// Hygiene advice never contradicts a catalog schema the header matches (the schema detection applies, by the
// same rule and threshold), whether that schema is applied or not: no snake_case rename of a field's label
// (`Xlong`), no "remove this empty column" for a field (required or optional), no column removal for a
// field holding personal data. The decision is the engine's (the hygiene checker), so the CLI and the editor
// give the same advice.
import { strict as assert } from 'node:assert';
import { planFile } from '../../../server/src/cli/planFile';
import { applyEdits, FixSession } from '../../../server/src/engine/fixes';
import { headerSchemaMatch } from '../../../server/src/engine/schema/detect';
import { validateText } from '../../../server/src/engine/validate';
import { DocumentChecks } from '../../../server/src/lsp/documentChecks';
import { defaultSettings, readSettings } from '../../../server/src/lsp/settings';
import { t } from '../../../server/src/i18n';
import { fixture, hygieneProblems, lines } from './hygieneKit';

const HEADER_ADVICE = ['label-style', 'empty-column'];
/** A draft list of car-pooling places (Lieux de covoiturage 0.3.1 columns + `remarques`): `id_local` (required) and `duree` (optional) not filled yet, `remarques` empty. */
const draft = fixture('lieux-covoiturage-brouillon.csv');

describe('hygiene advice and the catalog schema the header matches', () => {
  it('finds the schema as detection does, and which field each label names', () => {
    const labels = draft.split('\n')[0].split(',');
    const match = headerSchemaMatch(labels)!;
    assert.equal(`${match.candidate.id}@${match.candidate.version}`, 'etalab/schema-lieux-covoiturage@0.3.1');
    assert.ok(match.candidate.good);
    assert.deepEqual(match.required, ['id_local', 'nom_lieu', 'insee', 'type', 'date_maj', 'ouvert', 'Xlong', 'Ylat']);
    assert.deepEqual(
      labels.filter((_, index) => match.fieldOfLabel[index] === undefined),
      ['remarques'],
    );
    // Labels are compared as detection compares them: case, accents and separators aside.
    assert.equal(headerSchemaMatch(labels.map((label) => (label === 'Xlong' ? 'X long' : label)))!.fieldOfLabel[9], 'Xlong');
    // A header sharing a few generic columns with a schema matches none.
    assert.equal(headerSchemaMatch(['id', 'nom', 'insee', 'commentaire', 'montant']), undefined);
  });

  it('not applied (hygiene checks): no rename of Xlong/Ylat, no empty-column advice on id_local (required) or duree (optional); remarques keeps it', () => {
    const problems = hygieneProblems(draft);
    assert.deepEqual(lines(problems, HEADER_ADVICE), ['empty-column 1 19']);
    const session = new FixSession({ text: draft, problems });
    const remarques = problems.find((p) => p.code === 'empty-column')!;
    assert.deepEqual(
      session.proposalFor(remarques).offers.map((offer) => `${offer.kind} ${offer.safety}`),
      ['remove-column choice'],
    );
  });

  it('renames only the labels the schema does not name, one by one or all at once, around the kept ones', () => {
    const text = draft.replace(/,remarques\n/, ',Remarques,Gestionnaire local\n').replace(/,\n/g, ',,\n');
    const problems = hygieneProblems(text);
    assert.deepEqual(
      problems.filter((p) => p.code === 'label-style').map((p) => `${p.params.label} → ${p.params.suggestion}`),
      ['Remarques → remarques', 'Gestionnaire local → gestionnaire_local'],
    );
    const session = new FixSession({ text, problems });
    const offers = session.proposalFor(problems.find((p) => p.code === 'label-style')!).offers;
    const all = offers.find((offer) => offer.kind === 'rename-all-labels')!;
    assert.equal(t(all.title.key, 'en', all.title.params), 'Rename all 2 column names to snake_case');
    assert.equal(
      applyEdits(text, all.edits).split('\n')[0],
      'id_local,nom_lieu,ad_lieu,com_lieu,insee,type,date_maj,ouvert,source,Xlong,Ylat,nbre_pl,nbre_pmr,duree,horaires,proprio,lumiere,comm,remarques,gestionnaire_local',
    );
  });

  it('applied (detected by the CLI): the schema checks the file, no hygiene advice at all on its header', () => {
    const plan = planFile(draft, { detect: true, cwd: process.cwd() });
    assert.equal(plan.schema?.ref, 'etalab/schema-lieux-covoiturage@0.3.1');
    const problems = validateText(draft, { checkers: plan.checkers }).problems;
    assert.deepEqual(lines(problems, HEADER_ADVICE), []);
    // The schema's own verdict on the empty required column.
    assert.ok(problems.some((p) => p.code === 'constraint-error' && p.fieldName === 'id_local'));
  });

  it('the CLI and the editor follow one plan: the detected schema applies in both, and without detection both give the same advice', () => {
    const editor = new DocumentChecks().check('file:///tmp/lieux-covoiturage-brouillon.csv', 1, draft, defaultSettings, []);
    const detected = planFile(draft, { detect: true, cwd: process.cwd() });
    assert.equal(editor.schema.source, 'detected');
    assert.equal(editor.schema.ref, detected.schema?.ref);
    assert.equal(detected.schema?.ref, 'etalab/schema-lieux-covoiturage@0.3.1');
    const cli = planFile(draft, { detect: false, cwd: process.cwd() });
    assert.equal(cli.schema, undefined);
    const fromCli = lines(validateText(draft, { checkers: cli.checkers }).problems, HEADER_ADVICE);
    assert.deepEqual(fromCli, ['empty-column 1 19']);
    const noDetection = new DocumentChecks().check('file:///tmp/lieux-covoiturage-brouillon.csv', 1, draft, readSettings({ detectSchema: false }), []);
    assert.equal(noDetection.schema.schema, undefined);
    assert.deepEqual(lines(noDetection.report.problems, HEADER_ADVICE), fromCli);
  });

  it('a field holding personal data is reported, and anonymised rather than removed (no removal offered, a note says why)', () => {
    const header = 'id,createdAt,updatedAt,nom,description,budgetPrevisionnel,dateDebutPrevisionnelle,phase,phaseStatut,programme,porteurCodeSiret,porteurReferentEmail,porteurReferentTelephone,porteurReferentPrenom,porteurReferentNom,porteurReferentFonction,competences,leviers,mecId,tetId,recocoId,collectiviteIds,Prénom du maire';
    const row = 'p1,2024-01-02,2024-02-01,Voie verte,Une voie verte,120000,2024-06-01,Étude,En cours,ACV,21290019700017,,,Anne,Morvan,Cheffe de projet,,,,,,,Yvonne';
    const text = `${header}\n${row}\n`;
    const problems = hygieneProblems(text).filter((p) => p.code === 'personal-data');
    const of = (fieldName: string) => problems.find((p) => p.fieldName === fieldName)!;
    assert.deepEqual(
      ['porteurReferentPrenom', 'porteurReferentNom', 'Prénom du maire'].map((name) => `${name} ${of(name).params.schemaField ?? '-'} ${of(name).params.schemaRef ?? '-'}`),
      ['porteurReferentPrenom porteurReferentPrenom betagouv/projets-territoire@0.1.0', 'porteurReferentNom porteurReferentNom betagouv/projets-territoire@0.1.0', 'Prénom du maire - -'],
    );
    const session = new FixSession({ text, problems });
    const field = session.proposalFor(of('porteurReferentPrenom'));
    assert.deepEqual(field.offers, []);
    assert.equal(
      t(field.note!.key, 'en', field.note!.params),
      'Column “porteurReferentPrenom” is the field “porteurReferentPrenom” of the catalog schema betagouv/projets-territoire@0.1.0, which this header matches: anonymise its values rather than remove the column.',
    );
    assert.match(t(field.note!.key, 'fr', field.note!.params), /^La colonne « porteurReferentPrenom » est le champ « porteurReferentPrenom » du schéma betagouv\/projets-territoire@0\.1\.0/);
    // A column the schema does not name can still be removed (a choice).
    assert.deepEqual(session.proposalFor(of('Prénom du maire')).offers.map((offer) => `${offer.kind} ${offer.safety}`), ['remove-column choice']);
  });
});
