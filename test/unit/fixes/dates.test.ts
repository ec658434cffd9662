// Unit tests of the French date reader and writer (parseDateFr): forms, month words, times, zones, targets.
import { strict as assert } from 'node:assert';
import { parseDateFr, type DateTarget } from '../../../server/src/engine/fixes/dates';

const date: DateTarget = { type: 'date' };
const datetime: DateTarget = { type: 'datetime' };

function value(input: string, target: DateTarget = date): string {
  const result = parseDateFr(input, target);
  assert.ok(result.ok, `${input}: ${JSON.stringify(result)}`);
  return result.value;
}

function failure(input: string, target: DateTarget = date): string {
  const result = parseDateFr(input, target);
  assert.ok(!result.ok, `${input} should not be fixed, got ${JSON.stringify(result)}`);
  return result.variant ? `${result.reason}.${result.variant}` : result.reason;
}

describe('parseDateFr — numeric dates', () => {
  it('reads dd/mm/yyyy with any of / . - or space, and single digits', () => {
    for (const input of ['25/12/2021', '25.12.2021', '25-12-2021', '25 12 2021', '25 / 12 / 2021']) assert.equal(value(input), '2021-12-25');
    assert.equal(value('5/1/2021'), '2021-01-05');
  });

  it('reads year-first dates (yyyy/mm/dd, yyyy.mm.dd, ISO with one-digit parts)', () => {
    assert.equal(value('2021/12/25'), '2021-12-25');
    assert.equal(value('2021.12.25'), '2021-12-25');
    assert.equal(value('2021-3-5'), '2021-03-05');
  });

  it('applies Excel’s two-digit-year rule: 00–29 → 20xx, 30–99 → 19xx', () => {
    assert.equal(value('25/12/00'), '2000-12-25');
    assert.equal(value('25/12/29'), '2029-12-25');
    assert.equal(value('25/12/30'), '1930-12-25');
    assert.equal(value('25/12/99'), '1999-12-25');
    const result = parseDateFr('25/12/89', date);
    assert.ok(result.ok && result.notes.includes('two-digit-year'));
  });

  it('reads compact yyyymmdd and ddmmyyyy', () => {
    assert.equal(value('20211225'), '2021-12-25');
    assert.equal(value('25122021'), '2021-12-25');
  });

  it('takes the only valid reading when one part is above 12', () => {
    const dayFirst = parseDateFr('25/12/2021', date);
    assert.deepEqual(dayFirst, { ok: true, value: '2021-12-25', ambiguous: false, order: 'dd/mm', notes: [] });
    const monthFirst = parseDateFr('12/25/2021', date);
    assert.ok(monthFirst.ok && monthFirst.value === '2021-12-25' && !monthFirst.ambiguous && monthFirst.order === 'mm/dd');
  });

  it('reads both-≤12 dates day first, flagged ambiguous with the month-first reading as alternative', () => {
    const result = parseDateFr('03/04/2021', date);
    assert.deepEqual(result, { ok: true, value: '2021-04-03', ambiguous: true, alternatives: ['2021-03-04'], order: 'dd/mm', notes: [] });
  });

  it('does not flag a date whose day equals its month', () => {
    const result = parseDateFr('07/07/2021', date);
    assert.ok(result.ok && result.value === '2021-07-07' && !result.ambiguous && result.alternatives === undefined);
  });

  it('refuses impossible dates with reason impossible', () => {
    for (const input of ['31/04/2022', '29/02/2021', '30/02/2024', '13/13/2022', '00/01/2022', '32/01/2022', '2022-02-30', '31 avril 2022', '2022-13-01']) {
      assert.match(failure(input), /^impossible/, input);
    }
    assert.equal(value('29/02/2024'), '2024-02-29');
    assert.equal(value('29/02/2000'), '2000-02-29');
    assert.match(failure('29/02/1900'), /^impossible/);
  });

  it('refuses implausible years and unrecognized text', () => {
    assert.equal(failure('01/01/0999'), 'implausible-year');
    assert.equal(failure('12 mars 2022 environ'), 'unrecognized');
    assert.equal(failure('bientôt'), 'unrecognized');
    assert.equal(failure(''), 'empty');
    assert.equal(failure('   '), 'empty');
  });
});

