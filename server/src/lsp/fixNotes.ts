// Says with the diagnostic why a fix is not offered, or why it is offered as choices (an ambiguous date,
// prose that cannot be converted, Excel damage with several readings): related information on the cell.
import type { Diagnostic } from 'vscode-languageserver';
import type { FixSession } from '../engine/fixes';
import { fixableCodes } from '../engine/fixes';
import type { Problem } from '../engine/problems/problem';
import { noteMessage, type Locale } from '../i18n';

/** Notes cost a fixer run per problem: at most this many problems, and no more than this time, per publication. */
const MAX_PROBLEMS = 500;
const BUDGET_MS = 150;

/** Adds the fixers' notes to the diagnostics (same order as `problems`). */
export function attachFixNotes(uri: string, diagnostics: Diagnostic[], problems: readonly Problem[], session: FixSession, locale: Locale): void {
  const deadline = Date.now() + BUDGET_MS;
  let examined = 0;
  for (let i = 0; i < diagnostics.length && i < problems.length; i++) {
    const problem = problems[i];
    if (!fixableCodes.has(problem.code)) continue;
    if (++examined > MAX_PROBLEMS || Date.now() > deadline) return;
    const note = session.proposalFor(problem).note;
    if (!note) continue;
    const diagnostic = diagnostics[i];
    diagnostic.relatedInformation = [...(diagnostic.relatedInformation ?? []), { location: { uri, range: diagnostic.range }, message: noteMessage(note, locale) }];
  }
}

/** Time a slice of notes takes before the event loop gets a turn (big documents: notes after a pause). */
const SLICE_MS = 8;

/**
 * `attachFixNotes` in slices of a few milliseconds (requests are answered between them), for the notes of
 * a big document, computed once its diagnostics stood still for a moment. Resolves false when `isCurrent`
 * turned false (a newer version came): the notes are then left unfinished.
 */
export async function attachFixNotesInSlices(
  uri: string,
  diagnostics: Diagnostic[],
  problems: readonly Problem[],
  session: FixSession,
  locale: Locale,
  isCurrent: () => boolean,
): Promise<boolean> {
  let examined = 0;
  let sliceEnd = Date.now() + SLICE_MS;
  for (let i = 0; i < diagnostics.length && i < problems.length; i++) {
    const problem = problems[i];
    if (!fixableCodes.has(problem.code)) continue;
    if (++examined > MAX_PROBLEMS) break;
    if (Date.now() > sliceEnd) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!isCurrent()) return false;
      sliceEnd = Date.now() + SLICE_MS;
    }
    const note = session.proposalFor(problem).note;
    if (!note) continue;
    const diagnostic = diagnostics[i];
    diagnostic.relatedInformation = [...(diagnostic.relatedInformation ?? []), { location: { uri, range: diagnostic.range }, message: noteMessage(note, locale) }];
  }
  return isCurrent();
}
