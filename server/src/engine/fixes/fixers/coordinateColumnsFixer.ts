// Coordinates in other columns than the schema wants, fixed on the schema's missing-label problems:
// a combined column ("48.11, -1.67", WKT, URLs…) split into the schema's latitude and longitude columns,
// Lambert-93 x/y columns converted into them, and latitude/longitude columns merged into the schema's
// geopoint column (IRVE `coordonneesXY` is [lon, lat]). The new columns are inserted at the schema's
// positions and filled in every row in one offer; rows that cannot be read are left empty and explained.
import { detectCoordinateColumns, type CoordinateColumns } from '../../geo/detectCoordinateColumns';
import { normalizeCoordinates, type CoordinateInput, type NormalizeCoordinatesResult } from '../../geo/normalizeCoordinates';
import type { Problem } from '../../problems/problem';
import type { CompiledField } from '../../schema/compile';
import { anchorOfField, insertColumns, type NewColumn } from '../core/columnInsert';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import type { FixOffer, FixProposal, FixSafety } from '../fix';
import { formatDegrees, geopointText, latLonFields, outsideFranceRefused, tallyPoints, writtenDecimals } from './coordinateShared';

/** Rows sampled to recognize the source columns (their values are all read when fixing). */
const SAMPLE_ROWS = 200;

interface Source {
  columns: CoordinateColumns;
  /** Labels of the source columns, for the title. */
  labels: string[];
  inputAt(rowIndex: number): CoordinateInput | undefined;
  /**
   * Decimals the row's source values are written with, kept by the fix (0: the default 5). Lambert-93
   * metres converted into degrees have no decimals of degrees to keep.
   */
  decimalsAt(rowIndex: number): number;
}

/** Coordinate columns of the file that no schema field claims. */
function unclaimedSources(context: FixContext): CoordinateColumns[] {
  return context.memo('coordinate-sources', () => {
    const labels = context.labels.map((label, column) => (context.fieldOfColumn[column] >= 0 ? '' : label));
    const sample = context.table.headRows(SAMPLE_ROWS + 1).slice(context.dialect.header ? 1 : 0);
    return detectCoordinateColumns(labels, sample).filter((found) => {
      const used = found.kind === 'combined' ? [found.column] : found.kind === 'lat-lon' ? [found.lat, found.lon] : [found.x, found.y];
      return used.every((column) => context.fieldOfColumn[column] < 0);
    });
  });
}

function sourceOf(context: FixContext, columns: CoordinateColumns): Source {
  const value = (column: number, rowIndex: number) => context.table.column(column).values[rowIndex] ?? '';
  switch (columns.kind) {
    case 'combined':
      return {
        columns,
        labels: [context.labels[columns.column]],
        inputAt: (row) => (value(columns.column, row).trim() === '' ? undefined : { pair: value(columns.column, row), order: columns.order }),
        decimalsAt: (row) => writtenDecimals(value(columns.column, row)),
      };
    case 'lat-lon':
      return {
        columns,
        labels: [context.labels[columns.lat], context.labels[columns.lon]],
        inputAt: (row) => (value(columns.lat, row).trim() === '' && value(columns.lon, row).trim() === '' ? undefined : { lat: value(columns.lat, row), lon: value(columns.lon, row) }),
        decimalsAt: (row) => writtenDecimals(value(columns.lat, row), value(columns.lon, row)),
      };
    case 'lambert93':
      return {
        columns,
        labels: [context.labels[columns.x], context.labels[columns.y]],
        inputAt: (row) => (value(columns.x, row).trim() === '' && value(columns.y, row).trim() === '' ? undefined : { x: value(columns.x, row), y: value(columns.y, row) }),
        decimalsAt: () => 0,
      };
  }
}

interface ReadColumn {
  results: (NormalizeCoordinatesResult | undefined)[];
  safety: FixSafety;
  unreadable: number[];
}

/** Reads every row of the source; the offer is safe only when every reading is. */
function readAll(context: FixContext, source: Source): ReadColumn {
  const { columns } = source;
  context.table.prefetch(columns.kind === 'combined' ? [columns.column] : columns.kind === 'lat-lon' ? [columns.lat, columns.lon] : [columns.x, columns.y]);
  const count = context.table.rows().count;
  const results: (NormalizeCoordinatesResult | undefined)[] = [];
  let safety: FixSafety = 'safe';
  const unreadable: number[] = [];
  for (let row = context.dialect.header ? 1 : 0; row < count; row++) {
    const input = source.inputAt(row);
    results[row] = input === undefined ? undefined : normalizeCoordinates(input);
  }
  // The guard: a row read outside France, in a file whose other points are in France, is left empty.
  const tally = tallyPoints(results.map((result) => (result?.ok ? result : undefined)));
  for (let row = context.dialect.header ? 1 : 0; row < count; row++) {
    const read = results[row];
    if (read?.ok && outsideFranceRefused(read, tally)) results[row] = { ok: false, reason: 'outside-france' };
    const result = results[row];
    if (!result) continue;
    if (!result.ok) {
      unreadable.push(row + 1);
      safety = 'unsafe';
    } else if (result.confidence !== 'safe' || result.transformations.includes('swapped')) safety = 'unsafe';
  }
  return { results, safety, unreadable };
}

