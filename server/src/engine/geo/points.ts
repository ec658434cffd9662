// The points of a table for the map: each row's WGS84 position with its row number and lines, the problems
// a map shows (outside France, probably swapped, same location as another row), and the rows whose
// coordinates cannot be read, with the reason. Which columns hold the coordinates, how a row is read and
// whether it is swapped are rowCoordinates.ts' (shared with the coordinates-swapped check).
import type { TableSchema } from '../schema/tableSchema';
import { sniffDialect, type Dialect } from '../table/dialect';
import { encodeCell, isQuotedCell } from '../table/cellText';
import { CsvScanner, type RowView } from '../table/scanner';
import { REPAIR_TRANSFORMATIONS } from './coordinateTypes';
import {
  foldLabel as fold,
  readRowCoordinates,
  resolveCoordinateColumns,
  SAMPLE_ROWS,
  swappedPoint,
  swapPointText,
  type MapCoordinateSource,
  type ResolvedColumns,
} from './rowCoordinates';

export { readRowCoordinates, resolveCoordinateColumns, type MapCoordinateSource, type ResolvedColumns } from './rowCoordinates';

/** What a map draws distinctly. */
export type PointIssue = 'outside-france' | 'swapped' | 'duplicate-location';

export interface MapPoint {
  /** Frictionless row number (the header is row 1). */
  row: number;
  /** 0-based lines of the row's first and last character (a quoted cell may span lines). */
  line: number;
  endLine: number;
  /** Where the row puts the point, as written (a swapped point is drawn where it wrongly lies). */
  lat: number;
  lon: number;
  issues: PointIssue[];
  /** For `swapped`: the territory the swapped point falls in (franceBounds id). */
  swappedTerritory?: string;
  /** For `duplicate-location`: other rows at the same place (the first few). */
  sameLocationRows?: number[];
  /** How the values were read when not plain decimal degrees (lambert93, dms, decimal-comma…). */
  transformations?: string[];
  /**
   * The row's main values for a popup, one per MapPointsResult.fieldLabels (the title or name-like fields
   * first); '' when empty or equal to an earlier one. Labels are sent once, not with each of 100 000 points.
   */
  fields: string[];
  /** The commune the row's commune code names in the COG (only when the table has a commune code column). */
  commune?: PointCommune;
}

/**
 * What the COG says of a row's commune code, for the popup: the commune it names, and what the geography
 * checks find wrong with it (unknown code, former commune, another name in the file's commune name column).
 */
export interface PointCommune {
  /** The code as written (trimmed). */
  code: string;
  /** The current commune (or municipal arrondissement) the code names; absent when it names none today. */
  name?: string;
  flag?: PointCommuneFlag;
}

/** Communes are written `Name (code)`, as the problems write them. */
export type PointCommuneFlag =
  /**
   * No commune has this code: a postcode (of `postcodeOf`, `postcodeCount` in all), a code that lost its
   * leading zero (`padded`: the commune with it), no commune of its département (`departmentName`), or not
   * a code at all; `suggestion`: the commune the row's name designates in the code's département.
   */
  | { kind: 'unknown'; postcodeOf?: string[]; postcodeCount?: number; padded?: string; departmentName?: string; suggestion?: string }
  /** A delegated or associated commune (`part`), or a code merged away: the commune it belongs to today. */
  | { kind: 'former'; part?: string; current: string }
  /** The row's commune name column names another commune. */
  | { kind: 'name-mismatch'; written: string };

/** Reads each row's commune once the table's commune code column is known (see MapPointsOptions.communes). */
export interface CommuneReader {
  /** The year of the COG the codes are read in. */
  cogYear: number;
  /** The commune of a row, from its cells by column; undefined when its code cell is empty or missing. */
  read(cell: (column: number) => string | undefined): PointCommune | undefined;
}

export interface UnreadableRow {
  row: number;
  line: number;
  endLine: number;
  /**
   * A CoordinateFailureReason (empty, unrecognized, out-of-range…), `missing-cell` when the row is too short,
   * or `excel-date` / `excel-day-fraction` / `lost-decimal` when only a repair (to be checked) gives a point.
   */
  reason: string;
  /** The coordinate cells as written. */
  values: string[];
  /** For a repairable value: the point the repair would give. */
  suggestion?: { lat: number; lon: number };
}

export interface MapPointsResult {
  columns: MapCoordinateSource | null;
  /** The labels of the points' `fields`. */
  fieldLabels: string[];
  points: MapPoint[];
  /** Unreadable rows, in row order (capped: see unreadableCount). */
  unreadable: UnreadableRow[];
  unreadableCount: number;
  /** Data rows (the header excluded, blank rows included). */
  dataRows: number;
  /** The year of the COG the points' `commune` are read in; absent when the table has no commune code column. */
  cogYear?: number;
}

