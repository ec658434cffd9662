// Builds offers from new cell values: the edit on the cell's exact range (quoted as the dialect needs), the
// change it makes, and the guard every value fix passes: the new value must satisfy the field.
import type { ProblemParams } from '../../problems/problem';
import type { CompiledField } from '../../schema/compile';
import type { CellChange, FixOffer, FixSafety, OffsetEdit } from '../fix';
import { encodeCell } from '../../table/cellText';
import type { CellRef, FixContext } from './context';

export interface OfferSpec {
  kind: string;
  safety: FixSafety;
  titleKey: string;
  titleParams?: ProblemParams;
}

/** The edit writing `value` into a cell, or undefined when the dialect cannot hold it. */
export function cellEdit(context: FixContext, cell: CellRef, value: string): OffsetEdit | undefined {
  // Quoted only when the dialect needs it, or when the file quotes every cell.
  const text = encodeCell(value, context.dialect, context.quoteAll);
  return text === undefined ? undefined : { start: cell.start, end: cell.end, newText: text };
}

/** An offer rewriting several cells at once (a swapped pair); undefined when nothing changes or a value cannot be written. */
export function cellsOffer(context: FixContext, rewrites: ReadonlyArray<{ cell: CellRef; value: string }>, spec: OfferSpec): FixOffer | undefined {
  const edits: OffsetEdit[] = [];
  const changes: CellChange[] = [];
  for (const { cell, value } of rewrites) {
    if (value === cell.value) continue;
    const edit = cellEdit(context, cell, value);
    if (!edit) return undefined;
    edits.push(edit);
    changes.push({ rowNumber: cell.rowNumber, column: cell.columnName, before: cell.value, after: value });
  }
  if (edits.length === 0) return undefined;
  const first = rewrites.find((r) => r.value !== r.cell.value) ?? rewrites[0];
  return {
    kind: spec.kind,
    safety: spec.safety,
    title: { key: spec.titleKey, params: { value: first.value, before: first.cell.value, fieldName: first.cell.columnName, ...spec.titleParams } },
    edits,
    changes,
  };
}

/** An offer replacing one cell's value. */
export function cellOffer(context: FixContext, cell: CellRef, value: string, spec: OfferSpec): FixOffer | undefined {
  return cellsOffer(context, [{ cell, value }], spec);
}

/** True when the field accepts the value with no type or constraint error (or there is no field to ask). */
export function fieldAccepts(field: CompiledField | undefined, value: string): boolean {
  if (!field) return true;
  return field.check(value) === null;
}

/** True when the value has the field's type (constraints may still fail: a type fix need not fix them all). */
export function fieldTypeAccepts(field: CompiledField | undefined, value: string): boolean {
  if (!field) return true;
  const issue = field.check(value);
  return issue === null || issue.code !== 'type-error';
}
