// The opening-hours quick fix: French text converted to OSM syntax (unsafe: it deserves a look), the library's
// own rewriting of a value it accepts with warnings (safe), fields named like opening hours with a pattern,
// quoting where the value holds the delimiter, and notes for what is not converted.
import { strict as assert } from 'node:assert';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { applied, described, noteText, prepare, proposalAt } from './fixHarness';

const checked: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'horaires', type: 'string' },
  ],
  custom_checks: [{ name: 'opening-hours-value', params: { column: 'horaires' } }],
};

describe('opening-hours fixer', () => {
  it('converts French text, shows the value in the title, and quotes it in a comma file', () => {
    const fixture = prepare('id,horaires\n1,du lundi au vendredi de 9h à 12h et de 14h à 18h\n', checked);
    const { offers } = proposalAt(fixture, 'opening-hours-value', 2);
    assert.deepEqual(described(offers), [['opening-hours', 'unsafe', 'Convert to “Mo-Fr 09:00-12:00,14:00-18:00” — Monday to Friday 9:00–12:00 and 14:00–18:00']]);
    assert.equal(applied(fixture, offers[0]), 'id,horaires\n1,"Mo-Fr 09:00-12:00,14:00-18:00"\n');
  });

  it('leaves the value bare in a semicolon file', () => {
    const fixture = prepare('id;horaires\n1;lundi, mardi 9h-12h et 14h-17h\n', checked);
    assert.equal(applied(fixture, proposalAt(fixture, 'opening-hours-value', 2).offers[0]), 'id;horaires\n1;Mo,Tu 09:00-12:00,14:00-17:00\n');
  });

  it('takes the library’s rewriting of a value it only accepts with warnings, as a safe fix', () => {
    const fixture = prepare('id,horaires\n1,Mo-Fr 08h-18h\n', checked);
    assert.deepEqual(described(proposalAt(fixture, 'opening-hours-value', 2).offers), [['opening-hours-normalize', 'safe', 'Convert to “Mo-Fr 08:00-18:00” — Monday to Friday 8:00–18:00']]);
    // Words the library had to guess are its reading, not a certainty.
    const guessed = prepare('id,horaires\n1,lundi-vendredi 9-12\n', checked);
    assert.deepEqual(described(proposalAt(guessed, 'opening-hours-value', 2).offers), [['opening-hours-normalize', 'unsafe', 'Convert to “Mo-Fr 09:00-12:00” — Monday to Friday 9:00–12:00']]);
  });

  it('converts a field named like opening hours when the value fails its pattern', () => {
    const schema: TableSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'horaires_ouverture', type: 'string', constraints: { pattern: '(.*?)((\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})|24/7)' } }] };
    const fixture = prepare('id,horaires_ouverture\n1,Lundi 8h-12h / 14h-18h samedi 9h-12h\n', schema);
    assert.deepEqual(described(proposalAt(fixture, 'constraint-error', 2).offers), [['opening-hours', 'unsafe', 'Convert to “Mo 08:00-12:00,14:00-18:00; Sa 09:00-12:00” — Monday 8:00–12:00 and 14:00–18:00; Saturday 9:00–12:00']]);
    const other = prepare('id,code\n1,Lundi 8h-12h\n', { fields: [{ name: 'id', type: 'integer' }, { name: 'code', type: 'string', constraints: { pattern: '\\d+' } }] });
    assert.ok(!proposalAt(other, 'constraint-error', 2).offers.some((o) => o.kind === 'opening-hours'), 'not for a column that is not about opening hours');
  });

  it('explains what it cannot convert, and offers nothing', () => {
    const words = proposalAt(prepare('id,horaires\n1,lundi au vendredi 9h 12h 14h\n', checked), 'opening-hours-value', 2);
    assert.deepEqual(words.offers, []);
    assert.equal(noteText(words), 'Not converted to OpenStreetMap opening_hours: these words were not understood: “9h 12h 14h”.');
    const holidays = proposalAt(prepare('id,horaires\n1,grandes vacances 9h-12h\n', checked), 'opening-hours-value', 2);
    assert.deepEqual(holidays.offers, []);
    assert.match(noteText(holidays, 'fr') ?? '', /ne disent pas lesquelles/);
    const openEnd = proposalAt(prepare('id,horaires\n1,dès 18h\n', checked), 'opening-hours-value', 2);
    assert.deepEqual(openEnd.offers, []);
    assert.match(noteText(openEnd) ?? '', /18:00\+ in OpenStreetMap, which Validata refuses/);
  });
});
