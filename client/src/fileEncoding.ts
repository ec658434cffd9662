// The two ways out of a file the editor shows garbled (offered by the server's `encoding-misread` actions):
// reopen it decoded with its real encoding (nothing written), or convert it to UTF-8 on disk. A conversion
// keeps a backup of the original bytes in the extension's storage and offers to undo it; it refuses a
// document with unsaved edits (made on the garbled text, they cannot be carried over).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ClientCommands } from '../../server/src/protocol';
import { convertToUtf8, editorEncodingId, encodingLabel, fileEncodingOf, LossyConversion } from '../../server/src/engine/table/fileEncoding';
import { t } from './i18n';

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** Asks to revert a document with unsaved edits; resolves true once it has none. */
async function withoutUnsavedEdits(document: vscode.TextDocument | undefined): Promise<boolean> {
  if (!document?.isDirty) return true;
  const revert = t('encoding.revert');
  const answer = await vscode.window.showWarningMessage(t('encoding.dirty', { file: path.basename(document.uri.fsPath) }), revert);
  if (answer !== revert) return false;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  return !document.isDirty;
}

export async function reopenWithEncoding(uri: string, encoding: string): Promise<void> {
  const target = vscode.Uri.parse(uri);
  if (!(await withoutUnsavedEdits(openDocument(target)))) return;
  const document = await vscode.workspace.openTextDocument(target, { encoding });
  await vscode.window.showTextDocument(document);
}

/** Writes the file as UTF-8, keeping a backup of its bytes; resolves the backup's URI (undefined: nothing written). */
export async function convertFileToUtf8(context: vscode.ExtensionContext, uri: string): Promise<vscode.Uri | undefined> {
  const target = vscode.Uri.parse(uri);
  const file = path.basename(target.fsPath);
  if (!(await withoutUnsavedEdits(openDocument(target)))) return undefined;
  const original = await vscode.workspace.fs.readFile(target);
  const from = fileEncodingOf(original);
  if (from.encoding === 'utf-8') {
    void vscode.window.showInformationMessage(t('encoding.alreadyUtf8', { file }));
    return undefined;
  }
  let converted: Uint8Array;
  try {
    converted = convertToUtf8(original).bytes;
  } catch (error) {
    if (!(error instanceof LossyConversion)) throw error;
    void vscode.window.showErrorMessage(t(error.kind === 'invalid' ? 'encoding.lossy.invalid' : 'encoding.lossy.round-trip', { file, encoding: error.encoding }));
    return undefined;
  }
  const backups = vscode.Uri.joinPath(context.globalStorageUri, 'backups');
  await vscode.workspace.fs.createDirectory(backups);
  const backup = vscode.Uri.joinPath(backups, `${new Date().toISOString().replace(/[:.]/g, '-')}-${file}`);
  await vscode.workspace.fs.writeFile(backup, original);
  await vscode.workspace.fs.writeFile(target, converted);
  // The editor decodes the file again, as UTF-8 (after a reopen it would keep the old encoding).
  const document = await vscode.workspace.openTextDocument(target, { encoding: 'utf8' });
  await vscode.window.showTextDocument(document);
  const encoding = encodingLabel(from.encoding);
  const undo = t('encoding.undo');
  void vscode.window.showInformationMessage(t('encoding.converted', { file, encoding, backup: backup.fsPath }), undo).then(async (answer) => {
    if (answer !== undo) return;
    await vscode.workspace.fs.writeFile(target, original);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target, { encoding: editorEncodingId(from.encoding) }));
    void vscode.window.showInformationMessage(t('encoding.undone', { file, encoding }));
  });
  return backup;
}

export function registerFileEncodingCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.reopenWithEncoding, (uri: string, encoding: string) => reopenWithEncoding(uri, encoding)),
    vscode.commands.registerCommand(ClientCommands.convertToUtf8, (uri?: string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      return target ? convertFileToUtf8(context, target) : undefined;
    }),
  );
}
