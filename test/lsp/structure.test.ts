// The language server as a real process: structural diagnostics with exact ranges, codes, doc links and FR/EN messages.
import { strict as assert } from 'node:assert';
import { LspSession } from './lspSession';

const uri = (name: string) => `file:///tmp/opendata-lint-test/${name}`;

describe('language server (real process over stdio): structural diagnostics', function () {
  this.timeout(30_000);
  let en: LspSession;
  let fr: LspSession;

  before(async () => {
    en = await LspSession.start({ locale: 'en' });
    fr = await LspSession.start({ locale: 'fr-FR' });
  });
  after(async () => {
    await en.stop();
    await fr.stop();
  });

  const text = 'nom;commune;;nom\n"Mairie";Brest;x;y;extra\n\n"Poste";Quimper\n';

  it('publishes each structural problem at its exact cell, with a code and a doc link', async () => {
    en.open(uri('structure.csv'), text);
    const diagnostics = await en.diagnostics(uri('structure.csv'), 1);
    const summary = diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    assert.deepEqual(summary, [
      ['blank-label', 0, 12, 0, 12],
      ['duplicate-label', 0, 13, 0, 16],
      ['extra-cell', 1, 19, 1, 24],
      ['blank-row', 2, 0, 2, 0],
      ['missing-cell', 3, 15, 3, 15],
    ]);
    for (const d of diagnostics) {
      assert.equal(d.source, 'opendata-lint');
      assert.match(d.codeDescription!.href, new RegExp(`docs/problems\\.md#${d.code}$`));
    }
    assert.equal(diagnostics[1].message, 'Column name “nom” is used more than once (also column 1).');
  });

  it('speaks French when the editor does', async () => {
    fr.open(uri('structure-fr.csv'), text);
    const diagnostics = await fr.diagnostics(uri('structure-fr.csv'), 1);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-label')!;
    assert.equal(duplicate.message, 'Le nom de colonne « nom » est utilisé plusieurs fois (aussi colonne 1).');
    const missing = diagnostics.find((d) => d.code === 'missing-cell')!;
    assert.match(missing.message, /^La ligne 4 contient 2 cellules/);
  });

  it('points an unclosed quote at the quote itself', async () => {
    en.open(uri('quote.csv'), 'a,b\n1,"open\n2,3\n');
    const diagnostics = await en.diagnostics(uri('quote.csv'), 1);
    const quote = diagnostics.find((d) => d.code === 'source-error')!;
    assert.deepEqual(quote.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } });
    assert.match(quote.message, /never closed/);
  });

  it('re-checks after an incremental edit and drops fixed problems', async () => {
    const u = uri('edit.csv');
    en.open(u, 'a,b\n1,2,3\n');
    assert.deepEqual((await en.diagnostics(u, 1)).map((d) => d.code), ['extra-cell']);
    en.change(u, 2, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } }, text: '' }]);
    assert.deepEqual(await en.diagnostics(u, 2), []);
  });

  it('reports empty and binary-looking documents without crashing', async () => {
    en.open(uri('empty.csv'), '');
    assert.deepEqual((await en.diagnostics(uri('empty.csv'), 1)).map((d) => d.code), ['empty-file']);
    en.open(uri('header.csv'), 'a,b,c\n');
    assert.deepEqual((await en.diagnostics(uri('header.csv'), 1)).map((d) => d.code), ['header-only']);
    en.open(uri('mojibake.csv'), 'nom,ville\nCafÃ©,Brest\n');
    const mojibake = (await en.diagnostics(uri('mojibake.csv'), 1)).find((d) => d.code === 'encoding-error')!;
    assert.deepEqual(mojibake.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } });
    assert.ok(en.isAlive());
  });

  it('clears diagnostics when a document is closed', async () => {
    const u = uri('closed.csv');
    en.open(u, 'a,a\n');
    await en.diagnostics(u, 1);
    en.close(u);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const last = await en.diagnostics(u);
      if (last.length === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.fail('diagnostics were not cleared');
  });
});
