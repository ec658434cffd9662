// The hygiene checks of a table that no schema describes, as one RowChecker: header labels, columns mixing
// formats, spreadsheet leftovers (error values, formulas, total rows, empty columns, repeated headers,
// gaps under merged cells) and personal data. Per-column counters and a sample of the first values make
// the decisions; only bounded lists of cells are kept until the end.
import type { Problem, ProblemParams, Severity, SourceRange } from '../../problems/problem';
import type { SchemaCatalog } from '../../schema/catalog';
import { headerSchemaMatch, type HeaderSchemaMatch } from '../../schema/detect';
import { cellRange, rowRange } from '../../table/positions';
import { CellKind, type RowView } from '../../table/scanner';
import { DetectedCoordinatesChecker } from '../coordinates/detectedCoordinatesChecker';
import { DetectedGeographyChecker } from '../geography/detectedGeographyChecker';
import type { CheckContext, RowChecker } from '../rowChecker';
import { makeProblem } from '../../problems/makeProblem';
import type { HygieneCode } from '../../problems/codes/hygieneCodes';
import { ColumnState, SAMPLE_SIZE, MAX_KEPT_CELLS, formKind } from './columnState';
import { hygieneLevels, type HygieneLevel, type HygieneOptions } from './hygieneOptions';
import { labelStyleReasons, snakeCaseHeader } from './labelStyle';
import { GROUP_LABEL_SHARE, isGroupLabel, mayHoldMergedCells } from './mergedCells';
import { isMobilePhone, looksLikePhone } from '../../values/frenchPhoneNumbers';
import { isBareNameLabel, isPersonalEmail, looksLikeEmail, personalDataOfLabel, type PersonalDataKind } from './personalData';
import { isFormula, isSpreadsheetError, looksNumeric, totalLabelKind } from './spreadsheetLeftovers';
import { BIT_FAMILY, isDefaultForm, NEUTRAL_NUMBER_FORM, readsEitherWay } from './valueForms';

/** Share of a column's sampled values that must be e-mail addresses (or phone numbers) for it to be judged on them. */
const CONTACT_SHARE = 0.5;
/** Share of those addresses (numbers) that must be a person's for the column to be personal data. */
const PERSONAL_SHARE = 0.2;
/** Merged cells: least share of a column's groups that span several rows. */
const MERGED_GROUP_SHARE = 0.5;
/**
 * Merged cells: most distinct values a column may have per record (cells, filled or empty). Above one for
 * two records, the groups are shorter than two rows on average: the values are mostly distinct, and the
 * gaps are missing values rather than the rest of a group.
 */
const MERGED_MOSTLY_DISTINCT_SHARE = 0.5;
/** Groups with empty cells under them, at least. */
const MERGED_MIN_GAPPED_GROUPS = 2;
/** Groups seen before a column of mostly single-row groups is given up (bounded memory). */
const MERGED_SAMPLE_BLOCKS = 1000;
const MERGED_MAX_BLOCKS = 50_000;

/**
 * Columns the checks follow. Open data tables have tens of columns, rarely hundreds; a "header" of a million
 * cells (a file with no line breaks) must not cost a million column states.
 */
export const MAX_CHECKED_COLUMNS = 1000;

const HASH = 35;
const LETTER_E = 69;
const EQUALS = 61;

/** The first character of a cell's value without decoding it (-1 when empty). */
function firstCharCode(row: RowView, cell: number): number {
  const start = row.cellStart[cell];
  const end = row.cellEnd[cell];
  if (start === end) return -1;
  if (row.cellKind[cell] === CellKind.Plain) return row.text.charCodeAt(start);
  const value = row.value(cell);
  return value === '' ? -1 : value.charCodeAt(0);
}

export class HygieneChecker implements RowChecker {
  private readonly levels: Record<HygieneCode, HygieneLevel>;
  private columns: ColumnState[] = [];
  private labels: string[] = [];
  private headerSeen = false;
  /** Data rows that are records (not totals, not repeated headers, not blank). */
  private records = 0;

  private readonly catalog: SchemaCatalog | undefined;
  /** `id@version` of the catalog schema the header matches, if any. */
  private schemaRef: string | undefined;

  constructor(options: HygieneOptions = {}) {
    this.levels = hygieneLevels(options);
    this.catalog = options.catalog;
  }

