// Unit tests of the French opening-hours converter (parseOpeningHoursFr): days, times, ranges, rules, periods,
// holidays, and the texts it must refuse rather than guess.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseOpeningHoursFr } from '../../../server/src/engine/fixes/openingHours';

function value(input: string): string {
  const result = parseOpeningHoursFr(input);
  assert.ok(result.ok, `${JSON.stringify(input)}: ${JSON.stringify(result)}`);
  return result.value;
}

function confidence(input: string): 'safe' | 'review' {
  const result = parseOpeningHoursFr(input);
  assert.ok(result.ok, `${JSON.stringify(input)}: ${JSON.stringify(result)}`);
  return result.confidence;
}

function refusal(input: string): string {
  const result = parseOpeningHoursFr(input);
  assert.ok(!result.ok, `${JSON.stringify(input)} should not be converted, got ${JSON.stringify(result)}`);
  return result.reason;
}

function table(cases: Array<[string, string]>): void {
  for (const [input, expected] of cases) assert.equal(value(input), expected, JSON.stringify(input));
}

describe('parseOpeningHoursFr — days', () => {
  it('reads day names, abbreviations with or without dot, accents and case', () => {
    table([
      ['lundi 9h-12h', 'Mo 09:00-12:00'],
      ['LUNDI 9h-12h', 'Mo 09:00-12:00'],
      ['Lun 9h-12h', 'Mo 09:00-12:00'],
      ['lun. 9h-12h', 'Mo 09:00-12:00'],
      ['Lu 9h-12h', 'Mo 09:00-12:00'],
      ['mer. 14h-18h', 'We 14:00-18:00'],
      ['Jeu 14h-18h', 'Th 14:00-18:00'],
      ['vend. 9h-12h', 'Fr 09:00-12:00'],
      ['sam 9h-12h', 'Sa 09:00-12:00'],
      ['Dim. 9h-12h', 'Su 09:00-12:00'],
      ['les samedis 9h-12h', 'Sa 09:00-12:00'],
    ]);
  });

  it('reads day ranges in all their spellings', () => {
    table([
      ['du lundi au vendredi 9h-18h', 'Mo-Fr 09:00-18:00'],
      ['lundi-vendredi 9h-18h', 'Mo-Fr 09:00-18:00'],
      ['lundi - vendredi 9h-18h', 'Mo-Fr 09:00-18:00'],
      ['lun-ven 9h-18h', 'Mo-Fr 09:00-18:00'],
      ['lun. - ven. : 9h-18h', 'Mo-Fr 09:00-18:00'],
      ['Lu-Ve 9h-18h', 'Mo-Fr 09:00-18:00'],
      ['mardi au samedi 10h-19h', 'Tu-Sa 10:00-19:00'],
      ['de lundi à vendredi 9h-18h', 'Mo-Fr 09:00-18:00'],
      ["du mardi jusqu'au samedi 10h-19h", 'Tu-Sa 10:00-19:00'],
      ['Mo-Fr 09:00-18:00', 'Mo-Fr 09:00-18:00'],
      ['du vendredi au lundi 10h-18h', 'Mo,Fr-Su 10:00-18:00'],
    ]);
  });

  it('reads day lists, with commas, "et", "&" and a slash between neighbours', () => {
    table([
      ['lundi, mercredi et vendredi 14h-17h', 'Mo,We,Fr 14:00-17:00'],
      ['lundi & jeudi 14h-17h', 'Mo,Th 14:00-17:00'],
      ['le lundi et le jeudi 14h-17h', 'Mo,Th 14:00-17:00'],
      ['du lundi au jeudi et le samedi 9h-12h', 'Mo-Th,Sa 09:00-12:00'],
      ['samedi/dimanche 10h-18h', 'Sa,Su 10:00-18:00'],
      ['lundi, mardi ainsi que jeudi 9h-12h', 'Mo,Tu,Th 09:00-12:00'],
    ]);
  });

  it('reads days side by side with no separator as a list ("Lundi Mardi Mercredi", as from a table)', () => {
    assert.equal(value('Lundi Mardi Mercredi 9h-12h'), 'Mo-We 09:00-12:00');
    assert.equal(value('Samedi Dimanche 10h-18h'), 'Sa,Su 10:00-18:00');
  });

  it('reads three or more hyphenated days as a list, two as a range', () => {
    assert.equal(value('Lundi - Mardi - Jeudi 9h-12h'), 'Mo,Tu,Th 09:00-12:00');
    assert.equal(value('Lundi - Jeudi 9h-12h'), 'Mo-Th 09:00-12:00');
  });

  it('reads single-letter ranges such as "L-V" (not "M", which is Tuesday or Wednesday)', () => {
    assert.equal(value('L-V 8h-17h'), 'Mo-Fr 08:00-17:00');
    assert.equal(value('L-S 8h-17h'), 'Mo-Sa 08:00-17:00');
    assert.equal(refusal('M-V 8h-17h'), 'unparsed-text');
  });

  it('reads every day: "tous les jours", "tlj", "7j/7", "7 jours sur 7", "chaque jour"', () => {
    for (const input of ['tous les jours 10h-18h', 'Tlj 10h-18h', 'TLJS 10h-18h', '7j/7 10h-18h', '7/7 10h-18h', '10h-18h, 7 jours sur 7', 'chaque jour 10h-18h', 'du lundi au dimanche 10h-18h']) {
      assert.equal(value(input), 'Mo-Su 10:00-18:00', input);
    }
  });

  it('reads "en semaine", "jours ouvrés", "le week-end", "le WE"', () => {
    table([
      ['en semaine de 9h à 17h', 'Mo-Fr 09:00-17:00'],
      ['jours ouvrés 9h-17h', 'Mo-Fr 09:00-17:00'],
      ['jours ouvrables 9h-17h', 'Mo-Sa 09:00-17:00'],
      ['le week-end de 10h à 18h', 'Sa,Su 10:00-18:00'],
      ['les weekends 10h-18h', 'Sa,Su 10:00-18:00'],
      ['le WE 10h-18h', 'Sa,Su 10:00-18:00'],
    ]);
  });

  it('corrects one typo in a full day name, and asks for review', () => {
    assert.equal(value('Samdi 9h-12h'), 'Sa 09:00-12:00');
    assert.equal(value('Mecredi 9h-12h'), 'We 09:00-12:00');
    assert.equal(confidence('Samdi 9h-12h'), 'review');
  });

  it('reads the n-th weekday of the month', () => {
    table([
      ['Le 1er et le 3e samedi du mois de 9h à 12h', 'Sa[1,3] 09:00-12:00'],
      ['le premier lundi du mois 14h-16h', 'Mo[1] 14:00-16:00'],
      ['les 2ème et 4ème mercredis du mois 14h-16h', 'We[2,4] 14:00-16:00'],
    ]);
    // "Fr[-1]" is the syntax, but Validata's parser (opening-hours-py 0.6) refuses a day counted from the end.
    assert.equal(refusal('le dernier vendredi du mois 14h-17h'), 'invalid-result');
  });
});

