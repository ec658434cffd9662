// The scopes and the machinery: fix-all by safety class (choices never), offers that clash deferred, fixing
// in rounds until nothing changes, cell quoting, and writing text back in its encoding.
import { strict as assert } from 'node:assert';
import { applyEdits, editsConflict, fixText } from '../../../server/src/engine';
import { encodeCell } from '../../../server/src/engine/table/cellText';
import { EditLedger } from '../../../server/src/engine/fixes/session';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { decodeBytes, encodeText, UnencodableCharacter } from '../../../server/src/engine/table/decode';
import { defaultDialect } from '../../../server/src/engine/table/dialect';
import { applied, prepare } from './fixHarness';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'date_maj', type: 'date', constraints: { required: true } },
    { name: 'horaires', type: 'string' },
    { name: 'latitude', type: 'number' },
    { name: 'longitude', type: 'number' },
    { name: 'prix', type: 'number' },
  ],
  custom_checks: [{ name: 'opening-hours-value', params: { column: 'horaires' } }],
};

describe('fix scopes', () => {
  // Row 2's date has two readings (nothing in the column has a day above 12): a choice, never taken.
  const text = 'id,date_maj,horaires,latitude,longitude,prix\n1,1er août 2021,lundi 9h-12h,48.1,-1.6,"12,5"\n2,03/04/2022,Mo 09:00-12:00,48.1,-1.6,5 €\n';

  it('fix-all takes the safe fixes only; unsafe mode adds the single-candidate ones; choices never', () => {
    const fixture = prepare(text, schema);
    const safe = fixture.session.fixAll('safe');
    assert.deepEqual(safe?.parts.map((p) => p.kind), ['date', 'number']);
    assert.equal(safe?.offer.title.key, 'fix.all.safe');
    const unsafe = fixture.session.fixAll('unsafe');
    assert.deepEqual(unsafe?.parts.map((p) => p.kind), ['date', 'opening-hours', 'number', 'number-unit']);
    assert.equal(
      applied(fixture, unsafe!.offer),
      'id,date_maj,horaires,latitude,longitude,prix\n1,2021-08-01,Mo 09:00-12:00,48.1,-1.6,12.5\n2,03/04/2022,Mo 09:00-12:00,48.1,-1.6,5\n',
    );
  });

  it('never takes two offers for the same cell or insertion point', () => {
    const ledger = new EditLedger();
    ledger.claim([{ start: 5, end: 9, newText: 'x' }, { start: 12, end: 12, newText: ',y' }]);
    assert.equal(ledger.fits([{ start: 5, end: 9, newText: 'z' }]), false);
    assert.equal(ledger.fits([{ start: 12, end: 12, newText: ',z' }]), false);
    assert.equal(ledger.fits([{ start: 9, end: 9, newText: ',z' }, { start: 0, end: 2, newText: 'a' }]), true);
    assert.equal(editsConflict([{ start: 0, end: 4, newText: '' }], [{ start: 2, end: 2, newText: 'x' }]), true);
    assert.equal(editsConflict([{ start: 0, end: 4, newText: '' }], [{ start: 4, end: 4, newText: 'x' }]), false);
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]));
  });

  it('fixes in rounds what interacts: two missing columns at one place, then the cells of a renamed column', () => {
    const wanted: TableSchema = {
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'date_maj', type: 'date', constraints: { required: true } },
        { name: 'commune', type: 'string', constraints: { required: true } },
        { name: 'prix', type: 'number' },
      ],
    };
    const result = fixText('id,Prix\n1,"12,5"\n2,3\n', { schema: wanted, mode: 'safe' });
    assert.equal(result.text, 'id,date_maj,commune,prix\n1,,,12.5\n2,,,3\n');
    assert.ok(result.rounds >= 2, `rounds: ${result.rounds}`);
    assert.deepEqual(
      result.applied.map((offer) => offer.kind).sort(),
      ['add-column', 'add-column', 'number', 'rename-header'],
    );
    const again = fixText(result.text, { schema: wanted, mode: 'safe' });
    assert.equal(again.text, result.text);
    assert.deepEqual(again.applied, []);
  });

  it('stops after the round limit', () => {
    const result = fixText(text, { schema, mode: 'unsafe', maxRounds: 1 });
    assert.equal(result.rounds, 1);
  });
});

describe('writing cells and files back', () => {
  it('quotes a value only when the dialect needs it, doubling quotes', () => {
    assert.equal(encodeCell('12.5', defaultDialect), '12.5');
    assert.equal(encodeCell('Mo-Fr 09:00-12:00,14:00-18:00', defaultDialect), '"Mo-Fr 09:00-12:00,14:00-18:00"');
    assert.equal(encodeCell('Mo-Fr 09:00-12:00,14:00-18:00', { ...defaultDialect, delimiter: ';' }), 'Mo-Fr 09:00-12:00,14:00-18:00');
    assert.equal(encodeCell('dit "bonjour"', defaultDialect), '"dit ""bonjour"""');
    assert.equal(encodeCell('a;b', { ...defaultDialect, delimiter: ';', quoteChar: '' }), undefined);
    assert.equal(encodeCell('x', defaultDialect, true), '"x"');
  });

  it('keeps a file that quotes every cell quoting its new values', () => {
    const fixture = prepare('"id","prix"\n"1","12,5"\n', { fields: [{ name: 'id', type: 'integer' }, { name: 'prix', type: 'number' }] });
    const offer = fixture.session.fixAll('safe')!.offer;
    assert.equal(applied(fixture, offer), '"id","prix"\n"1","12.5"\n');
  });

  it('encodes text back to the bytes it was decoded from: UTF-8 with its BOM, Windows-1252 with €, ’ and œ', () => {
    const bytes = Uint8Array.from([0x80, 0x92, 0x9c, 0xe9, 0x3b, 0x0d, 0x0a, 0x81]);
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.text, '€’œé;\r\n\u0081');
    assert.deepEqual([...encodeText(decoded.text, 'windows-1252')], [...bytes]);
    const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9]);
    const read = decodeBytes(utf8);
    assert.deepEqual([...encodeText(read.text, read.encoding, read.bom)], [...utf8]);
  });

  it('refuses a character Windows-1252 cannot hold rather than corrupting the file', () => {
    assert.throws(
      () => encodeText('ok → non', 'windows-1252'),
      (error: unknown) => error instanceof UnencodableCharacter && error.character === '→' && error.offset === 3,
    );
  });
});
