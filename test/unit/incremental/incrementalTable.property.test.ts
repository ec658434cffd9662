// The incremental table gives exactly what a fresh validation gives: after any sequence of edits (quotes,
// line breaks, delimiters, header edits, rows pasted or deleted), its problems, positions, labels and
// dialect equal those of `validateText` on the same text with the same checks.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SchemaChecker } from '../../../server/src/engine/checks/schemaChecker';
import type { CustomCheckFactory } from '../../../server/src/engine/checks/custom/types';
import { customCheckFactories } from '../../../server/src/engine/checks/custom';
import { IncrementalTable, type IncrementalOptions } from '../../../server/src/engine/incremental/incrementalTable';
import { STOPPING_CODES } from '../../../server/src/engine/core/fileChecks';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { compiledSchemaFor } from '../../../server/src/engine/schema/compiledSchemas';
import { cellAtOffset } from '../../../server/src/engine/table/rowIndex';
import { validateText } from '../../../server/src/engine/validate';
import { propertyRuns } from '../../support/properties';

/** Keys (primary, unique, self-reference), an enum, a pattern and two custom checks. */
const keyedSchema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'code', type: 'string', constraints: { unique: true, pattern: '[A-Z]{2}' } },
    { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
    { name: 'parent', type: 'integer' },
    { name: 'note', type: 'string' },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['parent'], reference: { resource: '', fields: ['id'] } }],
  custom_checks: [
    { name: 'one-of-required', params: { column1: 'note', column2: 'kind' } },
    { name: 'compare-columns-value', params: { column: 'id', column2: 'parent', op: '>' } },
  ],
};

/** A composite primary key and a custom check that judges only at the end, from every row. */
const wholeTableSchema: TableSchema = {
  fields: [
    { name: 'id', type: 'string' },
    { name: 'code', type: 'string' },
    { name: 'kind', type: 'string', constraints: { unique: true } },
  ],
  primaryKey: ['id', 'code'],
  custom_checks: [{ name: 'at-most-three-b', params: {} }],
};

/** Reports, at the end of the table, every row past the third whose kind is "b" (needs the whole table). */
const atMostThreeB: CustomCheckFactory = () => {
  const rows: number[] = [];
  return {
    checkRow(row) {
      if (row.value('kind') === 'b') rows.push(row.rowNumber);
    },
    finish(report) {
      for (const rowNumber of rows.slice(3)) report({ code: 'cohesive-columns-value', rowNumber, fieldName: 'kind', params: { variant: 'too-many' } });
    },
  };
};
const customChecks = { ...customCheckFactories, 'at-most-three-b': atMostThreeB };

const cellArb = fc.constantFrom('1', '2', '3', '12', 'AB', 'CD', 'ab', 'a', 'b', 'c', 'x', '', ' ', '"q"', '"a,b"', '"l\nm"', '"d""e"', 'Ã©');
const terminatorArb = fc.constantFrom('\n', '\r\n', '\r');

function tableText(header: string, rows: string[][], terminators: string[], delimiter: string, trailing: boolean): string {
  const lines = [header.split(',').join(delimiter), ...rows.map((cells) => cells.join(delimiter))];
  return lines.map((line, i) => (i < lines.length - 1 || trailing ? line + terminators[i % terminators.length] : line)).join('');
}

const textArb = fc
  .record({
    header: fc.constantFrom('id,code,kind,parent,note', 'id,code,kind,parent,note', 'id,code,kind', 'code,id,kind,parent', 'id,code,kind,parent,note,extra'),
    rows: fc.array(fc.array(cellArb, { minLength: 0, maxLength: 6 }), { maxLength: 8 }),
    terminators: fc.array(terminatorArb, { minLength: 1, maxLength: 3 }),
    delimiter: fc.constantFrom(',', ',', ';'),
    trailing: fc.boolean(),
  })
  .map(({ header, rows, terminators, delimiter, trailing }) => tableText(header, rows, terminators, delimiter, trailing));

/** What an edit inserts: characters that change how rows split, cells, whole rows, or nothing. */
const insertArb = fc.constantFrom('', '"', '"', ',', ';', '\n', '\r\n', '\r', 'a', '1', 'AB', '2,CD,a,1,x\n', '"x\ny"', 'b,', '\n\n', 'id,', 'Ã©', '""');

