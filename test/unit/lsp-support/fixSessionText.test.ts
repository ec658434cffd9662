// The text a fix session reads: all of a document up to a million characters; of a bigger one, its first
// million characters in whole rows, extended to the rows of the problems shown, but never to a row made long by a
// quote never closed (the rest of the file).
import * as assert from 'node:assert/strict';
import { IncrementalTable } from '../../../server/src/engine/incremental/incrementalTable';
import type { Problem, ProblemCode } from '../../../server/src/engine/problems';
import { FIX_TEXT_CHARS, fixText } from '../../../server/src/lsp/fixSessions';
import { TableDocument } from '../../../server/src/lsp/tableDocument';

function bigDocument(text: string): TableDocument {
  const table = IncrementalTable.open(text, {});
  while (table.step());
  return new TableDocument('file:///big.csv', 'csv', 1, table);
}

/** A problem over [start, end) of the document. */
function problemAt(document: TableDocument, code: ProblemCode, start: number, end: number): Problem {
  const at = (offset: number) => ({ offset, ...document.table.positionAt(offset) });
  return { code, severity: 'error', params: {}, range: { start: at(start), end: at(end) } };
}

const row = (i: number) => `${i},Station de recharge numéro ${i},2024-01-0${1 + (i % 9)}\n`;

describe('the text of a document’s fix session', () => {
  it('is the whole text of a document up to a million characters', () => {
    const small = `id,nom,date\n${row(1)}${row(2)}`;
    assert.equal(fixText(bigDocument(small), []), small);
  });

  // About 8.8M characters: well past the million a session reads at least.
  const rows = Array.from({ length: 230_000 }, (_, i) => row(i + 1));
  const head = `id,nom,date\n${rows.join('')}`;

  it('reads the first million characters in whole rows, and up to the row of a problem shown further', () => {
    const document = bigDocument(head);
    const text = fixText(document, []);
    assert.ok(text.length >= FIX_TEXT_CHARS && text.length < FIX_TEXT_CHARS + 100, `${text.length}`);
    assert.ok(text.endsWith('\n') && head.startsWith(text));
    const far = document.table.rowAt(head.length - 10);
    assert.ok(far);
    assert.equal(fixText(document, [problemAt(document, 'type-error', far.start + 3, far.start + 5)]), head.slice(0, far.next));
  });

  it('stops before a row whose quote is never closed (its problems sit at the end of the text)', () => {
    // A quote at the start of a row's second cell, near the top.
    const at = head.indexOf(',', head.indexOf('\n', 1000)) + 1;
    const quoted = `${head.slice(0, at)}"${head.slice(at)}`;
    const document = bigDocument(quoted);
    const giant = document.table.rowAt(at);
    assert.ok(giant && giant.next === quoted.length, 'one row from the quote to the end');
    // Its source-error is at the quote, its missing cell at the very end of the text.
    const problems = [problemAt(document, 'source-error', at, at + 1), problemAt(document, 'missing-cell', quoted.length, quoted.length)];
    assert.equal(fixText(document, problems), quoted.slice(0, giant.start));
  });
});
