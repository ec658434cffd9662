// The extension's entry: starts the bundled language server for CSV/TSV files and JSON datasets
// (`.json`, `.geojson`), and registers commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientCommands, SchemaInForceNotification } from '../../server/src/protocol';
import { registerFileEncodingCommands } from './fileEncoding';
import { registerInferSchemaCommand } from './inferSchema';
import { languageForDelimiter } from './languageMode';
import { registerLargeFiles } from './largeFiles';
import { registerMapPanel } from './mapPanel';
import { pickSchema, recordSchemaChoice, registerSchemaPickerTestState } from './schemaPicker';
import { registerSidecarCommands, sidecarDocumentSelector } from './sidecarCommands';
import { SchemaStatus } from './schemaStatus';

export const tableLanguages = ['csv', 'csv-semicolon', 'csv-pipe', 'tsv'];

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Over stdio, the server reads a big didOpen (a 250 MB national file) while it arrives, in pieces that
  // become the document's chunks (server/src/lsp/messageReader.ts). Over IPC, Node's channel would hold the
  // whole message, then its parsed copy: about four times the text at once.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...tableLanguages.map((language) => ({ language })),
      { pattern: '**/*.{csv,tsv,CSV,TSV}' },
      ...sidecarDocumentSelector,
      ...jsonDocumentSelector,
    ],
    synchronize: { configurationSection: 'opendataLint' },
    initializationOptions: { locale: vscode.env.language },
  };
  return new LanguageClient('opendataLint', 'Open Data Lint', serverOptions, clientOptions);
}

/** Gives `.csv` files that use `;` or `|` the grammar that colours their columns. */
async function adjustLanguageMode(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'csv') return;
  if (!vscode.workspace.getConfiguration('opendataLint').get<boolean>('colorColumnsByDelimiter', true)) return;
  const firstLine = document.lineAt(0).text;
  const language = languageForDelimiter(firstLine);
  if (language !== 'csv') await vscode.languages.setTextDocumentLanguage(document, language);
}

/**
 * JSON datasets: `.json` and `.geojson` files in a JSON language (VS Code gives `.geojson` the `json`
 * language), on disk or untitled. The server checks those a schema applies to and leaves the others
 * (package.json, tsconfig.json, settings) without a diagnostic.
 */
export const jsonLanguages = ['json', 'jsonc', 'geojson'];
const jsonDocumentSelector = jsonLanguages.flatMap((language) => [
  { scheme: 'file', language, pattern: '**/*.{json,geojson,JSON,GEOJSON}' },
  { scheme: 'untitled', language },
]);

function isJsonDataset(document: vscode.TextDocument): boolean {
  return jsonLanguages.includes(document.languageId) && (document.uri.scheme === 'untitled' || /\.(geo)?json$/i.test(document.uri.path));
}

function isTableDocument(document: vscode.TextDocument): boolean {
  return tableLanguages.includes(document.languageId) || /\.(csv|tsv)$/i.test(document.uri.path);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const status = new SchemaStatus(isTableDocument, isJsonDataset);
  const languageClient = client;
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand(ClientCommands.useSchema, (uri: string, ref: string) => recordSchemaChoice(uri, ref)),
    vscode.commands.registerCommand(ClientCommands.pickSchema, (uri?: string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (target) return pickSchema(languageClient, target);
    }),
    vscode.commands.registerCommand('opendataLint.restartServer', async () => {
      await client?.restart();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => void adjustLanguageMode(document)),
  );
  for (const document of vscode.workspace.textDocuments) void adjustLanguageMode(document);
  registerMapPanel(context, languageClient, tableLanguages);
  registerSchemaPickerTestState(context);
  registerSidecarCommands(context, languageClient);
  registerInferSchemaCommand(context, languageClient);
  registerLargeFiles(context);
  registerFileEncodingCommands(context);
  await client.start();
  context.subscriptions.push(client.onNotification(SchemaInForceNotification.type, (state) => status.update(state)));
  status.render();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
