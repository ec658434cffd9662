// The quick pick of catalog schemas (searchable by French title), and recording a choice in the
// workspace settings (`opendataLint.schemas`, keyed by the file's path in its folder).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogRequest, type CatalogEntry } from '../../server/src/protocol';
import { NO_SCHEMA_REF } from '../../server/src/engine/plan/noSchema';
import { t } from './i18n';

interface SchemaItem extends vscode.QuickPickItem {
  entry?: CatalogEntry;
}

export async function pickSchema(client: LanguageClient, uri: string): Promise<void> {
  const catalog = await client.sendRequest(CatalogRequest.type);
  const items: SchemaItem[] = [
    { label: `$(circle-slash) ${t('pick.none')}` },
    ...catalog.map((entry) => ({ label: entry.title, description: entry.id, detail: entry.description, entry })),
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t('pick.placeholder'), matchOnDescription: true, matchOnDetail: false });
  if (!picked) return;
  if (!picked.entry) {
    await recordSchemaChoice(uri, undefined);
    return;
  }
  const entry = picked.entry;
  let version = entry.latest;
  if (entry.versions.length > 1) {
    const versions = [...entry.versions].reverse().map((v) => ({ label: v, description: v === entry.latest ? t('pick.latest') : undefined }));
    const chosen = await vscode.window.showQuickPick(versions, { placeHolder: t('pick.version', { title: entry.title }) });
    if (!chosen) return;
    version = chosen.label;
  }
  await recordSchemaChoice(uri, `${entry.id}@${version}`);
}

/** Writes (or removes, with ref undefined) the file's entry in the workspace folder's settings. */
export async function recordSchemaChoice(uri: string, ref: string | undefined): Promise<void> {
  const documentUri = vscode.Uri.parse(uri);
  const folder = vscode.workspace.getWorkspaceFolder(documentUri);
  if (!folder) {
    void vscode.window.showWarningMessage(t('choice.noWorkspace'));
    return;
  }
  const relative = vscode.workspace.asRelativePath(documentUri, false);
  const configuration = vscode.workspace.getConfiguration('opendataLint', folder.uri);
  const current = { ...(configuration.get<Record<string, string>>('schemas') ?? {}) };
  if (ref) current[relative] = ref;
  else delete current[relative];
  await configuration.update('schemas', current, vscode.ConfigurationTarget.WorkspaceFolder);
  if (ref === NO_SCHEMA_REF) void vscode.window.showInformationMessage(t('choice.none', { file: relative }));
  else if (ref) void vscode.window.showInformationMessage(t('choice.recorded', { file: relative, ref }));
}
