// The three scopes of a fix over one validated text: this cell (the problem's own offers), every cell of the
// column with the same kind of problem ("Fix all 12 dates in `date_maj`"), and every fix of a safety class in
// the file (fix-all). Proposals are computed once per problem and kept for the session (one text version).
import type { Problem } from '../problems/problem';
import { FixContext, type FixInput } from './core/context';
import type { CellChange, FixOffer, FixProposal, FixSafety, OffsetEdit } from './fix';
import { fixableCodes, proposeFixes } from './registry';

/** Which offers fix-all takes: `safe` ones only, or `unsafe` ones too. Choices never. */
export type FixMode = 'safe' | 'unsafe';

export function allowedIn(mode: FixMode, safety: FixSafety): boolean {
  return safety === 'safe' || (mode === 'unsafe' && safety === 'unsafe');
}

/**
 * Claims on the text for edits that replace whole cells or insert at cell boundaries (all fixes do): two
 * offers conflict when they replace the same cell or insert at the same point. A fix-all takes an offer
 * whole or not at all; the next round (CLI) or the next request (editor) picks up what was left.
 */
export class EditLedger {
  private readonly ranges = new Map<number, number>();
  private readonly points = new Set<number>();

  fits(edits: readonly OffsetEdit[]): boolean {
    if (edits.length === 1) {
      const [edit] = edits;
      return edit.start === edit.end ? !this.points.has(edit.start) : !this.ranges.has(edit.start);
    }
    const points = new Set<number>();
    const starts = new Set<number>();
    for (const edit of edits) {
      if (edit.start === edit.end) {
        if (this.points.has(edit.start) || points.has(edit.start)) return false;
        points.add(edit.start);
      } else {
        if (this.ranges.has(edit.start) || starts.has(edit.start)) return false;
        starts.add(edit.start);
      }
    }
    return true;
  }

  claim(edits: readonly OffsetEdit[]): void {
    for (const edit of edits) {
      if (edit.start === edit.end) this.points.add(edit.start);
      else this.ranges.set(edit.start, edit.end);
    }
  }
}

/** Offers merged into one (a column scope or a fix-all): one edit list, one undo step in the editor. */
export interface CombinedFix {
  offer: FixOffer;
  /** The offers it is made of, in problem order. */
  parts: FixOffer[];
}

const NO_FIX: FixProposal = Object.freeze({ offers: [] as FixOffer[] }) as FixProposal;

function problemKey(problem: Problem): string {
  return `${problem.code}|${problem.range.start.offset}|${problem.range.end.offset}|${problem.fieldNumber ?? ''}|${problem.fieldName ?? ''}|${String(problem.params.variant ?? '')}`;
}

function combine(kind: string, safety: FixSafety, title: FixOffer['title'], parts: FixOffer[]): CombinedFix {
  const edits: OffsetEdit[] = [];
  const changes: CellChange[] = [];
  for (const part of parts) {
    edits.push(...part.edits);
    if (part.changes) changes.push(...part.changes);
  }
  return { offer: { kind, safety, title, edits, changes }, parts };
}

export class FixSession {
  private built: FixContext | undefined;
  private readonly proposals = new Map<string, FixProposal>();
  /** The same proposals by problem object, for the session's own problems (no key to build). */
  private readonly byProblem = new Map<Problem, FixProposal>();
  private readonly columnFixes = new Map<string, CombinedFix | undefined>();
  private readonly fileFixes = new Map<FixMode, CombinedFix | undefined>();

  /** Cheap: the table is read only when a fix is first asked for. */
  constructor(private readonly input: FixInput) {}

  get context(): FixContext {
    this.built ??= new FixContext(this.input);
    return this.built;
  }

  get problems(): readonly Problem[] {
    return this.input.problems;
  }

  /** This cell: the problem's offers (one, or several choices) and its note. */
  proposalFor(problem: Problem): FixProposal {
    if (!fixableCodes.has(problem.code)) return NO_FIX;
    const known = this.byProblem.get(problem);
    if (known) return known;
    // A copy of a problem (a diagnostic's data in the editor) finds the proposal by its position and code.
    const key = problemKey(problem);
    let proposal = this.proposals.get(key);
    if (!proposal) {
      proposal = proposeFixes(problem, this.context);
      this.proposals.set(key, proposal);
    }
    this.byProblem.set(problem, proposal);
    return proposal;
  }

  /**
   * This column: the single-candidate offers of the given kind for every problem with the same code in the
   * problem's column, merged; undefined when fewer than two cells would change. A `choice` counts only when
   * it is its problem's one offer (to apply or not, such as a fill under a merged cell, not a reading among
   * several); the merged fix is then a `choice` too, never taken by a fix-all.
   */
  columnFix(problem: Problem, kind: string): CombinedFix | undefined {
    if (problem.fieldNumber === undefined || problem.rowNumber === undefined || problem.rowNumber <= 1) return undefined;
    const key = `${problem.code}|${problem.fieldNumber}|${kind}`;
    if (!this.columnFixes.has(key)) this.columnFixes.set(key, this.computeColumnFix(problem, problem.fieldNumber, kind));
    return this.columnFixes.get(key);
  }

  private computeColumnFix(problem: Problem, fieldNumber: number, kind: string): CombinedFix | undefined {
    const ledger = new EditLedger();
    const parts: FixOffer[] = [];
    for (const other of this.problems) {
      if (other.code !== problem.code || other.fieldNumber !== problem.fieldNumber || other.rowNumber === undefined || other.rowNumber <= 1) continue;
      const { offers } = this.proposalFor(other);
      const offer = offers.find((candidate) => candidate.kind === kind && (candidate.safety !== 'choice' || offers.length === 1));
      if (!offer || !ledger.fits(offer.edits)) continue;
      ledger.claim(offer.edits);
      parts.push(offer);
    }
    if (parts.length < 2) return undefined;
    const safety: FixSafety = parts.some((part) => part.safety === 'choice') ? 'choice' : parts.every((part) => part.safety === 'safe') ? 'safe' : 'unsafe';
    const fieldName = problem.fieldName ?? this.context.columnName(fieldNumber - 1);
    return combine(kind, safety, { key: 'fix.column', params: { kind, count: parts.length, fieldName } }, parts);
  }

  /** The whole file: for each problem in order, its first offer the mode allows, when it does not clash with one taken before. */
  fixAll(mode: FixMode): CombinedFix | undefined {
    if (!this.fileFixes.has(mode)) this.fileFixes.set(mode, this.computeFixAll(mode));
    return this.fileFixes.get(mode);
  }

  private computeFixAll(mode: FixMode): CombinedFix | undefined {
    const ledger = new EditLedger();
    const parts: FixOffer[] = [];
    for (const problem of this.problems) {
      const offer = this.proposalFor(problem).offers.find((candidate) => allowedIn(mode, candidate.safety));
      if (!offer || !ledger.fits(offer.edits)) continue;
      ledger.claim(offer.edits);
      parts.push(offer);
    }
    if (parts.length === 0) return undefined;
    return combine('fix-all', mode, { key: mode === 'safe' ? 'fix.all.safe' : 'fix.all.unsafe', params: { count: parts.length } }, parts);
  }
}
