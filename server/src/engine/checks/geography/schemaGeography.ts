// The geography check of a table checked against a schema: roles from the schema's field names and
// descriptions (a column the schema does not know is an extra-label, not read: the schema says what the
// columns mean — IRVE 2.3.1's own example keeps a `code_insee_commune` holding a postcode that its
// schema no longer has), and cells read only when the
// schema accepts them (a cell the schema rejects already has its problem: a code that is not five digits
// is the pattern's to report and the leading-zero fix's to repair).
import type { CompiledSchema } from '../../schema/compile';
import { geographyColumns, hasGeography, type ColumnText } from './geographyColumns';
import { GeographyRowCheck, type GeographyCells } from './geographyRowCheck';

export interface SchemaGeography {
  check: GeographyRowCheck;
  /** A row's cells as the check reads them, from a reader of raw values by column. */
  cells(raw: (column: number) => string | undefined): GeographyCells;
}

/** The geography check of a schema over a header's columns; null when the table has no geography column. */
export function schemaGeography(compiled: CompiledSchema, columnOfField: Int32Array, labels: readonly string[], dataYear?: number): SchemaGeography | null {
  const columnCount = Math.max(labels.length, ...Array.from(columnOfField, (column) => column + 1));
  const fieldOfColumn = new Array<number>(columnCount).fill(-1);
  columnOfField.forEach((column, field) => {
    if (column >= 0) fieldOfColumn[column] = field;
  });
  const columns: ColumnText[] = [];
  const names: string[] = [];
  for (let column = 0; column < columnCount; column++) {
    const field = fieldOfColumn[column] >= 0 ? compiled.fields[fieldOfColumn[column]] : undefined;
    const description = field && typeof field.field.description === 'string' ? field.field.description : undefined;
    columns.push({ label: field?.name ?? '', ...(description ? { description } : {}) });
    names.push(field?.name ?? labels[column] ?? String(column + 1));
  }
  const found = geographyColumns(columns);
  if (!hasGeography(found)) return null;
  const check = new GeographyRowCheck(found, { columnNames: names, ...(dataYear !== undefined ? { dataYear } : {}) });
  return {
    check,
    cells: (raw) => (column) => {
      const value = raw(column);
      if (value === undefined) return undefined;
      const field = fieldOfColumn[column] >= 0 ? compiled.fields[fieldOfColumn[column]] : undefined;
      if (!field) return value;
      if (field.isMissing(value)) return '';
      return field.check(value) === null ? value : undefined;
    },
  };
}
