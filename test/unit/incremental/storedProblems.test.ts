// Problems kept with a row in compact form (shapes shared between problems, ranges relative to the row)
// read back exactly as reported, at the row's new place: same keys (an explicit undefined too), same order.
import * as assert from 'node:assert/strict';
import { ProblemShapes } from '../../../server/src/engine/incremental/storedProblems';
import type { Problem } from '../../../server/src/engine/problems/problem';

function problem(value: unknown, extra: Partial<Problem> = {}, params: Record<string, unknown> = {}): Problem {
  return {
    code: 'type-error',
    severity: 'error',
    range: { start: { offset: 1010, line: 7, character: 10 }, end: { offset: 1014, line: 7, character: 14 } },
    params: { variant: 'date', value, fieldType: 'date', allowed: ['a', 'b'], ...params } as Problem['params'],
    rowNumber: 5,
    fieldNumber: 3,
    fieldName: 'date_maj',
    ...extra,
  };
}

/** The same problem at a row moved by `shift` characters, `lines` lines and `rows` rows. */
function moved(p: Problem, shift: number, lines: number, rows: number): Problem {
  const at = (position: Problem['range']['start']) => ({ offset: position.offset + shift, line: position.line + lines, character: position.character });
  const copy: Problem = { ...p, range: { start: at(p.range.start), end: at(p.range.end) }, params: { ...p.params } };
  if (p.rowNumber !== undefined) copy.rowNumber = p.rowNumber + rows;
  return copy;
}

describe('stored problems', () => {
  const place = { start: 1000, line: 7, rowNumber: 5 };
  const later = { start: 5000, line: 40, rowNumber: 30 };
  const reported = [
    problem('31/12/2024'),
    problem('2024-02-30', {}, { reason: 'calendar' }),
    problem('x', { fieldNumber: undefined, rowNumber: undefined }),
    problem(12, { code: 'constraint-error', severity: 'warning' }, { variant: 'minimum', minimum: 0 }),
    { code: 'blank-row', severity: 'information', range: problem('').range, params: {}, rowNumber: 6 } as Problem,
  ];

  it('reads back each problem as reported, at the row’s place, and at a new place after the row moved', () => {
    const shapes = new ProblemShapes();
    const stored: unknown[] = [];
    for (const p of reported) shapes.store(p, place, stored);
    assert.equal(ProblemShapes.count(stored), reported.length);
    reported.forEach((p, i) => {
      assert.deepEqual(shapes.read(stored, i, place), p);
      assert.deepEqual(Object.keys(shapes.read(stored, i, place)), Object.keys(p), 'keys in the same order');
      assert.deepEqual(shapes.read(stored, i, later), moved(p, 4000, 33, 25));
      assert.equal(shapes.codeOf(stored, i), p.code);
      assert.equal(shapes.severityOf(stored, i), p.severity);
    });
  });

  it('shares one shape between problems that differ by their value only', () => {
    const shapes = new ProblemShapes(1);
    const stored: unknown[] = [];
    shapes.store(problem('a'), place, stored);
    shapes.store(problem('b'), place, stored);
    // The table of shapes holds one: a problem with other params is kept whole, and still read back exactly.
    shapes.store(reported[1], place, stored);
    assert.equal(stored[0], stored[8], 'the same shape');
    assert.equal(stored[16], -1, 'kept whole');
    assert.deepEqual(shapes.read(stored, 1, place), problem('b'));
    assert.deepEqual(shapes.read(stored, 2, later), moved(reported[1], 4000, 33, 25));
  });
});
