// One fix session per open document version: proposals computed for diagnostics' notes are reused by the
// code actions of the same version, and dropped as soon as the document changes.
//
// A big document (kept in chunks by the incremental engine) gives its session the start of its text only:
// the rows up to the last problem published (the only ones with diagnostics, hence code actions), and at
// least its first 8 million characters, where the fixers find a column's evidence (the order of its
// dates…). The whole text of a 500k-row file would be a 490 MB string, and its columns read in seconds.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FixSession } from '../engine/fixes';
import type { DocumentResult } from './documentChecks';
import { BigDocument } from './documentStore';

/** Characters of a big document's text a fix session reads at least. */
export const BIG_FIX_TEXT_CHARS = 8 << 20;

export class FixSessions {
  private readonly sessions = new Map<string, { version: number; session: FixSession }>();

  /** The session for the document's current text; the result must be of the same version. */
  sessionFor(document: TextDocument, result: DocumentResult): FixSession {
    const known = this.sessions.get(document.uri);
    if (known && known.version === document.version && known.version === result.version) return known.session;
    const text = document instanceof BigDocument ? bigDocumentText(document, result) : document.getText();
    const session = new FixSession({ text, problems: result.report.problems, schema: result.schema.schema, dialect: result.report.dialect });
    this.sessions.set(document.uri, { version: document.version, session });
    return session;
  }

  forget(uri: string): void {
    this.sessions.delete(uri);
  }
}

/** The start of a big document's text a fix session reads: whole rows, past every problem published. */
function bigDocumentText(document: BigDocument, result: DocumentResult): string {
  const table = document.table;
  let end = Math.min(table.text.length, BIG_FIX_TEXT_CHARS);
  for (const problem of result.report.problems) end = Math.max(end, problem.range.end.offset);
  const row = end < table.text.length ? table.rowAt(end) : undefined;
  return table.text.slice(0, row && row.start < end ? row.next : end);
}