describe('parseDateFr — month names', () => {
  it('reads French month names with or without accents, capitals and abbreviation dots', () => {
    const cases: [string, string][] = [
      ['3 janvier 2021', '2021-01-03'], ['3 janv. 2021', '2021-01-03'], ['3 JANV 2021', '2021-01-03'],
      ['3 février 2021', '2021-02-03'], ['3 fevrier 2021', '2021-02-03'], ['3 févr. 2021', '2021-02-03'], ['3 fev 2021', '2021-02-03'],
      ['3 mars 2021', '2021-03-03'], ['3 avril 2021', '2021-04-03'], ['3 avr. 2021', '2021-04-03'], ['3 mai 2021', '2021-05-03'],
      ['3 juin 2021', '2021-06-03'], ['3 juillet 2021', '2021-07-03'], ['3 juil. 2021', '2021-07-03'], ['3 août 2021', '2021-08-03'],
      ['3 aout 2021', '2021-08-03'], ['3 septembre 2021', '2021-09-03'], ['3 sept. 2021', '2021-09-03'], ['3 oct. 2021', '2021-10-03'],
      ['3 novembre 2021', '2021-11-03'], ['3 déc. 2021', '2021-12-03'], ['3 Décembre 2021', '2021-12-03'],
    ];
    for (const [input, expected] of cases) assert.equal(value(input), expected, input);
  });

  it('reads "1er", the superscript "1ᵉʳ", a leading weekday and "le"', () => {
    assert.equal(value('1er mars 2022'), '2022-03-01');
    assert.equal(value('1ᵉʳ mars 2022'), '2022-03-01');
    assert.equal(value('mardi 1er mars 2022'), '2022-03-01');
    assert.equal(value('le 1er mars 2022'), '2022-03-01');
    assert.equal(value('mar. 1 mars 2022'), '2022-03-01');
  });

  it('reads Excel’s dd-mmm-yy display and English month-first dates', () => {
    assert.equal(value('05-janv.-21'), '2021-01-05');
    assert.equal(value('March 5, 2021'), '2021-03-05');
  });

  it('notes a weekday that does not match the date, but still reads the date', () => {
    const result = parseDateFr('lundi 12 mars 2022', date); // 12 March 2022 was a Saturday
    assert.ok(result.ok && result.value === '2022-03-12' && result.notes.includes('weekday-mismatch'));
    const right = parseDateFr('samedi 12 mars 2022', date);
    assert.ok(right.ok && !right.notes.includes('weekday-mismatch'));
  });

  it('needs a year', () => {
    assert.equal(failure('12 mars'), 'incomplete.no-year');
    assert.equal(failure('12/03'), 'unrecognized');
  });
});

