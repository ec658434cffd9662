// Property tests of the opening-hours converter: random week schedules written in French in many ways are read
// back to the same meaning; any text with an unknown word is refused; whatever the input, it never throws and
// never offers a value the opening_hours library warns about.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { openingHoursProblem, parseOpeningHoursFr, sameOpeningHours } from '../../../server/src/engine/fixes/openingHours';
import { openingHoursProse } from '../../../server/src/engine/values/openingHoursProse';
import { propertyRuns } from '../../support/properties';

const RUNS = 300;
const FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const FR_ABBR = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

interface Range {
  start: number; // minutes
  end: number;
}
interface Group {
  days: number[];
  ranges: Range[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const osmTime = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** How a time is written: "9h", "9h30", "09:30", "9 h 30", "09h00". */
function frTime(m: number, style: number): string {
  const h = Math.floor(m / 60);
  const min = m % 60;
  switch (style) {
    case 0:
      return min === 0 ? `${h}h` : `${h}h${pad(min)}`;
    case 1:
      return `${pad(h)}:${pad(min)}`;
    case 2:
      return min === 0 ? `${h} h` : `${h} h ${pad(min)}`;
    default:
      return `${pad(h)}h${pad(min)}`;
  }
}

function frRange(r: Range, rangeStyle: number, timeStyle: number): string {
  const a = frTime(r.start, timeStyle);
  const b = frTime(r.end, timeStyle);
  return [`${a}-${b}`, `de ${a} à ${b}`, `${a} - ${b}`, `${a}/${b}`, `entre ${a} et ${b}`][rangeStyle];
}

function frDays(days: number[], style: number): string {
  const contiguous = days.length >= 2 && days.every((d, k) => k === 0 || d === days[k - 1] + 1);
  if (contiguous && days.length >= 2) {
    const [a, b] = [days[0], days[days.length - 1]];
    return [`du ${FR_DAYS[a]} au ${FR_DAYS[b]}`, `${FR_DAYS[a]}-${FR_DAYS[b]}`, `${FR_ABBR[a]}-${FR_ABBR[b]}`, `${FR_DAYS[a]} au ${FR_DAYS[b]}`][style % 4];
  }
  const names = days.map((d) => (style % 2 === 0 ? FR_DAYS[d] : `le ${FR_DAYS[d]}`));
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

const rangesArb: fc.Arbitrary<Range[]> = fc
  .record({
    morning: fc.option(fc.record({ start: fc.integer({ min: 14, max: 20 }), end: fc.integer({ min: 22, max: 25 }) })),
    afternoon: fc.option(fc.record({ start: fc.integer({ min: 26, max: 30 }), end: fc.integer({ min: 32, max: 40 }) })),
  })
  .filter((r) => r.morning !== null || r.afternoon !== null)
  // Half hours: 14 → 07:00 … 40 → 20:00.
  .map((r) => [r.morning, r.afternoon].filter((x) => x !== null).map((x) => ({ start: x.start * 30, end: x.end * 30 })));

/** 1 to 3 groups of days, disjoint, each a run of days or a list. */
const scheduleArb: fc.Arbitrary<Group[]> = fc
  .tuple(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 3 }), fc.array(rangesArb, { minLength: 3, maxLength: 3 }))
  .map(([days, groupCount, ranges]) => {
    const sorted = [...days].sort((a, b) => a - b);
    const groups: Group[] = [];
    const size = Math.ceil(sorted.length / groupCount);
    for (let k = 0; k < sorted.length; k += size) {
      const slice = sorted.slice(k, k + size);
      groups.push({ days: slice, ranges: ranges[groups.length] });
    }
    return groups;
  });

interface Style {
  days: number;
  range: number;
  time: number;
  rangeJoin: string;
  ruleJoin: string;
  colon: boolean;
  upper: boolean;
  /** "de 9h à 12h du lundi au vendredi" rather than "du lundi au vendredi de 9h à 12h". */
  timesFirst: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  days: fc.integer({ min: 0, max: 3 }),
  range: fc.integer({ min: 0, max: 4 }),
  time: fc.integer({ min: 0, max: 3 }),
  rangeJoin: fc.constantFrom(' et ', ' / ', ', ', ' & ', ' '),
  ruleJoin: fc.constantFrom('\n', ' ; ', ', ', '. ', ' - '),
  colon: fc.boolean(),
  upper: fc.boolean(),
  timesFirst: fc.boolean(),
});

