// The fixes for what spreadsheets do to French data: leading zeros, yes/no words, numbers with decimal commas,
// grouped thousands and units, enum values off by case or accents, surrounding spaces; and header fixes.
import { strict as assert } from 'node:assert';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { applied, described, fieldSchema, noteText, prepare, proposalAt } from './fixHarness';

describe('leading zeros', () => {
  const insee = fieldSchema({ name: 'code_insee', type: 'string', constraints: { pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' } });

  it('restores the zero Excel dropped when the pattern makes it certain', () => {
    const fixture = prepare('id,code_insee\n1,1053\n', insee);
    assert.deepEqual(described(proposalAt(fixture, 'constraint-error', 2).offers), [['leading-zeros', 'safe', 'Restore the leading zero: “01053”']]);
  });

  it('asks for a look for two zeros, and offers nothing when zeros cannot help', () => {
    const postcode = fieldSchema({ name: 'code_postal', type: 'string', constraints: { pattern: '^\\d{5}$' } });
    assert.equal(proposalAt(prepare('id,code_postal\n1,100\n', postcode), 'constraint-error', 2).offers[0].safety, 'unsafe');
    assert.deepEqual(proposalAt(prepare('id,code_postal\n1,12\n', postcode), 'constraint-error', 2).offers, []);
    assert.deepEqual(proposalAt(prepare('id,code_insee\n1,75A56\n', insee), 'constraint-error', 2).offers, []);
  });

  it('uses the SIREN check’s own certain correction, puts back the 0 of a phone number, writes overseas numbers internationally', () => {
    const siren: TableSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'siren', type: 'string' }], custom_checks: [{ name: 'french-siren-value', params: { column: 'siren' } }] };
    assert.deepEqual(described(proposalAt(prepare('id,siren\n1,12345674\n', siren), 'french-siren-value', 2).offers), [['leading-zeros', 'safe', 'Restore the leading zero: “012345674”']]);
    const phone = fieldSchema({ name: 'tel', type: 'string', constraints: { pattern: '^0\\d{9}$' } });
    assert.deepEqual(described(proposalAt(prepare('id,tel\n1,612345678\n', phone), 'constraint-error', 2).offers), [['leading-zeros', 'safe', 'Restore the leading zero: “0612345678”']]);
    const overseas: TableSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'tel', type: 'string' }], custom_checks: [{ name: 'phone-number-value', params: { column: 'tel' } }] };
    const international = proposalAt(prepare('id,tel\n1,0262 12 34 56\n', overseas), 'phone-number-value', 2).offers;
    assert.deepEqual(international.map((o) => [o.kind, o.safety]), [['phone-international', 'unsafe']]);
  });
});

describe('booleans', () => {
  const gratuit = (extra: Record<string, unknown> = {}) => fieldSchema({ name: 'gratuit', type: 'boolean', ...extra });

  it('maps oui/non/Vrai/X to the field’s values, preferring the form the column already uses', () => {
    const fixture = prepare('id,gratuit\n1,oui\n2,Non\n3,Vrai\n4,X\n5,TRUE\n6,TRUE\n', gratuit());
    const after = (row: number) => proposalAt(fixture, 'type-error', row).offers[0].changes?.[0].after;
    assert.deepEqual([after(2), after(3), after(4), after(5)], ['TRUE', 'false', 'TRUE', 'TRUE']);
    assert.equal(proposalAt(fixture, 'type-error', 2).offers[0].safety, 'safe');
    const french = prepare('id,gratuit\n1,Oui\n', gratuit({ trueValues: ['oui'], falseValues: ['non'] }));
    assert.deepEqual(described(proposalAt(french, 'type-error', 2).offers), [['boolean', 'safe', 'Replace with “oui”']]);
  });

  it('reads an empty cell of a required checkbox column as “no”, for a look', () => {
    const fixture = prepare('id,gratuit\n1,X\n2,\n', gratuit({ constraints: { required: true } }));
    assert.deepEqual(described(proposalAt(fixture, 'constraint-error', 3).offers), [['boolean', 'unsafe', 'Replace with “false”']]);
  });
});

