// Says with the diagnostic why a fix is not offered, or why it is offered as choices (an ambiguous date,
// prose that cannot be converted, Excel damage with several readings): related information on the cell.
//
// A note costs a fixer run, and the fixers read a column's evidence (the order of its dates…) from the text
// their session holds. A small document's notes come from its own fix session (the whole text, the one
// code actions use), at once. A big document's notes come once it stands still, for the problems shown
// only, from a session over the rows those problems are on (the header and those rows, a few hundred
// kilobytes, not the file), and are kept by row: after an edit, only the rows it touched need a fixer run.
import type { Diagnostic } from 'vscode-languageserver';
import { fixableCodes, FixSession, LONG_ROW, type Problem, type RowSpan } from '../engine';
import { noteMessage, type Locale } from '../i18n';
import type { DocumentResult } from './documentChecks';
import type { TableDocument } from './tableDocument';

/** Notes cost a fixer run per problem: at most this many problems, and no more than this time, per publication. */
const MAX_PROBLEMS = 500;
const BUDGET_MS = 150;
/** Time a slice of notes takes before the event loop gets a turn (big documents: notes after a pause). */
const SLICE_MS = 4;
/** Notes kept per document (by row): past this, the oldest half is dropped. */
const KEPT_NOTES = 4000;
/** A row longer than this has no note kept (its text would be the key). */
const KEPT_ROW_CHARS = 16 * 1024;

type Note = NonNullable<ReturnType<FixSession['proposalFor']>['note']>;

function attach(uri: string, diagnostic: Diagnostic, note: Note, locale: Locale): void {
  diagnostic.relatedInformation = [...(diagnostic.relatedInformation ?? []), { location: { uri, range: diagnostic.range }, message: noteMessage(note, locale) }];
}

/** Adds the fixers' notes to the diagnostics (same order as `problems`), within a time budget. */
export function attachFixNotes(uri: string, diagnostics: Diagnostic[], problems: readonly Problem[], session: FixSession, locale: Locale): void {
  const deadline = Date.now() + BUDGET_MS;
  let examined = 0;
  for (let i = 0; i < diagnostics.length && i < problems.length; i++) {
    const problem = problems[i];
    if (!fixableCodes.has(problem.code)) continue;
    if (++examined > MAX_PROBLEMS || Date.now() > deadline) return;
    const note = session.proposalFor(problem).note;
    if (note) attach(uri, diagnostics[i], note, locale);
  }
}

/**
 * What a problem's note depends on in its row: the row's text (by a 53-bit hash: the key keeps no view on
 * a chunk of the text) and the problem's place in it.
 */
function noteKey(problem: Problem, row: RowSpan, rowHash: number): string {
  return `${problem.code} ${problem.range.start.offset - row.start} ${problem.range.end.offset - row.start} ${problem.fieldNumber ?? ''} ${String(problem.params.variant ?? '')} ${row.next - row.start} ${rowHash}`;
}

/** cyrb53, a fast 53-bit string hash (public domain, bryc): collisions among a few thousand rows are not a concern. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The notes of big documents, kept by row, and the slices that compute the missing ones. */
export class RowNotes {
  private readonly kept = new Map<string, Map<string, Note | null>>();
  /** Hashes of rows' texts by row start, as of a version: the rows before an edit keep theirs. */
  private readonly hashes = new Map<string, { version: number; byStart: Map<number, { next: number; hash: number }> }>();

  forget(uri: string): void {
    this.kept.delete(uri);
    this.hashes.delete(uri);
  }

  private rowHash(document: TableDocument, row: RowSpan): number {
    let known = this.hashes.get(document.uri);
    if (!known) this.hashes.set(document.uri, (known = { version: document.version, byStart: new Map() }));
    else if (known.version !== document.version) {
      const before = document.unchangedBefore(known.version);
      if (before === 0) known.byStart.clear();
      else if (before !== Infinity) for (const [start, entry] of known.byStart) if (entry.next > before) known.byStart.delete(start);
      known.version = document.version;
    }
    const entry = known.byStart.get(row.start);
    if (entry && entry.next === row.next) return entry.hash;
    const hash = hash53(document.table.text.slice(row.start, row.next));
    if (known.byStart.size >= KEPT_NOTES) known.byStart.clear();
    known.byStart.set(row.start, { next: row.next, hash });
    return hash;
  }

  /**
   * Adds the notes known to the diagnostics (same order as `problems`); true when a fixable problem shown
   * has no note known yet (`compute` then finds them).
   */
  attachKnown(document: TableDocument, diagnostics: Diagnostic[], problems: readonly Problem[], locale: Locale): boolean {
    const kept = this.kept.get(document.uri);
    let missing = false;
    for (const [i, , key] of this.keyed(document, problems)) {
      const note = kept?.get(key);
      if (note === undefined) missing = true;
      else if (note) attach(document.uri, diagnostics[i], note, locale);
    }
    return missing;
  }

