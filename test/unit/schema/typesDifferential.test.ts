// Differential test: our casts against the reference Frictionless JavaScript library `tableschema`
// (Field.castValue) on a few hundred generated values per type (600 drawn, at least 200 compared), valid and mutated.
//
// Where the two disagree on purpose, the value is left out by a named rule below. Our reference is the
// Table Schema spec as Validata applies it (frictionless-py: Python's int, Decimal, strptime); tableschema
// differs from it in these known ways:
// - integer: tableschema refuses `+3`, `007`, ` 7` (parseInt round trip); Python's int() accepts them.
// - number: tableschema deletes every space inside (`1 2` → 12) and accepts JavaScript's `0x1F`, `0b1`,
//   `Infinity`; we read the spec's lexical form (spaces only around the number). With a decimalChar other
//   than `.`, tableschema still takes `28.` or `.5`; frictionless-py refuses a point there, and so do we.
// - boolean: tableschema trims the value; the spec compares trueValues/falseValues exactly.
// - date/time patterns: moment's strict `DD`/`MM` need two digits; CPython's %d/%m read one or two.
// - datetime default: tableschema requires a final `Z`; the spec (and Validata) also take no zone or an
//   offset; years before 1000 and the year 0 are read differently by moment.
// - year: tableschema refuses a leading zero (`0999`); XML Schema's gYear, which the spec follows, allows it.
// - geopoint: tableschema keeps the first two of `1,2,3` (and of `[1,2,3]`), and reads coordinates with
//   JavaScript's Number() (`0x10`, empty strings); we require exactly two decimal numbers.
// - string uri: tableschema (validator.js) knows only http(s)/ftp schemes and checks host names (a TLD of
//   two letters or more, no label starting with `-`); RFC 3986, which Validata follows, does neither.
// - string uuid: tableschema wants the hyphenated form with a version (1–5) and variant (8, 9, a, b) digit;
//   Python's uuid.UUID (Validata) reads any 32 hex digits, with or without hyphens.
// Not compared: durations (moment.duration reads far more than ISO 8601 and refuses zero durations) and
// geojson (tableschema's bundled GeoJSON profile refuses every value: tv4 cannot resolve its remote
// $refs, so its `oneOf` matches several branches).
import * as assert from 'node:assert/strict';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import type { TableSchemaField } from '../../../server/src/engine/schema/tableSchema';

// tableschema has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Field } = require('tableschema') as { Field: new (descriptor: object) => { castValue(value: string): unknown } };

/** Mulberry32, seeded: the same values on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20240315);
const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A valid value with one random edit in two cases out of three: a character replaced, removed, doubled or inserted. */
function mutate(value: string, alphabet: string): string {
  if (random() < 0.34 || value.length === 0) return value;
  const at = int(0, value.length - 1);
  const char = alphabet[int(0, alphabet.length - 1)];
  switch (int(0, 3)) {
    case 0:
      return value.slice(0, at) + char + value.slice(at + 1);
    case 1:
      return value.slice(0, at) + value.slice(at + 1);
    case 2:
      return value.slice(0, at + 1) + value.slice(at);
    default:
      return value.slice(0, at) + char + value.slice(at);
  }
}

interface DifferentialCase {
  name: string;
  field: Omit<TableSchemaField, 'name'>;
  generate: () => string;
  alphabet: string;
  /** Known deliberate difference: returns a reason to leave the value out. */
  knownDifference?: (value: string) => boolean;
  /** Compares the cast values of a value both accept. */
  sameValue?: (ours: unknown, theirs: unknown) => boolean;
}

const sameNumber = (ours: unknown, theirs: unknown) => Object.is(ours, theirs) || (ours === 0 && theirs === 0);
const sameDay = (ours: unknown, theirs: unknown) => {
  const a = ours as Date;
  const b = theirs as Date;
  return a.getUTCFullYear() === b.getFullYear() && a.getUTCMonth() === b.getMonth() && a.getUTCDate() === b.getDate();
};
const randomDate = () => `${pad(int(1000, 2999), 4)}-${pad(int(1, 12), 2)}-${pad(int(1, 31), 2)}`;
const randomTime = () => `${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`;
const coordinate = (limit: number) => (random() * 2 * limit * 1.1 - limit * 1.1).toFixed(int(0, 6));

