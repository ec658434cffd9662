// A Windows-1252 `;` file exported by Excel, opened in the real workbench as a municipal agent would: the
// editor takes it for UTF-8 and shows `Cr�che`. The extension must say so on line 1, offer nothing but the
// two ways out (reopen with its encoding, convert to UTF-8), and every save afterwards must write exactly
// the bytes expected: accents intact. Screenshots of each step go to test-output/screenshots/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, DEFAULT_WAIT_MS, describeDiagnostics, diagnosticCode, openFixture, waitFor, waitForDiagnostics } from './helpers';
import { press, screenshot, settle } from './user';

const TOTAL_ROW = 'Total;;;;;;128;\r\n';

/** The fixture's text as Excel wrote it (the fixture's bytes are its Windows-1252 encoding). */
const excelText = [
  "Nom de l'établissement;Type;Adresse;Code postal;Commune;Téléphone;Capacité;Tarif horaire (€)",
  'Crèche Les Petits Loups;Crèche collective;12 allée des Tilleuls;35000;Rennes;02 99 12 34 56;40;1,20',
  'Micro-crèche L’Île aux Enfants;Micro-crèche;3 rue de la Forêt;35200;Rennes;02 99 65 43 21;10;1,50',
  'Halte-garderie Pré Vert;Halte-garderie;8 place de l’Église;35700;Rennes;02 99 11 22 33;18;0,90',
  'Crèche Hôpital Sud;Crèche d’entreprise;16 boulevard de Bulgarie;35200;Rennes;02 99 26 58 00;60;1,10',
  'Total;;;;;;128;',
  '',
].join('\r\n');

/** Windows-1252 bytes of a text (the characters of the fixture only). */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

async function diskBytes(uri: vscode.Uri): Promise<Buffer> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri));
}

