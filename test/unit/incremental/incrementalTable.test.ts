// The incremental table on scenarios of editing a big file: what an edit re-checks, pending work done in
// steps, restarts, table constraints following rows, problem pages and positions.
import * as assert from 'node:assert/strict';
import { SchemaChecker } from '../../../server/src/engine/checks/schemaChecker';
import type { CustomCheckFactory } from '../../../server/src/engine/checks/custom/types';
import { customCheckFactories } from '../../../server/src/engine/checks/custom';
import { IncrementalTable, type IncrementalOptions } from '../../../server/src/engine/incremental/incrementalTable';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { compiledSchemaFor } from '../../../server/src/engine/schema/compiledSchemas';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { validateText } from '../../../server/src/engine/validate';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'code', type: 'string', constraints: { unique: true } },
    { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
    { name: 'parent', type: 'integer' },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['parent'], reference: { resource: '', fields: ['id'] } }],
};

function rows(count: number): string {
  const lines = ['id,code,kind,parent'];
  for (let i = 1; i <= count; i++) lines.push(`${i},C${i},${i % 2 === 0 ? 'a' : 'b'},${i > 1 ? i - 1 : ''}`);
  return `${lines.join('\n')}\n`;
}

function fresh(text: string, options: IncrementalOptions): Problem[] {
  const checkers = options.schema ? [new SchemaChecker(compiledSchemaFor(options.schema), { customChecks: options.customChecks ?? customCheckFactories })] : [];
  return validateText(text, { dialect: options.dialect, checkers }).problems;
}

function assertFresh(table: IncrementalTable, options: IncrementalOptions): void {
  assert.equal(table.isPending, false, 'no work left');
  assert.deepEqual(table.problems().problems, fresh(table.text.getText(), options));
}

function brief(problem: Problem): string {
  return `${problem.rowNumber} ${problem.code} ${problem.fieldName ?? '-'}`;
}