const cases: DifferentialCase[] = [
  {
    name: 'integer',
    field: { type: 'integer' },
    generate: () => String(int(-100000, 100000) * (random() < 0.1 ? 1e9 : 1)),
    alphabet: '0123456789-+. ,e',
    knownDifference: (value) => /^\s|\s$|^\+|^-?0\d/.test(value),
    sameValue: sameNumber,
  },
  {
    name: 'number',
    field: { type: 'number' },
    generate: () => pick([String(int(-5000, 5000) / 100), (random() * 1e6).toFixed(int(0, 8)), `${int(1, 9)}e${int(-5, 5)}`, 'NaN', 'INF', '-INF', `.${int(0, 99)}`]),
    alphabet: '0123456789-+.,eE xI',
    knownDifference: (value) => /\s|^0[xob]|Infinity/i.test(value),
    sameValue: sameNumber,
  },
  {
    name: 'number with decimalChar "," and groupChar " "',
    field: { type: 'number', decimalChar: ',', groupChar: ' ' },
    generate: () => pick([`${int(1, 999)} ${pad(int(0, 999), 3)},${int(0, 99)}`, `${int(-999, 999)},${int(0, 9)}`, String(int(0, 1000))]),
    alphabet: '0123456789,. -',
    // tableschema deletes every space, wherever it is; we take spaces only between digit groups.
    knownDifference: (value) => /\s/.test(value) || /^0[xob]/i.test(value) || value.includes('.'),
    sameValue: sameNumber,
  },
  {
    name: 'boolean',
    field: { type: 'boolean' },
    generate: () => pick(['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0']),
    alphabet: 'trueTRUEfals01 ',
    knownDifference: (value) => value !== value.trim(),
    sameValue: (ours, theirs) => ours === theirs,
  },
  {
    name: 'boolean with French values',
    field: { type: 'boolean', trueValues: ['oui', 'Oui', 'OUI', 'vrai'], falseValues: ['non', 'Non', 'NON', 'faux'] },
    generate: () => pick(['oui', 'Oui', 'OUI', 'vrai', 'non', 'Non', 'NON', 'faux']),
    alphabet: 'ouiOUInN ',
    knownDifference: (value) => value !== value.trim(),
    sameValue: (ours, theirs) => ours === theirs,
  },
  {
    name: 'date (default)',
    field: { type: 'date' },
    generate: randomDate,
    alphabet: '0123456789-/ T',
    sameValue: sameDay,
  },
  {
    name: 'date %d/%m/%Y',
    field: { type: 'date', format: '%d/%m/%Y' },
    generate: () => `${pad(int(1, 31), 2)}/${pad(int(1, 12), 2)}/${int(1000, 2999)}`,
    alphabet: '0123456789/-',
    knownDifference: (value) => !/^\d\d\/\d\d\/\d{4}$/.test(value) && /^\s?\d{1,2}\/\s?\d{1,2}\/\d{4}$/.test(value),
    sameValue: sameDay,
  },
  {
    name: 'time (default)',
    field: { type: 'time' },
    generate: randomTime,
    alphabet: '0123456789:.',
  },
  {
    name: 'datetime (default)',
    field: { type: 'datetime' },
    generate: () => `${randomDate()}T${randomTime()}Z`,
    alphabet: '0123456789-:TZ +',
    knownDifference: (value) => !value.endsWith('Z') || !/^[1-9]/.test(value),
  },
  {
    name: 'year',
    field: { type: 'year' },
    generate: () => String(int(1000, 2999)),
    alphabet: '0123456789-+',
    knownDifference: (value) => /^0/.test(value),
    sameValue: sameNumber,
  },
  {
    name: 'yearmonth',
    field: { type: 'yearmonth' },
    generate: () => `${int(1000, 2999)}-${pad(int(1, 12), 2)}`,
    alphabet: '0123456789-/',
    // tableschema reads each side with parseInt (`2024x` → 2024, `12345` → 12345): we want YYYY-MM.
    knownDifference: (value) => !/^\d{4}-\d{1,2}$/.test(value),
  },
  {
    name: 'geopoint (default)',
    field: { type: 'geopoint' },
    generate: () => `${coordinate(180)},${random() < 0.5 ? ' ' : ''}${coordinate(90)}`,
    alphabet: '0123456789-., ',
    knownDifference: (value) => value.split(',').length !== 2 || value.split(',').some((part) => part.trim() === '' || /[^\d.\-\s]/.test(part) || /\d\s+\d/.test(part)),
  },
  {
    name: 'geopoint (array)',
    field: { type: 'geopoint', format: 'array' },
    generate: () => `[${coordinate(180)},${random() < 0.5 ? ' ' : ''}${coordinate(90)}]`,
    alphabet: '0123456789-.,[] "',
    knownDifference: (value) => /"/.test(value) || value.split(',').length > 2,
  },
  {
    name: 'object',
    field: { type: 'object' },
    generate: () => pick(['{}', '{"a": 1}', '{"nom": "x", "n": [1, 2]}', '[1]', '"x"']),
    alphabet: '{}[]":,a1 ',
  },
  {
    name: 'array',
    field: { type: 'array' },
    generate: () => pick(['[]', '["végétarien", "sans sel"]', '[1, 2, 3]', '{"a": 1}']),
    alphabet: '{}[]":,a1 ',
  },
  {
    name: 'string email',
    field: { type: 'string', format: 'email' },
    generate: () => `${pick(['contact', 'jean.dupont', 'mairie-brest', 'a_b'])}@${pick(['mairie-brest', 'exemple', 'data.gouv'])}.${pick(['fr', 'org', 'com'])}`,
    alphabet: 'abc.@-_ 1',
    // validator.js also accepts quoted local parts and IP-literal domains; we generate neither.
    knownDifference: (value) => /^[.-]|[.-]@|@[.-]|\.\.|-\.|\.-/.test(value),
  },
  {
    name: 'string uri (web addresses)',
    field: { type: 'string', format: 'uri' },
    generate: () => `${pick(['https', 'http'])}://${pick(['www.data.gouv.fr', 'exemple.fr', 'mairie-brest.fr'])}/${pick(['', 'page', 'a/b?c=1'])}`,
    alphabet: 'abc/:.?= ',
    // validator.js refuses other schemes and hosts without a dot, and has its own rules for `:` and `//`.
    // Values with a space are compared (both refuse them); others only when they are plain addresses.
    knownDifference: (value) => !/\s/.test(value) && (!/^https?:\/\/[a-z-]+\.[a-z.-]+(?:\/[a-z/?=]*)?$/i.test(value) || /\.\.|\.$|\.\/|\.[a-z]?\/|\.-|-\./i.test(value) || !/\.[a-z]{2,}(?:\/|$)/i.test(value)),
  },
  {
    name: 'string uuid (hyphenated)',
    field: { type: 'string', format: 'uuid' },
    generate: () => '0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a49',
    alphabet: '0123456789abcdefg-',
    knownDifference: (value) => !/^[^-]{8}-[^-]{4}-[1-5][^-]{3}-[89ab][^-]{3}-[^-]{12}$/i.test(value),
  },
];

