// Quick fixes of the hygiene problems as FixOffers (fixes/fix.ts): offset edits computed from the text and
// the problem's data — rename labels to snake_case, write a cell in its column's majority form, empty
// spreadsheet error values, delete total rows and repeated headers, remove a column, fill merged gaps down.
// Every fixer first checks that the text still holds what the problem saw; if not, it offers nothing.
import { analyzeDateColumn, parseDateFr, type DateColumnAnalysis } from '../../fixes/dates';
import type { FixOffer, FixSafety, OffsetEdit } from '../../fixes/fix';
import type { Problem } from '../../problems';
import { sniffDialect, type Dialect } from '../../table/dialect';
import { CsvScanner, type RowView } from '../../table/scanner';
import { isHygieneCode } from './codes';
import { labelStyleReasons, snakeCaseHeader } from './labelStyle';
import { isSpreadsheetError, looksNumeric, totalLabelKind } from './spreadsheetLeftovers';
import { BIT_FAMILY, booleanSpelling, booleanWord, classifyValue, NEUTRAL_NUMBER_FORM, rewriteDecimal } from './valueForms';

/** A cell as the fixers see it: decoded value and offsets in the text. */
interface CellAt {
  value: string;
  start: number;
  end: number;
}

interface RowAt {
  index: number;
  start: number;
  /** Offset of the next row (after the terminator). */
  next: number;
  cells: CellAt[];
  blank: boolean;
}

/** Reads every row of the text (fixers run on demand, not on every keystroke). */
function readRows(text: string, dialect: Dialect, onRow: (row: RowAt) => void): void {
  new CsvScanner(dialect).scan(text, 0, true, (view: RowView) => {
    const cells: CellAt[] = [];
    for (let i = 0; i < view.cellCount; i++) cells.push({ value: view.value(i), start: view.cellStart[i], end: view.cellEnd[i] });
    onRow({ index: view.index, start: view.start, next: view.next, cells, blank: view.isBlank() });
  });
}

/** The cells of the header row (none when the dialect says the file has no header). */
function headerCells(text: string, dialect: Dialect): CellAt[] {
  const cells: CellAt[] = [];
  if (!dialect.header) return cells;
  new CsvScanner(dialect).scan(text, 0, true, (view) => {
    for (let i = 0; i < view.cellCount; i++) cells.push({ value: view.value(i), start: view.cellStart[i], end: view.cellEnd[i] });
    return false;
  });
  return cells;
}

/** The text of a cell holding `value`, quoted when the dialect needs it. */
export function encodeCell(value: string, dialect: Dialect): string {
  const quote = dialect.quoteChar;
  const needsQuotes = value.includes(dialect.delimiter) || /[\r\n]/.test(value) || (quote !== '' && value.includes(quote));
  if (!needsQuotes || quote === '') return value;
  return quote + value.split(quote).join(quote + quote) + quote;
}

/** The decoded value of the cell written at [start, end). */
function decodedAt(text: string, start: number, end: number, dialect: Dialect): string {
  const raw = text.slice(start, end);
  const quote = dialect.quoteChar;
  if (quote !== '' && raw.length >= 2 && raw.startsWith(quote) && raw.endsWith(quote)) return raw.slice(1, -1).split(quote + quote).join(quote);
  return raw;
}

/** The problem's cell, if the text still holds `expected` there. */
function sameCell(text: string, problem: Problem, dialect: Dialect, expected: string | undefined): CellAt | undefined {
  const { start, end } = { start: problem.range.start.offset, end: problem.range.end.offset };
  if (end > text.length || typeof expected !== 'string') return undefined;
  const value = decodedAt(text, start, end, dialect);
  return value === expected ? { value, start, end } : undefined;
}

function offer(kind: string, safety: FixSafety, key: string, params: FixOffer['title']['params'], edits: OffsetEdit[]): FixOffer {
  return { kind, safety, title: { key, params }, edits };
}