export interface MapPointsOptions {
  /** The schema in force, whose coordinate fields win over detection. */
  schema?: TableSchema;
  dialect?: Partial<Dialect>;
  /** At most this many unreadable rows are listed (all are counted). */
  maxUnreadable?: number;
  /**
   * Decides, from the header and the same sample of rows as the coordinates, whether the table has a commune
   * code column and returns its reader (the geography checks' decision: checks/geography/mapCommunes.ts,
   * given by the caller since the checks stand above geo). Without it, points carry no commune.
   */
  communes?: (labels: readonly string[], sample: readonly (readonly string[])[], header: boolean) => CommuneReader | undefined;
}

/** Popup values are cut: a long description would weigh on 100 000 points and hide the map. */
const MAX_FIELD_LENGTH = 200;

const MAX_POPUP_FIELDS = 4;
const MAX_SAME_LOCATION_ROWS = 5;

/** Column or property names that name the thing (folded: lower case, no accents). */
export const NAME_LIKE = /^(?:nom|name|titre|title|libelle|label|intitule|designation|denomination|raison.?sociale|enseigne)/;
const PLACE_LIKE = /(?:commune|ville|city|adresse|address|lieu|localite)/;
export const ID_LIKE = /^(?:id|identifiant|code|siret|ref)/;

/** The popup's columns: name-like first (by name or schema title), then place-like, then identifiers. */
export function popupColumns(labels: readonly string[], coordinateIndexes: readonly number[], schema?: TableSchema): number[] {
  const titleOf = (label: string) => {
    const title = schema?.fields?.find((field) => field.name === label)?.title;
    return typeof title === 'string' ? fold(title) : '';
  };
  const candidates = labels.map((label, index) => ({ index, name: fold(label.trim()), title: titleOf(label) })).filter((c) => !coordinateIndexes.includes(c.index) && c.name !== '');
  const ranked = [
    ...candidates.filter((c) => NAME_LIKE.test(c.name) || NAME_LIKE.test(c.title)),
    ...candidates.filter((c) => PLACE_LIKE.test(c.name)),
    ...candidates.filter((c) => ID_LIKE.test(c.name)),
    ...candidates,
  ];
  return [...new Set(ranked.map((c) => c.index))].slice(0, MAX_POPUP_FIELDS);
}

/** A row as the collector reads it: from the sample (copied) or straight from the scanner (only the cells needed). */
interface RowSource {
  index: number;
  line: number;
  endLine: number;
  blank: boolean;
  cell(index: number): string | undefined;
}

interface BufferedRow extends RowSource {
  cells: string[];
}

function copyRow(view: RowView): BufferedRow {
  const cells: string[] = [];
  for (let i = 0; i < view.cellCount; i++) cells.push(view.value(i));
  const last = Math.max(0, view.cellCount - 1);
  return { index: view.index, line: view.line, endLine: view.cellEndLine[last], cells, blank: view.isBlank(), cell: (i) => cells[i] };
}

/** The scanner's reused view as a RowSource, valid during the callback only. */
function viewSource(view: RowView): RowSource {
  return {
    index: view.index,
    line: view.line,
    endLine: view.cellEndLine[Math.max(0, view.cellCount - 1)],
    blank: view.isBlank(),
    cell: (i) => (i < view.cellCount ? view.value(i) : undefined),
  };
}

function shorten(value: string): string {
  return value.length > MAX_FIELD_LENGTH ? `${value.slice(0, MAX_FIELD_LENGTH - 1)}…` : value;
}

/** Builds points row by row once the columns are known. */
class PointCollector {
  readonly points: MapPoint[] = [];
  readonly unreadable: UnreadableRow[] = [];
  unreadableCount = 0;
  /** The identity (first name-like value) of each point, to tell two places at one spot from one place listed twice. */
  private readonly identities: string[] = [];
  readonly fieldIndexes: number[];
  private readonly identityIndex: number | undefined;

  constructor(
    readonly labels: readonly string[],
    private readonly columns: ResolvedColumns,
    schema: TableSchema | undefined,
    private readonly maxUnreadable: number,
    private readonly communes?: CommuneReader,
  ) {
    this.fieldIndexes = popupColumns(labels, columns.indexes, schema);
    const first = this.fieldIndexes[0];
    this.identityIndex = first !== undefined && NAME_LIKE.test(fold(labels[first])) ? first : undefined;
  }

