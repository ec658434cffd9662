// The language server: LSP wiring only. The checks live in server/src/engine, the LSP services in server/src/lsp.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  type TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { getDefaultCatalog } from './engine/schema/catalog';
import { normalizeLocale, t, type Locale } from './i18n';
import { codeActionsFor } from './lsp/codeActions';
import { fixCodeActions } from './lsp/fixActions';
import { attachFixNotes } from './lsp/fixNotes';
import { FixSessions } from './lsp/fixSessions';
import { headerCodeLenses, problemTotals } from './lsp/codeLens';
import { completionsAt } from './lsp/completion';
import { capProblems, toDiagnostic } from './lsp/diagnostics';
import { DocumentChecks, type DocumentResult } from './lsp/documentChecks';
import { BigDocumentChecks } from './lsp/bigDocumentChecks';
import { BigDocument, DocumentStore } from './lsp/documentStore';
import { hoverAt } from './lsp/hover';
import { registerInferRequests } from './lsp/inferSchemaRequests';
import { registerMapRequests } from './lsp/mapPoints';
import { sidecarCodeActions, sidecarCodeLenses } from './lsp/sidecarActions';
import { sidecarCompletions } from './lsp/sidecarCompletion';
import { sidecarHover } from './lsp/sidecarHover';
import { publishSidecarDiagnostics, registerSidecarRequests, watchSidecarFiles } from './lsp/sidecarServer';
import { SidecarService } from './lsp/sidecarService';
import { defaultSettings, readSettings, type ServerSettings } from './lsp/settings';
import { ValidationScheduler } from './lsp/validationScheduler';
import { CatalogRequest, SchemaForDocumentRequest, SchemaInForceNotification, type SchemaInForce } from './protocol';

const connection = createConnection(ProposedFeatures.all);
// Our own store instead of `TextDocuments`: big documents stay in the engine's chunked form (issue #8).
const documents = new DocumentStore();
// The map and schema inference take `TextDocuments`; they only use `get`, `all` and `onDidClose`, which the store has.
const textDocuments = documents as unknown as TextDocuments<TextDocument>;
const sidecars = new SidecarService(documents, () => workspaceFolders);
const fixSessions = new FixSessions();
const checks = new DocumentChecks((uri) => sidecars.bindingForTable(uri));
const bigChecks = new BigDocumentChecks(checks);

let locale: Locale = 'en';
let settings: ServerSettings = defaultSettings;
let canPullConfiguration = false;
let workspaceFolders: string[] = [];
let canWatchWorkspaceFolders = false;
let canWatchFiles = false;

/**
 * Small documents are re-checked almost at once; big ones wait for a pause in typing, except big documents
 * checked incrementally: an edit that touched one row is already checked, its diagnostics go out at once.
 */
function debounceFor(uri: string): number {
  const document = documents.get(uri);
  if (document instanceof BigDocument) return document.lastEdit && !document.lastEdit.pending && document.lastEdit.rowsChecked <= 2 ? 0 : 30;
  const length = document?.getText().length ?? 0;
  return length < 200_000 ? 50 : length < 5_000_000 ? 150 : 300;
}

function isTableDocument(document: TextDocument): boolean {
  return ['csv', 'csv-semicolon', 'csv-pipe', 'tsv'].includes(document.languageId) || /\.(csv|tsv)$/i.test(document.uri);
}

function schemaState(result: DocumentResult): SchemaInForce {
  const { schema } = result;
  return {
    uri: result.uri,
    ref: schema.schema ? schema.ref : undefined,
    title: schema.title,
    id: schema.id,
    version: schema.version,
    source: schema.schema ? (schema.source === 'option' ? 'setting' : schema.source) : 'none',
    error: schema.schema ? undefined : schema.problems.find((p) => p.severity === 'error') ? schema.ref : undefined,
    ...problemTotals(result),
  };
}

/** The latest result for a document, provided it still matches the document's version. */
function currentResult(uri: string): { document: TextDocument; result: DocumentResult } | undefined {
  const document = documents.get(uri);
  const result = checks.lastResult(uri);
  if (!document || !result || result.version !== document.version) return undefined;
  return { document, result };
}

