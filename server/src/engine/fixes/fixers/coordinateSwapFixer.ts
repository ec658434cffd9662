// Latitude and longitude written the wrong way round: coordinates-swapped (a row the map marks swapped), the
// `swapped` variant of french-gps-coordinates (a geopoint cell, or a pair of columns), and latitude/longitude
// number fields whose values are outside France while their swap is inside. One candidate that deserves a
// look: unsafe. Two cells trade their text as written (quotes included); a one-cell point has its two numbers
// exchanged inside it, brackets, separator and quoting kept.
import { franceTerritoryOfPrecise } from '../../geo/franceBounds';
import { swapPointText } from '../../geo/rowCoordinates';
import { parseFieldNumber } from '../../checks/custom/typedCells';
import type { Problem } from '../../problems/problem';
import { encodeCell } from '../../table/cellText';
import type { CellRef, FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer } from '../core/offers';
import type { FixOffer, FixProposal } from '../fix';
import { latLonFields, pointLeavesFrance, roleOf } from './coordinateShared';

const SPEC = { kind: 'swap-coordinates', safety: 'unsafe', titleKey: 'fix.swapCoordinates' } as const;

/** The latitude and longitude cells of a problem's row, when the schema has both fields and the file both columns. */
export function latLonCells(context: FixContext, rowNumber: number): { lat: CellRef; lon: CellRef } | undefined {
  const pair = latLonFields(context);
  if (!pair) return undefined;
  const latColumn = context.columnOfField[pair.lat.index];
  const lonColumn = context.columnOfField[pair.lon.index];
  if (latColumn < 0 || lonColumn < 0) return undefined;
  const lat = context.cell(rowNumber, latColumn);
  const lon = context.cell(rowNumber, lonColumn);
  return lat && lon ? { lat, lon } : undefined;
}

/**
 * The guard of the coordinate fixes: no swap that leaves the point outside France while the file's other points
 * are in France (a column-wide doubt about the order is no reason to move one more point abroad).
 */
function swapLeavesFrance(context: FixContext, lat: CellRef, lon: CellRef): boolean {
  const newLat = parseFieldNumber(lon.value, lat.field?.field) ?? Number(lon.value.replace(',', '.'));
  const newLon = parseFieldNumber(lat.value, lon.field?.field) ?? Number(lat.value.replace(',', '.'));
  return pointLeavesFrance(context, newLat, newLon);
}

/** The two cells trade their text as written: each keeps the quoting its value had. */
function swapCells(context: FixContext, lat: CellRef, lon: CellRef): FixProposal | undefined {
  if (lat.value === lon.value || swapLeavesFrance(context, lat, lon)) return undefined;
  const offer: FixOffer = {
    kind: SPEC.kind,
    safety: SPEC.safety,
    title: { key: SPEC.titleKey, params: { value: lon.value, before: lat.value, fieldName: lat.columnName, lat: lat.columnName, lon: lon.columnName } },
    edits: [
      { start: lat.start, end: lat.end, newText: lon.raw },
      { start: lon.start, end: lon.end, newText: lat.raw },
    ],
    changes: [
      { rowNumber: lat.rowNumber, column: lat.columnName, before: lat.value, after: lon.value },
      { rowNumber: lon.rowNumber, column: lon.columnName, before: lon.value, after: lat.value },
    ],
  };
  return { offers: [offer] };
}

/** A one-cell point with its two numbers exchanged: quoted again when it was quoted (the same characters, moved). */
function swapInCell(context: FixContext, cell: CellRef, swapped: string | undefined): FixProposal | undefined {
  if (swapped === undefined || swapped === cell.value) return undefined;
  const requoted = cell.quoted ? encodeCell(swapped, context.dialect, true) : undefined;
  if (requoted === undefined) {
    const offer = cellOffer(context, cell, swapped, { ...SPEC, titleParams: { lat: cell.columnName, lon: cell.columnName } });
    return offer ? { offers: [offer] } : undefined;
  }
  const offer: FixOffer = {
    kind: SPEC.kind,
    safety: SPEC.safety,
    title: { key: SPEC.titleKey, params: { value: swapped, before: cell.value, fieldName: cell.columnName, lat: cell.columnName, lon: cell.columnName } },
    edits: [{ start: cell.start, end: cell.end, newText: requoted }],
    changes: [{ rowNumber: cell.rowNumber, column: cell.columnName, before: cell.value, after: swapped }],
  };
  return { offers: [offer] };
}

function fromSwappedCoordinates(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  if (!cell) return undefined;
  const { variant, format, longitudeFieldNumber } = problem.params;
  if (variant === 'one-cell') return swapInCell(context, cell, swapPointText(cell.value, format === 'array' || format === 'object' ? format : undefined));
  if (typeof longitudeFieldNumber !== 'number') return undefined;
  const lon = context.cell(cell.rowNumber, longitudeFieldNumber - 1);
  return lon ? swapCells(context, cell, lon) : undefined;
}

function fromCustomCheck(problem: Problem, context: FixContext): FixProposal | undefined {
  if (problem.params.variant !== 'swapped' || problem.rowNumber === undefined) return undefined;
  const { swappedValue, latitudeColumn, longitudeColumn } = problem.params;
  if (typeof swappedValue === 'string') {
    const cell = context.cellOf(problem);
    return cell ? swapInCell(context, cell, swappedValue) : undefined;
  }
  if (typeof latitudeColumn !== 'string' || typeof longitudeColumn !== 'string') return undefined;
  const latColumn = context.columnOf(latitudeColumn);
  const lonColumn = context.columnOf(longitudeColumn);
  if (latColumn === undefined || lonColumn === undefined) return undefined;
  const lat = context.cell(problem.rowNumber, latColumn);
  const lon = context.cell(problem.rowNumber, lonColumn);
  return lat && lon ? swapCells(context, lat, lon) : undefined;
}

function fromNumberFields(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  if (!cell || !roleOf(context, cell.field)) return undefined;
  const cells = latLonCells(context, cell.rowNumber);
  if (!cells) return undefined;
  const lat = parseFieldNumber(cells.lat.value, cells.lat.field?.field);
  const lon = parseFieldNumber(cells.lon.value, cells.lon.field?.field);
  if (lat === undefined || lon === undefined) return undefined;
  if (franceTerritoryOfPrecise(lat, lon) || !franceTerritoryOfPrecise(lon, lat)) return undefined;
  return swapCells(context, cells.lat, cells.lon);
}

export const coordinateSwapFixer: ProblemFixer = {
  kinds: ['swap-coordinates'],
  codes: ['coordinates-swapped', 'french-gps-coordinates', 'constraint-error', 'type-error'],
  propose: (problem, context) => {
    if (problem.code === 'coordinates-swapped') return fromSwappedCoordinates(problem, context);
    return problem.code === 'french-gps-coordinates' ? fromCustomCheck(problem, context) : fromNumberFields(problem, context);
  },
};
