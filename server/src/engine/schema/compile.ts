// Compiles a Table Schema once into per-field checkers (type cast + missing values + constraints) and the
// table-level keys, so that validating a cell never re-reads the schema.
import type { ProblemParams } from '../problems/problem';
import { compileConstraints, PatternCheck, type ConstraintCheck, type ItemChecker } from './constraints';
import type { TableSchema, TableSchemaField } from './tableSchema';
import { booleanValues } from './types/boolean';
import type { CellKey, CellType, SchemaIssue } from './types/cellType';
import { compileCellType } from './types/index';
import { numberOptions } from './types/number';

export type { CellKey, SchemaIssue } from './types/cellType';

/** What a cell check finds: a Problem without its position (the checker adds row, column and range). */
export interface CellIssue {
  code: 'type-error' | 'constraint-error' | 'pattern-too-costly';
  /** Always carries `variant` (the type or format for type errors, the constraint for constraint errors) and `value`. */
  params: ProblemParams;
}

/**
 * The keys of one row's cells, by field index (`CompiledField.index`), filled by `check`: a cell's typed
 * value when valid, undefined when missing or invalid. Table checks (unique, keys) read them right after
 * a row's cell checks, without casting again. Owned by whoever checks the row (a compiled schema is shared).
 */
export type CellKeys = (CellKey | undefined)[];

export const DEFAULT_MISSING_VALUES = [''];

/** The value `cast` returns for a missing cell; invalid cells cast to undefined. */
export const MISSING = null;

