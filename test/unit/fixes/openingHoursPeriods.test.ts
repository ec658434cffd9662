// The French opening-hours converter on parts of the year and their layout: several periods in one text, a
// heading that must head the rule right after it, days listed above one line per period, seasons, and school
// holidays said for the whole text. Each value must also pass the opening_hours library unwarned.
import { strict as assert } from 'node:assert';
import { means, refused, reviewed, value } from './openingHoursExpect';

describe('parseOpeningHoursFr — parts of the year and their layout', () => {
  it('skips "(pour la) période" before the part of the year it names', () => {
    means('Période du 1er avril au 30 septembre : tous les jours de 9h à 19h', 'Apr-Sep 09:00-19:00');
    means('Pour la période du 6 novembre au 15 mars\nDu lundi au vendredi de 08h00 à 17h30\nLe samedi de 08h30 à 17h30\nPour la période du 16 mars au 5 novembre\nDu lundi au vendredi de 08h00 à 18h00\nLe samedi de 08h30 à 18h00',
      'Nov 06-Mar 15 Mo-Fr 08:00-17:30; Nov 06-Mar 15 Sa 08:30-17:30; Mar 16-Nov 05 Mo-Fr 08:00-18:00; Mar 16-Nov 05 Sa 08:30-18:00');
    // Elsewhere "période" stays a word not understood.
    refused('Période de fermeture : le lundi de 9h à 12h');
  });

  it('reads months joined by a slash, "&" or a chain of hyphens as a list', () => {
    means('Juillet / Août : 10h-19h', 'Jul-Aug 10:00-19:00');
    means('Juillet & août : 10h-19h', 'Jul-Aug 10:00-19:00');
    means('Avril-mai-juin : 14h-18h', 'Apr-Jun 14:00-18:00');
    means('Avril-juin : 14h-18h', 'Apr-Jun 14:00-18:00');
  });

  it('gives hours headed by a part of the year with no days to the days open the rest of the year', () => {
    means('Tous les jours 10h-18h ; juillet-août : 10h-19h', 'Mo-Su 10:00-18:00; Jul-Aug Mo-Su 10:00-19:00');
    means('Tous les jours 10h-18h (juillet-août : 10h-19h)', 'Mo-Su 10:00-18:00; Jul-Aug Mo-Su 10:00-19:00');
    means('Lundi au vendredi : 9h-12h / 14h-18h\nJuillet et août : 9h-13h', 'Mo-Fr 09:00-12:00,14:00-18:00; Jul-Aug Mo-Fr 09:00-13:00');
    // Days with different hours: which days the period's hours are for is not said.
    refused('Lundi au vendredi 9h-17h, samedi 9h-12h ; août : 9h-12h');
    // Without a colon the part of the year may be the hours' own (or a closing's).
    refused('Du mardi au samedi de 13h à 19h. Fermé le lundi, du 1er au 15 août de 9h à 12h');
  });

  it('reads "period hours, period hours" without a heading skipping the rule after it', () => {
    assert.equal(
      value("Ouvert d'octobre à mars de 9h30 à 17h, d'avril à juin et septembre de 9h30 à 18h en juillet août de 9h30 à 19h"),
      'Oct-Mar 09:30-17:00; Apr-Jun,Sep Mo-Su 09:30-18:00; Jul-Aug 09:30-19:00',
    );
    assert.equal(value("d'octobre à mars de 9h30 à 17h et d'avril à septembre de 9h30 à 18h"), 'Oct-Mar 09:30-17:00; Apr-Sep 09:30-18:00');
    assert.equal(value("de 9h30 à 17h d'octobre à mars, de 9h30 à 18h d'avril à septembre"), 'Oct-Mar 09:30-17:00; Apr-Sep 09:30-18:00');
    assert.equal(value("d'octobre à mars de 9h30 à 17h, fermé le 25 décembre"), 'Oct-Mar 09:30-17:00; Dec 25 off');
    // A heading no rule takes is still refused.
    refused("d'octobre à mars, de 9h à 12h en juillet");
  });

  it('gives the days listed first, on lines of their own, to every line of hours for one part of the year', () => {
    assert.equal(
      value("- Lundi / Mercredi / Vendredi\n- Samedi / Dimanche / Jours fériés\n\n- De 9h à 18h d'Octobre à Mai\n- De 9h à 19h de Juin à Septembre"),
      'Oct-May Mo,We,Fr-Su 09:00-18:00; Jun-Sep Mo,We,Fr-Su 09:00-19:00; Oct-May PH 09:00-18:00; Jun-Sep PH 09:00-19:00',
    );
    assert.equal(
      value('Ouverture : Lundi Mercredi Vendredi Samedi Dimanche + Jours fériés\n9h-18h Janvier, Février, Mars, Avril, Mai, Octobre, Novembre, Décembre\n9h-19h Juin, Juillet, Août, Septembre'),
      'Jan-May,Oct-Dec Mo,We,Fr-Su 09:00-18:00; Jun-Sep Mo,We,Fr-Su 09:00-19:00; Jan-May,Oct-Dec PH 09:00-18:00; Jun-Sep PH 09:00-19:00',
    );
    assert.equal(
      value("Lundi et mercredi\nde 9h à 12h et de 14h à 18h d'octobre à mai\nde 9h à 19h de juin à septembre"),
      'Oct-May Mo,We 09:00-12:00,14:00-18:00; Jun-Sep Mo,We 09:00-19:00',
    );
    // A line with days of its own, a line that is not hours for a period, an exception among the days, or days
    // ended by a full stop: the days are not every line's.
    refused("- Lundi / Mercredi\n- De 9h à 18h d'octobre à mai\n- Samedi de 9h à 19h de juin à septembre");
    refused("Lundi, mercredi\n9h-18h d'octobre à mai\n9h-19h de juin à septembre\nfermé le 25 décembre");
    refused("Lundi et mercredi sauf jours fériés\n9h-18h d'octobre à mai\n9h-19h de juin à septembre");
    refused("Lundi, mercredi.\nDu 1er au 15 août 9h-12h\nEn juillet 9h-19h");
    // One day a line over one period a line could be a table's two columns: a blank line must part them.
    refused('Lundi\nMardi\n9h-12h juillet\n14h-18h août');
    assert.equal(value('Lundi, mardi\n9h-12h juillet\n14h-18h août'), 'Jul Mo,Tu 09:00-12:00; Aug Mo,Tu 14:00-18:00');
  });

  it('closes the days of a closing sentence after the hours of every part of the year in each part', () => {
    assert.equal(value("D'octobre à mai : 10h-17h. De juin à septembre : 10h-18h. Fermé le mardi."), 'Oct-May Mo,We-Su 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00');
    assert.equal(value("D'octobre à mai de 10h à 17h et de juin à septembre de 10h à 18h. Fermé le mardi."), 'Oct-May Mo,We-Su 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00');
    // Public holidays belong to no part of the year: closed all year.
    assert.equal(
      value("Ouvert de 10h - 17h d'octobre à mai et de 10h à 18h de juin à septembre. Fermé le mardi et jours fériés."),
      'Oct-May Mo,We-Su 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00; PH off',
    );
    assert.equal(value("Ouvert de 10h - 17h d'octobre à mai et de 10h à 18h de juin à septembre. Fermé les jours fériés."), 'Oct-May 10:00-17:00; Jun-Sep 10:00-18:00; PH off');
    // A last line that only closes days, under lines of a period and its hours, is the list's end (it gave
    // "Oct-May 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00": Tuesday closed in the last part only).
    assert.equal(value("D'octobre à mai : 10h-17h\nDe juin à septembre : 10h-18h\nFermé le mardi"), 'Oct-May Mo,We-Su 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00');
    assert.equal(value("D'octobre à mai : 10h-17h\nDe juin à septembre : 10h-18h\nFermé le mardi et les jours fériés"), 'Oct-May Mo,We-Su 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00; PH off');
    // Hours for the whole year beside a period, a closing sentence followed by more hours, a half-day: refused.
    refused("D'octobre à mai : 10h-17h\nLundi 9h-12h\nFermé le mardi");
    refused('Du lundi au samedi 9h-18h. En août 10h-12h. Fermé le mardi.');
    refused("D'octobre à mai : 10h-17h. De juin à septembre : 10h-18h. Fermé le mardi. Ouvert le lundi de 8h à 9h.");
    refused('De juin à septembre de 10h à 18h. Fermé le mardi matin.');
  });

  it('reads the undated one of two opposite seasons as the rest of the year', () => {
    assert.equal(
      value('Ouvert de 10h - 17h en hiver et de 10h à 18h en été (du 1er juin au 30 septembre). Fermé le mardi et jours fériés.'),
      'Oct-May Mo,We-Su 10:00-17:00; Jun-Sep Mo,We-Su 10:00-18:00; PH off',
    );
    assert.equal(value('Ouvert de 10h - 17h en hiver et de 10h à 18h en été (du 15 juin au 15 septembre).'), 'Sep 16-Jun 14 10:00-17:00; Jun 15-Sep 15 10:00-18:00');
    assert.equal(value('Haute saison (juillet-août) : 9h-19h. Basse saison : 10h-17h.'), 'Jul-Aug 09:00-19:00; Sep-Jun 10:00-17:00');
    assert.equal(value('Été (juin-septembre) : 10h-18h. Hiver : fermé.'), 'Jun-Sep 10:00-18:00; Oct-May off');
    // Neither dated, a third season, or seasons that are not opposite: refused.
    assert.equal(refused('En été de 10h à 18h et en hiver de 10h à 17h.'), 'season-without-dates');
    assert.equal(refused('En été (juin à septembre) de 10h à 18h, en hiver de 10h à 17h, au printemps de 10h à 16h.'), 'season-without-dates');
    assert.equal(refused('En été (juin à septembre) de 10h à 18h, au printemps de 10h à 16h.'), 'season-without-dates');
  });

  it('never makes a period written right after hours the heading of the next rule when those hours have none', () => {
    // It was read "10:00-17:00; Oct-May 10:00-18:00; Jun-Sep Tu off".
    refused("Ouvert de 10h à 17h d'octobre à mai, de 10h à 18h de juin à septembre, fermé le mardi.");
    refused('Ouvert de 10h - 17h en hiver et de 10h à 18h en été (du 1er juin au 30 septembre), fermé le mardi.');
  });

  it('reads a school-term heading over lines of days, the heading\'s days said again line by line', () => {
    assert.equal(
      value('En semaine hors vacances scolaires :\n- Lundi et mardi : Fermé\n- Mercredi : 14H-18h // 19h30-22h30\n- Jeudi : 19h30-22h30\n- Vendredi : 10h-13h // 14h-20h'),
      'We 14:00-18:00,19:30-22:30; Th 19:30-22:30; Fr 10:00-13:00,14:00-20:00; SH off',
    );
    assert.equal(value('Hors vacances scolaires :\n- Lundi : 9h-12h\n- Mercredi : 14h-18h'), 'Mo 09:00-12:00; We 14:00-18:00; SH off');
    // A line with a day the heading does not name, the heading after other hours, or the term alone: refused.
    refused('En semaine hors vacances scolaires :\n- Lundi : 9h-12h\n- Samedi : 9h-12h');
    refused('Lundi : 9h-12h\nHors vacances scolaires :\n- Mercredi : 14h-18h');
    refused('Hors vacances scolaires :\nfermé');
  });

  it('never closes with "SH off" a part of the year that may be the holidays themselves', () => {
    // It was read "Mo 09:00-12:00; Jul-Aug Tu 10:00-12:00; SH off" (closed every day of July and August).
    refused('Hors vacances scolaires : lundi 9h-12h, en juillet-août mardi 10h-12h');
    refused('Hors vacances scolaires :\nLundi : 9h-12h\nJuillet-août : mardi 10h-12h');
  });

  it('reads a closing during the school holidays in brackets that end the text as the whole text\'s', () => {
    assert.equal(
      value('Ouverture : mardi et vendredi, de 15 à 19 heures ; mercredi, de 15 heures à 17 h 30 ; samedi, de 10 à 12 heures (fermeture pendant les vacances scolaires).'),
      'Tu,Fr 15:00-19:00; We 15:00-17:30; Sa 10:00-12:00; SH off',
    );
    assert.equal(value('lundi 14h-18h, mardi au vendredi 9h-12h (fermé pendant les vacances scolaires)'), 'Mo 14:00-18:00; Tu-Fr 09:00-12:00; SH off');
    // In the middle of the text, with days of its own, or saying more: refused.
    refused('lundi 14h-18h (fermé pendant les vacances scolaires), mardi au vendredi 9h-12h');
    refused('lundi 14h-18h, mardi au vendredi 9h-12h (fermé le samedi pendant les vacances scolaires)');
    refused('lundi 14h-18h, mardi 9h-12h (ouvert pendant les vacances scolaires)');
  });

  it('reads "le soir" after "le matin" on one line as the other half of the day', () => {
    assert.equal(
      value(' - Lundi, mardi, jeudi et vendredi : le matin de 8h45 à 11h45, le soir de 13h30 à 16h\n\n - Mercredi : le matin de 8h45 à 11h45'),
      'Mo,Tu,Th,Fr 08:45-11:45,13:30-16:00; We 08:45-11:45',
    );
    assert.equal(value('Lundi : le matin de 9h à 12h, le soir de 17h à 19h'), 'Mo 09:00-12:00,17:00-19:00');
    // Before "le matin", on another line, beside "l'après-midi", or across noon: still the evening, refused.
    refused('Lundi : le soir de 13h30 à 16h, le matin de 9h à 12h');
    refused('Lundi : le matin de 9h à 12h\nMardi : le soir de 13h30 à 16h');
    refused("Lundi : le matin de 9h à 12h, l'après-midi de 14h à 16h, le soir de 13h30 à 16h");
    refused('Lundi : le matin de 9h à 12h, le soir de 11h à 16h');
  });

  it('reads a clause of a list of periods that names no days as every day of its period', () => {
    assert.equal(
      value('Visites : de 9h30 à 19h30 en juillet et août, de 10h à 12h et de 14h à 18h en mai, juin et septembre, de 14h à 18h en avril et octobre, le week-end de 14h à 18h en mars et novembre.'),
      'Jul-Aug 09:30-19:30; May-Jun,Sep Mo-Su 10:00-12:00,14:00-18:00; Apr,Oct Mo-Su 14:00-18:00; Mar,Nov Sa,Su 14:00-18:00',
    );
    assert.equal(value('en juillet de 9h à 18h, en août le samedi de 10h à 12h'), 'Jul Mo-Su 09:00-18:00; Aug Sa 10:00-12:00');
    // Periods that share a month, a clause with no period, or a clause that says something else: refused.
    refused('de 9h à 18h de mai à septembre, le samedi de 10h à 12h en juillet');
    // Days named first may carry on to the clauses after them: not every day (it gave "Aug Mo-Su 14:00-18:00").
    refused('Du lundi au vendredi de 9h à 12h en juillet, de 14h à 18h en août');
    refused('Du lundi au vendredi : de 9h à 12h en juillet, de 14h à 18h en août');
    refused('en juillet du lundi au vendredi de 9h à 12h, en août de 14h à 18h');
    refused('de 9h à 18h en juillet, le samedi de 10h à 12h en août, le lundi de 9h à 10h');
    refused('de 9h à 18h en juillet, le samedi de 10h à 12h en août. Fermé le 14 juillet.');
  });

  it('joins the same days of two parts of the year, and closes days in the period of their closing', () => {
    assert.equal(
      value('ouverte au public\nles mercredis et samedis\nde 14h30 à 18h30\nfermetures annuelles\nles mercredis du mois de juillet\net\nles mercredis du mois d’août'),
      'We,Sa 14:30-18:30; Jul-Aug We off',
    );
    assert.equal(value("les mercredis de juillet et les mercredis d'août de 9h à 12h"), 'Jul-Aug We 09:00-12:00');
    assert.equal(value('Les mercredis et samedis\nde 14h30 à 18h30\nfermé les mercredis en juillet et août'), 'We,Sa 14:30-18:30; Jul-Aug We off');
    assert.equal(value('Du lundi au vendredi 9h-18h, fermé le mercredi en août'), 'Mo-Fr 09:00-18:00; Aug We off');
    assert.equal(value('de 9h à 12h le samedi en juillet et le samedi en août de 14h à 18h'), 'Jul Sa 09:00-12:00; Aug Sa 14:00-18:00');
    // Other days, or periods that overlap: not one phrase.
    refused("les mercredis de juillet et les samedis d'août de 9h à 12h");
    refused('le samedi de mai à juillet et le samedi de juillet à septembre de 9h à 12h');
  });

  it('closes each half-day of a list after "fermé", within the period the heading names', () => {
    assert.equal(
      value('01 au 13 juillet et 16 au 31 août : tous les jours : 10h-12h30 et 14h-18. Fermé le jeudi matin et dimanche après-midi.'),
      'Jul 01-13,Aug 16-31 Mo-We,Fr,Sa 10:00-12:30,14:00-18:00; Jul 01-13,Aug 16-31 Th 14:00-18:00; Jul 01-13,Aug 16-31 Su 10:00-12:30',
    );
    assert.equal(
      value('Tous les jours : 10h-12h30 et 14h-18h. Fermé le mardi matin, le jeudi matin et le dimanche après-midi.'),
      'Mo,We,Fr,Sa 10:00-12:30,14:00-18:00; Tu,Th 14:00-18:00; Su 10:00-12:30',
    );
    // A word skipped between ("ouvert"), or a day with no half-day of its own: refused.
    refused('Tous les jours : 10h-12h30 et 14h-18h. Fermé le jeudi matin et ouvert le dimanche après-midi.');
    refused('Tous les jours : 10h-12h30 et 14h-18h. Fermé le lundi, le jeudi matin et le dimanche après-midi.');
  });

  it('opens the rest of each day around night closures listed per part of the year', () => {
    assert.equal(value('Fermé de 22h à 7h du 1er avril au 30 septembre et de 20h à 8h du 1er octobre au 31 mars'), 'Apr-Sep 07:00-22:00; Oct-Mar 08:00-20:00');
    assert.equal(value('Fermé de 22h à 7h du 1er avril au 30 septembre, de 20h à 8h du 1er octobre au 31 mars.'), 'Apr-Sep 07:00-22:00; Oct-Mar 08:00-20:00');
    // A word between ("ouvert"), parts of the year that leave months out or overlap, a range that is not a night: refused.
    refused('Fermé de 22h à 7h du 1er avril au 30 septembre et ouvert de 20h à 8h du 1er octobre au 31 mars');
    refused('Fermé de 22h à 7h du 1er avril au 30 septembre et de 20h à 8h du 1er octobre au 31 décembre');
    refused('Fermé de 22h à 7h du 1er avril au 30 septembre et de 20h à 8h du 1er septembre au 31 mars');
    refused('Fermé de 12h à 14h du 1er avril au 30 septembre et de 20h à 8h du 1er octobre au 31 mars');
  });
  it('reads moveable feasts by their full names among the days closed or excepted (easter +1 day)', () => {
    assert.equal(value('Tous les jours de 10h à 18h sauf le lundi de Pâques'), 'Mo-Su 10:00-18:00; easter +1 day off');
    assert.equal(reviewed('Du lundi au samedi de 9h à 19h, fermé le 1er mai et le lundi de Pâques'), 'Mo-Sa 09:00-19:00; May 01,easter +1 day off');
    assert.equal(value("Tous les jours 10h-18h sauf le 25 décembre, le 1er janvier et le jeudi de l'Ascension"), 'Mo-Su 10:00-18:00; Dec 25,Jan 01,easter +39 days off');
    means("Du lundi au vendredi 9h-17h, fermé le lundi de Pâques, le jeudi de l'Ascension et le lundi de Pentecôte", 'Mo-Fr 09:00-17:00; easter +1 day off; easter +39 days off; easter +50 days off');
    means('Fermé le vendredi saint et le 26 décembre\nDu lundi au vendredi 8h-12h', 'Mo-Fr 08:00-12:00; Dec 26 off; easter -2 days off');
    // A day list ends before a feast: "les jours fériés et le lundi de Pentecôte" is not public holidays and Mondays.
    assert.equal(reviewed('Du lundi au vendredi 9h-17h. Fermé les jours fériés et le lundi de Pentecôte.'), 'Mo-Fr 09:00-17:00; PH off; easter +50 days off');
    // "Pâques" or "Pentecôte" alone: the Sunday, the Monday, or the long weekend? Not said.
    for (const text of ['Fermé à Pâques\nDu lundi au vendredi 9h-17h', 'Du lundi au vendredi 9h-17h, fermé à la Pentecôte', 'Tous les jours 10h-18h sauf Pâques']) refused(text);
    // A feast with hours and no weekday is one year's occasion as much as a date is.
    refused('Ouvert le lundi de Pâques de 10h à 18h');
  });
  it('reads a season from Easter to a date that always follows it ("de Pâques à la Toussaint" → easter-Nov 01)', () => {
    assert.equal(reviewed('Ouvert de Pâques à la Toussaint, tous les jours de 10h à 18h'), 'easter-Nov 01 10:00-18:00');
    assert.equal(reviewed('De Pâques à fin septembre : du mardi au dimanche 14h-18h'), 'easter-Sep 30 Tu-Su 14:00-18:00');
    assert.equal(reviewed('Du lundi de Pâques au 30 septembre, tous les jours 10h-19h'), 'easter +1 day-Sep 30 10:00-19:00');
    assert.equal(reviewed('de Pâques à octobre : 10h-12h et 14h-18h'), 'easter-Oct 31 10:00-12:00,14:00-18:00');
    // An end that may come before Easter; the Easter weekend or holidays, not its Sunday; a rest of the year left
    // unsaid in OSM terms.
    for (const text of ['De Pâques à mars 10h-18h', 'De Pâques au 20 avril 10h-18h', 'Du week-end de Pâques à la Toussaint : 14h-18h', 'Des vacances de Pâques à la Toussaint : 14h-18h', "Ouvert tous les jours de Pâques à Octobre, et le Mardi et Samedi, le reste de l'Année, de 8H30 à 13H."]) refused(text);
  });
  it('reads "fermetures exceptionnelles" of public holidays only as every year\'s closings', () => {
    assert.equal(reviewed("Du mardi au samedi de 10h à 17h. Fermetures exceptionnelles les 1er janvier, Lundi de Pâques, Jeudi de l'Ascension, Lundi de Pentecôte, 1er mai et 8 mai."), 'Tu-Sa 10:00-17:00; Jan 01,May 01,May 08,easter +1 day,easter +39 days,easter +50 days off');
    assert.equal(reviewed('Du lundi au vendredi 9h-17h. Fermeture exceptionnelle le 25 décembre.'), 'Mo-Fr 09:00-17:00; Dec 25 off');
    // Any other day may be one year's closing; a weekday with the date is one year's.
    for (const text of ['Du lundi au vendredi 9h-17h. Fermeture exceptionnelle le 24 décembre.', 'Du lundi au vendredi 9h-17h. Fermeture exceptionnelle le lundi 25 décembre.', 'Du lundi au vendredi 9h-17h. Fermeture exceptionnelle du 24 au 26 décembre.', 'Du lundi au vendredi 9h-17h. Fermetures exceptionnelles le 1er mai et le lundi 2 mai.']) refused(text);
  });
  it('gives one block of hours set apart by a comma or a colon to clauses of days each with its part of the year', () => {
    const both = 'May-Oct 09:30-12:30,14:00-18:00; Nov-Apr Mo-Fr 09:30-12:30,14:00-18:00';
    assert.equal(reviewed('De 9h30 à 12h30 et de 14h à 18h, tous les jours de mai à octobre et du lundi au vendredi de novembre à avril.'), both);
    assert.equal(reviewed('Tous les jours de mai à octobre et du lundi au vendredi de novembre à avril, de 9h30 à 12h30 et de 14h à 18h.'), both);
    assert.equal(reviewed("Ouvert toute l'année de 9h30 à 12h30 et de 14h00 à 18h00, tous les jours de mai à fin octobre et du lundi au vendredi de novembre à fin avril."), both);
    means("De 10h à 18h : tous les jours en juillet-août, du mardi au dimanche le reste de l'année", 'Jul-Aug 10:00-18:00; Jan-Jun,Sep-Dec Tu-Su 10:00-18:00');
    // Hours next to the last clause may be its own; parts of the year that share days; "toute l'année" with a part
    // of the year left out.
    for (const text of [
      'Tous les jours de mai à octobre et du lundi au vendredi de novembre à avril de 9h30 à 12h30',
      'De 9h à 12h, tous les jours de mai à octobre et du lundi au vendredi de septembre à avril',
      "Ouvert toute l'année de 9h à 12h, tous les jours en juillet et du lundi au vendredi en août",
    ]) refused(text);
  });
  it('reads dates written "dd.mm" or "dd-mm" at both ends of "du … au …", and never a time range as dates', () => {
    assert.equal(reviewed('Du 01.04 au 30.09 : 9h-19h ; du 01.10 au 31.03 : 9h-17h'), 'Apr-Sep 09:00-19:00; Oct-Mar 09:00-17:00');
    assert.equal(reviewed('du 15-06 au 15-09 de 10h à 19h'), 'Jun 15-Sep 15 10:00-19:00');
    assert.equal(reviewed('Fermé du 24.12 au 2.01\nDu lundi au vendredi 9h-17h'), 'Mo-Fr 09:00-17:00; Dec 24-Jan 02 off');
    // "9.30" is no date (no 30th month): the times stay times; an impossible date is refused.
    assert.equal(reviewed('de 9.30 à 12.00 du lundi au vendredi'), 'Mo-Fr 09:30-12:00');
    refused('Du 31.04 au 30.09 : 9h-19h');
  });
});
