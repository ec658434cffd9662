// Validates a table against a compiled Table Schema: header ↔ fields mapping, per-cell type and
// constraint checks, table constraints (unique, keys), swapped coordinates in the columns the schema
// declares, the schema's Validata custom checks, and French geography against the COG (./geography).
import { defaultSeverity } from '../problems/catalog';
import type { Problem, ProblemParams, SourcePosition, SourceRange } from '../problems/problem';
import type { CellIssue, CellKey, CellKeys, CompiledField, CompiledSchema, SchemaIssue } from '../schema/compile';
import { cellRange, rowRange } from '../table/positions';
import { CellKind, type RowView } from '../table/scanner';
import { schemaCoordinateColumns } from '../geo/rowCoordinates';
import { ScannedRowCells, SwappedCoordinatesCheck } from './coordinates/swappedCoordinates';
import { customCheckFactories } from './custom';
import { schemaGeography, type SchemaGeography } from './geography/schemaGeography';
import type { GeographyIssue } from './geography/geographyRowCheck';
import { swapReportedApart } from './custom/frenchGpsCoordinates';
import { CustomCheckParamsError, type CustomCheckFactory, type CustomIssue, type CustomRowCheck, type RowAccess } from './custom/types';
import { matchHeader, type HeaderFinding } from './headerMatch';
import type { CheckContext, RowChecker } from './rowChecker';
import { makeProblem } from '../problems/makeProblem';
import { RowOrderKeys, TableConstraints } from './tableConstraints';

export interface SchemaCheckerOptions {
  /** Custom check factories by name (default: the Validata registry in ./custom). */
  customChecks?: Record<string, CustomCheckFactory>;
  /** The table's resource name: foreign keys whose `reference.resource` names it are checked in the table. */
  resourceName?: string;
  /**
   * Whether `row` checks the table constraints (unique, keys) itself, rows taken in file order (default).
   * False: each row is checked alone, and the caller indexes its keys (`rowKeys`), as an edited table does.
   */
  indexKeys?: boolean;
  /** The year the table's data date from, when known (a sidecar's temporal coverage): see geography/. */
  dataYear?: number;
  /**
   * Whether the commune and UAI columns are checked against the COG (default true). False where only the
   * schema's own verdict matters: `infer` checking that a schema it wrote validates its file.
   */
  geography?: boolean;
}

/** A data row seen by field name, rebound to each row (custom checks must not keep it). */
class RowAccessView implements RowAccess {
  rowNumber = 0;
  private row: RowView | null = null;

  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly fields: ReadonlyMap<string, CompiledField>,
    private readonly missingValues: ReadonlySet<string>,
  ) {}

  bind(row: RowView): void {
    this.row = row;
    this.rowNumber = row.index + 1;
  }

  value(fieldName: string): string | undefined {
    const column = this.columns.get(fieldName);
    const row = this.row;
    if (column === undefined || row === null || column >= row.readableCells) return undefined;
    return row.value(column);
  }

  isMissing(fieldName: string): boolean {
    const value = this.value(fieldName);
    if (value === undefined || value === '') return true;
    const field = this.fields.get(fieldName);
    return field ? field.isMissing(value) : this.missingValues.has(value);
  }
}

interface CustomEntry {
  name: string;
  check: CustomRowCheck;
  disabled: boolean;
}

/** Where each data row lies, kept only when a custom check reports rows at the end of the table. */
class RowPositions {
  private readonly rowNumbers: number[] = [];
  private readonly starts: number[] = [];
  private readonly lines: number[] = [];
  private readonly ends: number[] = [];
  private readonly endLines: number[] = [];
  private readonly endCharacters: number[] = [];

  add(row: RowView): void {
    const range = rowRange(row);
    this.rowNumbers.push(row.index + 1);
    this.starts.push(range.start.offset);
    this.lines.push(range.start.line);
    this.ends.push(range.end.offset);
    this.endLines.push(range.end.line);
    this.endCharacters.push(range.end.character);
  }

