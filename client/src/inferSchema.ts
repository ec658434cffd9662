// "Infer a Table Schema from this file": the server infers it, the client writes `schema.json` beside the
// CSV (asking before overwriting one), opens it, then offers to record it in the CSV's metadata sidecar
// (by reference or inline) and, when the file resembles a published schema, to validate against that one.
import * as vscode from 'vscode';
import { unlessRefused } from './serverRefusal';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, InferSchemaRequest, SidecarSchemaRequest } from '../../server/src/protocol';
import { locale } from './i18n';

const messages = {
  noCsv: { en: 'Open a CSV file to infer its schema.', fr: 'Ouvrez un fichier CSV pour en déduire le schéma.' },
  failed: { en: 'Cannot infer a schema from this file.', fr: 'Impossible de déduire un schéma de ce fichier.' },
  exists: { en: '{file} already exists. Replace it with the inferred schema?', fr: '{file} existe déjà. Le remplacer par le schéma déduit ?' },
  replace: { en: 'Replace', fr: 'Remplacer' },
  reference: { en: 'Reference it from the sidecar', fr: 'Le référencer dans la fiche' },
  inline: { en: 'Put it inline in the sidecar', fr: 'L’inclure dans la fiche' },
  use: { en: 'Validate against {ref}', fr: 'Valider avec {ref}' },
  sidecarFailed: { en: 'Cannot record the schema in the sidecar (is its YAML valid?).', fr: 'Impossible d’enregistrer le schéma dans la fiche (son YAML est-il valide ?).' },
} as const;

function say(key: keyof typeof messages, params: Record<string, string> = {}): string {
  return messages[key][locale()].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

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
    void vscode.window.showErrorMessage(say('sidecarFailed'));
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
    void vscode.window.showWarningMessage(say('noCsv'));
    return undefined;
  }
  const inferred = await unlessRefused(client.sendRequest(InferSchemaRequest.type, { uri: csv }));
  if (inferred === undefined) return undefined;
  if (!inferred) {
    void vscode.window.showErrorMessage(say('failed'));
    return undefined;
  }
  const schemaUri = vscode.Uri.parse(inferred.uri);
  const name = schemaUri.path.split('/').pop() ?? 'schema.json';
  if (await exists(schemaUri)) {
    const answer = await vscode.window.showWarningMessage(say('exists', { file: name }), { modal: true }, say('replace'));
    if (answer !== say('replace')) return undefined;
  }
  await writeAndOpen(schemaUri, inferred.content);

  const choices: string[] = [say('reference'), say('inline')];
  if (inferred.suggestion) choices.unshift(say('use', { ref: inferred.suggestion.ref }));
  const text = inferred.suggestion ? `${inferred.summary}\n${inferred.suggestion.message}` : inferred.summary;
  void vscode.window.showInformationMessage(text, ...choices).then(async (choice) => {
    if (choice === undefined) return;
    if (inferred.suggestion && choice === say('use', { ref: inferred.suggestion.ref })) {
      await vscode.commands.executeCommand(ClientCommands.useSchema, csv, inferred.suggestion.ref);
    } else await recordInSidecar(client, csv, schemaUri.toString(), choice === say('inline') ? 'inline' : 'reference');
  });
  return schemaUri;
}

export function registerInferSchemaCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(ClientCommands.inferSchema, (target?: string | vscode.Uri) => inferSchemaCommand(client, target)));
}