describe('numbers', () => {
  const prix = (extra: Record<string, unknown> = {}) => fieldSchema({ name: 'prix', type: 'number', ...extra });
  const fix = (value: string, schema = prix(), others = '') => proposalAt(prepare(`id;prix\n1;${value}\n${others}`, schema), 'type-error', 2);

  it('rewrites decimal commas and grouped thousands (spaces, no-break spaces, dots) as safe fixes', () => {
    assert.deepEqual(described(fix('12,5').offers), [['number', 'safe', 'Write the number as “12.5”']]);
    assert.equal(fix('1\u202f234\u00a0567,89').offers[0].changes?.[0].after, '1234567.89');
    assert.equal(fix('1.234,5').offers[0].changes?.[0].after, '1234.5');
    assert.equal(fix('1 234', fieldSchema({ name: 'prix', type: 'integer' })).offers[0].changes?.[0].after, '1234');
    assert.equal(fix('12.5', prix({ decimalChar: ',' })).offers[0].changes?.[0].after, '12,5');
  });

  it('drops a unit or a currency sign only as a fix to look at', () => {
    assert.deepEqual(described(fix('12 €').offers), [['number-unit', 'unsafe', 'Keep only the number: “12” (the unit is dropped)']]);
    assert.equal(fix('22 kW').offers[0].changes?.[0].after, '22');
  });

  it('offers both readings of “1,234” unless another value proves the decimal comma', () => {
    const alone = fix('1,234');
    assert.deepEqual(described(alone.offers), [
      ['number', 'choice', 'Write the number as “1.234”'],
      ['number', 'choice', 'Write the number as “1234”'],
    ]);
    assert.match(noteText(alone) ?? '', /a decimal comma or a thousands separator/);
    assert.deepEqual(described(fix('1,234', prix(), '2;0,5\n').offers), [['number', 'safe', 'Write the number as “1.234”']]);
  });

  it('offers nothing for what is not a number', () => {
    assert.deepEqual(fix('environ 12').offers, []);
    assert.deepEqual(fix('12 34').offers, []);
  });
});

describe('enum values and spaces', () => {
  const acces = fieldSchema({ name: 'acces', type: 'string', constraints: { enum: ['interieur', 'exterieur', 'Accès libre'] } });

  it('takes the allowed value that differs only by case, accents or spaces', () => {
    const fixture = prepare('id,acces\n1,Intérieur\n2, accès LIBRE \n', acces);
    assert.deepEqual(described(proposalAt(fixture, 'constraint-error', 2).offers), [['enum-value', 'safe', 'Replace with the allowed value “interieur”']]);
    assert.equal(proposalAt(fixture, 'constraint-error', 3).offers[0].changes?.[0].after, 'Accès libre');
  });

  it('proposes a unique close match for a look, nothing when two are as close', () => {
    assert.deepEqual(described(proposalAt(prepare('id,acces\n1,intereiur\n', acces), 'constraint-error', 2).offers), [['enum-value', 'unsafe', 'Replace with the allowed value “interieur”']]);
    const twins = fieldSchema({ name: 'sens', type: 'string', constraints: { enum: ['entree', 'entrer'] } });
    assert.deepEqual(proposalAt(prepare('id,sens\n1,entrez\n', twins), 'constraint-error', 2).offers, []);
  });

  it('removes surrounding spaces when that is all that is wrong', () => {
    const insee = fieldSchema({ name: 'code', type: 'string', constraints: { pattern: '^\\d{5}$' } });
    const fixture = prepare('id,code\n1, 75056 \n', insee);
    assert.deepEqual(described(proposalAt(fixture, 'constraint-error', 2).offers), [['trim-spaces', 'safe', 'Remove the surrounding spaces: “75056”']]);
    assert.equal(applied(fixture, proposalAt(fixture, 'constraint-error', 2).offers[0]), 'id,code\n1,75056\n');
  });
});

describe('header fixes', () => {
  const schema: TableSchema = {
    fields: [
      { name: 'id', type: 'integer' },
      { name: 'date_maj', type: 'date', constraints: { required: true } },
      { name: 'commentaire', type: 'string' },
      { name: 'nom_station', type: 'string' },
    ],
  };

  it('renames a column to the schema’s exact name: safe for case and accents, a look for a typo', () => {
    const fixture = prepare('id,Date_Maj,nom_stationn\n1,2022-01-01,A\n', schema);
    assert.deepEqual(described(proposalAt(fixture, 'incorrect-label', 1, 'Date_Maj').offers), [['rename-header', 'safe', 'Rename the column to “date_maj”']]);
    assert.deepEqual(described(proposalAt(fixture, 'incorrect-label', 1, 'nom_stationn').offers), [['rename-header', 'unsafe', 'Rename the column to “nom_station”']]);
  });

  it('adds a missing column, empty, at the schema’s position in every row (blank lines and short rows left alone)', () => {
    const fixture = prepare('id,nom_station\r\n1,A\r\n\r\n2\r\n', schema);
    const required = proposalAt(fixture, 'missing-label', 1, 'date_maj');
    assert.deepEqual(described(required.offers), [['add-column', 'safe', 'Add the missing column `date_maj` (empty)']]);
    assert.equal(applied(fixture, required.offers[0]), 'id,date_maj,nom_station\r\n1,,A\r\n\r\n2,\r\n');
    assert.equal(proposalAt(fixture, 'missing-label', 1, 'commentaire').offers[0].safety, 'unsafe', 'an optional column is the user’s call');
  });

  it('trims a label with surrounding spaces', () => {
    const fixture = prepare('id, nom \n1,A\n');
    assert.deepEqual(described(proposalAt(fixture, 'label-whitespace', 1).offers), [['trim-spaces', 'safe', 'Remove the surrounding spaces: “nom”']]);
  });
});
