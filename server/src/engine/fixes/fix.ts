// The quick-fix contract: a fix is data (offset edits on the text, a safety class, a title key) that the
// language server turns into a code action and the CLI's --fix applies. Fixers are pure functions.
import type { ProblemParams } from '../problems/problem';

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

/** A message by key and parameters, rendered per locale at the edge (titles, notes). */
export interface FixMessage {
  key: string;
  params: ProblemParams;
}

/** One cell a fix rewrites (or fills, for an inserted column): what the CLI prints and tests compare. */
export interface CellChange {
  /** 1-based physical row number (the header is 1). */
  rowNumber: number;
  /** Column name the change is reported under (the schema's field name when there is one). */
  column: string;
  before: string;
  after: string;
}

export interface FixOffer {
  /** Stable kind, documented with its safety class (e.g. `date`, `opening-hours`, `swap-coordinates`). */
  kind: string;
  safety: FixSafety;
  /** Message key and parameters of the action's title (rendered per locale at the edge). */
  title: { key: string; params: ProblemParams };
  edits: OffsetEdit[];
  /** The cells the edits change, as values (optional for fixes that only move text). */
  changes?: CellChange[];
}

/**
 * What a fixer says about one problem: the offers (one, or several `choice`s), and a note explaining a
 * doubt or why nothing is offered (shown with the diagnostic).
 */
export interface FixProposal {
  offers: FixOffer[];
  note?: FixMessage;
}

/**
 * True when two edit lists touch the same text: overlapping ranges, a range containing the other's insertion
 * point, or two insertions at the same offset (their order would be arbitrary).
 */
export function editsConflict(a: readonly OffsetEdit[], b: readonly OffsetEdit[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.start === x.end && y.start === y.end) {
        if (x.start === y.start) return true;
      } else if (x.start === x.end) {
        if (x.start > y.start && x.start < y.end) return true;
      } else if (y.start === y.end) {
        if (y.start > x.start && y.start < x.end) return true;
      } else if (x.start < y.end && y.start < x.end) return true;
    }
  }
  return false;
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
