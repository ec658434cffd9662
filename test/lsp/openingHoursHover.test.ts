// The hover of an opening-hours cell through the real language server (dist/server.js): the value read back
// in French (or English) prose, and the week as a Markdown table; nothing of the kind on another column.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspSession';

const fixtures = path.resolve(__dirname, '../fixtures/fixes');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-hours-'));
copyFileSync(path.join(fixtures, 'schema.json'), path.join(workspace, 'schema.json'));
const settings = { schemas: { '*.csv': 'schema.json' } };
const uri = pathToFileURL(path.join(workspace, 'horaires.csv')).href;
const text = 'id,nom,date_maj,horaires\n1,Mairie,2021-12-30,"Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off"\n';

type HoverAnswer = { contents: { kind: string; value: string } } | null;

async function hoverAt(session: LspSession, line: number, character: number): Promise<HoverAnswer> {
  return session.request<HoverAnswer>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}

describe('language server (real process): hover of an opening-hours cell', function () {
  this.timeout(30_000);
  after(() => rmSync(workspace, { recursive: true, force: true }));

  for (const [locale, prose, grid] of [
    ['fr', '**En clair :** du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h ; le samedi de 9 h à 12 h ; fermé les jours fériés', '| Samedi | 9 h – 12 h |'],
    ['en', '**In words:** Monday to Friday 9:00–12:00 and 14:00–18:00; Saturday 9:00–12:00; closed on public holidays', '| Saturday | 9:00 – 12:00 |'],
  ] as const) {
    it(`reads the value back in ${locale === 'fr' ? 'French' : 'English'}, with the week as a table`, async () => {
      const session = await LspSession.start({ locale, rootPath: workspace, settings });
      try {
        session.open(uri, text);
        await session.diagnostics(uri, 1);
        const hover = await hoverAt(session, 1, text.split('\n')[1].indexOf('Mo-Fr') + 2);
        assert.ok(hover, 'a hover');
        // A Markdown table: one row per line (a "\n" made visible in the text rendered it as one line of text).
        assert.match(hover.contents.value, locale === 'fr' ? /\n\| Jour \| Horaires \|\n\| --- \| --- \|\n\| Lundi \|/ : /\n\| Day \| Hours \|\n\| --- \| --- \|\n\| Monday \|/, hover.contents.value);
        assert.ok(!hover.contents.value.includes('\\n'), hover.contents.value);
        const value = hover.contents.value.replace(/\\(.)/g, '$1');
        assert.ok(value.includes(prose), value);
        assert.ok(value.includes(grid), value);
        assert.ok(value.includes(locale === 'fr' ? '| Dimanche | fermé |' : '| Sunday | closed |'), value);
        const other = await hoverAt(session, 1, text.split('\n')[1].indexOf('Mairie') + 1);
        assert.ok(other && !other.contents.value.includes('|'), 'no week grid on another column');
      } finally {
        await session.stop();
      }
    });
  }
});
