// Values Excel and French habits write differently from what the field's type wants: booleans as
// oui/non/X/Vrai, enum values off by case, accents or spaces, and cells with surrounding spaces.
import { damerauLevenshtein, typoTolerance } from '../../checks/headerMatch';
import type { Problem } from '../../problems/problem';
import { booleanValues } from '../../schema/types/boolean';
import type { CellRef, FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, fieldAccepts } from '../core/offers';
import type { FixProposal } from '../fix';
import { stripAccents } from '../../text/fold';

/** Lower case, no accents, spaces/underscores/hyphens folded: "Intérieur " ~ "interieur". */
export function foldValue(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/[\s_\-’']+/g, ' ')
    .trim();
}

const TRUE_WORDS = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', 't', '1', 'x', '✓', '✔', 'v']);
const FALSE_WORDS = new Set(['non', 'n', 'no', 'faux', 'false', 'f', '0']);
/** The checkbox habit: X (or ✓) for yes, nothing for no. */
const MARKS = new Set(['x', '✓', '✔']);

/** The field's written form for a truth value: the one the column already uses most, else the schema's first. */
function booleanText(context: FixContext, cell: CellRef, truth: boolean): string | undefined {
  if (!cell.field) return undefined;
  const { trueValues, falseValues } = booleanValues(cell.field.field);
  const allowed = truth ? trueValues : falseValues;
  if (allowed.length === 0) return undefined;
  const counts = context.memo(`boolean-counts:${cell.column}`, () => {
    const found = new Map<string, number>();
    for (const value of context.columnValues(cell.column)) found.set(value, (found.get(value) ?? 0) + 1);
    return found;
  });
  return [...allowed].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
}

function columnUsesMarks(context: FixContext, column: number): boolean {
  return context.memo(`boolean-marks:${column}`, () => {
    const folded = context.columnValues(column).map(foldValue);
    return folded.some((value) => MARKS.has(value)) && !folded.some((value) => FALSE_WORDS.has(value));
  });
}

function fixBoolean(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  if (!cell?.field || cell.field.type !== 'boolean') return undefined;
  if (problem.code === 'constraint-error') {
    // A required checkbox column: an empty cell is a "no" when the column marks "yes" with X.
    if (problem.params.variant !== 'required' || cell.value.trim() !== '' || !columnUsesMarks(context, cell.column)) return undefined;
    const value = booleanText(context, cell, false);
    const offer = value !== undefined && fieldAccepts(cell.field, value) ? cellOffer(context, cell, value, { kind: 'boolean', safety: 'unsafe', titleKey: 'fix.boolean' }) : undefined;
    return offer ? { offers: [offer] } : undefined;
  }
  const word = foldValue(cell.value);
  const truth = TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
  if (truth === undefined) return undefined;
  const value = booleanText(context, cell, truth);
  if (value === undefined || !fieldAccepts(cell.field, value)) return undefined;
  const offer = cellOffer(context, cell, value, { kind: 'boolean', safety: 'safe', titleKey: 'fix.boolean' });
  return offer ? { offers: [offer] } : undefined;
}

function fixEnum(problem: Problem, context: FixContext): FixProposal | undefined {
  const allowed = problem.params.allowed;
  if (problem.params.variant !== 'enum' || !Array.isArray(allowed)) return undefined;
  const cell = context.cellOf(problem);
  if (!cell?.field) return undefined;
  const folded = foldValue(cell.value);
  if (folded === '') return undefined;
  const same = allowed.filter((value) => foldValue(value) === folded);
  if (same.length === 1 && fieldAccepts(cell.field, same[0])) {
    const offer = cellOffer(context, cell, same[0], { kind: 'enum-value', safety: 'safe', titleKey: 'fix.enumValue' });
    return offer ? { offers: [offer] } : undefined;
  }
  if (same.length > 1) return undefined;
  // A typo: the one allowed value within the tolerance the header matcher uses, and no other as close.
  const limit = typoTolerance(folded.length);
  if (limit === 0) return undefined;
  const scored = allowed.map((value) => ({ value, distance: damerauLevenshtein(folded, foldValue(value), limit) })).filter((s) => s.distance <= limit);
  scored.sort((a, b) => a.distance - b.distance);
  if (scored.length === 0 || (scored.length > 1 && scored[1].distance === scored[0].distance)) return undefined;
  if (!fieldAccepts(cell.field, scored[0].value)) return undefined;
  const offer = cellOffer(context, cell, scored[0].value, { kind: 'enum-value', safety: 'unsafe', titleKey: 'fix.enumValue' });
  return offer ? { offers: [offer] } : undefined;
}

function fixSpaces(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  if (!cell) return undefined;
  const trimmed = cell.value.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
  if (trimmed === cell.value || trimmed === '') return undefined;
  if (problem.code !== 'label-whitespace' && !fieldAccepts(cell.field, trimmed)) return undefined;
  const offer = cellOffer(context, cell, trimmed, { kind: 'trim-spaces', safety: 'safe', titleKey: 'fix.trimSpaces' });
  return offer ? { offers: [offer] } : undefined;
}

export const booleanFixer: ProblemFixer = { kinds: ['boolean'], codes: ['type-error', 'constraint-error'], propose: fixBoolean };
export const enumFixer: ProblemFixer = { kinds: ['enum-value'], codes: ['constraint-error'], propose: fixEnum };
export const trimFixer: ProblemFixer = { kinds: ['trim-spaces'], codes: ['type-error', 'constraint-error', 'label-whitespace'], propose: fixSpaces };
