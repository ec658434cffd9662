// The language server: LSP wiring only. The checks live in server/src/engine, the LSP services in server/src/lsp.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { normalizeLocale, type Locale } from './i18n';
import { capProblems, toDiagnostic } from './lsp/diagnostics';
import { DocumentChecks } from './lsp/documentChecks';
import { defaultSettings, readSettings, type ServerSettings } from './lsp/settings';
import { ValidationScheduler } from './lsp/validationScheduler';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const checks = new DocumentChecks();

let locale: Locale = 'en';
let settings: ServerSettings = defaultSettings;
let canPullConfiguration = false;

/** Small documents are re-checked almost at once; big ones wait for a pause in typing. */
function debounceFor(uri: string): number {
  const length = documents.get(uri)?.getText().length ?? 0;
  return length < 200_000 ? 50 : length < 5_000_000 ? 150 : 300;
}

function isTableDocument(document: TextDocument): boolean {
  return document.languageId === 'csv' || document.languageId === 'tsv' || /\.(csv|tsv)$/i.test(document.uri);
}

const scheduler = new ValidationScheduler((uri, version, isCurrent) => {
  const document = documents.get(uri);
  if (!document || document.version !== version || !isTableDocument(document)) return;
  let result;
  try {
    result = checks.check(uri, version, document.getText(), settings);
  } catch (error) {
    // A bug in a check must not take the server down: log it and keep the editor usable.
    connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return;
  }
  if (!isCurrent()) return;
  const problems = capProblems(result.report.problems, settings.maxProblems);
  void connection.sendDiagnostics({ uri, version, diagnostics: problems.map((problem) => toDiagnostic(problem, locale)) });
}, debounceFor);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = normalizeLocale(params.locale ?? params.initializationOptions?.locale);
  canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
  if (params.initializationOptions?.settings) settings = readSettings(params.initializationOptions.settings);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
    },
    serverInfo: { name: 'opendata-lint' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'opendataLint' });
    await refreshSettings();
  }
});

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    settings = readSettings(await connection.workspace.getConfiguration('opendataLint'));
  } catch {
    settings = defaultSettings;
  }
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else settings = readSettings((change.settings as { opendataLint?: unknown } | undefined)?.opendataLint);
  for (const document of documents.all()) scheduler.schedule(document);
});

documents.onDidOpen((event) => scheduler.schedule(event.document));
documents.onDidChangeContent((event) => scheduler.schedule(event.document));
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  checks.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
