// Quick fixes of the hygiene problems, as a fixer of the shared registry (fixes/registry.ts): rename labels
// to snake_case (one, or all), write a cell in its column's majority form (reusing the date and number
// readers of fixes/), empty a spreadsheet error value, delete a total row or a repeated header, remove a
// column, fill a merged-cell gap with the value above. The session adds the column and file scopes.
//
// Whole-column removals and fills under merged cells are `choice`s: deleting data (personal data may also be
// anonymised instead) or giving a record the value of the row above is a decision, never part of a fix-all.
import { analyzeDateColumn, parseDateFr } from '../../fixes/dates';
import type { CellRef, FixContext } from '../../fixes/core/context';
import type { ProblemFixer } from '../../fixes/core/fixer';
import { cellOffer } from '../../fixes/core/offers';
import type { CellChange, FixOffer, FixProposal, FixSafety, OffsetEdit } from '../../fixes/fix';
import { readFrenchNumber } from '../../fixes/fixers/numberFixer';
import type { Problem } from '../../problems/problem';
import { hygieneCodes } from '../../problems/codes/hygieneCodes';
import { looksLikeIdentifier, mayHoldMergedCells } from './mergedCells';
import { totalLabelKind } from './spreadsheetLeftovers';
import { BIT_FAMILY, booleanSpelling, booleanWord, isDefaultForm } from './valueForms';

/** The problem's cell, when the text still holds the value the problem saw there. */
function sameCell(context: FixContext, problem: Problem, expected: unknown): CellRef | undefined {
  const cell = context.cellOf(problem);
  return cell && typeof expected === 'string' && cell.value === expected ? cell : undefined;
}

// ---- label-style

function renameLabel(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = sameCell(context, problem, problem.params.label);
  const suggestion = problem.params.suggestion;
  if (!cell || cell.rowNumber !== 1 || typeof suggestion !== 'string' || suggestion === '') return undefined;
  const offers: FixOffer[] = [];
  // Renaming changes what scripts and joins refer to: worth a look, never silent.
  const own = cellOffer(context, { ...cell, columnName: suggestion }, suggestion, { kind: 'rename-label', safety: 'unsafe', titleKey: 'fix.hygiene.renameLabel', titleParams: { label: cell.value, suggestion } });
  if (own) offers.push(own);
  // Every label the checker reported, to the name it suggested: it left out the columns a matching catalog
  // schema names, and chose the other names around them.
  const edits: OffsetEdit[] = [];
  const changes: CellChange[] = [];
  for (const other of context.problems) {
    if (other.code !== 'label-style' || other.rowNumber !== 1) continue;
    const header = sameCell(context, other, other.params.label);
    const name = other.params.suggestion;
    if (!header || typeof name !== 'string' || name === '' || name === header.value) continue;
    const renamed = cellOffer(context, { ...header, columnName: name }, name, { kind: 'rename-all-labels', safety: 'unsafe', titleKey: 'fix.hygiene.renameLabel' });
    if (!renamed) continue;
    edits.push(...renamed.edits);
    changes.push(...(renamed.changes ?? []));
  }
  if (edits.length > 1) offers.push({ kind: 'rename-all-labels', safety: 'unsafe', title: { key: 'fix.hygiene.renameAllLabels', params: { count: edits.length } }, edits, changes });
  return offers.length > 0 ? { offers } : undefined;
}

// ---- mixed-formats

interface Rewrite {
  values: string[];
  safety: FixSafety;
}

function rewriteNumber(value: string, target: string): Rewrite | undefined {
  // Toward a decimal point only: a value written with a point (Table Schema's default) is never rewritten
  // with a comma, and the checker never makes the comma the target while a value of the column has a point.
  if (target !== 'decimal-point') return undefined;
  // The checker only reports values whose decimal mark is certain: one reading.
  const reading = readFrenchNumber(value, false);
  if (!reading || reading.readings.length !== 1 || reading.unit) return undefined;
  return { values: [reading.readings[0]], safety: 'safe' };
}

function rewriteBoolean(value: string, target: string): Rewrite | undefined {
  const trimmed = value.trim();
  const meaning = trimmed === '1' ? true : trimmed === '0' ? false : booleanWord(trimmed)?.meaning;
  if (meaning === undefined) return undefined;
  const spelled = booleanSpelling(target, meaning);
  if (spelled === undefined || (target === BIT_FAMILY && booleanWord(trimmed) === undefined && trimmed !== '0' && trimmed !== '1')) return undefined;
  // `non` → '' in a column of X marks: an empty cell also reads as "unknown".
  return { values: [spelled], safety: spelled === '' ? 'unsafe' : 'safe' };
}

