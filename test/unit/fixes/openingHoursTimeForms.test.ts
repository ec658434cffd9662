// The French opening-hours converter on times written loosely: a range with no dash ("15h18h"), two times side
// by side ("14h 17h"), hours written "8:", night ranges. Each value must also pass the opening_hours library
// unwarned; each near-miss must be refused.
import { strict as assert } from 'node:assert';
import { parseOpeningHoursFr, sameOpeningHours } from '../../../server/src/engine/fixes/openingHours';
import { means, refused, reviewed, value } from './openingHoursExpect';

describe('parseOpeningHoursFr — times written loosely', () => {
  it('reads "fermeture le samedi à 18h", "ouverture le lundi à 14h" as that day\'s closing or opening time', () => {
    assert.equal(reviewed('Du lundi au samedi 9h-19h, fermeture le samedi à 18h'), 'Mo-Fr 09:00-19:00; Sa 09:00-18:00');
    assert.equal(reviewed('Du lundi au samedi 9h-19h, ouverture le lundi à 14h'), 'Mo 14:00-19:00; Tu-Sa 09:00-19:00');
    assert.equal(reviewed('Du lundi au samedi 9h-12h et 14h-19h, fermeture le samedi à midi'), 'Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-12:00');
    // A range after the days is that day's closed hours, as before.
    assert.equal(reviewed('Du lundi au samedi 9h-19h, fermeture le samedi de 12h à 14h'), 'Mo-Fr 09:00-19:00; Sa 09:00-12:00,14:00-19:00');
    // "Ouv." for "ouvert".
    means('Ouv. lun-sam 9h-19h', 'Mo-Sa 09:00-19:00');
  });

  it('reads "9-12h 14-17h" as two ranges (the second not the minutes of the first end)', () => {
    assert.equal(reviewed('Du lundi au vendredi 9-12h 14-17h'), 'Mo-Fr 09:00-12:00,14:00-17:00');
    assert.equal(reviewed('mar. 14-18h, mer. 10-12h 14-18h, ven. 14-18h, sam. 10-17h'), 'Tu,Fr 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-17:00');
    // No range ends at the first hour: the minutes stay its own.
    assert.equal(value('Du lundi au vendredi 9 h 15 - 17 h 30'), 'Mo-Fr 09:15-17:30');
  });

  it('reads "15h18h" standing alone as a range written without its dash', () => {
    assert.equal(value('Jeudi : 10h-12h30 - 15h18h / Vendredi : 15h-18h'), 'Th 10:00-12:30,15:00-18:00; Fr 15:00-18:00');
    assert.equal(value('Jeudi 15h18h'), 'Th 15:00-18:00');
    // Before a connector it is one time, the hour sign typed again ("16h45h - 18h").
    assert.equal(value('Jeudi 16h45h-18h'), 'Th 16:45-18:00');
    assert.equal(value('Jeudi 15h18h - 19h'), 'Th 15:18-19:00');
    // After "à", "de", "fermeture" it is a moment, not a range; minutes that cannot be an hour are minutes.
    refused('fermeture à 15h18h');
    refused('Jeudi : de 15h18h');
    refused('Jeudi 16h45h');
    refused('jeudi 15h18h et 19h');
    // Two such times joined by a dash: 09:12-14:18, or two ranges? Refused.
    refused('Mardi 9h12h-14h18h');
    assert.equal(value('Mardi 9h12h 14h18h'), 'Tu 09:00-12:00,14:00-18:00');
  });

  it('pairs times side by side into ranges only when the pairing is certain', () => {
    assert.equal(value('08h30 12h - 14h 17h30'), '08:30-12:00,14:00-17:30');
    assert.equal(value('Lundi 14h 17h. Mardi 9h 12h'), 'Mo 14:00-17:00; Tu 09:00-12:00');
    assert.equal(value('Lundi 8h 12h - 14h 18h - 19h 20h'), 'Mo 08:00-12:00,14:00-18:00,19:00-20:00');
    assert.equal(value('lundi 9 h 12 h'), 'Mo 09:00-12:00');
    assert.equal(value('8h30 12h et 14h 17h30'), '08:30-12:00,14:00-17:30');
    // An odd run, a time earlier than the one before, a dash inside a pair, four times with no dash (visits?).
    refused('Samedi 9h 12h 14h');
    refused('Jeudi 9h 12h - 14h');
    refused('Lundi 14h 12h');
    refused('Lundi 22h 2h');
    refused('Mardi 9h 14h18h');
    refused('lundi 9h-12h 14h 18h');
    refused('Visites guidées : 10h 11h 14h 15h');
    // After a word that makes a time a moment, or before "jusqu'à".
    refused('à 10h 14h');
    refused('dès 9h 12h');
    refused('Lundi de 8h 12h');
    refused("lundi 9h 12h jusqu'à 14h");
  });

  it('asks for a review of a range read without its connector', () => {
    for (const input of ['Jeudi 15h18h', 'Lundi 14h 17h']) {
      const result = parseOpeningHoursFr(input);
      assert.ok(result.ok && result.confidence === 'review', `${input}: ${JSON.stringify(result)}`);
    }
  });

  it('reads hours written "8:" only as both ends of a range', () => {
    assert.equal(value('8:-11:/13:-17:'), '08:00-11:00,13:00-17:00');
    assert.equal(value('Lundi 8:-12:'), 'Mo 08:00-12:00');
    refused('Lundi 8:');
    refused('8:-11: 13:-17:');
  });

  it('reads a night from the evening until 08:00, not a range from the afternoon into the morning', () => {
    assert.equal(value('19 h - 7 h'), '19:00-07:00');
    assert.equal(value('de 22h à 6h'), '22:00-06:00');
    assert.equal(value('du lundi au vendredi de 20h à 8h'), 'Mo-Fr 20:00-08:00');
    refused('de 14h à 8h');
    refused('de 19h à 9h');
    refused('de 18h à 13h');
  });
});