function writeFrench(groups: Group[], s: Style): string {
  const text = groups
    .map((g) => {
      const days = frDays(g.days, s.days);
      const times = g.ranges.map((r) => frRange(r, s.range, s.time)).join(s.rangeJoin);
      return s.timesFirst ? `${times} ${days}` : `${days}${s.colon ? ' :' : ''} ${times}`;
    })
    .join(s.ruleJoin);
  return s.upper ? text.toUpperCase() : text;
}

function writeOsm(groups: Group[]): string {
  return groups.map((g) => `${g.days.map((d) => OSM_DAYS[d]).join(',')} ${g.ranges.map((r) => `${osmTime(r.start)}-${osmTime(r.end)}`).join(',')}`).join('; ');
}

describe('parseOpeningHoursFr — properties', () => {
  it('reads back any week schedule written in French, with the same meaning', () => {
    fc.assert(
      fc.property(scheduleArb, styleArb, (groups, style) => {
        const text = writeFrench(groups, style);
        const result = parseOpeningHoursFr(text);
        assert.ok(result.ok, `${JSON.stringify(text)} → ${JSON.stringify(result)}`);
        assert.ok(sameOpeningHours(result.value, writeOsm(groups)), `${JSON.stringify(text)} → ${result.value}, expected ${writeOsm(groups)}`);
        assert.ok(openingHoursProse(result.value, 'fr') && openingHoursProse(result.value, 'en'), `no prose for ${result.value}`);
      }),
      propertyRuns(RUNS),
    );
  });

  it('refuses a schedule with a word that could change its meaning anywhere in it', () => {
    const meaningWord = fc.constantFrom('environ', 'parfois', 'sauf-exception', 'souvent', 'nocturne', 'anciennement', 'soit');
    fc.assert(
      fc.property(scheduleArb, styleArb, meaningWord, fc.nat(), (groups, style, word, at) => {
        const words = writeFrench(groups, style).split(' ');
        words.splice(at % (words.length + 1), 0, word);
        const result = parseOpeningHoursFr(words.join(' '));
        assert.ok(!result.ok && result.reason === 'unparsed-text', `${words.join(' ')} → ${JSON.stringify(result)}`);
      }),
      propertyRuns(RUNS),
    );
  });

  it('never lets a word it does not know change a schedule: refused, or the same schedule marked for review', () => {
    fc.assert(
      fc.property(scheduleArb, styleArb, fc.constantFrom('xyz', 'Dupont'), fc.nat(), (groups, style, word, at) => {
        const words = writeFrench(groups, style).split(' ');
        words.splice(at % (words.length + 1), 0, word);
        const text = words.join(' ');
        const result = parseOpeningHoursFr(text);
        if (!result.ok) return;
        assert.equal(result.confidence, 'review', `${text} → ${JSON.stringify(result)}`);
        assert.ok(sameOpeningHours(result.value, writeOsm(groups)), `${text} → ${result.value}, expected ${writeOsm(groups)}`);
      }),
      propertyRuns(RUNS),
    );
  });

  it('never throws, and every value it offers is accepted by opening_hours without warning and reads back in prose', () => {
    const vocabulary = fc.constantFrom(
      'lundi', 'mardi', 'samedi', 'dimanche', 'du', 'au', 'de', 'à', 'et', 'sauf', 'fermé', 'le', 'les', 'jours', 'fériés', 'tous',
      '9h', '12h', '14h30', '18h', '24h/24', '7j/7', 'midi', 'minuit', '-', '/', ',', ';', '.', ':', '(', ')', '\n', 'juillet', 'août',
      '1er', '15', 'matin', 'sur', 'rendez-vous', 'fermeture', 'ouverture', 'entre', 'jusqu\'à', 'week-end', 'été', 'L', 'V', '3e',
      // The forms of issue #19.
      'compris', 'y compris', 'vacances scolaires', 'pendant', 'hors', 'période scolaire', 'congés scolaires', 'dès', 'chaque', 'réservation',
      '17h', 'après-midi', 'jeudi', '|', 'Accueil', 'suivants', 'de mai à septembre',
    );
    fc.assert(
      fc.property(fc.array(vocabulary, { maxLength: 18 }), (words) => {
        const text = words.join(' ');
        const result = parseOpeningHoursFr(text);
        if (!result.ok) return;
        assert.equal(openingHoursProblem(result.value), undefined, `${JSON.stringify(text)} → ${result.value}`);
        assert.ok(openingHoursProse(result.value, 'fr') && openingHoursProse(result.value, 'en'), `${JSON.stringify(text)} → ${result.value}: no prose`);
      }),
      propertyRuns(2000),
    );
  });
});
