// Open, change, close and save of documents: what each one schedules and forgets. A sidecar and the
// tables it describes are checked against each other: a change of one re-checks the others open.
import type { ServerState } from '../serverState';
import { isTableDocument } from '../tableDocument';
import type { Checking } from './checking';

export function registerDocumentEvents(state: ServerState, checking: Checking): void {
  const { documents, sidecars, connection } = state;
  // (Opening a document also fires onDidChangeContent: that schedules its first check.)
  documents.onDidChangeContent((event) => {
    checking.schedule(event.document);
    for (const related of sidecars.relatedOpenDocuments(event.document.uri)) checking.schedule(related, { related: true });
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    checking.forget(uri);
    state.checks.forget(uri);
    state.fixSessions.forget(uri);
    state.rowNotes.forget(uri);
    state.diskEncodings.forget(uri);
    sidecars.forget(uri);
    for (const related of sidecars.relatedOpenDocuments(uri)) checking.schedule(related, { related: true });
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  // A save writes the file the document's encoding is compared with: check the document again.
  connection.onDidSaveTextDocument((params) => {
    const document = documents.get(params.textDocument.uri);
    if (document && isTableDocument(document)) checking.schedule(document, { related: true });
  });
}
