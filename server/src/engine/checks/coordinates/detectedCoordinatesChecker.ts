// coordinates-swapped for a table without a schema: the coordinate columns are detected by names and values
// as the map detects them (rowCoordinates.resolveCoordinateColumns over the header and the first non-blank
// rows), so the first rows are kept until the sample is complete, then checked, and the others as they come.
import { resolveCoordinateColumns, SAMPLE_ROWS } from '../../geo/rowCoordinates';
import type { RowView } from '../../table/scanner';
import type { CheckContext } from '../rowChecker';
import { SampleFirstChecker, type SampledRow } from '../sampledRows';
import { ScannedRowCells, SwappedCoordinatesCheck } from './swappedCoordinates';

export class DetectedCoordinatesChecker extends SampleFirstChecker {
  private check: SwappedCoordinatesCheck | null = null;
  private readonly scanned = new ScannedRowCells();

  constructor() {
    super(SAMPLE_ROWS);
  }

  protected checkRow(row: RowView, context: CheckContext): void {
    this.check?.checkRow(this.scanned.bind(row), context.report);
  }

  protected decide(sample: readonly SampledRow[], context: CheckContext): void {
    // Without a header the columns are known by their numbers (as the map names them).
    const labels = context.dialect.header ? context.labels : (sample[0]?.cells ?? []).map((_, i) => String(i + 1));
    const columns = resolveCoordinateColumns(labels, sample.map((row) => row.cells));
    if (!columns) return;
    this.check = new SwappedCoordinatesCheck(columns, labels);
    for (const row of sample) this.check.checkRow(row, context.report);
  }
}