describe('parseOpeningHoursFr — times', () => {
  it('reads every way to write a time', () => {
    table([
      ['lundi 9h-12h', 'Mo 09:00-12:00'],
      ['lundi 9h30-12h', 'Mo 09:30-12:00'],
      ['lundi 9 h 30 - 12 h', 'Mo 09:30-12:00'],
      ['lundi 09:30-12:00', 'Mo 09:30-12:00'],
      ['lundi 9.30-12.30', 'Mo 09:30-12:30'],
      ['lundi 19 h 30 - 22 h', 'Mo 19:30-22:00'],
      ['lundi de 8 heures à 12 heures', 'Mo 08:00-12:00'],
      ['lundi 9H-12H', 'Mo 09:00-12:00'],
      ['lundi de midi à 14h', 'Mo 12:00-14:00'],
      ['lundi de 20h à minuit', 'Mo 20:00-24:00'],
      ['lundi de minuit à 6h', 'Mo 00:00-06:00'],
    ]);
  });

  it('reads every way to write a range', () => {
    table([
      ['lundi de 9h à 12h', 'Mo 09:00-12:00'],
      ['lundi de 9h a 12h', 'Mo 09:00-12:00'],
      ['lundi 9h-12h', 'Mo 09:00-12:00'],
      ['lundi 9h/12h', 'Mo 09:00-12:00'],
      ['lundi 9h – 12h', 'Mo 09:00-12:00'],
      ['lundi entre 9h et 12h', 'Mo 09:00-12:00'],
      ["lundi de 9h jusqu'à 12h", 'Mo 09:00-12:00'],
      ['lundi 14-17h', 'Mo 14:00-17:00'],
      ['lundi de 14 à 17h', 'Mo 14:00-17:00'],
    ]);
  });

  it('reads several ranges in a day, however they are joined', () => {
    for (const input of [
      'lundi 9h-12h et 14h-18h',
      'lundi 9h - 12h et 14h - 18h',
      'lundi 9h-12h/14h-18h',
      'lundi 9h-12h / 14h-18h',
      'lundi 9h-12h, 14h-18h',
      'lundi 9h-12h 14h-18h',
      'lundi 9h-12h & 14h-18h',
      'lundi de 9h à 12h et de 14h à 18h',
      'lundi 9h/12h - 14h/18h',
      'lundi : 9h-12h ; 14h-18h',
      'lundi :\n9h-12h\n14h-18h',
    ]) {
      assert.equal(value(input), 'Mo 09:00-12:00,14:00-18:00', input);
    }
  });

  it('reads times written without days as every day, for review', () => {
    assert.equal(value('09h00 - 12h00 et 14h00 - 18h00'), '09:00-12:00,14:00-18:00');
    assert.equal(confidence('09h00 - 12h00 et 14h00 - 18h00'), 'review');
  });

  it('reads round-the-clock opening', () => {
    table([
      ['24h/24', '24/7'],
      ['24h/24 et 7j/7', '24/7'],
      ['ouvert 24 heures sur 24, 7 jours sur 7', '24/7'],
      ['h24', '24/7'],
      ['Du lundi au vendredi 24h/24', 'Mo-Fr 00:00-24:00'],
    ]);
  });

  it('reads times past midnight, for review', () => {
    assert.equal(value('vendredi et samedi de 20h à 2h'), 'Fr,Sa 20:00-02:00');
    assert.equal(confidence('vendredi et samedi de 20h à 2h'), 'review');
  });

  it('reads sunrise and sunset', () => {
    assert.equal(value('Du lever au coucher du soleil'), 'sunrise-sunset');
    assert.equal(value("tous les jours de l'aube au crépuscule"), 'Mo-Su dawn-dusk');
  });

  it('reads opening and closing times given apart', () => {
    assert.equal(value('ouverture à 8h30 / fermeture à 16h (du mardi au samedi)'), 'Tu-Sa 08:30-16:00');
    assert.equal(value('du lundi au vendredi, ouverture à 9h, fermeture à 18h'), 'Mo-Fr 09:00-18:00');
  });

  it('accepts "matin", "après-midi", "journée continue" when they agree with the hours', () => {
    table([
      ['le samedi matin entre 10h et 11h30', 'Sa 10:00-11:30'],
      ["le mercredi après-midi de 14h à 17h", 'We 14:00-17:00'],
      ['du lundi au vendredi de 9h à 17h en journée continue', 'Mo-Fr 09:00-17:00'],
      ['du lundi au vendredi de 9h à 17h non-stop', 'Mo-Fr 09:00-17:00'],
    ]);
    assert.equal(refusal('le samedi matin de 14h à 17h'), 'ambiguous');
    assert.equal(refusal('du lundi au vendredi 9h-12h et 14h-17h sans interruption'), 'ambiguous');
  });
});