const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: insertArb,
  /** Rows re-checked by applyEdits before leaving the rest pending (small, to merge edits into pending work). */
  budget: fc.nat({ max: 4 }),
  compare: fc.boolean(),
  byRange: fc.boolean(),
});

function expected(text: string, options: IncrementalOptions) {
  const checkers = options.schema ? [new SchemaChecker(compiledSchemaFor(options.schema), { customChecks: options.customChecks ?? customCheckFactories })] : [];
  return validateText(text, { dialect: options.dialect, checkers, indexRows: true });
}

function assertSame(table: IncrementalTable, options: IncrementalOptions, context: string): void {
  while (table.step(3));
  const text = table.text.getText();
  const want = expected(text, options);
  const got = table.report();
  assert.deepEqual(got.dialect, want.dialect, `dialect ${context}`);
  assert.deepEqual(got.labels, want.labels, `labels ${context}`);
  assert.equal(got.rowCount, want.rowCount, `row count ${context}`);
  assert.deepEqual(got.problems, want.problems, `problems ${context} of ${JSON.stringify(text)}`);
  const totals = table.totals();
  assert.equal(totals.total, want.problems.length);
  // Rows and cells at positions agree with the row index of a full validation.
  const index = want.rowIndex;
  if (index && !STOPPING_CODES.includes(want.problems[0]?.code ?? '')) {
    for (let offset = 0; offset <= text.length; offset += 5) {
      const row: number = index.rowAtOffset(offset);
      assert.equal(table.rowAt(offset)?.row, row, `row at ${offset}`);
      assert.deepEqual(table.cellAt(offset), cellAtOffset(text, want.dialect, index, offset), `cell at ${offset}`);
    }
  }
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
  budget: number;
  compare: boolean;
  byRange: boolean;
}

/** Applies edits one by one (each with a small row budget), comparing with a fresh validation on the way. */
function runEdits(initial: string, edits: Edit[], options: IncrementalOptions, keepHeader = false): void {
  const table = IncrementalTable.open(initial, options);
  assertSame(table, options, 'after open');
  let text = initial;
  edits.forEach((edit, i) => {
    // Data rows only: past the first line break (most edits of a real file).
    const floor = keepHeader ? Math.max(0, text.search(/[\r\n]/) + 1) : 0;
    let start = floor + (edit.at % (text.length - floor + 1));
    let end = Math.min(text.length, start + edit.remove);
    if (edit.byRange) {
      // As LSP sends it: lines and characters (a position inside a CRLF falls back before it).
      const range = { start: table.positionAt(start), end: table.positionAt(end) };
      [start, end] = [table.offsetAt(range.start), table.offsetAt(range.end)];
      table.applyEdits([{ range, text: edit.insert }], edit.budget);
    } else table.applyEdits([{ start, end, newText: edit.insert }], edit.budget);
    text = text.slice(0, start) + edit.insert + text.slice(end);
    assert.equal(table.text.getText(), text);
    if (edit.compare) assertSame(table, options, `after edit ${i}`);
  });
  assertSame(table, options, 'at the end');
}

