// Everything the language server holds, in one object: the connection, the open documents, the services
// that check them, what the editor said (settings, locale, capabilities, workspace folders). Handlers
// (lsp/handlers/*) receive it; tests build one over a fake connection.
import type { Connection } from 'vscode-languageserver/node';
import type { Locale } from '../i18n';
import { DiskEncodings } from './diskEncodings';
import { DocumentChecks } from './documentChecks';
import { DocumentStore } from './documentStore';
import { RowNotes } from './fixNotes';
import { FixSessions } from './fixSessions';
import { JsonChecks, type JsonResult } from './jsonChecks';
import { defaultSettings, type ServerSettings } from './settings';
import { SidecarService } from './sidecarService';

/** What the editor can do, read from its `initialize` request. */
export interface ClientCapabilities {
  pullConfiguration: boolean;
  watchWorkspaceFolders: boolean;
  watchFiles: boolean;
  showProgress: boolean;
  refreshCodeLenses: boolean;
}

export interface ServerState {
  readonly connection: Connection;
  readonly documents: DocumentStore;
  readonly checks: DocumentChecks;
  /** JSON datasets' checks and results (handlers/jsonChecking.ts schedules them). */
  readonly json: JsonChecks;
  /**
   * The latest result of an open JSON document, provided it is of the document's current version (else
   * undefined: a check is pending): the engine's report (`report.kind`, `report.schema`, `report.problems`
   * with their `pointer`/`field`/`feature` params, `report.value` parsed on first read), the problems
   * published and the counts. For the map of a GeoJSON, and any request about a JSON document.
   */
  jsonReport(uri: string): JsonResult | undefined;
  readonly sidecars: SidecarService;
  readonly fixSessions: FixSessions;
  readonly rowNotes: RowNotes;
  readonly diskEncodings: DiskEncodings;
  settings: ServerSettings;
  locale: Locale;
  workspaceFolders: string[];
  capabilities: ClientCapabilities;
  /** Settles once the editor's settings are known (pulled after `initialized`): a check waits for them. */
  readonly settingsReady: Promise<void>;
  settingsKnown(): void;
  /** True once `settingsReady` settled. */
  readonly settingsAreKnown: boolean;
  /** Logs a failure of `what` on a document in the editor's log: a bug in one service must not take the server down. */
  logFailure(what: string, uri: string, error: unknown): void;
}

export function createServerState(connection: Connection): ServerState {
  const documents = new DocumentStore();
  let settingsKnown!: () => void;
  const settingsReady = new Promise<void>((resolve) => (settingsKnown = resolve));
  let known = false;
  const diskEncodings = new DiskEncodings();
  const checks = new DocumentChecks(
    (uri) => state.sidecars.bindingForTable(uri),
    (uri, version, pieces) => diskEncodings.verdictFor(uri, version, pieces),
  );
  const state: ServerState = {
    connection,
    documents,
    sidecars: new SidecarService(documents, () => state.workspaceFolders),
    checks,
    json: new JsonChecks({ sidecarFor: (uri) => state.sidecars.bindingForTable(uri), projectOf: (file) => checks.projectOf(file) }),
    jsonReport(uri) {
      const document = documents.get(uri);
      const result = state.json.lastResult(uri);
      return document && result && result.version === document.version ? result : undefined;
    },
    fixSessions: new FixSessions(),
    rowNotes: new RowNotes(),
    diskEncodings,
    settings: defaultSettings,
    locale: 'en',
    workspaceFolders: [],
    capabilities: { pullConfiguration: false, watchWorkspaceFolders: false, watchFiles: false, showProgress: false, refreshCodeLenses: false },
    settingsReady,
    settingsKnown() {
      known = true;
      settingsKnown();
    },
    get settingsAreKnown() {
      return known;
    },
    logFailure(what, uri, error) {
      connection.console.error(`${what} of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  };
  return state;
}