/** Code actions the editor gets for a range, asked again until `accept` holds (the server catches up with the editor). */
async function codeActions(uri: vscode.Uri, range: vscode.Range, accept: (actions: vscode.CodeAction[]) => boolean, kind?: string): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (const deadline = Date.now() + DEFAULT_WAIT_MS; Date.now() < deadline; ) {
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
    if (accept(actions)) return actions;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code actions never as expected: ${actions.map((a) => a.title).join(' | ')}`);
}

/** Applies the "remove the Total row" fix as the editor does, then saves with Ctrl+S; resolves once saved. */
async function removeTotalRowAndSave(uri: vscode.Uri, document: vscode.TextDocument): Promise<void> {
  const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => diagnosticCode(d) === 'total-row'), 'the Total row');
  const total = diagnostics.find((d) => diagnosticCode(d) === 'total-row')!;
  const isRemoval = (action: vscode.CodeAction) => Boolean(action.edit) && /^Remove total row/.test(action.title);
  const actions = await codeActions(uri, total.range, (found) => found.some(isRemoval));
  const remove = actions.find(isRemoval)!;
  assert.ok(await vscode.workspace.applyEdit(remove.edit!));
  assert.ok(document.isDirty);
  await vscode.window.showTextDocument(document);
  await press('Control+S');
  await waitFor(() => (document.isDirty ? undefined : true), () => 'the document was not saved by Ctrl+S');
}

/** The editor's setting to guess the encoding of CSV files (the extension turns it on by default), for the workspace. */
async function guessCsvEncoding(value: boolean | undefined): Promise<void> {
  for (const languageId of ['csv', 'csv-semicolon']) {
    await vscode.workspace.getConfiguration('files', { languageId }).update('autoGuessEncoding', value, vscode.ConfigurationTarget.Workspace, true);
  }
}

describe('a Windows-1252 file from Excel, opened as a user would', () => {
  afterEach(closeAllEditors);

  it('with the extension’s defaults, opens readable: the editor guesses Windows-1252, the warning offers to convert, and a fix saved after the conversion writes the expected UTF-8 bytes', async () => {
    const { uri, document } = await openFixture('encoding/creches-devine-1252.csv');
    assert.equal(document.encoding, 'windows1252', 'guessed from the content (files.autoGuessEncoding, contributed for CSV)');
    assert.equal(document.getText(), excelText);
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => diagnosticCode(d) === 'encoding-error') && found.some((d) => diagnosticCode(d) === 'total-row'), 'the encoding warning and the usual checks');
    const warning = diagnostics.find((d) => diagnosticCode(d) === 'encoding-error')!;
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /Windows-1252, not UTF-8/);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(document);
    await settle();
    await screenshot('encoding-0-guessed-windows-1252');
    const actions = await codeActions(uri, warning.range, (found) => found.some((a) => a.command?.command === 'opendataLint.convertToUtf8'));
    const convert = actions.find((a) => a.command?.command === 'opendataLint.convertToUtf8')!.command!;
    await vscode.commands.executeCommand(convert.command, ...(convert.arguments ?? []));
    assert.deepEqual(await diskBytes(uri), Buffer.from(excelText, 'utf8'), 'the converted file is the same text in UTF-8, CRLF and `;` kept');
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    await waitFor(() => (shown.encoding === 'utf8' && shown.getText() === excelText ? true : undefined), () => `the editor shows (${shown.encoding}): ${shown.getText().slice(0, 120)}`);
    await waitForDiagnostics(uri, (found) => !found.some((d) => diagnosticCode(d) === 'encoding-error') && found.some((d) => diagnosticCode(d) === 'total-row'), 'no encoding warning once converted');
    await removeTotalRowAndSave(uri, shown);
    assert.deepEqual(await diskBytes(uri), Buffer.from(excelText.replace(TOTAL_ROW, ''), 'utf8'));
  });
});

describe('a Windows-1252 file the editor takes for UTF-8 (encoding guessing turned off)', () => {
  before(() => guessCsvEncoding(false));
  after(() => guessCsvEncoding(undefined));
  afterEach(closeAllEditors);

  it('says it is garbled, offers only the two ways out, converts to UTF-8, and a fix saved writes exactly the expected UTF-8 bytes', async () => {
    const { uri, document, editor } = await openFixture('encoding/creches-1252.csv');
    assert.deepEqual(await diskBytes(uri), windows1252(excelText), 'the fixture is the Excel export');
    console.log(`      (VS Code opened the Windows-1252 file as ${document.encoding})`);
    assert.equal(document.encoding, 'utf8', 'VS Code takes the file for UTF-8 (no guessing by default)');
    assert.match(document.getText(), /Cr\uFFFDche/);

    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => diagnosticCode(d) === 'encoding-misread'), 'the encoding error');
    assert.equal(diagnostics.length, 1, `the encoding error alone:\n${describeDiagnostics(diagnostics)}`);
    const [misread] = diagnostics;
    assert.equal(misread.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(misread.range.start.line, 0);
    assert.match(misread.message, /Windows-1252.*UTF-8.*20 accented characters/s);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await settle();
    await screenshot('encoding-1-garbled-file-and-problem');

    // Ctrl+. on line 1, as a person would: the two ways out and nothing else.
    await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    await press('Control+Period');
    await settle(800);
    await screenshot('encoding-2-quick-fix-menu');
    await press('Escape');
    const actions = await codeActions(uri, misread.range, (found) => found.length >= 2);
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.command, Boolean(a.edit)]),
      [
        ['Reopen the file with its encoding (Windows-1252)', 'opendataLint.reopenWithEncoding', false],
        ['Convert the file to UTF-8 (accents kept)', 'opendataLint.convertToUtf8', false],
      ],
    );
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, misread.range, vscode.CodeActionKind.SourceFixAll.value);
    assert.deepEqual(fixAll.map((a) => a.title), [], 'no fix-all on garbled text');

    // Convert: the file on disk is the same text in UTF-8, and the editor shows it with its accents.
    const convert = actions[1].command!;
    await vscode.commands.executeCommand(convert.command, ...(convert.arguments ?? []));
    assert.deepEqual(await diskBytes(uri), Buffer.from(excelText, 'utf8'), 'the converted file is the same text in UTF-8, CRLF and `;` kept');
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    await waitFor(() => (shown.getText().includes('Crèche Les Petits Loups') ? true : undefined), () => `the editor shows: ${shown.getText().slice(0, 120)}`);
    assert.equal(shown.encoding, 'utf8');
    assert.ok(!shown.isDirty);
    await waitForDiagnostics(uri, (found) => !found.some((d) => ['encoding-misread', 'encoding-error'].includes(diagnosticCode(d) ?? '')) && found.some((d) => diagnosticCode(d) === 'total-row'), 'the usual checks on the converted file');
    await settle();
    await screenshot('encoding-3-converted-to-utf8');

    // A fix, then Ctrl+S: exactly the UTF-8 file without its Total row.
    await removeTotalRowAndSave(uri, shown);
    assert.deepEqual(await diskBytes(uri), Buffer.from(excelText.replace(TOTAL_ROW, ''), 'utf8'));
    await settle();
    await screenshot('encoding-4-fixed-and-saved');
  });

  it('reopened with its encoding instead: accents back, the command line’s warning, and a fix saved keeps it Windows-1252 byte for byte', async () => {
    const { uri, document } = await openFixture('encoding/creches-reouvrir-1252.csv');
    const [misread] = await waitForDiagnostics(uri, (found) => found.some((d) => diagnosticCode(d) === 'encoding-misread'), 'the encoding error');
    const actions = await codeActions(uri, misread.range, (found) => found.length >= 2);
    const reopen = actions[0].command!;
    assert.equal(reopen.command, 'opendataLint.reopenWithEncoding');
    await vscode.commands.executeCommand(reopen.command, ...(reopen.arguments ?? []));
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    await waitFor(() => (shown.getText() === excelText ? true : undefined), () => `the editor shows: ${shown.getText().slice(0, 120)}`);
    assert.equal(shown.encoding, 'windows1252');
    const diagnostics = await waitForDiagnostics(
      uri,
      (found) => found.some((d) => diagnosticCode(d) === 'encoding-error') && found.some((d) => diagnosticCode(d) === 'total-row'),
      'the command line’s encoding warning and the usual checks',
    );
    const warning = diagnostics.find((d) => diagnosticCode(d) === 'encoding-error')!;
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    await settle();
    await screenshot('encoding-5-reopened-as-windows-1252');
    void document;

    await removeTotalRowAndSave(uri, shown);
    assert.deepEqual(await diskBytes(uri), windows1252(excelText.replace(TOTAL_ROW, '')), 'still Windows-1252, every accent kept');
  });
});

describe('a double-encoded French file (UTF-8 read once as Windows-1252 and saved again)', () => {
  afterEach(closeAllEditors);

  it('offers to repair the garbled accents on the warning; applied and saved with Ctrl+S, the bytes on disk are the intended UTF-8 text', async () => {
    const intended = 'nom;commune;adresse\r\nCrèche Hôpital;Saint-Étienne;3 allée des Tilleuls\r\nÉcole Jean Moulin;Orléans;12 rue de la Forêt\r\n';
    const { uri, document, editor } = await openFixture('encoding/creches-mojibake.csv');
    assert.match(document.getText(), /CrÃ¨che/);
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => diagnosticCode(d) === 'encoding-error'), 'the mojibake warning');
    const warning = diagnostics.find((d) => diagnosticCode(d) === 'encoding-error')!;
    editor.selection = new vscode.Selection(warning.range.start, warning.range.start);
    await press('Control+Period');
    await settle(800);
    await screenshot('encoding-6-mojibake-repair-offered');
    await press('Escape');
    const isRepair = (action: vscode.CodeAction) => Boolean(action.edit) && /^Repair the garbled accents/.test(action.title);
    const actions = await codeActions(uri, warning.range, (found) => found.some(isRepair));
    assert.ok(await vscode.workspace.applyEdit(actions.find(isRepair)!.edit!));
    assert.equal(document.getText(), intended);
    await vscode.window.showTextDocument(document);
    await press('Control+S');
    await waitFor(() => (document.isDirty ? undefined : true), () => 'the document was not saved by Ctrl+S');
    assert.deepEqual(await diskBytes(uri), Buffer.from(intended, 'utf8'));
    await settle();
    await screenshot('encoding-7-mojibake-repaired-and-saved');
  });
});