  private on(code: HygieneCode): boolean {
    return this.levels[code] !== 'off';
  }

  private report(context: CheckContext, code: HygieneCode, range: SourceRange, params: ProblemParams, extra: Partial<Problem>): void {
    const level = this.levels[code];
    if (level === 'off') return;
    context.report(makeProblem(code, range, params, { ...extra, severity: level as Severity }));
  }

  header(row: RowView, context: CheckContext): void {
    this.headerSeen = true;
    const labels: string[] = [];
    for (let cell = 0; cell < row.readableCells; cell++) labels.push(row.value(cell));
    this.labels = labels;
    const checked = labels.slice(0, MAX_CHECKED_COLUMNS);
    this.columns = checked.map((label, index) => new ColumnState(index, label, cellRange(row, index)));
    this.matchSchema(checked);
    if (this.on('label-style')) {
      const kept = this.columns.map((column) => column.schemaField !== undefined);
      const names = snakeCaseHeader(checked, kept);
      checked.forEach((label, index) => {
        // A catalog schema the header matches names this column as it is: renaming it would break the match.
        if (kept[index]) return;
        const reasons = labelStyleReasons(label);
        if (reasons.length === 0) return;
        this.report(context, 'label-style', cellRange(row, index), { label, suggestion: names[index], reasons }, { rowNumber: 1, fieldNumber: index + 1, fieldName: label });
      });
    }
    if (this.on('personal-data')) {
      const hasFirstName = checked.some((label) => personalDataOfLabel(label) === 'first-name');
      checked.forEach((label, index) => {
        const kind = personalDataOfLabel(label) ?? (hasFirstName && isBareNameLabel(label) ? 'name' : undefined);
        if (!kind) return;
        this.columns[index].personalByLabel = true;
        this.reportPersonal(context, this.columns[index], kind, {});
      });
    }
  }

  /**
   * The catalog schema the header matches, found as detection finds the schema it applies (same rule,
   * same threshold), applied or not: each column it names keeps its name and its place.
   */
  private matchSchema(labels: readonly string[]): void {
    let match: HeaderSchemaMatch | undefined;
    try {
      match = headerSchemaMatch(labels, { catalog: this.catalog });
    } catch {
      // No catalog next to the program: the checks run without it.
      match = undefined;
    }
    if (!match) return;
    this.schemaRef = `${match.candidate.id}@${match.candidate.version}`;
    this.columns.forEach((column, index) => {
      column.schemaField = match.fieldOfLabel[index];
    });
  }

  row(row: RowView, context: CheckContext): void {
    if (!this.headerSeen) {
      // No header row: columns are known by position only.
      this.headerSeen = true;
      this.columns = Array.from({ length: Math.min(row.cellCount, MAX_CHECKED_COLUMNS) }, (_, index) => new ColumnState(index, String(index + 1), undefined));
    }
    const rowNumber = row.index + 1;
    if (this.isRepeatedHeader(row)) {
      this.report(context, 'repeated-header', rowRange(row), {}, { rowNumber });
      return;
    }
    const total = this.totalRow(row);
    if (total) {
      this.report(context, 'total-row', rowRange(row), { variant: total.kind, label: total.label }, { rowNumber, fieldNumber: total.cell + 1 });
    }
    // A cell whose quote is never closed is not read: its value would be the rest of the file.
    const count = Math.min(row.readableCells, this.columns.length);
    const leftovers = this.on('spreadsheet-error') || this.on('spreadsheet-formula');
    for (let cell = 0; cell < count; cell++) {
      const column = this.columns[cell];
      const first = firstCharCode(row, cell);
      if (first === -1) {
        // A total row is no record: its empty cells are neither gaps nor missing values.
        if (!total) {
          column.empty++;
          this.gap(row, cell, column);
        }
        continue;
      }
      // A total row is removed whole: nothing else of it is worth a fix.
      if (total) continue;
      if (leftovers && (first === HASH || first === LETTER_E || first === EQUALS)) {
        const value = row.value(cell);
        if (isSpreadsheetError(value.trim())) {
          this.report(context, 'spreadsheet-error', cellRange(row, cell), { value }, { rowNumber, fieldNumber: cell + 1, fieldName: column.label });
        } else if (first === EQUALS && isFormula(value)) {
          this.report(context, 'spreadsheet-formula', cellRange(row, cell), { value }, { rowNumber, fieldNumber: cell + 1, fieldName: column.label });
        }
      }
      column.filled++;
      if (column.sampling) this.sample(row, cell, column);
      else if (column.kind) this.classify(row, cell, column);
      if (column.mergedCandidate) this.filledForMerge(row, cell, column);
    }
    if (!total) this.records++;
  }