function exampleText(field: TableSchemaField): string | undefined {
  const example = field.example !== undefined ? field.example : Array.isArray(field.examples) ? field.examples[0] : field.examples;
  if (example === undefined || example === null) return undefined;
  return typeof example === 'string' ? example : JSON.stringify(example);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

/** A field compiled for checking. `check` is the hot path: it allocates only when it reports an issue. */
export class CompiledField {
  readonly name: string;
  readonly type: string;
  readonly format: string;
  readonly required: boolean;
  readonly unique: boolean;
  /** True when every non-missing text is valid (a `string`/`any` field with no constraint but `required`): the checker may skip reading such cells. */
  readonly acceptsAnyText: boolean;
  /** True when only the empty string counts as missing. */
  readonly onlyEmptyIsMissing: boolean;
  private readonly parseCell: (value: string) => CellKey | undefined;
  private readonly missingValues: Set<string>;
  private readonly constraints: ConstraintCheck[];
  /** Position of the pattern check in `constraints`, -1 without one: its verdict may be "too costly". */
  private readonly patternIndex: number;
  /** The schema's example (`example`, else the first of `examples`) when the field accepts it. */
  readonly example: string | undefined;
  private readonly sample: string | undefined;
  /** Parameters every issue of this field carries beyond the common ones (title, boolean values, number separators). */
  private readonly fieldParams: [string, ProblemParams[string]][];
  /** Per constraint (same order as `constraints`): its parameters (bound, pattern, allowed values). */
  private readonly constraintParams: [string, ProblemParams[string]][][];

  constructor(
    readonly field: TableSchemaField,
    /** 0-based position in the schema's `fields`. */
    readonly index: number,
    readonly cellType: CellType,
    constraints: ConstraintCheck[],
    required: boolean,
    unique: boolean,
    missingValues: readonly string[],
  ) {
    this.name = field.name;
    this.type = cellType.type;
    this.format = cellType.format;
    this.required = required;
    this.unique = unique;
    this.constraints = constraints;
    this.patternIndex = constraints.findIndex((constraint) => constraint instanceof PatternCheck);
    this.parseCell = cellType.parse;
    this.missingValues = new Set(missingValues);
    this.onlyEmptyIsMissing = this.missingValues.size === 1 && this.missingValues.has('');
    this.acceptsAnyText = (this.type === 'string' || this.type === 'any') && this.format === 'default' && constraints.length === 0;
    this.sample = cellType.sample;
    this.fieldParams = Object.entries(this.describe(field, cellType));
    this.constraintParams = constraints.map((constraint) => Object.entries(constraint.params));
    // The schema's example is shown in messages as a correct value: only when it passes its own field
    // (some catalog schemas list the allowed values there, or an example in another case than the enum).
    const example = exampleText(field);
    this.example = example !== undefined && !this.isMissing(example) && this.check(example) === null ? example : undefined;
    // Shared by every check of the schema (compiled once per descriptor): nothing in it changes per call.
    Object.freeze(this);
  }

  private describe(field: TableSchemaField, cellType: CellType): ProblemParams {
    const params: ProblemParams = {};
    if (typeof field.title === 'string') params.fieldTitle = field.title;
    if (cellType.type === 'boolean') Object.assign(params, booleanValues(field));
    if (cellType.type === 'number' || cellType.type === 'integer') {
      const { decimalChar, groupChar, bareNumber } = numberOptions(field);
      Object.assign(params, { decimalChar, groupChar, bareNumber });
    }
    return params;
  }

  isMissing(value: string): boolean {
    return this.onlyEmptyIsMissing ? value === '' : this.missingValues.has(value);
  }

  /**
   * Checks a raw cell value: null when it is fine (or missing and optional), else what is wrong. `keys`:
   * the row's cell keys, where this cell's key is written (see CellKeys).
   */
  check(value: string, keys?: CellKeys): CellIssue | null {
    if (this.onlyEmptyIsMissing ? value === '' : this.missingValues.has(value)) {
      if (keys !== undefined) keys[this.index] = undefined;
      return this.required ? { code: 'constraint-error', params: this.issueParams('required', value, this.fieldParams) } : null;
    }
    const key = this.parseCell(value);
    if (keys !== undefined) keys[this.index] = key;
    if (key === undefined) return this.typeIssue(value);
    const constraints = this.constraints;
    let tooCostly = false;
    for (let i = 0; i < constraints.length; i++) {
      if (i === this.patternIndex) {
        const verdict = (constraints[i] as PatternCheck).verdict(value);
        if (verdict === false) return this.constraintIssue(i, value);
        tooCostly = verdict === 'too-costly';
      } else if (!constraints[i].test(value, key)) return this.constraintIssue(i, value);
    }
    if (tooCostly) return { code: 'pattern-too-costly', params: this.issueParams('pattern', value, this.constraintParams[this.patternIndex]) };
    return null;
  }

  /** The typed value (number, boolean, Date, parsed JSON, [lon, lat]…); null when missing, undefined when invalid. */
  cast(value: string): unknown {
    if (this.isMissing(value)) return MISSING;
    return this.cellType.cast(value);
  }

  /**
   * Issue parameters built property by property on a literal (shapes V8 caches; spreading the field's
   * description per issue costs microseconds, and a file with a wrong column has one issue per row).
   */
  private issueParams(variant: string, value: string, extra: [string, ProblemParams[string]][]): ProblemParams {
    const params: ProblemParams = { variant, value, fieldType: this.type, fieldFormat: this.format };
    if (this.example !== undefined) params.example = this.example;
    if (this.sample !== undefined) params.sample = this.sample;
    const own = this.fieldParams;
    for (let i = 0; i < own.length; i++) params[own[i][0]] = own[i][1];
    if (extra !== own) for (let i = 0; i < extra.length; i++) params[extra[i][0]] = extra[i][1];
    return params;
  }

  private typeIssue(value: string): CellIssue {
    const params = this.issueParams(this.type === 'string' ? this.format : this.type, value, this.fieldParams);
    const reason = this.cellType.explain?.(value);
    if (reason) params.reason = reason;
    return { code: 'type-error', params };
  }

  private constraintIssue(index: number, value: string): CellIssue {
    const constraint = this.constraints[index];
    const params = this.issueParams(constraint.variant, value, this.constraintParams[index]);
    if (constraint.describe) Object.assign(params, constraint.describe(value));
    return { code: 'constraint-error', params };
  }
}

export interface CompiledForeignKey {
  fields: string[];
  /** Empty string when the key references the same table. */
  resource: string;
  referenceFields: string[];
  /** `reference.resource` is empty or absent: the key references the same table. */
  selfReference: boolean;
  /**
   * The referenced fields are fields of this schema: the key can reference the same table, also when
   * `reference.resource` names it (which the table's resource name tells, see TableConstraints).
   */
  referenceFieldsKnown: boolean;
}

/** A compiled schema is shared by every check of its descriptor (see schemaCheckers.ts): frozen, nothing in it changes per check. */
export interface CompiledSchema {
  readonly schema: TableSchema;
  readonly fields: readonly CompiledField[];
  /** First field of each name. */
  readonly fieldByName: ReadonlyMap<string, CompiledField>;
  readonly missingValues: readonly string[];
  /** Names of the primary key's fields (only those the schema defines). */
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly Readonly<CompiledForeignKey>[];
  /** Problems with the schema itself, to report once. */
  readonly issues: readonly SchemaIssue[];
}

function isFieldDescriptor(value: unknown): value is TableSchemaField {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

/** Compiles one field; `arrayItem` descriptors are compiled as fields of their own to check each item. */
function compileField(field: TableSchemaField, index: number, schemaMissing: readonly string[], issues: SchemaIssue[], needsKey: (name: string) => boolean): CompiledField {
  const report = (issue: SchemaIssue) => issues.push(issue);
  const constraints = (field.constraints ?? {}) as Record<string, unknown>;
  const keyed = constraints.unique === true || constraints.enum !== undefined || needsKey(field.name);
  const cellType = compileCellType(field, keyed, report);
  let checkItem: ItemChecker | undefined;
  if (cellType.type === 'array' && isPlainObject(field.arrayItem)) {
    const item = field.arrayItem as Record<string, unknown>;
    // Some catalog schemas put the item's `enum` beside its type instead of under `constraints`.
    const itemConstraints = { ...(isPlainObject(item.constraints) ? item.constraints : {}) } as Record<string, unknown>;
    if (itemConstraints.enum === undefined && Array.isArray(item.enum)) itemConstraints.enum = item.enum;
    const itemField = { ...item, name: field.name, constraints: itemConstraints } as TableSchemaField;
    const compiledItem = compileField(itemField, index, [''], issues, () => true);
    checkItem = (text) => compiledItem.check(text);
  }
  const compiled = compileConstraints(field, cellType, report, checkItem);
  const fieldMissing = stringList(field.missingValues) ?? schemaMissing;
  return new CompiledField(field, index, cellType, compiled.checks, compiled.required, compiled.unique, fieldMissing);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compiles a Table Schema. Never throws: problems with the descriptor end up in `issues`. */
export function compileSchema(schema: TableSchema): CompiledSchema {
  const issues: SchemaIssue[] = [];
  const missingValues = stringList(schema.missingValues) ?? DEFAULT_MISSING_VALUES;
  const rawFields: unknown[] = Array.isArray(schema.fields) ? schema.fields : [];
  const names = new Set(rawFields.filter(isFieldDescriptor).map((field) => field.name));

  const primaryKey: string[] = [];
  for (const name of safeList(schema.primaryKey)) {
    if (names.has(name)) primaryKey.push(name);
    else issues.push({ variant: 'unknown-field', fieldName: name, params: { key: 'primaryKey', name } });
  }
  const foreignKeys: CompiledForeignKey[] = [];
  for (const key of Array.isArray(schema.foreignKeys) ? schema.foreignKeys : []) {
    if (!isPlainObject(key) || !isPlainObject(key.reference)) continue;
    const fields = safeList(key.fields);
    const referenceFields = safeList(key.reference.fields);
    const resource = typeof key.reference.resource === 'string' ? key.reference.resource : '';
    const unknown = fields.filter((name) => !names.has(name));
    if (unknown.length > 0 || fields.length === 0 || fields.length !== referenceFields.length) {
      issues.push({ variant: 'unknown-field', fieldName: unknown[0], params: { key: 'foreignKeys', name: unknown.join(', ') || fields.join(', ') } });
      continue;
    }
    const selfReference = resource === '';
    if (selfReference && referenceFields.some((name) => !names.has(name))) {
      issues.push({ variant: 'unknown-field', params: { key: 'foreignKeys', name: referenceFields.filter((name) => !names.has(name)).join(', ') } });
      continue;
    }
    const referenceFieldsKnown = referenceFields.every((name) => names.has(name));
    foreignKeys.push({ fields, resource, referenceFields, selfReference, referenceFieldsKnown });
  }
  const keyFields = new Set([...primaryKey, ...foreignKeys.flatMap((key) => [...key.fields, ...(key.referenceFieldsKnown ? key.referenceFields : [])])]);

  const fields: CompiledField[] = [];
  const fieldByName = new Map<string, CompiledField>();
  rawFields.forEach((raw, index) => {
    if (!isFieldDescriptor(raw)) {
      issues.push({ variant: 'invalid-field', params: { fieldNumber: index + 1 } });
      return;
    }
    const compiled = compileField(raw, index, missingValues, issues, (name) => keyFields.has(name));
    fields.push(compiled);
    if (!fieldByName.has(compiled.name)) fieldByName.set(compiled.name, compiled);
  });
  const freeze = Object.freeze;
  return freeze({
    schema,
    fields: freeze(fields),
    fieldByName,
    missingValues: freeze(missingValues.slice()),
    primaryKey: freeze(primaryKey),
    foreignKeys: freeze(foreignKeys.map((key) => freeze(key))),
    issues: freeze(issues),
  });
}

function safeList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
