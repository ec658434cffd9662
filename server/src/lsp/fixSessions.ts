// One fix session per check result: proposals computed for diagnostics' notes are reused by the code actions
// of the same result, and dropped as soon as the document or the plan it was checked under (schema, dialect,
// settings, sidecar) changes. A new result is made by every check, so a new plan drops the session even when
// the text, hence the version, stayed the same (a schema chosen from the status bar).
//
// A session reads the start of its document's text only: the rows up to the last problem published (the
// only ones with diagnostics, hence code actions), and at least its first million characters (a few
// thousand rows), where the fixers find a column's evidence (the order of its dates…): all of any document
// smaller than that. The whole text of a 500k-row file would be a 490 MB string, and its columns read in
// seconds; its first 8 million characters, the former floor, were 16 MB of garbage at every light bulb
// asked while typing. Sessions are built for code actions (and a small document's fix notes), on demand.
import { FixSession, LONG_ROW, type Problem } from '../engine';
import type { DocumentResult } from './documentChecks';
import type { TableDocument } from './tableDocument';

/** Characters of a document's text a fix session reads at least. */
export const FIX_TEXT_CHARS = 1 << 20;

export class FixSessions {
  private readonly sessions = new Map<string, { version: number; result: DocumentResult; session: FixSession }>();

  /** The session of the document's current result; the result must be of the document's version. */
  sessionFor(document: TableDocument, result: DocumentResult): FixSession {
    const known = this.sessions.get(document.uri);
    if (known && known.result === result && known.version === document.version && known.version === result.version) return known.session;
    const text = fixText(document, result.report.problems);
    const session = new FixSession({ text, problems: result.report.problems, schema: result.schema.schema, dialect: result.report.dialect });
    this.sessions.set(document.uri, { version: document.version, result, session });
    return session;
  }

  /** Drops the session of an older version (its text, a million characters or more, is not kept while typing). */
  dropOlder(uri: string, version: number): void {
    if ((this.sessions.get(uri)?.version ?? version) < version) this.sessions.delete(uri);
  }

  forget(uri: string): void {
    this.sessions.delete(uri);
  }
}

/**
 * The start of a document's text a fix session reads: whole rows, past every problem published but
 * those of a row longer than `LONG_ROW` (a quote never closed makes the rest of the file one row: no cell
 * fix applies to it, and reading it would copy the whole text).
 */
export function fixText(document: TableDocument, problems: readonly Problem[]): string {
  const table = document.table;
  if (table.text.length <= FIX_TEXT_CHARS) return document.getText();
  let end = FIX_TEXT_CHARS;
  for (const problem of problems) {
    if (problem.range.end.offset <= end) continue;
    const row = table.rowAt(problem.range.start.offset);
    if (row && row.next - row.start > LONG_ROW) continue;
    end = problem.range.end.offset;
  }
  // Whole rows: up to the end of the row cut at `end`, or its start when that row is a long one.
  const row = end < table.text.length ? table.rowAt(end) : undefined;
  if (row && row.start < end) end = row.next - row.start > LONG_ROW ? row.start : row.next;
  return table.text.slice(0, end);
}
