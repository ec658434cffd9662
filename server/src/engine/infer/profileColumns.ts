// One pass over a table gathering, per column, what inferring its field needs: how many cells are filled
// or empty, which candidate types and French codes every value passes, the distinct values (bounded),
// whether the values are unique, and the first rows as a sample for coordinate detection.
import { sniffDialect, type Dialect } from '../table/dialect';
import { CsvScanner } from '../table/scanner';
import { compileWholePattern } from '../schema/constraints';
import { candidateTypes } from './candidateTypes';
import { FRENCH_CODES } from './frenchCodes';

/** Distinct values kept per column (enough for enums and booleans; beyond, the column is free text). */
export const DISTINCT_LIMIT = 200;
/** Rows kept for coordinate detection. */
export const SAMPLE_ROWS = 200;

export interface ColumnProfile {
  index: number;
  label: string;
  filled: number;
  /** Empty cells and cells the row lacks. */
  empty: number;
  /** Per candidate type (candidateTypes() order): true while every value passed it. */
  types: boolean[];
  /** Per French code (FRENCH_CODES order): true while every value matched it. */
  codes: boolean[];
  leadingZero: boolean;
  letter: boolean;
  formatted: boolean;
  /** Value → count, undefined once more than DISTINCT_LIMIT distinct values were seen. */
  distinct: Map<string, number> | undefined;
  /** False once a value repeats. */
  unique: boolean;
  /** Every value, while they are all different (to check uniqueness again on typed values). */
  uniqueValues: Set<string> | undefined;
  firstValue: string | undefined;
  maxLength: number;
  /** The largest absolute value among the values that read as numbers (decimal point or comma). */
  largestMagnitude: number;
}

export interface TableProfile {
  dialect: Dialect;
  labels: string[];
  /** Data rows (blank rows excluded). */
  rowCount: number;
  columns: ColumnProfile[];
  /** The first data rows, for coordinate detection. */
  sample: string[][];
}

const codePatterns = FRENCH_CODES.map((code) => compileWholePattern(code.pattern));

function newProfile(index: number, label: string): ColumnProfile {
  return {
    index,
    label,
    filled: 0,
    empty: 0,
    types: candidateTypes().map(() => true),
    codes: FRENCH_CODES.map(() => true),
    leadingZero: false,
    letter: false,
    formatted: false,
    distinct: new Map(),
    unique: true,
    uniqueValues: new Set(),
    firstValue: undefined,
    maxLength: 0,
    largestMagnitude: 0,
  };
}

function observe(column: ColumnProfile, value: string): void {
  column.filled++;
  column.firstValue ??= value;
  if (value.length > column.maxLength) column.maxLength = value.length;
  const number = Number(value.replace(',', '.'));
  if (Number.isFinite(number) && Math.abs(number) > column.largestMagnitude) column.largestMagnitude = Math.abs(number);
  const first = value.charCodeAt(0);
  if (first === 48 && value.length > 1 && value.charCodeAt(1) >= 48 && value.charCodeAt(1) <= 57) column.leadingZero = true;
  if (!column.letter && /\p{L}/u.test(value)) column.letter = true;
  if (!column.formatted && /[ .+]/.test(value)) column.formatted = true;
  const candidates = candidateTypes();
  const types = column.types;
  for (let i = 0; i < types.length; i++) {
    if (!types[i]) continue;
    if (candidates[i].numeric && column.leadingZero) types[i] = false;
    else if (candidates[i].parse(value) === undefined) types[i] = false;
  }
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    if (!codes[i]) continue;
    const pattern = codePatterns[i];
    const valid = FRENCH_CODES[i].valid;
    if (!pattern || !pattern.test(value) || (valid && !valid(value))) codes[i] = false;
  }
  if (column.distinct) {
    column.distinct.set(value, (column.distinct.get(value) ?? 0) + 1);
    if (column.distinct.size > DISTINCT_LIMIT) column.distinct = undefined;
  }
  const seen = column.uniqueValues;
  if (seen) {
    if (seen.has(value)) {
      column.unique = false;
      column.uniqueValues = undefined;
    } else seen.add(value);
  }
}

/** Profiles every column of a table in one pass (the first row is the header unless the dialect says otherwise). */
export function profileTable(text: string, dialectHint: Partial<Dialect> = {}): TableProfile {
  const dialect = sniffDialect(text, dialectHint);
  const profile: TableProfile = { dialect, labels: [], rowCount: 0, columns: [], sample: [] };
  let started = false;
  new CsvScanner(dialect).scan(text, 0, true, (row) => {
    if (!started) {
      started = true;
      if (dialect.header) {
        for (let cell = 0; cell < row.cellCount; cell++) profile.labels.push(row.value(cell));
        profile.columns = profile.labels.map((label, index) => newProfile(index, label));
        return;
      }
      profile.labels = Array.from({ length: row.cellCount }, (_, index) => `field${index + 1}`);
      profile.columns = profile.labels.map((label, index) => newProfile(index, label));
    }
    if (row.isBlank()) return;
    profile.rowCount++;
    const keep = profile.sample.length < SAMPLE_ROWS;
    const sampled: string[] = [];
    for (const column of profile.columns) {
      const value = column.index < row.cellCount ? row.value(column.index) : '';
      if (keep) sampled.push(value);
      if (value === '') column.empty++;
      else observe(column, value);
    }
    if (keep) profile.sample.push(sampled);
  });
  return profile;
}