/** Edits that delete one column from every row (its cell and one delimiter next to it). */
function columnRemovalEdits(text: string, dialect: Dialect, column: number): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  readRows(text, dialect, (row) => {
    const cells = row.cells;
    if (column >= cells.length) return;
    if (column + 1 < cells.length) edits.push({ start: cells[column].start, end: cells[column + 1].start, newText: '' });
    else if (column > 0) edits.push({ start: cells[column - 1].end, end: cells[column].end, newText: '' });
    else if (cells[column].end > cells[column].start) edits.push({ start: cells[column].start, end: cells[column].end, newText: '' });
  });
  return edits;
}

/** The edit deleting a whole row with its line terminator (the previous one for a last row without one). */
function rowRemovalEdit(text: string, start: number, end: number): OffsetEdit {
  let next = end;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10) next++;
  if (next > end || start === 0) return { start, end: next, newText: '' };
  let previous = start;
  if (text.charCodeAt(previous - 1) === 10) previous--;
  if (text.charCodeAt(previous - 1) === 13) previous--;
  return { start: previous, end, newText: '' };
}

// ---- label-style

function labelFixes(text: string, problem: Problem, dialect: Dialect): FixOffer[] {
  const label = problem.params.label;
  const suggestion = problem.params.suggestion;
  const offers: FixOffer[] = [];
  const cell = sameCell(text, problem, dialect, typeof label === 'string' ? label : undefined);
  if (cell && typeof suggestion === 'string' && suggestion !== '') {
    offers.push(offer('rename-label', 'unsafe', 'fix.hygiene.renameLabel', { label: cell.value, suggestion }, [{ start: cell.start, end: cell.end, newText: encodeCell(suggestion, dialect) }]));
  }
  const header = headerCells(text, dialect);
  const names = snakeCaseHeader(header.map((c) => c.value));
  const edits: OffsetEdit[] = [];
  header.forEach((c, index) => {
    if (labelStyleReasons(c.value).length > 0 && names[index] !== c.value) edits.push({ start: c.start, end: c.end, newText: encodeCell(names[index], dialect) });
  });
  if (edits.length > 1) offers.push(offer('rename-all-labels', 'unsafe', 'fix.hygiene.renameAllLabels', { count: edits.length }, edits));
  return offers;
}

// ---- mixed-formats

interface Rewrite {
  value: string;
  safety: FixSafety;
  alternatives?: string[];
}

/** The value written in the majority form, or undefined when it cannot be done with certainty. */
function rewriteInForm(value: string, kind: string, majority: string, analysis: DateColumnAnalysis | undefined): Rewrite | undefined {
  const trimmed = value.trim();
  if (kind === 'number') {
    const decimalChar = majority === 'decimal-comma' ? ',' : majority === 'decimal-point' ? '.' : undefined;
    const rewritten = decimalChar ? rewriteDecimal(trimmed, decimalChar) : undefined;
    return rewritten !== undefined ? { value: rewritten, safety: 'safe' } : undefined;
  }
  if (kind === 'boolean') {
    const meaning = majority === BIT_FAMILY || trimmed === '0' || trimmed === '1' ? bitOrWord(trimmed) : booleanWord(trimmed)?.meaning;
    if (meaning === undefined) return undefined;
    const spelled = booleanSpelling(majority, meaning);
    if (spelled === undefined) return undefined;
    // `non` → '' in a column of X: an empty cell also reads as "unknown".
    return { value: spelled, safety: spelled === '' ? 'unsafe' : 'safe' };
  }
  if (kind === 'date') {
    if (majority === 'text' || !majority.includes('%')) return undefined;
    const type = /%H/.test(majority) ? 'datetime' : 'date';
    const result = parseDateFr(trimmed, { type, format: majority }, { analysis });
    if (!result.ok) return undefined;
    if (result.ambiguous) return { value: result.value, safety: 'choice', alternatives: result.alternatives };
    const lossy = result.notes.some((note) => note !== 'order-differs-from-column');
    return { value: result.value, safety: lossy || result.notes.length > 0 ? 'unsafe' : 'safe' };
  }
  return undefined;
}

function bitOrWord(value: string): boolean | undefined {
  if (value === '1') return true;
  if (value === '0') return false;
  return booleanWord(value)?.meaning;
}

