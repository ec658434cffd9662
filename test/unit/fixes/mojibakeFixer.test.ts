// Double-encoded text (UTF-8 read once as Windows-1252 and saved again): the repair writes back every
// character, everywhere in the file, as one unsafe fix of the `encoding-error` (mojibake) problem.
import { strict as assert } from 'node:assert';
import { applyEdits, FixSession } from '../../../server/src/engine/fixes';
import { mojibakeRepairs } from '../../../server/src/engine/fixes/fixers/mojibakeFixer';
import { validateText } from '../../../server/src/engine/validate';

/** What a UTF-8 text becomes once read as Windows-1252 and written again as UTF-8. */
function doubleEncoded(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const special: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x84: '„', 0x85: '…', 0x89: '‰', 0x8c: 'Œ', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x99: '™', 0x9c: 'œ' };
  return [...bytes].map((byte) => special[byte] ?? String.fromCharCode(byte)).join('');
}

describe('mojibake repair', () => {
  const original = 'nom;commune;remarque\nCrèche Hôpital;Saint-Étienne;L’accès « libre » coûte 2 €\nÉcole;Orléans;œuvre\n';
  const garbled = doubleEncoded(original);

  it('finds every double-encoded character and writes it back', () => {
    assert.match(garbled, /CrÃ¨che/);
    const { edits, example } = mojibakeRepairs(garbled);
    assert.deepEqual(example, { from: 'Ã¨', to: 'è' });
    assert.equal(applyEdits(garbled, edits), original);
  });

  it('leaves a text that only looks like it alone (a lone Ã, correct accents)', () => {
    const text = 'nom\nÃ la carte\nCrèche\nMÃ\n';
    assert.deepEqual(mojibakeRepairs(text).edits, []);
  });

  it('is offered on the encoding problem as one unsafe fix of the whole file', () => {
    const report = validateText(garbled);
    const problem = report.problems.find((p) => p.code === 'encoding-error');
    assert.equal(problem?.params.variant, 'mojibake');
    const session = new FixSession({ text: garbled, problems: report.problems, dialect: report.dialect });
    const { offers } = session.proposalFor(problem!);
    assert.equal(offers.length, 1);
    assert.equal(offers[0].kind, 'repair-mojibake');
    assert.equal(offers[0].safety, 'unsafe');
    assert.equal(applyEdits(garbled, offers[0].edits), original);
    assert.equal(session.fixAll('safe'), undefined, 'not among the safe fixes');
  });
});
