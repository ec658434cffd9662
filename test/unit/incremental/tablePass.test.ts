// A whole-table pass over a chunked text gives the hygiene problems a whole-text validation gives (the
// checks of a big document without a schema), whatever the chunks, the steps and the quotes.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { hygieneCheckers } from '../../../server/src/engine/checks/hygiene/hygieneChecker';
import { isHygieneCode } from '../../../server/src/engine/problems/codes/hygieneCodes';
import { ChunkedText } from '../../../server/src/engine/incremental/chunkedText';
import { TablePass } from '../../../server/src/engine/incremental/tablePass';
import { sniffDialect } from '../../../server/src/engine/table/dialect';
import { validateText } from '../../../server/src/engine/validate';
import { fixture } from '../hygiene/hygieneKit';
import { propertyRuns } from '../../support/properties';

function wholeText(text: string) {
  const report = validateText(text, { checkers: hygieneCheckers() });
  return { dialect: report.dialect, problems: report.problems.filter((problem) => isHygieneCode(problem.code)) };
}

function byPass(text: string, chunkSize: number, rowsPerStep: number) {
  const { dialect } = wholeText(text);
  const pass = new TablePass(new ChunkedText(text, { chunkSize }), dialect, hygieneCheckers());
  let steps = 0;
  while (pass.step(rowsPerStep)) steps++;
  assert.equal(pass.done, true);
  return { problems: pass.problems(), steps };
}

describe('TablePass (whole-table checks of a big document)', () => {
  it('finds the hygiene problems of the fixtures, in steps of a few rows', () => {
    for (const name of ['associations.csv', 'commerces.csv', 'petite-enfance.csv', 'repeated-header.csv']) {
      const text = fixture(name);
      const want = wholeText(text).problems;
      assert.ok(want.length > 0, `${name} has hygiene problems`);
      const { problems, steps } = byPass(text, 64, 2);
      assert.ok(steps > 1, `${name} read in several steps`);
      assert.deepEqual(problems, want, name);
    }
  });

  it('equals a whole-text validation on generated tables (quotes, blank rows, totals, gaps, mixed dates)', () => {
    const cell = fc.constantFrom('', '1', '2,5', '2.5', '#N/A', '=SOMME(A1:A2)', 'Total', '12/03/2024', '2024-03-12', 'oui', 'Oui', 'x', '"a;b"', '"l\nm"', '"', 'jean.dupont@gmail.com');
    const table = fc
      .record({
        header: fc.constantFrom('nom;date;montant;ok', 'Nom Commune;Date;Montant (€);email', 'a;b'),
        rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 25 }),
        crlf: fc.boolean(),
      })
      .map(({ header, rows, crlf }) => [header, ...rows.map((cells) => cells.join(';'))].join(crlf ? '\r\n' : '\n'));
    fc.assert(
      fc.property(table, fc.integer({ min: 8, max: 80 }), fc.integer({ min: 1, max: 7 }), (text, chunkSize, rowsPerStep) => {
        assert.deepEqual(byPass(text, chunkSize, rowsPerStep).problems, wholeText(text).problems);
      }),
      propertyRuns(300),
    );
  });

  it('reads the same dialect as the document: a header-less table goes to the checkers by position', () => {
    const text = 'Brest;12/03/2024\nQuimper;2024-03-12\nMorlaix;2024-03-13\n';
    const dialect = { ...sniffDialect(text), header: false };
    const want = validateText(text, { dialect, checkers: hygieneCheckers() }).problems.filter((problem) => isHygieneCode(problem.code));
    const pass = new TablePass(new ChunkedText(text, { chunkSize: 8 }), dialect, hygieneCheckers());
    while (pass.step(1));
    assert.deepEqual(pass.problems(), want);
  });
});
