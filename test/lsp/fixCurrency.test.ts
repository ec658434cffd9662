// Fixes always come from the problems in force: through the real language server, a change of the schema
// (settings) without a change of the text drops the fixes computed under the old plan, and after any sequence
// of edits and configuration changes every offered edit touches only cells that have a current problem.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';
import { propertyRuns } from '../support/properties';

const fixtures = path.resolve(__dirname, '../fixtures/lsp/currency');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-currency-'));
copyFileSync(path.join(fixtures, 'covoiturage-agglo.csv'), path.join(workspace, 'covoiturage-agglo.csv'));
const covoiturage = readFileSync(path.join(fixtures, 'covoiturage-agglo.csv'), 'utf8');
const uri = pathToFileURL(path.join(workspace, 'covoiturage-agglo.csv')).href;
const SCHEMA = 'etalab/schema-lieux-covoiturage@0.3.1';

function documentEdits(action: CodeAction): TextEdit[] {
  return (action.edit?.documentChanges ?? [])
    .filter((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === uri)
    .flatMap((change) => change.edits);
}

/** Waits until the server has published diagnostics for `version` more than `seen` times in all. */
async function nextPublish(session: LspSession, version: number, seen: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const published = session.publishedFor(uri);
    if (published.length > seen && published[published.length - 1].version === version) return published[published.length - 1].diagnostics;
    if (Date.now() > deadline) throw new Error(`no new diagnostics for v${version} (seen ${seen}); stderr: ${session.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function configure(session: LspSession, schemas: Record<string, string>): Promise<void> {
  session.configure({ ...session.settings, schemas });
}

function actionsFor(session: LspSession, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return session.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
}

describe('language server (real process): fixes come from the problems in force', function () {
  this.timeout(120_000);
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('offers the date fix after the schema is chosen, without any edit, and fix-all leaves a valid ISO date alone', async () => {
    const session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { schemas: {}, detectSchema: false } });
    try {
      session.open(uri, covoiturage);
      await session.diagnostics(uri, 1);
      const seen = session.publishedFor(uri).length;
      await configure(session, { '*.csv': SCHEMA });
      const diagnostics = await nextPublish(session, 1, seen);
      const line = 1;
      const date = diagnostics.find((d) => d.range.start.line === line && covoiturage.split('\n')[line].slice(d.range.start.character, d.range.end.character) === '24/06/2019');
      assert.ok(date, `a problem on 24/06/2019: ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start]))}`);
      const actions = await actionsFor(session, date);
      const cellFix = actions.find((action) => documentEdits(action).length === 1 && documentEdits(action)[0].newText === '2019-06-24');
      assert.ok(cellFix, `the date fix is offered: ${actions.map((a) => a.title).join(' | ')}`);
      const document = TextDocument.create(uri, 'csv', 1, covoiturage);
      const fixAll = (await actionsFor(session, date, ['source.fixAll']))[0];
      assert.ok(fixAll, 'a fix-all action');
      const fixed = TextDocument.applyEdits(document, documentEdits(fixAll));
      assert.ok(fixed.includes(',2019-07-15,'), 'the valid ISO date is kept');
      assert.ok(!fixed.includes('15/07/2019'), 'never turned into dd/mm/yyyy');
      assert.ok(fixed.includes(',2019-06-24,') && fixed.includes(',2019-09-03,'), 'the French dates are converted');
    } finally {
      await session.stop();
    }
  });

  it('asks the editor to fetch code lenses again when the schema changes without an edit, so that they do not stay stale', async () => {
    const session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { schemas: {}, detectSchema: false }, codeLensRefresh: true });
    try {
      session.open(uri, covoiturage);
      await session.diagnostics(uri, 1);
      const lensesBefore = await session.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.match(lensesBefore[0]?.command?.title ?? '', /^No schema/);
      const refreshes = session.codeLensRefreshes;
      const seen = session.publishedFor(uri).length;
      await configure(session, { '*.csv': SCHEMA });
      await nextPublish(session, 1, seen);
      const deadline = Date.now() + 5000;
      while (session.codeLensRefreshes === refreshes && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.ok(session.codeLensRefreshes > refreshes, 'a workspace/codeLens/refresh request');
      const lenses = await session.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.match(lenses[0]?.command?.title ?? '', /Lieux de covoiturage/);
      // Nothing changed: no refresh.
      const after = session.codeLensRefreshes;
      session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await nextPublish(session, 1, session.publishedFor(uri).length);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(session.codeLensRefreshes, after, 'the same state asks for no refresh');
    } finally {
      await session.stop();
    }
  });

  it('after any sequence of edits and configuration changes, every offered edit touches only cells with a current problem', async () => {
    const session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { schemas: {} } });
    try {
      session.open(uri, covoiturage);
      await session.diagnostics(uri, 1);
      let version = 1;
      let text = covoiturage;
      // Cells that take these values: dates, booleans, coordinates, counts.
      const cellValues = ['24/06/2019', '2019-06-24', '15/7/2019', '', 'X', 'oui', '1,5', '49.92', '1.07', '007', 'Lu-Ve 8h-18h', '24/7', 'true'];
      const step = fc.oneof(
        fc.record({ kind: fc.constant('edit' as const), row: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 0, max: 17 }), value: fc.constantFrom(...cellValues) }),
        fc.record({ kind: fc.constant('config' as const), schema: fc.constantFrom<Record<string, string>>({}, { '*.csv': SCHEMA }), detect: fc.boolean() }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
          for (const s of steps) {
            const seen = session.publishedFor(uri).length;
            if (s.kind === 'config') {
              session.configure({ schemas: s.schema, detectSchema: s.detect });
            } else {
              const lines = text.split('\n');
              const cells = lines[s.row].split(',');
              const start = cells.slice(0, s.column).reduce((n, cell) => n + cell.length + 1, 0);
              const end = start + cells[s.column].length;
              version += 1;
              session.change(uri, version, [{ range: { start: { line: s.row, character: start }, end: { line: s.row, character: end } }, text: s.value }]);
              cells[s.column] = s.value;
              lines[s.row] = cells.join(',');
              text = lines.join('\n');
            }
            await nextPublish(session, version, seen);
          }
          // Let a late publication of the same version settle (fix notes, a re-check queued by the config).
          await new Promise((resolve) => setTimeout(resolve, 120));
          const published = session.publishedFor(uri);
          const diagnostics = published[published.length - 1].diagnostics;
          const document = TextDocument.create(uri, 'csv', version, text);
          const problemRanges = diagnostics.map((d) => [document.offsetAt(d.range.start), document.offsetAt(d.range.end)] as const);
          const insideAProblem = (edit: TextEdit) => {
            const start = document.offsetAt(edit.range.start);
            const end = document.offsetAt(edit.range.end);
            // The delimiter before or after a cell goes with it when the cell is taken out.
            const from = text[start] === ',' && end > start + 1 ? start + 1 : start;
            const to = text[end - 1] === ',' && end - 1 > from ? end - 1 : end;
            if (problemRanges.some(([first, last]) => first <= from && to <= last)) return true;
            // Removing an empty cell (the cells of an empty column taken out with its label) changes no value.
            return edit.newText === '' && /^,?$/.test(text.slice(start, end));
          };
          const requests = diagnostics.map((diagnostic) => actionsFor(session, diagnostic));
          // "Fix all safe problems" asked for as the file's source action (fix on save) too.
          if (diagnostics.length > 0) requests.push(actionsFor(session, diagnostics[0], ['source.fixAll']));
          for (const actions of requests) {
            for (const action of await actions) {
              const changes = action.edit?.documentChanges ?? [];
              for (const change of changes) {
                if ('textDocument' in change && change.textDocument.uri === uri) assert.equal(change.textDocument.version, version, `${action.title}: edits the current version`);
              }
              for (const edit of documentEdits(action)) {
                assert.ok(insideAProblem(edit), `${action.title} edits ${JSON.stringify(edit)} outside every current problem of v${version}\n${text}`);
              }
            }
          }
        }),
        { ...propertyRuns(12), endOnFailure: true },
      );
    } finally {
      await session.stop();
    }
  });
});