describe('IncrementalTable', () => {
  const options = { schema };

  it('re-checks only the edited row of a big table, and later rows keep their problems at their new place', () => {
    const text = rows(5000).replace('\n4000,C4000,a,', '\n4000,C4000,z,');
    const table = IncrementalTable.open(text, options);
    assert.deepEqual(table.problems().problems.map(brief), ['4001 constraint-error kind']);
    const before = table.problems().problems[0].range;
    // Type a letter into the kind of row 10 ("a" → "ax"): one row is scanned and checked again.
    const at = table.text.getText().indexOf('\n10,C10,a') + 8;
    const outcome = table.applyEdits([{ start: at + 1, end: at + 1, newText: 'x' }]);
    assert.deepEqual(outcome, { rowsChecked: 1, pending: false });
    assert.deepEqual(table.problems().problems.map(brief), ['11 constraint-error kind', '4001 constraint-error kind']);
    const after = table.problems().problems[1].range;
    assert.equal(after.start.offset, before.start.offset + 1);
    assert.equal(after.start.line, before.start.line);
    assertFresh(table, options);
  });

  it('takes LSP changes in lines and characters, and a pasted block of rows', () => {
    const table = IncrementalTable.open(rows(50), options);
    table.applyEdits([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '100,C100,a,99\n101,C101,b,100\n' }]);
    assert.equal(table.rowCount, 52);
    assert.deepEqual(table.problems().problems.map(brief), ['4 foreign-key parent']);
    assertFresh(table, options);
  });

  it('a quote that swallows the rest of the file leaves work pending; steps finish it, and a newer edit merges into it', () => {
    const text = rows(3000);
    const table = IncrementalTable.open(text, { ...options, rowBudget: 10 });
    const at = text.indexOf('\n5,C5') + 1;
    let outcome = table.applyEdits([{ start: at, end: at, newText: '"' }]);
    assert.equal(outcome.rowsChecked, 1, 'the whole rest is one unclosed row');
    assert.equal(table.rowCount, 5);
    assertFresh(table, options);
    // Closing the quote brings every row back: more than the budget, so the rest is left to step().
    outcome = table.applyEdits([{ start: at + 2, end: at + 2, newText: '"' }]);
    assert.equal(outcome.pending, true);
    assert.equal(outcome.rowsChecked, 10);
    assert.equal(table.totals().pending, true);
    // A newer edit before the work is done: typing in row 2. It merges into the pending work.
    const row2 = table.text.getText().indexOf('\n2,C2,a') + 6;
    table.applyEdits([{ start: row2, end: row2, newText: 'x' }]);
    let steps = 0;
    while (table.step(500)) steps++;
    assert.ok(steps >= 4, `done in ${steps} steps of 500 rows`);
    assert.equal(table.rowCount, 3000);
    assertFresh(table, options);
  });

  it('a huge quoted row is read over several steps', () => {
    const text = `a,b\n"${'x\n'.repeat(4_500_000)}",1\n1,2\n`;
    const table = IncrementalTable.openPending(text, {});
    let steps = 0;
    while (table.step()) steps++;
    assert.ok(steps >= 1, `read in ${steps + 1} steps`);
    assertFresh(table, {});
  });

  it('a quote never closed makes the rest one cell, not read: only the quote is reported (typed, then removed)', () => {
    const text = rows(3000);
    const table = IncrementalTable.open(text, options);
    // A quote typed at the start of the kind of row 3: the rest of the text (≈ 60k characters) is one cell.
    const at = text.indexOf('\n3,C3,') + 6;
    table.applyEdits([{ start: at, end: at, newText: '"' }]);
    while (table.step());
    const problems = table.problems().problems;
    // The source-error and the missing parent cell: the cell itself is not checked against its enum.
    assert.deepEqual(problems.map(brief), ['4 source-error -', '4 missing-cell parent']);
    assert.equal(problems[0].params.variant, 'unclosed-quote');
    assert.deepEqual(problems[1].range.start, { offset: table.text.length, line: 3001, character: 0 });
    assert.equal(table.rowCount, 3);
    assertFresh(table, options);
    // The cell under the cursor is that whole cell, read only when its value is asked for.
    const cell = table.cellAt(at + 100);
    assert.deepEqual([cell?.row, cell?.cell, cell?.start, cell?.end], [3, 2, at, table.text.length]);
    assert.equal(cell?.value, text.slice(at));
    // Removed again: every row comes back.
    table.applyEdits([{ start: at, end: at + 1, newText: '' }]);
    while (table.step());
    assert.equal(table.rowCount, 3000);
    assertFresh(table, options);
  });

  it('a quote never closed is followed by searching the rest of the text, not by copying it', () => {
    // With a threshold of 40 characters the row below is long: the scanner's window stops growing there,
    // and the rest is searched for a closing quote (a doubled quote inside is read as one).
    const long = { ...options, longRow: 40, firstWindow: 8, chunkSize: 16 };
    const text = `${rows(30)}31,"a ""b"" ${'c\n'.repeat(50)}`;
    const table = IncrementalTable.open(text, long);
    while (table.step());
    assert.deepEqual(table.problems().problems.map(brief), ['32 source-error -', '32 missing-cell kind']);
    assertFresh(table, long);
    const start = text.indexOf('31,"') + 3;
    assert.equal(table.cellAt(start + 50)?.value, `a "b" ${'c\n'.repeat(50)}`);
    // Closing it further down splits the rest again.
    table.applyEdits([{ start: text.length - 4, end: text.length - 4, newText: '",a,1\n' }]);
    while (table.step());
    assertFresh(table, long);
    assert.equal(table.rowCount, 33);
  });

  it('checks everything again when the header changes or the delimiter does', () => {
    const table = IncrementalTable.open(rows(20), options);
    let outcome = table.applyEdits([{ start: 3, end: 7, newText: 'kode' }]);
    assert.equal(outcome.restarted, 'header');
    while (table.step());
    assert.deepEqual(table.labels, ['id,kode,kind,parent'.split(',')].flat());
    assertFresh(table, options);
    const text = table.text.getText().replace(/,/g, ';');
    outcome = table.applyEdits([{ start: 0, end: table.text.length, newText: text }]);
    assert.equal(outcome.restarted, 'dialect');
    while (table.step());
    assert.equal(table.dialect.delimiter, ';');
    assertFresh(table, options);
  });

  it('the first occurrence of a duplicate is the earliest row, also when a row is inserted above it', () => {
    const text = rows(10).replace('7,C7,', '7,C3,');
    const table = IncrementalTable.open(text, options);
    assert.deepEqual(
      table.problems().problems.map((problem) => [brief(problem), problem.params.firstRowNumber]),
      [['8 unique-error code', 4]],
    );
    // A row holding C3 pasted at the top becomes the first occurrence: both later rows repeat it.
    table.applyEdits([{ start: 'id,code,kind,parent\n'.length, end: 'id,code,kind,parent\n'.length, newText: '50,C3,a,\n' }]);
    assert.deepEqual(
      table.problems().problems.map((problem) => [brief(problem), problem.params.firstRowNumber]),
      [
        ['5 unique-error code', 2],
        ['9 unique-error code', 2],
      ],
    );
    assertFresh(table, options);
    // Deleting it again: row 4 is the first again.
    table.applyEdits([{ start: 'id,code,kind,parent\n'.length, end: 'id,code,kind,parent\n50,C3,a,\n'.length, newText: '' }]);
    assert.deepEqual(table.problems().problems.map((problem) => problem.params.firstRowNumber), [4]);
    assertFresh(table, options);
  });

  it('a foreign key follows the row it refers to', () => {
    const table = IncrementalTable.open(rows(6), options);
    const text = table.text.getText();
    const row3 = text.indexOf('\n3,C3');
    // Renumbering row 3 breaks the reference of row 4 (parent 3); renumbering it back mends it.
    table.applyEdits([{ start: row3 + 1, end: row3 + 2, newText: '30' }]);
    assert.deepEqual(table.problems().problems.map(brief), ['5 foreign-key parent']);
    assertFresh(table, options);
    table.applyEdits([{ start: row3 + 1, end: row3 + 3, newText: '3' }]);
    assert.deepEqual(table.problems().problems, []);
  });

  it('gives the first problems in file order and counts the rest by code', () => {
    const text = rows(300).replace(/,a,/g, ',z,');
    const table = IncrementalTable.open(text, options);
    const page = table.problems(10);
    assert.equal(page.problems.length, 10);
    assert.equal(page.total, 150);
    assert.deepEqual(page.hidden, { 'constraint-error': 140 });
    assert.deepEqual(page.problems, fresh(text, options).slice(0, 10));
    const totals = table.totals();
    assert.deepEqual(totals.byCode, { 'constraint-error': 150 });
    assert.equal(totals.bySeverity.error, 150);
    assert.equal(totals.rowCount, 300);
  });

  it('finds the row and the cell at a position', () => {
    const text = 'nom,adresse,commune\r\n"Mairie","1 place\r\nde la Mairie",Brest\r\nPoste,,Quimper\r\n';
    const table = IncrementalTable.open(text);
    assert.deepEqual(table.rowAt(30), { row: 1, start: 21, next: 61, line: 1 });
    assert.deepEqual(table.rowAtLine(2), { row: 1, start: 21, next: 61, line: 1 });
    assert.deepEqual(table.cellAt(text.indexOf('de la')), { row: 1, cell: 1, value: '1 place\r\nde la Mairie', start: 30, end: 53 });
    assert.deepEqual(table.positionAt(text.indexOf('de la')), { line: 2, character: 0 });
  });

  it('judges the columns of a one-of-required check on the header: a header edit restarts, a short first row does not', () => {
    const withCheck: TableSchema = { ...schema, custom_checks: [{ name: 'one-of-required', params: { column1: 'kind', column2: 'parent' } }] };
    const text = rows(30);
    const table = IncrementalTable.open(text, { schema: withCheck });
    // Row 2 loses its last two cells: missing cells, not absent columns (Validata reads the header).
    const row = text.indexOf('\n1,C1,b,') + 1;
    const shortened = table.applyEdits([{ start: row, end: row + 'id,C1,b,'.length - 1, newText: '1,C1' }]);
    assert.equal(shortened.restarted, undefined);
    while (table.step());
    assert.ok(!table.problems().problems.some((problem) => problem.params.variant === 'missing-columns'));
    assertFresh(table, { schema: withCheck });
    // The header loses both columns: the check says so on the header.
    const header = table.text.getText().indexOf(',kind,parent');
    const renamed = table.applyEdits([{ start: header, end: header + ',kind,parent'.length, newText: ',genre,parent_id' }]);
    assert.equal(renamed.restarted, 'header');
    while (table.step());
    assert.ok(table.problems().problems.some((problem) => problem.code === 'one-of-required' && problem.params.variant === 'missing-columns' && problem.rowNumber === 1));
    assertFresh(table, { schema: withCheck });
  });

  it('measures the rows of a file without a header nor a schema against the first row, again when it changes', () => {
    const options: IncrementalOptions = { dialect: { header: false } };
    const table = IncrementalTable.open('1,a\n2,b,x\n3\n4,d\n', options);
    assert.deepEqual(table.problems().problems.map((problem) => [problem.rowNumber, problem.code]), [
      [2, 'extra-cell'],
      [3, 'missing-cell'],
    ]);
    // The first row gains a cell: every row is measured against three cells now.
    const outcome = table.applyEdits([{ start: 3, end: 3, newText: ',z' }]);
    assert.equal(outcome.restarted, 'first-row');
    while (table.step());
    assert.deepEqual(table.problems().problems.map((problem) => [problem.rowNumber, problem.code]), [
      [3, 'missing-cell'],
      [4, 'missing-cell'],
    ]);
    assertFresh(table, options);
  });

  it('measures the rows of a file without a header against the schema', () => {
    const options: IncrementalOptions = { dialect: { header: false }, schema };
    const table = IncrementalTable.open('1,C1,a\n2,C2,b,1,extra\n', options);
    assert.deepEqual(table.problems().problems.map((problem) => [problem.rowNumber, problem.fieldNumber, problem.code]), [
      [1, 4, 'missing-cell'],
      [2, 5, 'extra-cell'],
    ]);
    assertFresh(table, options);
  });

  it('checks everything again after each edit when a custom check judges the whole table at the end', () => {
    const counting: CustomCheckFactory = () => {
      let rowsSeen = 0;
      return {
        checkRow: () => void rowsSeen++,
        finish: (report) => report({ code: 'sum-columns-value', rowNumber: 1, params: { rows: rowsSeen } }),
      };
    };
    const custom = { ...customCheckFactories, counting };
    const withCheck: TableSchema = { ...schema, custom_checks: [{ name: 'counting', params: {} }] };
    const table = IncrementalTable.open(rows(30), { schema: withCheck, customChecks: custom });
    const outcome = table.applyEdits([{ start: table.text.length, end: table.text.length, newText: '31,C31,a,30\n' }]);
    assert.equal(outcome.restarted, 'custom-check');
    while (table.step());
    assert.deepEqual(table.problems().problems.map((problem) => problem.params.rows), [31]);
    assertFresh(table, { schema: withCheck, customChecks: custom });
  });

  it('takes a new schema without reading the text again, and a whole-text replacement', () => {
    const table = IncrementalTable.open(rows(20).replace(',a,', ',z,'), {});
    assert.deepEqual(table.problems().problems, []);
    table.reconfigure({ schema });
    while (table.step());
    assert.deepEqual(table.problems().problems.map(brief), ['3 constraint-error kind']);
    const outcome = table.applyEdits([{ text: rows(3) }, { start: 0, end: 2, newText: 'id' }]);
    assert.equal(outcome.restarted, 'file');
    while (table.step());
    assertFresh(table, options);
  });

  it('stops at an emptied text and reads it again when text comes back', () => {
    const table = IncrementalTable.open(rows(3), options);
    table.applyEdits([{ start: 0, end: table.text.length, newText: '  \n' }]);
    assert.deepEqual(table.problems().problems.map((problem) => problem.code), ['empty-file']);
    assert.equal(table.rowCount, 0);
    const outcome = table.applyEdits([{ start: 0, end: 0, newText: 'id,code,kind,parent\n1,C1,z,' }]);
    assert.equal(outcome.restarted, 'file');
    while (table.step());
    assertFresh(table, options);
  });

  it('finds mojibake near the top again after edits, and ignores it past the first megabyte as a full check does', () => {
    const table = IncrementalTable.open(rows(10), {});
    table.applyEdits([{ start: 22, end: 22, newText: 'CafÃ©' }]);
    assert.deepEqual(table.problems().problems.map((problem) => [problem.code, problem.range.start.offset]), [['encoding-error', 25]]);
    table.applyEdits([{ start: 25, end: 27, newText: 'é' }]);
    assert.deepEqual(table.problems().problems, []);
    const big = IncrementalTable.open(`a\n${`${'x'.repeat(99)}\n`.repeat(11_000)}`, {});
    big.applyEdits([{ start: big.text.length, end: big.text.length, newText: 'Ã©' }]);
    assertFresh(big, {});
  });
});