/** The point read on a row, unrounded (the fix rounds it to the decimals the source wrote). */
function okAt(read: ReadColumn, row: number): { lat: number; lon: number } | undefined {
  const result = read.results[row];
  return result?.ok ? result.exact : undefined;
}

function offerFrom(context: FixContext, kind: string, titleKey: string, columns: NewColumn[], read: ReadColumn, source: Source, titleParams: Record<string, string>): FixProposal | undefined {
  if (!read.results.some((result) => result?.ok)) return undefined;
  const inserted = insertColumns(context, columns);
  if (!inserted) return undefined;
  const offer: FixOffer = {
    kind,
    safety: read.safety,
    title: { key: titleKey, params: { ...titleParams, source: source.labels.join(', '), rows: inserted.rows } },
    edits: inserted.edits,
    changes: inserted.changes,
  };
  const note =
    read.unreadable.length > 0
      ? { key: 'fix-note.coordinates-unreadable-rows', params: { count: read.unreadable.length, rows: read.unreadable.slice(0, 10).map(String) } }
      : undefined;
  return note ? { offers: [offer], note } : { offers: [offer] };
}

/** Split or convert into the schema's latitude and longitude columns, both missing from the file. */
function intoLatLon(context: FixContext, lat: CompiledField, lon: CompiledField): FixProposal | undefined {
  if (context.columnOfField[lat.index] >= 0 || context.columnOfField[lon.index] >= 0) return undefined;
  const found = unclaimedSources(context).find((columns) => columns.kind !== 'lat-lon');
  if (!found) return undefined;
  const source = sourceOf(context, found);
  const read = readAll(context, source);
  const inserting = new Set([lat.index, lon.index]);
  const columns = [lat, lon]
    .sort((a, b) => a.index - b.index)
    .map((field): NewColumn => {
      const isLat = field === lat;
      return {
        name: field.name,
        after: anchorOfField(context, field.index, inserting),
        valueAt: (row) => {
          const point = okAt(read, row);
          return point ? formatDegrees(isLat ? point.lat : point.lon, field, source.decimalsAt(row)) : undefined;
        },
      };
    });
  const kind = found.kind === 'lambert93' ? 'lambert93-columns' : 'split-coordinates';
  return offerFrom(context, kind, kind === 'lambert93-columns' ? 'fix.lambert93Columns' : 'fix.splitCoordinates', columns, read, source, { lat: lat.name, lon: lon.name });
}

/** Merge latitude/longitude (or Lambert-93 x/y) columns into the schema's geopoint column. */
function intoGeopoint(context: FixContext, field: CompiledField): FixProposal | undefined {
  if (field.type !== 'geopoint' || context.columnOfField[field.index] >= 0) return undefined;
  const found = unclaimedSources(context).find((columns) => columns.kind !== 'combined');
  if (!found) return undefined;
  const source = sourceOf(context, found);
  const read = readAll(context, source);
  const column: NewColumn = {
    name: field.name,
    after: anchorOfField(context, field.index),
    valueAt: (row) => {
      const point = okAt(read, row);
      return point ? geopointText(point.lat, point.lon, field.format, source.decimalsAt(row)) : undefined;
    },
  };
  return offerFrom(context, 'merge-coordinates', 'fix.mergeCoordinates', [column], read, source, { field: field.name });
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  if (problem.code !== 'missing-label' || !context.compiled) return undefined;
  const field = context.compiled.fieldByName.get(String(problem.params.fieldName ?? problem.fieldName));
  if (!field) return undefined;
  if (field.type === 'geopoint') return context.memo(`coordinate-columns:${field.name}`, () => intoGeopoint(context, field));
  const pair = latLonFields(context);
  // Both missing labels get the same offer (computed once): applying it fixes both.
  if (pair && (field === pair.lat || field === pair.lon)) return context.memo('coordinate-columns:lat-lon', () => intoLatLon(context, pair.lat, pair.lon));
  return undefined;
}

export const coordinateColumnsFixer: ProblemFixer = {
  kinds: ['split-coordinates', 'lambert93-columns', 'merge-coordinates'],
  codes: ['missing-label'],
  propose,
};
