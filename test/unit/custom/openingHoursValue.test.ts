// opening-hours-value: errors and warnings of opening_hours.js, cached per distinct value, library
// loaded lazily.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { judgeOpeningHours } from '../../../server/src/engine/checks/custom/openingHoursValue';
import { judgeValues, runCheck } from './customCheckKit';

describe('custom check opening-hours-value', () => {
  it('accepts valid OpenStreetMap opening hours', () => {
    const values = ['Mo-Fr 08:00-12:00,14:00-18:00', '24/7', 'Mo-Sa 08:00-18:00; PH off', 'Tu-Fr 09:00-13:00; Sa 10:00-12:00,14:00-17:00', 'Jul-Aug Tu-Fr 09:00-13:00'];
    for (const [value, issue] of judgeValues('opening-hours-value', values)) assert.equal(issue, undefined, value);
  });

  it('reports values the library cannot parse as errors, with its explanation in English and French', () => {
    const issue = judgeValues('opening-hours-value', ['lundi 9h']).get('lundi 9h');
    assert.equal(issue?.code, 'opening-hours-value');
    assert.equal(issue?.severity, undefined); // the code's default: error
    assert.equal(issue?.params.variant, undefined);
    assert.match(String(issue?.params.detail), /Unexpected token/);
    assert.match(String(issue?.params.detailFr), /Caractère inattendu/);
    assert.equal(issue?.params.suggestion, undefined);
  });

  it('reports values accepted only with warnings as warnings, with a re-validated suggestion', () => {
    const issue = judgeValues('opening-hours-value', ['Mo-Fr 8h-12h']).get('Mo-Fr 8h-12h');
    assert.equal(issue?.severity, 'warning');
    assert.equal(issue?.params.variant, 'warning');
    assert.match(String(issue?.params.detail), /omit "h"/);
    assert.match(String(issue?.params.detailFr), /Veuillez omettre "h"/);
    assert.equal(issue?.params.suggestion, 'Mo-Fr 08:00-12:00');
    assert.equal(judgeOpeningHours(String(issue?.params.suggestion)).en.length, 0);
  });

  it('offers no suggestion when the library had to guess one-letter day names', () => {
    const verdict = judgeOpeningHours('L-V 8h-17h');
    assert.equal(verdict.valid, true);
    assert.ok(verdict.en.length > 0);
    assert.equal(verdict.prettified, undefined); // the library reads it "Sa-Su 08:00-17:00"
    assert.equal(judgeOpeningHours('Lu-Ve 9h-12h, 14h-18h').prettified, 'Mo-Fr 09:00-12:00,14:00-18:00');
  });

  it('warns about unconnected selectors in one rule (a missing ";")', () => {
    const verdict = judgeOpeningHours('Mo-Fr 08:00-12:00 Sa 09:00-12:00');
    assert.equal(verdict.valid, true);
    assert.ok(verdict.en.some((warning) => /not connected/.test(warning)));
  });

  it('keeps one result per distinct value', () => {
    assert.equal(judgeOpeningHours('Mo 10:00-11:00'), judgeOpeningHours('Mo 10:00-11:00'));
  });

  it('skips empty cells and absent columns', () => {
    assert.deepEqual(runCheck('opening-hours-value', { column: 'horaires' }, [['horaires'], [''], ['Mo 10:00-12:00']]), []);
    assert.deepEqual(runCheck('opening-hours-value', { column: 'horaires' }, [['autre'], ['n importe quoi']]), []);
  });

  it('requires opening_hours lazily, never at the top of a module (LGPL, kept external)', () => {
    const dir = path.join(__dirname, '../../../server/src/engine/checks/custom');
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(source, /^import[^;]*from 'opening_hours'/m, file);
      assert.doesNotMatch(source, /^(?:const|let|var)[^;]*require\('opening_hours'\)/m, file);
    }
  });

  it('tells every expected value of the opening-hours corpus valid without warning', () => {
    const corpus = fs.readFileSync(path.join(__dirname, '../../fixtures/custom/opening-hours-expected.txt'), 'utf8').split('\n').filter(Boolean);
    assert.ok(corpus.length >= 50);
    for (const value of corpus) assert.deepEqual(judgeOpeningHours(value).en, [], value);
  });
});
