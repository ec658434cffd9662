// Checks of tables without a schema that decide which columns to read from the first rows (names and
// values): the rows are copied until the sample is complete (or the table ends), the decision is made and the
// sampled rows checked, then every other row is checked as it comes. Detected coordinates and geography.
import type { SourceRange } from '../problems/problem';
import { cellRange } from '../table/positions';
import type { RowView } from '../table/scanner';
import type { RowCells } from './coordinates/swappedCoordinates';
import type { CheckContext, RowChecker } from './rowChecker';

/** A sampled row, copied (the scanner reuses its view). */
export class SampledRow implements RowCells {
  readonly cells: string[] = [];
  private readonly ranges: SourceRange[] = [];
  readonly rowNumber: number;

  constructor(view: RowView) {
    this.rowNumber = view.index + 1;
    for (let cell = 0; cell < view.readableCells; cell++) {
      this.cells.push(view.value(cell));
      this.ranges.push(cellRange(view, cell));
    }
  }

  get cellCount(): number {
    return this.cells.length;
  }

  value(cell: number): string {
    return this.cells[cell];
  }

  range(cell: number): SourceRange {
    return this.ranges[cell];
  }
}

export abstract class SampleFirstChecker implements RowChecker {
  private sample: SampledRow[] | null = [];

  /** `sampleSize`: the non-blank data rows read before deciding. */
  constructor(private readonly sampleSize: number) {}

  row(row: RowView, context: CheckContext): void {
    const sample = this.sample;
    if (sample === null) {
      this.checkRow(row, context);
      return;
    }
    sample.push(new SampledRow(row));
    if (sample.length >= this.sampleSize) this.end(context);
  }

  finish(context: CheckContext): void {
    if (this.sample !== null) this.end(context);
  }

  private end(context: CheckContext): void {
    const sample = this.sample ?? [];
    this.sample = null;
    this.decide(sample, context);
  }

  /** Decides the columns from the sample, then checks the sampled rows. */
  protected abstract decide(sample: readonly SampledRow[], context: CheckContext): void;

  /** Checks a row after the decision. */
  protected abstract checkRow(row: RowView, context: CheckContext): void;
}
