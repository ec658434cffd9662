// The quick-fix contract: a fix is data (offset edits on the text, a safety class, a title key) that the
// language server turns into a code action and the CLI's --fix applies. Fixers are pure functions.
import type { ProblemParams } from '../problems';

/**
 * Ruff's classes: `safe` fixes are deterministic and unambiguous (`--fix` applies them); `unsafe` fixes
 * have a single candidate that still deserves a human look (`--unsafe-fixes`). A value with several
 * readings is never a fix: it is offered as separate choices in the editor and never applied by the CLI.
 */
export type FixSafety = 'safe' | 'unsafe' | 'choice';

/** Replace text[start, end) with newText (offsets in the decoded document text). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FixOffer {
  /** Stable kind, documented with its safety class (e.g. `date`, `opening-hours`, `swap-coordinates`). */
  kind: string;
  safety: FixSafety;
  /** Message key and parameters of the action's title (rendered per locale at the edge). */
  title: { key: string; params: ProblemParams };
  edits: OffsetEdit[];
}

/** Applies non-overlapping edits (any order) to a text. Throws on overlap: a fixer bug must not corrupt data. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) {
      throw new Error(`overlapping or out-of-range edit [${edit.start}, ${edit.end}) after ${at}`);
    }
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}