  /** Whether a fixable problem shown has no note known yet. */
  hasMissing(document: TableDocument, problems: readonly Problem[]): boolean {
    const kept = this.kept.get(document.uri);
    if (!kept) return [...this.keyed(document, problems)].length > 0;
    for (const [, , key] of this.keyed(document, problems)) if (!kept.has(key)) return true;
    return false;
  }

  /**
   * Computes the notes not known yet of the problems shown, in slices of a few milliseconds (`pause`
   * between them: the event loop's turn); resolves false when `isCurrent` turned false (a newer version).
   */
  async compute(document: TableDocument, result: DocumentResult, problems: readonly Problem[], isCurrent: () => boolean, pause: () => Promise<void>): Promise<boolean> {
    let kept = this.kept.get(document.uri);
    if (!kept) this.kept.set(document.uri, (kept = new Map()));
    const wanted = [...this.keyed(document, problems)].filter(([, , key]) => !kept.has(key));
    if (wanted.length === 0) return true;
    const sample = rowSample(document, result, problems);
    let sliceEnd = Date.now() + SLICE_MS;
    for (const [, problem, key] of wanted) {
      if (Date.now() > sliceEnd) {
        await pause();
        if (!isCurrent()) return false;
        sliceEnd = Date.now() + SLICE_MS;
      }
      const mapped = sample.mapped.get(problem);
      let note: Note | null = null;
      try {
        note = mapped ? (sample.session.proposalFor(mapped).note ?? null) : null;
      } catch {
        // A fixer that fails on the sample gives no note (code actions read the document itself).
      }
      kept.set(key, note);
    }
    if (kept.size > KEPT_NOTES) {
      const keys = [...kept.keys()];
      for (const key of keys.slice(0, keys.length >> 1)) kept.delete(key);
    }
    return isCurrent();
  }

  /** The fixable problems shown (at most MAX_PROBLEMS), with their index and note key. */
  private *keyed(document: TableDocument, problems: readonly Problem[]): Generator<[number, Problem, string]> {
    const table = document.table;
    let examined = 0;
    for (let i = 0; i < problems.length; i++) {
      const problem = problems[i];
      if (!fixableCodes.has(problem.code)) continue;
      if (++examined > MAX_PROBLEMS) return;
      const row = table.rowAt(problem.range.start.offset);
      if (!row || row.next - row.start > KEPT_ROW_CHARS) continue;
      yield [i, problem, noteKey(problem, row, this.rowHash(document, row))];
    }
  }
}

/**
 * A fix session over the header and the rows the problems are on, one after the other, and each problem
 * moved to where its row is in that text (the fixers read cells by row number and offsets). A column's
 * evidence then comes from those rows: the cells with problems, where it matters.
 */
export function rowSample(document: TableDocument, result: DocumentResult, problems: readonly Problem[]): { session: FixSession; mapped: Map<Problem, Problem> } {
  const table = document.table;
  const text = table.text;
  const dialect = result.report.dialect;
  const rows = new Map<number, RowSpan>();
  const header = dialect.header ? table.rowAt(0) : undefined;
  for (const problem of problems) {
    if (!fixableCodes.has(problem.code)) continue;
    const row = table.rowAt(problem.range.start.offset);
    if (row && row.next - row.start <= LONG_ROW && row.start !== header?.start) rows.set(row.start, row);
  }
  const ordered = [...(header && header.next - header.start <= LONG_ROW ? [header] : []), ...[...rows.values()].sort((a, b) => a.start - b.start)];
  const parts: string[] = [];
  const placed = new Map<number, { at: number; line: number; rowNumber: number; fromLine: number }>();
  let at = 0;
  let line = 0;
  for (const row of ordered) {
    let rowText = text.slice(row.start, row.next);
    if (!/[\r\n]$/.test(rowText)) rowText += '\n';
    placed.set(row.start, { at, line, rowNumber: placed.size + 1, fromLine: row.line });
    parts.push(rowText);
    at += rowText.length;
    line += rowText.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  const mapped = new Map<Problem, Problem>();
  for (const problem of problems) {
    const row = table.rowAt(problem.range.start.offset);
    const place = row && placed.get(row.start);
    if (!row || !place || problem.range.end.offset > row.next) continue;
    const move = (position: Problem['range']['start']) => ({ offset: place.at + position.offset - row.start, line: place.line + position.line - place.fromLine, character: position.character });
    mapped.set(problem, { ...problem, range: { start: move(problem.range.start), end: move(problem.range.end) }, rowNumber: place.rowNumber });
  }
  const session = new FixSession({ text: parts.join(''), problems: [...mapped.values()], schema: result.schema.schema, dialect });
  return { session, mapped };
}
