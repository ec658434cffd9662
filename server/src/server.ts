// The language server: LSP wiring only. The checks live in server/src/engine, the LSP services in server/src/lsp.
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  type TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { getDefaultCatalog } from './engine/schema/catalog';
import { encodingLabel } from './engine/table/fileEncoding';
import { normalizeLocale, t, type Locale } from './i18n';
import { codeActionsFor } from './lsp/codeActions';
import { ArrivingDocuments, type Arrival } from './lsp/arrivingDocuments';
import { createServerConnection, holdInput, outputFlushed } from './lsp/connection';
import { bigMessagesStarted, onDocumentArriving } from './lsp/messageReader';
import { warmUp } from './lsp/warmUp';
import { fixCodeActions } from './lsp/fixActions';
import { attachFixNotes, attachFixNotesInSlices } from './lsp/fixNotes';
import { FixSessions } from './lsp/fixSessions';
import { headerCodeLenses, problemTotals } from './lsp/codeLens';
import { completionsAt } from './lsp/completion';
import { capProblems, inForce, toDiagnostic } from './lsp/diagnostics';
import { DocumentChecks, isGarbled, type DocumentResult } from './lsp/documentChecks';
import { DiskEncodings } from './lsp/diskEncodings';
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
import { memoryDetail, trace, tracing } from './lsp/trace';
import type { Problem } from './engine/problems/problem';
import { catalogForHeader } from './engine/schema/catalogRanking';
import { CatalogForDocumentRequest, CatalogRequest, SchemaForDocumentRequest, SchemaInForceNotification, type SchemaInForce } from './protocol';
import { checkedParams, shapes } from './lsp/requestParams';

const connection = createServerConnection();
// Our own store instead of `TextDocuments`: big documents stay in the engine's chunked form (issue #8).
const documents = new DocumentStore();
// The map and schema inference take `TextDocuments`; they only use `get`, `all` and `onDidClose`, which the store has.
const textDocuments = documents as unknown as TextDocuments<TextDocument>;
const sidecars = new SidecarService(documents, () => workspaceFolders);
const fixSessions = new FixSessions();
const diskEncodings = new DiskEncodings();
const checks = new DocumentChecks((uri) => sidecars.bindingForTable(uri), (uri, version, pieces) => diskEncodings.verdictFor(uri, version, pieces));
const bigChecks = new BigDocumentChecks(checks);

let locale: Locale = 'en';
let settings: ServerSettings = defaultSettings;
let canPullConfiguration = false;
/**
 * Settles once the editor's settings are known (pulled after `initialized`, when the client can answer):
 * a document opened meanwhile waits for them rather than being checked without its schema setting.
 */
let settingsKnown!: () => void;
const settingsReady = new Promise<void>((resolve) => (settingsKnown = resolve));
let workspaceFolders: string[] = [];
let canWatchWorkspaceFolders = false;
let canWatchFiles = false;
let canShowProgress = false;

/**
 * Small documents are re-checked almost at once, bigger ones wait for a pause in typing; big documents
 * (checked incrementally) at once: an edit that touched a row is already checked when this is asked.
 */
function debounceFor(uri: string): number {
  const document = documents.get(uri);
  // Its work runs in slices that a newer edit stops, and its first page goes out as soon as it is final.
  if (document instanceof BigDocument) return 0;
  const length = document?.getText().length ?? 0;
  return length < 200_000 ? 50 : length < 5_000_000 ? 150 : 300;
}

