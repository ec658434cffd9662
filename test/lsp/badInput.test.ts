// Hostile documents through the real server: each gets a clear diagnostic, the server neither crashes
// nor stops answering (a hover on another document is answered after each one).
import { strict as assert } from 'node:assert';
import { LspSession } from './lspSession';

const uri = (name: string) => `file:///tmp/opendata-lint-bad/${name}`;

describe('language server (real process): bad input', function () {
  this.timeout(60_000);
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ locale: 'en' });
    session.open(uri('probe.csv'), 'a,b\n1,2\n');
    await session.diagnostics(uri('probe.csv'), 1);
  });
  after(() => session.stop());

  async function stillAnswers(): Promise<void> {
    const hover = await session.request('textDocument/hover', { textDocument: { uri: uri('probe.csv') }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    assert.ok(session.isAlive());
  }

  it('a binary file opened as CSV → binary-file', async () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0010' + '\u0000\u0001\u0002\u0003'.repeat(200);
    session.open(uri('image.csv'), png);
    assert.deepEqual((await session.diagnostics(uri('image.csv'), 1)).map((d) => d.code), ['binary-file']);
    await stillAnswers();
  });

  it('a JSON document opened as CSV → one format-error, not the cells of a table', async () => {
    const json = JSON.stringify({ marches: [{ id: '2026-001', objet: 'Travaux, "lot 1"', titulaires: [{ id: '12345678900011' }] }] }, null, 2);
    session.open(uri('marches.csv'), json);
    const diagnostics = await session.diagnostics(uri('marches.csv'), 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['format-error'],
    );
    assert.match(diagnostics[0].message, /^This file is JSON, not CSV/);
    // No lens offering a schema or a sidecar for a file that is no table.
    assert.deepEqual(await session.request('textDocument/codeLens', { textDocument: { uri: uri('marches.csv') } }), []);
    await stillAnswers();
  });

  it('a 20 MB single line → a header-only file, read without hanging', async () => {
    const line = Array.from({ length: 2_000_000 }, (_, i) => `c${i}`).join(',').slice(0, 20_000_000);
    session.open(uri('one-line.csv'), line);
    const codes = new Set((await session.diagnostics(uri('one-line.csv'), 1, 30_000)).map((d) => d.code));
    assert.ok(codes.has('header-only'), [...codes].join(','));
    await stillAnswers();
  });

  it('an unclosed quote at the top of a 100k-row file → source-error at the quote', async () => {
    const rows = ['id,nom,commune', '1,"Mairie,Brest'];
    for (let i = 2; i < 100_000; i++) rows.push(`${i},Poste ${i},Quimper`);
    session.open(uri('unclosed.csv'), rows.join('\n') + '\n');
    const diagnostics = await session.diagnostics(uri('unclosed.csv'), 1, 30_000);
    const quote = diagnostics.find((d) => d.code === 'source-error')!;
    assert.deepEqual(quote.range.start, { line: 1, character: 2 });
    await stillAnswers();
  });

  it('a 0-byte file and a header-only file', async () => {
    session.open(uri('zero.csv'), '');
    assert.deepEqual((await session.diagnostics(uri('zero.csv'), 1)).map((d) => d.code), ['empty-file']);
    session.open(uri('header-only.csv'), 'nom;commune\r\n');
    assert.deepEqual((await session.diagnostics(uri('header-only.csv'), 1)).map((d) => d.code), ['header-only']);
    await stillAnswers();
  });
});
