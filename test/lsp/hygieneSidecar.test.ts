// The language server as a real process: renaming header labels to snake_case in a table that has a metadata
// sidecar is ONE workspace edit that renames the labels in the CSV and records the original labels in the
// sidecar (the inline schema's field names and titles, or `x-field-titles` when the schema is a reference).
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from './lspSession';

const fixtures = path.resolve(__dirname, '../fixtures/hygiene');

interface Opened {
  session: LspSession;
  csvUri: string;
  sidecarUri: string;
  csv: string;
  sidecar: string;
  labelStyle: Diagnostic[];
}

/** A copy of a fixture folder (ecoles.csv and its ecoles.resource.yaml), the CSV open in the server. */
async function open(fixture: string, workspaces: string[]): Promise<Opened> {
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-lsp-hygiene-sidecar-'));
  workspaces.push(dir);
  cpSync(path.join(fixtures, fixture), dir, { recursive: true });
  const csvFile = path.join(dir, 'ecoles.csv');
  const sidecarFile = path.join(dir, 'ecoles.resource.yaml');
  const csv = readFileSync(csvFile, 'utf8');
  const session = await LspSession.start({ locale: 'en', rootPath: dir });
  const csvUri = pathToFileURL(csvFile).href;
  session.open(csvUri, csv);
  const diagnostics = await session.diagnostics(csvUri, 1);
  return { session, csvUri, sidecarUri: pathToFileURL(sidecarFile).href, csv, sidecar: readFileSync(sidecarFile, 'utf8'), labelStyle: diagnostics.filter((d) => d.code === 'label-style') };
}

async function quickFixes(opened: Opened, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return opened.session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: opened.csvUri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
}

function changesOf(action: CodeAction): TextDocumentEdit[] {
  return (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
}

function applied(uri: string, text: string, change: TextDocumentEdit): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'text', 1, text), change.edits);
}

const range = (line: number, character: number, endLine: number, endCharacter: number) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

describe('language server (real process): label renames recorded in the metadata sidecar', function () {
  this.timeout(30_000);
  const workspaces: string[] = [];
  const sessions: LspSession[] = [];
  after(async () => {
    for (const session of sessions.splice(0)) await session.stop();
    for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('one label: renames it in the CSV and, in the same edit, renames the inline schema field and titles it with the original label', async () => {
    const opened = await open('sidecar-inline', workspaces);
    sessions.push(opened.session);
    assert.deepEqual(opened.labelStyle.map((d) => d.range.start.character), [0, 15, 27]);
    const actions = await quickFixes(opened, opened.labelStyle[0]);
    const rename = actions.find((a) => a.title === 'Rename “Nom de l\'école” to “nom_de_l_ecole”');
    assert.ok(rename, JSON.stringify(actions.map((a) => a.title)));
    const [table, sidecar, ...rest] = changesOf(rename);
    assert.deepEqual(rest, []);
    assert.deepEqual(table, { textDocument: { uri: opened.csvUri, version: 1 }, edits: [{ range: range(0, 0, 0, 14), newText: 'nom_de_l_ecole' }] });
    assert.deepEqual(sidecar, {
      textDocument: { uri: opened.sidecarUri, version: null },
      edits: [{ range: range(5, 0, 6, 0), newText: "    - name: nom_de_l_ecole\n      title: Nom de l'école\n" }],
    });
    assert.equal(applied(opened.csvUri, opened.csv, table).split('\n')[0], 'nom_de_l_ecole;Code postal;Effectif');
  });

  it('all labels: every rename and every title in one workspace edit; a title the field already has is kept', async () => {
    const opened = await open('sidecar-inline', workspaces);
    sessions.push(opened.session);
    const actions = await quickFixes(opened, opened.labelStyle[1]);
    const renameAll = actions.find((a) => a.title === 'Rename all 3 column names to snake_case');
    assert.ok(renameAll, JSON.stringify(actions.map((a) => a.title)));
    const [table, sidecar, ...rest] = changesOf(renameAll);
    assert.deepEqual(rest, []);
    assert.deepEqual(table.edits, [
      { range: range(0, 0, 0, 14), newText: 'nom_de_l_ecole' },
      { range: range(0, 15, 0, 26), newText: 'code_postal' },
      { range: range(0, 27, 0, 35), newText: 'effectif' },
    ]);
    assert.equal(sidecar.textDocument.uri, opened.sidecarUri);
    // `Effectif` has no field in the inline schema: its original label goes to x-field-titles.
    assert.equal(
      applied(opened.sidecarUri, opened.sidecar, sidecar),
      [
        '# Écoles publiques de Brest',
        'title: Écoles publiques',
        'path: ecoles.csv',
        'schema:',
        '  fields:',
        '    - name: nom_de_l_ecole',
        "      title: Nom de l'école",
        '      type: texte',
        '    - name: code_postal',
        "      title: Code postal de l'école",
        '      type: string',
        'x-field-titles:',
        '  effectif: Effectif',
        '',
      ].join('\n'),
    );
    assert.deepEqual(sidecar.edits, [
      {
        range: range(5, 0, 10, 0),
        newText: "    - name: nom_de_l_ecole\n      title: Nom de l'école\n      type: texte\n    - name: code_postal\n      title: Code postal de l'école\n      type: string\nx-field-titles:\n  effectif: Effectif\n",
      },
    ]);
    assert.equal(applied(opened.csvUri, opened.csv, table).split('\n')[0], 'nom_de_l_ecole;code_postal;effectif');
  });

  it('a schema given by reference is left alone: the original labels go to x-field-titles', async () => {
    const opened = await open('sidecar-reference', workspaces);
    sessions.push(opened.session);
    const actions = await quickFixes(opened, opened.labelStyle[0]);
    const renameAll = actions.find((a) => a.title === 'Rename all 3 column names to snake_case')!;
    const [, sidecar] = changesOf(renameAll);
    assert.deepEqual(sidecar, {
      textDocument: { uri: opened.sidecarUri, version: null },
      edits: [{ range: range(4, 0, 4, 0), newText: "x-field-titles:\n  nom_de_l_ecole: Nom de l'école\n  code_postal: Code postal\n  effectif: Effectif\n" }],
    });
    assert.match(applied(opened.sidecarUri, opened.sidecar, sidecar), /^schema: https:\/\/schema\.data\.gouv\.fr\/schemas\/etalab\/schema-inexistant\/1\.0\.0\/schema\.json$/m);
  });
});
