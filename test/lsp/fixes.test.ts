// Quick fixes through the real language server (dist/server.js over stdio): code actions for a diagnostic
// with their exact edits (this cell, "fix all N" in the column, source.fixAll for the file), choices and
// notes for ambiguous or impossible values, FR/EN titles, and no fix on a stale document version.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

const fixtures = path.resolve(__dirname, '../fixtures/fixes');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-fixes-'));
for (const name of ['schema.json', 'equipements.csv', 'ambiguous-dates.csv']) copyFileSync(path.join(fixtures, name), path.join(workspace, name));
const settings = { schemas: { '*.csv': 'schema.json' } };
const equipements = readFileSync(path.join(fixtures, 'equipements.csv'), 'utf8');
const ambiguous = readFileSync(path.join(fixtures, 'ambiguous-dates.csv'), 'utf8');
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;

function editsOf(action: CodeAction): TextEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `one document change in ${action.title}`);
  return (changes[0] as TextDocumentEdit).edits;
}

function apply(text: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.csv', 'csv', 1, text), editsOf(action));
}

/** Line and character of the first occurrence of `value` on a line. */
function at(text: string, line: number, value: string): { line: number; character: number } {
  const character = text.split('\n')[line].indexOf(value);
  assert.ok(character >= 0, `${value} not on line ${line}`);
  return { line, character };
}

function find(diagnostics: Diagnostic[], code: string, line: number): Diagnostic {
  const found = diagnostics.find((d) => d.code === code && d.range.start.line === line);
  assert.ok(found, `no ${code} on line ${line}: ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line]))}`);
  return found;
}

