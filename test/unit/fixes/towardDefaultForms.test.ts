// The schema-driven conversions only ever write the form the field asks for, which is Table Schema's default
// (ISO 8601 dates and date-times, a decimal point) unless the field says otherwise: a value already in ISO
// 8601 or with a decimal point is never a problem there, so never rewritten; a French value goes to ISO.
import { strict as assert } from 'node:assert';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { prepare } from './fixHarness';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'date_maj', type: 'date' },
    { name: 'horodatage', type: 'datetime' },
    { name: 'montant', type: 'number' },
    { name: 'latitude', type: 'number' },
    { name: 'periode', type: 'string', constraints: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
  ],
};

describe('schema-driven conversions go toward the field’s form, ISO 8601 and the decimal point by default', () => {
  it('leaves ISO values and decimal points alone, and writes French values in ISO 8601 and with a point', () => {
    const text = [
      'id;date_maj;horodatage;montant;latitude;periode',
      '1;2024-03-15;2024-03-15T08:30:00;12.5;48.3911;2024-03-15',
      '2;15/03/2024;15/03/2024 08:30;12,5;48,3911;15/03/2024',
      '3;25 mars 2024;2024-03-25T10:00:00Z;1 234,50;48.39;2024-03-25',
    ].join('\n') + '\n';
    const fixture = prepare(text, schema);
    const cells = fixture.report.problems.filter((p) => p.rowNumber !== undefined && p.rowNumber > 1);
    // Only the French values are problems: nothing in ISO form or with a point is.
    assert.deepEqual(
      cells.map((p) => `${p.rowNumber} ${p.fieldName}`),
      ['3 date_maj', '3 horodatage', '3 montant', '3 latitude', '3 periode', '4 date_maj', '4 montant'],
    );
    const changes = cells.flatMap((p) => fixture.session.proposalFor(p).offers.flatMap((offer) => offer.changes ?? []));
    assert.deepEqual(
      changes.map((change) => `${change.column}: ${change.before} → ${change.after}`),
      [
        'date_maj: 15/03/2024 → 2024-03-15',
        'horodatage: 15/03/2024 08:30 → 2024-03-15T08:30:00',
        'montant: 12,5 → 12.5',
        'latitude: 48,3911 → 48.3911',
        'periode: 15/03/2024 → 2024-03-15',
        'date_maj: 25 mars 2024 → 2024-03-25',
        'montant: 1 234,50 → 1234.50',
      ],
    );
  });
});