describe('parseOpeningHoursFr — nights past midnight before other days', () => {
  it('writes the rule for the day after a night range as an additional rule, so the night is kept', () => {
    assert.equal(
      value('Ouvert du lundi au jeudi de 9h à 1h, les vendredi et samedi de 9h à 3h, le dimanche de 14h à minuit.'),
      'Mo-Th 09:00-01:00, Fr,Sa 09:00-03:00, Su 14:00-24:00',
    );
    assert.equal(value('du lundi au vendredi de 19h à 7h, samedi de 9h à 12h'), 'Mo-Fr 19:00-07:00, Sa 09:00-12:00');
    assert.equal(value('lundi 22h-2h, mardi 9h-12h et 20h-1h, mercredi 10h-12h'), 'Mo 22:00-02:00, Tu 09:00-12:00,20:00-01:00, We 10:00-12:00');
    // A rule with no night before it stays a normal rule.
    assert.equal(value('mardi de 22h à 2h, lundi et mercredi de 9h à 12h'), 'Mo,We 09:00-12:00; Tu 22:00-02:00');
  });

  it('refuses when a later rule would replace the day after a night (a part of the year, public holidays)', () => {
    refused('du lundi au vendredi de 19h à 7h, samedi de 9h à 12h, fermé les jours fériés');
    refused('le samedi de 20h à 2h, le dimanche de 10h à 12h, en juillet le dimanche de 15h à 18h');
  });
});

