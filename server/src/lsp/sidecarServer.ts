// Wires the sidecar services to the connection: diagnostics of sidecar documents, the custom requests
// (draft of a new sidecar, export of a folder's catalogue) and file watching, so that a sidecar and its
// CSV are re-checked when either changes, open or not. server.ts calls these; the logic lives in the engine.
import { DidChangeWatchedFilesNotification, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { draftSidecar, exportCatalogue, isInsidePath, sidecarWalk, WALK_MAX_DEPTH, WALK_MAX_ENTRIES, walkFolder } from '../engine';
import { t, type Locale } from '../i18n';
import { CatalogueExportRequest, SidecarDraftRequest } from '../protocol';
import { capProblems, toDiagnostic } from './diagnostics';
import type { DocumentChecks } from './documentChecks';
import { fileUriOf, filePathOf, type SidecarService } from './sidecarService';
import { checkedParams, shapes } from './requestParams';

/** Checks a sidecar document and publishes its diagnostics (unless a newer edit came in meanwhile). */
export function publishSidecarDiagnostics(connection: Connection, sidecars: SidecarService, document: TextDocument, isCurrent: () => boolean, locale: Locale, maxProblems: number): void {
  const report = sidecars.check(document.uri, document.version, document.getText());
  if (!isCurrent()) return;
  const problems = capProblems(report.problems, maxProblems);
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: problems.map((problem) => toDiagnostic(problem, locale)) });
}

/** Asks the client to report changes of sidecars and tables on disk (when it can register watchers). */
export function watchSidecarFiles(connection: Connection): void {
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.resource.{yaml,yml}' }, { globPattern: '**/datapackage.{yaml,yml}' }, { globPattern: '**/*.{csv,tsv,CSV,TSV}' }],
  });
}

export interface SidecarRequestContext {
  connection: Connection;
  sidecars: SidecarService;
  checks: DocumentChecks;
  locale: () => Locale;
  /** Re-checks an open document. */
  schedule: (document: TextDocument) => void;
  /** The open table document of a URI, if any. */
  openTable: (uri: string) => TextDocument | undefined;
  /** Throws when the editor shows an open table garbled (under a folder, for a folder's URI): nothing is written from it. */
  refuseGarbled: (uri: string) => void;
}

export function registerSidecarRequests(context: SidecarRequestContext): void {
  const { connection, sidecars, checks } = context;

  connection.onRequest(SidecarDraftRequest.type, checkedParams(SidecarDraftRequest.method, shapes.uri, ({ uri }) => {
    const file = filePathOf(uri);
    if (!file) return null;
    context.refuseGarbled(uri);
    const access = sidecars.access();
    // The schema the editor already applies (setting, choice) is the one to record; else the draft detects one.
    const result = checks.lastResult(uri);
    const schemaRef = result?.schema.schema && result.schema.source !== 'detected' ? result.schema.ref : undefined;
    const draft = draftSidecar(file, { access, schemaRef, locale: context.locale() });
    return { uri: fileUriOf(draft.file), content: draft.content, exists: access.stat(draft.file) !== undefined };
  }));

  connection.onRequest(CatalogueExportRequest.type, checkedParams(CatalogueExportRequest.method, shapes.folderUri, async ({ folderUri }, token) => {
    const folder = filePathOf(folderUri);
    if (!folder) return { csv: '', datasets: 0, incomplete: [], skipped: [] };
    // Only a workspace folder (or a folder in one) is walked: `file:///` would be the whole disk.
    const roots = sidecars.workspaceRoots();
    if (!roots.some((root) => isInsidePath(path.resolve(folder), path.resolve(root)))) {
      throw new ResponseError(ErrorCodes.InvalidParams, t('lsp.catalogueExport.outsideWorkspace', context.locale(), { path: folder }));
    }
    context.refuseGarbled(folderUri);
    const walk = await walkFolder(folder, { ...sidecarWalk, isCancelled: () => token.isCancellationRequested });
    if (!walk) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (walk.truncated) {
      throw new ResponseError(ErrorCodes.InvalidParams, t('catalogueExport.tooBig', context.locale(), { path: folder, entries: WALK_MAX_ENTRIES, depth: WALK_MAX_DEPTH }));
    }
    const result = exportCatalogue(folder, { access: sidecars.access(), files: walk.files });
    return {
      csv: result.csv,
      datasets: result.datasets.length,
      incomplete: result.datasets.filter((d) => d.missing.length > 0).map((d) => ({ uri: fileUriOf(d.file), missing: d.missing })),
      skipped: result.skipped.map((s) => fileUriOf(s.file)),
    };
  }));

  connection.onDidChangeWatchedFiles((params) => {
    const due = new Map<string, TextDocument>();
    for (const change of params.changes) {
      // A sidecar appearing, changing or going away changes its tables' schema and lens, and the reverse.
      for (const document of sidecars.relatedOpenDocuments(change.uri)) due.set(document.uri, document);
      // An open table whose file changed on disk: its text is compared with the file's encoding.
      const open = context.openTable(change.uri);
      if (open) due.set(open.uri, open);
    }
    for (const document of due.values()) context.schedule(document);
  });
}