describe('casts against the tableschema reference library', () => {
  for (const testCase of cases) {
    it(`${testCase.name}: same verdict (and value) on generated values`, () => {
      const ours = compileSchema({ fields: [{ name: 'x', ...testCase.field } as TableSchemaField] }).fields[0];
      const theirs = new Field({ name: 'x', ...testCase.field });
      const disagreements: string[] = [];
      let compared = 0;
      let accepted = 0;
      for (let i = 0; i < 600; i++) {
        const value = mutate(testCase.generate(), testCase.alphabet);
        if (testCase.knownDifference?.(value)) continue;
        compared++;
        let theirValue: unknown;
        let theyAccept = true;
        try {
          theirValue = theirs.castValue(value);
        } catch {
          theyAccept = false;
        }
        const weAccept = ours.check(value) === null;
        if (weAccept) accepted++;
        if (weAccept !== theyAccept) disagreements.push(`${JSON.stringify(value)}: ours ${weAccept}, tableschema ${theyAccept}`);
        else if (weAccept && value !== '' && testCase.sameValue && !testCase.sameValue(ours.cast(value), theirValue)) {
          disagreements.push(`${JSON.stringify(value)}: ours ${String(ours.cast(value))}, tableschema ${String(theirValue)}`);
        }
      }
      assert.deepEqual(disagreements.slice(0, 10), []);
      assert.ok(compared >= 200, `only ${compared} values compared`);
      assert.ok(accepted > 0 && accepted < compared, `${accepted} of ${compared} accepted: the values should mix valid and invalid`);
    });
  }
});
