// Opening hours read back in French and English (issue #19): the prose of each kind of rule, the week grid,
// and no prose for what the reader does not cover (it says nothing rather than something wrong).
import { strict as assert } from 'node:assert';
import { openingHoursProblem, parseOpeningHoursFr } from '../../../server/src/engine/fixes/openingHours';
import { easterSunday, isOpeningHoursField, openingHoursProse, openingHoursWeek, openingHoursWeekMarkdown } from '../../../server/src/engine/values/openingHoursProse';

const fr = (value: string) => openingHoursProse(value, 'fr');
const en = (value: string) => openingHoursProse(value, 'en');

describe('opening hours in prose', () => {
  it('reads the example of the issue in French and in English', () => {
    const value = 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off';
    assert.equal(fr(value), 'du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h ; le samedi de 9 h à 12 h ; fermé les jours fériés');
    assert.equal(en(value), 'Monday to Friday 9:00–12:00 and 14:00–18:00; Saturday 9:00–12:00; closed on public holidays');
  });

  it('reads lists of days, every day, n-th days of the month, minutes, midnight and past midnight', () => {
    assert.equal(fr('Mo,We,Fr 08:30-12:00'), 'le lundi, le mercredi et le vendredi de 8 h 30 à 12 h');
    assert.equal(en('Mo,We,Fr 08:30-12:00'), 'Monday, Wednesday and Friday 8:30–12:00');
    assert.equal(fr('Mo-Su 10:00-24:00'), 'tous les jours de 10 h à minuit');
    assert.equal(fr('09:00-19:00'), 'tous les jours de 9 h à 19 h');
    assert.equal(fr('Sa[1,3] 10:00-12:00'), 'le 1er et le 3e samedi du mois de 10 h à 12 h');
    assert.equal(en('Fr[-1] 14:00-16:00'), 'the last Friday of the month 14:00–16:00');
    assert.equal(fr('Sa 22:00-02:00'), 'le samedi de 22 h à 2 h');
    assert.equal(fr('24/7'), 'tous les jours 24 h sur 24');
    assert.equal(en('24/7'), 'every day around the clock');
  });

  it('reads parts of the year, closures, holidays and comments', () => {
    assert.equal(fr('May-Sep Tu-Su 10:00-18:00'), 'de mai à septembre, du mardi au dimanche de 10 h à 18 h');
    assert.equal(en('May-Sep Tu-Su 10:00-18:00'), 'from May to September, Tuesday to Sunday 10:00–18:00');
    // "de" is elided before a month starting with a vowel: "de avril" is not French.
    assert.equal(fr('Apr-Sep 09:00-18:00'), "d'avril à septembre de 9 h à 18 h");
    assert.equal(fr('Aug-Oct Sa 10:00-12:00'), "d'août à octobre, le samedi de 10 h à 12 h");
    assert.equal(fr('Jul 14-Aug 25 off'), 'fermé du 14 juillet au 25 août');
    assert.equal(en('Dec 25 off'), 'closed on 25 December');
    assert.equal(fr('Aug off'), 'fermé en août');
    assert.equal(fr('Mo-Fr 09:00-12:00; SH off'), 'du lundi au vendredi de 9 h à 12 h ; fermé pendant les vacances scolaires');
    assert.equal(en('SH 10:00-12:00'), 'during school holidays 10:00–12:00');
    assert.equal(fr('Mo-Fr 09:00-12:00 "sur rendez-vous"'), 'du lundi au vendredi de 9 h à 12 h (sur rendez-vous)');
    assert.equal(fr('off'), 'fermé');
  });

  it('reads solar events ("du lever au coucher du soleil"), alone or beside clock times', () => {
    assert.equal(fr('Mo-Su sunrise-sunset'), 'tous les jours du lever au coucher du soleil');
    assert.equal(en('Mo-Su sunrise-sunset'), 'every day sunrise–sunset');
    assert.equal(fr('08:00-sunset'), 'tous les jours de 8 h au coucher du soleil');
    assert.equal(fr('dawn-dusk'), "tous les jours de l'aube au crépuscule");
    assert.equal(en('Mo-Fr 09:00-12:00,14:00-sunset'), 'Monday to Friday 9:00–12:00 and 14:00–sunset');
    assert.equal(openingHoursWeek('Mo-Su sunrise-sunset', new Date(2026, 0, 7), 'fr')?.[0].hours, 'lever du soleil – coucher du soleil');
  });

  it('reads moveable feasts by their names, and any other day from Easter by its rank', () => {
    assert.equal(fr('Mo-Sa 09:00-19:00; May 01,easter +1 day off'), 'du lundi au samedi de 9 h à 19 h ; fermé le 1er mai et le lundi de Pâques');
    assert.equal(en('Mo-Sa 09:00-19:00; May 01,easter +1 day off'), 'Monday to Saturday 9:00–19:00; closed on 1 May and on Easter Monday');
    assert.equal(fr('easter +39 days,easter +50 days off'), "fermé le jeudi de l'Ascension et le lundi de Pentecôte");
    assert.equal(fr('easter -2 days off'), 'fermé le vendredi saint');
    assert.equal(en('easter 10:00-18:00'), 'on Easter Sunday 10:00–18:00');
    assert.equal(fr('easter +3 days off'), 'fermé le 3e jour après Pâques');
    assert.equal(fr('easter-Nov 01 10:00-18:00'), 'de Pâques au 1er novembre de 10 h à 18 h');
    assert.equal(en('easter +1 day-Sep 30 Tu-Su 14:00-18:00'), 'from Easter Monday to 30 September, Tuesday to Sunday 14:00–18:00');
    // A season whose end may come before Easter is not read.
    assert.equal(fr('easter-Mar 31 10:00-18:00'), undefined);
  });

  it('reads additional rules (", " before days), and ", " between times as one list', () => {
    assert.equal(fr('Mo-Th 14:00-01:00, Fr,Sa 14:00-02:00'), 'du lundi au jeudi de 14 h à 1 h ; le vendredi et le samedi de 14 h à 2 h');
    assert.equal(fr('Mo-Fr 09:00-12:00, We 14:00-18:00'), 'du lundi au vendredi de 9 h à 12 h ; en plus, le mercredi de 14 h à 18 h');
    assert.equal(en('Mo-Fr 09:00-12:00, We 14:00-18:00'), 'Monday to Friday 9:00–12:00; also Wednesday 14:00–18:00');
    assert.equal(fr('Mo-Fr 09:00-12:00, 14:00-18:00'), 'du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h');
    assert.equal(fr('Mo-Fr 08:00-18:00, We off'), 'du lundi au vendredi de 8 h à 18 h ; fermé le mercredi');
    // A value cannot start with an additional rule.
    assert.equal(fr(', Mo 09:00-12:00'), undefined);
  });

  it('says nothing for rules it does not read', () => {
    for (const value of ['week 1-10 Mo 10:00-12:00', 'Mo-Fr 08:00-12:00 || "sur rendez-vous"', '(sunrise+01:00)-sunset', 'Nov 01-easter 10:00-18:00', 'easter +1 days off', 'lundi 9h-12h']) {
      assert.equal(fr(value), undefined, value);
    }
  });

  it('reads back every value the converter offers on sample French texts', () => {
    for (const text of ['du lundi au vendredi de 9h à 12h et de 14h à 18h, le samedi de 9h à 12h', 'Fermé le lundi. Du mardi au dimanche de 10h à 18h', 'du 1er juillet au 31 août : du mardi au vendredi 9h-13h', 'le 1er et le 3e samedi du mois de 9h à 12h', 'Du lundi au samedi de 9h à 19h, fermé le 1er mai et le lundi de Pâques']) {
      const conversion = parseOpeningHoursFr(text);
      assert.ok(conversion.ok && openingHoursProblem(conversion.value) === undefined, text);
      assert.ok(fr(conversion.value) && en(conversion.value), conversion.value);
    }
  });
});

