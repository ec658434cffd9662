// Fixes numbers written as French spreadsheets write them (read by values/frenchNumbers.ts): rewritten with
// the field's decimal character and no grouping. "1,234" alone could be 1.234 or 1234: the column decides
// (another value with a decimal comma), else both readings are offered as choices.
import type { Problem } from '../../problems/problem';
import { numberOptions } from '../../schema/types/number';
import type { CellRef, FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, fieldTypeAccepts } from '../core/offers';
import type { FixOffer, FixProposal, FixSafety } from '../fix';
import { readFrenchNumber } from '../../values/frenchNumbers';
import { latLonFields, pointLeavesFrance, roleOf } from './coordinateShared';

/**
 * A latitude or longitude cell is a number too, but the guard of the coordinate fixes holds for it: no rewrite
 * that leaves the row's point outside France while the file's other points are in France (the coordinate
 * fixer explains why in its note, or offers the repair that lands in France).
 */
function coordinateGuardRefuses(context: FixContext, cell: CellRef, value: string): boolean {
  const role = roleOf(context, cell.field);
  const pair = latLonFields(context);
  if (!role || !pair) return false;
  const other = context.cell(cell.rowNumber, context.columnOfField[role === 'lat' ? pair.lon.index : pair.lat.index]);
  const otherValue = other ? Number(other.value.trim().replace(',', '.')) : NaN;
  const mine = Number(value.replace(',', '.'));
  if (!other || other.value.trim() === '' || !Number.isFinite(otherValue) || !Number.isFinite(mine)) return false;
  const [lat, lon] = role === 'lat' ? [mine, otherValue] : [otherValue, mine];
  return pointLeavesFrance(context, lat, lon);
}

/** True when another value of the column has a comma followed by other than three digits (a decimal comma). */
function columnProvesDecimalComma(context: FixContext, column: number): boolean {
  return context.memo(`decimal-comma:${column}`, () => context.columnValues(column).some((value) => /\d,(?:\d{1,2}|\d{4,})(?!\d)/.test(value)));
}

function written(canonical: string, decimalChar: string): string {
  return decimalChar === '.' ? canonical : canonical.replace('.', decimalChar);
}

function offerFor(context: FixContext, cell: CellRef, value: string, safety: FixSafety, unit: boolean): FixOffer | undefined {
  return cellOffer(context, cell, value, { kind: unit ? 'number-unit' : 'number', safety, titleKey: unit ? 'fix.numberUnit' : 'fix.number' });
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  if (problem.code !== 'type-error') return undefined;
  const cell = context.cellOf(problem);
  const field = cell?.field;
  if (!cell || !field || (field.type !== 'number' && field.type !== 'integer')) return undefined;
  const reading = readFrenchNumber(cell.value, columnProvesDecimalComma(context, cell.column));
  if (!reading) return undefined;
  const { decimalChar } = numberOptions(field.field);
  const candidates = reading.readings
    .filter((canonical) => field.type === 'number' || !canonical.includes('.'))
    .map((canonical) => written(canonical, decimalChar))
    .filter((value) => fieldTypeAccepts(field, value) && !coordinateGuardRefuses(context, cell, value));
  if (candidates.length === 0) return undefined;
  if (reading.readings.length > 1) {
    if (candidates.length === 1) {
      // The other reading does not fit the field (an integer field cannot hold 1.234).
      const offer = offerFor(context, cell, candidates[0], 'unsafe', reading.unit);
      return offer ? { offers: [offer] } : undefined;
    }
    const offers = candidates.map((value) => offerFor(context, cell, value, 'choice', reading.unit)).filter((offer): offer is FixOffer => offer !== undefined);
    return { offers, note: { key: 'fix-note.number-ambiguous', params: { value: cell.value, readings: candidates } } };
  }
  const offer = offerFor(context, cell, candidates[0], reading.unit ? 'unsafe' : 'safe', reading.unit);
  return offer ? { offers: [offer] } : undefined;
}

export const numberFixer: ProblemFixer = { kinds: ['number', 'number-unit'], codes: ['type-error'], propose };