describe('parseOpeningHoursFr — footnotes marked by asterisks', () => {
  it('reads a note after the hours for the day marked with the same stars', () => {
    assert.equal(
      value('Horaires CDAS : Lundi, Mardi*, Mercredi, Jeudi, Vendredi** : 8h30-12h30 er 13h30-17h30 *Fermé le mardi matin **Fermeture à 17h le vendredi'),
      'Mo,We,Th 08:30-12:30,13:30-17:30; Tu 13:30-17:30; Fr 08:30-12:30,13:30-17:00',
    );
    assert.equal(value('Horaires : Lundi, Mardi, Mercredi, Jeudi*, Vendredi : 8h30 - 17h. *sauf le 1er jeudi de chaque mois 8h30 - 12h30.'), 'Mo-Fr 08:30-17:00; Th[1] 08:30-12:30');
    assert.equal(value('Lundi, Mardi* : 9h-12h et 14h-17h\n* fermé le mardi matin'), 'Mo 09:00-12:00,14:00-17:00; Tu 14:00-17:00');
    assert.equal(value('Lundi, Mardi* : 9h-17h *le mardi de 9h à 12h'), 'Mo 09:00-17:00; Tu 09:00-12:00');
    // "sauf" without hours after the days closes them; with hours, they are the days' hours instead.
    assert.equal(value('Lundi, Mardi* : 9h-17h *sauf le mardi en août'), 'Mo,Tu 09:00-17:00; Aug Tu off');
    assert.equal(value('Lundi, Mardi* : 9h-17h *sauf le mardi de juillet 9h-12h'), 'Mo,Tu 09:00-17:00; Jul Tu 09:00-12:00');
  });

  it('refuses marks and notes that do not match one to one, or a note that is not about its day', () => {
    refused('Lundi*, Mardi : 9h-12h');
    refused('Lundi*, Mardi : 9h-12h *fermé le matin');
    refused('Lundi*, Mardi : 9h-12h *fermé le mardi matin');
    refused('Lundi*, Mardi* : 9h-12h *fermé le lundi matin');
    refused('Lundi, Mardi** : 9h-17h *fermé le mardi matin');
    refused('Lundi, Mardi* *fermé le mardi matin : 9h-17h');
    refused('Lundi, Mardi* : 9h-12h et 14h-17h *fermé les mardis et jeudis matin');
    // A note closing the whole day the list opens contradicts it.
    refused('Lundi, Mardi* : 9h-17h *fermé le mardi');
    refused('Lundi, Mardi* : 9h-17h *pas le mardi matin');
  });

  it('reads "du matin" after a range\'s end as the small hours it says', () => {
    means('ouvert tous les jours de 11 heures à 3 heures du matin', 'Mo-Su 11:00-03:00');
    means('Ouvert tous les jours de 17 heures à 4h du matin.', 'Mo-Su 17:00-04:00');
    means('de 9h à 11h du matin et de 14h à 18h', '09:00-11:00,14:00-18:00');
    // Without it, a morning start to 4h or later may be a 12-hour clock's afternoon.
    refused('ouvert tous les jours de 11 heures à 5 heures');
  });

  it('refuses ranges of one rule that overlap, a night range included (one is a slip)', () => {
    refused('12h-5h / 19h-23h');
    means('de 12h à 14h et de 19h à 2h', '12:00-14:00,19:00-02:00');
    means('Tous les jours de 6h à 12h et de 0h à 2h', 'Mo-Su 00:00-02:00,06:00-12:00');
  });

  it('reads a day\'s one range moved, mostly the same hours, as replacing the others (a night range too)', () => {
    means('Tous les jours de 7h à minuit, 8h-1h le samedi, 9h-22h le dimanche', 'Mo-Fr 07:00-24:00; Sa 08:00-01:00, Su 09:00-22:00');
    means('du lundi au vendredi 9h-18h, le mercredi 10h-19h', 'Mo,Tu,Th,Fr 09:00-18:00; We 10:00-19:00');
    // (Friday's night still runs into Saturday: the rule for Saturday is an additional one.)
    means('Tous les jours de 18h à 2h, le samedi de 18h à 4h', 'Mo-Fr,Su 18:00-02:00, Sa 18:00-04:00');
    // Little in common: an evening added, or hours moved? Refused.
    refused('Du lundi au vendredi de 9h à 17h, le vendredi de 14h à 20h');
    refused('du lundi au vendredi 9h-12h, le mercredi 11h-16h');
  });

  it('reads a bar between two clock times as a range ("8h30 | 12h"), for review', () => {
    assert.equal(value('lundi et vendredi :\n8h30 | 12 h et de 13h30 | 17h\nmardi : 8h30 | 12h'), 'Mo,Fr 08:30-12:00,13:30-17:00; Tu 08:30-12:00');
    assert.equal(parseOpeningHoursFr('Lundi 9h | 12h').ok && (parseOpeningHoursFr('Lundi 9h | 12h') as { confidence: string }).confidence, 'review');
    // Between ranges it separates them.
    means('Lundi | 9h-12h | 14h-18h', 'Mo 09:00-12:00,14:00-18:00');
  });

  it('reads "pause déjeuner de 12h à 14h" and "avec fermeture de 12h à 14h" as a break', () => {
    means('Lundi au vendredi 9h-17h, pause déjeuner de 12h à 14h', 'Mo-Fr 09:00-12:00,14:00-17:00');
    means('Lundi au vendredi de 9h à 17h avec fermeture de 12h à 14h', 'Mo-Fr 09:00-12:00,14:00-17:00');
    means('Lundi au vendredi de 9h à 17h (pause méridienne de 12h à 13h30)', 'Mo-Fr 09:00-12:00,13:30-17:00');
    refused('Pause déjeuner de 12h à 14h');
  });

  it('moves a day\'s end to a lone time a little after it, or its start a little before ("(17h30 le lundi)")', () => {
    means('Lundi au vendredi 9h-12h / 14h-17h (17h30 le lundi)', 'Mo 09:00-12:00,14:00-17:30; Tu-Fr 09:00-12:00,14:00-17:00');
    means('Du lundi au samedi de 9h à 12h (8h le samedi)', 'Mo-Fr 09:00-12:00; Sa 08:00-12:00');
    means('Du lundi au vendredi 9h-17h (19h le jeudi)', 'Mo-We,Fr 09:00-17:00; Th 09:00-19:00');
    // Far from the day's hours it is not their end.
    refused('Du lundi au vendredi de 9h à 12h (18h le vendredi)');
  });

  it('reads HTML entities, "et demie" / "et quart", and a line wrapped after a preposition', () => {
    means('Du lundi au vendredi&nbsp;: 9h - 12h', 'Mo-Fr 09:00-12:00');
    means('Lundi &amp; mardi : 9h-12h', 'Mo,Tu 09:00-12:00');
    means('Lundi au vendredi de 9h à 12h et demie', 'Mo-Fr 09:00-12:30');
    means('de 8 heures et quart à 12 heures', '08:15-12:00');
    means('Du lundi au\nvendredi de 9h à 17h', 'Mo-Fr 09:00-17:00');
    means('Disponible 7j/7 24h/24', '24/7');
    refused('Mardi &xyz; 9h-12h');
  });

  it('reads "Ouverture 9h - Fermeture 18h" (the times right after the words), "(samedi matin uniquement)"', () => {
    means('Ouverture 9h - Fermeture 18h du lundi au samedi', 'Mo-Sa 09:00-18:00');
    means('Lundi au samedi 9h-12h 14h-18h (samedi matin uniquement)', 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00');
    // Hours with no days of their own are that day's.
    means('Permanence 9h-12h (samedi matin uniquement)', 'Sa 09:00-12:00');
    // One range across noon is not cut.
    refused('Du lundi au samedi de 9h à 18h (samedi matin uniquement)');
    refused('Ouverture 9h');
  });

  it('refuses days or dates said open after hours or a closing ("…, ouvert les jours fériés"): added or the only ones?', () => {
    // A first reading (those hours on holidays) took the hours of whichever rule was nearest (probing round 7).
    refused('Lundi au vendredi 9h-18h, ouvert les jours fériés');
    refused('Lundi au vendredi 9h-18h, ouvert les jours fériés, samedi 9h-12h');
    refused('9h-18h, ouvert les jours fériés');
    refused('Du mardi au samedi 9h-18h, fermé le lundi, ouvert les jours fériés');
    refused('Mardi-dimanche 9h-18h, ouvert le 1er mai, fermé le 25 décembre');
    refused('9h-18h (ouvert les jours fériés)');
    refused('Ouverture 9h - Fermeture 18h, ouvert les jours fériés');
    refused('Ouverture 9h - Fermeture 19h, dimanche compris');
    refused('9h-19h, ouvert pendant les vacances scolaires');
    // Opening the text, the holidays are the days open; in brackets it is said of the text.
    means('Ouvert les jours fériés de 10h à 12h', 'PH 10:00-12:00');
    means('Ouvert du mardi au samedi de 10h à 12h et de 13h à 18h, dimanche de 14h à 18h (ouvert du 26 avril à fin septembre)', 'Apr 26-Sep 30 Tu-Sa 10:00-12:00,13:00-18:00; Apr 26-Sep 30 Su 14:00-18:00');
  });

  it('reads "à partir de 9h jusqu\'à 17h" as a range', () => {
    means('Du lundi au vendredi à partir de 9h jusqu\'à 17h', 'Mo-Fr 09:00-17:00');
    refused('Du lundi au vendredi à partir de 9h');
  });

  it('reads "9:30h", the hour sign after colon minutes', () => {
    means('Lundi au vendredi 9:30h-12:30h', 'Mo-Fr 09:30-12:30');
  });

  it('reads a time "jusqu\'au coucher du soleil"', () => {
    means('Le jardin est ouvert de 9 h jusqu\'au coucher du soleil.', '09:00-sunset');
    means('de 9h au coucher du soleil', '09:00-sunset');
    means('du lever du soleil jusqu\'au coucher du soleil', 'sunrise-sunset');
  });

  it('reads "er" between two times as "et" mistyped, nowhere else', () => {
    assert.equal(value('lundi 8h30-12h30 er 13h30-17h30'), 'Mo 08:30-12:30,13:30-17:30');
    refused('lundi er mardi 8h30-12h30');
  });

  it('reads arrows as a range\'s dash, "9h.30", "9hrs", "sans interuption", lunch said open, "toute la journée" with hours', () => {
    means('Mardi -> Samedi 10h-19h', 'Tu-Sa 10:00-19:00');
    means('Lu→Ve 8h-17h', 'Mo-Fr 08:00-17:00');
    means('Lundi au vendredi : 8h30 -> 12h', 'Mo-Fr 08:30-12:00');
    means('Lundi au vendredi 9h.30-12h.30', 'Mo-Fr 09:30-12:30');
    means('Lundi au vendredi 9hrs-17hrs', 'Mo-Fr 09:00-17:00');
    means('lundi au samedi 8h30 à 19h30 sans interuption', 'Mo-Sa 08:30-19:30');
    means('Lundi au vendredi 9h-17h sans interruption le midi', 'Mo-Fr 09:00-17:00');
    means('Lundi au vendredi 9h-17h, ouvert entre midi et deux', 'Mo-Fr 09:00-17:00');
    means('Le mercredi toute la journée de 7h30 à 18h30', 'We 07:30-18:30');
    // "19h. 24 décembre": a sentence's end, not 19:24.
    assert.notEqual(value('Tous les jours 10h-19h. 24 et 31 décembre : 10h-16h'), 'Mo-Su 10:00-19:24; Dec 31 10:00-16:00');
    refused('Lundi 9h-12h, mercredi toute la journée');
    refused('Lundi au vendredi 9h-12h / 14h-17h sans interruption le midi');
  });

  it('skips the last admission given as a delay before closing ("dernière entrée 30 min avant la fermeture")', () => {
    means('Lundi au samedi 9h-12h et 14h-18h, dernière entrée 30 min avant la fermeture', 'Mo-Sa 09:00-12:00,14:00-18:00');
    means('Tous les jours 10h-18h (dernière entrée 1h avant la fermeture)', 'Mo-Su 10:00-18:00');
    means('Tous les jours 10h-18h, dernier accès une demi-heure avant la fermeture', 'Mo-Su 10:00-18:00');
  });

  it('reads plain English hours, for review ("Mon-Fri 9am-5pm", "Daily 10am-6pm, closed on Mondays")', () => {
    const english = (text: string, expected: string) => {
      const result = parseOpeningHoursFr(text);
      assert.ok(result.ok && result.confidence === 'review', `${text} → ${JSON.stringify(result)}`);
      assert.ok(result.ok && sameOpeningHours(result.value, expected), `${text} → ${JSON.stringify(result)}, expected ${expected}`);
    };
    english('Mon-Fri 9am-5pm', 'Mo-Fr 09:00-17:00');
    english('Tuesday-Friday 10am-12:30pm, 2:30pm-7pm; Saturday 9:30am-7pm', 'Tu-Fr 10:00-12:30,14:30-19:00; Sa 09:30-19:00');
    english('Open daily 10am-6pm, closed on Mondays', 'Tu-Su 10:00-18:00');
    english('Mon-Sat 9am-7pm, closed on Sundays', 'Mo-Sa 09:00-19:00');
    english('Tues to Sat 10am to 6pm', 'Tu-Sa 10:00-18:00');
    english('Open daily 9am-6pm except public holidays', 'Mo-Su 09:00-18:00; PH off');
    english('Lundi au vendredi 9:00 AM - 5:00 PM', 'Mo-Fr 09:00-17:00');
    english('Open 7 days a week 8am-8pm', 'Mo-Su 08:00-20:00');
    // "12am" is midnight or noon; seasons, appointments and the rest are not read.
    refused('Daily 12am-6pm');
    refused('High season: daily 9am-8pm');
    refused('Mon-Fri 9am-5pm, by appointment');
    refused('Summer only (June to September), daily 10am-6pm');
    // French words are not read as English ("mon" is "my" alone).
    refused('mon magasin 9h-12h');
  });
  it('reads "fermé entre midi et deux" as the lunch break', () => {
    assert.equal(reviewed('Lundi au vendredi 9h-17h, fermé entre midi et deux'), 'Mo-Fr 09:00-12:00,14:00-17:00');
    assert.equal(reviewed('Du lundi au samedi de 8h à 19h (fermé entre midi et deux)'), 'Mo-Sa 08:00-12:00,14:00-19:00');
  });
});
