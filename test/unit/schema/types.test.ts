// Every Table Schema type and format, cast from the raw cell text: values the spec (and Validata) accept, values it refuses.
import * as assert from 'node:assert/strict';
import { compileSchema, type CellKeys } from '../../../server/src/engine/schema/compile';
import { assertInvalid, assertValid, compileField } from './typesTestKit';

/** Where `check` writes the keys of the cells it checks (see CellKeys). */
const keys: CellKeys = [];

describe('Table Schema types', () => {
  describe('string', () => {
    it('default: any text, including spaces and symbols', () => {
      assertValid(compileField({ type: 'string' }), ['x', ' ', 'Société X, Entité Y', '0,40€ / kWh', '"quoted"', '12']);
      assertValid(compileField({}), ['no type means string']);
    });

    it('email: dot-atom local part, dotted domain, letter or punycode TLD', () => {
      const field = compileField({ type: 'string', format: 'email' });
      assertValid(field, ['contact@mairie-brest.fr', 'a.b+tag@sub.example.org', "o'neil@example.ie", 'x@xn--caf-dma.xn--p1ai', 'élu@mairie-évry.fr', 'A_B@EXAMPLE.COM']);
      assertInvalid(field, ['contact(at)societe.fr', 'support@', '@example.fr', 'a@b', 'a@b.c', 'a..b@example.fr', '.a@example.fr', 'a.@example.fr', 'a b@example.fr', 'a@-example.fr', 'a@example-.fr', 'a@example..fr', 'a@example.f2', 'a@b@c.fr', ' a@example.fr'], 'type-error', 'email');
    });

    it('email: an address with surrounding spaces says so', () => {
      const issue = compileField({ type: 'string', format: 'email' }).check(' contact@mairie.fr ');
      assert.equal(issue?.params.reason, 'whitespace');
    });

    it('uri: a scheme, no spaces; web addresses need a host', () => {
      const field = compileField({ type: 'string', format: 'uri' });
      assertValid(field, ['https://www.data.gouv.fr/fr/datasets/', 'http://exemple.fr', 'mailto:contact@mairie.fr', 'urn:isbn:0451450523', 'ftp://ftp.exemple.fr/pub', 'https://exemple.fr/été', 'https://exemple.fr:8080/x?y=1#z']);
      assertInvalid(field, ['www.data.gouv.fr', 'https://exemple.fr/une page', 'https://', 'http:///path', 'exemple', '1http://x.fr', 'https://exemple.fr/<x>'], 'type-error', 'uri');
    });

    it('uuid: 32 hex digits, hyphens, braces and urn:uuid: as Python reads them', () => {
      const field = compileField({ type: 'string', format: 'uuid' });
      assertValid(field, ['0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a49', '0B1F3C9E-8A4D-4C55-9A7E-3F2D1C6B5A49', '0b1f3c9e8a4d4c559a7e3f2d1c6b5a49', '{0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a49}', 'urn:uuid:0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a49']);
      assertInvalid(field, ['0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a4', '0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a4g', 'not-a-uuid', '01F2KMMRZVQ5FQY882PCJQAPQ0'], 'type-error', 'uuid');
    });

    it('binary: base64 with correct padding', () => {
      const field = compileField({ type: 'string', format: 'binary' });
      assertValid(field, ['SGVsbG8=', 'SGVsbG8h', 'SGk=', 'AAAA', 'a+/b']);
      assertInvalid(field, ['SGVsbG8', 'SGVsbG8==', 'SGV sbG8=', '====', 'é'], 'type-error', 'binary');
    });

    it('an unknown format is reported once and the column is read as any', () => {
      const compiled = compileSchema({ fields: [{ name: 'tel', type: 'string', format: 'phone' }] });
      assert.deepEqual(compiled.issues.map((issue) => [issue.variant, issue.fieldName, issue.params.fieldFormat]), [['unknown-format', 'tel', 'phone']]);
      assert.equal(compiled.fields[0].type, 'any');
      assertValid(compiled.fields[0], ['anything', '06 12']);
    });
  });

  describe('number', () => {
    it('decimal numbers with a point, an optional sign and exponent, NaN and ±INF in any case', () => {
      const field = compileField({ type: 'number' });
      assertValid(field, ['12', '-1.5', '+3', '.5', '5.', '0', '007', '1e3', '1E-3', '-2.5e+10', 'NaN', 'nan', 'INF', 'inf', '-INF', '-Inf', '123456789012345678901234567890']);
      assertInvalid(field, ['1,5', '12 kW', 'abc', '1.2.3', '1e', 'e3', '0x10', 'Infinity', '--1', '+-1', '.', '-', '1 000', '∞'], 'type-error', 'number');
    });

    it('casts to the same double JavaScript parses, including long and small numbers', () => {
      const field = compileField({ type: 'number' });
      for (const text of ['0.1', '22.00', '-0.000123', '48.345345', '7.48710500', '123456789012345678', '1e21', '3.141592653589793238']) {
        assert.equal(field.cast(text), Number(text), text);
      }
    });

    it('surrounding spaces are accepted, as Validata (Python Decimal) does', () => {
      assertValid(compileField({ type: 'number' }), [' 12', '12 ', ' 1.5 ']);
    });

    it('decimalChar and groupChar (French style: comma and space, no-break spaces too)', () => {
      const field = compileField({ type: 'number', decimalChar: ',', groupChar: ' ' });
      assertValid(field, ['1,5', '1 234,5', '1\u00a0234,5', '1\u202f234', '-0,25', '12']);
      assertInvalid(field, ['1.5', '1,2,3', ' ,5x', '1  234'], 'type-error', 'number');
      assert.equal(field.cast('1 234,5'), 1234.5);
      assert.equal(field.cast('-0,25'), -0.25);
    });

    it('groupChar with a point decimal separator', () => {
      const field = compileField({ type: 'number', groupChar: ',' });
      assertValid(field, ['1,234.5', '1,234,567']);
      assert.equal(field.cast('1,234,567.25'), 1234567.25);
      assertInvalid(field, [',123', '12,'], 'type-error', 'number');
    });

    it('bareNumber false ignores text around the number', () => {
      const field = compileField({ type: 'number', bareNumber: false, decimalChar: ',' });
      assertValid(field, ['12 €', '95%', '€ 12,50', 'env. 30', '-12 °C']);
      assert.equal(field.cast('€ 12,50'), 12.5);
      assert.equal(field.cast('-12 °C'), -12);
      assertInvalid(field, ['€', 'abc', '12 et 13'], 'type-error', 'number');
      assertInvalid(compileField({ type: 'number' }), ['12 €', '95%'], 'type-error', 'number');
    });

    it('explains a decimal comma and thousands separators', () => {
      const field = compileField({ type: 'number' });
      assert.equal(field.check('12,5')?.params.reason, 'decimal-comma');
      assert.equal(field.check('1 234 567')?.params.reason, 'group-char');
      assert.equal(field.check('12,5')?.params.decimalChar, '.');
    });
  });

  describe('integer', () => {
    it('digits with an optional sign (leading zeros and spaces accepted, as Python int does)', () => {
      const field = compileField({ type: 'integer' });
      assertValid(field, ['42', '-7', '+3', '0', '-0', '007', ' 7 ', '123456789012345678901234567890']);
      assertInvalid(field, ['4.2', '1e3', '4,2', 'deux', '1 000', '--1', '+', '0x1F', '1_000', '4.0'], 'type-error', 'integer');
    });

    it('keys stay distinct beyond 2^53, and cast to BigInt there', () => {
      const field = compileField({ type: 'integer' });
      field.check('9007199254740993', keys);
      const a = keys[field.index];
      field.check('9007199254740992', keys);
      assert.notEqual(a, keys[field.index]);
      field.check('+09007199254740993', keys);
      assert.equal(keys[field.index], a);
      assert.equal(field.cast('9007199254740993'), 9007199254740993n);
      assert.equal(field.cast('-12'), -12);
    });

    it('groupChar and bareNumber', () => {
      assertValid(compileField({ type: 'integer', groupChar: ' ' }), ['1 234', '12 345 678', '1\u00a0234']);
      assert.equal(compileField({ type: 'integer', groupChar: '.' }).cast('1.234.567'), 1234567);
      const bare = compileField({ type: 'integer', bareNumber: false });
      assertValid(bare, ['12 places', 'n° 7', '95%']);
      assert.equal(bare.cast('12 places'), 12);
      assertInvalid(compileField({ type: 'integer' }), ['12 places'], 'type-error', 'integer');
    });
  });

  describe('boolean', () => {
    it('the spec defaults, compared exactly', () => {
      const field = compileField({ type: 'boolean' });
      assertValid(field, ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0']);
      assertInvalid(field, ['oui', 'vrai', 'tRue', ' true', 'yes', '2', 'X'], 'type-error', 'boolean');
      assert.equal(field.cast('TRUE'), true);
      assert.equal(field.cast('0'), false);
    });

    it('trueValues and falseValues replace the defaults', () => {
      const field = compileField({ type: 'boolean', trueValues: ['oui', 'Oui'], falseValues: ['non', 'Non'] });
      assertValid(field, ['oui', 'Oui', 'non', 'Non']);
      assertInvalid(field, ['OUI', 'true', '1'], 'type-error', 'boolean');
      assert.equal(field.cast('Oui'), true);
      const issue = field.check('vrai');
      assert.deepEqual([issue?.params.trueValues, issue?.params.falseValues], [['oui', 'Oui'], ['non', 'Non']]);
    });
  });

  describe('object and array', () => {
    it('object: a JSON object', () => {
      const field = compileField({ type: 'object' });
      assertValid(field, ['{}', '{"nom": "x", "n": [1, 2]}', ' {"a":1} ']);
      assertInvalid(field, ['[1]', 'null', '"x"', '{a: 1}', "{'a': 1}", '{"a":1', '12'], 'type-error', 'object');
      assert.deepEqual(field.cast('{"a":[1]}'), { a: [1] });
    });

    it('array: a JSON array', () => {
      const field = compileField({ type: 'array' });
      assertValid(field, ['[]', '["végétarien","sans sel"]', '[1, {"a": 2}]']);
      assertInvalid(field, ['{}', 'végétarien, sans sel', '["a",]', "['a']", 'null'], 'type-error', 'array');
    });

    it('equal JSON values share a key whatever their spacing', () => {
      const field = compileField({ type: 'array' });
      field.check('[1, 2]', keys);
      const key = keys[field.index];
      field.check('[1,2]', keys);
      assert.equal(keys[field.index], key);
    });
  });

  describe('date', () => {
    it('default: YYYY-MM-DD, a real calendar day', () => {
      const field = compileField({ type: 'date' });
      assertValid(field, ['2024-03-15', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']);
      assertInvalid(field, ['2023-02-29', '1900-02-29', '2021-02-30', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00', '0000-01-01', '24-03-15', '2024-3-15', '2024/03/15', '2024-03-15T00:00:00', '15/03/2024', ' 2024-03-15', '2024-03-1a'], 'type-error', 'date');
    });

    it('explains impossible dates and day-first dates', () => {
      const field = compileField({ type: 'date' });
      assert.equal(field.check('2021-02-30')?.params.reason, 'calendar');
      assert.equal(field.check('30/12/2021')?.params.reason, 'day-first');
      assert.equal(field.check('hier')?.params.reason, undefined);
    });

    it('casts to a Date at midnight UTC and compares by day', () => {
      const field = compileField({ type: 'date' });
      assert.equal((field.cast('2024-03-15') as Date).toISOString(), '2024-03-15T00:00:00.000Z');
      field.check('2024-03-15', keys);
      const key = keys[field.index] as number;
      field.check('2024-03-16', keys);
      assert.equal((keys[field.index] as number) - key, 1);
      field.check('1969-12-31', keys);
      assert.equal(keys[field.index], -1);
    });

    it('a strptime pattern: %d/%m/%Y as Python reads it (one or two digits for day and month)', () => {
      const field = compileField({ type: 'date', format: '%d/%m/%Y' });
      assertValid(field, ['15/03/2024', '1/2/2021', '01/02/2021', '29/02/2024', ' 5/03/2024']);
      assertInvalid(field, ['31/04/2021', '29/02/2023', '2024-03-15', '15/03/24', '15/3/2024x', '15-03-2024', '32/01/2024', '15/13/2024', '015/03/2024'], 'type-error', 'date');
      assert.equal((field.cast('1/2/2021') as Date).toISOString(), '2021-02-01T00:00:00.000Z');
    });

    it('%Y-%m-%d (the catalog pattern) also takes one-digit months and days', () => {
      const field = compileField({ type: 'date', format: '%Y-%m-%d' });
      assertValid(field, ['2024-03-15', '2024-3-5', '2024-10- 5']);
      assertInvalid(field, ['2024-02-30', '2024-03-15 ', '20240315', '2024-003-15'], 'type-error', 'date');
      assert.equal(field.check('2024-02-30')?.params.reason, 'calendar');
    });

    it('%Y alone: a four-digit year read as 1 January', () => {
      const field = compileField({ type: 'date', format: '%Y' });
      assertValid(field, ['2024', '1850']);
      assertInvalid(field, ['24', '20245', '2024-01-01'], 'type-error', 'date');
    });

    it('patterns without separators read like CPython (backtracking): %Y%m%d', () => {
      const field = compileField({ type: 'date', format: '%Y%m%d' });
      assertValid(field, ['20240315', '2024315', '202411']);
      assert.equal((field.cast('2024315') as Date).toISOString().slice(0, 10), '2024-03-15');
      assert.equal((field.cast('202411') as Date).toISOString().slice(0, 10), '2024-01-01');
      assertInvalid(field, ['20241332', '2024'], 'type-error', 'date');
    });

    it('two-digit years, day of year, month names', () => {
      const twoDigits = compileField({ type: 'date', format: '%d/%m/%y' });
      assert.equal((twoDigits.cast('15/03/24') as Date).getUTCFullYear(), 2024);
      assert.equal((twoDigits.cast('15/03/69') as Date).getUTCFullYear(), 1969);
      const dayOfYear = compileField({ type: 'date', format: '%Y-%j' });
      assert.equal((dayOfYear.cast('2024-075') as Date).toISOString().slice(0, 10), '2024-03-15');
      assertInvalid(dayOfYear, ['2023-366', '2024-000'], 'type-error', 'date');
      const names = compileField({ type: 'date', format: '%d %B %Y' });
      assertValid(names, ['15 March 2024', '15 march 2024', '1   May 2024']);
      assertInvalid(names, ['15 mars 2024', '15 Mar 2024'], 'type-error', 'date');
      // %a and %b are the C locale's abbreviations only, %A and %B the full names (CPython).
      assertValid(compileField({ type: 'date', format: '%a %d %b %Y' }), ['Fri 15 Mar 2024', 'fri 15 MAR 2024']);
      assertInvalid(compileField({ type: 'date', format: '%a %d %b %Y' }), ['Friday 15 Mar 2024'], 'type-error', 'date');
      assertValid(compileField({ type: 'date', format: '%A %d %B %Y' }), ['Friday 15 March 2024']);
    });

    it('the deprecated fmt: prefix is understood', () => {
      assertValid(compileField({ type: 'date', format: 'fmt:%d/%m/%Y' }), ['15/03/2024']);
    });

    it('a format without directive, or with an unknown one, is a schema problem and the column is read as any', () => {
      for (const format of ['DD/MM/YYYY', '%Q-%m', '%']) {
        const compiled = compileSchema({ fields: [{ name: 'd', type: 'date', format }] });
        assert.deepEqual(compiled.issues.map((issue) => issue.variant), ['unknown-format'], format);
        assertValid(compiled.fields[0], ['15/03/2024', 'n’importe quoi']);
      }
    });

    it('any: ISO, day-first French dates, year-first, compact, with or without a time', () => {
      const field = compileField({ type: 'date', format: 'any' });
      assertValid(field, ['2024-03-15', '15/03/2024', '15-03-2024', '15.03.2024', '5/3/2024', '2024/03/15', '20240315', '2024-03-15T10:00:00', '15/03/2024 10:00', '15/03/24']);
      assertInvalid(field, ['31/02/2024', 'hier', '2024-13-01', '15/03'], 'type-error', 'date');
      assert.equal((field.cast('5/3/2024') as Date).toISOString().slice(0, 10), '2024-03-05');
    });
  });

  describe('time', () => {
    it('default: hh:mm:ss with optional fraction and zone', () => {
      const field = compileField({ type: 'time' });
      assertValid(field, ['14:30:00', '00:00:00', '23:59:59', '23:59:59.123', '14:30:00Z', '14:30:00+02:00', '14:30:00-0500', '14:30:00,5']);
      assertInvalid(field, ['24:00:00', '14:30', '14:60:00', '14:30:60', '2:30:00', '14h30', '14:30:00.', '14:30:00+25:00', '14:30:00 '], 'type-error', 'time');
      assert.deepEqual(field.cast('14:30:00.25'), { hour: 14, minute: 30, second: 0, microsecond: 250000 });
    });

    it('times with an offset compare in UTC', () => {
      const field = compileField({ type: 'time' });
      field.check('14:30:00+01:00', keys);
      const withOffset = keys[field.index];
      field.check('13:30:00Z', keys);
      assert.equal(keys[field.index], withOffset);
    });

    it('patterns and any', () => {
      const pattern = compileField({ type: 'time', format: '%H:%M' });
      assertValid(pattern, ['14:30', '9:05', '9:5']);
      assertInvalid(pattern, ['14:30:00', '24:00', '14h30'], 'type-error', 'time');
      const twelve = compileField({ type: 'time', format: '%I:%M %p' });
      twelve.check('02:30 PM', keys);
      const pm = keys[twelve.index];
      pattern.check('14:30', keys);
      assert.equal(pm, keys[pattern.index]);
      twelve.check('12:00 AM', keys);
      assert.equal(keys[twelve.index], 0);
      assertValid(compileField({ type: 'time', format: 'any' }), ['14h30', '14h', '14:30', '14:30:15', '2:30 pm', '14:30:00Z']);
      assertInvalid(compileField({ type: 'time', format: 'any' }), ['25h00', 'midi', '13:00 pm'], 'type-error', 'time');
    });
  });

  describe('datetime', () => {
    it('default: YYYY-MM-DDThh:mm:ss, optional fraction and zone; a space instead of T as Validata accepts', () => {
      const field = compileField({ type: 'datetime' });
      assertValid(field, ['2024-03-15T14:30:00', '2024-03-15T14:30:00Z', '2024-03-15T14:30:00+01:00', '2024-03-15T14:30:00.5Z', '2024-03-15 14:30:00', '2025-10-22T12:50:21Z']);
      assertInvalid(field, ['2024-03-15', '2024-03-15T14:30', '2024-02-30T10:00:00Z', '2024-03-15T14:30:00+25:00', '2024-03-15T24:00:00', '15/03/2024 14:30:00', '2024-03-15X14:30:00'], 'type-error', 'datetime');
      assert.equal(field.check('2024-02-30T10:00:00Z')?.params.reason, 'calendar');
    });

    it('instants compare in UTC; values without zone are read as UTC', () => {
      const field = compileField({ type: 'datetime' });
      assert.equal((field.cast('2024-03-15T14:30:00+01:00') as Date).toISOString(), '2024-03-15T13:30:00.000Z');
      field.check('2024-03-15T14:30:00+01:00', keys);
      const a = keys[field.index];
      field.check('2024-03-15T13:30:00', keys);
      assert.equal(keys[field.index], a);
    });

    it('a pattern with a literal Z, matched case-insensitively as Python does', () => {
      const field = compileField({ type: 'datetime', format: '%Y-%m-%dT%H:%M:%SZ' });
      assertValid(field, ['2024-03-15T14:30:00Z', '2024-03-15t14:30:00z']);
      assertInvalid(field, ['2024-03-15T14:30:00', '2024-03-15T14:30:00+01:00'], 'type-error', 'datetime');
      const zone = compileField({ type: 'datetime', format: '%Y-%m-%dT%H:%M:%S%z' });
      assert.equal((zone.cast('2024-03-15T14:30:00+0100') as Date).toISOString(), '2024-03-15T13:30:00.000Z');
      assert.equal((zone.cast('2024-03-15T14:30:00Z') as Date).toISOString(), '2024-03-15T14:30:00.000Z');
      assertValid(compileField({ type: 'datetime', format: '%d/%m/%Y %H:%M' }), ['15/03/2024 14:30', '15/03/2024   9:05']);
    });

    it('any: dates and times as people write them', () => {
      const field = compileField({ type: 'datetime', format: 'any' });
      assertValid(field, ['2024-03-15T14:30', '2024-03-15 14:30:00', '15/03/2024 14h30', '2024-03-15', '15/03/2024']);
      assertInvalid(field, ['15/03/2024 25:00', 'demain midi'], 'type-error', 'datetime');
    });
  });

  describe('year and yearmonth', () => {
    it('year: four digits', () => {
      const field = compileField({ type: 'year' });
      assertValid(field, ['2024', '0999', '0000']);
      assertInvalid(field, ['24', '20245', '2024.0', '-2024', ' 2024', 'an 2024'], 'type-error', 'year');
      assert.equal(field.cast('2024'), 2024);
    });

    it('yearmonth: YYYY-MM (a one-digit month too, as frictionless splits on the hyphen)', () => {
      const field = compileField({ type: 'yearmonth' });
      assertValid(field, ['2024-03', '2024-3', '2024-12']);
      assertInvalid(field, ['2024-13', '2024-00', '202403', '2024/03', '24-03', '2024-003'], 'type-error', 'yearmonth');
      assert.deepEqual(field.cast('2024-03'), [2024, 3]);
    });
  });

  describe('duration', () => {
    it('ISO 8601 durations', () => {
      const field = compileField({ type: 'duration' });
      assertValid(field, ['P1Y2M10DT2H30M', 'PT15M', 'P2W', 'PT0.5S', 'PT0,5S', 'P1D', 'P0DT3H', '-P1D', 'PT36H']);
      assertInvalid(field, ['P', 'PT', '1Y', 'P1H', 'PT1D', 'P1M2Y', 'P1.5Y2M', 'P1DT', 'P1Y1Y', 'PT1H30', 'P-1D', 'p1d'], 'type-error', 'duration');
    });

    it('compares by length (months as 30 days)', () => {
      const field = compileField({ type: 'duration' });
      field.check('PT1H30M', keys);
      assert.equal(keys[field.index], 5400);
      field.check('P1M', keys);
      assert.equal(keys[field.index], 30 * 86400);
    });
  });

  describe('geopoint', () => {
    it('default: "lon, lat" (the space is optional), within range', () => {
      const field = compileField({ type: 'geopoint' });
      assertValid(field, ['2.35, 48.85', '2.35,48.85', '-180, 90', '180,-90', '5.42101,43.53591', ' 2.35 , 48.85 ']);
      assertInvalid(field, ['48.85', '200, 10', '10, 91', 'a, b', '2.35, 48.85, 3', '[2.35, 48.85]', '2,35, 48,85', ', 48'], 'type-error', 'geopoint');
      assert.deepEqual(field.cast('2.35, 48.85'), [2.35, 48.85]);
      assert.equal(field.check('48.85, 200')?.params.reason, 'out-of-range');
    });

    it('array: [lon, lat] (numbers, or numeric strings as both reference libraries accept)', () => {
      const field = compileField({ type: 'geopoint', format: 'array' });
      assertValid(field, ['[2.35, 48.85]', '[7.48710500,48.345345]', '[ 2.35 , 48.85 ]', '["2.35","48.85"]', '[-1e0, 4.5e1]']);
      // JSON numbers only: `.5`, `+1`, `01` and `5.` are not JSON (Python's json.loads refuses them too).
      assertInvalid(field, ['[2.35]', '[200, 1]', '[1, -91]', '2.35, 48.85', '[2.35, 48.85, 10]', '[', '[2.35,]', '{"lon": 2.35, "lat": 48.85}', '[null, 1]', '["", "1"]', '[-.4, 1]', '[+1, 2]', '[01, 2]', '[5., 2]'], 'type-error', 'geopoint');
      assertValid(compileField({ type: 'geopoint' }), ['-.4, 1', '+1, 2']);
      assert.deepEqual(field.cast('[7.48710500,48.345345]'), [7.487105, 48.345345]);
    });

    it('object: {"lon", "lat"} and nothing else', () => {
      const field = compileField({ type: 'geopoint', format: 'object' });
      assertValid(field, ['{"lon": 2.35, "lat": 48.85}', '{"lat": 48.85, "lon": 2.35}']);
      assertInvalid(field, ['{"lon": 2.35}', '{"lng": 2.35, "lat": 48.85}', '{"lon": 2, "lat": 1, "alt": 0}', '[2.35, 48.85]', '{"lon": 2.35, "lat": 95}'], 'type-error', 'geopoint');
    });

    it('points are equal keys whatever their spelling when a constraint compares them', () => {
      const field = compileField({ type: 'geopoint', format: 'array', constraints: { unique: true } });
      field.check('[7.48710500,48.345345]', keys);
      const key = keys[field.index];
      field.check('[7.487105, 48.345345]', keys);
      assert.equal(keys[field.index], key);
    });

    it('an unknown format is a schema problem', () => {
      const compiled = compileSchema({ fields: [{ name: 'p', type: 'geopoint', format: 'lat-lon' }] });
      assert.deepEqual(compiled.issues.map((issue) => issue.variant), ['unknown-format']);
    });
  });

  describe('geojson', () => {
    it('default: geometries, features and collections (RFC 7946 structure)', () => {
      const field = compileField({ type: 'geojson' });
      assertValid(field, [
        '{"type":"Point","coordinates":[2.35,48.85]}',
        '{"type":"Point","coordinates":[656589.7,6425785.32]}',
        '{"type":"MultiPoint","coordinates":[[2.3626,51.0934],[4.1999,50.723]]}',
        '{"type":"LineString","coordinates":[[0,0],[1,1]]}',
        '{"type":"Polygon","coordinates":[[[30,10],[40,40],[20,40],[10,20],[30,10]]]}',
        '{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}',
        '{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}',
        '{"type":"Feature","geometry":null,"properties":null}',
        '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"nom":"x"}}',
        '{"type":"FeatureCollection","features":[]}',
      ]);
      assertInvalid(field, [
        '{"type":"Circle","coordinates":[1,2]}',
        '{"type":"Point"}',
        '{"type":"Point","coordinates":[1]}',
        '{"type":"Point","coordinates":["1","2"]}',
        '{"type":"LineString","coordinates":[[0,0]]}',
        '{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}',
        '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}}',
        '{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1,2]}]}',
        '[1,2]',
        'POINT(2.35 48.85)',
      ], 'type-error', 'geojson');
    });

    it('topojson: a Topology with objects and arcs', () => {
      const field = compileField({ type: 'geojson', format: 'topojson' });
      assertValid(field, ['{"type":"Topology","objects":{},"arcs":[]}']);
      assertInvalid(field, ['{"type":"Point","coordinates":[1,2]}', '{"type":"Topology"}'], 'type-error', 'geojson');
    });
  });

  describe('any and unknown types', () => {
    it('any accepts every value', () => {
      assertValid(compileField({ type: 'any' }), ['1', 'x', '{']);
    });

    it('an unknown type is reported once (not per cell) and the column is read as any', () => {
      const compiled = compileSchema({ fields: [{ name: 'a', type: 'text' }, { name: 'b', type: 'integer' }] });
      assert.deepEqual(compiled.issues, [{ variant: 'unknown-type', fieldName: 'a', params: { fieldType: 'text' } }]);
      assert.equal(compiled.fields[0].type, 'any');
      assertValid(compiled.fields[0], ['12', 'abc']);
    });

    it('a format on a type without formats is reported, the type still applies', () => {
      const compiled = compileSchema({ fields: [{ name: 'n', type: 'integer', format: 'currency' }] });
      assert.deepEqual(compiled.issues.map((issue) => issue.variant), ['unknown-format']);
      assertInvalid(compiled.fields[0], ['x'], 'type-error', 'integer');
    });
  });

  describe('missing values', () => {
    it('by default only the empty string is missing, and it skips the type check', () => {
      const field = compileField({ type: 'integer' });
      assert.equal(field.check(''), null);
      assert.equal(field.cast(''), null);
      assertInvalid(field, [' ', 'NA'], 'type-error', 'integer');
    });

    it("the schema's missingValues replace the default", () => {
      const field = compileField({ type: 'integer' }, { missingValues: ['', 'NA', 'N/A'] });
      assertValid(field, ['', 'NA', 'N/A', '3']);
      assertInvalid(field, ['na', 'NaN'], 'type-error', 'integer');
      const noEmpty = compileField({ type: 'integer' }, { missingValues: ['NA'] });
      assertInvalid(noEmpty, [''], 'type-error', 'integer');
      assertValid(noEmpty, ['NA']);
    });

    it('a field-level missingValues overrides the schema one', () => {
      const field = compileField({ type: 'number', missingValues: ['-'] }, { missingValues: ['', 'NA'] });
      assertValid(field, ['-', '1']);
      assertInvalid(field, ['NA', ''], 'type-error', 'number');
    });

    it('a missing value skips the constraints too, except required', () => {
      const optional = compileField({ type: 'string', constraints: { pattern: '\\d{5}', enum: ['12345'], minLength: 5 } });
      assert.equal(optional.check(''), null);
      const required = compileField({ type: 'string', constraints: { required: true, pattern: '\\d{5}' } }, { missingValues: ['', 'NA'] });
      assertInvalid(required, ['', 'NA'], 'constraint-error', 'required');
    });
  });
});
