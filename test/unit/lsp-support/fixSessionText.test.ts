// The text a fix session of a big document reads: its first 8M characters in whole rows, extended to the
// rows of the problems shown, but never to a row made long by a quote never closed (the rest of the file).
import * as assert from 'node:assert/strict';
import { IncrementalTable } from '../../../server/src/engine/incremental/incrementalTable';
import type { Problem, ProblemCode } from '../../../server/src/engine/problems';
import { BigDocument } from '../../../server/src/lsp/documentStore';
import { BIG_FIX_TEXT_CHARS, bigDocumentFixText } from '../../../server/src/lsp/fixSessions';

function bigDocument(text: string): BigDocument {
  const table = IncrementalTable.open(text, {});
  while (table.step());
  return new BigDocument('file:///big.csv', 'csv', 1, table);
}

/** A problem over [start, end) of the document. */
function problemAt(document: BigDocument, code: ProblemCode, start: number, end: number): Problem {
  const at = (offset: number) => ({ offset, ...document.table.positionAt(offset) });
  return { code, severity: 'error', params: {}, range: { start: at(start), end: at(end) } };
}

const row = (i: number) => `${i},Station de recharge numéro ${i},2024-01-0${1 + (i % 9)}\n`;

describe('the text of a big document’s fix session', () => {
  // About 8.8M characters: past the 8M a session reads at least.
  const rows = Array.from({ length: 230_000 }, (_, i) => row(i + 1));
  const head = `id,nom,date\n${rows.join('')}`;

  it('reads the first 8M characters in whole rows, and up to the row of a problem shown further', () => {
    const document = bigDocument(head);
    const text = bigDocumentFixText(document, []);
    assert.ok(text.length >= BIG_FIX_TEXT_CHARS && text.length < BIG_FIX_TEXT_CHARS + 100, `${text.length}`);
    assert.ok(text.endsWith('\n') && head.startsWith(text));
    const far = document.table.rowAt(head.length - 10);
    assert.ok(far);
    assert.equal(bigDocumentFixText(document, [problemAt(document, 'type-error', far.start + 3, far.start + 5)]), head.slice(0, far.next));
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
    assert.equal(bigDocumentFixText(document, problems), quoted.slice(0, giant.start));
  });
});
