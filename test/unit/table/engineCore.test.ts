// The engine's core (server/src/engine/core/), shared by every driver: the file-level checks kept up to
// date after edits agree with a fresh check; rows go to the checks they are for; the end of the table
// reports in a single pass's order.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CheckContext, RowChecker } from '../../../server/src/engine/checks/rowChecker';
import { StructureChecker } from '../../../server/src/engine/checks/structure';
import { FileChecks } from '../../../server/src/engine/core/fileChecks';
import { RowRouter, type RowKind } from '../../../server/src/engine/core/rowRouter';
import { reportTableEnd } from '../../../server/src/engine/core/tableEnd';
import { ChunkedText } from '../../../server/src/engine/incremental/chunkedText';
import { makeProblem } from '../../../server/src/engine/problems/makeProblem';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { defaultDialect } from '../../../server/src/engine/table/dialect';
import { CsvScanner, Terminator } from '../../../server/src/engine/table/scanner';
import { propertyRuns } from '../../support/properties';

/** Pieces that matter to the file-level checks: blanks, a control character, mojibake halves, text. */
const piece = fc.constantFrom(' ', '\n', '\t', '\u0001', '\u0000', 'Ã', '©', 'â€', '™', 'a,b', 'é');

describe('engine core', () => {
  it('file-level checks updated after edits equal a fresh check of the edited text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.array(piece, { maxLength: 4 })), { maxLength: 6 }), (start, edits) => {
        const text = new ChunkedText(start.join(''), { chunkSize: 8 });
        const checks = new FileChecks(undefined);
        checks.checkAll(text);
        for (const [at, length, inserted] of edits) {
          const from = Math.min(at, text.length);
          const to = Math.min(from + length, text.length);
          text.replace(from, to, inserted.join(''));
          checks.afterEdits(text, from, Math.min(text.length, text.length - inserted.join('').length + (to - from)));
          const fresh = FileChecks.of(text.slice(0, text.length));
          assert.equal(checks.stopped, fresh.checks.stopped);
          assert.deepEqual(checks.problems(text), fresh.problems);
        }
      }),
      propertyRuns(200),
    );
  });

  it('a decoded file tells its encoding at the position the caller located in the bytes', () => {
    const decoded = { encoding: 'windows-1252' as const, bom: false, binary: false, firstNonUtf8Offset: 5, firstNonUtf8Position: { offset: 5, line: 9, character: 1 } };
    const { problems } = FileChecks.of('a,b\nc\u00e9\n', decoded);
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.params.encoding, problem.range.start]),
      [['encoding-error', 'Windows-1252', { offset: 5, line: 9, character: 1 }]],
    );
    assert.deepEqual(FileChecks.of(' \n\t').problems.map((problem) => problem.code), ['empty-file']);
  });

  it('routes the header, blank and data rows; without structure checks a blank row reaches nobody', () => {
    const seen: string[] = [];
    const checker: RowChecker = {
      header: (row) => void seen.push(`header ${row.index}`),
      row: (row) => void seen.push(`row ${row.index}`),
    };
    const kinds: RowKind[] = [];
    const problems: Problem[] = [];
    const router = new RowRouter(defaultDialect, [checker], (problem) => problems.push(problem), new StructureChecker());
    new CsvScanner(defaultDialect).scan('id,nom\n1,a\n,\n2,b\n', 0, true, (row) => void kinds.push(router.route(row)));
    assert.deepEqual(kinds, ['header', 'data', 'blank', 'data']);
    assert.deepEqual(seen, ['header 0', 'row 1', 'row 3']);
    assert.deepEqual(router.labels, ['id', 'nom']);
    assert.deepEqual(problems.map((problem) => `${problem.rowNumber} ${problem.code}`), ['3 blank-row']);
    const alone = new RowRouter(defaultDialect, [], (problem) => problems.push(problem));
    new CsvScanner(defaultDialect).scan('id\n\n', 0, true, (row) => void alone.route(row));
    assert.equal(problems.length, 1);
  });

  it('ends the table in a single pass order: mixed line endings, the checkers, a header without rows', () => {
    const reported: Problem[] = [];
    const context: CheckContext = { dialect: defaultDialect, labels: [], report: (problem) => reported.push(problem) };
    const zero = { offset: 0, line: 0, character: 0 };
    const checker: RowChecker = { row: () => undefined, finish: (end) => end.report(makeProblem('foreign-key', { start: zero, end: zero })) };
    const range = { start: { offset: 3, line: 0, character: 3 }, end: { offset: 5, line: 1, character: 0 } };
    reportTableEnd([checker], context, {
      terminatorCounts: [0, 2, 1, 0],
      firstWith: (terminator) => (terminator === Terminator.CRLF ? { rowNumber: 1, range } : { rowNumber: 2, range }),
      headerOnly: true,
    });
    assert.deepEqual(reported.map((problem) => problem.code), ['mixed-line-endings', 'foreign-key', 'header-only']);
    reported.length = 0;
    reportTableEnd([checker], context);
    assert.deepEqual(reported.map((problem) => problem.code), ['foreign-key']);
  });
});
