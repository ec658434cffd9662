// The fix notes of a big table: from a session over the header and the rows of the problems shown (each
// problem moved to where its row is in that text), and kept by row, so that a keystroke costs a fixer run
// on the rows it touched only.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { FixSession } from '../../../server/src/engine/fixes';
import { DocumentChecks } from '../../../server/src/lsp/documentChecks';
import { toDiagnostics } from '../../../server/src/lsp/diagnostics';
import { RowNotes, rowSample } from '../../../server/src/lsp/fixNotes';
import { readSettings } from '../../../server/src/lsp/settings';
import { TableDocument } from '../../../server/src/lsp/tableDocument';

const schema = path.resolve(__dirname, '..', '..', 'fixtures', 'lsp', 'bigDocument', 'schema.json');
const settings = readSettings({ schemas: { '*.csv': schema }, detectSchema: false });

function table(): string {
  const lines = ['id,nom,date_maj,puissance,commune'];
  for (let i = 1; i <= 3000; i++) {
    const name = i % 331 === 0 ? `"Station ${i}\nbâtiment B"` : `Station ${i}`;
    const date = i % 113 === 0 ? '31/12/2023' : i % 257 === 0 ? '2023-02-30' : `2023-0${1 + (i % 9)}-1${i % 10}`;
    lines.push([i, name, date, i % 127 === 0 ? 'vingt-deux' : '22', '75056'].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function checked(text: string) {
  const checks = new DocumentChecks();
  const document = TableDocument.open('file:///tmp/odl-row-notes.csv', 'csv', 1, text);
  const choice = checks.prepare(document, settings, []);
  while (document.table.step(5000));
  return { checks, document, choice, ...checks.result(document, choice, 1000) };
}

describe('fix notes of a big table, by row', () => {
  it('moves each problem shown to its row in the sample: same cell text, and the same notes as a session over the whole text', () => {
    const text = table();
    const { document, result, shown } = checked(text);
    const sample = rowSample(document, result, shown);
    const sampleText = (sample.session as FixSession).context.text;
    assert.ok(sampleText.length < text.length / 5, `a sample of ${sampleText.length} characters`);
    assert.ok(sample.mapped.size > 20, `${sample.mapped.size} problems moved`);
    const whole = new FixSession({ text, problems: result.report.problems, schema: result.schema.schema, dialect: result.report.dialect });
    let notes = 0;
    for (const [problem, moved] of sample.mapped) {
      assert.equal(sampleText.slice(moved.range.start.offset, moved.range.end.offset), text.slice(problem.range.start.offset, problem.range.end.offset));
      const note = sample.session.proposalFor(moved).note;
      assert.deepEqual(note, whole.proposalFor(problem).note, `${problem.code} at ${problem.range.start.line}`);
      if (note) notes++;
    }
    assert.ok(notes > 0, 'the impossible dates have their note');
  });

  it('computes the notes once, then attaches them again after an edit without a fixer run for rows it did not touch', async () => {
    const text = table();
    const { checks, document, choice, result, shown } = checked(text);
    const notes = new RowNotes();
    assert.equal(notes.hasMissing(document, shown), true);
    assert.equal(await notes.compute(document, result, shown, () => true, async () => undefined), true);
    assert.equal(notes.hasMissing(document, shown), false);
    const noted = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.relatedInformation).length;
    const before = toDiagnostics(shown, 'en');
    notes.attachKnown(document, before, shown, 'en');
    assert.ok(noted(before) > 0);
    // A keystroke in row 10: the others keep their notes; that row's problems (none fixable here) need nothing.
    document.applyChanges([{ range: { start: { line: 10, character: 2 }, end: { line: 10, character: 2 } }, text: '7' }], 2);
    while (document.table.step(500));
    const after = checks.result(document, choice, 1000).shown;
    const diagnostics = toDiagnostics(after, 'en');
    assert.equal(notes.attachKnown(document, diagnostics, after, 'en'), false, 'every note known');
    assert.equal(noted(diagnostics), noted(before));
  });
});