describe('IncrementalTable equals a fresh validation (fast-check)', () => {
  const editsArb = fc.array(editArb, { minLength: 1, maxLength: 10 });

  it('with a schema: primary key, unique, enum, pattern, self-reference, custom checks', () => {
    fc.assert(
      fc.property(textArb, editsArb, fc.integer({ min: 8, max: 64 }), (text, edits, chunkSize) => runEdits(text, edits, { schema: keyedSchema, chunkSize })),
      propertyRuns(400),
    );
  });

  it('with a schema, editing data rows of longer tables (pending work merged with newer edits)', () => {
    const longTextArb = fc
      .record({
        rows: fc.array(fc.array(cellArb, { minLength: 3, maxLength: 6 }), { minLength: 5, maxLength: 30 }),
        terminators: fc.array(terminatorArb, { minLength: 1, maxLength: 2 }),
      })
      .map(({ rows, terminators }) => tableText('id,code,kind,parent,note', rows, terminators, ',', true));
    fc.assert(
      fc.property(longTextArb, fc.array(editArb, { minLength: 1, maxLength: 15 }), fc.integer({ min: 8, max: 40 }), (text, edits, chunkSize) =>
        runEdits(text, edits, { schema: keyedSchema, chunkSize }, true),
      ),
      propertyRuns(300),
    );
  });

  it('with thousands of rows: edits, deletions and pastes across blocks of rows', () => {
    const bigTextArb = fc
      .record({ pattern: fc.array(fc.array(cellArb, { minLength: 4, maxLength: 5 }), { minLength: 3, maxLength: 7 }), count: fc.integer({ min: 1100, max: 2600 }) })
      .map(({ pattern, count }) => {
        // Distinct ids and codes row after row, with the pattern's cells around them (duplicates come from pastes).
        const rows = Array.from({ length: count }, (_, i) => [String(i + 1), `K${i}`, ...pattern[i % pattern.length].slice(2)]);
        return tableText('id,code,kind,parent,note', rows, ['\n'], ',', true);
      });
    const bigEditArb = fc.record({
      at: fc.nat(),
      remove: fc.oneof(fc.nat({ max: 8 }), fc.integer({ min: 5_000, max: 40_000 })),
      insert: fc.oneof(insertArb, fc.constant('PASTE')),
      budget: fc.constantFrom(1, 50, 1000),
      compare: fc.constant(false),
      byRange: fc.boolean(),
    });
    fc.assert(
      fc.property(bigTextArb, fc.array(bigEditArb, { minLength: 1, maxLength: 4 }), (text, edits) => {
        // A paste repeats a block of rows from elsewhere in the text.
        const concrete = edits.map((edit) => (edit.insert === 'PASTE' ? { ...edit, insert: text.slice(text.indexOf('\n', edit.at % text.length) + 1, text.indexOf('\n', (edit.at % text.length) + 30_000) + 1) } : edit));
        runEdits(text, concrete, { schema: keyedSchema }, true);
      }),
      propertyRuns(25),
    );
  });

  it('with unclosed quotes read without copying their row (a long-row threshold of a few characters)', () => {
    // Any row still inside quotes past `longRow` characters is followed by searching for its closing
    // quote in the chunks; one whose quote is never closed is handed over with its start only.
    const quotedTextArb = fc
      .record({ text: textArb, quotes: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) })
      .map(({ text, quotes }) =>
        quotes.reduce((result, at) => {
          const cut = at % (result.length + 1);
          return `${result.slice(0, cut)}"${result.slice(cut)}`;
        }, text),
      );
    fc.assert(
      fc.property(quotedTextArb, editsArb, fc.integer({ min: 8, max: 64 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (text, edits, chunkSize, longRow, firstWindow, schema) =>
        runEdits(text, edits, { ...(schema ? { schema: keyedSchema, customChecks } : {}), chunkSize, longRow, firstWindow }),
      ),
      propertyRuns(400),
    );
  });

  it('without a schema (structure only)', () => {
    fc.assert(
      fc.property(textArb, editsArb, fc.integer({ min: 8, max: 64 }), (text, edits, chunkSize) => runEdits(text, edits, { chunkSize })),
      propertyRuns(300),
    );
  });

  it('with a composite key and a custom check that needs the whole table', () => {
    fc.assert(
      fc.property(textArb, editsArb, (text, edits) => runEdits(text, edits, { schema: wholeTableSchema, customChecks, chunkSize: 16 })),
      propertyRuns(200),
    );
  });

  it('without a header row (dialect given)', () => {
    fc.assert(
      fc.property(textArb, editsArb, (text, edits) => runEdits(text, edits, { schema: keyedSchema, dialect: { header: false, delimiter: ',' }, chunkSize: 16 })),
      propertyRuns(200),
    );
  });

  it('applies several changes of one didChange in order', () => {
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 5 }), (initial, edits) => {
        const options = { schema: keyedSchema, chunkSize: 16 };
        const table = IncrementalTable.open(initial, options);
        let text = initial;
        const changes = edits.map((edit) => {
          const start = edit.at % (text.length + 1);
          const end = Math.min(text.length, start + edit.remove);
          text = text.slice(0, start) + edit.insert + text.slice(end);
          return { start, end, newText: edit.insert };
        });
        table.applyEdits(changes, 2);
        assert.equal(table.text.getText(), text);
        assertSame(table, options, 'after the changes');
      }),
      propertyRuns(200),
    );
  });
});
