// What a sidecar is checked against, read from its CSV — the open document's text, else the first
// megabytes of the file (a 1 GB file is never read whole): encoding, dialect, header, the range of
// dates of each date column, and the extent and place of its coordinates.
import { franceTerritoryOf, type Territory } from '../geo/franceBounds';
import { detectCoordinateColumns, type CoordinateColumns } from '../geo/detectCoordinateColumns';
import { normalizeCoordinates, type CoordinateInput } from '../geo/normalizeCoordinates';
import type { TableSchema } from '../schema/tableSchema';
import { normalizeLabel } from '../schema/detect';
import { decodeBytes, type TextEncoding, utf16Of } from '../table/decode';
import { sniffDialect, type Dialect } from '../table/dialect';
import { CsvScanner } from '../table/scanner';
import { DateRangeCollector, dateColumnsByValues, type DateColumnKind, type DateRange } from './dateColumns';
import type { FileAccess } from './sidecarFiles';

/** Bytes of a CSV on disk read for the cross-checks: enough for every row of a town's file, bounded for a national one. */
export const FACT_BYTES = 4 << 20;
/** Rows sampled to decide which columns hold dates or coordinates. */
const SAMPLE_ROWS = 200;

export interface PointsExtent {
  /** [west, south, east, north] in WGS84 degrees. */
  bbox: [number, number, number, number];
  count: number;
  /** The French territory every point is in, when they share one. */
  territory?: Territory;
}

export interface TableFacts {
  /** Where the text came from: the editor (unsaved text) or the disk. */
  origin: 'editor' | 'disk';
  size: number;
  /** Only the beginning was read: ranges describe the rows read. */
  truncated: boolean;
  /** How the bytes decode (disk only; the editor has already decoded them). */
  encoding?: TextEncoding;
  binary: boolean;
  /** The text has characters beyond ASCII (else every encoding reads it alike). */
  nonAscii: boolean;
  /** The dialect sniffed from the text alone, and the one in force (sidecar settings over sniffing). */
  sniffed: Dialect;
  dialect: Dialect;
  /** Header labels under the dialect in force. */
  labels: string[];
  /** The cells of the first row under the dialect in force (the labels, unless `header: false`). */
  firstRow: string[];
  /** Header cell count under the sniffed dialect (to tell a wrong declared delimiter). */
  sniffedLabelCount: number;
  rowsRead: number;
  dateRanges: DateRange[];
  points?: PointsExtent;
  /** The single value of a commune-name column (a file about one town). */
  communeName?: string;
}

export interface TableFactsOptions {
  /** Dialect settings from the sidecar. */
  dialect?: Partial<Dialect>;
  /** The schema in force: its date, datetime and year fields are the date columns. */
  schema?: TableSchema;
  /** Also compute the extent of the coordinates (a draft needs it; checks do not, and it costs most). */
  points?: boolean;
}

const COMMUNE_LABELS = new Set(['commune', 'nomcommune', 'libellecommune', 'communenom', 'nomdelacommune', 'ville', 'libcom', 'nomcom', 'libellegeographique']);

/** Reads the text of a table (editor first, then the disk's first FACT_BYTES), or undefined when it cannot be read. */
export function readTableText(access: FileAccess, file: string): { text: string; origin: 'editor' | 'disk'; size: number; truncated: boolean; encoding?: TextEncoding; binary: boolean } | undefined {
  const opened = access.openTextHead?.(file, FACT_BYTES);
  const open = opened ? undefined : access.openText(file);
  if (opened || open !== undefined) {
    const { head, length } = opened ?? { head: open as string, length: (open as string).length };
    const truncated = length > FACT_BYTES;
    return { text: truncated ? cutAtLastLine(head.slice(0, FACT_BYTES)) : head, origin: 'editor', size: length, truncated, binary: false };
  }
  const stat = access.stat(file);
  if (!stat?.isFile) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = access.readHead(file, FACT_BYTES);
  } catch {
    return undefined;
  }
  const truncated = stat.size > bytes.length;
  if (truncated) {
    // Cut after the last line break: no half row, no half UTF-8 character to make the bytes look like Windows-1252.
    const lastBreak = bytes.lastIndexOf(10);
    // UTF-16 LE writes a line feed as 0A 00: its NUL is the break's too (else an odd byte is left over).
    const unitEnd = utf16Of(bytes)?.encoding === 'utf-16le' ? 2 : 1;
    if (lastBreak > 0) bytes = bytes.subarray(0, lastBreak + unitEnd);
  }
  const decoded = decodeBytes(bytes);
  return { text: decoded.text, origin: 'disk', size: stat.size, truncated, encoding: decoded.encoding, binary: decoded.binary };
}

function cutAtLastLine(text: string): string {
  const lastBreak = text.lastIndexOf('\n');
  return lastBreak > 0 ? text.slice(0, lastBreak + 1) : text;
}

function schemaDateColumns(labels: readonly string[], schema: TableSchema): { column: number; label: string; kind: DateColumnKind }[] {
  const out: { column: number; label: string; kind: DateColumnKind }[] = [];
  for (const field of schema.fields ?? []) {
    const kind: DateColumnKind | undefined = field.type === 'date' || field.type === 'datetime' ? 'date' : field.type === 'year' ? 'year' : undefined;
    if (!kind) continue;
    const column = labels.indexOf(field.name);
    if (column >= 0) out.push({ column, label: field.name, kind });
  }
  return out;
}