describe('language server (real process): quick fixes', function () {
  this.timeout(30_000);
  after(() => rmSync(workspace, { recursive: true, force: true }));

  describe('in English', () => {
    let session: LspSession;
    let diagnostics: Diagnostic[];
    const uri = uriOf('equipements.csv');
    const actionsFor = (diagnostic: Diagnostic, only?: string[]) =>
      session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], ...(only ? { only } : {}) } });

    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace, settings });
      session.open(uri, equipements);
      diagnostics = await session.diagnostics(uri, 1);
    });
    after(() => session.stop());

    it('offers the converted date for the cell, preferred, editing exactly that cell in the current version', async () => {
      const date = find(diagnostics, 'type-error', 2);
      const start = at(equipements, 2, '30/12/2021');
      assert.deepEqual(date.range, { start, end: { line: 2, character: start.character + 10 } });
      const actions = await actionsFor(date);
      const cell = actions.find((a) => a.title === 'Convert to “2021-12-30”');
      assert.ok(cell, actions.map((a) => a.title).join(' | '));
      assert.equal(cell.kind, 'quickfix');
      assert.equal(cell.isPreferred, true);
      assert.deepEqual(cell.diagnostics?.map((d) => d.code), ['type-error']);
      const change = cell.edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.deepEqual(change.edits, [{ range: date.range, newText: '2021-12-30' }]);
    });

    it('offers to fix every date of the column with one edit per cell, as one action', async () => {
      const actions = await actionsFor(find(diagnostics, 'type-error', 2));
      const fileScope = actions.find((a) => a.title === 'Fix all safe problems (11)');
      assert.equal(fileScope?.kind, 'quickfix', 'the file scope is listed with the quick fixes too');
      const column = actions.find((a) => a.title === 'Fix all 3 dates in `date_maj`');
      assert.ok(column, actions.map((a) => a.title).join(' | '));
      assert.equal(column.kind, 'quickfix');
      const edits = editsOf(column);
      assert.deepEqual(
        edits.map((e) => [e.range.start.line, e.newText]),
        [
          [2, '2021-12-30'],
          [3, '2022-01-15'],
          [4, '2022-03-03'],
        ],
      );
      const fixed = apply(equipements, column).split('\n');
      assert.equal(fixed[4], '4,Stade,2022-03-03,Mo-Su 08:00-20:00,"48,1173",-1.6778,35238,Non,5 €,exterieur');
      assert.equal(fixed[5], equipements.split('\n')[5], 'the impossible date is left alone');
    });

    it('explains an impossible date with the diagnostic and offers no fix for it', async () => {
      const impossible = find(diagnostics, 'type-error', 5);
      assert.match(impossible.relatedInformation?.[0].message ?? '', /does not exist in the calendar/);
      assert.deepEqual(impossible.relatedInformation?.[0].location, { uri, range: impossible.range });
      const actions = await actionsFor(impossible);
      assert.ok(!actions.some((a) => a.kind === 'quickfix' && editsOf(a).some((e) => e.range.start.line === 5)), actions.map((a) => a.title).join(' | '));
    });

    it('swaps latitude and longitude as a fix that is not preferred (it deserves a look)', async () => {
      const swapped = find(diagnostics, 'coordinates-swapped', 3);
      assert.equal(swapped.severity, 2, 'a warning');
      // The custom check's error on the same row leaves the swap to coordinates-swapped.
      const custom = find(diagnostics, 'french-gps-coordinates', 3);
      assert.ok(!(await actionsFor(custom)).some((a) => a.title.startsWith('Swap latitude')));
      const actions = await actionsFor(swapped);
      const swap = actions.find((a) => a.title === 'Swap latitude and longitude (`latitude` ↔ `longitude`)');
      assert.ok(swap, actions.map((a) => a.title).join(' | '));
      assert.equal(swap.isPreferred, undefined);
      assert.equal(apply(equipements, swap).split('\n')[3], '3,Gymnase,15/01/2022,Mo-Sa 10:00-19:00,48.8566,2.3522,69123,false,1 234,exterieur');
    });

    it('gives the whole file’s safe fixes as one source.fixAll edit, never the unsafe ones', async () => {
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['source.fixAll', 'Fix all safe problems (11)']]);
      assert.equal(
        apply(equipements, actions[0]),
        [
          'id,nom,date_maj,horaires,latitude,longitude,code_insee,gratuit,prix,acces',
          '1,Piscine,2021-12-30,Mo-Fr 09:00-18:00,48.8566,2.3522,75056,true,12.5,interieur',
          '2,"Salle ""polyvalente""",2021-12-30,du lundi au vendredi de 9h à 12h et de 14h à 18h,45.764,4.8357,01053,true,12.5,interieur',
          '3,Gymnase,2022-01-15,Mo-Sa 10:00-19:00,2.3522,48.8566,69123,false,1234,exterieur',
          '4,Stade,2022-03-03,Mo-Su 08:00-20:00,48.1173,-1.6778,35238,false,5 €,exterieur',
          '5,Médiathèque,31/04/2022,Mo-Fr 10:00-18:00,43.2965,5.3698,13055,true,0,interieur',
          '',
        ].join('\n'),
      );
    });

    it('offers nothing for a document version it has not checked', async () => {
      const date = find(diagnostics, 'type-error', 2);
      session.change(uri, 2, [{ text: `${equipements}6,Parc,2022-01-01,,,,,,,\n` }]);
      const actions = await actionsFor(date);
      assert.ok(actions.every((a) => (a.edit?.documentChanges?.[0] as TextDocumentEdit | undefined)?.textDocument.version !== 1));
      const fresh = await session.diagnostics(uri, 2);
      const again = await actionsFor(find(fresh, 'type-error', 2));
      assert.deepEqual((again.find((a) => a.title === 'Convert to “2021-12-30”')!.edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri, version: 2 });
    });
  });

  describe('in French', () => {
    let session: LspSession;
    let diagnostics: Diagnostic[];
    const uri = uriOf('equipements.csv');
    before(async () => {
      session = await LspSession.start({ locale: 'fr', rootPath: workspace, settings });
      session.open(uri, equipements);
      diagnostics = await session.diagnostics(uri, 1);
    });
    after(() => session.stop());

    it('shows the converted opening hours in the title and writes them into the cell', async () => {
      const hours = find(diagnostics, 'opening-hours-value', 2);
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: hours.range, context: { diagnostics: [hours] } });
      const convert = actions.find((a) => a.title === 'Convertir en « Mo-Fr 09:00-12:00,14:00-18:00 » — du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h');
      assert.ok(convert, actions.map((a) => a.title).join(' | '));
      // The value holds the delimiter: quoted, as the dialect needs.
      assert.deepEqual(editsOf(convert), [{ range: hours.range, newText: '"Mo-Fr 09:00-12:00,14:00-18:00"' }]);
    });

    it('phrases the column and file scopes in French', async () => {
      const date = find(diagnostics, 'type-error', 2);
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: date.range, context: { diagnostics: [date] } });
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Convertir en « 2021-12-30 »', 'Corriger les 3 dates de `date_maj`', 'Corriger tous les problèmes sans risque (11)'],
      );
    });
  });

  describe('an ambiguous date', () => {
    let session: LspSession;
    const uri = uriOf('ambiguous-dates.csv');
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace, settings });
    });
    after(() => session.stop());

    it('is offered as two readings, none preferred, with the reason on the diagnostic', async () => {
      session.open(uri, ambiguous);
      const diagnostics = await session.diagnostics(uri, 1);
      const date = find(diagnostics, 'type-error', 1);
      assert.match(date.relatedInformation?.[0].message ?? '', /“03\/04\/2022” can be read as “2022-04-03” or “2022-03-04”, and no other value of the column decides/);
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: date.range, context: { diagnostics: [date] } });
      const quickfixes = actions.filter((a) => a.kind === 'quickfix' && a.title.startsWith('Read as'));
      assert.deepEqual(
        quickfixes.map((a) => [a.title, a.isPreferred, editsOf(a)[0].newText]),
        [
          ['Read as day/month: “2022-04-03”', undefined, '2022-04-03'],
          ['Read as month/day: “2022-03-04”', undefined, '2022-03-04'],
        ],
      );
      // Choices are never part of a fix-all: there is none here.
      assert.ok(!actions.some((a) => a.title.startsWith('Fix all safe')), actions.map((a) => a.title).join(' | '));
    });
  });
});
