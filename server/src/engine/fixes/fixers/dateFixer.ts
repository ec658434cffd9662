// Dates to the form the field's type and format require (date, datetime, year, yearmonth, a strptime
// pattern, or a string field's date-like pattern), read with parseDateFr and the column's other values.
// Ambiguous values become separate choices with a note; impossible or unreadable dates get a note only.
import type { Problem } from '../../problems/problem';
import type { CompiledField } from '../../schema/compile';
import { analyzeDateColumn, parseDateFr, type DateColumnAnalysis, type DateFixResult, type DateTarget, type DateTargetType } from '../dates';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, fieldAccepts } from '../core/offers';
import type { FixOffer, FixProposal, FixSafety } from '../fix';

const DATE_TYPES = new Set<string>(['date', 'datetime', 'year', 'yearmonth']);
/** Notes that only describe the result: the fix stays safe. Every other note asks for a human look. */
const BENIGN_NOTES = new Set<string>(['time-added']);
/** Targets tried for a string field with a pattern, most precise first. */
const PATTERN_TARGETS: DateTargetType[] = ['date', 'datetime', 'yearmonth', 'year'];

function analysisOf(context: FixContext, column: number): DateColumnAnalysis {
  return context.memo(`date-analysis:${column}`, () => analyzeDateColumn(context.columnValues(column), { excelSerials: true }));
}


function targetOf(field: CompiledField): DateTarget | undefined {
  if (!DATE_TYPES.has(field.type)) return undefined;
  return { type: field.type as DateTargetType, format: field.format };
}

function readingsOf(result: Extract<DateFixResult, { ok: true }>): string[] {
  const other = result.order === 'dd/mm' ? 'mm/dd' : result.order === 'mm/dd' ? 'dd/mm' : undefined;
  const values = [result.value, ...(result.alternatives ?? [])];
  return values.map((_, index) => (index === 0 ? (result.order ?? 'first') : index === 1 && other ? other : 'other'));
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  const field = cell?.field;
  if (!cell || !field) return undefined;
  let target = problem.code === 'type-error' ? targetOf(field) : undefined;
  const patternField = problem.code === 'constraint-error' && problem.params.variant === 'pattern' && field.type === 'string';
  if (!target && !patternField) return undefined;

  // A bare number is an Excel serial only in a column declared as dates.
  const columnContext = { analysis: analysisOf(context, cell.column), excelSerials: target !== undefined };
  let result: DateFixResult | undefined;
  if (target) result = parseDateFr(cell.value, target, columnContext);
  else {
    // A string field whose pattern wants a date: the first form the pattern accepts.
    for (const type of PATTERN_TARGETS) {
      const attempt = parseDateFr(cell.value, { type }, columnContext);
      if (attempt.ok && fieldAccepts(field, attempt.value)) {
        target = { type };
        result = attempt;
        break;
      }
    }
    if (!result) return undefined;
  }
  if (!result.ok) {
    return { offers: [], note: { key: result.variant === undefined ? `date-fix.${result.reason}` : `date-fix.${result.reason}.${result.variant}`, params: { value: cell.value, variant: result.variant } } };
  }
  const values = [result.value, ...(result.alternatives ?? [])].filter((value) => fieldAccepts(field, value));
  if (values.length === 0) return { offers: [], note: { key: 'fix-note.date-rejected', params: { value: cell.value, candidate: result.value } } };

  if (result.ambiguous && values.length > 1) {
    const readings = readingsOf(result);
    const all = [result.value, ...(result.alternatives ?? [])];
    const offers = values
      .map((value) => cellOffer(context, cell, value, { kind: 'date', safety: 'choice', titleKey: 'fix.date.choice', titleParams: { reading: readings[all.indexOf(value)] } }))
      .filter((offer): offer is FixOffer => offer !== undefined);
    return { offers, note: { key: 'fix-note.date-ambiguous', params: { value: cell.value, readings: values } } };
  }
  const notes = result.notes.filter((note) => !BENIGN_NOTES.has(note));
  // Month first is not how France writes dates: certain only when the column proves it.
  const monthFirstUnproven = result.order === 'mm/dd' && !(columnContext.analysis.confidence === 'proven' && columnContext.analysis.order === 'mm/dd');
  const safety: FixSafety = notes.length === 0 && !monthFirstUnproven ? 'safe' : 'unsafe';
  const offer = cellOffer(context, cell, values[0], { kind: 'date', safety, titleKey: 'fix.date', titleParams: { notes: result.notes.map((n) => `date-fix-note.${n}`) } });
  return { offers: offer ? [offer] : [] };
}

export const dateFixer: ProblemFixer = { kinds: ['date'], codes: ['type-error', 'constraint-error'], propose };
