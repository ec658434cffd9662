// Finding the row and cell at a position from the row index, as hovers and completions do.
import { strict as assert } from 'node:assert';
import { cellAtOffset } from '../../../server/src/engine/table/rowIndex';
import { validateText } from '../../../server/src/engine/validate';

describe('row index: cell at a position', () => {
  const text = 'nom,adresse,commune\r\n"Mairie","1 place\r\nde la Mairie",Brest\r\nPoste,,Quimper\r\n';
  const report = validateText(text, { indexRows: true });
  const index = report.rowIndex!;

  it('records every row start, also after a multi-line quoted cell', () => {
    assert.equal(index.count, 3);
    assert.deepEqual([0, 1, 2].map((r) => index.startOf(r)), [0, 21, 61]);
    assert.deepEqual([0, 1, 2].map((r) => index.lineOf(r)), [0, 1, 3]);
    assert.equal(index.rowAtLine(2), 1);
    assert.equal(index.rowAtLine(3), 2);
  });

  it('finds the cell under an offset with its decoded value and raw span', () => {
    const inside = text.indexOf('de la');
    const cell = cellAtOffset(text, report.dialect, index, inside)!;
    assert.deepEqual(cell, { row: 1, cell: 1, value: '1 place\r\nde la Mairie', start: 30, end: 53 });
    assert.equal(text.slice(cell.start, cell.end), '"1 place\r\nde la Mairie"');
  });

  it('gives an empty cell between two delimiters, and the cell before a delimiter at its end', () => {
    const empty = cellAtOffset(text, report.dialect, index, text.indexOf(',,') + 1)!;
    assert.deepEqual([empty.row, empty.cell, empty.value], [2, 1, '']);
    const atEnd = cellAtOffset(text, report.dialect, index, 3)!;
    assert.deepEqual([atEnd.row, atEnd.cell, atEnd.value], [0, 0, 'nom']);
  });
});