/** The form a value of the column has, as the checker classified it. */
function formOf(value: string, kind: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (kind === 'boolean' && (trimmed === '0' || trimmed === '1')) return BIT_FAMILY;
  const found = classifyValue(trimmed);
  if (!found || found.kind !== kind || found.form === NEUTRAL_NUMBER_FORM) return undefined;
  return found.form;
}

function columnValues(text: string, dialect: Dialect, column: number): { values: string[]; cells: CellAt[] } {
  const values: string[] = [];
  const cells: CellAt[] = [];
  readRows(text, dialect, (row) => {
    if (dialect.header && row.index === 0) return;
    const cell = row.cells[column];
    if (!cell || row.blank) return;
    values.push(cell.value);
    cells.push(cell);
  });
  return { values, cells };
}

function mixedFormatFixes(text: string, problem: Problem, dialect: Dialect): FixOffer[] {
  const { variant: kind, majority, value } = problem.params;
  if (typeof kind !== 'string' || typeof majority !== 'string' || problem.fieldNumber === undefined) return [];
  const cell = sameCell(text, problem, dialect, typeof value === 'string' ? value : undefined);
  if (!cell) return [];
  const column = problem.fieldNumber - 1;
  const { values, cells } = columnValues(text, dialect, column);
  const analysis = kind === 'date' ? analyzeDateColumn(values) : undefined;
  const offers: FixOffer[] = [];
  const own = rewriteInForm(cell.value, kind, majority, analysis);
  if (own) {
    for (const candidate of [own.value, ...(own.safety === 'choice' ? (own.alternatives ?? []) : [])]) {
      offers.push(offer('majority-form', own.safety, 'fix.hygiene.majorityForm', { value: cell.value, newValue: candidate }, [{ start: cell.start, end: cell.end, newText: encodeCell(candidate, dialect) }]));
    }
  }
  const edits: OffsetEdit[] = [];
  let safety: FixSafety = 'safe';
  let skipped = 0;
  for (const other of cells) {
    const form = formOf(other.value, kind);
    if (form === undefined || form === majority) continue;
    const rewrite = rewriteInForm(other.value, kind, majority, analysis);
    if (!rewrite || rewrite.safety === 'choice') {
      skipped++;
      continue;
    }
    if (rewrite.safety === 'unsafe') safety = 'unsafe';
    edits.push({ start: other.start, end: other.end, newText: encodeCell(rewrite.value, dialect) });
  }
  if (edits.length > 1 || (edits.length === 1 && !own)) {
    offers.push(offer('majority-form-column', skipped > 0 ? 'unsafe' : safety, 'fix.hygiene.majorityFormColumn', { count: edits.length, skipped, label: problem.fieldName ?? '' }, edits));
  }
  return offers;
}

// ---- spreadsheet leftovers

function spreadsheetErrorFixes(text: string, problem: Problem, dialect: Dialect): FixOffer[] {
  const value = problem.params.value;
  const cell = sameCell(text, problem, dialect, typeof value === 'string' ? value : undefined);
  if (!cell) return [];
  const offers = [offer('empty-error-value', 'unsafe', 'fix.hygiene.emptyErrorValue', { value: cell.value }, [{ start: cell.start, end: cell.end, newText: '' }])];
  const edits: OffsetEdit[] = [];
  readRows(text, dialect, (row) => {
    if (dialect.header && row.index === 0) return;
    for (const other of row.cells) if (other.end > other.start && isSpreadsheetError(other.value.trim())) edits.push({ start: other.start, end: other.end, newText: '' });
  });
  if (edits.length > 1) offers.push(offer('empty-error-values', 'unsafe', 'fix.hygiene.emptyErrorValues', { count: edits.length }, edits));
  return offers;
}