function coordinateInput(columns: CoordinateColumns, cells: readonly string[]): CoordinateInput | undefined {
  if (columns.kind === 'lat-lon') {
    const [lat, lon] = columns.swapped ? [cells[columns.lon], cells[columns.lat]] : [cells[columns.lat], cells[columns.lon]];
    return lat?.trim() && lon?.trim() ? { lat, lon } : undefined;
  }
  if (columns.kind === 'lambert93') {
    const [x, y] = [cells[columns.x], cells[columns.y]];
    return x?.trim() && y?.trim() ? { x, y } : undefined;
  }
  const pair = cells[columns.column];
  return pair?.trim() ? { pair, order: columns.order } : undefined;
}

/** Rounds a box outwards to 4 decimals (about 10 m): the box still contains every point. */
function roundOut(value: number, up: boolean): number {
  const scaled = value * 1e4;
  return (up ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9)) / 1e4;
}

/** Facts about a table's text (see TableFacts); `read` says where the text came from. */
export function factsOfText(read: NonNullable<ReturnType<typeof readTableText>>, options: TableFactsOptions = {}): TableFacts {
  const { text } = read;
  const sniffed = sniffDialect(text);
  const dialect = sniffDialect(text, options.dialect ?? {});
  let sniffedLabelCount = 0;
  new CsvScanner(sniffed).scan(text, 0, true, (row) => {
    sniffedLabelCount = row.cellCount;
    return false;
  });

  const labels: string[] = [];
  let firstRow: string[] = [];
  const sample: string[][] = [];
  let rowsRead = 0;
  let points: PointsCollector | undefined;
  let dates: DateRangeCollector | undefined;
  let dateColumnsKnown = false;
  const decideDateColumns = () => {
    dateColumnsKnown = true;
    const bySchema = options.schema ? schemaDateColumns(labels, options.schema) : [];
    const columns = bySchema.length > 0 ? bySchema : dateColumnsByValues(labels, sample).map((column) => ({ column, label: labels[column] ?? String(column + 1), kind: 'date' as const }));
    dates = new DateRangeCollector(columns);
    const [coordinates] = options.points && sample.length > 0 ? detectCoordinateColumns(labels, sample) : [];
    points = coordinates ? new PointsCollector(coordinates) : undefined;
    sample.forEach((cells, i) => {
      dates!.add(cells, sampleRows[i]);
      points?.add(cells);
    });
  };
  const sampleRows: number[] = [];
  const communeColumn = () => labels.findIndex((label) => COMMUNE_LABELS.has(normalizeLabel(label)));
  let commune: number | undefined;
  const communeValues = new Set<string>();

  new CsvScanner(dialect).scan(text, 0, true, (row) => {
    const cells: string[] = [];
    for (let i = 0; i < row.cellCount; i++) cells.push(row.value(i));
    if (row.index === 0) firstRow = cells;
    if (row.index === 0 && dialect.header) {
      labels.push(...cells);
      commune = communeColumn();
      return;
    }
    if (row.isBlank()) return;
    rowsRead++;
    if (commune !== undefined && commune >= 0 && communeValues.size < 2) {
      const value = cells[commune]?.trim();
      if (value) communeValues.add(value);
    }
    if (!dateColumnsKnown) {
      sample.push(cells);
      sampleRows.push(row.index + 1);
      if (sample.length >= SAMPLE_ROWS) decideDateColumns();
    } else {
      dates!.add(cells, row.index + 1);
      points?.add(cells);
    }
  });
  if (!dateColumnsKnown) decideDateColumns();

  return {
    origin: read.origin,
    size: read.size,
    truncated: read.truncated,
    encoding: read.encoding,
    binary: read.binary,
    nonAscii: /[^\x00-\x7f]/.test(text),
    sniffed,
    dialect,
    labels,
    firstRow,
    sniffedLabelCount,
    rowsRead,
    dateRanges: dates!.result(),
    points: points?.result(),
    communeName: communeValues.size === 1 ? [...communeValues][0] : undefined,
  };
}

/** The extent of a table's points, one row at a time. */
class PointsCollector {
  private west = Infinity;
  private south = Infinity;
  private east = -Infinity;
  private north = -Infinity;
  private count = 0;
  private territory: Territory | undefined;
  private sameTerritory = true;

  constructor(private readonly columns: CoordinateColumns) {}

  add(cells: readonly string[]): void {
    const input = coordinateInput(this.columns, cells);
    if (!input) return;
    const point = normalizeCoordinates(input);
    if (!point.ok) return;
    this.count++;
    this.west = Math.min(this.west, point.lon);
    this.east = Math.max(this.east, point.lon);
    this.south = Math.min(this.south, point.lat);
    this.north = Math.max(this.north, point.lat);
    const here = franceTerritoryOf(point.lat, point.lon);
    if (this.count === 1) this.territory = here;
    else if (here?.id !== this.territory?.id) this.sameTerritory = false;
  }

  result(): PointsExtent | undefined {
    if (this.count === 0) return undefined;
    return {
      bbox: [roundOut(this.west, false), roundOut(this.south, false), roundOut(this.east, true), roundOut(this.north, true)],
      count: this.count,
      territory: this.sameTerritory ? this.territory : undefined,
    };
  }
}