describe('opening hours as a week grid', () => {
  it('gives each day of the week of the reference date, later rules overriding earlier ones', () => {
    const value = 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; Jul-Aug Sa off; PH off';
    const january = openingHoursWeek(value, new Date(2026, 0, 7), 'fr');
    assert.deepEqual(
      january?.map((row) => row.hours),
      ['9 h – 12 h, 14 h – 18 h', '9 h – 12 h, 14 h – 18 h', '9 h – 12 h, 14 h – 18 h', '9 h – 12 h, 14 h – 18 h', '9 h – 12 h, 14 h – 18 h', '9 h – 12 h', 'fermé'],
    );
    assert.equal(january?.[0].date.getDate(), 5, 'the week starts on the Monday');
    const july = openingHoursWeek(value, new Date(2026, 6, 8), 'en');
    assert.deepEqual(july?.slice(4).map((row) => row.hours), ['9:00 – 12:00, 14:00 – 18:00', 'closed', 'closed']);
  });

  it('closes a moveable feast on its day of the year (Easter Sunday by the Gregorian computus)', () => {
    const [easter2026, easter2027] = [openingHoursWeek('Mo-Fr 09:00-17:00; easter +1 day off', new Date(2026, 3, 8), 'fr'), openingHoursWeek('Mo-Fr 09:00-17:00; easter +1 day off', new Date(2027, 3, 8), 'fr')];
    // Easter Monday: 6 April 2026, 29 March 2027 (the week of 8 April 2027 is an ordinary one).
    assert.deepEqual(easter2026?.map((d) => d.hours).slice(0, 2), ['fermé', '9 h – 17 h']);
    assert.deepEqual(easter2027?.map((d) => d.hours).slice(0, 2), ['9 h – 17 h', '9 h – 17 h']);
    // A season from Easter: open from Easter Sunday (5 April 2026), closed the week before.
    const season = (at: Date) => openingHoursWeek('easter-Nov 01 10:00-18:00', at, 'fr')?.map((d) => d.hours);
    assert.deepEqual(season(new Date(2026, 3, 1)), ['fermé', 'fermé', 'fermé', 'fermé', 'fermé', 'fermé', '10 h – 18 h']);
    assert.deepEqual(season(new Date(2026, 10, 2))?.slice(0, 1), ['fermé']);
    const ascension = openingHoursWeek('Mo-Su 10:00-18:00; easter +39 days off', new Date(2026, 4, 14), 'en');
    assert.equal(ascension?.find((d) => d.date.getDate() === 14)?.hours, 'closed');
    for (const [year, month, day] of [[2024, 3, 31], [2025, 4, 20], [2026, 4, 5], [2038, 4, 25], [2285, 3, 22]]) {
      const sunday = easterSunday(year);
      assert.deepEqual([sunday.getMonth() + 1, sunday.getDate()], [month, day], String(year));
    }
  });

  it('adds the hours of an additional rule to the day\'s, each with its own comment', () => {
    const week = openingHoursWeek('Tu 08:30-12:30, Tu 13:30-17:00 "sur rendez-vous"; Fr 08:30-12:30', new Date(2026, 0, 7), 'fr');
    assert.equal(week?.[1].hours, '8 h 30 – 12 h 30, 13 h 30 – 17 h (sur rendez-vous)');
    assert.equal(week?.[4].hours, '8 h 30 – 12 h 30');
    const wednesday = openingHoursWeek('Mo-Fr 09:00-12:00, We 14:00-18:00', new Date(2026, 0, 7), 'en');
    assert.deepEqual(wednesday?.slice(1, 4).map((row) => row.hours), ['9:00 – 12:00', '9:00 – 12:00, 14:00 – 18:00', '9:00 – 12:00']);
    assert.equal(openingHoursWeek('Mo-Fr 09:00-12:00 "sur rendez-vous"', new Date(2026, 0, 7), 'fr')?.[0].hours, '9 h – 12 h (sur rendez-vous)');
  });

  it('writes a Markdown table, the cells escaped', () => {
    assert.equal(
      openingHoursWeekMarkdown('Tu 09:00-12:00 "a | b"', new Date(2026, 0, 7), 'fr'),
      ['| Jour | Horaires |', '| --- | --- |', '| Lundi | fermé |', '| Mardi | 9 h – 12 h (a \\| b) |', '| Mercredi | fermé |', '| Jeudi | fermé |', '| Vendredi | fermé |', '| Samedi | fermé |', '| Dimanche | fermé |'].join('\n'),
    );
  });

  it('knows an opening-hours field by its custom check or by its name', () => {
    assert.ok(isOpeningHoursField('ouvertures', [{ name: 'opening-hours-value', params: { column: 'ouvertures' } }]));
    assert.ok(isOpeningHoursField('horaires_d_ouverture'));
    assert.ok(isOpeningHoursField('Horaires'));
    assert.ok(!isOpeningHoursField('adresse', [{ name: 'opening-hours-value', params: { column: 'horaires' } }]));
  });
});
