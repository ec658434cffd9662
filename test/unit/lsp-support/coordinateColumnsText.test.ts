// Where the code lens looks for a document's coordinate columns: the whole text of a small document, the
// first megabyte of a big one in whole rows (the lens asks after every edit), with the same answer.
import * as assert from 'node:assert/strict';
import { findCoordinateColumns } from '../../../server/src/engine/geo/points';
import { IncrementalTable } from '../../../server/src/engine/incremental/incrementalTable';
import { TableDocument } from '../../../server/src/lsp/tableDocument';
import { coordinateColumnsText } from '../../../server/src/lsp/mapPoints';

describe('the text where coordinate columns are looked for', () => {
  const rows = Array.from({ length: 40_000 }, (_, i) => `${i + 1},Mairie annexe numéro ${i + 1},Quimper,${(47.9 + (i % 100) / 1000).toFixed(5)},-4.10236\n`);
  const text = `id,nom,commune,latitude,longitude\n${rows.join('')}`;

  it('is the first megabyte of a big document, cut between two rows, and finds the same columns', () => {
    assert.ok(text.length > 2 << 20, `${text.length} characters`);
    const table = IncrementalTable.open(text, {});
    const document = new TableDocument('file:///mairies.csv', 'csv', 1, table);
    const head = coordinateColumnsText(document);
    assert.ok(head.length <= 1 << 20 && head.length > (1 << 20) - 200, `${head.length}`);
    assert.ok(text.startsWith(head) && head.endsWith('\n'), 'whole rows from the start');
    const columns = findCoordinateColumns(head);
    assert.deepEqual(columns, { kind: 'lat-lon', latitude: 'latitude', longitude: 'longitude', source: 'detected' });
    assert.deepEqual(findCoordinateColumns(text), columns);
  });

  it('is the whole text of a small document', () => {
    const small = text.slice(0, 5000);
    assert.equal(coordinateColumnsText(TableDocument.open('file:///small.csv', 'csv', 1, small)), small);
  });
});
