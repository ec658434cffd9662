// Commands of metadata sidecars: open a sidecar or a CSV (from code lenses), create the sidecar of a CSV
// (the server computes the content, the client writes the file and opens it), and export a folder's
// sidecars as an SCDL catalogue CSV.
import * as vscode from 'vscode';
import { unlessRefused } from './serverRefusal';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogueExportRequest, ClientCommands, SidecarDraftRequest } from '../../server/src/protocol';
import { counted } from '../../server/src/i18n/translate';
import { locale, t } from './i18n';

/** Document patterns of sidecars, for the language client's document selector. */
export const sidecarDocumentSelector = [{ pattern: '**/*.resource.{yaml,yml}' }, { pattern: '**/datapackage.{yaml,yml}' }];

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

async function openAt(uri: vscode.Uri, line = 0): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const position = new vscode.Position(Math.max(0, line), 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: false });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes a CSV's `.resource.yaml` from the server's draft and opens it; an existing sidecar is opened, never overwritten. */
export async function createSidecar(client: LanguageClient, target?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ? target.toString() : vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri || !/\.(csv|tsv)$/i.test(vscode.Uri.parse(uri).path)) {
    void vscode.window.showWarningMessage(t('sidecar.create.noCsv'));
    return undefined;
  }
  const draft = await unlessRefused(client.sendRequest(SidecarDraftRequest.type, { uri }));
  if (draft === undefined) return undefined;
  if (!draft) {
    void vscode.window.showErrorMessage(t('sidecar.create.failed'));
    return undefined;
  }
  const file = vscode.Uri.parse(draft.uri);
  if (draft.exists || (await exists(file))) {
    void vscode.window.showInformationMessage(t('sidecar.create.exists', { file: basename(file) }));
  } else {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(draft.content));
  }
  await openAt(file);
  return file;
}

async function pickFolder(target?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  if (target) return typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: t('sidecar.export.pickFolder') }))?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('sidecar.export.pickFolder') });
  return picked?.[0];
}

/** Exports a folder's sidecars as `catalogue.csv` (SCDL catalogue), where the user chooses, and opens it. */
export async function exportCatalogue(client: LanguageClient, target?: string | vscode.Uri, destination?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder(target);
  if (!folder) return undefined;
  const result = await unlessRefused(client.sendRequest(CatalogueExportRequest.type, { folderUri: folder.toString() }));
  if (!result) return undefined;
  if (result.datasets === 0) {
    void vscode.window.showWarningMessage(t('sidecar.export.none', { folder: basename(folder) }));
    return undefined;
  }
  const file = destination ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, 'catalogue.csv'), filters: { CSV: ['csv'] }, saveLabel: t('sidecar.export.saveLabel') }));
  if (!file) return undefined;
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.csv));
  await openAt(file);
  if (result.incomplete.length > 0) {
    const files = result.incomplete.map((i) => basename(vscode.Uri.parse(i.uri))).join(', ');
    const sidecars = locale() === 'fr' ? counted(result.incomplete.length, 'fr', 'fiche', 'fiches') : counted(result.incomplete.length, 'en', 'sidecar', 'sidecars');
    void vscode.window.showWarningMessage(t('sidecar.export.incomplete', { sidecars, files }));
  } else {
    const datasets = locale() === 'fr' ? counted(result.datasets, 'fr', 'jeu de données', 'jeux de données') : counted(result.datasets, 'en', 'dataset', 'datasets');
    void vscode.window.showInformationMessage(t('sidecar.export.done', { datasets, file: basename(file) }));
  }
  return file;
}

export function registerSidecarCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.openFile, (uri: string, line?: number) => openAt(vscode.Uri.parse(uri), line ?? 0)),
    vscode.commands.registerCommand(ClientCommands.createSidecar, (target?: string | vscode.Uri) => createSidecar(client, target)),
    vscode.commands.registerCommand(ClientCommands.exportCatalogue, (target?: string | vscode.Uri, destination?: vscode.Uri) => exportCatalogue(client, target, destination)),
  );
}