const scheduler = new ValidationScheduler((uri, version, isCurrent) => {
  const document = documents.get(uri);
  if (document && document.version === version && sidecars.isSidecar(uri)) {
    try {
      publishSidecarDiagnostics(connection, sidecars, document, isCurrent, locale, settings.maxProblems);
    } catch (error) {
      connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    return;
  }
  if (!document || document.version !== version || !isTableDocument(document)) return;
  if (document instanceof BigDocument) return checkBigDocument(document, version, isCurrent);
  let result;
  try {
    result = checks.check(uri, version, document.getText(), settings, workspaceFolders);
  } catch (error) {
    // A bug in a check must not take the server down: log it and keep the editor usable.
    connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return;
  }
  if (!isCurrent()) return;
  const problems = capProblems(result.report.problems, settings.maxProblems);
  const diagnostics = problems.map((problem) => toDiagnostic(problem, locale));
  try {
    // Why a fix is not offered, or offered as choices, shown with the diagnostic.
    attachFixNotes(uri, diagnostics, problems, fixSessions.sessionFor(document, result), locale);
  } catch (error) {
    connection.console.error(`Fix notes of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  void connection.sendDiagnostics({ uri, version, diagnostics });
  void connection.sendNotification(SchemaInForceNotification.type, schemaState(result));
}, debounceFor);

/** Whole checks of big documents that take longer than this show work-done progress. */
const PROGRESS_AFTER_MS = 1000;
/**
 * During the long first check of a very big document, the first page of problems is published early, once
 * the rows checked so far hold `maxProblems` of them (rows checked later cannot come before them), and
 * again when the check ends; the summary's counts grow meanwhile (the progress shows the check runs).
 */
const FIRST_PAGE_AFTER_MS = 100;
const FIRST_PAGE_MIN_CHARS = 8 << 20;

/** Checks a big document incrementally, in slices (requests are answered meanwhile), and publishes capped diagnostics. */
async function checkBigDocument(document: BigDocument, version: number, isCurrent: () => boolean): Promise<void> {
  const uri = document.uri;
  let progress: Promise<WorkDoneProgressServerReporter> | undefined;
  // Only for the first check (a re-scan after an edit may leave old rows before the first page's end).
  let firstPageAt = document.length >= FIRST_PAGE_MIN_CHARS && !checks.lastResult(uri) ? FIRST_PAGE_AFTER_MS : Infinity;
  try {
    const choice = bigChecks.prepare(document, settings, workspaceFolders);
    const settled = await bigChecks.settle(document, {
      isCurrent,
      progress: (_rows, elapsed) => {
        if (elapsed >= firstPageAt) {
          const { shown, complete } = bigChecks.result(document, choice, settings.maxProblems);
          if (complete) {
            void connection.sendDiagnostics({ uri, version, diagnostics: shown.map((problem) => toDiagnostic(problem, locale)) });
            firstPageAt = Infinity;
          } else firstPageAt = elapsed + 150;
        }
        if (elapsed < PROGRESS_AFTER_MS) return;
        const format = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US');
        // Rows are estimated from lines until the check ends (a multi-line cell makes them fewer).
        const total = Math.max(1, document.lineCount - 1);
        const checked = Math.min(total, document.table.rowCount);
        const message = t('progress.validation.rows', locale, { checked: format(checked), total: format(total) });
        const percentage = Math.floor((checked * 100) / total);
        if (!progress) {
          progress = connection.window.createWorkDoneProgress();
          void progress.then((reporter) => reporter.begin(t('progress.validation.title', locale), percentage, message, false));
        } else void progress.then((reporter) => reporter.report(percentage, message));
      },
    });
    if (!settled || document.version !== version) return;
    const { result, shown } = bigChecks.result(document, choice, settings.maxProblems);
    // No fix notes here: they need the whole text and a fix session, too slow to build on every keystroke.
    const diagnostics = shown.map((problem) => toDiagnostic(problem, locale));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    void connection.sendNotification(SchemaInForceNotification.type, schemaState(result));
  } catch (error) {
    connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    if (progress) void progress.then((reporter) => reporter.done());
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = normalizeLocale(params.locale ?? params.initializationOptions?.locale);
  canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
  canWatchWorkspaceFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
  canWatchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  if (params.initializationOptions?.settings) settings = readSettings(params.initializationOptions.settings);
  workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      // ':' and ' ' are for sidecars (a value after `key: `); tables ignore them (see onCompletion).
      completionProvider: { triggerCharacters: [',', ';', '\t', '|', ':', ' '] },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'opendata-lint' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'opendataLint' });
    await refreshSettings();
  }
  if (canWatchFiles) watchSidecarFiles(connection);
  if (canWatchWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      workspaceFolders = [...workspaceFolders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
    });
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
  for (const document of documents.all()) scheduleRelated(document);
});

connection.onHover((params) => {
  const uri = params.textDocument.uri;
  if (sidecars.isSidecar(uri)) {
    const document = documents.get(uri);
    const last = sidecars.lastReport(uri);
    return document && last?.version === document.version ? sidecarHover(document, last.report, params.position, locale) : null;
  }
  const current = currentResult(params.textDocument.uri);
  if (!current) return null;
  const { document } = current;
  return hoverAt(document, current.result, params.position, locale, document instanceof BigDocument ? (offset) => document.table.cellAt(offset) : undefined);
});

connection.onCompletion((params) => {
  if (sidecars.isSidecar(params.textDocument.uri)) {
    const document = documents.get(params.textDocument.uri);
    return document ? sidecarCompletions(document, params.position, locale, sidecars.access()) : [];
  }
  if (params.context?.triggerCharacter === ':' || params.context?.triggerCharacter === ' ') return [];
  const current = currentResult(params.textDocument.uri);
  return current ? completionsAt(current.document, current.result, params.position, locale) : [];
});

connection.onCodeLens((params) => {
  if (sidecars.isSidecar(params.textDocument.uri)) {
    const last = sidecars.lastReport(params.textDocument.uri);
    return last ? sidecarCodeLenses(last.report, locale) : [];
  }
  const result = checks.lastResult(params.textDocument.uri);
  return result ? headerCodeLenses(result, locale) : [];
});

/** Adds the quick fixes of the document's current version (cell, column and file scopes) to its other actions. */
function withQuickFixes(params: CodeActionParams, actions: CodeAction[]): CodeAction[] {
  const current = currentResult(params.textDocument.uri);
  if (!current) return actions;
  try {
    return [...actions, ...fixCodeActions(current.document, fixSessions.sessionFor(current.document, current.result), params.context, locale)];
  } catch (error) {
    connection.console.error(`Quick fixes of ${params.textDocument.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return actions;
  }
}

connection.onCodeAction((params) =>
  sidecars.isSidecar(params.textDocument.uri)
    ? sidecarCodeActions(params.textDocument.uri, params.context.diagnostics, locale)
    : withQuickFixes(params, codeActionsFor(params.textDocument.uri, params.context.diagnostics, locale)),
);

connection.onRequest(CatalogRequest.type, () =>
  getDefaultCatalog()
    .list({ kind: 'tableschema' })
    .map((entry) => ({ id: entry.id, title: entry.title, description: entry.description, versions: entry.versions, latest: entry.latest })),
);

connection.onRequest(SchemaForDocumentRequest.type, ({ uri }) => {
  const result = checks.lastResult(uri);
  return result ? schemaState(result) : null;
});

registerMapRequests(connection, textDocuments, checks);
registerSidecarRequests({ connection, sidecars, checks, locale: () => locale, schedule: scheduleRelated });
registerInferRequests({ connection, documents: textDocuments, sidecars, locale: () => locale });

/** Re-checks a document because a file it depends on changed (its sidecar): a big one chooses its schema again. */
function scheduleRelated(document: TextDocument): void {
  if (document instanceof BigDocument) bigChecks.invalidate(document);
  scheduler.schedule(document);
}

documents.onDidOpen((event) => scheduler.schedule(event.document));
documents.onDidChangeContent((event) => {
  scheduler.schedule(event.document);
  // A sidecar and the CSV it describes are checked against each other: re-check the other side too.
  for (const related of sidecars.relatedOpenDocuments(event.document.uri)) scheduleRelated(related);
});
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  checks.forget(event.document.uri);
  fixSessions.forget(event.document.uri);
  sidecars.forget(event.document.uri);
  for (const related of sidecars.relatedOpenDocuments(event.document.uri)) scheduleRelated(related);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
