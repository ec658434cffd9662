// Schema inference runs on a thread of its own: while a wide table's schema is inferred, the language server
// still answers other requests (a hover on another document comes back before the inferred schema).
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspSession';

describe('language server (real process): schema inference off the main thread', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-lsp-infer-thread-'));
  let session: LspSession;
  after(async () => {
    await session?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a hover elsewhere before the inferred schema of a wide table', async () => {
    const columns = 600;
    const rows = [Array.from({ length: columns }, (_, i) => `colonne_${i}`).join(',')];
    for (let r = 0; r < 2000; r++) rows.push(Array.from({ length: columns }, (_, i) => (i % 3 === 0 ? String(r * i) : i % 3 === 1 ? `2024-01-${String((r % 28) + 1).padStart(2, '0')}` : `texte ${r}`)).join(','));
    const wide = path.join(dir, 'large.csv');
    writeFileSync(wide, `${rows.join('\n')}\n`);
    const small = path.join(dir, 'petit.csv');
    writeFileSync(small, 'nom,commune\nMairie,Brest\n');
    session = await LspSession.start({ locale: 'en', rootPath: dir });
    session.open(pathToFileURL(small).href, 'nom,commune\nMairie,Brest\n');
    await session.diagnostics(pathToFileURL(small).href, 1);
    const order: string[] = [];
    const inferred = session.request<{ content: string } | null>('opendataLint/inferSchema', { uri: pathToFileURL(wide).href }).then((result) => {
      order.push('infer');
      return result;
    });
    // Give the server the time to start the inference, then ask something else.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await session.request('textDocument/hover', { textDocument: { uri: pathToFileURL(small).href }, position: { line: 0, character: 1 } });
    order.push('hover');
    const schema = await inferred;
    assert.ok(schema, 'a schema');
    assert.equal(JSON.parse(schema.content).fields.length, columns);
    assert.deepEqual(order, ['hover', 'infer']);
  });
});
