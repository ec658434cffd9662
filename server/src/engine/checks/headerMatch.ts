// Maps the columns of a file to the fields of a schema by name, the way Validata reads a header:
// exact names first, then names that differ only by case, accents, spaces or separators, then small typos.
import { normalizeLabel, stripAccents } from '../text/fold';
import { editDistance as damerauLevenshtein } from '../text/editDistance';
export { normalizeLabel };
export { damerauLevenshtein };

/** Why a label was taken for a field it does not spell exactly. */
export type LabelMismatch = 'case' | 'accents' | 'separators' | 'typo';

export type HeaderFinding =
  | { kind: 'missing-label'; fieldIndex: number; fieldName: string; required: boolean }
  | { kind: 'extra-label'; column: number; label: string }
  | { kind: 'incorrect-label'; column: number; label: string; fieldIndex: number; fieldName: string; mismatch: LabelMismatch }
  | { kind: 'column-order'; expected: string[]; actual: string[]; firstColumn: number };

export interface HeaderMatch {
  /** For each schema field: its 0-based column, or -1 when the file lacks it. */
  columnOfField: Int32Array;
  /** For each column: the 0-based schema field it holds, or -1. */
  fieldOfColumn: Int32Array;
  findings: HeaderFinding[];
}

export interface SchemaFieldRef {
  name: string;
  required: boolean;
}



/** How many typos a name of this length tolerates: none for short names (too many false friends), 2 from 8 characters. */
export function typoTolerance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function mismatchKind(label: string, name: string): LabelMismatch {
  if (label.toLowerCase() === name.toLowerCase()) return 'case';
  const strip = (text: string) => stripAccents(text).toLowerCase();
  if (strip(label) === strip(name)) return 'accents';
  return 'separators';
}

export function matchHeader(labels: readonly string[], fields: readonly SchemaFieldRef[]): HeaderMatch {
  const columnOfField = new Int32Array(fields.length).fill(-1);
  const fieldOfColumn = new Int32Array(labels.length).fill(-1);
  const findings: HeaderFinding[] = [];
  const incorrect: HeaderFinding[] = [];
  const byName = new Map<string, number[]>();
  fields.forEach((field, index) => byName.set(field.name, [...(byName.get(field.name) ?? []), index]));
  const seenLabels = new Set<string>();
  /** Columns that repeat an earlier label: already reported as duplicate-label, not extra. */
  const duplicates = new Set<number>();

  const take = (column: number, fieldIndex: number) => {
    columnOfField[fieldIndex] = column;
    fieldOfColumn[column] = fieldIndex;
  };
  const freeField = (candidates: number[] | undefined) => candidates?.find((index) => columnOfField[index] < 0);

  // 1. Exact names, then names that only have surrounding spaces (label-whitespace already says so).
  labels.forEach((label, column) => {
    if (seenLabels.has(label) && label.trim() !== '') duplicates.add(column);
    seenLabels.add(label);
    const fieldIndex = freeField(byName.get(label));
    if (fieldIndex !== undefined) take(column, fieldIndex);
  });
  labels.forEach((label, column) => {
    if (fieldOfColumn[column] >= 0 || duplicates.has(column)) return;
    const fieldIndex = freeField(byName.get(label.trim()));
    if (fieldIndex !== undefined) take(column, fieldIndex);
  });

  // 2. Same name once case, accents and separators are set aside.
  const normalizedFields = fields.map((field) => normalizeLabel(field.name));
  labels.forEach((label, column) => {
    if (fieldOfColumn[column] >= 0 || duplicates.has(column) || label.trim() === '') return;
    const normalized = normalizeLabel(label);
    const fieldIndex = normalizedFields.findIndex((name, index) => name === normalized && columnOfField[index] < 0);
    if (fieldIndex < 0) return;
    take(column, fieldIndex);
    const fieldName = fields[fieldIndex].name;
    incorrect.push({ kind: 'incorrect-label', column, label, fieldIndex, fieldName, mismatch: mismatchKind(label.trim(), fieldName) });
  });

  // 3. Small typos, closest pairs first; a label equally close to two fields is left alone.
  const candidates: { column: number; fieldIndex: number; distance: number }[] = [];
  labels.forEach((label, column) => {
    if (fieldOfColumn[column] >= 0 || duplicates.has(column) || label.trim() === '') return;
    const normalized = normalizeLabel(label);
    normalizedFields.forEach((name, fieldIndex) => {
      if (columnOfField[fieldIndex] >= 0) return;
      const limit = typoTolerance(Math.min(name.length, normalized.length));
      if (limit === 0) return;
      const distance = damerauLevenshtein(normalized, name, limit);
      if (distance <= limit) candidates.push({ column, fieldIndex, distance });
    });
  });
  candidates.sort((a, b) => a.distance - b.distance || a.column - b.column || a.fieldIndex - b.fieldIndex);
  for (const candidate of candidates) {
    if (fieldOfColumn[candidate.column] >= 0 || columnOfField[candidate.fieldIndex] >= 0) continue;
    const rivals = candidates.filter(
      (other) =>
        other !== candidate &&
        other.distance === candidate.distance &&
        ((other.column === candidate.column && columnOfField[other.fieldIndex] < 0) || (other.fieldIndex === candidate.fieldIndex && fieldOfColumn[other.column] < 0)),
    );
    if (rivals.length > 0) continue;
    take(candidate.column, candidate.fieldIndex);
    const fieldName = fields[candidate.fieldIndex].name;
    incorrect.push({ kind: 'incorrect-label', column: candidate.column, label: labels[candidate.column], fieldIndex: candidate.fieldIndex, fieldName, mismatch: 'typo' });
  }

  // 4. What is left: fields the file lacks, columns the schema does not know.
  fields.forEach((field, fieldIndex) => {
    if (columnOfField[fieldIndex] < 0) findings.push({ kind: 'missing-label', fieldIndex, fieldName: field.name, required: field.required });
  });
  labels.forEach((label, column) => {
    if (fieldOfColumn[column] < 0 && !duplicates.has(column) && label.trim() !== '') findings.push({ kind: 'extra-label', column, label });
  });
  findings.push(...incorrect);

  // 5. Order: the fields present should follow the schema's order (one finding for the whole header).
  const present: number[] = [];
  fieldOfColumn.forEach((fieldIndex) => {
    if (fieldIndex >= 0) present.push(fieldIndex);
  });
  const firstOutOfOrder = present.findIndex((fieldIndex, i) => i > 0 && fieldIndex < present[i - 1]);
  if (firstOutOfOrder > 0) {
    const expected = [...present].sort((a, b) => a - b).map((index) => fields[index].name);
    const actual = present.map((index) => fields[index].name);
    const firstColumn = fieldOfColumn.indexOf(present[firstOutOfOrder]);
    findings.push({ kind: 'column-order', expected, actual, firstColumn });
  }
  return { columnOfField, fieldOfColumn, findings };
}
