// The French opening-hours converter on days, exceptions and lists: the hours of the days after "sauf",
// "la semaine" with hours on both sides, rules joined by "ou" that each have their hours, counted days.
// Each value must also pass the opening_hours library unwarned; near-misses must be refused.
import { strict as assert } from 'node:assert';
import { means, refused, reviewed } from './openingHoursExpect';

describe('parseOpeningHoursFr — days, exceptions and lists', () => {
  it('gives the days after "sauf" the hours written with them', () => {
    means('Ouvert de 9h30 à 19H sauf lundi de 15H à 19H', '09:30-19:00; Mo 15:00-19:00');
    // A list after "sauf" may be one day excepted, then another day's own hours ("sauf le vendredi, le mercredi de
    // 9h à 12h", found by probing): refused.
    refused('Ouvert de 9h30 à 19h sauf le lundi et le mardi de 15h à 19h');
    means('du lundi au vendredi, de 9h à 12h et de 14h à 18h excepté le jeudi de 10h à 12h et de 14h à 16h30.', 'Mo-Fr 09:00-12:00,14:00-18:00; Th 10:00-12:00,14:00-16:30');
    means('du lundi au vendredi de 8h30 à 17h sauf le 1er jeudi de chaque mois de 8h30 à 12h30', 'Mo-Fr 08:30-17:00; Th[1] 08:30-12:30');
    means('Lundi, Mardi, Mercredi, Jeudi, Vendredi : 8h30 - 17h. Sauf le 1er jeudi de chaque mois 8h30 - 12h30.', 'Mo-Fr 08:30-17:00; Th[1] 08:30-12:30');
    // An n-th weekday of a day not open, or hours inside the day's (a break?): refused.
    refused('du lundi au vendredi de 8h30 à 17h sauf le 1er samedi de chaque mois de 8h30 à 12h30');
    refused('du lundi au vendredi de 8h30 à 17h sauf le 1er jeudi de chaque mois de 10h à 12h');
    // Hours inside the day's may be a break or the only hours: refused.
    refused('Ouvert de 9h à 18h sauf le dimanche de 10h à 12h');
    // Hours with no day after a sentence do not take back the hours given before.
    refused('Ouvert de 9h30 à 19h sauf lundi. De 15h à 19h');
  });

  it('reads three or more days joined by slashes as a list (two are a range or a pair)', () => {
    means('lundi / mardi / jeudi / vendredi : 8h30 - 12h et 13h30 - 17h', 'Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00');
    means('Lundi/Mercredi/Vendredi 9h-12h', 'Mo,We,Fr 09:00-12:00');
    means('lundi / mardi / jeudi et vendredi : 9h-12h', 'Mo,Tu,Th,Fr 09:00-12:00');
    refused('lundi/vendredi 9h-12h');
  });

  it('reads weekdays said again after every day ("dimanche compris", "même le dimanche") as adding nothing', () => {
    means('Ouvert 7j/7 de 8h à 20h, dimanche compris', 'Mo-Su 08:00-20:00');
    means('Tous les jours y compris le dimanche de 9h à 19h', 'Mo-Su 09:00-19:00');
    means('Ouvert tous les jours de 8h à 20h, même le dimanche', 'Mo-Su 08:00-20:00');
    means('Tous les jours, samedi et dimanche inclus, de 8h à 19h', 'Mo-Su 08:00-19:00');
    // Public holidays among them are added.
    means('Tous les jours, dimanches et jours fériés compris, de 9h à 19h', 'Mo-Su,PH 09:00-19:00');
    // After some days only, the day would be added to them (or contradict them): refused.
    refused('Du lundi au samedi de 8h à 20h, même le dimanche');
    // After an exception, where the exception ends is not said (probing: Sunday was closed, at "safe").
    refused('Tous les jours sauf lundi, dimanche compris, de 9h à 18h');
    refused('Tous les jours sauf le lundi, dimanche inclus, de 9h à 18h');
  });

  it('reads "le lundi midi" as a restaurant\'s lunch service', () => {
    means('Ouvert 7J/7 de 11H30 à 14H, et de 18H à 23H. Fermé le Lundi midi et Dimanche midi.', 'Mo,Su 18:00-23:00; Tu-Sa 11:30-14:00,18:00-23:00');
    means('Tous les jours de 12h à 14h et de 19h à 22h, fermé le dimanche midi', 'Mo-Sa 12:00-14:00,19:00-22:00; Su 19:00-22:00');
    means('Du lundi au samedi de 12h à 14h30 et de 19h à 22h30 sauf le samedi midi', 'Mo-Fr 12:00-14:30,19:00-22:30; Sa 19:00-22:30');
    means('Le samedi midi de 12h à 14h', 'Sa 12:00-14:00');
    means('Tous les jours de 12h à 14h et de 19h à 22h sauf le dimanche soir', 'Mo-Sa 12:00-14:00,19:00-22:00; Su 12:00-14:00');
    // Hours that are not a lunch service are not cut; "midi" elsewhere is noon.
    refused('Tous les jours de 9h à 19h, fermé le dimanche midi');
    means('De 10h à midi le lundi', 'Mo 10:00-12:00');
  });

  it('gives hours without days, in a sentence after the closed days, to the other days', () => {
    means('Fermé le dimanche. Ouvert de 9h à 18h.', 'Mo-Sa 09:00-18:00');
    means('Fermé le dimanche et le lundi. Ouvert de 9h à 12h et de 14h à 19h', 'Tu-Sa 09:00-12:00,14:00-19:00');
    // Hours in the closed days' sentence may be theirs.
    refused('Fermé le lundi de 12h à 14h. Ouvert de 9h à 18h');
  });

  it('drops every day said again at the end of a sentence whose days are every day ("Lun - Dim : 24h/24 et 7j/7")', () => {
    means('Lun - Dim : 24h/24 et 7j/7', '24/7');
    means('Tous les jours : 24h/24 et 7j/7', '24/7');
    // After some days only, it contradicts them.
    refused('Du lundi au vendredi : 24h/24 et 7j/7');
  });

  it('reads "jour et nuit", "à tout moment", "Accès 24h/24" as the whole day', () => {
    means('Ouvert jour et nuit', '24/7');
    means('Accessible à tout moment', '24/7');
    means('Accès 24h/24', '24/7');
    means('Ouvert en permanence du lundi au vendredi', 'Mo-Fr 00:00-24:00');
  });

  it('reads public holidays written "JF", "jours ferie", "dimanche-fériés", "(jours fériés exceptés)"', () => {
    means('Du lundi au samedi 9h-18h, fermé dimanche et JF', 'Mo-Sa 09:00-18:00; Su off; PH off');
    means('Du lundi au vendredi 9h-17h sauf jours ferie', 'Mo-Fr 09:00-17:00; PH off');
    means('Ouvert du lundi au vendredi de 9h à 17h (jours fériés exceptés)', 'Mo-Fr 09:00-17:00; PH off');
    means('Lundi-samedi : 7h-19h ; dimanche-fériés : 8h-12h', 'Mo-Sa 07:00-19:00; Su,PH 08:00-12:00');
  });

  it('reads "lun>ven", "Ts les jrs" and "6j/7" beside the days it counts', () => {
    means('lun>ven 9h-17h', 'Mo-Fr 09:00-17:00');
    means('Lundi > Vendredi : 9h-12h / 14h-17h', 'Mo-Fr 09:00-12:00,14:00-17:00');
    means('Ts les jrs 8h-20h', 'Mo-Su 08:00-20:00');
    means('6j/7 du mardi au dimanche 9h-19h', 'Tu-Su 09:00-19:00');
    means('Ouvert 6 jours sur 7 du mardi au dimanche de 10h à 19h', 'Tu-Su 10:00-19:00');
    // A count that is not the days': refused.
    refused('Du lundi au vendredi, 6 jours sur 7, de 9h à 18h');
  });

  it('adds the hours of days after "ainsi que" to those they already have', () => {
    means('Du lundi au vendredi de 9h à 12h ainsi que le mardi de 14h à 17h', 'Mo,We-Fr 09:00-12:00; Tu 09:00-12:00,14:00-17:00');
    means('Du lundi au vendredi de 9h à 12h ainsi que le samedi de 10h à 12h', 'Mo-Fr 09:00-12:00; Sa 10:00-12:00');
    // The same hours twice, overlapping, are not an addition.
    refused('Du lundi au vendredi de 9h à 17h ainsi que le mardi de 14h à 17h');
  });

  it('joins a sentence of days and a sentence of hours, and a last sentence of hours to the one before, for review', () => {
    assert.equal(reviewed('Ouvert du lundi au vendredi. Horaires : 9h-12h / 14h-17h'), 'Mo-Fr 09:00-12:00,14:00-17:00');
    assert.equal(reviewed('Lundi au vendredi : 9h-12h. 14h-17h.'), 'Mo-Fr 09:00-12:00,14:00-17:00');
    means('Lundi 9h-12h. Mardi 14h-17h. 18h-19h.', 'Mo 09:00-12:00; Tu 14:00-17:00,18:00-19:00');
  });

  it('reads a one-line table with a dash for an empty cell ("Lundi: 9h-12h, Mardi: -, Mercredi: 9h-12h")', () => {
    means('Lundi: 9h-12h, Mardi: -, Mercredi: 9h-12h', 'Mo,We 09:00-12:00');
    means('Lundi : 9h-12h ; Mardi : - ; Mercredi : 9h-12h ; Jeudi : -', 'Mo,We 09:00-12:00');
    // Two cells are not a table.
    refused('Lundi: 9h-12h, Mardi: -');
  });

  it('keeps a later range of the day with the days written before it, never with days written after it', () => {
    assert.equal(
      reviewed('Le caveau est ouvert du lundi au samedi de 9h à 12h et de 14h à 18h, le dimanche sur rendez-vous.'),
      'Mo-Sa 09:00-12:00,14:00-18:00; Su "sur rendez-vous"',
    );
    // Days after the hours with no hours of their own: not the afternoon's (it gave "Sa 14:00-17:00", the weekdays'
    // afternoons lost).
    refused('Lundi au vendredi 9h-12h et 14h-17h, samedi');
    refused('Du lundi au samedi 9h-12h 14h-19h et dimanche');
    refused('Lundi au vendredi 9h-12h / 14h-17h, samedi uniquement');
    refused('Juillet-août : 10h-12h et 14h-19h, juin');
    refused('De juin à août du mardi au dimanche 10h-13h / 15h-19h, en septembre le week-end');
    // Days written right after the range, with no separator, are its own: "de 14h à 18h le samedi".
    assert.equal(reviewed('Du lundi au vendredi 8h-12h, et de 14h à 18h le samedi'), 'Mo-Fr 08:00-12:00; Sa 14:00-18:00');
    // Hours that are not later in the day start a rule of their own; a morning said, or "ainsi que", says which.
    assert.equal(reviewed('du lundi au vendredi de 9h à 18h, 9h-12h le samedi'), 'Mo-Fr 09:00-18:00; Sa 09:00-12:00');
    assert.equal(reviewed('Du lundi au samedi matin de 8h à 12h, et de 14h à 18h du lundi au vendredi'), 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00');
    assert.equal(reviewed('Lundi au vendredi de 9h à 12h (ainsi que de 14h à 17h le mardi et le jeudi)'), 'Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00');
  });

  it('excepts days of the year listed last after excepted days ("sauf le lundi et le 1er mai"), and only there', () => {
    assert.equal(reviewed('Tous les jours de 10h à 18h sauf le lundi et le 1er mai'), 'Tu-Su 10:00-18:00; May 01 off');
    assert.equal(reviewed('Tous les jours de 9h à 18h sauf mardi, fériés, 1er mai et 25 décembre'), 'Mo,We-Su 09:00-18:00; PH off; May 01,Dec 25 off');
    // A word after them may say the opposite; before the hours, the date was read as the rule's part of the year
    // ("May 01 10:00-18:00"); a range of months after the exception starts a clause of its own.
    refused('Tous les jours de 10h à 18h sauf lundi, 1er mai ouvert');
    refused('sauf le lundi et le 1er mai, tous les jours de 10h à 18h');
    assert.equal(reviewed("D'avril à septembre de 10h à 18h sauf le lundi, d'octobre à mars de 14h à 17h"), 'Apr-Sep Tu-Su 10:00-18:00; Oct-Mar 14:00-17:00');
  });

  it('reads "fermé : lundi" and "fermeture hebdomadaire (:) le lundi" after hours without days', () => {
    assert.equal(reviewed('Ouvert 6h30 - 19h30 ; fermeture hebdomadaire : lundi'), 'Tu-Su 06:30-19:30');
    assert.equal(reviewed('Ouvert 6h30 - 19h30 ; fermeture hebdomadaire le lundi'), 'Tu-Su 06:30-19:30');
    assert.equal(reviewed('9h-18h. Fermé : lundi'), 'Tu-Su 09:00-18:00');
  });

  it('refuses a rank before days listed without one ("le 2e mercredi et samedi")', () => {
    refused('Le 2e mercredi et samedi 10h-12h');
    refused('Les 2e et 4e mardis et jeudis de 14h à 17h');
    refused('Le 1er samedi, dimanche de 10h à 18h');
    means('Le 1er mardi et le 3e jeudi de 14h à 17h', 'Tu[1] 14:00-17:00; Th[3] 14:00-17:00');
    means('le mardi et le 1er jeudi du mois de 14h à 17h', 'Tu 14:00-17:00; Th[1] 14:00-17:00');
  });

  it('refuses hours in brackets for some of the days, apart from theirs: they may add or replace', () => {
    refused('Du lundi au vendredi 9h-12h (jeudi 14h-18h)');
    refused('Du lundi au samedi 9h-12h (samedi 14h-17h)');
    assert.equal(reviewed('Du lundi au samedi 9h-18h (samedi 9h-12h)'), 'Mo-Fr 09:00-18:00; Sa 09:00-12:00');
  });

  it('refuses a comment that opens a sentence of several rules (said of the first or of all)', () => {
    refused('Sur rendez-vous le mardi 14h-17h, le jeudi 9h-12h');
    refused('Consultations sur rendez-vous du lundi au vendredi de 8h à 19h et le samedi matin de 8h à 12h');
    assert.equal(reviewed('Sur rendez-vous le mardi 14h-17h'), 'Tu 14:00-17:00 "sur rendez-vous"');
    assert.equal(reviewed('Sur rendez-vous le mardi 14h-17h. Le jeudi 9h-12h.'), 'Tu 14:00-17:00 "sur rendez-vous"; Th 09:00-12:00');
  });

  it('drops a first line of hours that sums up a table of the whole week below it', () => {
    means(
      'Ouvert de 7h30-20h30\nLundi : 7h30-20h30\nMardi : ---------\nMercredi : 7h30-20h30\nJeudi : 7h30-20h30\nVendredi : 7h30-20h30\nSamedi : 7h30-20h30\nDimanche : 7h30-20h30',
      'Mo,We-Su 07:30-20:30',
    );
    means('9h-18h\nLundi : 9h-18h\nMardi : fermé\nMercredi : 9h-12h\nJeudi : 9h-18h\nVendredi : 9h-18h\nSamedi : 9h-12h\nDimanche : fermé', 'Mo,Th,Fr 09:00-18:00; We,Sa 09:00-12:00');
    // A table that leaves days out (are they open at the first line's hours?), or a line no day of it matches.
    refused('9h-18h\nLundi : 9h-18h\nMardi : fermé\nMercredi : 9h-12h');
    refused('9h-19h\nLundi : 9h-18h\nMardi : fermé\nMercredi : 9h-12h\nJeudi : 9h-18h\nVendredi : 9h-18h\nSamedi : 9h-12h\nDimanche : fermé');
  });

  it('reads "7j7", "24h24", "365 jours par an", and "idem" for the same hours', () => {
    means('Ouvert 7j7 de 8h à 20h', 'Mo-Su 08:00-20:00');
    means('24h24 7j7', '24/7');
    means('365 jours par an, 24h/24', '24/7');
    means('Lundi : 9h-12h ; Mardi : idem', 'Mo,Tu 09:00-12:00');
    refused('Idem');
    // "de même", "(même horaires)": the same hours as the rule before.
    means('Du lundi au vendredi de 9h à 12h et de 14h à 17h, de même le samedi', 'Mo-Sa 09:00-12:00,14:00-17:00');
    means('Mardi de 9h à 12h, mercredi de même', 'Tu,We 09:00-12:00');
    means('Lundi au vendredi 8h30-12h et 13h30-17h30, samedi (même horaires)', 'Mo-Sa 08:30-12:00,13:30-17:30');
    refused('Lundi au vendredi 9h-12h, de même le mercredi 14h-17h');
  });

  it('reads "de chaque mois" said again after ranked days with their hours', () => {
    means('le premier jeudi (de 19h à 22h) et le premier samedi (de 10h à 12h) de chaque mois', 'Th[1] 19:00-22:00; Sa[1] 10:00-12:00');
    refused('le jeudi de 19h à 22h du mois');
  });

  it('reads plural ranks ("les 1ers et 3èmes jeudis", "tous les 1ers samedis du mois")', () => {
    means('Les 1ers et 3èmes jeudis du mois de 14h à 16h', 'Th[1,3] 14:00-16:00');
    means('Tous les 1ers samedis du mois de 10h à 12h', 'Sa[1] 10:00-12:00');
  });

  it('reads two-letter days written with a dot ("Lu. Ma. Je. Ve.")', () => {
    means('Lu. Ma. Je. Ve. 9h-12h', 'Mo,Tu,Th,Fr 09:00-12:00');
    means('Lu. au Ve. : 9h-12h', 'Mo-Fr 09:00-12:00');
  });

  it('reads "sf" as "sauf" ("Tlj sf mer et dim")', () => {
    means('Tlj sf mer et dim de 10h30 à 18h30.', 'Mo,Tu,Th-Sa 10:30-18:30');
    means('Tlj sf. lun. 10h-18h', 'Tu-Su 10:00-18:00');
  });

  it('reads one day excepted for a half-day as that half-day closed', () => {
    means('Du lundi au vendredi de 9h à 12h30 et de 14h à 17h30, sauf le mercredi après-midi', 'Mo-Fr 09:00-12:30,14:00-17:30; We 09:00-12:30');
    means('De 9h à 12h30 et de 14h à 17h30 du lundi au vendredi sauf le mercredi après-midi', 'Mo-Fr 09:00-12:30,14:00-17:30; We 09:00-12:30');
    means('Tous les jours de 9h à 12h et de 14h à 18h sauf dimanche après-midi', 'Mo-Sa 09:00-12:00,14:00-18:00; Su 09:00-12:00');
    // In the heading, before the hours.
    means('Tous les jours sauf le dimanche après-midi, de 9h à 12h et de 14h à 18h', 'Mo-Sa 09:00-12:00,14:00-18:00; Su 09:00-12:00');
    means('Du lundi au samedi sauf le mercredi après-midi de 9h à 12h et de 14h à 18h', 'Mo-Tu,Th-Sa 09:00-12:00,14:00-18:00; We 09:00-12:00');
    means('Tous les jours sauf le lundi matin de 9h à 12h et de 14h à 18h', 'Mo 14:00-18:00; Tu-Su 09:00-12:00,14:00-18:00');
    // The half-day must fit the day's hours: none in the morning, or one range across noon, is refused.
    refused('Du lundi au vendredi de 14h à 18h sauf le mercredi matin');
    refused('Du lundi au vendredi de 9h à 18h sauf le mercredi après-midi');
    // In brackets after the hours.
    means('De 8h30 à 12h et de 13h30 à 17h du lundi au vendredi (sauf mercredi après-midi)', 'Mo-Fr 08:30-12:00,13:30-17:00; We 08:30-12:00');
    // A list excepted: the half-day may be the last day's alone.
    refused('Du lundi au samedi de 9h à 12h et de 14h à 18h sauf le lundi et le mercredi après-midi');
  });

  it('closes the days written between "sauf" and "fermé"', () => {
    means('Ouvert de 9h30 à 19H sauf lundi fermé', 'Tu-Su 09:30-19:00');
    means('de 9h à 19h, sauf samedi et dimanche : fermé', 'Mo-Fr 09:00-19:00');
    means('de 9h à 19h fermé sauf le lundi', 'Mo 09:00-19:00');
    // Opening the text, which days are open is not said.
    refused('Sauf lundi fermé');
    // After days named, "fermé" closes the excepted days, which leaves the others without hours (it read "Tu-Su off").
    refused('Ouvert tous les jours sauf lundi fermé');
    // Monday is open at hours not given: "Tu-Su off" would say it is closed too (nothing is open).
    refused('Fermé tous les jours sauf le lundi');
    // "fermé et le dimanche de 10h à 12h" does not close Sunday from 10h to 12h.
    refused('de 9h à 18h sauf le samedi fermé et le dimanche de 10h à 12h');
  });

  it('reads hours before "la semaine" and after the day joined to it as two rules', () => {
    means('La Vélostation est ouverte de 7h30 à 12h et de 14h à 19h30 la semaine et le samedi de 10h à 13h.', 'Mo-Fr 07:30-12:00,14:00-19:30; Sa 10:00-13:00');
    means('de 9h à 12h la semaine et de 14h à 18h le samedi', 'Mo-Fr 09:00-12:00; Sa 14:00-18:00');
    means('de 9h à 18h la semaine, le samedi de 10h à 12h et le dimanche de 10h à 11h', 'Mo-Fr 09:00-18:00; Sa 10:00-12:00; Su 10:00-11:00');
    means('de 9h à 18h la semaine et le samedi (10h-12h)', 'Mo-Fr 09:00-18:00; Sa 10:00-12:00');
    // With no hours right after it, the list is one.
    means('de 9h à 18h la semaine et le samedi', 'Mo-Sa 09:00-18:00');
    means('de 9h à 18h la semaine et le samedi, de 10h à 12h le dimanche', 'Mo-Sa 09:00-18:00; Su 10:00-12:00');
    // Whether the hours are Saturday's alone or the whole list's is not said.
    refused('la semaine et le samedi de 9h à 12h');
    refused('le samedi et la semaine de 9h à 12h');
  });

  it('refuses "ou" between rules, even when each names its days and hours (a slot to choose, or one or the other?)', () => {
    // Read as both until probing round 15 ("samedi 9h-12h ou dimanche 9h-12h" → "Sa,Su 09:00-12:00": alternate weekends?).
    refused('Retrait vendredi (16h-19h) ou samedi (10h-17h30).');
    refused('Retrait le vendredi de 16h à 19h ou le samedi de 10h à 17h30, fermé en août');
    refused('Ouvert le samedi 9h-12h ou le dimanche 9h-12h');
    refused('Mercredi 14h-17h ou samedi 10h-12h');
    // A choice between days, between hours of one day, or an "ou" beside a closure is not said both ways either.
    refused('le mardi ou le jeudi de 9h à 12h');
    refused('le mardi de 9h à 12h ou de 14h à 18h');
    refused('le mardi de 9h à 12h ou le mardi de 14h à 18h');
    refused('9h-12h ou 14h-18h');
    refused('le mardi de 9h à 12h ou le jeudi');
    refused('le lundi de 9h à 12h, fermé le mardi ou le mercredi');
    // Nothing on one side of it, or a word skipped beside it.
    refused('ou vendredi 13h-16h');
    refused('vendredi 13h-16h ou');
    refused('de 9h à 12h le lundi, de ou 14h à 18h le mardi');
  });

  it('reads "les cinq jours de la semaine" as the working days', () => {
    means('les cinq jours de la semaine, de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h (16 h le vendredi)', 'Mo-Th 08:30-12:30,13:30-17:00; Fr 08:30-12:30,13:30-16:00');
    means('les 5 jours de la semaine de 9h à 17h', 'Mo-Fr 09:00-17:00');
    means('les sept jours de la semaine de 9h à 17h', 'Mo-Su 09:00-17:00');
    means('cinq jours de la semaine de 9h à 12h, le samedi de 9h à 11h', 'Mo-Fr 09:00-12:00; Sa 09:00-11:00');
    // Which six days is not said.
    refused('les six jours de la semaine de 9h à 17h');
  });

  it('accepts a number of days a week that is the number of days named, and refuses any other', () => {
    means('trois fois par semaine, les lundis, mercredis et vendredis, de 9 à 12 heures', 'Mo,We,Fr 09:00-12:00');
    means('seront ouverts 5 matinées par semaine de 9h00 à 12h00 du lundi au vendredi', 'Mo-Fr 09:00-12:00');
    means('3 jours par semaine : lundi, mardi et jeudi de 9h à 12h', 'Mo,Tu,Th 09:00-12:00');
    means('trois fois par semaine, les lundis, mercredis et vendredis, de 9 à 12 heures, fermé en août', 'Mo,We,Fr 09:00-12:00; Aug off');
    refused('deux fois par semaine, les lundis, mercredis et vendredis, de 9h à 12h');
    refused('trois fois par semaine de 9h à 12h');
    // "matinées" are mornings.
    refused('5 matinées par semaine de 14h à 17h du lundi au vendredi');
    // The number is the whole week's: Saturday makes six mornings.
    refused('du lundi au vendredi de 9h à 12h, 5 matinées par semaine, et le samedi de 9h à 11h');
  });

  it('reads "WE" listed with the public holidays spelled in French as the week-end', () => {
    means('WE & jours fériés 14h à 18h', 'Sa,Su,PH 14:00-18:00');
    means('jours fériés et WE de 14h à 18h', 'Sa,Su,PH 14:00-18:00');
    means('Lundi au vendredi 9h-12h, WE et fériés 14h-18h', 'Mo-Fr 09:00-12:00; Sa,Su,PH 14:00-18:00');
    // Alone, or beside OSM's "PH", it may be OSM's Wednesday.
    refused('WE 14h-18h');
    refused('We & PH 14:00-18:00');
  });

  it('excepts the dates listed last in brackets that open with "sauf"', () => {
    means('Horaires d\'ouverture : Tous les jours (sauf mardi, fériés, 25 août) 10h-17h30, samedi et dimanche 14h-17h30', 'Mo,We-Fr 10:00-17:30; Sa,Su 14:00-17:30; PH off; Aug 25 off');
    means('Tous les jours de 10h à 17h (sauf le lundi, 1er mai)', 'Tu-Su 10:00-17:00; May 01 off');
    means('Tous les jours de 10h à 17h (sauf le lundi, du 1er au 15 août)', 'Tu-Su 10:00-17:00; Aug 01-15 off');
    means('Tous les jours sauf mardi (et 25 août) 10h-17h30', 'Mo,We-Su 10:00-17:30; Aug 25 off');
    // A month there may say when the days are excepted; never the period of the hours (it gave "Aug Tu-Su 10:00-17:00").
    refused('Tous les jours de 10h à 17h (sauf le lundi, en août)');
    refused('Tous les jours sauf mardi (et en août) 10h-17h30');
    refused('Tous les jours (sauf mardi, en juillet) 10h-17h30, fermé le dimanche');
    // After the brackets, the month is the period of the hours.
    means('Tous les jours de 10h à 17h (sauf le lundi), en août', 'Aug Tu-Su 10:00-17:00');
    // Whether Saturday is closed on 1 May too is not said.
    refused('du lundi au vendredi 9h-12h (sauf jeudi, 1er mai), samedi 9h-11h');
  });

  it('gives a last range that overlaps the ones before it to the period written right after it', () => {
    means('Ouvert tous les jours de 14h à 18h et de 14h à 19h en juillet-août', 'Mo-Su 14:00-18:00; Jul-Aug Mo-Su 14:00-19:00');
    means('Ouvert de 14h à 18h et de 14h à 19h en juillet-août', '14:00-18:00; Jul-Aug 14:00-19:00');
    means('du lundi au vendredi de 9h à 12h et de 14h à 18h et de 9h à 19h en juillet', 'Mo-Fr 09:00-12:00,14:00-18:00; Jul Mo-Fr 09:00-19:00');
    // Inside the earlier hours it may be a break.
    refused('Ouvert tous les jours de 14h à 18h et de 15h à 17h en juillet-août');
    // A closure or an exception beside it may be the period's or the whole year's.
    refused('Ouvert tous les jours de 14h à 18h et de 14h à 19h en juillet-août, fermé le lundi');
    refused('Ouvert tous les jours de 14h à 18h et de 14h à 19h en juillet-août sauf le mardi');
    refused('le lundi de 9h à 12h, le mardi de 14h à 18h et de 14h à 19h en juillet');
  });

  it('never drops an exception that closes days only a period opened', () => {
    means('Ouvert tous les jours de 14h à 19h en juillet-août sauf le mardi', 'Jul-Aug Mo,We-Su 14:00-19:00');
    means('sauf le dimanche. De 9h à 12h', 'Mo-Sa 09:00-12:00');
  });

  it('reads "les jours de marché" as the days its brackets spell out, and only then', () => {
    means('les jours de marché (mardis et samedis) de 6h à 16h00', 'Tu,Sa 06:00-16:00');
    means('les jours de marché (mardis et samedis) de 6h à 16h00, le dimanche de 8h à 12h', 'Tu,Sa 06:00-16:00; Su 08:00-12:00');
    means("les jours d'ouverture (lundi, mercredi) : 9h-12h", 'Mo,We 09:00-12:00');
    refused('les jours de marché de 6h à 16h');
    refused('les jours de marché (mardis et samedis de 6h à 12h) de 6h à 16h00');
    refused('les jours de marché (sauf le mardi) de 6h à 16h');
    refused('les jours de marché (tous les jours) de 6h à 16h');
  });

  it('gives a day in two crossing lists the hours of both', () => {
    means('les lundis, mardis, mercredis de 14 h à 16 h 30 et les mardis, jeudis, vendredis  de 9 h à 11 h 30', 'Mo,We 14:00-16:30; Tu 09:00-11:30,14:00-16:30; Th,Fr 09:00-11:30');
    means('ouverte en demi-journée, les lundis, mardis, mercredis de 14 h à 16 h 30 et les mardis, jeudis, vendredis  de 9 h à 11 h 30', 'Mo,We 14:00-16:30; Tu 09:00-11:30,14:00-16:30; Th,Fr 09:00-11:30');
    // "en demi-journée": a morning or an afternoon, not both, not across noon.
    refused('ouverte en demi-journée, du lundi au vendredi de 9h à 18h');
    refused('en demi-journée le lundi de 9h à 12h et de 14h à 17h');
    means('du lundi au vendredi 9h-12h, du mercredi au samedi 14h-18h', 'Mo,Tu 09:00-12:00; We-Fr 09:00-12:00,14:00-18:00; Sa 14:00-18:00');
    // A comment on one list is not the other's hours' (it was written on both ranges of the shared day).
    refused('Du lundi au mercredi 9h-12h, du mercredi au vendredi 14h-18h sur rendez-vous');
    // Days within the others', hours apart from theirs: added to them (hours across theirs: narrowed or added?).
    means('du lundi au vendredi 9h-12h, le mercredi 14h-17h', 'Mo,Tu,Th,Fr 09:00-12:00; We 09:00-12:00,14:00-17:00');
    means('Lundi au vendredi : 9h-12h\nMardi et jeudi : 14h-17h', 'Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00');
    means('du lundi au samedi de 14h à 18h, le mercredi et le samedi de 9h à 12h', 'Mo,Tu,Th,Fr 14:00-18:00; We,Sa 09:00-12:00,14:00-18:00');
    refused('du lundi au vendredi 9h-12h, le mercredi 11h-17h');
    refused('du lundi au vendredi 9h-12h, le mercredi 12h-17h');
    refused('Tous les jours 10h-12h ; juillet-août : le samedi 14h-19h');
    // "aussi", "également", "en plus", "ouverture supplémentaire": said added, after the days, to hours given before.
    means('Du mardi au dimanche de 14h à 18h, le dimanche également de 10h à 12h', 'Tu-Sa 14:00-18:00; Su 10:00-12:00,14:00-18:00');
    means('Du lundi au vendredi, 9h-12h. Le jeudi, ouverture supplémentaire de 14h à 18h.', 'Mo-We,Fr 09:00-12:00; Th 09:00-12:00,14:00-18:00');
    means('Du lundi au vendredi 9h-12h ; le mardi en plus de 14h à 16h30 ; sauf jours fériés', 'Mo,We-Fr 09:00-12:00; Tu 09:00-12:00,14:00-16:30; PH off');
    means('Du lundi au samedi 9h-19h. Ouvert aussi le dimanche matin de 9h à 12h', 'Mo-Sa 09:00-19:00; Su 09:00-12:00');
    refused('L\'espace jeune sera aussi ouvert le mercredi de 14h à 17h'); // added to hours the text does not give
    refused('Ouvert aussi le dimanche de 9h à 12h');
    refused('Lundi au vendredi 9h-12h et 14h-17h, et aussi le samedi'); // read once as Saturday's afternoon only
    refused('Du lundi au vendredi 9h-18h, le mercredi aussi de 9h à 12h'); // the same hours twice
    refused('le mercredi 14h-18h, du lundi au vendredi 9h-12h');
    // Overlapping or touching hours are not two schedules side by side.
    refused('du lundi au mercredi 9h-12h, du mardi au jeudi 11h-14h');
    refused('du lundi au mercredi 9h-12h, du mardi au jeudi 12h-14h');
  });

  it('closes each half-day of a list after "fermé"', () => {
    means('Tous les jours : 10h-12h30 et 14h-18h. Fermé le jeudi matin et dimanche après-midi.', 'Mo-We,Fr,Sa 10:00-12:30,14:00-18:00; Th 14:00-18:00; Su 10:00-12:30');
    means('Tous les jours : 10h-12h30 et 14h-18h, fermé le jeudi matin, le dimanche après-midi', 'Mo-We,Fr,Sa 10:00-12:30,14:00-18:00; Th 14:00-18:00; Su 10:00-12:30');
    means(
      '01 au 13 juillet et 16 au 31 août : tous les jours : 10h-12h30 et 14h-18h. Fermé le jeudi matin et dimanche après-midi.',
      'Jul 01-13,Aug 16-31 Mo-We,Fr,Sa 10:00-12:30,14:00-18:00; Jul 01-13,Aug 16-31 Th 14:00-18:00; Jul 01-13,Aug 16-31 Su 10:00-12:30',
    );
    // A word between may say the opposite; a day without its half-day may be closed all day or that half only.
    refused('Tous les jours : 10h-12h30 et 14h-18h. Fermé le jeudi matin et ouvert le dimanche après-midi');
    refused('Tous les jours : 10h-12h30 et 14h-18h. Fermé le jeudi matin, le samedi et le dimanche après-midi.');
  });

  it('closes whole the days listed after a closed half-day ("fermé le samedi après-midi, le dimanche et les jours fériés")', () => {
    assert.equal(reviewed('du lundi au samedi de 10h à 12h et de 16h à 18h, fermé le samedi après-midi, le dimanche et les jours fériés'), 'Mo-Fr 10:00-12:00,16:00-18:00; Sa 10:00-12:00; PH off');
    assert.equal(reviewed('Du lundi au samedi 9h-12h 14h-18h ; fermé lundi matin, samedi après-midi et jours fériés'), 'Mo 14:00-18:00; Tu-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off');
    assert.equal(reviewed('Restaurant : 12h-14h, 19h-22h, fermé dimanche soir et lundi'), 'Tu-Sa 12:00-14:00,19:00-22:00; Su 12:00-14:00');
    // "fermé," with its comma before the list, under hours "sur rendez-vous" (a real text).
    assert.equal(reviewed('du lundi au samedi\nsur Rendez-vous, entre\n10 H 00 à 12 H 00 & 16 H 00 à 18 H 00\nfermé, samedi après-midi, dimanche et jours fériés'), 'Mo-Fr 10:00-12:00,16:00-18:00 "sur rendez-vous"; Sa 10:00-12:00 "sur rendez-vous"; PH off');
    // The whole days end the list: hours or a part of the year after them may be theirs.
    refused('Du lundi au samedi 9h-12h 14h-18h. Fermé le mercredi après-midi et le samedi 10h-12h');
    refused('Tous les jours 9h-12h 14h-18h. Fermé le mercredi après-midi, ouvert le dimanche');
  });

  it('reads closed days beside public holidays or dates after the hours; refuses a text that only closes', () => {
    means('Du mardi au samedi 9h-18h. Lundi et jours fériés : fermé', 'Tu-Sa 09:00-18:00; Mo off; PH off');
    means('Du lundi au vendredi 9h-18h. WE et jours fériés : fermé', 'Mo-Fr 09:00-18:00; Sa,Su off; PH off');
    means('Du mardi au samedi 9h-18h. Fermé le lundi et en août', 'Tu-Sa 09:00-18:00; Aug off');
    means('Du lundi au samedi 9h-18h. Fermé le dimanche et les jours fériés, du 1er au 15 août', 'Mo-Sa 09:00-18:00; PH off; Aug 01-15 off');
    // Alone, closings would say the place never opens (OSM reads what no rule opens as closed).
    for (const text of ['Lundi et jours fériés : fermé', 'WE et jours fériés : fermé', 'Fermé le lundi et en août', 'Fermé le dimanche et les jours fériés, du 1er au 15 août']) {
      assert.equal(refused(text), 'closings-only', text);
    }
  });

  it('closes each weekday of a list in its part of the year after "fermé"', () => {
    means(
      'ouverte au public\nles mercredis et samedis\nde 14h30 à 18h30\nfermetures annuelles\nles mercredis du mois de juillet\net\nles mercredis du mois d’août',
      'We,Sa 14:30-18:30; Jul-Aug We off',
    );
    means('les mercredis et samedis de 14h30 à 18h30, fermé les mercredis en juillet', 'We,Sa 14:30-18:30; Jul We off');
    means('les mercredis et samedis de 14h30 à 18h30, fermé les mercredis en juillet et les samedis en août', 'We,Sa 14:30-18:30; Jul We off; Aug Sa off');
    // A half-day that closes nothing open is not a reading.
    refused('les mercredis et samedis de 14h30 à 18h30, fermé les mercredis en juillet et le samedi matin');
  });

  it('reads "et même <heure>" after a closing time as a later closing, "jusqu\'à" understood', () => {
    means('Le lieu est ouvert tous les jours sauf le lundi de 16h30 à 22h. Le jeudi et le vendredi jusqu\'à 23h et même minuit le samedi.', 'Tu-Su 16:30-22:00; Th,Fr 16:30-23:00; Sa 16:30-24:00');
    // Not earlier, not without "jusqu'à" before, not with no day after it.
    refused('Ouvert tous les jours sauf le lundi de 16h30 à 22h. Le jeudi jusqu\'à 23h et même 22h le samedi.');
    refused('Ouvert tous les jours de 16h30 à 22h et même minuit le samedi');
    refused('Ouvert tous les jours de 16h30 à 22h, le vendredi jusqu\'à 23h et même minuit');
  });

  it('reads days written with letters: codes, letters in the week\'s order, a letter alone beside other letter days', () => {
    assert.equal(reviewed('LMMJV 9h-18h'), 'Mo-Fr 09:00-18:00');
    assert.equal(reviewed('L M M J V S : 9h-12h / 14h-19h'), 'Mo-Sa 09:00-12:00,14:00-19:00');
    assert.equal(reviewed('L.M.M.J.V. 9h00-12h00 et 14h00-17h30'), 'Mo-Fr 09:00-12:00,14:00-17:30');
    assert.equal(reviewed('L, Ma, Me, J, V : 8h30-12h / 13h30-17h'), 'Mo-Fr 08:30-12:00,13:30-17:00');
    assert.equal(reviewed('M M J V S : 10h-18h'), 'Tu-Sa 10:00-18:00');
    assert.equal(reviewed('J/V/S/D 12h-14h 19h-22h'), 'Th-Su 12:00-14:00,19:00-22:00');
    assert.equal(reviewed('L-Me-V 14h-18h'), 'Mo,We,Fr 14:00-18:00');
    assert.equal(reviewed('Ma-D 10h-18h'), 'Tu-Su 10:00-18:00');
    assert.equal(reviewed('Me-D 14h-18h'), 'We-Su 14:00-18:00'); // the "d" was read as "de": Wednesday alone, at "safe"
    assert.equal(reviewed('L à V 8h-12h et 14h-18h'), 'Mo-Fr 08:00-12:00,14:00-18:00');
    assert.equal(reviewed('du Me au S 10h-18h'), 'We-Sa 10:00-18:00');
    assert.equal(reviewed('L au V : 9h-12h ; S : 9h-11h'), 'Mo-Fr 09:00-12:00; Sa 09:00-11:00');
    assert.equal(reviewed('LMMJVS 6h30-20h, D 7h-13h'), 'Mo-Sa 06:30-20:00; Su 07:00-13:00');
    assert.equal(reviewed('du L au V de 9h à 18h, le S de 10h à 17h'), 'Mo-Fr 09:00-18:00; Sa 10:00-17:00');
    assert.equal(reviewed('L M M J V : 9h-12h / 14h-18h\nS : 9h-12h\nD : fermé'), 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00');
    assert.equal(reviewed('LMMJV 7h-17h | SD: 9-12h, 14-16h'), 'Mo-Fr 07:00-17:00; Sa,Su 09:00-12:00,14:00-16:00');
    assert.equal(reviewed('Du L. au V.: 10h-12h et 14h-17h S: 9h30-11h30'), 'Mo-Fr 10:00-12:00,14:00-17:00; Sa 09:30-11:30');
    refused('SD 9h-12h'); // two letters alone are not a code
    // Joined by "et" or "&"; a letter said closed ("fermé le J", "Fermé D et JF") in a text of letter days.
    assert.equal(reviewed('L à V 9h-12h ; S et D 14h-17h'), 'Mo-Fr 09:00-12:00; Sa,Su 14:00-17:00');
    assert.equal(reviewed('Ouvert Ma-S 10h-12h ; Me & S 14h-18h'), 'Tu,Th,Fr 10:00-12:00; We,Sa 10:00-12:00,14:00-18:00');
    assert.equal(reviewed('L à V 9h-12h, fermé le J'), 'Mo-We,Fr 09:00-12:00');
    assert.equal(reviewed('L au V : 8h-12h et 14h-18h. S : 8h-12h. Fermé D et JF.'), 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00; PH off');
    refused('fermé le D');
    // A lone "M" is Tuesday or Wednesday; letters out of the week's order are not a list of days.
    refused('M J V : 9h-12h');
    refused('LMJV 9h-18h');
    refused('L/M/J/V 9h-12h');
    refused('V L 9h-12h');
    // A letter alone is a day only beside other letter days, and not after a noun it names.
    refused('L 9h-12h');
    refused('Bâtiment D : 9h-12h');
    refused('L-V 9h-18h. Bâtiment D : 9h-12h');
  });
});
