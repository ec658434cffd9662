// The checks' entry points for one row at a time (SchemaChecker with indexKeys: false, rowKeys, TableConstraints'
// problem builders, the shared mixed-line-endings builder): the same problems as a single pass.
import * as assert from 'node:assert/strict';
import type { CheckContext } from '../../../server/src/engine/checks/rowChecker';
import { SchemaChecker } from '../../../server/src/engine/checks/schemaChecker';
import { mixedLineEndingsProblem } from '../../../server/src/engine/checks/structure';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { defaultDialect } from '../../../server/src/engine/table/dialect';
import { CsvScanner, Terminator, type RowView } from '../../../server/src/engine/table/scanner';
import { validateText } from '../../../server/src/engine/validate';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'code', type: 'string', constraints: { unique: true } },
    { name: 'parent', type: 'integer' },
    { name: 'note', type: 'string' },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['parent'], reference: { resource: '', fields: ['id'] } }],
  custom_checks: [{ name: 'one-of-required', params: { column1: 'note', column2: 'absent' } }],
};

const text = 'id,code,parent,note\n1,A,,x\n2,A,9,\n2,B,1,y\nz,C,,\n';

/** Feeds every row of `text` to a callback with a context collecting problems. */
function eachRow(visit: (row: RowView, context: CheckContext) => void): Problem[] {
  const problems: Problem[] = [];
  const context: CheckContext = { dialect: defaultDialect, labels: [], report: (problem) => problems.push(problem) };
  new CsvScanner(defaultDialect).scan(text, 0, true, (row) => visit(row, context));
  return problems;
}

describe('checks one row at a time', () => {
  it('a row checked alone (indexKeys: false) reports what a single pass reports, except the table constraints', () => {
    const checker = new SchemaChecker(compileSchema(schema), { indexKeys: false });
    const alone = eachRow((row, context) => (row.index === 0 ? checker.header(row, context) : checker.row(row, context)));
    const full = validateText(text, { checkers: [new SchemaChecker(compileSchema(schema))] }).problems;
    const tableCodes = new Set(['unique-error', 'primary-key', 'foreign-key']);
    // Full pass problems without the table constraints = the rows checked alone.
    const codesOf = (problems: Problem[]) => problems.map((problem) => `${problem.rowNumber} ${problem.code}`).sort();
    assert.deepEqual(codesOf(alone), codesOf(full.filter((problem) => !tableCodes.has(problem.code))));
    assert.ok(full.some((problem) => problem.code === 'unique-error'), 'the full pass does find duplicates');
  });

  it('rowKeys reads the keys of the row just checked, and the builders give the problems of a single pass', () => {
    const checker = new SchemaChecker(compileSchema(schema), { indexKeys: false });
    const keys: unknown[][] = [];
    const built: Problem[] = [];
    eachRow((row, context) => {
      if (row.index === 0) return checker.header(row, context);
      checker.row(row, context);
      const table = checker.tableConstraints!;
      keys.push(checker.rowKeys(row)!);
      if (row.index === 2) built.push(table.uniqueProblem(0, row, 2), table.foreignKeyProblemOf(0, row));
      if (row.index === 3) built.push(table.primaryKeyProblem(row, 3));
    });
    // Slots: unique code, primary key id, then the foreign key (parent) and the key rows offer (id).
    assert.deepEqual(keys, [
      ['A', 1, undefined, 1],
      ['A', 2, 9, 2],
      ['B', 2, 1, 2],
      ['C', undefined, undefined, undefined],
    ]);
    const full = validateText(text, { checkers: [new SchemaChecker(compileSchema(schema))] }).problems;
    const pick = (code: string) => full.find((problem) => problem.code === code);
    assert.deepEqual(built, [pick('unique-error'), pick('foreign-key'), pick('primary-key')]);
  });

  it('finishCustomChecks gives the custom checks’ end-of-table report alone; startWithoutHeader reads fields by position', () => {
    const checker = new SchemaChecker(compileSchema(schema), { indexKeys: false });
    const problems = eachRow((row, context) => (row.index === 0 ? checker.header(row, context) : checker.row(row, context)));
    const before = problems.length;
    const context: CheckContext = { dialect: defaultDialect, labels: [], report: (problem) => problems.push(problem) };
    checker.finishCustomChecks(context);
    // one-of-required judges its columns from the header: nothing left for the end.
    assert.deepEqual(checker.customChecks, [{ name: 'one-of-required', finishes: false }]);
    assert.equal(problems.length, before, 'one-of-required with one column present: nothing at the end');
    const headerless = new SchemaChecker(compileSchema({ fields: [{ name: 'id', type: 'integer' }, { name: 'id', type: 'integer' }] }));
    const reported: Problem[] = [];
    headerless.startWithoutHeader({ dialect: defaultDialect, labels: [], report: (problem) => reported.push(problem) });
    headerless.startWithoutHeader({ dialect: defaultDialect, labels: [], report: (problem) => reported.push(problem) });
    assert.equal(reported.length, reported.filter((problem) => problem.code === 'schema-error').length);
  });

  it('mixedLineEndingsProblem names the majority and the first row of the minority', () => {
    const range = { start: { offset: 5, line: 1, character: 2 }, end: { offset: 7, line: 2, character: 0 } };
    const problem = mixedLineEndingsProblem([0, 3, 1, 0], (terminator) => (terminator === Terminator.CRLF ? { rowNumber: 4, range } : undefined));
    assert.deepEqual(problem?.params, { majority: 'LF', minority: 'CRLF', majorityCount: 3, minorityCount: 1 });
    assert.equal(problem?.rowNumber, 4);
    assert.equal(mixedLineEndingsProblem([0, 3, 0, 0], () => undefined), undefined);
  });
});
