// What the hygiene checks keep about one column while rows stream by: counters, a sample of the first
// values (which decides what the column holds), and a bounded list of the cells that may be reported at
// the end. Nothing grows with the number of rows beyond those bounds.
import type { SourceRange } from '../../problems';
import { BIT_FAMILY, NEUTRAL_NUMBER_FORM, type ValueKind } from './valueForms';

/** Values looked at before deciding what a column holds (kind of values, personal data). */
export const SAMPLE_SIZE = 1000;
/** Cells kept per form (and gaps per column) for reports decided at the end of the table. */
export const MAX_KEPT_CELLS = 1000;
/** Share of the sampled values that must be of one kind for the column to count as that kind. */
export const KIND_SHARE = 0.8;

export interface KeptCell {
  rowNumber: number;
  range: SourceRange;
  value: string;
}

export interface KeptGap {
  rowNumber: number;
  range: SourceRange;
  fillValue: string;
}

export class ColumnState {
  /** Non-empty values seen (data rows that are records: not totals, not repeated headers). */
  filled = 0;
  /** Empty cells (cells the row lacks are not counted). */
  empty = 0;

  // ---- kind and forms
  sampled = 0;
  readonly kindCounts = { date: 0, number: 0, boolean: 0, bit: 0 };
  /** undefined while sampling; null when the column holds no single kind of value. */
  kind: ValueKind | null | undefined = undefined;
  /** Form counts over the whole column (neutral number forms excluded). */
  readonly formCounts = new Map<string, number>();
  /** The first value of each form, as an example for messages. */
  readonly formExamples = new Map<string, string>();
  /** Cells kept per form (all typed cells while sampling; then only those not of the sample's majority). */
  readonly keptCells = new Map<string, KeptCell[]>();
  sampleMajority: string | undefined = undefined;

  // ---- personal data (from the sample)
  emails = 0;
  personalEmails = 0;
  phones = 0;
  mobiles = 0;
  personalEmailExample: string | undefined = undefined;
  mobileExample: string | undefined = undefined;
  /** Set when the label alone says personal data (reported at the header). */
  personalByLabel = false;

  // ---- merged cells (see HygieneChecker.reportMergedGaps)
  /** Still possibly a column of vertically merged cells: each value in one block of rows, never again after it. */
  mergedCandidate = true;
  /** The value of the current block (the cell a merged cell's value sits in), undefined before the first. */
  blockValue: string | undefined = undefined;
  /** Rows of the current block so far (its filled row, then gaps and repeats of its value). */
  blockRows = 0;
  blocks = 0;
  /** Blocks spanning several rows: a merged cell's group. */
  multiRowBlocks = 0;
  /** Values of the blocks already closed: seeing one again means the column is not grouped. */
  closedBlocks: Set<string> | undefined = new Set();
  previousWasGap = false;
  gapCount = 0;
  gapRuns = 0;
  readonly gaps: KeptGap[] = [];

  constructor(
    readonly index: number,
    readonly label: string,
    readonly headerRange: SourceRange | undefined,
  ) {}

  get sampling(): boolean {
    return this.kind === undefined;
  }

  countForm(form: string, value: string): void {
    this.formCounts.set(form, (this.formCounts.get(form) ?? 0) + 1);
    if (!this.formExamples.has(form)) this.formExamples.set(form, value);
  }

  keep(form: string, cell: KeptCell): void {
    let list = this.keptCells.get(form);
    if (!list) this.keptCells.set(form, (list = []));
    if (list.length < MAX_KEPT_CELLS) list.push(cell);
  }

  /** Ends the sample: decides the kind of the column and the majority form so far. */
  decideKind(): void {
    const { date, number, boolean, bit } = this.kindCounts;
    const n = this.sampled;
    if (n === 0) this.kind = null;
    else if (boolean > 0 && boolean + bit >= KIND_SHARE * n) this.kind = 'boolean';
    else if (date >= KIND_SHARE * n) this.kind = 'date';
    else if (number + bit >= KIND_SHARE * n) this.kind = 'number';
    else this.kind = null;
    if (this.kind !== 'boolean') {
      // Bare 1 and 0 were kept as possible booleans: in any other column they are plain numbers.
      this.formCounts.delete(BIT_FAMILY);
      this.keptCells.delete(BIT_FAMILY);
    }
    if (this.kind === null) {
      this.formCounts.clear();
      this.keptCells.clear();
      return;
    }
    // Forms of other kinds (a stray date in a number column) are not this column's business.
    for (const form of [...this.formCounts.keys()]) {
      if (formKind(form) !== this.kind) {
        this.formCounts.delete(form);
        this.keptCells.delete(form);
      }
    }
    this.sampleMajority = this.majority()?.form;
  }

  /** The most frequent form (first seen on a tie) and its count. */
  majority(): { form: string; count: number } | undefined {
    let best: { form: string; count: number } | undefined;
    for (const [form, count] of this.formCounts) if (!best || count > best.count) best = { form, count };
    return best;
  }
}

/** The kind a form belongs to, from its spelling (see valueForms.ts). */
export function formKind(form: string): ValueKind {
  if (form.includes('%') || form === 'text') return 'date';
  if (form === 'decimal-comma' || form === 'decimal-point' || form === NEUTRAL_NUMBER_FORM) return 'number';
  return 'boolean';
}
