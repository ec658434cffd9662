// What every fixer sees: the text, its dialect and columns, the compiled schema with each column's field
// (mapped the way the schema checker maps them), the problems found, and a memo for per-column evidence.
import { matchHeader } from '../../checks/headerMatch';
import type { Problem } from '../../problems/problem';
import type { CompiledField, CompiledSchema } from '../../schema/compile';
import { compiledSchemaFor } from '../../schema/compiledSchemas';
import type { TableSchema } from '../../schema/tableSchema';
import { sniffDialect, type Dialect } from '../../table/dialect';
import { readHeader } from '../../table/header';
import { decodeCell, isQuotedCell } from '../../table/cellText';
import { TableText } from './tableText';

export interface FixInput {
  /** The decoded document text (no BOM). */
  text: string;
  /** The problems validation found in this very text. */
  problems: readonly Problem[];
  schema?: TableSchema;
  /** The dialect validation used (sniffed again when absent). */
  dialect?: Dialect;
}

/** One cell a problem points at. */
export interface CellRef {
  /** 1-based physical row number (header = 1). */
  rowNumber: number;
  /** 0-based column. */
  column: number;
  start: number;
  end: number;
  raw: string;
  value: string;
  quoted: boolean;
  /** The schema field of the column, when there is one. */
  field?: CompiledField;
  /** The field's name, else the column's label. */
  columnName: string;
}

export class FixContext {
  readonly text: string;
  readonly dialect: Dialect;
  readonly table: TableText;
  readonly problems: readonly Problem[];
  readonly schema?: TableSchema;
  readonly compiled?: CompiledSchema;
  private readonly memos = new Map<string, unknown>();
  private header: { labels: string[]; columnOfField: Int32Array; fieldOfColumn: Int32Array } | undefined;
  private quoting: boolean | undefined;

  constructor(input: FixInput) {
    this.text = input.text;
    this.dialect = input.dialect ?? sniffDialect(input.text);
    this.table = new TableText(this.text, this.dialect);
    this.problems = input.problems;
    this.schema = input.schema;
    this.compiled = input.schema ? compiledSchemaFor(input.schema) : undefined;
  }

  /** The header's labels and each column's field, mapped the way the schema checker maps them (read on first use). */
  private mapped(): { labels: string[]; columnOfField: Int32Array; fieldOfColumn: Int32Array } {
    if (!this.header) {
      const labels = this.dialect.header ? readHeader(this.text, this.dialect).labels : [];
      const fields = this.compiled?.fields ?? [];
      const match = fields.length > 0 ? matchHeader(labels, fields.map((field) => ({ name: field.name, required: field.required }))) : undefined;
      this.header = {
        labels,
        columnOfField: match?.columnOfField ?? new Int32Array(0),
        fieldOfColumn: match?.fieldOfColumn ?? new Int32Array(labels.length).fill(-1),
      };
    }
    return this.header;
  }

  get labels(): string[] {
    return this.mapped().labels;
  }

  /** For each schema field (by index): its 0-based column, or -1. */
  get columnOfField(): Int32Array {
    return this.mapped().columnOfField;
  }

  /** For each column: the schema field index, or -1. */
  get fieldOfColumn(): Int32Array {
    return this.mapped().fieldOfColumn;
  }

  /** The file quotes every cell: written values are quoted too, needed or not. */
  get quoteAll(): boolean {
    this.quoting ??= this.table.quotesEveryCell();
    return this.quoting;
  }

  /** The compiled field a column holds. */
  fieldAt(column: number): CompiledField | undefined {
    const index = column >= 0 && column < this.fieldOfColumn.length ? this.fieldOfColumn[column] : -1;
    return index >= 0 ? this.compiled?.fields[index] : undefined;
  }

  /** The column of a schema field (by name), else of a column with that label; undefined when the file lacks it. */
  columnOf(name: string): number | undefined {
    const field = this.compiled?.fieldByName.get(name);
    if (field && this.columnOfField[field.index] >= 0) return this.columnOfField[field.index];
    const column = this.labels.indexOf(name);
    return column >= 0 ? column : undefined;
  }

  columnName(column: number): string {
    return this.fieldAt(column)?.name ?? this.labels[column] ?? String(column + 1);
  }

  /** The cell a problem is on (rowNumber + fieldNumber + range), or undefined for row and file problems. */
  cellOf(problem: Problem): CellRef | undefined {
    if (problem.rowNumber === undefined || problem.fieldNumber === undefined) return undefined;
    return this.cellAtRange(problem.rowNumber, problem.fieldNumber - 1, problem.range.start.offset, problem.range.end.offset);
  }

  /** The cell of a column on a physical row (1-based row number), read from the text. */
  cell(rowNumber: number, column: number): CellRef | undefined {
    const cells = this.table.column(column);
    const index = rowNumber - 1;
    if (index < 0 || index >= cells.values.length || cells.starts[index] < 0) return undefined;
    return this.cellAtRange(rowNumber, column, cells.starts[index], cells.ends[index]);
  }

  private cellAtRange(rowNumber: number, column: number, start: number, end: number): CellRef | undefined {
    if (start < 0 || end < start || end > this.text.length) return undefined;
    const raw = this.text.slice(start, end);
    if (!isRegularCell(raw, this.dialect)) return undefined;
    return {
      rowNumber,
      column,
      start,
      end,
      raw,
      value: decodeCell(raw, this.dialect),
      quoted: isQuotedCell(raw, this.dialect),
      field: rowNumber > 1 || !this.dialect.header ? this.fieldAt(column) : undefined,
      columnName: this.columnName(column),
    };
  }

  /** The non-empty values of a column's data rows. */
  columnValues(column: number): string[] {
    const values = this.table.column(column).values;
    const out: string[] = [];
    for (let i = this.dialect.header ? 1 : 0; i < values.length; i++) {
      const value = values[i];
      if (value !== undefined && value !== '') out.push(value);
    }
    return out;
  }

  /** Computes once per context (per-column evidence such as the day/month order of a date column). */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }
}

/** A cell whose quoting is well formed: fixes never rewrite malformed cells (the structure problem comes first). */
function isRegularCell(raw: string, dialect: Dialect): boolean {
  if (!isQuotedCell(raw, dialect)) return dialect.quoteChar === '' || !raw.includes(dialect.quoteChar);
  const quote = dialect.quoteChar;
  if (raw.length < 2 || !raw.endsWith(quote)) return false;
  const body = raw.slice(1, -1);
  return !body.split(quote + quote).some((part) => part.includes(quote));
}
