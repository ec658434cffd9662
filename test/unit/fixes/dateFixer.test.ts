// The date quick fix: the form the field wants (default ISO, a strptime format, datetime, yearmonth, a string
// field's pattern), the column deciding dd/mm against mm/dd, choices for ambiguous values, notes for the rest.
import { strict as assert } from 'node:assert';
import { applied, described, fieldSchema, noteText, prepare, proposalAt } from './fixHarness';

const dateField = (extra: Record<string, unknown> = {}) => fieldSchema({ name: 'date_maj', type: 'date', ...extra });

describe('date fixer', () => {
  it('writes a French date as ISO, editing only that cell, as a safe fix', () => {
    const fixture = prepare('id,date_maj\n1,30/12/2021\n2,2022-01-05\n', dateField());
    const { offers, note } = proposalAt(fixture, 'type-error', 2, 'date_maj');
    assert.deepEqual(described(offers), [['date', 'safe', 'Convert to “2021-12-30”']]);
    assert.deepEqual(offers[0].edits, [{ start: 14, end: 24, newText: '2021-12-30' }]);
    assert.deepEqual(offers[0].changes, [{ rowNumber: 2, column: 'date_maj', before: '30/12/2021', after: '2021-12-30' }]);
    assert.equal(note, undefined);
    assert.equal(applied(fixture, offers[0]), 'id,date_maj\n1,2021-12-30\n2,2022-01-05\n');
  });

  it('follows the field’s strptime format', () => {
    const fixture = prepare('id,date_maj\n1,2021-12-30\n', dateField({ format: '%d/%m/%Y' }));
    assert.deepEqual(described(proposalAt(fixture, 'type-error', 2).offers), [['date', 'safe', 'Convert to “30/12/2021”']]);
  });

  it('writes datetimes, months and years as their types want', () => {
    const datetime = prepare('id,quand\n1,13/03/2022 08:05\n', fieldSchema({ name: 'quand', type: 'datetime' }));
    assert.equal(proposalAt(datetime, 'type-error', 2).offers[0].changes?.[0].after, '2022-03-13T08:05:00');
    const month = prepare('id,mois\n1,Mars 2022\n', fieldSchema({ name: 'mois', type: 'yearmonth' }));
    assert.equal(proposalAt(month, 'type-error', 2).offers[0].changes?.[0].after, '2022-03');
  });

  it('reads numeric dates in the order the column proves, month first included', () => {
    const dayFirst = prepare('id,date_maj\n1,03/04/2022\n2,25/12/2021\n', dateField());
    assert.deepEqual(described(proposalAt(dayFirst, 'type-error', 2).offers), [['date', 'safe', 'Convert to “2022-04-03”']]);
    const monthFirst = prepare('id,date_maj\n1,03/04/2022\n2,12/25/2021\n', dateField());
    assert.deepEqual(described(proposalAt(monthFirst, 'type-error', 2).offers), [['date', 'safe', 'Convert to “2022-03-04”']]);
  });

  it('offers both readings as choices, with a note, when nothing in the column decides', () => {
    const fixture = prepare('id,date_maj\n1,03/04/2022\n2,05/06/2022\n', dateField());
    const proposal = proposalAt(fixture, 'type-error', 2);
    assert.deepEqual(described(proposal.offers), [
      ['date', 'choice', 'Read as day/month: “2022-04-03”'],
      ['date', 'choice', 'Read as month/day: “2022-03-04”'],
    ]);
    assert.match(noteText(proposal) ?? '', /can be read as “2022-04-03” or “2022-03-04”/);
    assert.match(noteText(proposal, 'fr') ?? '', /peut se lire « 2022-04-03 » ou « 2022-03-04 »/);
    assert.equal(fixture.session.fixAll('unsafe'), undefined, 'choices are never applied by a fix-all');
  });

  it('reports impossible dates with a note and no fix', () => {
    const fixture = prepare('id,date_maj\n1,31/04/2022\n', dateField());
    const proposal = proposalAt(fixture, 'type-error', 2);
    assert.deepEqual(proposal.offers, []);
    assert.deepEqual(proposal.note, { key: 'date-fix.impossible.date', params: { value: '31/04/2022', variant: 'date' } });
  });

  it('marks readings that deserve a look as unsafe, and says why in the title', () => {
    const serial = prepare('id,date_maj\n1,44562\n', dateField());
    assert.deepEqual(described(proposalAt(serial, 'type-error', 2).offers), [['date', 'unsafe', 'Convert to “2022-01-01” (Excel serial date number)']]);
    const twoDigits = prepare('id,date_maj\n1,14/07/89\n', dateField());
    assert.equal(proposalAt(twoDigits, 'type-error', 2).offers[0].safety, 'unsafe');
    const monthFirstAlone = prepare('id,date_maj\n1,04/13/2022\n2,25/12/2021\n', dateField());
    assert.deepEqual(described(proposalAt(monthFirstAlone, 'type-error', 2).offers), [['date', 'unsafe', 'Convert to “2022-04-13”']]);
  });

  it('fixes a string field whose pattern wants an ISO date', () => {
    const fixture = prepare('id,jour\n1,30/12/2021\n', fieldSchema({ name: 'jour', type: 'string', constraints: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }));
    assert.deepEqual(described(proposalAt(fixture, 'constraint-error', 2).offers), [['date', 'safe', 'Convert to “2021-12-30”']]);
  });

  it('offers every date of the column as one fix, the ambiguous and impossible ones left out', () => {
    const fixture = prepare('id,date_maj\n1,30/12/2021\n2,31/04/2022\n3,1er août 2012\n4,2022-01-01\n', dateField());
    const problem = fixture.report.problems.find((p) => p.rowNumber === 2)!;
    const column = fixture.session.columnFix(problem, 'date');
    assert.ok(column);
    assert.deepEqual(described([column.offer]), [['date', 'safe', 'Fix all 2 dates in `date_maj`']]);
    assert.equal(applied(fixture, column.offer), 'id,date_maj\n1,2021-12-30\n2,31/04/2022\n3,2012-08-01\n4,2022-01-01\n');
  });
});
