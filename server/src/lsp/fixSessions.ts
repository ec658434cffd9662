// One fix session per open document version: proposals computed for diagnostics' notes are reused by the
// code actions of the same version, and dropped as soon as the document changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FixSession } from '../engine/fixes';
import type { DocumentResult } from './documentChecks';

export class FixSessions {
  private readonly sessions = new Map<string, { version: number; session: FixSession }>();

  /** The session for the document's current text; the result must be of the same version. */
  sessionFor(document: TextDocument, result: DocumentResult): FixSession {
    const known = this.sessions.get(document.uri);
    if (known && known.version === document.version && known.version === result.version) return known.session;
    const session = new FixSession({ text: document.getText(), problems: result.report.problems, schema: result.schema.schema, dialect: result.report.dialect });
    this.sessions.set(document.uri, { version: document.version, session });
    return session;
  }

  forget(uri: string): void {
    this.sessions.delete(uri);
  }
}
