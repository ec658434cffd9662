// Latitude and longitude written the wrong way round: the `swapped` variant of french-gps-coordinates (a
// geopoint cell, or a pair of columns), and latitude/longitude number fields whose values are outside France
// while their swap is inside. One candidate that deserves a look: unsafe.
import { franceTerritoryOfPrecise } from '../../geo/franceBounds';
import { parseFieldNumber } from '../../checks/custom/typedCells';
import type { Problem } from '../../problems';
import type { CellRef, FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, cellsOffer } from '../core/offers';
import type { FixProposal } from '../fix';
import { latLonFields, roleOf } from './coordinateShared';

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

function swapCells(context: FixContext, lat: CellRef, lon: CellRef): FixProposal | undefined {
  const offer = cellsOffer(
    context,
    [
      { cell: lat, value: lon.value },
      { cell: lon, value: lat.value },
    ],
    { ...SPEC, titleParams: { lat: lat.columnName, lon: lon.columnName } },
  );
  return offer ? { offers: [offer] } : undefined;
}

function fromCustomCheck(problem: Problem, context: FixContext): FixProposal | undefined {
  if (problem.params.variant !== 'swapped' || problem.rowNumber === undefined) return undefined;
  const { swappedValue, latitudeColumn, longitudeColumn } = problem.params;
  if (typeof swappedValue === 'string') {
    const cell = context.cellOf(problem);
    const offer = cell && cellOffer(context, cell, swappedValue, { ...SPEC, titleParams: { lat: cell.columnName, lon: cell.columnName } });
    return offer ? { offers: [offer] } : undefined;
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
  codes: ['french-gps-coordinates', 'constraint-error', 'type-error'],
  propose: (problem, context) => (problem.code === 'french-gps-coordinates' ? fromCustomCheck(problem, context) : fromNumberFields(problem, context)),
};
