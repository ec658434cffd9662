// The French opening-hours converter on the forms of issue #19: plural and "chaque" days, public holidays
// included or not, exceptions in brackets, a closed half-day, parts of the year, school holidays, a heading
// before the hours, a comment for every rule. Each value must also pass the opening_hours library unwarned.
import { strict as assert } from 'node:assert';
import { parseOpeningHoursFr, sameOpeningHours } from '../../../server/src/engine/fixes/openingHours';
import { fixMessages } from '../../../server/src/i18n/fixes';
import { refused, reviewed, value } from './openingHoursExpect';

describe('parseOpeningHoursFr — the grammar of issue #19', () => {
  it('reads "chaque" and plural days', () => {
    assert.equal(value('chaque mardi de 9h à 11h30'), 'Tu 09:00-11:30');
    assert.equal(value('les lundis et jeudis de 14h à 18h'), 'Mo,Th 14:00-18:00');
    assert.equal(value('tous les après-midi du lundi au samedi de 14h30 à 18h30'), 'Mo-Sa 14:30-18:30');
  });

  it('adds public holidays when they are included, closes them when they are excepted', () => {
    assert.equal(value('tous les jours de 9h à 18h, jours fériés compris'), 'Mo-Su 09:00-18:00; PH 09:00-18:00');
    assert.equal(value('7j/7 de 10h à 19h y compris les jours fériés'), 'Mo-Su 10:00-19:00; PH 10:00-19:00');
    assert.equal(value('du lundi au vendredi de 9h à 17h sauf les jours fériés'), 'Mo-Fr 09:00-17:00; PH off');
  });

  it('moves the nearer end of the hours for an exception in brackets', () => {
    assert.equal(value('du lundi au samedi de 9h à 18h (17h le samedi)'), 'Mo-Fr 09:00-18:00; Sa 09:00-17:00');
    assert.equal(value('du lundi au vendredi de 8h à 18h (le mercredi 10h)'), 'Mo,Tu,Th,Fr 08:00-18:00; We 10:00-18:00');
    // Halfway between both ends: from noon on a closing, as any lone time then; between 11h and noon not said.
    assert.equal(value('du lundi au vendredi de 9h à 17h (13h le vendredi)'), 'Mo-Th 09:00-17:00; Fr 09:00-13:00');
    assert.equal(value('Boulangerie : du mardi au dimanche 6h30-19h30 (13h le dimanche)'), 'Tu-Sa 06:30-19:30; Su 06:30-13:00');
    refused('du lundi au vendredi de 8h à 15h (11h30 le vendredi)');
    // An opening before a morning's start moves it ("(ouverture à 8h le samedi)"); before an afternoon's, not said.
    assert.equal(value('Du lundi au dimanche 9h-19h (ouverture à 8h le samedi)'), 'Mo-Fr,Su 09:00-19:00; Sa 08:00-19:00');
    refused('Du mercredi au dimanche 14h-18h (ouverture dès 10h le dimanche)');
    // For a part of the year, in brackets, as the last rule.
    assert.equal(value('Tous les jours 10h-18h (fermeture à 17h d\'octobre à mars)'), 'Mo-Su 10:00-18:00; Oct-Mar 10:00-17:00');
    assert.equal(value('Musée ouvert tous les jours de 10h à 18h (jusqu\'à 19h de juin à août)'), 'Mo-Su 10:00-18:00; Jun-Aug 10:00-19:00');
    refused('Tous les jours 10h-18h. Fermeture à 17h d\'octobre à mars');
  });

  it('closes a half-day: the ranges of that half go, a range across noon is not cut', () => {
    assert.equal(value('du lundi au vendredi de 9h à 12h et de 14h à 18h, fermé le jeudi matin'), 'Mo-We,Fr 09:00-12:00,14:00-18:00; Th 14:00-18:00');
    assert.equal(value('du lundi au samedi 9h-12h et 14h-18h, fermé le samedi après-midi'), 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00');
    refused('du lundi au vendredi de 9h à 18h, fermé le jeudi matin');
  });

  it('reads parts of the year: months, and the days of one month', () => {
    assert.equal(value('de mai à septembre, du mardi au dimanche de 10h à 18h'), 'May-Sep Tu-Su 10:00-18:00');
    assert.equal(value('les dimanches de juillet de 9h à 12h'), 'Jul Su 09:00-12:00');
    assert.equal(value("Ce marché a lieu de Juillet à Août les jours suivants :  lundi, mercredi, vendredi de 17h à 19h"), 'Jul-Aug Mo,We,Fr 17:00-19:00');
  });

  it('writes school holidays as SH, for every day, the only way Validata accepts', () => {
    assert.equal(value('du lundi au vendredi de 9h à 12h, fermé pendant les congés scolaires'), 'Mo-Fr 09:00-12:00; SH off');
    assert.equal(value('pendant les vacances scolaires de 10h à 12h'), 'SH 10:00-12:00');
    assert.equal(value('hors période scolaire de 14h à 18h'), 'SH 14:00-18:00');
    assert.equal(value('hors vacances scolaires : du lundi au vendredi de 8h30 à 17h'), 'Mo-Fr 08:30-17:00; SH off');
    assert.equal(refused('hors période scolaire : du lundi au vendredi de 9h à 12h'), 'school-holidays');
  });

  it('sets a heading before the hours aside, for review, but not a second one', () => {
    const result = parseOpeningHoursFr('Accueil des usagers : du lundi au vendredi de 9h à 12h');
    assert.deepEqual(result, { ok: true, value: 'Mo-Fr 09:00-12:00', confidence: 'review' });
    assert.equal(refused('Dépôts : mardi 9h-12h. Vente : jeudi 14h-18h'), 'Vente');
  });

  it('puts a comment written apart on every rule, and one written inside on its rule only', () => {
    assert.equal(value('du lundi au vendredi de 9h à 12h et le samedi de 10h à 12h, sur réservation'), 'Mo-Fr 09:00-12:00 "sur réservation"; Sa 10:00-12:00 "sur réservation"');
    assert.equal(value('Sur rendez-vous, le mardi de 9h à 12h et le jeudi de 14h à 17h'), 'Tu 09:00-12:00 "sur rendez-vous"; Th 14:00-17:00 "sur rendez-vous"');
    assert.equal(value('le mardi de 9h à 12h, le jeudi de 14h à 17h sur rendez-vous'), 'Tu 09:00-12:00; Th 14:00-17:00 "sur rendez-vous"');
  });

  it('reads a table cell "Dimanche | 17h-20h", and "Ce marché a lieu toute l\'année …"', () => {
    assert.equal(value('Dimanche | 17h-20h'), 'Su 17:00-20:00');
    assert.equal(value("Ce marché a lieu toute l'année le  mardi de 13h à 19h"), 'Tu 13:00-19:00');
  });

  it('reads an HTML line break as a new line, and cuts the hours of an n-th weekday ("le 1er mercredi du mois : ouverture à 13h30")', () => {
    assert.equal(
      value('Lundi et mercredi : 8h - 12h & 13h30 – 16h, Vendredi 8h – 12h<br/>Le 1er mercredi de chaque mois : ouverture à 13h30'),
      'Mo,We 08:00-12:00,13:30-16:00; Fr 08:00-12:00; We[1] 13:30-16:00',
    );
    // The last Friday would be Fr[-1], which Validata refuses: not offered.
    assert.equal(refused('du lundi au vendredi de 9h à 17h, le dernier vendredi du mois fermeture à 15h'), 'Validata refuses it: nth-from-end at 22');
  });

  it('refuses what announces days and gives none, and ranges past midnight that end after 6h', () => {
    refused("Ce marché a lieu toute l'année les jours suivants :  de 16h à 19h");
    refused('le jeudi de 18h à 13h');
    assert.equal(value('le samedi de 22h à 2h'), 'Sa 22:00-02:00');
  });
  it('reads "congés annuels" before the part of the year it closes, and only there', () => {
    assert.equal(reviewed('Du mardi au samedi de 10h à 18h. Congés annuels en août.'), 'Tu-Sa 10:00-18:00; Aug off');
    assert.equal(reviewed('Du mardi au samedi 9h-18h. Fermé pour congés du 1er au 15 août'), 'Tu-Sa 09:00-18:00; Aug 01-15 off');
    assert.equal(reviewed('Du mardi au samedi 9h-18h. Congés annuels : août'), 'Tu-Sa 09:00-18:00; Aug off');
    // Days after it are one week's leave, not every week's; "congés" alone may be the school holidays.
    refused('Congé annuel du lundi au samedi');
    refused('Du lundi au samedi 9h-19h. Pendant les congés scolaires : 10h-12h');
  });

  it('gives hours written first, with no days, to every day when the rules after them name Sunday', () => {
    assert.equal(reviewed('Ouvert de 10h à 19h, le dimanche de 10h à 13h'), 'Mo-Sa 10:00-19:00; Su 10:00-13:00');
    assert.equal(reviewed('9h-19h, samedi et dimanche 10h-13h'), 'Mo-Fr 09:00-19:00; Sa,Su 10:00-13:00');
    // Sunday not named: whether it opens is not said.
    refused('de 9h à 18h, le samedi de 9h à 12h');
    // Hours followed by their days are those days' own.
    assert.equal(value('de 9h à 18h, du lundi au dimanche'), 'Mo-Su 09:00-18:00');
  });

  it('places hours written without days on every day when the only days named are closing days ("fermé le lundi")', () => {
    // (A list with a range in it before "excepté" is not what it excepts: it gave "Sa,Su 09:00-12:00".)
    refused('Du lundi au vendredi, le mercredi excepté, de 9h à 12h');
    assert.equal(value('Ouvert de 9h à 18h, fermé le dimanche'), 'Mo-Sa 09:00-18:00');
    assert.equal(value('Ouvert 8h00 à 13h00 - Fermé le lundi'), 'Tu-Su 08:00-13:00');
    assert.equal(reviewed('Boulangerie : 6h30-13h30 / 15h30-19h30, fermé le mercredi'), 'Mo,Tu,Th-Su 06:30-13:30,15:30-19:30');
    assert.equal(reviewed('Musée : 10h-12h30 / 14h-18h, fermé le mardi'), 'Mo,We-Su 10:00-12:30,14:00-18:00');
    // An office's weekly closing day says nothing of its weekend.
    refused('Mairie : 8h30-12h, fermé le mercredi');
    refused('Bureau de poste : 9h-12h, fermé le lundi');
    // Only when Sunday is said closed, or one weekday is (the weekly closing day of places open on Sunday): "fermé
    // le samedi" or "le mardi et le jeudi" says nothing of Sunday (a dev row of the fourth batch).
    refused('de 9h à 12h, fermé le samedi');
    refused('De 10h à 12h30 - fermé le mardi et le jeudi');
    // Hours after the closing days belong to days of their own: still not placed.
    assert.equal(refused('Fermé le lundi, le mardi de 9h à 12h'), 'incomplete');
  });

  it('reads "assuré(e)" and subject pronouns as filler words ("permanence assurée", "elle est ouverte")', () => {
    assert.equal(value('une permanence est assurée les mardis de 9h à 11h'), 'Tu 09:00-11:00');
    assert.equal(value('Accueil assuré le mercredi de 14h à 17h'), 'We 14:00-17:00');
    assert.equal(value('elle est ouverte le mardi de 9h à 12h'), 'Tu 09:00-12:00');
  });

  it('refuses a date named with its weekday (one occasion of a year not given), and hours on dates alone', () => {
    assert.equal(refused('vendredi 3 mars de 9h à 12h'), 'dated-occasion');
    assert.equal(refused('le samedi 12 octobre : 14h-18h'), 'dated-occasion');
    // Hours on a date, with no weekday in the text, are one session more likely than every year's (found by probing).
    assert.equal(refused('le 12 octobre de 14h à 18h'), 'dated-occasion');
    // A closed date stays every year's.
    assert.equal(value('Du lundi au vendredi de 9h à 17h. Fermé le 25 décembre.'), 'Mo-Fr 09:00-17:00; Dec 25 off');
  });

  it('refuses an appointment joined by "et" to hours (another way in), not one qualifying the hours', () => {
    assert.equal(refused('les samedis de 10h à 12h et sur rendez-vous'), 'appointment-beside-hours');
    assert.equal(value('les samedis de 10h à 12h sur rendez-vous'), 'Sa 10:00-12:00 "sur rendez-vous"');
  });
});

describe('parseOpeningHoursFr — sentences of the free-text round (dev rows of the third batch)', () => {
  it('reads "tous les" / "toutes les" before days as "every", and not before a count', () => {
    assert.equal(value('Tous les mardis, de 18 h à 19 h'), 'Tu 18:00-19:00');
    assert.equal(value('tous les 2e samedis du mois de 8h à 12h'), 'Sa[2] 08:00-12:00');
    assert.equal(value('ouvert tous les week-ends de 14h à 18h'), 'Sa,Su 14:00-18:00');
    // Every other week is not a weekday selector.
    refused('tous les 15 jours le mardi de 9h à 12h');
    refused('tous les deux mardis de 9h à 12h');
  });

  it('sets the subject of the sentence aside, for review ("la boulangerie est ouverte …")', () => {
    const result = parseOpeningHoursFr('la boulangerie est ouverte de 7h30 à 12h30 du mardi au samedi.');
    assert.ok(result.ok && result.value === 'Tu-Sa 07:30-12:30' && result.confidence === 'review', JSON.stringify(result));
    assert.equal(value("Au Centre Communal d'Action Sociale, l'accueil sera ouvert du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 17h00."), 'Mo-Fr 08:30-12:00,13:30-17:00');
    assert.equal(value("L'annexe vous accueille le mercredi de 9h30 à 12h30.\nElle est fermée pendant les vacances scolaires."), 'We 09:30-12:30; SH off');
    assert.equal(value('du 1er juillet au 31 août, la baignade sera surveillée tous les jours de 11h à 19h'), 'Jul-Aug 11:00-19:00');
  });

  it('keeps refusing a subject with a negation, a number, a circumstance, or no determiner', () => {
    refused('La salle des fêtes n’est pas ouverte le lundi de 9h à 12h');
    refused('Le bureau de la rue 12 est ouvert le lundi de 9h à 12h');
    refused("Pendant les travaux, l'accueil est ouvert le lundi de 9h à 12h");
    refused('afterworks du mercredi au vendredi, de 18h à 20h30');
  });

  it('gives the days after "sauf" their own hours when the rule before gave them hours', () => {
    assert.equal(value('Du lundi au vendredi 9h – 12h & 14h – 18h\nSauf jeudi, 14h – 18h'), 'Mo-We,Fr 09:00-12:00,14:00-18:00; Th 14:00-18:00');
    assert.equal(value('- Lundi au vendredi : 14h à 17h15\n- Sauf le jeudi : 9h à 11h45'), 'Mo-We,Fr 14:00-17:15; Th 09:00-11:45');
    // Hours inside the day's, touching neither end: the only hours that day, or a break? Not said.
    refused('Du lundi au vendredi de 9h à 18h, sauf le mercredi de 12h à 14h');
    // Nothing before: "every day but Sunday, 9-12" (the day closed stays closed).
    assert.equal(value('sauf le dimanche de 9h à 12h'), 'Mo-Sa 09:00-12:00');
  });

  it('reads hours written in words, "7/7j" and "16h45h"', () => {
    assert.equal(value('7/7j de dix heures à vingt heures'), 'Mo-Su 10:00-20:00');
    assert.equal(value('de neuf heures et demie à dix-huit heures trente du lundi au vendredi'), 'Mo-Fr 09:30-18:30');
    assert.equal(value('Haute saison : Juillet et Août\n7j/7j de 7h à 20h'), 'Jul-Aug 07:00-20:00');
    assert.equal(value('du lundi au vendredi de 9h à 12h et de 13h30 à 16h45h'), 'Mo-Fr 09:00-12:00,13:30-16:45');
  });

  it('starts a new rule at a part of the year on its own line, and writes a whole month so Validata reads it', () => {
    assert.equal(value('- du 1er juin au 30 juin : de 12h30 à 18h30\n- du 1er juillet au 31 août : de 11h00 à 19h30'), 'Jun Mo-Su 12:30-18:30; Jul-Aug 11:00-19:30');
    assert.equal(value('Du 1 octobre au 31 mars de 8 h 30 à 17 h 30\nDu 1er avril au 30 septembre de 8 h 00 à 19 h00'), 'Oct-Mar 08:30-17:30; Apr-Sep 08:00-19:00');
    assert.equal(value('Semaine : 9h-18h\nWeek-end : 10h-19h'), 'Mo-Fr 09:00-18:00; Sa,Su 10:00-19:00');
  });

  it('keeps public holidays named in a part of the year in that part, and "fermé les jours fériés" after them for the whole year', () => {
    assert.equal(
      value('Basse saison : novembre à mars\nDu lundi au vendredi de 8h à 13h\nSamedi, dimanche, jours fériés de 8h à 12h'),
      'Nov-Mar Mo-Fr 08:00-13:00; Nov-Mar Sa,Su 08:00-12:00; Nov-Mar PH 08:00-12:00',
    );
    assert.equal(
      value('Du 1er avril au 30 septembre : tous les jours de 9h à 19h\nDu 1er octobre au 31 mars : tous les jours de 9h à 17h\nFermé les jours fériés'),
      'Apr-Sep 09:00-19:00; Oct-Mar 09:00-17:00; PH off',
    );
  });

  it('gives "aux mêmes horaires" the hours of the rule before, and refuses it with none before', () => {
    assert.equal(value('le lundi de 8h50 à 17h10, puis du mercredi au samedi aux mêmes horaires.'), 'Mo,We-Sa 08:50-17:10');
    refused('du mercredi au samedi aux mêmes horaires');
  });

  it('reads "le reste de l\'année" and "hors saison" as the months the other parts leave', () => {
    assert.equal(value("- Juillet-Août : lundi au samedi, 10h-19h\n- Reste de l'année : mardi au samedi, 10h-18h"), 'Jul-Aug Mo-Sa 10:00-19:00; Jan-Jun,Sep-Dec Tu-Sa 10:00-18:00');
    assert.equal(value('ouvert de 10h à 20h en juillet-août, de 10h à 18h hors saison.'), 'Jul-Aug 10:00-20:00; Jan-Jun,Sep-Dec 10:00-18:00');
    // One range of dates leaves the days from the day after its end to the day before its start.
    assert.equal(value("Du 15 juin au 15 septembre : 9h-19h, le reste de l'année : 10h-17h"), 'Jun 15-Sep 15 09:00-19:00; Sep 16-Jun 14 10:00-17:00');
    assert.equal(value('Du 1er juin au 15 septembre : tous les jours de 10h à 19h. Hors saison : du mercredi au dimanche de 14h à 18h'), 'Jun 01-Sep 15 10:00-19:00; Sep 16-May 31 We-Su 14:00-18:00');
    // None at all, several ranges of dates, or a range that only closes days (the other days of it are not said).
    assert.equal(refused('Hors saison : 10h-17h'), 'rest-of-year');
    assert.equal(refused("Du 1er au 15 juin et du 1er au 15 septembre : 9h-19h, le reste de l'année : 10h-17h"), 'rest-of-year');
    assert.equal(refused("Pour la période du 15 décembre au 15 mars, fermeture le lundi ; le reste de l'année tous les jours 9h-18h"), 'rest-of-year');
  });

  it('gives "tous les jours" written first to every clause of hours and their part of the year after it', () => {
    assert.equal(reviewed("Ouvert tous les jours de 9h à 19h d'avril à septembre et de 10h à 17h d'octobre à mars"), 'Apr-Sep 09:00-19:00; Oct-Mar 10:00-17:00');
    assert.equal(reviewed("Tous les jours : d'avril à septembre de 10h à 12h et de 14h à 19h, d'octobre à mars de 14h à 17h."), 'Apr-Sep 10:00-12:00,14:00-19:00; Oct-Mar 14:00-17:00');
    assert.equal(reviewed("tous les jours de 10h à 18h d'avril à octobre, de 14h à 17h le reste de l'année"), 'Apr-Oct 10:00-18:00; Jan-Mar,Nov-Dec 14:00-17:00');
    // Anything else after the clauses (a closing day may be of one clause or of all), or days that are not every
    // day (they may or may not carry on; openingHoursPeriods.test.ts): refused.
    refused("Tous les jours de 9h à 19h d'avril à septembre et de 10h à 17h d'octobre à mars, fermé le 25 décembre");
    refused("Du mardi au dimanche de 10h à 18h de mai à septembre et de 14h à 17h le reste de l'année");
  });

  it('reads "en juillet-août" as both months, and never drops a part of the year no rule takes', () => {
    assert.equal(value('de 10h à 20h en juillet-août, de 10h à 18h en septembre'), 'Jul-Aug 10:00-20:00; Sep Mo-Su 10:00-18:00');
    // "Juillet :" heads nothing: the only rule has a period of its own (before: "Sep 10:00-18:00", July lost).
    refused('Juillet :\nde 10h à 18h en septembre');
  });

  it('reads "sauf (les) vacances scolaires" as SH off, and never writes SH off for a place closed outside them', () => {
    assert.equal(value('9h - 12h  sauf vacances scolaires'), '09:00-12:00; SH off');
    refused('fermé sauf pendant les vacances scolaires');
    refused('hors vacances scolaires : fermé');
  });

  it('keeps a comment written right after the hours with them ("8H- 17H sur RDV")', () => {
    assert.equal(value('8H- 17H sur RDV'), '08:00-17:00 "sur rendez-vous"');
  });

  it('reads a season heading on the line above dates, and two months side by side', () => {
    assert.equal(value('HORAIRES HAUTE SAISON\nDu 01 juillet au 31 août\nDu lundi au dimanche de 10h à 19h'), 'Jul-Aug 10:00-19:00');
    assert.equal(value('en juillet août de 9h30 à 19h'), 'Jul-Aug 09:30-19:00');
  });

  it('moves the end of an afternoon to a later closing ("le jeudi jusqu\'à 21h"), never across a lunch break', () => {
    assert.equal(value("Ouvert du mardi au samedi de 9h à 12h et de 14h à 18h, le jeudi jusqu'à 21h"), 'Tu,We,Fr,Sa 09:00-12:00,14:00-18:00; Th 09:00-12:00,14:00-21:00');
    assert.equal(value("Tous les jours : 10h - 18h / nocturne le mercredi jusqu'à 21h."), 'Mo,Tu,Th-Su 10:00-18:00; We 10:00-21:00');
    refused("Du lundi au vendredi de 9h à 12h (le mercredi jusqu'à 18h)");
  });

  it('reads "les autres jours" as the days no other rule names, a table one cell per line, and a subject before "se fait"', () => {
    assert.equal(value('Vendredis\n10h-12h / 15h-18h30\nAutres jours\nSur rendez-vous'), 'Mo-Th,Sa,Su "sur rendez-vous"; Fr 10:00-12:00,15:00-18:30');
    assert.equal(value('le lundi de 9h à 12h, les autres jours de 14h à 18h'), 'Mo 09:00-12:00; Tu-Su 14:00-18:00');
    assert.equal(refused('les autres jours de 14h à 18h'), 'other-days');
    assert.equal(value("L'accueil des enfants à la crèche se fait du lundi au vendredi, de 7h30 à 18h30."), 'Mo-Fr 07:30-18:30');
  });

  it('explains every kind of refusal in French and English: each detail a text can get has its note', () => {
    // One text per detail of an "ambiguous" refusal (the fixer names its note after the detail).
    const texts = [
      'le reste de l\'année de 14h à 18h', 'les autres jours de 14h à 18h', 'vendredi 3 mars de 9h à 12h', 'le 12 mars de 14h à 17h',
      'La mairie est ouverte le lundi de 9h à 12h, la bibliothèque le mardi de 14h à 18h', 'de 15h à 19h et sur RDV', 'dès 18h',
      'en été de 10h à 18h', 'Du 1er avril au 30 septembre :\nmercredi 14h-18h\nToute l\'année :\nsamedi 10h-12h', '12h-5h / 19h-23h',
      'Vendredi de 8 h à 12 h et de 14h à 18h (fermé l\'après-midi)', 'Du lundi au vendredi 9h-12h, le mercredi uniquement de 14h à 18h',
      'Du lundi au vendredi 9h-17h / Mon-Sat 9am-5pm', 'Du mardi au dimanche 9h-18h (sur rendez-vous en juillet-août)',
      'Lundi au vendredi 9h-17h sans interruption le midi sauf le mercredi', 'Mairie : 8h30-12h, fermé le mercredi',
      'Fermé le lundi', "Horaires d'été (juillet-août) : 9h-12h", 'Mairie : 8h30-12h', 'lundi vendredi 9h-18h',
    ];
    const details = texts.map((text) => {
      const result = parseOpeningHoursFr(text);
      assert.ok(!result.ok && result.reason === 'ambiguous', `${text}: ${JSON.stringify(result)}`);
      return result.detail ?? 'incomplete';
    });
    for (const detail of ['added-or-replaced', 'mixed-languages', 'note-period', 'continuity-exception', 'weekend-untold', 'closings-only', 'season-only', 'office-days-untold', 'days-side-by-side']) assert.ok(details.includes(detail), detail);
    for (const detail of new Set(details)) {
      const key = `fix-note.opening-hours.${detail}`;
      assert.ok(key in fixMessages, key);
      const message = fixMessages[key as keyof typeof fixMessages];
      assert.ok(typeof message.en === 'string' && message.en !== '' && typeof message.fr === 'string' && message.fr !== '', key);
    }
  });

  it('gives a comment for days already open to their hours, not in their place (fifth batch)', () => {
    assert.equal(
      value('Du lundi au vendredi : de 08h30 à 12h00 de 13h30 à 17h00 Le samedi : de 10h00 à 12h00 (accueil ouvert le samedi uniquement sur rendez-vous)'),
      'Mo-Fr 08:30-12:00,13:30-17:00; Sa 10:00-12:00 "sur rendez-vous"',
    );
    // A day not open yet gets the comment alone, as before.
    assert.equal(value('Du lundi au vendredi 9h-12h. Samedi : sur RDV'), 'Mo-Fr 09:00-12:00; Sa "sur rendez-vous"');
  });

  it('refuses hours for a few dated days (an occasion), not for a season', () => {
    refused('La piscine sera ouverte du 28 août au 1er septembre de 9h à 20 h.');
    assert.equal(value('Du 14 juillet au 15 août : tous les jours de 10h à 18h'), 'Jul 14-Aug 15 10:00-18:00');
  });

  it('refuses school holidays in brackets among several rules (whose?), and reads a colon heading over its semicolons', () => {
    refused('lundi 14h-18h (fermé pendant les vacances scolaires), mardi au vendredi 9h-12h30 & 14h-18h');
    assert.equal(
      value('du 3 avril au 30 juin : mercredi et dimanche de 10h à 12h30 et de 14h à 18h ; jeudi, vendredi et samedi de 14h à 18h.'),
      'Apr 03-Jun 30 We,Su 10:00-12:30,14:00-18:00; Apr 03-Jun 30 Th-Sa 14:00-18:00',
    );
    assert.equal(value('ouvre désormais de 9 h 30 à 12 h 30 le matin et de 14 h à 17 h 45 l’après midi'), '09:30-12:30,14:00-17:45');
  });

  it('reads a table with bars between cells, "les 2 premiers samedis" narrowing a Saturday, and "ouvertures régulières"', () => {
    assert.equal(
      value('Du lundi au vendredi : | 7h00 – 13h00 | 14h00 – 18h00 | le samedi : | 7h00 – 12h30 | fermé dimanche et jours fériés'),
      'Mo-Fr 07:00-13:00,14:00-18:00; Sa 07:00-12:30; PH off',
    );
    const narrowed = parseOpeningHoursFr('Samedi : 9h - 12h30 (uniquement les 2 premiers samedis de chaque mois)');
    assert.deepEqual(narrowed, { ok: true, value: 'Sa[1,2] 09:00-12:30', confidence: 'review' });
    assert.equal(value('du lundi au samedi de 9h à 12h (le 1er samedi du mois)'), 'Mo-Fr 09:00-12:00; Sa[1] 09:00-12:00');
    // "les 2 premiers samedis" without "du mois" is not a weekday of the month.
    refused('les 2 premiers samedis de 9h à 12h');
    assert.equal(value('Des ouvertures régulières les lundis, mercredis et vendredis, de 14h à 16h45'), 'Mo,We,Fr 14:00-16:45');
    assert.equal(value('La friperie sera ouverte du mardi au samedi, de 14h à 18h30, en accès libre.'), 'Tu-Sa 14:00-18:30');
  });

  it('sets aside a place written without a verb before "ouvert" ("Marché d\'alimentation ouvert …"), for review', () => {
    const result = parseOpeningHoursFr("Marché d'alimentation ouvert du mardi au dimanche, de 8h à 13h.");
    assert.deepEqual(result, { ok: true, value: 'Tu-Su 08:00-13:00', confidence: 'review' });
    // Not when the words before the participle start with something that is not the place.
    refused("Pas de changement pour la boulangerie qui reste ouverte tous les matins du lundi au dimanche, de 6 heures à 12 h 30.");
  });

  it('reads an empty day cell of a table ("Jeudi :", "Mardi : ------") as closed, only inside a table', () => {
    assert.equal(
      value('Lundi : 18h15 - 21h00\nMardi : 18h30 - 21h00\nJeudi :\nVendredi : 18h00 - 19h30'),
      'Mo 18:15-21:00; Tu 18:30-21:00; Fr 18:00-19:30',
    );
    assert.equal(value('Lundi : 7h30-20h30\nMardi : ---------\nMercredi : 7h30-20h30'), 'Mo,We 07:30-20:30');
    // Days alone, with no line giving hours: not a table.
    refused('Jeudi :\nVendredi :');
  });

  it('reads a line break lost before "fermé" or a day ("19hfermé"), and dates closed at the end of a closed list', () => {
    assert.equal(
      value('Ouvert du mardi au samedi de 13h à 19hfermé les dimanches, jours fériés et du 1er au 15 août'),
      'Tu-Sa 13:00-19:00; PH off; Aug 01-15 off',
    );
    assert.equal(value('de 9h à 12hmardi'), 'Tu 09:00-12:00');
    refused('9hmarrant');
    assert.equal(value('Du mardi au samedi de 13h à 19h. Fermé le lundi et en août.'), 'Tu-Sa 13:00-19:00; Aug off');
    // A date with its own hours after the closed days is not closed.
    refused('Du mardi au samedi de 13h à 19h. Fermé le lundi, du 1er au 15 août de 9h à 12h');
  });
});

describe('parseOpeningHoursFr — n-th weekdays excepted, "ne … que"', () => {
  it('closes the n-th weekdays excepted from days the rule opens, and only those', () => {
    assert.equal(value('du lundi au dimanche de 14h à 18h, sauf le 1er mardi du mois'), 'Mo-Su 14:00-18:00; Tu[1] off');
    assert.equal(value('du lundi au dimanche de 14h à 18h, sauf le 1er mardi du mois et les jours fériés'), 'Mo-Su 14:00-18:00; Tu[1] off; PH off');
    // A Saturday the rule does not open cannot be excepted.
    refused('du lundi au vendredi de 14h à 18h, sauf le 1er samedi du mois');
  });

  it('reads "ne … que" around the verb as "only", never a plain negation', () => {
    assert.equal(value("n'ouvre que le samedi de 9h à 12h"), 'Sa 09:00-12:00');
    assert.equal(value("L'épicerie n'ouvre dorénavant que le matin de 7 à 12 heures."), '07:00-12:00');
    assert.equal(value('La mairie n’est plus ouverte que le samedi de 9h à 12h'), 'Sa 09:00-12:00');
    refused("n'est pas ouverte le samedi de 9h à 12h");
  });
});

describe('parseOpeningHoursFr — batch 7 of the corpus (dev rows)', () => {
  it('refuses hours said to come besides others ("aussi", "également"): the others are not given', () => {
    refused("L'espace jeune sera aussi ouvert les mercredis après-midi en période scolaire, de 14 h 30 à 18 h 30.");
    refused('La mairie est également ouverte le samedi de 9h à 12h');
  });

  it('reads a half-day closed in brackets after a day\'s hours as that day\'s, which may only repeat them', () => {
    assert.equal(
      value('Lundi, mardi, jeudi de 9 h à 12 h et 13 h à 19 h,\nMercredi de 9 h à 12 h et 14 h à 19 h,\nVendredi de 13 h à 19 h (fermé le matin)'),
      'Mo,Tu,Th 09:00-12:00,13:00-19:00; We 09:00-12:00,14:00-19:00; Fr 13:00-19:00',
    );
    // Hours the bracket contradicts: the afternoon it closes was given.
    refused("Vendredi de 8 h à 12 h et de 14h à 18h (fermé l'après-midi)");
  });

  it('reads "tous les jours de l\'année", "se tient", "se fera", and "ne … que" after a subject', () => {
    assert.equal(value('Le foyer est ouvert tous les jours de l’année 24h/24.'), '24/7');
    assert.equal(value('Elle se tient tous les mardis de 7h30 à 15h uniquement sur rendez-vous.'), 'Tu 07:30-15:00 "sur rendez-vous"');
    assert.equal(
      value("L'accueil du public se fera désormais les lundis, mardis, mercredis et vendredis de 9h à 12h30 et de 13h30 à 17h ainsi que le jeudi de 10h à 17h."),
      'Mo-We,Fr 09:00-12:30,13:30-17:00; Th 10:00-17:00',
    );
    assert.equal(value('Désormais, la Caf ne sera ouverte que le lundi, mardi, jeudi, vendredi de 8h45 à 12h45.'), 'Mo,Tu,Th,Fr 08:45-12:45');
    refused('la Caf ne sera pas ouverte le lundi de 8h45 à 12h45.');
  });

  it('drops "sans rendez-vous" said of the whole text, and only then', () => {
    assert.equal(value('ouvert du lundi au vendredi de 11h à 18h sans rendez-vous.'), 'Mo-Fr 11:00-18:00');
    assert.equal(value('Sans RDV le lundi de 9h à 12h et du mardi au vendredi de 9h à 12h et de 13h30 à 17h30'), 'Mo 09:00-12:00; Tu-Fr 09:00-12:00,13:30-17:30');
    refused('9h-19h (9h-17h sans RDV)');
    refused('le lundi de 9h à 12h sans rdv, le mardi de 14h à 16h');
    refused('ouvert le mardi de 9h à 12h sans rendez-vous et de 14h à 17h sur rendez-vous');
  });
});

describe('parseOpeningHoursFr — several date ranges as one part of the year', () => {
  it('reads date ranges joined by "et" or a comma, with or without "du"', () => {
    assert.equal(
      value('du 12 juin au 2 juillet et du 30 août au 12 septembre, tous les jours de 12h à 18h. Du 3 juillet au 29 août, tous les jours de 10h30 à 19h'),
      'Jun 12-Jul 02,Aug 30-Sep 12 12:00-18:00; Jul 03-Aug 29 10:30-19:00',
    );
    assert.equal(value('01 au 13 juillet et 16 au 31 août : tous les jours : 10h-12h30 et 14h-18h.'), 'Jul 01-13,Aug 16-31 10:00-12:30,14:00-18:00');
    assert.equal(value('du 1er janvier au 30 juin et du 1er septembre au 31 décembre, du lundi au vendredi de 8h à 12h'), 'Jan-Jun,Sep-Dec Mo-Fr 08:00-12:00');
    assert.equal(value('Du lundi au samedi de 9h à 18h, fermé du 1er au 15 août et du 24 au 31 décembre'), 'Mo-Sa 09:00-18:00; Aug 01-15,Dec 24-31 off');
  });

  it('refuses hours for a few days even when written as two short ranges', () => {
    refused('ouvert du 1er au 3 août et du 5 au 7 août de 9h à 12h');
  });
});

describe('parseOpeningHoursFr — closed at night, "13,30", "en dehors de ces heures"', () => {
  it('opens the rest of the day when the text only says it is closed for the night', () => {
    assert.equal(value('Le portail est fermé de 19h00 à 8h00.'), '08:00-19:00');
    assert.equal(value('fermé de 22h à 7h'), '07:00-22:00');
    // Not beside opening hours, not for some days, and a night past 06:00 only after "fermé" or from the evening
    // until 08:00 (openingHoursTimeForms.test.ts).
    refused('Lundi de 9h à 18h, fermé de 22h à 7h');
    refused('fermé le lundi de 22h à 7h');
    refused('de 14h à 7h');
  });

  it('reads "13,30" as a time only before a range\'s second time', () => {
    assert.equal(value('lundi de 13h30 à 18h00. Le samedi de 13,30 à 18h00. Fermeture le dimanche.'), 'Mo,Sa 13:30-18:00');
    refused('samedi 9,30-12,00');
  });

  it('drops "en dehors de ces heures" after "fermé", never after an appointment', () => {
    assert.equal(
      value('Le samedi de 8 heures 30 à 12 heures.\nElle est fermée au public les jours fériés et en dehors de ces heures d’ouverture.'),
      'Sa 08:30-12:00; PH off',
    );
    assert.equal(value('de 12 h à 20 heures (interdiction en dehors de ces horaires).'), '12:00-20:00');
    refused('du lundi au vendredi de 9h à 12h, sur rendez-vous en dehors de ces horaires');
  });
});

describe('parseOpeningHoursFr — days spelled out in brackets, a period in a sentence of its own, months listed with ranges', () => {
  it('reads the days in brackets after "tous les jours" as the days meant', () => {
    assert.equal(
      value('il est ouvert tous les jours de la semaine (lundi, mardi, mercredi, jeudi, vendredi et dimanche) et les jours fériés de 9h à midi'),
      'Mo-Fr,Su 09:00-12:00; PH 09:00-12:00',
    );
    assert.equal(value('tous les jours (du lundi au samedi) de 9h à 12h'), 'Mo-Sa 09:00-12:00');
  });

  it('gives a part of the year to the rule whose sentence it is in, when that sentence has no other rule', () => {
    assert.equal(
      value("Toute l'année, tous les jours de 8h à 17h.\nFermé les week-ends et jours fériés du 1er novembre au 1er avril."),
      'Mo-Su 08:00-17:00; Nov 01-Apr 01 Sa,Su off; Nov 01-Apr 01 PH off',
    );
    assert.equal(value('Lundi 9h-12h. Mardi 14h-18h en juillet.'), 'Mo 09:00-12:00; Jul Tu 14:00-18:00');
    // Within one sentence the period may be Tuesday's or both days': refused.
    refused('Lundi 9h-12h, mardi 14h-18h (en juillet)');
  });

  it('reads month ranges and months in one list, written so that Validata reads the last month as a month', () => {
    assert.equal(value("d'avril à juin et septembre de 9h30 à 18h"), 'Apr-Jun,Sep Mo-Su 09:30-18:00');
    assert.equal(value('de novembre à janvier et en mars, le samedi de 9h à 12h'), 'Jan,Mar,Nov-Dec Sa 09:00-12:00');
    refused('de mai à septembre et en août de 9h à 12h');
  });
});

describe('parseOpeningHoursFr — school holidays of a zone, closed dates after PH and SH', () => {
  it('reads the zone named after school holidays (OSM\'s SH is the place\'s own zone)', () => {
    assert.equal(value('Mardi 9h-12h, fermé pendant les vacances scolaires (zone C)'), 'Tu 09:00-12:00; SH off');
    refused('fermé pendant les vacances scolaires zone d');
  });

  it('writes dates closed all week after SH, which would open them again', () => {
    assert.equal(
      value('uniquement les samedi et dimanche : de 14h00 à 18h00\nvacances scolaires zone B : tous les jours de 14h00 à 18h00\nfermé le 25 décembre et le 1er janvier'),
      'Sa,Su 14:00-18:00; SH 14:00-18:00; Dec 25,Jan 01 off',
    );
  });
});

describe('parseOpeningHoursFr — days heading lines of periods', () => {
  it('gives the days of a heading line to every line below that starts with a period and names no day', () => {
    assert.equal(
      value('Semaine:\n- Du 1er avril au 30 juin : 14h/18h\n- Du 1er juillet au 31 août : 10h/13h - 14h/18h\n- Du 1er au 30 septembre : 14h/18h'),
      'Apr-Jun Mo-Fr 14:00-18:00; Jul-Aug Mo-Fr 10:00-13:00,14:00-18:00; Sep Mo-Fr 14:00-18:00',
    );
    // A line naming its own days: the heading is not over all the lines.
    refused('Samedi :\n- Du 1er avril au 30 juin : 14h/18h\n- le dimanche : 10h-12h');
  });
});

describe('parseOpeningHoursFr — batch 8 of the corpus (dev rows)', () => {
  it('refuses overlapping ranges in one rule: they are for different periods', () => {
    // (With a period written right after the last range, that range is the period's: openingHoursDayLists.test.ts.)
    refused('Ouvert tous les jours de 14h à 18h et de 14h à 19h');
    assert.equal(value('de 9h à 12h et de 12h à 18h'), '09:00-18:00');
  });

  it('keeps a comment of a heading, and never reads "sans rendez-vous" as one', () => {
    assert.equal(
      value('Accueil des ressortissants étrangers sur rendez-vous exclusivement :\n\n  • Lundi, mardi et jeudi : 8h00 - 11h30 et 13h30 - 14h30\n  • Mercredi et vendredi : 8h00 - 11h30'),
      'Mo,Tu,Th 08:00-11:30,13:30-14:30 "sur rendez-vous"; We,Fr 08:00-11:30 "sur rendez-vous"',
    );
    assert.equal(value('Accueil du public sans rendez-vous :\n\n  • Lundi au vendredi : 8h00 - 12h30'), 'Mo-Fr 08:00-12:30');
  });

  it('reads days on a heading line with their hours on the next one (not an empty cell)', () => {
    assert.equal(value('Ouvert du lundi au jeudi :\nde 9 h à 12 h et de 14 h à 16 h\nVendredi : de 9 h à 12 h'), 'Mo-Th 09:00-12:00,14:00-16:00; Fr 09:00-12:00');
  });

  it('reads "à fin septembre", "c\'est ouvert", "sept jours sur sept", "les visites sont autorisées", "ouvre ses portes"', () => {
    assert.equal(
      value('Ouvert du mardi au samedi de 10h à 12h et de 13h à 18h (du 26 avril à fin septembre)'),
      'Apr 26-Sep 30 Tu-Sa 10:00-12:00,13:00-18:00',
    );
    assert.equal(value('Juillet-Août c’est ouvert de 10h à 19h30'), 'Jul-Aug 10:00-19:30');
    assert.equal(value('Ouvert sept jours sur sept et 24 heures sur 24.'), '24/7');
    assert.equal(value('Les visites sont autorisées de 14 heures à 20 heures.'), '14:00-20:00');
    assert.equal(value('La mairie ouvre ses portes du lundi au vendredi de 9h à 12h'), 'Mo-Fr 09:00-12:00');
  });

  it('takes a place noun after another and "de" as one place ("bureau de poste", "office de tourisme")', () => {
    assert.equal(value('Permanences les mardis, jeudis et samedis de 9 h à 12 h (sauf jours fériés), au bureau de poste.'), 'Tu,Th,Sa 09:00-12:00; PH off');
    assert.equal(value("L'office de tourisme est ouvert du lundi au samedi de 9h à 12h"), 'Mo-Sa 09:00-12:00');
    assert.equal(parseOpeningHoursFr('La mairie et la médiathèque sont ouvertes le lundi de 9h à 12h').ok, false);
  });
});

describe('parseOpeningHoursFr — a season in brackets that end the text', () => {
  it('reads "(ouvert du … au …)" at the end as the season of every rule, and only with "ouvert"', () => {
    assert.equal(
      value('Ouvert du mardi au samedi de 10h à 12h et de 13h à 18h, dimanche de 14h à 18h (ouvert du 26 avril à fin septembre)'),
      'Apr 26-Sep 30 Tu-Sa 10:00-12:00,13:00-18:00; Apr 26-Sep 30 Su 14:00-18:00',
    );
    assert.equal(value('Lundi 9h-12h, mardi 14h-18h (ouvert en juillet).'), 'Jul Mo 09:00-12:00; Jul Tu 14:00-18:00');
    refused('Lundi 9h-12h, mardi 14h-18h (en juillet)');
  });
});

describe('parseOpeningHoursFr — "(17h le samedi)" for a day the hours before did not name', () => {
  it('gives that day the hours just given, its nearer end moved', () => {
    assert.equal(value('du lundi au vendredi de 9h à 18h (17h le samedi)'), 'Mo-Fr 09:00-18:00; Sa 09:00-17:00');
    assert.equal(value('du lundi au vendredi de 9h à 12h et de 14h à 18h (17h le samedi)'), 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00,14:00-17:00');
    // Without days, or for a day said closed: refused.
    refused('de 9h à 18h (17h le samedi)');
    refused('du lundi au vendredi de 9h à 18h, fermé le samedi (17h le samedi)');
  });
});

describe('parseOpeningHoursFr — a period after hours is theirs, not a heading of the next sentence', () => {
  it('never reads "de 10h à 18h (du 1er juin au 30 septembre). Fermé le mardi" as open all year', () => {
    // It was read "10:00-18:00; Jun-Sep Tu off": the period taken as the heading of "Fermé le mardi".
    // (The closing sentence after hours that are all for a part of the year now closes its days in that part.)
    assert.equal(value('Ouvert de 10h à 18h (du 1er juin au 30 septembre). Fermé le mardi et jours fériés.'), 'Jun-Sep Mo,We-Su 10:00-18:00; PH off');
    assert.equal(value('Ouvert de 10h à 18h du 1er juin au 30 septembre. Fermé le mardi.'), 'Jun-Sep Mo,We-Su 10:00-18:00');
    // A period on its own line still heads the lines below.
    assert.equal(value('HORAIRES HAUTE SAISON\nDu 01 juillet au 31 août\nDu lundi au dimanche de 10h à 19h'), 'Jul-Aug 10:00-19:00');
  });
});

describe('parseOpeningHoursFr — "tous les jours" beside named days', () => {
  it('never joins every day to a list of days (it gave "SH 14:00-18:00" alone)', () => {
    refused('Ouvert de 14h à 18h les mercredis, samedis et dimanches et tous les jours pendant les vacances scolaires');
    assert.equal(value('tous les jours et jours fériés de 9h à 12h'), 'Mo-Su 09:00-12:00; PH 09:00-12:00');
  });

  it('reads "tous les jours fériés" as public holidays, not every day', () => {
    assert.equal(value('lundi, mardi et tous les jours fériés de 9h à 12h'), 'Mo,Tu 09:00-12:00; PH 09:00-12:00');
    assert.equal(value('tous les jours fériés de 9h à 12h'), 'PH 09:00-12:00');
  });
});

describe('parseOpeningHoursFr — "le vendredi jusqu\'à 16h30" after hours for other days', () => {
  it('gives that day the hours just given with its end moved; never an opening time alone', () => {
    assert.equal(value("Du lundi au jeudi de 8h à 12h et de 13h30 à 17h30, le vendredi jusqu'à 16h30"), 'Mo-Th 08:00-12:00,13:30-17:30; Fr 08:00-12:00,13:30-16:30');
    assert.equal(value("Du lundi au vendredi de 9h à 18h, le samedi jusqu'à 12h"), 'Mo-Fr 09:00-18:00; Sa 09:00-12:00');
    refused('Du lundi au vendredi de 9h à 18h. Le samedi à partir de 10h.');
    refused("le samedi jusqu'à 12h");
  });
});

describe('parseOpeningHoursFr — batch 9 of the corpus (dev rows)', () => {
  it('reads "la ferme" after a determiner as the farm, never as "fermé" (it closed Friday and opened the rest)', () => {
    assert.equal(value('Boutique à la ferme ouverte le vendredi de 15 h à 19 h (sauf jours fériés).'), 'Fr 15:00-19:00; PH off');
    assert.equal(value('Ferme le lundi. Du mardi au dimanche de 9h à 12h'), 'Tu-Su 09:00-12:00');
  });

  it('refuses hours given twice for the same days, overlapping ("08:00 - 15:00 / 08:30 - 13:30")', () => {
    refused('08:00 - 15:00 / 08:30 - 13:30');
  });

  it('refuses a footnote mark after a word ("Vendredi *"), not a bullet at a line\'s start', () => {
    refused('Lundi\n14h à 17h00\nVendredi *\n9h00 à 17h00');
    refused('Mardi* 9h-12h');
    assert.equal(value('* Lundi : 9h-12h\n* Mardi : 14h-18h'), 'Mo 09:00-12:00; Tu 14:00-18:00');
  });

  it('reads table cells: "NON" after a colon, "Dimanche / jours fériés", an arrow for a colon', () => {
    assert.equal(value('lundi : 8h30-10h00; | mardi : 8h30-10h00; | samedi :  NON | dimanche : NON'), 'Mo,Tu 08:30-10:00');
    assert.equal(value('du Lundi au Samedi  | de 08h00 à 17h30 |  | Dimanche / jours fériés | de 08h00 à 16h00'), 'Mo-Sa 08:00-17:30; Su 08:00-16:00; PH 08:00-16:00');
    assert.equal(value('Dimanches matin => 9h00-14h00'), 'Su 09:00-14:00');
    refused('Non, le lundi de 9h à 12h');
  });

  it('reads "les premiers samedis de chaque mois" (only with "du mois") and "même pendant les vacances scolaires"', () => {
    assert.equal(value('08:00-11:30 (les premiers samedis de chaque mois)'), 'Sa[1] 08:00-11:30');
    refused('les premiers samedis de 9h à 12h');
    assert.equal(value('lundi, de 15 h 30 à 18 h 30 ; mardi, de 13 h 45 à 16 h 30. Et ce, même pendant les vacances scolaires.'), 'Mo 15:30-18:30; Tu 13:45-16:30');
  });
});

describe('parseOpeningHoursFr — an activity said first, an asterisk between times', () => {
  it('sets aside the activity named as the first word ("Distribution", "Vente"), for review; elsewhere it refuses', () => {
    assert.deepEqual(parseOpeningHoursFr('Distribution le lundi entre 17h30 et 19h30'), { ok: true, value: 'Mo 17:30-19:30', confidence: 'review' });
    assert.equal(value('Vente à la ferme samedi de 10h30 à 12h.'), 'Sa 10:30-12:00');
    assert.equal(value('Baignade surveillée du 27 Juin au 30 Août de 12 h à 20 heures (interdiction en dehors de ces horaires).'), 'Jun 27-Aug 30 12:00-20:00');
    refused('Vente le samedi de 9h à 12h, dépôt le mardi de 14h à 17h');
  });

  it('reads an asterisk between two times as a separator, and after a word as a footnote mark', () => {
    assert.equal(value('Lundi\n08H00 - 12H00 * 14H00 - 18H00\nMardi\n08H00 - 12H00 * 14H00 - 17H00'), 'Mo 08:00-12:00,14:00-18:00; Tu 08:00-12:00,14:00-17:00');
    assert.equal(value('9h - 12h * 14h - 18h'), '09:00-12:00,14:00-18:00');
    refused('Mardi* 9h-12h');
  });
});

describe('parseOpeningHoursFr — a closed half-day of one day only', () => {
  it('refuses "fermé le lundi et le mercredi matin" (Monday all day, or its morning?): it closed Monday morning only', () => {
    refused('Horaires : 9h-12h / 14h-18h, fermé le lundi et le mercredi matin');
    assert.equal(value('Du lundi au samedi de 9h à 12h et de 14h à 18h, fermé le jeudi matin'), 'Mo-We,Fr,Sa 09:00-12:00,14:00-18:00; Th 14:00-18:00');
  });
});

describe('sameOpeningHours', () => {
  it('ignores the holiday names the library adds, not the comments written in the value', () => {
    assert.ok(sameOpeningHours('Tu-Sa 13:00-19:00; Aug 01-15 off; PH off', 'Tu-Sa 13:00-19:00; PH off; Aug 01-15 off'));
    assert.ok(!sameOpeningHours('Tu-Sa 13:00-19:00; PH off', 'Tu-Sa 13:00-19:00'));
    assert.ok(!sameOpeningHours('Mo-Fr 09:00-12:00 "sur rendez-vous"', 'Mo-Fr 09:00-12:00'));
    assert.ok(!sameOpeningHours('Mo-Fr 09:00-12:00', 'Mo-Fr 09:00-12:30'));
  });
});