describe('parseOpeningHoursFr — rules', () => {
  it('merges days with identical hours, in canonical form', () => {
    assert.equal(
      value('mardi 14h-18h / mercredi 10h-12h30 14h-16h / vendredi 14h-18h / samedi 10h-19h / dimanche 14h-18h'),
      'Tu,Fr,Su 14:00-18:00; We 10:00-12:30,14:00-16:00; Sa 10:00-19:00',
    );
    assert.equal(value('Lundi 9h-12h\nMardi 9h-12h\nMercredi 9h-12h\nSamedi 10h-12h'), 'Mo-We 09:00-12:00; Sa 10:00-12:00');
  });

  it('splits rules on new lines, ";", ",", "." and "-" and "/"', () => {
    const expected = 'Mo-Fr 09:00-18:00; Sa 09:00-12:00';
    for (const input of [
      'du lundi au vendredi 9h-18h\nsamedi 9h-12h',
      'du lundi au vendredi 9h-18h ; samedi 9h-12h',
      'du lundi au vendredi 9h-18h, samedi 9h-12h',
      'du lundi au vendredi 9h-18h. Samedi 9h-12h.',
      'du lundi au vendredi 9h-18h - samedi 9h-12h',
      'du lundi au vendredi 9h-18h / samedi 9h-12h',
      'du lundi au vendredi 9h-18h et le samedi 9h-12h',
      'du lundi au vendredi 9h-18h samedi 9h-12h',
      'Du lundi au vendredi :\n9h-18h\nSamedi :\n9h-12h',
    ]) {
      assert.equal(value(input), expected, input);
    }
  });

  it('reads "matin" and "après-midi" written next to each range', () => {
    assert.equal(value('Lundi : matin 9h-12h, après-midi 14h-18h'), 'Mo 09:00-12:00,14:00-18:00');
    assert.equal(value("Lundi 9h-12h le matin, 14h-18h l'après-midi"), 'Mo 09:00-12:00,14:00-18:00');
  });

  it('reads times before days', () => {
    assert.equal(value('de 16h à 19h du mardi au vendredi, de 14h à 18h le samedi'), 'Tu-Fr 16:00-19:00; Sa 14:00-18:00');
    assert.equal(value('9h-12h et 14h-18h du lundi au vendredi'), 'Mo-Fr 09:00-12:00,14:00-18:00');
  });

  it('reads "sauf" as days taken out', () => {
    table([
      ['Tous les jours sauf le lundi de 10h à 18h', 'Tu-Su 10:00-18:00'],
      ['du lundi au samedi de 9h à 19h sauf le mercredi', 'Mo,Tu,Th-Sa 09:00-19:00'],
      ['9h-18h sauf le week-end', 'Mo-Fr 09:00-18:00'],
      ['Ouvert 24h/24 sauf le dimanche', 'Mo-Sa 00:00-24:00'],
    ]);
  });

  it('reads "fermé le …" as days closed', () => {
    assert.equal(value('Du mardi au dimanche 10h-18h, fermé le lundi'), 'Tu-Su 10:00-18:00');
    assert.equal(value('Tous les jours 9h-19h, fermé le mercredi'), 'Mo,Tu,Th-Su 09:00-19:00');
    assert.equal(value('Lundi : fermé\nMardi : 9h-12h'), 'Tu 09:00-12:00');
    assert.equal(value('Fermé lundi et mardi. Du mercredi au dimanche 10h-18h'), 'We-Su 10:00-18:00');
    assert.equal(value('Tous les jours 10h-18h. Lundi fermé.'), 'Tu-Su 10:00-18:00');
    assert.equal(value('Fermé'), 'off');
  });

  it('lets a later rule narrow or widen the hours of some days, for review', () => {
    assert.equal(value('du lundi au vendredi 9h-18h, le mercredi 9h-12h'), 'Mo,Tu,Th,Fr 09:00-18:00; We 09:00-12:00');
    assert.equal(value('Tous les jours 9h-19h, le dimanche 9h-12h'), 'Mo-Sa 09:00-19:00; Su 09:00-12:00');
    assert.equal(confidence('du lundi au vendredi 9h-18h, le mercredi 9h-12h'), 'review');
  });

  it('cuts the hours of a day for "fermeture à", "jusqu\'à" and "fermé de … à …"', () => {
    assert.equal(value('Du lundi au vendredi 8h30-12h / 14h-17h, le vendredi fermeture à 16h'), 'Mo-Th 08:30-12:00,14:00-17:00; Fr 08:30-12:00,14:00-16:00');
    assert.equal(value("Lundi au vendredi 9h-18h, le vendredi jusqu'à 17h"), 'Mo-Th 09:00-18:00; Fr 09:00-17:00');
    assert.equal(value('Du lundi au vendredi 9h-18h, fermé de 12h à 14h'), 'Mo-Fr 09:00-12:00,14:00-18:00');
  });

  it('adds up hours given twice for the same days', () => {
    assert.equal(value('Lundi : 9h-12h\nLundi : 14h-18h'), 'Mo 09:00-12:00,14:00-18:00');
  });

  it('reads comments such as "sur rendez-vous"', () => {
    assert.equal(value('Du lundi au vendredi 9h-12h\nSamedi : sur RDV'), 'Mo-Fr 09:00-12:00; Sa "sur rendez-vous"');
    assert.equal(value('Mardi 14h-17h sur rendez-vous'), 'Tu 14:00-17:00 "sur rendez-vous"');
    assert.equal(value('Sur rendez-vous'), '"sur rendez-vous"');
    assert.equal(value('Mardi : uniquement sur réservation'), 'Tu "sur réservation"');
    assert.equal(confidence('Sur rendez-vous'), 'review');
  });

  it('skips labels and filler words', () => {
    table([
      ["Horaires d'ouverture : du lundi au samedi 9h-19h", 'Mo-Sa 09:00-19:00'],
      ['Ouvert du lundi au vendredi de 9h à 12h', 'Mo-Fr 09:00-12:00'],
      ['Accueil du public : lundi 9h-12h', 'Mo 09:00-12:00'],
      ['Permanence le mardi de 14h à 17h', 'Tu 14:00-17:00'],
      ['Du lundi au vendredi inclus, 9h-12h', 'Mo-Fr 09:00-12:00'],
    ]);
  });

  it('skips the name of the place, for review', () => {
    assert.equal(value('La médiathèque est ouverte le samedi de 10h à 12h'), 'Sa 10:00-12:00');
    assert.equal(confidence('La médiathèque est ouverte le samedi de 10h à 12h'), 'review');
  });

  it('marks plain texts safe', () => {
    for (const input of ['Du lundi au vendredi de 9h à 12h et de 14h à 18h', 'Tlj 10h-18h', 'Lundi 9h-12h; Mardi 14h-18h', '24h/24', 'Fermé']) {
      assert.equal(confidence(input), 'safe', input);
    }
  });
});

