// What the editor asks about an open document: hover, completion, code lenses, code actions (tables and
// sidecars), and the schema requests of the status bar. Each answer reads the document's latest result,
// provided it is of the document's current version. Plain functions of the state, wired by `register…`.
import { ErrorCodes, ResponseError, type CodeAction, type CodeActionParams, type CodeLens, type CompletionItem, type CompletionList, type CompletionParams, type Hover, type TextDocumentPositionParams } from 'vscode-languageserver/node';
import { getDefaultCatalog } from '../../engine/schema/catalog';
import { catalogForHeader } from '../../engine/schema/catalogRanking';
import { encodingLabel } from '../../engine/table/fileEncoding';
import { t } from '../../i18n';
import { CatalogForDocumentRequest, CatalogRequest, SchemaForDocumentRequest } from '../../protocol';
import { codeActionsFor } from '../codeActions';
import { headerCodeLenses } from '../codeLens';
import { completionsAt } from '../completion';
import { inForce } from '../diagnostics';
import { isGarbled, type DocumentResult } from '../documentChecks';
import { fixCodeActions } from '../fixActions';
import { hoverAt } from '../hover';
import { jsonCodeActions } from '../jsonActions';
import { catalogForJsonDocument } from '../jsonCatalog';
import { isJsonDocument } from '../jsonDocuments';
import { checkedParams, shapes } from '../requestParams';
import type { ServerState } from '../serverState';
import { sidecarCodeActions, sidecarCodeLenses } from '../sidecarActions';
import { sidecarCompletions } from '../sidecarCompletion';
import { sidecarHover } from '../sidecarHover';
import type { TableDocument } from '../tableDocument';
import { schemaState } from './checking';
import { jsonSchemaState } from './jsonChecking';

/** The latest result of an open table, provided it still matches the document's version. */
export function currentResult(state: ServerState, uri: string): { document: TableDocument; result: DocumentResult } | undefined {
  const document = state.documents.table(uri);
  const result = state.checks.lastResult(uri);
  if (!document || !result || result.version !== document.version) return undefined;
  return { document, result };
}

export function hover(state: ServerState, params: TextDocumentPositionParams): Hover | null {
  const uri = params.textDocument.uri;
  if (state.sidecars.isSidecar(uri)) {
    const document = state.documents.get(uri);
    const last = state.sidecars.lastReport(uri);
    return document && last?.version === document.version ? sidecarHover(document, last.report, params.position, state.locale) : null;
  }
  const current = currentResult(state, uri);
  if (!current) return null;
  const { document } = current;
  return hoverAt(document, current.result, params.position, state.locale, (offset) => document.table.cellAt(offset));
}

export function completion(state: ServerState, params: CompletionParams): CompletionItem[] | CompletionList {
  const uri = params.textDocument.uri;
  if (state.sidecars.isSidecar(uri)) {
    const document = state.documents.get(uri);
    return document ? sidecarCompletions(document, params.position, state.locale, state.sidecars.access()) : [];
  }
  if (params.context?.triggerCharacter === ':' || params.context?.triggerCharacter === ' ') return [];
  const current = currentResult(state, uri);
  if (!current) return [];
  const { document } = current;
  return completionsAt(document, current.result, params.position, state.locale, (offset) => document.table.cellAt(offset));
}

export function codeLenses(state: ServerState, uri: string): CodeLens[] {
  if (state.sidecars.isSidecar(uri)) {
    const last = state.sidecars.lastReport(uri);
    return last ? sidecarCodeLenses(last.report, state.locale) : [];
  }
  const result = state.checks.lastResult(uri);
  return result ? headerCodeLenses(result, state.locale) : [];
}

export function codeActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  if (state.sidecars.isSidecar(uri)) {
    const last = state.sidecars.lastReport(uri);
    return last ? sidecarCodeActions(uri, inForce(params.context.diagnostics, last.report.problems), state.locale) : [];
  }
  const json = state.jsonReport(uri);
  if (json) {
    const document = state.documents.get(uri);
    return document ? jsonCodeActions(document, inForce(params.context.diagnostics, json.shown), state.locale) : [];
  }
  const current = currentResult(state, uri);
  const diagnostics = inForce(params.context.diagnostics, current?.result.report.problems ?? []);
  const actions = codeActionsFor(uri, diagnostics, state.locale);
  // A garbled text gets no fix: it would be computed from, and saved with, what the wrong decoding made.
  if (!current || isGarbled(current.result)) return actions;
  // Without a diagnostic in force nor a source action asked for (the light bulb asks as the cursor moves),
  // there is no fix to offer: no session is built (it reads a million characters of a big text or more).
  if (diagnostics.length === 0 && !params.context.only?.length) return actions;
  try {
    const session = state.fixSessions.sessionFor(current.document, current.result);
    return [...actions, ...fixCodeActions(current.document, session, { ...params.context, diagnostics }, state.locale)];
  } catch (error) {
    state.logFailure('Quick fixes', uri, error);
    return actions;
  }
}

/**
 * Refuses a request that would write a file derived from a table the editor shows garbled (a schema, a
 * sidecar, a catalogue): `uri` names the table, or a folder holding the open tables to look at.
 */
export function refuseGarbled(state: ServerState, uri: string): void {
  const folder = uri.endsWith('/') ? uri : `${uri}/`;
  for (const document of state.documents.all()) {
    if (document.uri !== uri && !document.uri.startsWith(folder)) continue;
    const result = state.checks.lastResult(document.uri);
    if (result?.encoding?.kind === 'garbled') {
      throw new ResponseError(ErrorCodes.InvalidRequest, t('encoding.garbledNoDerived', state.locale, { encoding: encodingLabel(result.encoding.facts.encoding) }));
    }
  }
}

export function registerDocumentRequests(state: ServerState): void {
  const { connection } = state;
  connection.onHover(checkedParams('textDocument/hover', shapes.textDocumentPosition, (params) => hover(state, params)));
  connection.onCompletion(checkedParams('textDocument/completion', shapes.completion, (params) => completion(state, params)));
  connection.onCodeLens(checkedParams('textDocument/codeLens', shapes.textDocument, (params) => codeLenses(state, params.textDocument.uri)));
  connection.onCodeAction(checkedParams('textDocument/codeAction', shapes.codeAction, (params) => codeActions(state, params)));
  connection.onRequest(CatalogRequest.type, () =>
    getDefaultCatalog()
      .list({ kind: 'tableschema' })
      .map((entry) => ({ id: entry.id, title: entry.title, description: entry.description, versions: entry.versions, latest: entry.latest })),
  );
  connection.onRequest(
    CatalogForDocumentRequest.type,
    checkedParams(CatalogForDocumentRequest.method, shapes.uri, ({ uri }) => {
      // A JSON dataset is offered the catalog's JSON Schemas; a table, its Table Schemas ranked by its header.
      const document = state.documents.get(uri);
      if (document && !state.documents.table(uri) && isJsonDocument(document)) return catalogForJsonDocument(state.json.lastResult(uri));
      return catalogForHeader(getDefaultCatalog(), state.checks.lastResult(uri)?.report.labels);
    }),
  );
  connection.onRequest(SchemaForDocumentRequest.type, checkedParams(SchemaForDocumentRequest.method, shapes.uri, ({ uri }) => {
    const result = state.checks.lastResult(uri);
    if (result) return schemaState(result);
    const json = state.json.lastResult(uri);
    return json?.report.schema ? jsonSchemaState(json) : null;
  }));
}