describe('parseDateFr — partial dates and targets', () => {
  it('writes yearmonth from "mars 2022", "03/2022", "2022/03", "mars-22"', () => {
    const ym: DateTarget = { type: 'yearmonth' };
    for (const input of ['mars 2022', 'Mars 2022', 'mars-22', '03/2022', '3/2022', '2022/03', '2022-03']) assert.equal(value(input, ym), '2022-03', input);
  });

  it('writes year from "2019", "Année 2019" and reduces a full date to its year with a note', () => {
    const year: DateTarget = { type: 'year' };
    assert.equal(value('2019', year), '2019');
    assert.equal(value('Année 2019', year), '2019');
    const reduced = parseDateFr('14/07/2019', year);
    assert.ok(reduced.ok && reduced.value === '2019' && reduced.notes.includes('precision-reduced'));
  });

  it('does not invent a day or a month', () => {
    assert.equal(failure('mars 2022'), 'incomplete.no-day');
    assert.equal(failure('2022', { type: 'yearmonth' }), 'incomplete.no-month');
  });

  it('writes strptime patterns, including %Y used as a year-only date format', () => {
    assert.equal(value('25/12/2021', { type: 'date', format: '%d/%m/%Y' }), '25/12/2021');
    assert.equal(value('25 déc. 2021', { type: 'date', format: '%Y-%m-%d' }), '2021-12-25');
    assert.equal(value('25 déc. 2021', { type: 'date', format: '%Y' }), '2021');
    assert.equal(value('25/12/2021', { type: 'date', format: '%d %B %Y' }), '25 December 2021');
    assert.equal(value('25/12/2021', { type: 'date', format: '%a %d %b %y (%j)' }), 'Sat 25 Dec 21 (359)');
    assert.equal(value('25/12/2021 18:05:09', { type: 'datetime', format: '%d/%m/%Y %I:%M:%S %p' }), '25/12/2021 06:05:09 PM');
    assert.equal(failure('25/12/2021', { type: 'date', format: '%Q' }), 'unsupported-format.%Q');
    assert.equal(failure('mars 2022', { type: 'date', format: '%d/%m/%Y' }), 'incomplete.no-day');
  });

  it("treats format 'any' and 'default' as ISO output", () => {
    assert.equal(value('25/12/2021', { type: 'date', format: 'any' }), '2021-12-25');
    assert.equal(value('25/12/2021', { type: 'date', format: 'default' }), '2021-12-25');
  });
});

