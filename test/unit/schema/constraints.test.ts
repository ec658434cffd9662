// Field constraints compiled once: required, lengths, typed bounds, whole-value patterns, typed enums, array items.
import * as assert from 'node:assert/strict';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import { compileWholePattern, withoutCaptures } from '../../../server/src/engine/schema/constraints';
import { assertInvalid, assertValid, compileField } from './typesTestKit';

function issuesOf(field: Record<string, unknown>) {
  return compileSchema({ fields: [{ name: 'f', ...field }] }).issues;
}

describe('Table Schema constraints', () => {
  describe('required', () => {
    it('an empty cell of a required field is a constraint error with variant required', () => {
      const field = compileField({ type: 'string', constraints: { required: true }, example: 'Brest' });
      const issue = field.check('');
      assert.deepEqual(issue, {
        code: 'constraint-error',
        params: { variant: 'required', value: '', fieldType: 'string', fieldFormat: 'default', example: 'Brest', sample: 'texte' },
      });
      assertValid(field, [' ', 'x']);
      assert.equal(field.required, true);
    });

    it('required: false and no constraints accept an empty cell', () => {
      assert.equal(compileField({ type: 'integer', constraints: { required: false } }).check(''), null);
    });
  });

  describe('minLength and maxLength', () => {
    it('count characters (code points) of text', () => {
      const field = compileField({ type: 'string', constraints: { minLength: 2, maxLength: 4 } });
      assertValid(field, ['ab', 'abcd', 'é€', '😀😀😀😀', 'a😀']);
      assertInvalid(field, ['a', '😀'], 'constraint-error', 'minLength');
      assertInvalid(field, ['abcde', '😀😀😀😀😀'], 'constraint-error', 'maxLength');
      assert.deepEqual([field.check('abcde')?.params.length, field.check('abcde')?.params.maxLength], [5, 4]);
    });

    it('count items of JSON arrays and properties of objects', () => {
      const list = compileField({ type: 'array', constraints: { minLength: 1, maxLength: 2 } });
      assertValid(list, ['["a"]', '["a","b"]']);
      assertInvalid(list, ['[]'], 'constraint-error', 'minLength');
      assertInvalid(list, ['["a","b","c"]'], 'constraint-error', 'maxLength');
      const object = compileField({ type: 'object', constraints: { maxLength: 1 } });
      assertValid(object, ['{"a":1}']);
      assertInvalid(object, ['{"a":1,"b":2}'], 'constraint-error', 'maxLength');
    });

    it('a length that is not a non-negative integer is a schema problem', () => {
      assert.deepEqual(issuesOf({ type: 'string', constraints: { maxLength: 'long' } }).map((issue) => [issue.variant, issue.params.constraint]), [['invalid-constraint', 'maxLength']]);
      assertValid(compileField({ type: 'string', constraints: { maxLength: -1 } }), ['anything']);
    });
  });

  describe('minimum and maximum', () => {
    it('numbers compare as numbers, also when the schema writes the bound as text', () => {
      const field = compileField({ type: 'number', constraints: { minimum: '-90', maximum: 90 } });
      assertValid(field, ['-90', '0', '90', '89.999999', '9e1']);
      assertInvalid(field, ['-90.0001', '-100'], 'constraint-error', 'minimum');
      assertInvalid(field, ['90.5', '1e3'], 'constraint-error', 'maximum');
      assert.equal(field.check('-100')?.params.minimum, '-90');
    });

    it('a number field with a decimal comma still reads bounds written with a point', () => {
      const field = compileField({ type: 'number', decimalChar: ',', constraints: { maximum: '0.5' } });
      assertValid(field, ['0,5', '0,25']);
      assertInvalid(field, ['0,75'], 'constraint-error', 'maximum');
    });

    it('integers and years', () => {
      assertInvalid(compileField({ type: 'integer', constraints: { minimum: 0 } }), ['-1'], 'constraint-error', 'minimum');
      const year = compileField({ type: 'year', constraints: { minimum: 2000, maximum: '2030' } });
      assertValid(year, ['2000', '2030']);
      assertInvalid(year, ['1999'], 'constraint-error', 'minimum');
      assertInvalid(year, ['2031'], 'constraint-error', 'maximum');
    });

    it('dates compare as dates, with the bound in the field format or in ISO', () => {
      const iso = compileField({ type: 'date', constraints: { minimum: '2020-01-01', maximum: '2024-12-31' } });
      assertValid(iso, ['2020-01-01', '2024-12-31']);
      assertInvalid(iso, ['2019-12-31'], 'constraint-error', 'minimum');
      assertInvalid(iso, ['2025-01-01'], 'constraint-error', 'maximum');
      const french = compileField({ type: 'date', format: '%d/%m/%Y', constraints: { minimum: '01/01/2020', maximum: '2024-12-31' } });
      assertValid(french, ['01/01/2020', '31/12/2024']);
      assertInvalid(french, ['31/12/2019'], 'constraint-error', 'minimum');
      assertInvalid(french, ['01/01/2025'], 'constraint-error', 'maximum');
    });

    it('times, datetimes, year-months and durations', () => {
      assertInvalid(compileField({ type: 'time', constraints: { maximum: '18:00:00' } }), ['18:00:01'], 'constraint-error', 'maximum');
      assertInvalid(compileField({ type: 'datetime', constraints: { minimum: '2024-01-01T00:00:00Z' } }), ['2023-12-31T23:59:59Z', '2024-01-01T00:30:00+01:00'], 'constraint-error', 'minimum');
      assertInvalid(compileField({ type: 'yearmonth', constraints: { minimum: '2024-03' } }), ['2024-02', '2023-12'], 'constraint-error', 'minimum');
      assertValid(compileField({ type: 'yearmonth', constraints: { minimum: '2024-03' } }), ['2024-03', '2025-01']);
      assertInvalid(compileField({ type: 'duration', constraints: { maximum: 'PT1H' } }), ['PT61M', 'P1D'], 'constraint-error', 'maximum');
    });

    it('a bound on an unordered type, or not of the field type, is a schema problem and is not applied', () => {
      assert.deepEqual(issuesOf({ type: 'string', constraints: { minimum: 3 } }).map((issue) => [issue.variant, issue.params.reason]), [['invalid-constraint', 'type-not-ordered']]);
      assert.deepEqual(issuesOf({ type: 'date', constraints: { minimum: 'hier' } }).map((issue) => [issue.variant, issue.params.reason]), [['invalid-constraint', 'not-of-type']]);
      assertValid(compileField({ type: 'date', constraints: { minimum: 'hier' } }), ['1900-01-01']);
    });
  });

  describe('pattern', () => {
    it('matches the whole value', () => {
      const field = compileField({ type: 'string', constraints: { pattern: '\\d{5}' }, example: '29019' });
      assertValid(field, ['29019', '00000']);
      assertInvalid(field, ['123456', 'a12345', '1234', '12345 '], 'constraint-error', 'pattern');
      const issue = field.check('1234');
      assert.deepEqual([issue?.params.pattern, issue?.params.example], ['\\d{5}', '29019']);
    });

    it('an alternation applies to the whole value (^(?:a|b)$, not ^a|b$)', () => {
      const field = compileField({ type: 'string', constraints: { pattern: 'Voirie|Parking' } });
      assertValid(field, ['Voirie', 'Parking']);
      assertInvalid(field, ['Voirie publique', 'Un Parking'], 'constraint-error', 'pattern');
    });

    it('the catalog patterns with their own anchors and groups (IRVE)', () => {
      const station = compileField({ type: 'string', constraints: { pattern: '(?:(?:^|,)(^[A-Z]{2}[A-Z0-9]{4,33}$|Non concerné))+$' } });
      assertValid(station, ['FRA68P68021001', 'Non concerné']);
      assertInvalid(station, ['fra68p68021001', 'FR-68-E68021001', 'FR1'], 'constraint-error', 'pattern');
      const insee = compileField({ type: 'string', constraints: { pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' } });
      assertValid(insee, ['29019', '2A004', '97411']);
      assertInvalid(insee, ['1234', '2C004', '20004'], 'constraint-error', 'pattern');
      const hours = compileField({ type: 'string', constraints: { pattern: '(.*?)((\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})|24/7)' } });
      assertValid(hours, ['24/7', 'Mo-Fr 08:00-12:00,14:00-18:00']);
      assertInvalid(hours, ['Mo-Fr 08:00-12:00 sauf jours fériés', 'fermé'], 'constraint-error', 'pattern');
    });

    it('uses the u flag when the pattern allows it (a character is a code point)', () => {
      assertValid(compileField({ type: 'string', constraints: { pattern: '.{2}' } }), ['a😀', 'éè']);
      assert.equal(compileWholePattern('.{2}')?.flags, 'u');
      // `\_` is refused by u-mode regexes; without the flag it still compiles.
      assert.equal(compileWholePattern('[A-Z\\_]+')?.flags, '');
      assertValid(compileField({ type: 'string', constraints: { pattern: '[A-Z\\_]+' } }), ['AB_C']);
    });

    it('applies to the text of any type (a lexical check)', () => {
      const field = compileField({ type: 'date', constraints: { pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$' } });
      assertValid(field, ['2024-03-15']);
    });

    it('a pattern JavaScript cannot compile is reported once and not applied', () => {
      assert.deepEqual(issuesOf({ type: 'string', constraints: { pattern: '(abc' } }).map((issue) => [issue.variant, issue.params.pattern]), [['invalid-pattern', '(abc']]);
      assertValid(compileField({ type: 'string', constraints: { pattern: '(abc' } }), ['x']);
    });

    it('capturing groups are made non-capturing unless the pattern needs them', () => {
      assert.equal(withoutCaptures('(a|b)(c)'), '(?:a|b)(?:c)');
      assert.equal(withoutCaptures('(?:a)(?=b)(?!c)'), '(?:a)(?=b)(?!c)');
      assert.equal(withoutCaptures('[(]\\(x\\)(y)'), '[(]\\(x\\)(?:y)');
      assert.equal(withoutCaptures('(a)\\1'), '(a)\\1');
      assert.equal(withoutCaptures('(?<n>a)\\k<n>'), '(?<n>a)\\k<n>');
      assert.equal(withoutCaptures('(?<=a)(b)'), '(?<=a)(?:b)');
      assertValid(compileField({ type: 'string', constraints: { pattern: '(a)\\1' } }), ['aa']);
    });
  });

  describe('enum', () => {
    it('text is compared exactly (case, accents, spaces count) and the allowed values travel with the issue', () => {
      const field = compileField({ type: 'string', constraints: { enum: ['Voirie', 'Parking public', 'Accès libre'] } });
      assertValid(field, ['Voirie', 'Accès libre']);
      assertInvalid(field, ['voirie', 'Acces libre', 'Voirie ', 'Parking'], 'constraint-error', 'enum');
      assert.deepEqual(field.check('Rue')?.params.allowed, ['Voirie', 'Parking public', 'Accès libre']);
    });

    it('numbers are compared as numbers: "1.0" equals 1', () => {
      const field = compileField({ type: 'number', constraints: { enum: [1, '2.5', 10] } });
      assertValid(field, ['1', '1.0', '1e0', '2.50', '10', '+10']);
      assertInvalid(field, ['3', '2.4'], 'constraint-error', 'enum');
      assert.deepEqual(field.check('3')?.params.allowed, ['1', '2.5', '10']);
      assertValid(compileField({ type: 'integer', constraints: { enum: ['1', 2] } }), ['01', '2']);
    });

    it('booleans, dates and other typed values compare as values', () => {
      assertValid(compileField({ type: 'boolean', trueValues: ['oui'], falseValues: ['non'], constraints: { enum: [true] } }), ['oui']);
      assertInvalid(compileField({ type: 'boolean', constraints: { enum: [true] } }), ['false', '0'], 'constraint-error', 'enum');
      const dates = compileField({ type: 'date', format: '%d/%m/%Y', constraints: { enum: ['2024-03-15', '16/03/2024'] } });
      assertValid(dates, ['15/03/2024', '16/03/2024']);
      assertInvalid(dates, ['17/03/2024'], 'constraint-error', 'enum');
    });

    it('long lists (a Set) and short ones (a scan) agree; NaN is a value like another', () => {
      const values = Array.from({ length: 40 }, (_, i) => `v${i}`);
      const long = compileField({ type: 'string', constraints: { enum: values } });
      assertValid(long, ['v0', 'v39']);
      assertInvalid(long, ['v40'], 'constraint-error', 'enum');
      assertValid(compileField({ type: 'number', constraints: { enum: ['NaN', 1] } }), ['NaN', 'nan']);
    });

    it('enum values that do not fit the type are reported once and left out', () => {
      const compiled = compileSchema({ fields: [{ name: 'n', type: 'integer', constraints: { enum: [1, 'deux', 3] } }] });
      assert.deepEqual(compiled.issues.map((issue) => [issue.variant, issue.params.constraint, issue.params.value]), [['invalid-constraint', 'enum', 'deux']]);
      assertValid(compiled.fields[0], ['1', '3']);
      assertInvalid(compiled.fields[0], ['2'], 'constraint-error', 'enum');
    });

    it('the most telling failure is reported: enum before pattern', () => {
      const field = compileField({ type: 'string', constraints: { pattern: '[A-Z]+', enum: ['AB'] } });
      assert.equal(field.check('x')?.params.variant, 'enum');
    });
  });

  describe('arrayItem', () => {
    it('each item of a JSON list is checked against the item constraints (menus-collectifs style)', () => {
      const field = compileField({ type: 'array', arrayItem: { type: 'string', constraints: { enum: ['végétarien', 'sans sel'] } } });
      assertValid(field, ['["végétarien"]', '["végétarien","sans sel"]', '[]']);
      const issue = field.check('["végétarien","sans gluten"]');
      assert.equal(issue?.params.variant, 'arrayItem');
      assert.equal(issue?.params.item, 'sans gluten');
      assert.equal(issue?.params.itemVariant, 'enum');
      assert.deepEqual(issue?.params.allowed, ['végétarien', 'sans sel']);
    });

    it('an item enum written beside the type (acceslibre style) counts too', () => {
      const field = compileField({ type: 'array', arrayItem: { type: 'string', enum: ['bouton', 'interphone'] } });
      assertValid(field, ['["bouton"]']);
      assertInvalid(field, ['["sonnette"]'], 'constraint-error', 'arrayItem');
    });

    it('item types are checked', () => {
      const field = compileField({ type: 'array', arrayItem: { type: 'integer', constraints: { minimum: 0 } } });
      assertValid(field, ['[1, 2]', '["3"]']);
      const issue = field.check('[1, -2]');
      assert.deepEqual([issue?.params.item, issue?.params.itemVariant], ['-2', 'minimum']);
      assert.equal(field.check('[1, 1.5]')?.params.itemCode, 'type-error');
    });
  });
});