  finish(context: CheckContext): void {
    for (const column of this.columns) {
      if (column.sampling) column.decideKind();
    }
    const fullyFilled = this.columns.map((column) => column.empty === 0 && column.filled === this.records);
    for (const column of this.columns) {
      if (this.records > 0 && column.filled === 0) {
        // A column the matched catalog schema names stays: whether it may be empty is the schema's business.
        if (column.headerRange && column.schemaField === undefined) this.report(context, 'empty-column', column.headerRange, { label: column.label }, { rowNumber: 1, fieldNumber: column.index + 1, fieldName: column.label });
        continue;
      }
      this.reportMixedForms(context, column);
      this.reportMergedGaps(context, column, fullyFilled);
      this.reportPersonalValues(context, column);
    }
  }

  // ---- rows that are not records

  private isRepeatedHeader(row: RowView): boolean {
    const labels = this.labels;
    if (labels.length < 2 || row.readableCells !== labels.length) return false;
    if (row.value(0).trim() !== labels[0].trim() || labels[0].trim() === '') return false;
    let named = 0;
    for (let cell = 1; cell < labels.length; cell++) {
      if (row.value(cell).trim() !== labels[cell].trim()) return false;
      if (labels[cell].trim() !== '') named++;
    }
    return named > 0;
  }

  /** A row whose first filled cell (among the first three) says Total or Sous-total, with a number elsewhere. */
  private totalRow(row: RowView): { kind: 'total' | 'subtotal'; label: string; cell: number } | undefined {
    const limit = Math.min(3, row.readableCells);
    for (let cell = 0; cell < limit; cell++) {
      const first = firstCharCode(row, cell);
      if (first === -1) continue;
      const lower = first | 32;
      if (lower !== 116 && lower !== 115) return undefined; // t, s
      const label = row.value(cell).trim();
      const kind = totalLabelKind(label);
      if (!kind) return undefined;
      for (let other = 0; other < row.readableCells; other++) {
        if (other !== cell && looksNumeric(row.value(other).trim())) return { kind, label, cell };
      }
      return undefined;
    }
    return undefined;
  }

  // ---- kinds and forms

  private sample(row: RowView, cell: number, column: ColumnState): void {
    const value = row.value(cell).trim();
    if (value === '') return;
    column.sampled++;
    const found = column.classify(value);
    if (found) {
      if (found.kind === 'number' && !column.readsEitherWay && readsEitherWay(value)) column.readsEitherWay = true;
      let form = found.form;
      if (found.kind === 'number' && (value === '0' || value === '1')) {
        column.kindCounts.bit++;
        form = BIT_FAMILY;
      } else column.kindCounts[found.kind]++;
      if (form !== NEUTRAL_NUMBER_FORM) column.keep(column.countForm(form, value), { rowNumber: row.index + 1, range: cellRange(row, cell), value });
    }
    if (this.on('personal-data') && !column.personalByLabel) this.samplePersonal(value, column);
    if (column.sampled >= SAMPLE_SIZE) column.decideKind();
  }

  private classify(row: RowView, cell: number, column: ColumnState): void {
    const value = row.value(cell).trim();
    if (value === '') return;
    const found = column.classify(value);
    if (!found) return;
    if (found.kind === 'number' && !column.readsEitherWay && readsEitherWay(value)) column.readsEitherWay = true;
    let form = found.form;
    if (column.kind === 'boolean' && (value === '0' || value === '1')) form = BIT_FAMILY;
    else if (found.kind !== column.kind || form === NEUTRAL_NUMBER_FORM) return;
    const stats = column.countForm(form, value);
    // The majority's cells are kept too when it is not Table Schema's default form: if some values are in
    // that form, the majority's are the ones to convert (see reportMixedForms).
    if (form !== column.sampleMajority || (column.kind !== 'boolean' && !isDefaultForm(form))) column.keep(stats, { rowNumber: row.index + 1, range: cellRange(row, cell), value });
  }