describe('parseOpeningHoursFr — public holidays, periods, closures', () => {
  it('reads public holidays: "sauf jours fériés", "fermé les jours fériés", "dimanche et jours fériés"', () => {
    table([
      ['Du mardi au samedi de 10h à 17h30 (sauf jours fériés)', 'Tu-Sa 10:00-17:30; PH off'],
      ['Lundi au vendredi 9h-18h sauf jours fériés', 'Mo-Fr 09:00-18:00; PH off'],
      ['Lundi au vendredi 9h-18h, hors jours fériés', 'Mo-Fr 09:00-18:00; PH off'],
      ['Du lundi au samedi 9h-19h. Fermé les jours fériés.', 'Mo-Sa 09:00-19:00; PH off'],
      ['Du lundi au samedi 9h-19h, fermé le dimanche et les jours fériés', 'Mo-Sa 09:00-19:00; PH off'],
      ['Du lundi au samedi 9h-19h\nDimanche & jours fériés : fermé', 'Mo-Sa 09:00-19:00; PH off'],
      ['dimanche et jours fériés 9h-12h', 'Su 09:00-12:00; PH 09:00-12:00'],
    ]);
  });

  it('reads months and date ranges', () => {
    table([
      ['juillet-août 10h-18h', 'Jul-Aug 10:00-18:00'],
      ['de juin à septembre : tous les jours 10h-19h', 'Jun-Sep 10:00-19:00'],
      // Validata's parser would read "Aug 09" as a date: every day is written.
      ['en août : 9h-12h', 'Aug Mo-Su 09:00-12:00'],
      ['juillet et août : 10h-18h', 'Jul-Aug 10:00-18:00'],
      ['Ouvert de mai à septembre, du mercredi au dimanche de 14h à 18h', 'May-Sep We-Su 14:00-18:00'],
      ['du 1er juillet au 31 août : du mardi au vendredi de 9h à 13h', 'Jul-Aug Tu-Fr 09:00-13:00'],
      ['du 15 juin au 15 septembre : 10h-19h', 'Jun 15-Sep 15 10:00-19:00'],
      ['du 15/06 au 15/09 : 10h-19h', 'Jun 15-Sep 15 10:00-19:00'],
      ['du mardi au vendredi de 9h à 13h du 1er juillet au 31 août', 'Jul-Aug Tu-Fr 09:00-13:00'],
    ]);
  });

  it('reads a season when its dates are given, and refuses it alone', () => {
    assert.equal(value('Été (du 1er avril au 30 septembre) : 10h-19h'), 'Apr-Sep 10:00-19:00');
    // "Horaires d'été" alone: a season's hours beside others not given (refused since probing round 15).
    assert.equal(parseOpeningHoursFr("Horaires d'été (juillet-août) : 9h-19h").ok, false);
    const result = parseOpeningHoursFr("l'été : 10h-19h");
    assert.deepEqual(result, { ok: false, reason: 'ambiguous', detail: 'season-without-dates' });
  });

  it('reads yearly closures', () => {
    table([
      ['Du lundi au samedi 9h-18h. Fermeture du 14 juillet au 25 août', 'Mo-Sa 09:00-18:00; Jul 14-Aug 25 off'],
      ['Du mardi au samedi 9h-19h. Fermeture annuelle du 1er au 15 août.', 'Tu-Sa 09:00-19:00; Aug 01-15 off'],
      ['Du mardi au samedi 9h-19h. Fermé en août.', 'Tu-Sa 09:00-19:00; Aug off'],
      ['Lundi 9h-12h. Fermé les 1er janvier, 1er mai et 25 décembre.', 'Mo 09:00-12:00; Jan 01,May 01,Dec 25 off'],
      ['Lundi 9h-12h. Fermé du 24 décembre au 2 janvier.', 'Mo 09:00-12:00; Dec 24-Jan 02 off'],
      ['Tous les jours de 9h à 18h sauf en août', 'Mo-Su 09:00-18:00; Aug off'],
    ]);
  });

  it('writes one season after the other', () => {
    assert.equal(
      value('Du 1er octobre au 31 mars : 9h-17h ; du 1er avril au 30 septembre : 9h-19h'),
      'Oct-Mar 09:00-17:00; Apr-Sep 09:00-19:00',
    );
  });
});

