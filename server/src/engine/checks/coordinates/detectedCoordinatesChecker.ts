// coordinates-swapped for a table without a schema: the coordinate columns are detected by names and values
// as the map detects them (rowCoordinates.resolveCoordinateColumns over the header and the first non-blank
// rows), so the first rows are kept until the sample is complete, then checked, and the others as they come.
import type { SourceRange } from '../../problems/problem';
import { resolveCoordinateColumns, SAMPLE_ROWS } from '../../geo/rowCoordinates';
import { cellRange } from '../../table/positions';
import type { RowView } from '../../table/scanner';
import type { CheckContext, RowChecker } from '../rowChecker';
import { ScannedRowCells, SwappedCoordinatesCheck, type RowCells } from './swappedCoordinates';

/** A sampled row, copied (the scanner reuses its view). */
class SampledRow implements RowCells {
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

export class DetectedCoordinatesChecker implements RowChecker {
  private sample: SampledRow[] | null = [];
  private check: SwappedCoordinatesCheck | null = null;
  private readonly scanned = new ScannedRowCells();

  row(row: RowView, context: CheckContext): void {
    const sample = this.sample;
    if (sample === null) {
      this.check?.checkRow(this.scanned.bind(row), context.report);
      return;
    }
    sample.push(new SampledRow(row));
    if (sample.length >= SAMPLE_ROWS) this.decide(context);
  }

  finish(context: CheckContext): void {
    if (this.sample !== null) this.decide(context);
  }

  /** Detects the columns from the sample, then checks the sampled rows. */
  private decide(context: CheckContext): void {
    const sample = this.sample ?? [];
    this.sample = null;
    // Without a header the columns are known by their numbers (as the map names them).
    const labels = context.dialect.header ? context.labels : (sample[0]?.cells ?? []).map((_, i) => String(i + 1));
    const columns = resolveCoordinateColumns(labels, sample.map((row) => row.cells));
    if (!columns) return;
    this.check = new SwappedCoordinatesCheck(columns, labels);
    for (const row of sample) this.check.checkRow(row, context.report);
  }
}
