// `coordinates-swapped`: a row whose point lies outside France while its latitude and longitude, exchanged,
// fall in France (metropolitan or overseas). The columns are given (the schema's, or detected); the verdict is
// rowCoordinates.swappedPoint, the map's own, so that the rows reported are the rows the map marks swapped.
import { defaultSeverity } from '../../problems/catalog';
import type { Problem, ProblemParams, SourceRange } from '../../problems/problem';
import { pointTexts, readRowCoordinates, swappedPoint, type ResolvedColumns, type SwappedPoint } from '../../geo/rowCoordinates';
import { cellRange } from '../../table/positions';
import type { RowView } from '../../table/scanner';

export const COORDINATES_SWAPPED = 'coordinates-swapped';

/** A row's cells as the check reads them: a scanned row, or one kept from the sample. */
export interface RowCells {
  /** 1-based physical row number (the header is row 1). */
  readonly rowNumber: number;
  /** Cells that can be read (a cell whose quote is never closed is not one). */
  readonly cellCount: number;
  value(cell: number): string;
  range(cell: number): SourceRange;
}

/** A scanned row as RowCells, rebound to each row (no object per row). */
export class ScannedRowCells implements RowCells {
  private view: RowView | null = null;

  bind(view: RowView): this {
    this.view = view;
    return this;
  }

  get rowNumber(): number {
    return (this.view as RowView).index + 1;
  }

  get cellCount(): number {
    return (this.view as RowView).readableCells;
  }

  value(cell: number): string {
    return (this.view as RowView).value(cell);
  }

  range(cell: number): SourceRange {
    return cellRange(this.view as RowView, cell);
  }
}

export class SwappedCoordinatesCheck {
  /** The cell a problem is on (the latitude's, or the one cell of a combined point) and the longitude's. */
  private readonly latitudeColumn: number;
  private readonly longitudeColumn: number;
  private readonly shared: ProblemParams;
  private readonly fieldName: string;
  private readonly severity = defaultSeverity(COORDINATES_SWAPPED);
  private readonly cells: string[];

  constructor(
    readonly columns: ResolvedColumns,
    labels: readonly string[],
  ) {
    const { source, indexes } = columns;
    // Lambert-93 x/y columns are x (longitude) first; a row of them may still hold swapped degrees.
    [this.latitudeColumn, this.longitudeColumn] = source.kind === 'lambert93' ? [indexes[1], indexes[0]] : [indexes[0], indexes[indexes.length - 1]];
    this.cells = indexes.map(() => '');
    const label = (column: number) => labels[column] ?? String(column + 1);
    this.fieldName = label(this.latitudeColumn);
    // Every problem of a column shares these params; only `value` differs from row to row (a big document
    // stores one shape per set of shared params: see incremental/storedProblems.ts).
    this.shared =
      indexes.length === 1
        ? { variant: 'one-cell', field: label(this.latitudeColumn), ...(source.kind === 'combined' && source.format ? { format: source.format } : {}) }
        : { latitudeField: label(this.latitudeColumn), longitudeField: label(this.longitudeColumn), longitudeFieldNumber: this.longitudeColumn + 1 };
  }

  /**
   * The latitude and the longitude of a one-cell point as written ("7.48710500" stays so), found by their
   * values; as read (5 decimals) when the cell's numbers cannot be told apart as text (degrees-minutes…).
   */
  private oneCellTexts(cell: string, swap: SwappedPoint): string[] {
    const source = this.columns.source;
    const texts = pointTexts(cell, source.kind === 'combined' ? source.format : undefined);
    const near = (text: string, degrees: number) => Math.abs(Number(text.replace(',', '.')) - degrees) < 1e-5;
    const lat = texts?.find((text) => near(text, swap.lat));
    const lon = texts?.find((text) => text !== lat && near(text, swap.lon)) ?? texts?.find((text) => near(text, swap.lon));
    return [lat ?? String(swap.lat), lon ?? String(swap.lon)];
  }

  /** Whether the check reads this column (the latitude's, the longitude's or the combined point's). */
  reads(column: number | undefined): boolean {
    return column !== undefined && this.columns.indexes.includes(column);
  }

  /** Checks one row; true when it reported the row swapped. */
  checkRow(row: RowCells, report: (problem: Problem) => void): boolean {
    const indexes = this.columns.indexes;
    const cells = this.cells;
    for (let i = 0; i < indexes.length; i++) {
      // A row too short to hold the coordinates is the structure checks' business.
      if (indexes[i] >= row.cellCount) return false;
      cells[i] = row.value(indexes[i]);
    }
    const swap = swappedPoint(readRowCoordinates(this.columns.source, cells));
    if (!swap) return false;
    // The values as the row writes them: the two cells, or the two numbers of the one cell.
    const value = indexes.length === 1 ? this.oneCellTexts(cells[0], swap) : [row.value(this.latitudeColumn).trim(), row.value(this.longitudeColumn).trim()];
    const { territory } = swap;
    report({
      code: COORDINATES_SWAPPED,
      severity: this.severity,
      range: row.range(this.latitudeColumn),
      params: { value, ...this.shared, territory: territory.id, territoryFr: territory.name.fr, territoryEn: territory.name.en },
      rowNumber: row.rowNumber,
      fieldNumber: this.latitudeColumn + 1,
      fieldName: this.fieldName,
    });
    return true;
  }
}
