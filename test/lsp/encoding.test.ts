// A Windows-1252 file the editor decoded as UTF-8, through the real language server: one error on line 1
// saying so (with the count of accents a save would destroy), the two ways out as actions, no other fix and
// no derived file from the garbled text; once read right, the command line's warning and the usual checks.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';
import { decodeBytes } from '../../server/src/engine/table/decode';
import { validateText } from '../../server/src/engine/validate';
import { problemMessage } from '../../server/src/i18n';

const fixtures = path.resolve(__dirname, '../fixtures/encoding');
const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-encoding-'));
copyFileSync(path.join(fixtures, 'creches-1252.csv'), path.join(workspace, 'creches.csv'));
const bytes = readFileSync(path.join(fixtures, 'creches-1252.csv'));
const uri = pathToFileURL(path.join(workspace, 'creches.csv')).href;
/** What VS Code shows when it takes the file for UTF-8. */
const garbled = new TextDecoder('utf-8').decode(bytes);
/** What it shows once reopened as Windows-1252. */
const readRight = new TextDecoder('windows-1252').decode(bytes).replace('\u0092', '’');

function actionsFor(session: LspSession, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

describe('language server (real process): a file the editor decoded with the wrong encoding', function () {
  this.timeout(30_000);
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ locale: 'fr', rootPath: workspace });
  });
  after(async () => {
    await session.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('is one error on line 1, in French, with the count of accents a save would replace, and nothing else', async () => {
    session.open(uri, garbled, 'csv-semicolon', 1);
    const diagnostics = await session.diagnostics(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['encoding-misread', 1, 0]],
    );
    const message = diagnostics[0].message;
    assert.match(message, /Ce fichier est en Windows-1252, mais l'éditeur le lit comme de l'UTF-8/);
    assert.match(message, /remplacerait définitivement 20 caractères accentués par « � »/);
    assert.match(message, /ligne 1 : « l'établissement »/);
  });

  it('offers to reopen with its encoding (preferred) or to convert it, and no other fix', async () => {
    const [diagnostic] = await session.diagnostics(uri, 1);
    const actions = await actionsFor(session, diagnostic);
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.command, a.command?.arguments, a.isPreferred ?? false, a.edit === undefined]),
      [
        ["Rouvrir le fichier avec son encodage (Windows-1252)", 'opendataLint.reopenWithEncoding', [uri, 'windows1252'], true, true],
        ['Convertir le fichier en UTF-8 (accents conservés)', 'opendataLint.convertToUtf8', [uri], false, true],
      ],
    );
    const fixAll = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(fixAll, [], 'no fix-all on a garbled text');
  });

  it('writes no file derived from the garbled text: schema inference and the sidecar draft are refused with the reason', async () => {
    await assert.rejects(session.request('opendataLint/inferSchema', { uri }), /affiche ce fichier de façon illisible \(il est en Windows-1252/);
    await assert.rejects(session.request('opendataLint/sidecarDraft', { uri }), /illisible/);
    await assert.rejects(session.request('opendataLint/catalogueExport', { folderUri: pathToFileURL(workspace).href }), /illisible/);
  });

  it('once reopened as Windows-1252: the command line’s warning with a convert action, and the usual checks and fixes', async () => {
    session.close(uri);
    session.open(uri, readRight, 'csv-semicolon', 2);
    const diagnostics = await session.diagnostics(uri, 2);
    const codes = diagnostics.map((d) => d.code);
    const encoding = diagnostics.find((d) => d.code === 'encoding-error');
    assert.ok(encoding, `the command line's warning: ${codes.join(', ')}`);
    assert.equal(encoding.severity, 2);
    assert.ok(codes.includes('total-row'), `the usual checks: ${codes.join(', ')}`);
    assert.match(encoding.message, /encodé en Windows-1252 et non en UTF-8/);
    const convert = await actionsFor(session, encoding);
    assert.deepEqual(convert.map((a) => a.command?.command), ['opendataLint.convertToUtf8']);
    const total = diagnostics.find((d) => d.code === 'total-row')!;
    assert.ok((await actionsFor(session, total)).some((a) => a.edit), 'fixes are offered on a text read right');
    const inferred = await session.request<{ content: string }>('opendataLint/inferSchema', { uri });
    assert.match(inferred.content, /"name": "Nom de l'établissement"/, 'field names with their accents');
  });

  it('after a save that wrote U+FFFD for good, the file is UTF-8 and the error goes (checked again on save)', async () => {
    session.close(uri);
    session.open(uri, garbled, 'csv-semicolon', 3);
    assert.equal((await session.diagnostics(uri, 3))[0].code, 'encoding-misread');
    const seen = session.publishedFor(uri).length;
    writeFileSync(path.join(workspace, 'creches.csv'), garbled, 'utf8');
    session.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const deadline = Date.now() + 5000;
    while (session.publishedFor(uri).length === seen && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const after = session.publishedFor(uri).at(-1)!.diagnostics;
    assert.ok(!after.some((d) => d.code === 'encoding-misread'), 'the file on disk is UTF-8 now');
  });
});