  /**
   * Reports the cells not written in the column's target form: the majority's, unless the majority is not
   * Table Schema's default (ISO 8601 dates, a decimal point) while some values are: then that default form,
   * and the cells to convert are the majority's (`variant` toward-default), never the values already in the
   * default form. So every cell a fix changes has its own problem, and no fix turns an ISO date into
   * dd/mm/yyyy or a decimal point into a comma. Yes/no words have no such target: the spelling a schema
   * wants (oui/non, true/false) varies, so values in the default spelling are only left alone.
   */
  private reportMixedForms(context: CheckContext, column: ColumnState): void {
    if (!column.kind || column.forms.size < 2) return;
    const majority = column.majority();
    if (!majority) return;
    let minorityCount = 0;
    for (const [form, stats] of column.forms) if (form !== majority.form) minorityCount += stats.count;
    const example = column.forms.get(majority.form)?.example;
    let target = column.kind === 'boolean' || isDefaultForm(majority.form) ? majority.form : (this.defaultForm(column) ?? majority.form);
    // A column of decimal commas whose "decimal points" may be thousands (`1.234`): with points, such a value
    // would read 1.234. The column keeps its commas (and the fixer leaves those values alone, with a note).
    if (column.kind === 'number' && target !== majority.form && column.readsEitherWay) target = majority.form;
    const towardDefault = target !== majority.form;
    const targetStats = column.forms.get(target);
    for (const [form, stats] of column.forms) {
      if (form === target || formKind(form) !== column.kind) continue;
      if (!towardDefault && form === majority.form) continue;
      for (const cell of stats.kept) {
        const params = towardDefault
          ? { variant: column.kind, value: cell.value, form, majority: majority.form, target, targetExample: targetStats?.example, targetCount: targetStats?.count ?? 0, messageKey: 'mixed-formats.toward-default' }
          : { variant: column.kind, value: cell.value, form, majority: majority.form, example, majorityCount: majority.count, minorityCount };
        this.report(context, 'mixed-formats', cell.range, params, { rowNumber: cell.rowNumber, fieldNumber: column.index + 1, fieldName: column.label });
      }
    }
  }

  /** The column's most frequent form among Table Schema's defaults (first seen on a tie), if it has one. */
  private defaultForm(column: ColumnState): string | undefined {
    let best: { form: string; count: number } | undefined;
    for (const [form, stats] of column.forms) {
      if (formKind(form) === column.kind && isDefaultForm(form) && (!best || stats.count > best.count)) best = { form, count: stats.count };
    }
    return best?.form;
  }

  // ---- merged cells

  private gap(row: RowView, cell: number, column: ColumnState): void {
    if (!column.mergedCandidate) return;
    const fillValue = column.blockValue;
    if (fillValue === undefined) {
      // Nothing above to fill with: the column starts empty, so it is not a merged column.
      column.mergedCandidate = false;
      return;
    }
    column.gapCount++;
    if (!column.previousWasGap) column.gapRuns++;
    column.previousWasGap = true;
    if (++column.blockRows === 2) column.multiRowBlocks++;
    if (column.gaps.length < MAX_KEPT_CELLS) column.gaps.push({ rowNumber: row.index + 1, range: cellRange(row, cell), fillValue });
  }

  private filledForMerge(row: RowView, cell: number, column: ColumnState): void {
    const value = row.value(cell);
    column.previousWasGap = false;
    if (value === column.blockValue) {
      // The group's value repeated (a gap already filled by hand): still the same block.
      if (++column.blockRows === 2) column.multiRowBlocks++;
      return;
    }
    const closed = column.closedBlocks as Set<string>;
    // A value seen in an earlier block: the rows are not grouped by this column.
    if (closed.has(value)) return this.dropMergedCandidate(column);
    if (column.blockValue !== undefined) closed.add(column.blockValue);
    column.blockValue = value;
    column.blockRows = 1;
    column.blocks++;
    // A column of (nearly) all-different values with a few holes is missing data, not a merged column.
    if (closed.size > MERGED_MAX_BLOCKS || (column.blocks > MERGED_SAMPLE_BLOCKS && column.multiRowBlocks < MERGED_GROUP_SHARE * column.blocks)) this.dropMergedCandidate(column);
  }