function dateAnalysis(context: FixContext, column: number) {
  return context.memo(`hygiene-date-order:${column}`, () => analyzeDateColumn(context.columnValues(column)));
}

function rewriteDate(value: string, target: string, context: FixContext, column: number): Rewrite | undefined {
  if (!target.includes('%')) return undefined;
  const result = parseDateFr(value.trim(), { type: /%H/.test(target) ? 'datetime' : 'date', format: target }, { analysis: dateAnalysis(context, column) });
  if (!result.ok) return undefined;
  if (result.ambiguous) return { values: [result.value, ...(result.alternatives ?? [])], safety: 'choice' };
  return { values: [result.value], safety: result.notes.length > 0 ? 'unsafe' : 'safe' };
}

/**
 * A value not in its column's majority form, written in the column's target form (see
 * HygieneChecker.reportMixedForms): the majority's, or Table Schema's default when some values use it and
 * the majority does not. A value already in the default form is never rewritten into another.
 */
function majorityForm(problem: Problem, context: FixContext): FixProposal | undefined {
  const { variant, majority, form } = problem.params;
  const cell = sameCell(context, problem, problem.params.value);
  if (!cell || cell.rowNumber <= 1 || typeof majority !== 'string' || typeof form !== 'string') return undefined;
  const target = typeof problem.params.target === 'string' ? problem.params.target : majority;
  if (isDefaultForm(form) && !isDefaultForm(target)) {
    // Yes/no words (for dates and numbers the checker makes the default form the target): the value stays
    // as Table Schema reads it by default, and nothing else is changed for it.
    return { offers: [], note: { key: 'fix-note.default-form-kept', params: { value: cell.value, variant, form, majority } } };
  }
  // A value already in the target form is not reported (the checker reports the others instead).
  if (form === target) return undefined;
  const rewrite =
    variant === 'number' ? rewriteNumber(cell.value, target) : variant === 'boolean' ? rewriteBoolean(cell.value, target) : variant === 'date' ? rewriteDate(cell.value, target, context, cell.column) : undefined;
  if (!rewrite) return undefined;
  const offers = rewrite.values
    .map((value) => cellOffer(context, cell, value, { kind: 'majority-form', safety: rewrite.safety, titleKey: 'fix.hygiene.majorityForm' }))
    .filter((offer): offer is FixOffer => offer !== undefined);
  if (offers.length === 0) return undefined;
  return rewrite.safety === 'choice' ? { offers, note: { key: 'fix-note.date-ambiguous', params: { value: cell.value, readings: rewrite.values } } } : { offers };
}

// ---- cells

function emptyErrorValue(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = sameCell(context, problem, problem.params.value);
  if (!cell) return undefined;
  // Emptying keeps the table honest (the value is missing) but loses the hint that something was computed.
  const offer = cellOffer(context, cell, '', { kind: 'empty-error-value', safety: 'unsafe', titleKey: 'fix.hygiene.emptyErrorValue' });
  return offer ? { offers: [offer] } : undefined;
}

/**
 * Fills a gap under a merged cell with the value above: a `choice`, never a safe or unsafe fix, since the
 * empty cell may as well be a missing value, and the value above would then be another record's. Never
 * on a column of identifiers, contacts or per-record text, nor with a value shaped like one (the checker
 * does not report those; a problem from elsewhere gets no fill either).
 */
function fillDown(problem: Problem, context: FixContext): FixProposal | undefined {
  const fillValue = problem.params.fillValue;
  const cell = sameCell(context, problem, '');
  if (!cell || typeof fillValue !== 'string') return undefined;
  if (!mayHoldMergedCells(context.labels[cell.column] ?? '') || looksLikeIdentifier(fillValue)) return undefined;
  const offer = cellOffer(context, cell, fillValue, { kind: 'fill-down', safety: 'choice', titleKey: 'fix.hygiene.fillDown' });
  return offer ? { offers: [offer] } : undefined;
}

// ---- rows