function isTableDocument(document: { languageId: string; uri: string }): boolean {
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

/** The schema state last told for each document, to refresh code lenses when it changes. */
const toldStates = new Map<string, string>();
let canRefreshCodeLenses = false;

/**
 * Tells the client the schema in force and the counts (status bar), and asks the editor to fetch code
 * lenses again when they changed: the editor asks for lenses when the text changes, often before the
 * check that gives their counts is done, and never when only the plan changed (a schema chosen).
 */
function publishSchemaState(result: DocumentResult): void {
  const state = schemaState(result);
  void connection.sendNotification(SchemaInForceNotification.type, state);
  const told = JSON.stringify(state);
  if (toldStates.get(result.uri) === told) return;
  toldStates.set(result.uri, told);
  if (canRefreshCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
}

/** The latest result for a document, provided it still matches the document's version. */
function currentResult(uri: string): { document: TextDocument; result: DocumentResult } | undefined {
  const document = documents.get(uri);
  const result = checks.lastResult(uri);
  if (!document || !result || result.version !== document.version) return undefined;
  return { document, result };
}

const scheduler = new ValidationScheduler(async (uri, version, isCurrent) => {
  await settingsReady;
  if (!isCurrent()) return;
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
  publishSchemaState(result);
}, debounceFor);

/**
 * Diagnostics of a big document: their data names where the problem lies (code actions find it again among
 * the problems published), but for the summary, which carries its counts (it is not among them).
 */
function bigDocumentDiagnostics(shown: readonly Problem[]): Diagnostic[] {
  return shown.map((problem) => toDiagnostic(problem, locale, { slim: problem.code !== 'too-many-problems' }));
}

/** Work on a big document that waits until it stood still this long: its fix notes, its whole-table checks. */
const STILL_MS = 400;
const notesTimers = new Map<string, NodeJS.Timeout>();
const passTimers = new Map<string, NodeJS.Timeout>();

/**
 * Runs `task` once a big document stood still at `version` for STILL_MS (a newer call with the same
 * timers replaces it); `isCurrent` says whether that version is still the one open, checked to the end.
 * A failure is logged as `what`.
 */
function whenStill(
  timers: Map<string, NodeJS.Timeout>,
  document: BigDocument,
  version: number,
  what: string,
  task: (isCurrent: () => boolean) => Promise<void>,
): void {
  const uri = document.uri;
  clearTimeout(timers.get(uri));
  const isCurrent = () => documents.get(uri) === document && document.version === version && !document.table.isPending;
  const timer = setTimeout(async () => {
    timers.delete(uri);
    if (!isCurrent()) return;
    try {
      await task(isCurrent);
    } catch (error) {
      connection.console.error(`${what} of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }, STILL_MS);
  timer.unref();
  timers.set(uri, timer);
}

/**
 * Publishes a big document's diagnostics again with the fixers' notes (why a fix is not offered, or offered
 * as choices), once no newer version came for a moment; the notes are computed in slices.
 */
function scheduleFixNotes(document: BigDocument, version: number, shown: readonly Problem[]): void {
  whenStill(notesTimers, document, version, 'Fix notes', async (isCurrent) => {
    const current = currentResult(document.uri);
    if (!current) return;
    const diagnostics = bigDocumentDiagnostics(shown);
    const session = fixSessions.sessionFor(document, current.result);
    if (!(await attachFixNotesInSlices(document.uri, diagnostics, shown, session, locale, isCurrent))) return;
    if (diagnostics.some((diagnostic) => diagnostic.relatedInformation)) void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  });
}

/**
 * Runs the whole-table checks of a big document without a schema (hygiene: they need every row in order)
 * once no newer version came for a moment, in slices; then publishes its diagnostics again with their
 * problems, and schedules the fix notes. A newer version stops the pass (the next check schedules another).
 */
function scheduleTablePass(document: BigDocument, version: number): void {
  whenStill(passTimers, document, version, 'Whole-table checks', async (isCurrent) => {
    trace('table pass start', { version });
    if (!(await bigChecks.runTablePass(document, settings, isCurrent))) return;
    const choice = bigChecks.prepare(document, settings, workspaceFolders);
    const { result, shown } = bigChecks.result(document, choice, settings.maxProblems);
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: bigDocumentDiagnostics(shown) });
    publishSchemaState(result);
    trace('table pass published', { version, problems: result.totals?.total ?? 0 });
    scheduleFixNotes(document, version, shown);
  });
}

/** Whole checks of big documents that take longer than this show work-done progress. */
const PROGRESS_AFTER_MS = 1000;
/** Past this much text, an arriving document whose first page is not full yet no longer holds reading. */
const ARRIVING_HOLD_CHARS = 8 << 20;
/** The version of each big document whose first page was published early (it is not published twice). */
const earlyPages = new Map<string, number>();

/**
 * A progress token created while the connection is idle: the check of a document that is still arriving
 * cannot ask for one (the editor answers after it has sent the whole document).
 */
let spareProgress: Promise<WorkDoneProgressServerReporter> | undefined;

function prepareSpareProgress(): void {
  if (canShowProgress && !spareProgress) spareProgress = connection.window.createWorkDoneProgress();
}

/** Work-done progress of a long check: begun on the first report, ended by `done`. `spare`: use the spare token. */
function validationProgress({ spare = false } = {}): { report(checked: number, total: number): void; done(): void } {
  let progress: Promise<WorkDoneProgressServerReporter> | undefined;
  const format = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US');
  return {
    report(checked, total) {
      total = Math.max(1, Math.round(total));
      checked = Math.min(checked, total);
      const message = t('progress.validation.rows', locale, { checked: format(checked), total: format(total) });
      const percentage = Math.floor((checked * 100) / total);
      if (!progress) {
        progress = (spare ? spareProgress : undefined) ?? connection.window.createWorkDoneProgress();
        if (spare) spareProgress = undefined;
        void progress.then((reporter) => reporter.begin(t('progress.validation.title', locale), percentage, message, false));
      } else void progress.then((reporter) => reporter.report(percentage, message));
    },
    done() {
      if (progress) void progress.then((reporter) => reporter.done());
      if (spare) prepareSpareProgress();
    },
  };
}

/**
 * Checks a big document incrementally, in slices (requests are answered meanwhile), and publishes capped
 * diagnostics. When the work is long (a first check, a quote that changes how the rest of the file splits),
 * the first page of problems goes out as soon as it is final (the rows holding it are checked, see
 * `IncrementalTable.firstProblemsFinal`), with the summary's counts as far as the check got; the complete
 * diagnostics and the true totals (code lens, status) follow when the work ends.
 */
async function checkBigDocument(document: BigDocument, version: number, isCurrent: () => boolean): Promise<void> {
  const uri = document.uri;
  const progress = validationProgress();
  try {
    trace('check start', { version });
    const choice = bigChecks.prepare(document, settings, workspaceFolders);
    trace('schema chosen');
    const table = document.table;
    // The check of a document that was arriving may have published its first page already.
    let pagePublished = earlyPages.get(uri) === version;
    const settled = await bigChecks.settle(document, {
      isCurrent,
      afterStep: () => {
        if (pagePublished || !table.firstProblemsFinal(settings.maxProblems)) return;
        pagePublished = true;
        earlyPages.set(uri, version);
        const { shown } = bigChecks.result(document, choice, settings.maxProblems);
        void connection.sendDiagnostics({ uri, version, diagnostics: bigDocumentDiagnostics(shown) });
        trace('first page published', { version, rows: table.rowCount });
        // Let the page reach the editor before the work goes on.
        return outputFlushed();
      },
      progress: (_rows, elapsed) => {
        // Rows are estimated from lines until the check ends (a multi-line cell makes them fewer).
        if (elapsed >= PROGRESS_AFTER_MS) progress.report(table.rowCount, document.lineCount - 1);
      },
    });
    if (!settled || document.version !== version) return;
    const { result, shown } = bigChecks.result(document, choice, settings.maxProblems);
    // Fix notes come a moment later: a fixer run per problem, too slow for every keystroke.
    const diagnostics = bigDocumentDiagnostics(shown);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    publishSchemaState(result);
    // Without a schema, the hygiene checks come next (the fix notes after them).
    if (bigChecks.needsTablePass(choice)) scheduleTablePass(document, version);
    else scheduleFixNotes(document, version, shown);
    if (tracing) trace('check complete', { version, rows: table.rowCount, rowsChecked: table.rowsChecked, ...memoryDetail() });
  } catch (error) {
    connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    progress.done();
  }
}

/**
 * Checks a big document while its didOpen still arrives (see arrivingDocuments.ts): the first page of
 * problems goes out as soon as it is final, the text so far minus its last row (perhaps cut short); the
 * check goes on as text comes, and the document opened takes it over when the whole message is read.
 */
async function checkArriving(document: BigDocument, arrival: Arrival): Promise<void> {
  const { uri, version } = document;
  try {
    await settingsReady;
    if (!arrival.arriving) return;
    trace('check start', { version, arriving: true });
    const choice = bigChecks.prepare(document, settings, workspaceFolders);
    trace('schema chosen', { arriving: true });
    const table = document.table;
    // Custom checks that judge the whole table check everything again after each edit, and appending is one.
    if (table.checksWholeTable) {
      arrivals.giveUp();
      return;
    }
    const started = Date.now();
    const progress = validationProgress({ spare: true });
    let published = false;
    const publishIfFinal = (): Promise<void> | undefined => {
      if (published || !table.firstProblemsFinal(settings.maxProblems, { textComplete: false })) return undefined;
      published = true;
      earlyPages.set(uri, version);
      trace('first page final', { rows: table.rowCount });
      const { shown } = bigChecks.result(document, choice, settings.maxProblems, { arriving: true });
      void connection.sendDiagnostics({ uri, version, diagnostics: bigDocumentDiagnostics(shown) });
      trace('first page published', { version, rows: table.rowCount, arriving: true });
      arrival.release();
      return outputFlushed();
    };
    let reported = 0;
    const report = () => {
      const now = Date.now();
      if (now - started < PROGRESS_AFTER_MS || now - reported < 100) return;
      reported = now;
      // The rows of the whole text are estimated from the share of the message read so far.
      progress.report(table.rowCount, (document.lineCount - 1) / Math.max(arrival.share, 1e-3));
    };
    try {
      while (arrival.arriving) {
        // Until the first page is out, the text that came is checked before more is read (in the first
        // megabytes only: a file with few problems fills no page, and is read at full speed then).
        if (!published && table.text.length < ARRIVING_HOLD_CHARS) arrival.hold();
        await bigChecks.settle(document, { isCurrent: () => arrival.arriving, afterStep: publishIfFinal, progress: report });
        if (!arrival.arriving) break;
        await publishIfFinal();
        report();
        await arrival.more();
      }
    } finally {
      // The open document's check shows its own progress.
      progress.done();
    }
  } catch (error) {
    arrivals.giveUp();
    connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const arrivals = new ArrivingDocuments({
  accepts: (opening) => isTableDocument(opening) && !sidecars.isSidecar(opening.uri) && !documents.get(opening.uri),
  start: (document, arrival) => void checkArriving(document, arrival),
  hold: holdInput,
});
onDocumentArriving(arrivals.listener);
documents.arrivals = arrivals;
documents.onStaleChange = (uri, version, current) =>
  connection.console.warn(`A change to ${uri} arrived with version ${version}, not newer than ${current}: left out (LSP versions only increase).`);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = normalizeLocale(params.locale ?? params.initializationOptions?.locale);
  canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
  canWatchWorkspaceFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
  canWatchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  canShowProgress = Boolean(params.capabilities.window?.workDoneProgress);
  canRefreshCodeLenses = Boolean(params.capabilities.workspace?.codeLens?.refreshSupport);
  if (params.initializationOptions?.settings) settings = readSettings(params.initializationOptions.settings);
  if (!canPullConfiguration) settingsKnown();
  workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return {
    capabilities: {
      // Saves are heard: the file on disk, whose encoding a document is compared with, changed.
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
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
  settingsKnown();
  prepareSpareProgress();
  // While the editor is still sending the first document (a big one takes a few hundred milliseconds to
  // serialize): read the catalog and warm the checks up (see warmUp.ts).
  const baseDir = workspaceFolders[0]?.startsWith('file:') ? fileURLToPath(workspaceFolders[0]) : process.cwd();
  setImmediate(() => void warmUp(Object.values(settings.schemas), baseDir, locale, () => bigMessagesStarted() > 0 || documents.keys().length > 0));
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
  checks.forgetProjectSettings();
  if (canPullConfiguration) await refreshSettings();
  else settings = readSettings((change.settings as { opendataLint?: unknown } | undefined)?.opendataLint);
  for (const document of documents.all()) scheduleRelated(document);
});

connection.onHover(checkedParams('textDocument/hover', shapes.textDocumentPosition, (params) => {
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
}));

connection.onCompletion(checkedParams('textDocument/completion', shapes.completion, (params) => {
  if (sidecars.isSidecar(params.textDocument.uri)) {
    const document = documents.get(params.textDocument.uri);
    return document ? sidecarCompletions(document, params.position, locale, sidecars.access()) : [];
  }
  if (params.context?.triggerCharacter === ':' || params.context?.triggerCharacter === ' ') return [];
  const current = currentResult(params.textDocument.uri);
  if (!current) return [];
  const { document } = current;
  return completionsAt(document, current.result, params.position, locale, document instanceof BigDocument ? (offset) => document.table.cellAt(offset) : undefined);
}));

connection.onCodeLens(checkedParams('textDocument/codeLens', shapes.textDocument, (params) => {
  if (sidecars.isSidecar(params.textDocument.uri)) {
    const last = sidecars.lastReport(params.textDocument.uri);
    return last ? sidecarCodeLenses(last.report, locale) : [];
  }
  const result = checks.lastResult(params.textDocument.uri);
  return result ? headerCodeLenses(result, locale) : [];
}));

/** Adds the quick fixes of the document's current version (cell, column and file scopes) to its other actions. */
function withQuickFixes(params: CodeActionParams, actions: CodeAction[]): CodeAction[] {
  const current = currentResult(params.textDocument.uri);
  // A garbled text gets no fix: it would be computed from, and saved with, what the wrong decoding made.
  if (!current || isGarbled(current.result)) return actions;
  try {
    const context = { ...params.context, diagnostics: inForce(params.context.diagnostics, current.result.report.problems) };
    return [...actions, ...fixCodeActions(current.document, fixSessions.sessionFor(current.document, current.result), context, locale)];
  } catch (error) {
    connection.console.error(`Quick fixes of ${params.textDocument.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return actions;
  }
}

connection.onCodeAction(checkedParams('textDocument/codeAction', shapes.codeAction, (params) => {
  const uri = params.textDocument.uri;
  if (sidecars.isSidecar(uri)) return sidecarCodeActions(uri, params.context.diagnostics, locale);
  const published = currentResult(uri)?.result.report.problems ?? [];
  return withQuickFixes(params, codeActionsFor(uri, inForce(params.context.diagnostics, published), locale));
}));

connection.onRequest(CatalogRequest.type, () =>
  getDefaultCatalog()
    .list({ kind: 'tableschema' })
    .map((entry) => ({ id: entry.id, title: entry.title, description: entry.description, versions: entry.versions, latest: entry.latest })),
);

connection.onRequest(CatalogForDocumentRequest.type, checkedParams(CatalogForDocumentRequest.method, shapes.uri, ({ uri }) => catalogForHeader(getDefaultCatalog(), checks.lastResult(uri)?.report.labels)));

connection.onRequest(SchemaForDocumentRequest.type, checkedParams(SchemaForDocumentRequest.method, shapes.uri, ({ uri }) => {
  const result = checks.lastResult(uri);
  return result ? schemaState(result) : null;
}));

/**
 * Refuses a request that would write a file derived from a table the editor shows garbled (a schema, a
 * sidecar, a catalogue): `uri` names the table, or a folder holding the open tables to look at.
 */
function refuseGarbled(uri: string): void {
  const folder = uri.endsWith('/') ? uri : `${uri}/`;
  for (const document of documents.all()) {
    if (document.uri !== uri && !document.uri.startsWith(folder)) continue;
    const result = checks.lastResult(document.uri);
    if (result?.encoding?.kind === 'garbled') {
      throw new ResponseError(ErrorCodes.InvalidRequest, t('encoding.garbledNoDerived', locale, { encoding: encodingLabel(result.encoding.facts.encoding) }));
    }
  }
}

registerMapRequests(connection, textDocuments, checks);
registerSidecarRequests({
  connection,
  sidecars,
  checks,
  locale: () => locale,
  schedule: scheduleRelated,
  openTable: (uri) => {
    const document = documents.get(uri);
    return document && isTableDocument(document) && !sidecars.isSidecar(uri) ? document : undefined;
  },
  refuseGarbled,
});
registerInferRequests({ connection, documents: textDocuments, sidecars, locale: () => locale, refuseGarbled });

/** Re-checks a document because a file it depends on changed (its sidecar): a big one chooses its schema again. */
function scheduleRelated(document: TextDocument): void {
  if (document instanceof BigDocument) bigChecks.invalidate(document);
  scheduler.schedule(document);
}

// (Opening a document also fires onDidChangeContent: that schedules its first check.)
documents.onDidChangeContent((event) => {
  scheduler.schedule(event.document);
  // A sidecar and the CSV it describes are checked against each other: re-check the other side too.
  for (const related of sidecars.relatedOpenDocuments(event.document.uri)) scheduleRelated(related);
});
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  checks.forget(event.document.uri);
  earlyPages.delete(event.document.uri);
  clearTimeout(notesTimers.get(event.document.uri));
  notesTimers.delete(event.document.uri);
  clearTimeout(passTimers.get(event.document.uri));
  passTimers.delete(event.document.uri);
  fixSessions.forget(event.document.uri);
  diskEncodings.forget(event.document.uri);
  toldStates.delete(event.document.uri);
  sidecars.forget(event.document.uri);
  for (const related of sidecars.relatedOpenDocuments(event.document.uri)) scheduleRelated(related);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

// A save writes the file the document's encoding is compared with: check the document again.
connection.onDidSaveTextDocument((params) => {
  const document = documents.get(params.textDocument.uri);
  if (document && isTableDocument(document)) scheduleRelated(document);
});

documents.listen(connection);
connection.listen();