  private dropMergedCandidate(column: ColumnState): void {
    column.mergedCandidate = false;
    column.closedBlocks = undefined;
    column.gaps.length = 0;
  }

  /**
   * A merged cell leaves its value on the first row of its group and the other rows empty. A column is
   * taken for one when its values come in groups (no value comes back after its group), at least half
   * its groups span several rows, at least two of them have gaps, it holds text (not numbers, dates or yes/no), its first cell is filled,
   * and a column to its right is filled on every row (what differs within a group). Groups completed by
   * hand (the value repeated) still count, so that the remaining gaps stay reported.
   *
   * Filling a gap with the value above gives a record another's value: so the column must also look like
   * groups, not like records with missing values. Its name names no identifier, contact or record's own
   * text (mergedCells.ts); its groups are two rows long on average or more (a column of mostly distinct
   * values is not grouped by them); and its values are group labels (short text, no code, no time of day).
   */
  private reportMergedGaps(context: CheckContext, column: ColumnState, fullyFilled: boolean[]): void {
    // Gaps under a single group are as likely missing values: merged cells show under several groups.
    if (!column.mergedCandidate || column.gapRuns < MERGED_MIN_GAPPED_GROUPS || column.kind || column.blocks < 2) return;
    if (column.multiRowBlocks < MERGED_GROUP_SHARE * column.blocks) return;
    if (!fullyFilled.some((full, index) => full && index > column.index)) return;
    if (!mayHoldMergedCells(column.label)) return;
    if (column.blocks > MERGED_MOSTLY_DISTINCT_SHARE * (column.filled + column.empty)) return;
    const values = [...(column.closedBlocks ?? []), ...(column.blockValue !== undefined ? [column.blockValue] : [])];
    if (values.filter(isGroupLabel).length < GROUP_LABEL_SHARE * values.length) return;
    for (const gap of column.gaps) {
      this.report(
        context,
        'merged-cell-gap',
        gap.range,
        { fillValue: gap.fillValue, label: column.label, gapCount: column.gapCount },
        { rowNumber: gap.rowNumber, fieldNumber: column.index + 1, fieldName: column.label },
      );
    }
  }

  // ---- personal data

  private samplePersonal(value: string, column: ColumnState): void {
    const first = value.charCodeAt(0);
    if ((first === 48 || first === 43) && looksLikePhone(value)) {
      column.phones++;
      if (isMobilePhone(value)) {
        column.mobiles++;
        column.mobileExample ??= value;
      }
    } else if (value.includes('@') && looksLikeEmail(value)) {
      column.emails++;
      if (isPersonalEmail(value)) {
        column.personalEmails++;
        column.personalEmailExample ??= value;
      }
    }
  }

  private reportPersonalValues(context: CheckContext, column: ColumnState): void {
    if (column.personalByLabel || !this.on('personal-data')) return;
    const judged = (contacts: number, personal: number) => contacts >= CONTACT_SHARE * column.sampled && personal > 0 && personal >= PERSONAL_SHARE * contacts;
    if (judged(column.emails, column.personalEmails)) {
      this.reportPersonal(context, column, 'email', { count: column.personalEmails, checked: column.emails, example: column.personalEmailExample });
    } else if (judged(column.phones, column.mobiles)) {
      this.reportPersonal(context, column, 'phone', { count: column.mobiles, checked: column.phones, example: column.mobileExample });
    }
  }

  private reportPersonal(context: CheckContext, column: ColumnState, kind: PersonalDataKind, params: ProblemParams): void {
    if (!column.headerRange) return;
    // A column the matched catalog schema names is anonymised, not removed (see hygieneFixer).
    const schema = column.schemaField !== undefined ? { schemaField: column.schemaField, schemaRef: this.schemaRef } : {};
    this.report(context, 'personal-data', column.headerRange, { variant: kind, label: column.label, ...params, ...schema }, { rowNumber: 1, fieldNumber: column.index + 1, fieldName: column.label });
  }
}

/**
 * Fresh hygiene checkers (they keep per-table state), with coordinates-swapped over the detected coordinate
 * columns and the geography checks over the detected commune and UAI columns.
 */
export function hygieneCheckers(options: HygieneOptions = {}): RowChecker[] {
  return [new HygieneChecker(options), new DetectedCoordinatesChecker(), new DetectedGeographyChecker(options.dataYear)];
}