describe('parseOpeningHoursFr — refusals (never a wrong value)', () => {
  it('says "empty" for blank input', () => {
    assert.deepEqual(parseOpeningHoursFr(''), { ok: false, reason: 'empty' });
    assert.deepEqual(parseOpeningHoursFr('  \n '), { ok: false, reason: 'empty' });
    assert.equal(refusal('Horaires :'), 'empty');
  });

  it('quotes the words it does not understand', () => {
    assert.deepEqual(parseOpeningHoursFr('mardi 9h-12h : dépôts des dons'), { ok: false, reason: 'unparsed-text', detail: 'dépôts, dons' });
    assert.deepEqual(parseOpeningHoursFr('Dépôts : mardi 9h-12h. Vente : jeudi 14h-18h'), { ok: false, reason: 'unparsed-text', detail: 'Vente' });
    // "ou" is understood between rules that each name days and hours; between the hours of one rule it is a choice.
    assert.equal(refusal('du lundi au vendredi de 9h à 12h ou de 14h à 18h'), 'ambiguous');
    // "nocturne … jusqu'à 21h" is understood (a later closing), but says nothing without the day's hours.
    assert.equal(refusal('Nocturne le jeudi jusqu\'à 21h'), 'ambiguous');
    assert.equal(refusal('Nocturne le jeudi de 18h à 21h'), 'unparsed-text');
    assert.equal(refusal('Lundi 9-12'), 'unparsed-text');
    assert.equal(refusal('Lundi 25h-26h'), 'unparsed-text');
    assert.equal(refusal('We 10h-12h'), 'unparsed-text');
  });

  it('refuses incomplete texts: days without hours, hours without days, a lone time', () => {
    for (const input of ['Lundi', 'ouvert le dimanche', 'Ouvert tous les jours', 'le samedi matin', 'samedi 9h-12h et dimanche', 'lundi 9h-12h mardi', 'ouvert à partir de 9h', "le vendredi jusqu'à 16h"]) {
      assert.equal(refusal(input), 'ambiguous', input);
    }
    assert.equal(refusal('Lundi 9h'), 'unparsed-text');
  });

  it('refuses school holidays it cannot write for Validata (days during SH) or cannot name (« grandes vacances »)', () => {
    assert.deepEqual(parseOpeningHoursFr('hors période scolaire : du lundi au vendredi de 9h à 12h'), { ok: false, reason: 'ambiguous', detail: 'school-holidays' });
    assert.deepEqual(parseOpeningHoursFr('pendant les grandes vacances de 10h à 12h'), { ok: false, reason: 'ambiguous', detail: 'school-holidays' });
    assert.equal(refusal('du lundi au vendredi 9h-12h. Hors vacances scolaires, le samedi 9h-12h'), 'ambiguous');
  });

  it('says why it does not write an open end: Validata refuses "18:00+"', () => {
    assert.deepEqual(parseOpeningHoursFr('dès 18h'), { ok: false, reason: 'ambiguous', detail: 'open-end' });
    assert.deepEqual(parseOpeningHoursFr('le vendredi à partir de 18h'), { ok: false, reason: 'ambiguous', detail: 'open-end' });
  });

  it('refuses texts that can be read two ways, and lists the readings', () => {
    const result = parseOpeningHoursFr('Du lundi au vendredi de 9h à 12h, le samedi de 9h à 12h, sauf en août');
    assert.ok(!result.ok && result.reason === 'ambiguous');
    assert.deepEqual(result.candidates, ['Mo-Sa 09:00-12:00; Aug off', 'Mo-Sa 09:00-12:00; Aug Sa off']);
  });

  it('reads a later rule of some of the days with hours apart from theirs as added hours, for review', () => {
    const result = parseOpeningHoursFr('Du lundi au vendredi de 9h à 12h, le mardi et jeudi de 14h à 17h');
    assert.deepEqual(result, { ok: true, value: 'Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00', confidence: 'review' });
  });

  it('refuses a later rule that may add hours or replace them', () => {
    // Hours across the others' end: an afternoon added or the day moved?
    assert.equal(refusal('Du lundi au vendredi de 9h à 12h, le mardi et jeudi de 11h à 14h'), 'ambiguous');
    // The later rule names days the earlier did not all open: not "more hours for some of them".
    // "uniquement", "seulement": the only hours that day, or only that day besides the others? An exception: the
    // added hours' or the whole day's?
    assert.equal(refusal('Du lundi au vendredi 9h-12h, le mercredi uniquement de 14h à 18h'), 'ambiguous');
    assert.equal(refusal('Lun-ven 8h-12h, mardi seulement 14h-17h'), 'ambiguous');
    assert.equal(refusal('Du lundi au vendredi de 8h à 12h ; le mardi, uniquement l\'après-midi, de 14h à 17h'), 'ambiguous');
    assert.equal(refusal('Du lundi au vendredi 9h-12h, le mercredi de 14h à 18h (sauf le 1er mercredi du mois)'), 'ambiguous');
    assert.equal(refusal('le mercredi 14h-18h, du lundi au vendredi 9h-12h'), 'ambiguous');
    assert.equal(refusal('Du lundi au vendredi de 9h à 12h (le mercredi jusqu\'à 18h)'), 'ambiguous');
    assert.equal(refusal('Du lundi au vendredi de 9h à 18h, fermeture à 17h'), 'ambiguous');
  });

  // After hours given for those days, "sauf X de … à …" gives X these hours instead: the reading of every such
  // real text in the corpus ("… excepté le jeudi de 10h à 12h et de 14h à 16h30", "… sauf lundi de 15H à 19H").
  // Hours strictly inside the day's (a break, or the only hours?) stay refused.
  it('reads "sauf X de … à …" after hours for X as X\'s own hours, refuses a break or a half-day without hours', () => {
    const result = parseOpeningHoursFr('Tous les jours de 9h à 18h sauf le dimanche de 9h à 12h');
    assert.deepEqual(result, { ok: true, value: 'Mo-Sa 09:00-18:00; Su 09:00-12:00', confidence: 'review' });
    assert.equal(refusal('Tous les jours de 9h à 18h sauf le dimanche de 12h à 14h'), 'ambiguous');
    // A half-day excepted is that half-day closed (it must fit the day's hours).
    assert.equal(parseOpeningHoursFr('Lundi au vendredi 9h-12h et 14h-17h30 sauf mercredi après-midi').ok, true);
    assert.equal(refusal('Lundi au vendredi 9h-17h30 sauf mercredi après-midi'), 'ambiguous');
  });

  it('refuses hours that might be written the English way ("de 9 à 5")', () => {
    assert.equal(refusal('de 9 à 5'), 'unparsed-text');
  });

  it('refuses a period whose rules are unclear', () => {
    assert.equal(refusal('Du mardi au samedi de 10h à 18h, le dimanche de 14h à 18h (d\'avril à octobre)'), 'ambiguous');
    // A part of the year heading hours with no days: the days open the rest of the year, when they share one schedule.
    assert.equal(parseOpeningHoursFr('Du lundi au vendredi 9h-18h. En août : 9h-12h.').ok, true);
    assert.equal(refusal('Lundi au vendredi 9h-17h, samedi 9h-12h ; août : 9h-12h'), 'ambiguous');
  });

  it('refuses two places in one text', () => {
    assert.deepEqual(parseOpeningHoursFr('Piscine : lundi 9h-12h. Bibliothèque : mardi 14h-18h'), { ok: false, reason: 'ambiguous', detail: 'several-places' });
  });

  it('refuses an ambiguous slash between days ("Lun/Ven": a pair or a range?)', () => {
    assert.equal(refusal('Lun/Ven 9h-18h'), 'ambiguous');
  });

  it('refuses very long texts', () => {
    assert.deepEqual(parseOpeningHoursFr('lundi 9h-12h, '.repeat(200)), { ok: false, reason: 'unparsed-text', detail: 'too-long' });
  });
});

describe('parseOpeningHoursFr — the LGPL library stays a separate, lazily loaded module', () => {
  it('does not load opening_hours when the converter is imported, only when a value is checked', () => {
    const script = [
      "const loaded = () => Object.keys(require.cache).some((k) => /node_modules[\\\\/]opening_hours[\\\\/]/.test(k));",
      "const m = require('./server/src/engine/fixes/openingHours');",
      'const before = loaded();',
      "m.parseOpeningHoursFr('lundi 9h-12h');",
      'console.log(JSON.stringify([before, loaded()]));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['-r', './test/register.js', '-e', script], { cwd: path.join(__dirname, '..', '..', '..'), encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), [false, true]);
  });

  it('does not import opening_hours at the top of any module', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'server', 'src', 'engine', 'fixes', 'openingHours');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(text, /^import\s+(?!type\b)[^;]*['"]opening_hours['"]/m, file);
    }
  });
});