/** Row index (0-based, header = 0) of a problem on a whole row, when the row is still where it was. */
function rowIndexOf(problem: Problem, context: FixContext): number | undefined {
  if (problem.rowNumber === undefined) return undefined;
  const shapes = context.table.rows();
  const index = problem.rowNumber - 1;
  if (index <= 0 || index >= shapes.count || shapes.starts[index] !== problem.range.start.offset) return undefined;
  return index;
}

/** Deletes a row with its line terminator (the one before it when it is the last row and has none). */
function rowRemoval(context: FixContext, index: number): OffsetEdit {
  const shapes = context.table.rows();
  const start = shapes.starts[index];
  if (index + 1 < shapes.count) return { start, end: shapes.starts[index + 1], newText: '' };
  const end = context.text.length;
  if (end > shapes.ends[index]) return { start, end, newText: '' };
  return { start: shapes.ends[index - 1], end, newText: '' };
}

function removeRow(problem: Problem, context: FixContext): FixProposal | undefined {
  const index = rowIndexOf(problem, context);
  if (index === undefined) return undefined;
  const values = context.labels.map((_, column) => context.table.column(column).values[index] ?? '');
  if (problem.code === 'total-row') {
    if (!values.some((value) => value.trim() === problem.params.label && totalLabelKind(value.trim()))) return undefined;
  } else if (!context.labels.every((label, column) => label.trim() === values[column].trim())) return undefined;
  const total = problem.code === 'total-row';
  return {
    offers: [
      {
        kind: total ? 'remove-total-row' : 'remove-repeated-header',
        // A repeated header is certainly no record; a total row might be a record someone named "Total".
        safety: total ? 'unsafe' : 'safe',
        title: { key: total ? 'fix.hygiene.removeTotalRow' : 'fix.hygiene.removeRepeatedHeader', params: { rowNumber: problem.rowNumber ?? 0 } },
        edits: [rowRemoval(context, index)],
      },
    ],
  };
}

// ---- columns

/** Edits deleting one column from every row: its cell and one delimiter next to it. */
function columnRemoval(context: FixContext, column: number): OffsetEdit[] {
  const { table } = context;
  table.prefetch([column - 1, column, column + 1]);
  const own = table.column(column);
  const next = table.column(column + 1);
  const previous = column > 0 ? table.column(column - 1) : undefined;
  const edits: OffsetEdit[] = [];
  for (let row = 0; row < own.starts.length; row++) {
    const start = own.starts[row];
    if (start < 0) continue;
    if (next.starts[row] >= 0) edits.push({ start, end: next.starts[row], newText: '' });
    else if (previous && previous.ends[row] >= 0) edits.push({ start: previous.ends[row], end: own.ends[row], newText: '' });
    else if (own.ends[row] > start) edits.push({ start, end: own.ends[row], newText: '' });
  }
  return edits;
}

function removeColumn(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = sameCell(context, problem, problem.params.label);
  if (!cell || cell.rowNumber !== 1) return undefined;
  // A field of the catalog schema the header matches: removing it would break the match; anonymise instead.
  if (typeof problem.params.schemaField === 'string') {
    return { offers: [], note: { key: 'fix-note.keep-schema-column', params: { label: cell.value, schemaField: problem.params.schemaField, schemaRef: problem.params.schemaRef } } };
  }
  const edits = columnRemoval(context, cell.column);
  if (edits.length === 0) return undefined;
  const personal = problem.code === 'personal-data';
  return {
    offers: [
      {
        kind: 'remove-column',
        safety: 'choice',
        title: { key: personal ? 'fix.hygiene.removePersonalColumn' : 'fix.hygiene.removeEmptyColumn', params: { label: cell.value } },
        edits,
      },
    ],
  };
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  switch (problem.code) {
    case 'label-style':
      return renameLabel(problem, context);
    case 'mixed-formats':
      return majorityForm(problem, context);
    case 'spreadsheet-error':
      return emptyErrorValue(problem, context);
    case 'merged-cell-gap':
      return fillDown(problem, context);
    case 'total-row':
    case 'repeated-header':
      return removeRow(problem, context);
    case 'empty-column':
    case 'personal-data':
      return removeColumn(problem, context);
    default:
      // spreadsheet-formula: the result of a formula cannot be computed here.
      return undefined;
  }
}

export const hygieneFixer: ProblemFixer = {
  kinds: ['rename-label', 'rename-all-labels', 'majority-form', 'empty-error-value', 'fill-down', 'remove-total-row', 'remove-repeated-header', 'remove-column'],
  codes: Object.keys(hygieneCodes),
  propose,
};