  add(row: RowSource): void {
    if (row.blank) return;
    const cells = this.columns.indexes.map((index) => row.cell(index)) as string[];
    const read = readRowCoordinates(this.columns.source, cells);
    const rowNumber = row.index + 1;
    if (read === 'missing-cell') return this.unreadableRow(row, 'missing-cell', cells);
    if (!read.ok) return this.unreadableRow(row, read.reason, cells);
    const tags = read.transformations;
    // A reading only a repair gives is listed with the repaired point to check, never drawn as if the file held it.
    const repair = REPAIR_TRANSFORMATIONS.find((tag) => tags.includes(tag));
    if (repair) {
      // The file holds no usable point: only a guess does, which the user must check.
      return this.unreadableRow(row, repair, cells, { lat: read.lat, lon: read.lon });
    }
    const issues: PointIssue[] = [];
    let { lat, lon } = read;
    let swappedTerritory: string | undefined;
    const swap = swappedPoint(read);
    if (swap) {
      // Draw the point where the row puts it; the swap is what the one-click fix would do.
      ({ lat, lon } = swap);
      issues.push('outside-france', 'swapped');
      swappedTerritory = swap.territory.id;
    } else if (read.territory === undefined) {
      issues.push('outside-france');
    }
    const transformations = tags.filter((tag) => tag !== 'swapped');
    const fields: string[] = [];
    for (const index of this.fieldIndexes) {
      const value = (row.cell(index) ?? '').trim();
      fields.push(value === '' || fields.includes(value) ? '' : shorten(value));
    }
    const point: MapPoint = { row: rowNumber, line: row.line, endLine: row.endLine, lat, lon, issues, fields };
    if (swappedTerritory) point.swappedTerritory = swappedTerritory;
    if (transformations.length > 0) point.transformations = transformations;
    if (this.communes) {
      const commune = this.communes.read(row.cell);
      if (commune) point.commune = commune;
    }
    this.points.push(point);
    this.identities.push(this.identityIndex === undefined ? '' : (row.cell(this.identityIndex) ?? '').trim().toLowerCase());
  }

  private unreadableRow(row: RowSource, reason: string, values: (string | undefined)[], suggestion?: { lat: number; lon: number }): void {
    this.unreadableCount++;
    if (this.unreadable.length >= this.maxUnreadable) return;
    const entry: UnreadableRow = { row: row.index + 1, line: row.line, endLine: row.endLine, reason, values: values.map((v) => shorten(v ?? '')) };
    if (suggestion) entry.suggestion = suggestion;
    this.unreadable.push(entry);
  }

