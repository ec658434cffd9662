// The last check of a conversion: every clock time and month the French text names must be in the value written.
// The grammar lets no such loss through today, so the check is tested on the text's items and hand-written
// wrong values, the readings it exists to stop.
import { strict as assert } from 'node:assert';
import { lostFromText } from '../../../server/src/engine/fixes/openingHours/accountedFor';
import { foldText } from '../../../server/src/engine/fixes/openingHours/normalizeText';
import { tokenize } from '../../../server/src/engine/fixes/openingHours/lexer';
import { scanPhrases } from '../../../server/src/engine/fixes/openingHours/scanPhrases';
import { fixMessages } from '../../../server/src/i18n/fixes';

function lost(text: string, value: string): string[] {
  return lostFromText(scanPhrases(tokenize(foldText(text).text)).items, value);
}

describe('lostFromText — times and months a reading dropped', () => {
  it('finds hours replaced by a comment', () => {
    assert.deepEqual(lost('8H- 17H sur RDV', '"sur rendez-vous"'), ['08:00', '17:00']);
  });

  it('finds a month a reading dropped', () => {
    assert.deepEqual(lost('en juillet-août de 10h à 18h', 'Jul 10:00-18:00'), ['Aug']);
    assert.deepEqual(lost('du 15 juin au 15 septembre de 10h à 18h', 'Jun 15-30 10:00-18:00'), ['Sep']);
  });

  it('finds an end the value moved', () => {
    assert.deepEqual(lost('du mardi au samedi de 14h à 18h, le jeudi jusqu’à 21h', 'Tu-Sa 14:00-18:00'), ['21:00']);
  });

  it('accepts the values that keep everything, however written', () => {
    assert.deepEqual(lost('24h/24 7j/7', '24/7'), []);
    assert.deepEqual(lost('de 9h à 12h et de 12h à 18h', '09:00-18:00'), []);
    assert.deepEqual(lost('de 22h à 2h', '22:00-02:00'), []);
    assert.deepEqual(lost('de novembre à février de 10h à 16h', 'Nov-Feb 10:00-16:00'), []);
    assert.deepEqual(lost('du 1er janvier au 31 décembre de 9h à 17h', '09:00-17:00'), []);
    assert.deepEqual(lost('de 9h à 18h, fermé en août', 'Mo-Su 09:00-18:00; Aug off'), []);
  });

  it('does not count a time written inside a comment of the value', () => {
    assert.deepEqual(lost('de 9h à 18h', '"de 9h à 18h"'), ['09:00', '18:00']);
  });

  it('finds public holidays, school holidays and a comment a reading dropped', () => {
    assert.deepEqual(lost('du lundi au vendredi de 9h à 18h, fermé les jours fériés', 'Mo-Fr 09:00-18:00'), ['PH']);
    assert.deepEqual(lost('le mardi de 9h à 12h, hors vacances scolaires', 'Tu 09:00-12:00'), ['SH']);
    assert.deepEqual(lost('le mardi de 9h à 12h sur rendez-vous', 'Tu 09:00-12:00'), ['"sur rendez-vous"']);
    assert.deepEqual(lost('le mardi de 9h à 12h sur rendez-vous, fermé les jours fériés', 'Tu 09:00-12:00 "sur rendez-vous"; PH off'), []);
  });

  it('explains a refusal in French and English', () => {
    const note = fixMessages['fix-note.opening-hours.lost-from-text'];
    assert.match(note.fr({ detail: '17:00, Aug' }), /laisse de côté.*17:00, Aug/);
    assert.match(note.en({ detail: '17:00, Aug' }), /leaves out.*17:00, Aug/);
  });
});
