// "Infer a Table Schema from this file": the server infers it, the client writes `schema.json` beside the
// CSV (asking before overwriting one), opens it, then offers to record it in the CSV's metadata sidecar
// (by reference or inline) and, when the file resembles a published schema, to validate against that one.
import * as vscode from 'vscode';
import { unlessRefused } from './serverRefusal';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, InferSchemaRequest, SidecarSchemaRequest } from '../../server/src/protocol';
import { t } from './i18n';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function writeAndOpen(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Records the schema file in the CSV's sidecar (a new sidecar when it has none), then opens the sidecar. */
async function recordInSidecar(client: LanguageClient, csv: string, schemaUri: string, placement: 'reference' | 'inline'): Promise<void> {
  const edit = await client.sendRequest(SidecarSchemaRequest.type, { uri: csv, schemaUri, placement });
  if (!edit) {
    void vscode.window.showErrorMessage(t('infer.sidecarFailed'));
    return;
  }
  const target = vscode.Uri.parse(edit.uri);
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === target.toString());
  if (open) {
    // The sidecar is open (maybe with unsaved edits, which the server read): replace its text in the editor.
    const whole = new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length));
    const change = new vscode.WorkspaceEdit();
    change.replace(target, whole, edit.content);
    await vscode.workspace.applyEdit(change);
    await vscode.window.showTextDocument(open, { preview: false });
  } else await writeAndOpen(target, edit.content);
}

export async function inferSchemaCommand(client: LanguageClient, target?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  const csv = target ? target.toString() : vscode.window.activeTextEditor?.document.uri.toString();
  if (!csv || !/\.(csv|tsv|txt)$/i.test(vscode.Uri.parse(csv).path)) {
    void vscode.window.showWarningMessage(t('infer.noCsv'));
    return undefined;
  }
  const inferred = await unlessRefused(client.sendRequest(InferSchemaRequest.type, { uri: csv }));
  if (inferred === undefined) return undefined;
  if (!inferred) {
    void vscode.window.showErrorMessage(t('infer.failed'));
    return undefined;
  }
  const schemaUri = vscode.Uri.parse(inferred.uri);
  const name = schemaUri.path.split('/').pop() ?? 'schema.json';
  if (await exists(schemaUri)) {
    const answer = await vscode.window.showWarningMessage(t('infer.exists', { file: name }), { modal: true }, t('infer.replace'));
    if (answer !== t('infer.replace')) return undefined;
  }
  await writeAndOpen(schemaUri, inferred.content);

  const choices: string[] = [t('infer.reference'), t('infer.inline')];
  if (inferred.suggestion) choices.unshift(t('infer.use', { ref: inferred.suggestion.ref }));
  const text = inferred.suggestion ? `${inferred.summary}\n${inferred.suggestion.message}` : inferred.summary;
  void vscode.window.showInformationMessage(text, ...choices).then(async (choice) => {
    if (choice === undefined) return;
    if (inferred.suggestion && choice === t('infer.use', { ref: inferred.suggestion.ref })) {
      await vscode.commands.executeCommand(ClientCommands.useSchema, csv, inferred.suggestion.ref);
    } else await recordInSidecar(client, csv, schemaUri.toString(), choice === t('infer.inline') ? 'inline' : 'reference');
  });
  return schemaUri;
}

export function registerInferSchemaCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(ClientCommands.inferSchema, (target?: string | vscode.Uri) => inferSchemaCommand(client, target)));
}
