// A header label is data: in the hover's Markdown it reads as text, never as an image, a link or HTML.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession } from '../lsp/lspSession';

describe('hostile: Markdown from the data in hovers (real server)', function () {
  this.timeout(60_000);
  let session: LspSession;
  let workspace: string;
  before(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'opendata-lint-hover-'));
    session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { schemas: { '*.csv': 'etalab/schema-irve-statique@2.3.1' }, detectSchema: false } });
  });
  after(async () => {
    await session.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('an unknown header label with an image, a link and HTML is escaped', async () => {
    const uri = pathToFileURL(path.join(workspace, 'bornes.csv')).href;
    const label = '![x](https://evil.example/p.png)<img src=x>[lien](command:x)';
    session.open(uri, `nom_amenageur,${label}\nA,B\n`);
    await session.diagnostics(uri, 1);
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 'nom_amenageur,'.length + 2 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.includes('\\!\\[x\\]\\(https://evil\\.example/p\\.png\\)\\<img src=x\\>\\[lien\\]\\(command:x\\)'), value);
  });
});