  /**
   * Marks rows sharing a location. Rows that name the same place (the same name-like value, such as the
   * charging points of one IRVE station) are one place listed twice, not a problem; two different names at
   * one point, or any shared point when the table has no name-like column, are.
   */
  markSharedLocations(): void {
    const groups = new Map<number, number[]>();
    this.points.forEach((point, i) => {
      // One number per 1e-5° cell (about 1 m), exact below 2^53: cheaper than a string key for 100 000 points.
      const key = (Math.round(point.lat * 1e5) + 9_000_000) * 36_000_001 + (Math.round(point.lon * 1e5) + 18_000_000);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      if (this.identityIndex !== undefined && new Set(group.map((i) => this.identities[i])).size < 2) continue;
      for (const i of group) {
        const point = this.points[i];
        point.issues.push('duplicate-location');
        point.sameLocationRows = group.filter((j) => j !== i).slice(0, MAX_SAME_LOCATION_ROWS).map((j) => this.points[j].row);
      }
    }
  }
}

/** Reads the header and the first rows of a text, then lets `visit` see every row (buffered ones first). */
function scanWithSample(
  text: string,
  dialect: Dialect,
  decide: (labels: string[], sample: BufferedRow[]) => void,
  visit?: (row: RowSource) => void,
  sampleOnly = false,
): { labels: string[]; dataRows: number } {
  let labels: string[] = [];
  const sample: BufferedRow[] = [];
  let decided = false;
  let dataRows = 0;
  const settle = () => {
    decided = true;
    // Without a header the columns are known by their numbers.
    if (!dialect.header) labels = (sample[0]?.cells ?? []).map((_, i) => String(i + 1));
    decide(labels, sample);
    if (visit) for (const row of sample) visit(row);
  };
  new CsvScanner(dialect).scan(text, 0, true, (view) => {
    if (view.index === 0 && dialect.header) {
      for (let i = 0; i < view.cellCount; i++) labels.push(view.value(i));
      return;
    }
    dataRows++;
    if (!decided) {
      // Blank rows say nothing about the columns and hold no point (the coordinates-swapped check, a row
      // checker, never sees them: the same sample decides the same columns).
      if (view.isBlank()) return;
      sample.push(copyRow(view));
      if (sample.length >= SAMPLE_ROWS) {
        settle();
        if (sampleOnly) return false;
      }
      return;
    }
    if (visit) visit(viewSource(view));
  });
  if (!decided) settle();
  return { labels, dataRows };
}

/** The coordinate columns of a text, from its header and a sample of rows (cheap: the rest is not read). */
export function coordinateColumnsOf(text: string, options: Pick<MapPointsOptions, 'schema' | 'dialect'> = {}): ResolvedColumns | undefined {
  const dialect = sniffDialect(text, options.dialect);
  let found: ResolvedColumns | undefined;
  scanWithSample(text, dialect, (labels, sample) => (found = resolveCoordinateColumns(labels, sample.map((row) => row.cells), options.schema)), undefined, true);
  return found;
}

/** Only where the coordinates are, for a code lens. */
export function findCoordinateColumns(text: string, options: Pick<MapPointsOptions, 'schema' | 'dialect'> = {}): MapCoordinateSource | null {
  return coordinateColumnsOf(text, options)?.source ?? null;
}

/** Every row's point (or why it has none), for the map. */
export function computeMapPoints(text: string, options: MapPointsOptions = {}): MapPointsResult {
  const dialect = sniffDialect(text, options.dialect);
  let collector: PointCollector | undefined;
  let columns: ResolvedColumns | undefined;
  let communes: CommuneReader | undefined;
  const { dataRows } = scanWithSample(
    text,
    dialect,
    (labels, sample) => {
      const cells = sample.map((row) => row.cells);
      columns = resolveCoordinateColumns(labels, cells, options.schema);
      if (!columns) return;
      communes = options.communes?.(labels, cells, dialect.header);
      collector = new PointCollector(labels, columns, options.schema, options.maxUnreadable ?? 500, communes);
    },
    (row) => collector?.add(row),
  );
  if (!collector || !columns) return { columns: null, fieldLabels: [], points: [], unreadable: [], unreadableCount: 0, dataRows };
  collector.markSharedLocations();
  return {
    columns: columns.source,
    fieldLabels: collector.fieldIndexes.map((index) => collector!.labels[index]),
    points: collector.points,
    unreadable: collector.unreadable,
    unreadableCount: collector.unreadableCount,
    dataRows,
    ...(communes ? { cogYear: communes.cogYear } : {}),
  };
}

/** A replacement of text[start, end) — offsets in the text the edit was computed from. */
export interface TextReplacement {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edits that exchange a row's latitude and longitude: the two cells of a column pair trade their text
 * as written (quotes included), or the two numbers of a one-cell point trade places inside it. Undefined when
 * the table has no coordinate columns, the row does not exist or lacks the cells, or a cell cannot be split.
 */
export function swapCoordinatesEdits(text: string, rowNumber: number, options: Pick<MapPointsOptions, 'schema' | 'dialect'> = {}): TextReplacement[] | undefined {
  const dialect = sniffDialect(text, options.dialect);
  const columns = coordinateColumnsOf(text, { ...options, dialect });
  if (!columns || rowNumber < 2) return undefined;
  let edits: TextReplacement[] | undefined;
  new CsvScanner(dialect).scan(text, 0, true, (view) => {
    if (view.index < rowNumber - 1) return;
    if (view.index === rowNumber - 1 && columns.indexes.every((index) => index < view.cellCount)) {
      const raw = (cell: number) => text.slice(view.cellStart[cell], view.cellEnd[cell]);
      const range = (cell: number) => ({ start: view.base + view.cellStart[cell], end: view.base + view.cellEnd[cell] });
      if (columns.indexes.length === 2) {
        const [a, b] = columns.indexes;
        edits = [
          { ...range(a), newText: raw(b) },
          { ...range(b), newText: raw(a) },
        ];
      } else {
        const [cell] = columns.indexes;
        const source = columns.source;
        const swapped = swapPointText(view.value(cell), source.kind === 'combined' ? source.format : undefined);
        // Quoted again when it was quoted (the same characters, moved).
        const newText = swapped !== undefined && isQuotedCell(raw(cell), dialect) ? encodeCell(swapped, dialect, true) : swapped;
        if (newText !== undefined) edits = [{ ...range(cell), newText }];
      }
    }
    return false;
  });
  return edits;
}
