// The editor's side of the session: `initialize` (capabilities, locale, folders, settings given at once),
// `initialized` (settings pulled, warm-up, watchers), configuration and workspace folder changes.
import { fileURLToPath } from 'node:url';
import { DidChangeConfigurationNotification, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { normalizeLocale } from '../../i18n';
import { bigMessagesStarted } from '../messageReader';
import type { ServerState } from '../serverState';
import { readSettings } from '../settings';
import { watchSidecarFiles } from '../sidecarServer';
import { warmUp } from '../warmUp';
import type { Checking } from './checking';

export function initializeResult(state: ServerState, params: InitializeParams): InitializeResult {
  const capabilities = params.capabilities;
  state.locale = normalizeLocale(params.locale ?? params.initializationOptions?.locale);
  state.capabilities = {
    pullConfiguration: Boolean(capabilities.workspace?.configuration),
    watchWorkspaceFolders: Boolean(capabilities.workspace?.workspaceFolders),
    watchFiles: Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration),
    showProgress: Boolean(capabilities.window?.workDoneProgress),
    refreshCodeLenses: Boolean(capabilities.workspace?.codeLens?.refreshSupport),
  };
  if (params.initializationOptions?.settings) state.settings = readSettings(params.initializationOptions.settings);
  if (!state.capabilities.pullConfiguration) state.settingsKnown();
  state.workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return {
    capabilities: {
      // Saves are heard: the file on disk, whose encoding a document is compared with, changed.
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      // ':' and ' ' are for sidecars (a value after `key: `); tables ignore them (see completion).
      completionProvider: { triggerCharacters: [',', ';', '\t', '|', ':', ' '] },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'opendata-lint' },
  };
}

/**
 * Pulls the editor's settings. A failed read keeps the settings known so far (those of `initialize`, or
 * the last ones read) and says so in the editor's log: falling back to the defaults silently would check
 * every table without its schema setting.
 */
export async function refreshSettings(state: ServerState): Promise<void> {
  if (!state.capabilities.pullConfiguration) return;
  try {
    state.settings = readSettings(await state.connection.workspace.getConfiguration('opendataLint'));
  } catch (error) {
    state.logFailure('Reading the settings', 'opendataLint', error);
  }
}

export function registerLifecycle(state: ServerState, checking: Checking): void {
  const { connection } = state;
  connection.onInitialize((params) => initializeResult(state, params));

  connection.onInitialized(async () => {
    if (state.capabilities.pullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'opendataLint' });
      await refreshSettings(state);
    }
    state.settingsKnown();
    // While the editor is still sending the first document (a big one takes a few hundred milliseconds to
    // serialize): read the catalog and warm the checks up (see warmUp.ts).
    const folder = state.workspaceFolders[0];
    const baseDir = folder?.startsWith('file:') ? fileURLToPath(folder) : process.cwd();
    setImmediate(() => void warmUp(Object.values(state.settings.schemas), baseDir, state.locale, () => bigMessagesStarted() > 0 || state.documents.keys().length > 0));
    if (state.capabilities.watchFiles) watchSidecarFiles(connection);
    if (state.capabilities.watchWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        state.workspaceFolders = [...state.workspaceFolders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
      });
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    state.checks.forgetProjectSettings();
    if (state.capabilities.pullConfiguration) await refreshSettings(state);
    else state.settings = readSettings((change.settings as { opendataLint?: unknown } | undefined)?.opendataLint);
    for (const document of state.documents.all()) checking.schedule(document, { related: true });
  });
}
