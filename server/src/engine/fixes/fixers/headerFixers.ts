// Header fixes: a column named almost like a schema field renamed to the field's exact name (the header
// matcher's suggestion), and a column the schema wants added, empty, at the schema's position in every row.
import type { Problem } from '../../problems/problem';
import { anchorOfField, insertColumns } from '../core/columnInsert';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer } from '../core/offers';
import type { FixProposal } from '../fix';

function renameHeader(problem: Problem, context: FixContext): FixProposal | undefined {
  const suggestion = problem.params.suggestion;
  const cell = context.cellOf(problem);
  if (!cell || typeof suggestion !== 'string' || cell.rowNumber !== 1) return undefined;
  // Case, accents and separators are certain; a typo is the matcher's best guess.
  const safety = problem.params.mismatch === 'typo' ? 'unsafe' : 'safe';
  const offer = cellOffer(context, { ...cell, columnName: suggestion }, suggestion, { kind: 'rename-header', safety, titleKey: 'fix.renameHeader' });
  return offer ? { offers: [offer] } : undefined;
}

function addColumn(problem: Problem, context: FixContext): FixProposal | undefined {
  const field = context.compiled?.fieldByName.get(String(problem.params.fieldName ?? problem.fieldName));
  if (!field || context.columnOfField[field.index] >= 0 || !context.dialect.header) return undefined;
  const inserted = insertColumns(context, [{ name: field.name, after: anchorOfField(context, field.index), valueAt: () => undefined }]);
  if (!inserted) return undefined;
  return {
    offers: [
      {
        kind: 'add-column',
        // An empty required column is certain to be wanted; an optional one is the user's call.
        safety: field.required ? 'safe' : 'unsafe',
        title: { key: 'fix.addColumn', params: { fieldName: field.name, rows: inserted.rows } },
        edits: inserted.edits,
        changes: [{ rowNumber: 1, column: field.name, before: '', after: field.name }],
      },
    ],
  };
}

export const renameHeaderFixer: ProblemFixer = { kinds: ['rename-header'], codes: ['incorrect-label'], propose: renameHeader };
export const addColumnFixer: ProblemFixer = { kinds: ['add-column'], codes: ['missing-label'], propose: addColumn };