/** The row's text must still start with what the checker saw (its label for a total row, the header for a repeated one). */
function rowFix(text: string, problem: Problem, dialect: Dialect, kind: string, safety: FixSafety, key: string): FixOffer[] {
  const start = problem.range.start.offset;
  const end = problem.range.end.offset;
  if (end > text.length) return [];
  const header = problem.code === 'repeated-header' ? headerCells(text, dialect).map((c) => c.value.trim()) : [];
  let matches = false;
  readRows(text.slice(start, end), { ...dialect, header: false }, (row) => {
    if (row.index !== 0) return;
    const values = row.cells.map((c) => c.value.trim());
    matches =
      problem.code === 'total-row'
        ? values.some((v) => v === problem.params.label && totalLabelKind(v) !== undefined) && values.some((v) => looksNumeric(v))
        : header.length === values.length && header.every((label, i) => label === values[i]);
  });
  if (!matches) return [];
  return [offer(kind, safety, key, { rowNumber: problem.rowNumber ?? 0 }, [rowRemovalEdit(text, start, end)])];
}

// ---- columns

function removeColumnFix(text: string, problem: Problem, dialect: Dialect, key: string): FixOffer[] {
  const label = problem.params.label;
  if (problem.fieldNumber === undefined) return [];
  if (!sameCell(text, problem, dialect, typeof label === 'string' ? label : undefined)) return [];
  const edits = columnRemovalEdits(text, dialect, problem.fieldNumber - 1);
  return edits.length > 0 ? [offer('remove-column', 'unsafe', key, { label: String(label) }, edits)] : [];
}

function fillDownFixes(text: string, problem: Problem, dialect: Dialect): FixOffer[] {
  const fillValue = problem.params.fillValue;
  if (typeof fillValue !== 'string' || problem.fieldNumber === undefined) return [];
  const cell = sameCell(text, problem, dialect, '');
  if (!cell) return [];
  const offers = [offer('fill-down', 'unsafe', 'fix.hygiene.fillDown', { fillValue }, [{ start: cell.start, end: cell.end, newText: encodeCell(fillValue, dialect) }])];
  const column = problem.fieldNumber - 1;
  const edits: OffsetEdit[] = [];
  let above: string | undefined;
  readRows(text, dialect, (row) => {
    if ((dialect.header && row.index === 0) || row.blank || column >= row.cells.length) return;
    const values = row.cells.map((c) => c.value.trim());
    const firstFilled = values.slice(0, 3).find((v) => v !== '');
    if (firstFilled !== undefined && totalLabelKind(firstFilled) && values.some((v) => looksNumeric(v))) return;
    const own = row.cells[column];
    if (own.value !== '') above = own.value;
    else if (above !== undefined) edits.push({ start: own.start, end: own.end, newText: encodeCell(above, dialect) });
  });
  if (edits.length > 1) offers.push(offer('fill-down-column', 'unsafe', 'fix.hygiene.fillDownColumn', { count: edits.length, label: problem.fieldName ?? '' }, edits));
  return offers;
}

/**
 * The fixes of a hygiene problem on the current text (empty for other codes, for problems without a
 * certain fix, and when the text no longer holds what the problem saw).
 */
export function hygieneFixes(text: string, problem: Problem, dialectHint: Partial<Dialect> = {}): FixOffer[] {
  if (!isHygieneCode(problem.code)) return [];
  const dialect = sniffDialect(text, dialectHint);
  switch (problem.code) {
    case 'label-style':
      return labelFixes(text, problem, dialect);
    case 'mixed-formats':
      return mixedFormatFixes(text, problem, dialect);
    case 'spreadsheet-error':
      return spreadsheetErrorFixes(text, problem, dialect);
    case 'total-row':
      return rowFix(text, problem, dialect, 'remove-row', 'unsafe', 'fix.hygiene.removeTotalRow');
    case 'repeated-header':
      return rowFix(text, problem, dialect, 'remove-row', 'safe', 'fix.hygiene.removeRepeatedHeader');
    case 'empty-column':
      return removeColumnFix(text, problem, dialect, 'fix.hygiene.removeEmptyColumn');
    case 'personal-data':
      return removeColumnFix(text, problem, dialect, 'fix.hygiene.removePersonalColumn');
    case 'merged-cell-gap':
      return fillDownFixes(text, problem, dialect);
    default:
      // spreadsheet-formula: the result of a formula cannot be computed here.
      return [];
  }
}
