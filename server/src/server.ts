// The language server: wiring only. The checks live in server/src/engine, the LSP services in
// server/src/lsp, the handlers in server/src/lsp/handlers; the state they share in one object.
import { ArrivingDocuments } from './lsp/arrivingDocuments';
import { applyHeapPolicy } from './lsp/heapPolicy';
import { createServerConnection, holdInput } from './lsp/connection';
import { Checking } from './lsp/handlers/checking';
import { registerDocumentEvents } from './lsp/handlers/documentEvents';
import { refuseGarbled, registerDocumentRequests } from './lsp/handlers/documentRequests';
import { registerLifecycle } from './lsp/handlers/lifecycle';
import { registerMapFeatureRequests } from './lsp/handlers/mapFeatures';
import { registerInferRequests } from './lsp/inferSchemaRequests';
import { registerMapRequests } from './lsp/mapPoints';
import { onDocumentArriving } from './lsp/messageReader';
import { createServerState } from './lsp/serverState';
import { registerSidecarRequests } from './lsp/sidecarServer';
import { isTableDocument } from './lsp/tableDocument';

applyHeapPolicy();
const connection = createServerConnection();
const state = createServerState(connection);
const checking = new Checking(state);
const { documents, sidecars } = state;

// Big tables are checked while their didOpen arrives (see arrivingDocuments.ts).
const arrivals = new ArrivingDocuments({
  accepts: (opening) => isTableDocument(opening) && !sidecars.isSidecar(opening.uri) && !documents.get(opening.uri),
  start: (document, arrival) => void checking.checkArriving(document, arrival, () => arrivals.giveUp()),
  hold: holdInput,
});
onDocumentArriving(arrivals.listener);
documents.arrivals = arrivals;
documents.onStaleChange = (uri, version, current) =>
  connection.console.warn(`A change to ${uri} arrived with version ${version}, not newer than ${current}: left out (LSP versions only increase).`);

registerLifecycle(state, checking);
registerDocumentRequests(state);
registerDocumentEvents(state, checking);
registerMapRequests(connection, documents, state.checks);
registerMapFeatureRequests(state);
registerSidecarRequests({
  connection,
  sidecars,
  checks: state.checks,
  locale: () => state.locale,
  schedule: (document) => checking.schedule(document, { related: true }),
  openTable: (uri) => (sidecars.isSidecar(uri) ? undefined : documents.table(uri)),
  refuseGarbled: (uri) => refuseGarbled(state, uri),
});
registerInferRequests({ connection, documents, sidecars, locale: () => state.locale, refuseGarbled: (uri) => refuseGarbled(state, uri) });

documents.listen(connection);
connection.listen();