describe('parseDateFr — datetimes and time zones', () => {
  it('reads times as 14:30, 14:30:15, 14h30, 14h, 14 h 30, 14h30min, with "à", "T" or a comma', () => {
    const cases: [string, string][] = [
      ['25/12/2021 14:30', '2021-12-25T14:30:00'], ['25/12/2021 14:30:15', '2021-12-25T14:30:15'], ['25/12/2021 14h30', '2021-12-25T14:30:00'],
      ['25/12/2021 14h', '2021-12-25T14:00:00'], ['25/12/2021 à 14 h 30', '2021-12-25T14:30:00'], ['25/12/2021 14h30min', '2021-12-25T14:30:00'],
      ['25/12/2021, 9:05', '2021-12-25T09:05:00'], ['2021-12-25T14:30', '2021-12-25T14:30:00'], ['25 déc. 2021 14:30', '2021-12-25T14:30:00'],
      ['25/12/2021 2:30 pm', '2021-12-25T14:30:00'], ['25/12/2021 12:10 am', '2021-12-25T00:10:00'], ['20211225T143000', '2021-12-25T14:30:00'],
      ['2021-12-25 14:30:15.250', '2021-12-25T14:30:15.250'],
    ];
    for (const [input, expected] of cases) assert.equal(value(input, datetime), expected, input);
  });

  it('refuses times that do not exist', () => {
    assert.equal(failure('25/12/2021 24:30', datetime), 'impossible.time');
    assert.equal(failure('25/12/2021 14:60', datetime), 'impossible.time');
    assert.equal(failure('25/12/2021 13:00 pm', datetime), 'unrecognized');
  });

  it('keeps UTC as Z and explicit offsets as ±hh:mm', () => {
    assert.equal(value('2021-12-25T14:30:00Z', datetime), '2021-12-25T14:30:00Z');
    assert.equal(value('2021-12-25 14:30 UTC', datetime), '2021-12-25T14:30:00Z');
    assert.equal(value('2021-12-25T14:30:00+00:00', datetime), '2021-12-25T14:30:00Z');
    assert.equal(value('2021-12-25T14:30:00+01:00', datetime), '2021-12-25T14:30:00+01:00');
    assert.equal(value('2021-12-25T14:30:00+0100', datetime), '2021-12-25T14:30:00+01:00');
    assert.equal(value('2021-12-25T14:30:00-03:30', datetime), '2021-12-25T14:30:00-03:30');
    assert.equal(value('25/12/2021 14:30 CET', datetime), '2021-12-25T14:30:00+01:00');
  });

  it('turns "heure de Paris" into the offset in force: +01:00 in winter, +02:00 in summer', () => {
    assert.equal(value('25/12/2021 14:30 heure de Paris', datetime), '2021-12-25T14:30:00+01:00');
    assert.equal(value('14/07/2021 14:30 (heure de Paris)', datetime), '2021-07-14T14:30:00+02:00');
    assert.equal(value('14/07/1990 14:30 heure de Paris', datetime), '1990-07-14T14:30:00+02:00');
    assert.equal(value('14/07/1970 14:30 heure de Paris', datetime), '1970-07-14T14:30:00+01:00'); // no summer time 1946–1975
    // 1990: summer time ended on the last Sunday of September, not October.
    assert.equal(value('2021-10-15 12:00 heure de Paris', datetime), '2021-10-15T12:00:00+02:00');
    assert.equal(value('1990-10-15 12:00 heure de Paris', datetime), '1990-10-15T12:00:00+01:00');
  });

  it('refuses the skipped spring hour and offers both readings of the repeated autumn hour', () => {
    assert.equal(failure('2022-03-27 02:30 heure de Paris', datetime), 'impossible.skipped-hour');
    const autumn = parseDateFr('2022-10-30 02:30 heure de Paris', datetime);
    assert.deepEqual(autumn, { ok: true, value: '2022-10-30T02:30:00+02:00', ambiguous: true, alternatives: ['2022-10-30T02:30:00+01:00'], notes: [] });
    assert.equal(failure('1930-01-01 12:00 heure de Paris', datetime), 'unknown-offset');
  });

  it('converts to UTC when the pattern ends with a literal Z, assuming Paris time (flagged) when no zone is given', () => {
    const utcPattern: DateTarget = { type: 'datetime', format: '%Y-%m-%dT%H:%M:%SZ' };
    assert.equal(value('2021-12-25T00:30:00+01:00', utcPattern), '2021-12-24T23:30:00Z');
    const assumed = parseDateFr('2021-07-14 14:30', utcPattern);
    assert.ok(assumed.ok);
    assert.equal(assumed.value, '2021-07-14T12:30:00Z');
    assert.ok(assumed.ambiguous && assumed.alternatives?.includes('2021-07-14T14:30:00Z'));
    assert.ok(assumed.notes.includes('zone-assumed-paris'));
  });

  it('writes %z as ±hhmm', () => {
    assert.equal(value('2021-12-25T14:30:00+01:00', { type: 'datetime', format: '%Y-%m-%d %H:%M:%S%z' }), '2021-12-25 14:30:00+0100');
  });

  it('drops the time for a date target and adds midnight for a datetime target, with notes', () => {
    const dropped = parseDateFr('25/12/2021 14:30', date);
    assert.ok(dropped.ok && dropped.value === '2021-12-25' && dropped.notes.includes('time-dropped'));
    const midnight = parseDateFr('25/12/2021 00:00', date);
    assert.ok(midnight.ok && !midnight.notes.includes('time-dropped'));
    const added = parseDateFr('25/12/2021', datetime);
    assert.ok(added.ok && added.value === '2021-12-25T00:00:00' && added.notes.includes('time-added'));
  });

  it('says so when the target has no place for the seconds (or their fraction) the value has', () => {
    const minutes: DateTarget = { type: 'datetime', format: '%Y-%m-%d %H:%M' };
    const cut = parseDateFr('15/03/2024 10:30:45', minutes);
    assert.ok(cut.ok && cut.value === '2024-03-15 10:30' && cut.notes.includes('precision-reduced'), JSON.stringify(cut));
    const whole = parseDateFr('15/03/2024 10:30:00', minutes);
    assert.ok(whole.ok && whole.value === '2024-03-15 10:30' && whole.notes.length === 0, JSON.stringify(whole));
    const fraction = parseDateFr('2024-03-15T10:30:45.250', { type: 'datetime', format: '%Y-%m-%dT%H:%M:%S' });
    assert.ok(fraction.ok && fraction.value === '2024-03-15T10:30:45' && fraction.notes.includes('precision-reduced'), JSON.stringify(fraction));
    const kept = parseDateFr('2024-03-15T10:30:45.250', datetime);
    assert.ok(kept.ok && kept.value === '2024-03-15T10:30:45.250' && kept.notes.length === 0, JSON.stringify(kept));
  });
});
