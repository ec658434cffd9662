// Unit tests of parseCoordinate: one number in decimal, decimal-comma, DMS, DDM and hemisphere notations.
import { strict as assert } from 'node:assert';
import { parseCoordinate } from '../../../server/src/engine/geo/parseCoordinate';

function degrees(text: string, axis?: 'lat' | 'lon'): number {
  const result = parseCoordinate(text, axis);
  assert.ok(result.ok, `${text}: ${JSON.stringify(result)}`);
  return Math.round(result.value * 1e6) / 1e6;
}

function reason(text: string, axis?: 'lat' | 'lon'): string {
  const result = parseCoordinate(text, axis);
  assert.ok(!result.ok, `${text} should fail, got ${JSON.stringify(result)}`);
  return result.reason;
}

describe('parseCoordinate', () => {
  it('reads decimals with a point or a comma, signs, a degree mark and spaces around', () => {
    assert.equal(degrees('48.1173'), 48.1173);
    assert.equal(degrees('48,1173'), 48.1173);
    assert.equal(degrees(' -1,6778 '), -1.6778);
    assert.equal(degrees('+48.5', 'lat'), 48.5);
    assert.equal(degrees('48.5°'), 48.5);
    assert.equal(degrees('−1.5'), -1.5); // U+2212 minus sign
    const comma = parseCoordinate('48,1173');
    assert.ok(comma.ok && comma.transformations.includes('decimal-comma'));
  });

  it('reads degrees-minutes-seconds with every usual mark', () => {
    for (const text of [`48°07'02.3"N`, '48°07′02.3″N', '48º07’02.3”N', '48° 07\' 02.3" N', '48d07m02.3sN', '48 07 02.3 N', '48:07:02.3 N', `48°07'02,3"N`]) {
      assert.equal(degrees(text), 48.117306, text);
    }
    const dms = parseCoordinate(`48°07'02.3"N`);
    assert.ok(dms.ok && dms.axis === 'lat' && dms.transformations.includes('dms') && dms.transformations.includes('hemisphere'));
  });

  it('reads degrees and decimal minutes', () => {
    assert.equal(degrees("48°07.038'N"), 48.1173);
    assert.equal(degrees("4°50.142'E"), 4.8357);
    const ddm = parseCoordinate("48°07.038'N");
    assert.ok(ddm.ok && ddm.transformations.includes('ddm'));
  });

  it('makes S, W and O (ouest) negative, as prefix or suffix, letters or words', () => {
    assert.equal(degrees('1.6778 W'), -1.6778);
    assert.equal(degrees('1.6778 O'), -1.6778);
    assert.equal(degrees('1,6778 ouest'), -1.6778);
    assert.equal(degrees('W 1.6778'), -1.6778);
    assert.equal(degrees('21.1 S'), -21.1);
    assert.equal(degrees('55.5 E'), 55.5);
    assert.equal(degrees('55.5 est'), 55.5);
    assert.equal(degrees('-1.6778 W'), -1.6778); // a redundant sign is fine
  });

  it('checks the axis: range and hemisphere letter', () => {
    assert.equal(reason('91', 'lat'), 'out-of-range');
    assert.equal(degrees('91', 'lon'), 91);
    assert.equal(reason('181', 'lon'), 'out-of-range');
    assert.equal(reason('1.5 W', 'lat'), 'axis-mismatch');
    assert.equal(reason('48.1 N', 'lon'), 'axis-mismatch');
    assert.equal(reason('95 N'), 'out-of-range');
  });

  it('refuses contradictions and malformed DMS', () => {
    assert.equal(reason('-48.1 N'), 'conflicting-sign');
    assert.equal(reason("48°61'N"), 'invalid-minutes');
    assert.equal(reason(`48°07'60"N`), 'invalid-minutes');
    assert.equal(reason("48.5°07'N"), 'unrecognized');
    assert.equal(reason('quarante-huit'), 'unrecognized');
    assert.equal(reason(''), 'empty');
  });

  it('recovers a value Excel showed as a date only when one number gives that date', () => {
    const recovered = parseCoordinate('02-déc.', 'lon');
    assert.deepEqual(recovered, { ok: true, value: 2.12, transformations: ['excel-date'], confidence: 'review' });
    assert.equal(reason('02-mai', 'lon'), 'excel-date-ambiguous'); // 2.5 or 2.05
    assert.equal(reason('févr.-13', 'lon'), 'excel-date-ambiguous'); // 2.13 or 2.2013
  });

  it('does not guess whether a bare five-digit number is an Excel serial or lost its decimal point', () => {
    assert.equal(reason('45628', 'lon'), 'ambiguous');
  });
});