describe('language server (real process): a big Windows-1252 file the editor decoded as UTF-8', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-lsp-encoding-big-'));
  const file = path.join(dir, 'creches-national.csv');
  const row = 'Crèche Les Petits Loups;Crèche collective;12 allée des Tilleuls;35000;Rennes;02 99 12 34 56;40;1,20\r\n';
  const header = "Nom de l'établissement;Type;Adresse;Code postal;Commune;Téléphone;Capacité;Tarif horaire (€)\r\n";
  const text = header + row.repeat(Math.ceil((1.5 * (1 << 20)) / row.length));
  const bytes = Buffer.from([...text].map((char) => ({ '€': 0x80, '’': 0x92 })[char] ?? char.charCodeAt(0)));
  writeFileSync(file, bytes);
  const big = pathToFileURL(file).href;
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ locale: 'en', rootPath: dir });
  });
  after(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the encoding error alone, counting every replaced character, and offers no fix (the incremental path)', async () => {
    const garbledBig = new TextDecoder('utf-8').decode(bytes);
    assert.ok(garbledBig.length > 1 << 20, 'a big document');
    session.open(big, garbledBig, 'csv-semicolon', 1);
    const diagnostics = await session.finalDiagnostics(big, 1);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['encoding-misread', 0]]);
    const replaced = (garbledBig.match(/\uFFFD/g) ?? []).length;
    assert.match(diagnostics[0].message, new RegExp(`replace ${replaced.toLocaleString('en-US').replace(/,/g, ',?')} accented characters|replace ${replaced} accented characters`));
    const actions = await session.request<{ title: string; edit?: unknown }[]>('textDocument/codeAction', { textDocument: { uri: big }, range: diagnostics[0].range, context: { diagnostics } });
    assert.deepEqual(actions.map((a) => Boolean(a.edit)), [false, false], 'the two ways out only, no edit');
  });
});

describe('language server (real process): a UTF-16 file opened with its text right', function () {
  this.timeout(30_000);
  const utf16Workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-utf16-'));
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ locale: 'fr', rootPath: utf16Workspace });
  });
  after(async () => {
    await session.stop();
    rmSync(utf16Workspace, { recursive: true, force: true });
  });

  for (const [name, label] of [
    ['creches-utf16.csv', 'UTF-16 LE'],
    ['creches-utf16be.csv', 'UTF-16 BE'],
  ] as const) {
    it(`${label}: the command line's warning, same place and words, with the convert action`, async () => {
      copyFileSync(path.join(fixtures, name), path.join(utf16Workspace, name));
      const fileBytes = readFileSync(path.join(fixtures, name));
      const fileUri = pathToFileURL(path.join(utf16Workspace, name)).href;
      // What VS Code shows: the text decoded by its BOM (the BOM itself is not in the text).
      const { text, ...decoded } = decodeBytes(fileBytes);
      session.open(fileUri, text, 'csv-semicolon', 1);
      const diagnostics = await session.diagnostics(fileUri, 1);
      const encoding = diagnostics.find((d) => d.code === 'encoding-error');
      assert.ok(encoding, diagnostics.map((d) => d.code).join(', '));
      assert.ok(!diagnostics.some((d) => d.code === 'encoding-misread' || d.code === 'binary-file'));
      // One verdict: the command line's problem (from the bytes) has the same range and message.
      const cli = validateText(text, { decoded }).problems.find((p) => p.code === 'encoding-error');
      assert.ok(cli);
      assert.equal(encoding.severity, 2);
      assert.deepEqual(encoding.range, { start: { line: cli.range.start.line, character: cli.range.start.character }, end: { line: cli.range.end.line, character: cli.range.end.character } });
      assert.equal(encoding.message, problemMessage(cli, 'fr'));
      assert.match(encoding.message, new RegExp(`encodé en ${label} et non en UTF-8`));
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: fileUri }, range: encoding.range, context: { diagnostics: [encoding] } });
      assert.deepEqual(actions.map((a) => a.command?.command), ['opendataLint.convertToUtf8']);
    });
  }
});
