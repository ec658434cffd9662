// What the hygiene checks keep about one column while rows stream by: counters, a sample of the first
// values (which decides what the column holds), and a bounded list of the cells that may be reported at
// the end. Nothing grows with the number of rows beyond those bounds.
import type { SourceRange } from '../../problems/problem';
import { BIT_FAMILY, classifyValue, NEUTRAL_NUMBER_FORM, type ValueForm, type ValueKind } from './valueForms';

/** Values looked at before deciding what a column holds (kind of values, personal data). */
export const SAMPLE_SIZE = 1000;
/** Cells kept per form (and gaps per column) for reports decided at the end of the table. */
export const MAX_KEPT_CELLS = 1000;
/** Distinct values whose form a column remembers. */
const CLASSIFIED_CACHE_SIZE = 256;
/** Share of the sampled values that must be of one kind for the column to count as that kind. */
export const KIND_SHARE = 0.8;

export interface KeptCell {
  rowNumber: number;
  range: SourceRange;
  value: string;
}

export interface FormStats {
  count: number;
  /** The first value of the form, an example for messages. */
  example: string;
  /** Cells kept for reports (all typed cells while sampling; then only those not of the sample's majority). */
  kept: KeptCell[];
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
  /** Per form (neutral number forms excluded): its count over the whole column, its first value, the cells kept. */
  readonly forms = new Map<string, FormStats>();
  /** Forms of values already classified (typed columns repeat their values: 2024-03-12, oui, 0,5). */
  private readonly classified = new Map<string, ValueForm | null>();
  sampleMajority: string | undefined = undefined;
  /** A number of the column reads as a decimal or a thousand depending on the decimal mark (`1.234`). */
  readsEitherWay = false;

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

  /** The field of the catalog schema the header matches that this column is (see HygieneChecker.matchSchema). */
  schemaField: string | undefined = undefined;

  constructor(
    readonly index: number,
    readonly label: string,
    readonly headerRange: SourceRange | undefined,
  ) {}

  get sampling(): boolean {
    return this.kind === undefined;
  }

  /** The form of a value, remembered for the first few hundred distinct values. */
  classify(value: string): ValueForm | undefined {
    const known = this.classified.get(value);
    if (known !== undefined) return known ?? undefined;
    const found = classifyValue(value);
    if (this.classified.size < CLASSIFIED_CACHE_SIZE) this.classified.set(value, found ?? null);
    return found;
  }

  countForm(form: string, value: string): FormStats {
    let stats = this.forms.get(form);
    if (stats) stats.count++;
    else this.forms.set(form, (stats = { count: 1, example: value, kept: [] }));
    return stats;
  }

  keep(stats: FormStats, cell: KeptCell): void {
    if (stats.kept.length < MAX_KEPT_CELLS) stats.kept.push(cell);
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
    // Bare 1 and 0 were kept as possible booleans: in any other column they are plain numbers.
    if (this.kind !== 'boolean') this.forms.delete(BIT_FAMILY);
    this.classified.clear();
    if (this.kind === null) {
      this.forms.clear();
      return;
    }
    // Forms of other kinds (a stray date in a number column) are not this column's business.
    for (const form of [...this.forms.keys()]) if (formKind(form) !== this.kind) this.forms.delete(form);
    this.sampleMajority = this.majority()?.form;
  }

  /** The most frequent form (first seen on a tie) and its count. */
  majority(): { form: string; count: number } | undefined {
    let best: { form: string; count: number } | undefined;
    for (const [form, stats] of this.forms) if (!best || stats.count > best.count) best = { form, count: stats.count };
    return best;
  }
}

/** The kind a form belongs to, from its spelling (see valueForms.ts). */
export function formKind(form: string): ValueKind {
  if (form.includes('%') || form === 'text') return 'date';
  if (form === 'decimal-comma' || form === 'decimal-point' || form === NEUTRAL_NUMBER_FORM) return 'number';
  return 'boolean';
}