  range(rowNumber: number): SourceRange | undefined {
    let low = 0;
    let high = this.rowNumbers.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.rowNumbers[middle];
      if (at === rowNumber) {
        return {
          start: { offset: this.starts[middle], line: this.lines[middle], character: 0 },
          end: { offset: this.ends[middle], line: this.endLines[middle], character: this.endCharacters[middle] },
        };
      }
      if (at < rowNumber) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

const ZERO: SourcePosition = { offset: 0, line: 0, character: 0 };

export class SchemaChecker implements RowChecker {
  private readonly factories: Record<string, CustomCheckFactory>;
  private started = false;
  /** Mapped fields and their columns, in column order. */
  private active: CompiledField[] = [];
  private activeColumns: Int32Array = new Int32Array(0);
  /** Per active field: 0 = check the cell; 1 = nothing to check (optional free text); 2 = only emptiness matters. */
  private shortcut: Uint8Array = new Uint8Array(0);
  private columnOfField: Int32Array = new Int32Array(0);
  private columnOfName = new Map<string, number>();
  private table: TableConstraints | null = null;
  /** The keys of a single pass (see `indexKeys`). */
  private rowOrderKeys: RowOrderKeys | null = null;
  /** The cell keys of the row being checked, by field index (see CellKeys). */
  private cellKeys: CellKeys = [];
  private custom: CustomEntry[] = [];
  /** coordinates-swapped over the coordinate columns the schema declares (none: null). */
  private coordinates: SwappedCoordinatesCheck | null = null;
  private readonly coordinateCells = new ScannedRowCells();
  /** The row being checked was reported swapped (the custom check french-gps-coordinates then leaves the swap to it). */
  private swapReported = false;
  private access: RowAccessView | null = null;
  /** The geography check over the commune and UAI columns (none: null), and the row it reads. */
  private geography: SchemaGeography | null = null;
  private geographyCells: ((column: number) => string | undefined) | null = null;
  private geographyRow: RowView | null = null;
  private geographyNames: readonly string[] = [];
  private positions: RowPositions | null = null;
  private headerRange: SourceRange = { start: ZERO, end: ZERO };
  private context: CheckContext | null = null;
  private currentRow: RowView | null = null;
  private readonly typeErrorSeverity = defaultSeverity('type-error');
  private readonly constraintErrorSeverity = defaultSeverity('constraint-error');
  private readonly tooCostlySeverity = defaultSeverity('pattern-too-costly');

  /** The schema's field names, in order: what the rows of a header-less file hold. */
  readonly fieldNames: readonly string[];

  constructor(
    readonly compiled: CompiledSchema,
    readonly options: SchemaCheckerOptions = {},
  ) {
    this.factories = options.customChecks ?? customCheckFactories;
    this.fieldNames = compiled.fields.map((field) => field.name);
  }

  header(row: RowView, context: CheckContext): void {
    this.headerRange = rowRange(row);
    const labels: string[] = [];
    for (let cell = 0; cell < row.readableCells; cell++) labels.push(row.value(cell));
    const fields = this.compiled.fields.map((field) => ({ name: field.name, required: field.required }));
    const match = matchHeader(labels, fields);
    this.start(match.columnOfField, labels, context);
    for (const finding of match.findings) context.report(this.headerProblem(finding, row));
    this.reportSchemaIssues(context, row);
  }

  /** Checks a data row: its cells, custom row checks, and (unless `indexKeys: false`) the table's keys. */
  row(row: RowView, context: CheckContext): void {
    // No header: fields are read by position.
    if (!this.started) this.startWithoutHeader(context);
    const active = this.active;
    const columns = this.activeColumns;
    const shortcut = this.shortcut;
    const cellKeys = this.cellKeys;
    // A cell whose quote is never closed is not read (the structure checks report it, as a missing one).
    const cellCount = row.readableCells;
    for (let k = 0; k < active.length; k++) {
      const field = active[k];
      const column = columns[k];
      if (column >= cellCount) {
        // The structure checks report the missing cell (or the unclosed quote).
        cellKeys[field.index] = undefined;
        continue;
      }
      const skip = shortcut[k];
      if (skip === 1) continue;
      // A non-empty unquoted cell of a free-text column is valid without reading it.
      if (skip === 2 && row.cellKind[column] === CellKind.Plain && row.cellEnd[column] > row.cellStart[column]) continue;
      const issue = field.check(row.value(column), cellKeys);
      if (issue !== null) context.report(this.cellProblem(issue, row, column, field.name));
    }
    if (this.rowOrderKeys !== null) this.rowOrderKeys.add(row, cellKeys, context.report);
    if (this.coordinates !== null) this.swapReported = this.coordinates.checkRow(this.coordinateCells.bind(row), context.report);
    if (this.custom.length > 0) this.runCustomChecks(row, context);
    if (this.geography !== null) this.runGeography(row, context);
    this.swapReported = false;
  }

  finish(context: CheckContext): void {
    // A file without a header whose rows are all blank: its fields are read by position all the same.
    this.startWithoutHeader(context);
    this.rowOrderKeys?.finish(context.report);
    this.finishCustomChecks(context);
  }

  // ---- rows one at a time (server/src/engine/incremental re-checks the rows an edit touched)

  /** Starts without a header row, fields read by position: what `row` does on the first data row. */
  startWithoutHeader(context: CheckContext): void {
    if (this.started) return;
    const columnOfField = new Int32Array(this.compiled.fields.length).map((_, index) => index);
    this.start(columnOfField, [], context);
    this.reportSchemaIssues(context, null);
  }

  /**
   * The table constraints' keys of the row just checked (see TableConstraints.keysOf); undefined without
   * constraints. With `indexKeys: false`, each row is checked on its own and the caller indexes these.
   */
  rowKeys(row: RowView): (CellKey | undefined)[] | undefined {
    return this.table?.keysOf(row, this.cellKeys);
  }

  /** The table constraints in force once started (null when there are none). */
  get tableConstraints(): TableConstraints | null {
    return this.table;
  }

  /** The custom checks in force once started: whether each reports at the end of the table. */
  get customChecks(): { name: string; finishes: boolean }[] {
    return this.custom.filter((entry) => !entry.disabled).map((entry) => ({ name: entry.name, finishes: entry.check.finish !== undefined }));
  }

  /** The end-of-table reports of the custom checks alone (the part of `finish` after the table constraints). */
  finishCustomChecks(context: CheckContext): void {
    this.context = context;
    for (const entry of this.custom) {
      if (entry.disabled || !entry.check.finish) continue;
      try {
        entry.check.finish((issue) => context.report(this.customProblem(issue, issue.rowNumber, null)));
      } catch (error) {
        this.disable(entry, error, context);
      }
    }
  }

  /**
   * A cell issue as a Problem, built as one literal (the same shape makeProblem returns): a column of
   * wrong values reports once per row, and spreading options per problem would cost microseconds.
   */
  private cellProblem(issue: CellIssue, row: RowView, column: number, fieldName: string): Problem {
    return {
      code: issue.code,
      severity: issue.code === 'type-error' ? this.typeErrorSeverity : issue.code === 'pattern-too-costly' ? this.tooCostlySeverity : this.constraintErrorSeverity,
      range: cellRange(row, column),
      params: issue.params,
      rowNumber: row.index + 1,
      fieldNumber: column + 1,
      fieldName,
    };
  }

  // ---- setup

  private start(columnOfField: Int32Array, labels: string[], context: CheckContext): void {
    this.started = true;
    this.context = context;
    this.columnOfField = columnOfField;
    const fields = this.compiled.fields;
    this.cellKeys = new Array<CellKey | undefined>(fields.length).fill(undefined);
    const mapped = fields.filter((field) => columnOfField[field.index] >= 0).sort((a, b) => columnOfField[a.index] - columnOfField[b.index]);
    this.table = new TableConstraints(this.compiled, columnOfField, this.options.resourceName);
    const tracked = this.table.trackedFields;
    if (this.table.isEmpty) this.table = null;
    else if (this.options.indexKeys !== false) this.rowOrderKeys = new RowOrderKeys(this.table);
    this.active = mapped;
    this.activeColumns = Int32Array.from(mapped.map((field) => columnOfField[field.index]));
    this.shortcut = Uint8Array.from(
      mapped.map((field) => {
        if (!field.acceptsAnyText || !field.onlyEmptyIsMissing || tracked.has(field)) return 0;
        return field.required ? 2 : 1;
      }),
    );
    // Custom checks name columns by field name; columns the schema does not know answer to their label.
    const columnOfName = new Map<string, number>();
    for (const field of fields) if (columnOfField[field.index] >= 0 && !columnOfName.has(field.name)) columnOfName.set(field.name, columnOfField[field.index]);
    labels.forEach((label, column) => {
      if (!columnOfName.has(label)) columnOfName.set(label, column);
    });
    this.columnOfName = columnOfName;
    // Read from the descriptor and the labels alone, so that each row is checked on its own (big documents,
    // files checked in parts). Without a header, the schema's names match no label: no columns.
    const coordinateColumns = schemaCoordinateColumns(labels, this.compiled.schema);
    this.coordinates = coordinateColumns ? new SwappedCoordinatesCheck(coordinateColumns, labels) : null;
    this.startGeography(columnOfField, labels);
    this.startCustomChecks(context);
  }

  private startCustomChecks(context: CheckContext): void {
    const descriptors = Array.isArray(this.compiled.schema.custom_checks) ? this.compiled.schema.custom_checks : [];
    const columnOfName = this.columnOfName;
    const hasColumn = (name: string) => columnOfName.has(name);
    for (const descriptor of descriptors) {
      const name = descriptor && typeof descriptor.name === 'string' ? descriptor.name : String(descriptor?.name);
      const factory = Object.prototype.hasOwnProperty.call(this.factories, name) ? this.factories[name] : undefined;
      if (!factory) {
        context.report(this.unsupported(name, 'unknown'));
        continue;
      }
      let entry: CustomEntry;
      try {
        const params = descriptor.params && typeof descriptor.params === 'object' ? descriptor.params : {};
        entry = { name, check: factory(params, this.compiled.schema), disabled: false };
      } catch (error) {
        context.report(this.unsupported(name, error instanceof CustomCheckParamsError ? 'params' : 'crashed', error));
        continue;
      }
      this.custom.push(entry);
      try {
        // The columns are known: a check whose columns are only partly in the file says so on the header.
        entry.check.start?.(hasColumn, (issue) => context.report(this.customProblem(issue, 1, null)));
      } catch (error) {
        this.disable(entry, error, context);
      }
    }
    if (this.custom.length === 0) return;
    this.access = new RowAccessView(this.columnOfName, this.compiled.fieldByName, new Set(this.compiled.missingValues));
    if (this.custom.some((entry) => entry.check.finish)) this.positions = new RowPositions();
  }

  private unsupported(name: string, variant: 'unknown' | 'params' | 'crashed', error?: unknown): Problem {
    const params: ProblemParams = { variant, check: name };
    if (error instanceof CustomCheckParamsError) {
      // What is wrong with the params, as data: the catalogs phrase it (the error's message is for logs).
      const { kind, param, given, allowed } = error.fault;
      Object.assign(params, { fault: kind, param, given, allowed });
    } else if (error !== undefined) {
      // A check that crashed: an internal error, kept for the bug report.
      params.detail = error instanceof Error ? error.message : String(error);
    }
    return makeProblem('custom-check-unsupported', this.headerRange, params, { rowNumber: 1 });
  }

  private disable(entry: CustomEntry, error: unknown, context: CheckContext): void {
    entry.disabled = true;
    context.report(this.unsupported(entry.name, 'crashed', error));
  }

  // ---- header

  private headerProblem(finding: HeaderFinding, row: RowView): Problem {
    const whole = this.headerRange;
    switch (finding.kind) {
      case 'missing-label': {
        const field = this.compiled.fields[finding.fieldIndex];
        const params: ProblemParams = { fieldName: finding.fieldName, required: finding.required, position: finding.fieldIndex + 1 };
        if (typeof field.field.title === 'string') params.fieldTitle = field.field.title;
        // Where the column belongs: after the nearest preceding field the file has.
        for (let index = finding.fieldIndex - 1; index >= 0; index--) {
          const column = this.columnOfField[index];
          if (column >= 0) {
            params.afterLabel = row.value(column);
            params.afterFieldNumber = column + 1;
            break;
          }
        }
        return makeProblem('missing-label', whole, params, { severity: finding.required ? 'error' : 'warning', rowNumber: 1, fieldName: finding.fieldName });
      }
      case 'extra-label':
        return makeProblem('extra-label', cellRange(row, finding.column), { label: finding.label }, { rowNumber: 1, fieldNumber: finding.column + 1, fieldName: finding.label });
      case 'incorrect-label': {
        const required = this.compiled.fields[finding.fieldIndex].required;
        return makeProblem(
          'incorrect-label',
          cellRange(row, finding.column),
          { label: finding.label, suggestion: finding.fieldName, mismatch: finding.mismatch, required },
          { severity: required ? 'error' : 'warning', rowNumber: 1, fieldNumber: finding.column + 1, fieldName: finding.label },
        );
      }
      case 'column-order':
        return makeProblem('column-order', whole, { expected: finding.expected, actual: finding.actual, firstFieldNumber: finding.firstColumn + 1 }, { rowNumber: 1 });
    }
  }

  private reportSchemaIssues(context: CheckContext, header: RowView | null): void {
    const reported = new Set<string>();
    for (const issue of this.compiled.issues) {
      const key = `${issue.variant}|${issue.fieldName ?? ''}|${JSON.stringify(issue.params)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      context.report(this.schemaProblem(issue, header));
    }
  }

  private schemaProblem(issue: SchemaIssue, header: RowView | null): Problem {
    const field = issue.fieldName !== undefined ? this.compiled.fieldByName.get(issue.fieldName) : undefined;
    const column = field ? this.columnOfField[field.index] : -1;
    const onLabel = header !== null && column >= 0 && column < header.cellCount;
    const range = onLabel ? cellRange(header, column) : this.headerRange;
    const params: ProblemParams = { ...issue.params, variant: issue.variant };
    if (issue.fieldName !== undefined) params.fieldName = issue.fieldName;
    return makeProblem('schema-error', range, params, { rowNumber: 1, fieldNumber: onLabel ? column + 1 : undefined, fieldName: issue.fieldName });
  }

  // ---- geography

  private startGeography(columnOfField: Int32Array, labels: string[]): void {
    if (this.options.geography === false) return;
    this.geography = schemaGeography(this.compiled, columnOfField, labels, this.options.dataYear);
    if (this.geography === null) return;
    const names: string[] = [...labels];
    for (const field of this.compiled.fields) if (columnOfField[field.index] >= 0) names[columnOfField[field.index]] = field.name;
    this.geographyNames = names;
    this.geographyCells = this.geography.cells((column) => {
      const row = this.geographyRow;
      return row !== null && column < row.readableCells ? row.value(column) : undefined;
    });
  }

  private runGeography(row: RowView, context: CheckContext): void {
    const geography = this.geography as SchemaGeography;
    this.geographyRow = row;
    geography.check.checkRow(this.geographyCells as (column: number) => string | undefined, (issue: GeographyIssue) => {
      context.report(
        makeProblem(issue.code, cellRange(row, issue.column), issue.params, {
          ...(issue.severity ? { severity: issue.severity } : {}),
          rowNumber: row.index + 1,
          fieldNumber: issue.column + 1,
          fieldName: this.geographyNames[issue.column] ?? String(issue.column + 1),
        }),
      );
    });
    this.geographyRow = null;
  }

  // ---- custom checks

  private readonly reportCustom = (issue: CustomIssue): void => {
    const row = this.currentRow;
    if (row === null || this.context === null) return;
    // The swap of a point both report is coordinates-swapped's to say and fix; Validata's error stays.
    const apart = this.swapReported && this.coordinates?.reads(issue.fieldName === undefined ? undefined : this.columnOfName.get(issue.fieldName)) ? swapReportedApart(issue) : issue;
    this.context.report(this.customProblem(apart, row.index + 1, row));
  };

  private runCustomChecks(row: RowView, context: CheckContext): void {
    const access = this.access as RowAccessView;
    access.bind(row);
    this.currentRow = row;
    this.context = context;
    this.positions?.add(row);
    for (const entry of this.custom) {
      if (entry.disabled) continue;
      try {
        entry.check.checkRow(access, this.reportCustom);
      } catch (error) {
        this.disable(entry, error, context);
      }
    }
    this.currentRow = null;
  }

  /** A custom issue as a Problem on its cell (or its row when it names no column the file has). */
  private customProblem(issue: CustomIssue, rowNumber: number, row: RowView | null): Problem {
    const column = issue.fieldName !== undefined ? this.columnOfName.get(issue.fieldName) : undefined;
    let range: SourceRange;
    let fieldNumber: number | undefined;
    if (row !== null) {
      // A row being checked (row 1 too, in a file without a header).
      if (column !== undefined && column < row.cellCount) {
        range = cellRange(row, column);
        fieldNumber = column + 1;
      } else range = rowRange(row);
    } else if (rowNumber === 1) {
      range = this.headerRange;
    } else {
      // Reported at the end of the table: the row's range was kept, its cells were not.
      range = this.positions?.range(rowNumber) ?? this.headerRange;
      if (column !== undefined) fieldNumber = column + 1;
    }
    return makeProblem(issue.code, range, issue.params, {
      severity: issue.severity ?? defaultSeverity(issue.code),
      rowNumber,
      fieldNumber,
      fieldName: issue.fieldName,
    });
  }
}
