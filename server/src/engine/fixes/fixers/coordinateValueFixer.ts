// Coordinates written so that the field cannot read them: decimal commas, degrees-minutes-seconds, hemisphere
// letters, Lambert-93 metres in latitude/longitude columns, Excel-damaged values with a single reading, or
// a geopoint in another notation. Read with normalizeCoordinates (both cells of the row) or parseCoordinate;
// the normalizer's confidence gives the safety. Several readings: a note, never a fix.
import { parseFieldNumber } from '../../checks/custom/typedCells';
import { roundCoordinate, type CoordinateTransformation } from '../../geo/coordinateTypes';
import { normalizeCoordinates } from '../../geo/normalizeCoordinates';
import { parseCoordinate } from '../../geo/parseCoordinate';
import type { Problem } from '../../problems/problem';
import type { CellRef, FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, cellsOffer, fieldAccepts } from '../core/offers';
import type { FixProposal, FixSafety } from '../fix';
import { coordinateNote, formatDegrees, geopointTally, geopointText, latLonTally, outsideFranceNote, outsideFranceRefused, roleOf, writtenDecimals } from './coordinateShared';
import { latLonCells } from './coordinateSwapFixer';

const steps = (transformations: readonly CoordinateTransformation[]) => transformations.map((t) => `coordinate-fix-step.${t}`);

/** The text to write for `value` degrees in a cell: the cell's own text when it already says that number. */
export function degreesText(cell: CellRef, value: number): string {
  const field = cell.field;
  const asWritten = parseFieldNumber(cell.value, field?.field);
  if (asWritten !== undefined && roundCoordinate(asWritten) === roundCoordinate(value)) return cell.value;
  // A decimal comma alone: change the comma, keep every digit.
  const decimalChar = typeof field?.field.decimalChar === 'string' ? field.field.decimalChar : '.';
  const comma = /^\s*([+-]?\d+),(\d+)\s*$/.exec(cell.value);
  if (comma && decimalChar !== ',' && roundCoordinate(Number(`${comma[1]}.${comma[2]}`)) === roundCoordinate(value)) return `${comma[1]}${decimalChar}${comma[2]}`;
  return formatDegrees(value, field, writtenDecimals(cell.value));
}

function safetyOf(confidence: 'safe' | 'review', transformations: readonly CoordinateTransformation[]): FixSafety {
  return confidence === 'safe' && !transformations.includes('swapped') ? 'safe' : 'unsafe';
}


function fixGeopoint(cell: CellRef, context: FixContext): FixProposal {
  const field = cell.field;
  const format = field?.format ?? 'default';
  // A Table Schema geopoint is "lon, lat" (default) or [lon, lat] (array): read plain pairs longitude first.
  const result = normalizeCoordinates({ pair: cell.value, order: format === 'object' ? 'lat-lon' : 'lon-lat' });
  if (!result.ok) return { offers: [], note: coordinateNote(result, cell.value) };
  if (outsideFranceRefused(result, geopointTally(context, cell))) return { offers: [], note: outsideFranceNote(result.lat, result.lon, cell.value) };
  const value = geopointText(result.exact.lat, result.exact.lon, format, result.transformations.includes('lambert93') ? 0 : writtenDecimals(cell.value));
  if (!fieldAccepts(field, value)) return { offers: [] };
  const offer = cellOffer(context, cell, value, { kind: 'coordinates', safety: safetyOf(result.confidence, result.transformations), titleKey: 'fix.coordinates', titleParams: { steps: steps(result.transformations) } });
  return { offers: offer ? [offer] : [] };
}

function fixSingle(cell: CellRef, role: 'lat' | 'lon', context: FixContext): FixProposal {
  const result = parseCoordinate(cell.value, role);
  if (!result.ok) return { offers: [], note: coordinateNote(result, cell.value) };
  const value = degreesText(cell, result.value);
  if (!fieldAccepts(cell.field, value)) return { offers: [] };
  const offer = cellOffer(context, cell, value, { kind: 'coordinates', safety: safetyOf(result.confidence, result.transformations), titleKey: 'fix.coordinates', titleParams: { steps: steps(result.transformations) } });
  return { offers: offer ? [offer] : [] };
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  if (problem.code !== 'type-error' && problem.code !== 'constraint-error') return undefined;
  const cell = context.cellOf(problem);
  if (!cell?.field || cell.value.trim() === '') return undefined;
  if (cell.field.type === 'geopoint') return problem.code === 'type-error' ? fixGeopoint(cell, context) : undefined;
  const role = roleOf(context, cell.field);
  if (!role) return undefined;
  const cells = latLonCells(context, cell.rowNumber);
  if (!cells || cells.lat.value.trim() === '' || cells.lon.value.trim() === '') return fixSingle(cell, role, context);
  const result = normalizeCoordinates({ lat: cells.lat.value, lon: cells.lon.value });
  if (!result.ok) {
    const single = fixSingle(cell, role, context);
    return single.offers.length > 0 ? single : { offers: [], note: coordinateNote(result, `${cells.lat.value}, ${cells.lon.value}`) };
  }
  if (outsideFranceRefused(result, latLonTally(context))) {
    return { offers: [], note: outsideFranceNote(result.lat, result.lon, `${cells.lat.value}, ${cells.lon.value}`) };
  }
  // A plain swap is the swap fixer's business (it keeps the numbers as written).
  if (result.transformations.length === 1 && result.transformations[0] === 'swapped') return undefined;
  const lat = degreesText(cells.lat, result.lat);
  const lon = degreesText(cells.lon, result.lon);
  if (!fieldAccepts(cells.lat.field, lat) || !fieldAccepts(cells.lon.field, lon)) return { offers: [] };
  const offer = cellsOffer(
    context,
    [
      { cell: cells.lat, value: lat },
      { cell: cells.lon, value: lon },
    ],
    {
      kind: 'coordinates',
      safety: safetyOf(result.confidence, result.transformations),
      titleKey: 'fix.coordinates',
      // The title shows what changes: one value, or the pair when both do.
      titleParams: { ...(lat !== cells.lat.value && lon !== cells.lon.value ? { value: `${lat}, ${lon}` } : {}), steps: steps(result.transformations) },
    },
  );
  return { offers: offer ? [offer] : [] };
}

export const coordinateValueFixer: ProblemFixer = { kinds: ['coordinates'], codes: ['type-error', 'constraint-error'], propose };
