// Compiles a field's constraints (minLength, maxLength, minimum, maximum, pattern, enum, arrayItem) once
// into small checkers that compare the cell's typed key: no regex or literal is rebuilt per cell.
import type { ProblemParams } from '../problems/problem';
import type { TableSchemaField } from './tableSchema';
import { codePointLength, type CellKey, type CellType, type IssueSink } from './types/cellType';
import { readJsonCollection } from './types/json';
import { compileSafePattern, type SafePattern } from './safePattern';

export { compileWholePattern, withoutCaptures } from './safePattern';

export type ConstraintVariant = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'pattern' | 'enum' | 'arrayItem';

/** A constraint compiled for one field. `test` sees the raw text and the key its type produced. */
export interface ConstraintCheck {
  readonly variant: ConstraintVariant;
  /** What messages and fixes need about the constraint (the bound, the pattern, the allowed values). */
  readonly params: ProblemParams;
  test(value: string, key: CellKey): boolean;
  /** For constraints that can say more about a failure (which array item failed). */
  describe?(value: string): ProblemParams;
}

/** What a failing array item reports (a subset of a cell issue). */
export interface ItemIssue {
  code: string;
  params: ProblemParams;
}

/** Checks one array item as a cell of the item field; null when it is fine. */
export type ItemChecker = (itemText: string) => ItemIssue | null;

/** Types whose keys are ordered (numbers), so that minimum/maximum apply. */
const ORDERED_TYPES = new Set(['number', 'integer', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration']);
const NUMERIC_TYPES = new Set(['number', 'integer', 'year']);
const COLLECTION_TYPES = new Set(['array', 'object']);

function asNumber(key: CellKey): number {
  return typeof key === 'number' ? key : Number(key);
}

class MinimumCheck implements ConstraintCheck {
  readonly variant = 'minimum';
  constructor(private readonly bound: number, readonly params: ProblemParams) {}
  test(_value: string, key: CellKey): boolean {
    return asNumber(key) >= this.bound;
  }
}

class MaximumCheck implements ConstraintCheck {
  readonly variant = 'maximum';
  constructor(private readonly bound: number, readonly params: ProblemParams) {}
  test(_value: string, key: CellKey): boolean {
    return asNumber(key) <= this.bound;
  }
}

/** String lengths in code points; the UTF-16 length bounds the count, so most values skip the counting. */
class TextLengthCheck implements ConstraintCheck {
  constructor(readonly variant: 'minLength' | 'maxLength', private readonly bound: number, readonly params: ProblemParams) {}
  test(value: string): boolean {
    if (this.variant === 'maxLength') return value.length <= this.bound || codePointLength(value) <= this.bound;
    return value.length >= this.bound && (value.length >= 2 * this.bound || codePointLength(value) >= this.bound);
  }
  describe(value: string): ProblemParams {
    return { length: codePointLength(value) };
  }
}

class SizeCheck implements ConstraintCheck {
  constructor(
    readonly variant: 'minLength' | 'maxLength',
    private readonly bound: number,
    private readonly sizeOf: (value: string) => number,
    readonly params: ProblemParams,
  ) {}
  test(value: string): boolean {
    const size = this.sizeOf(value);
    return this.variant === 'minLength' ? size >= this.bound : size <= this.bound;
  }
  describe(value: string): ProblemParams {
    return { length: this.sizeOf(value) };
  }
}

/**
 * A pattern, run in bounded time (see safePattern.ts). A value it could not decide within its budget
 * passes the constraint; `verdict` tells the caller so, to report it as such rather than as valid.
 */
export class PatternCheck implements ConstraintCheck {
  readonly variant = 'pattern';
  constructor(readonly compiled: SafePattern, readonly params: ProblemParams) {}
  test(value: string): boolean {
    return this.compiled.test(value) !== false;
  }
  /** Whether the value matches, or 'too-costly' when it could not be decided in time. */
  verdict(value: string): boolean | 'too-costly' {
    return this.compiled.test(value);
  }
}

/** Up to this many allowed values, a linear scan of `===` beats hashing each (fresh) cell string. */
const ENUM_SCAN_LIMIT = 16;

class EnumCheck implements ConstraintCheck {
  readonly variant = 'enum';
  private readonly list: CellKey[];
  private readonly set: Set<CellKey> | null;
  constructor(allowed: Set<CellKey>, readonly params: ProblemParams) {
    this.list = [...allowed];
    this.set = this.list.length > ENUM_SCAN_LIMIT ? allowed : null;
  }
  test(_value: string, key: CellKey): boolean {
    if (this.set !== null) return this.set.has(key);
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      // NaN is an allowed number like any other (Set semantics).
      if (list[i] === key || (key !== key && list[i] !== list[i])) return true;
    }
    return false;
  }
}

class ArrayItemCheck implements ConstraintCheck {
  readonly variant = 'arrayItem';
  constructor(private readonly checkItem: ItemChecker, readonly params: ProblemParams) {}
  private firstFailure(value: string): { item: string; issue: ItemIssue } | null {
    const items = readJsonCollection(value, 'array');
    if (!Array.isArray(items)) return null;
    for (const item of items) {
      const text = item === null ? '' : typeof item === 'string' ? item : typeof item === 'object' ? JSON.stringify(item) : String(item);
      const issue = this.checkItem(text);
      if (issue) return { item: text, issue };
    }
    return null;
  }
  test(value: string): boolean {
    return this.firstFailure(value) === null;
  }
  describe(value: string): ProblemParams {
    const failure = this.firstFailure(value);
    if (!failure) return {};
    const { variant, allowed, pattern } = failure.issue.params;
    return { item: failure.item, itemCode: failure.issue.code, itemVariant: variant, allowed, pattern };
  }
}

function literalText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A constraint literal as a key of the field's type, or undefined when it does not fit the type. */
export function literalKey(cellType: CellType, value: unknown): CellKey | undefined {
  if (typeof value === 'number') {
    if (NUMERIC_TYPES.has(cellType.type)) return value;
    if (cellType.type === 'any' || cellType.type === 'string') return String(value);
    return cellType.parse(String(value));
  }
  if (typeof value === 'boolean') {
    if (cellType.type === 'boolean') return value;
    return cellType.parse(String(value));
  }
  if (typeof value === 'string') {
    if (cellType.type === 'object' || cellType.type === 'array') return cellType.parse(value);
    return cellType.parse(value) ?? cellType.parseLiteral?.(value);
  }
  if (value !== null && typeof value === 'object' && (cellType.type === 'object' || cellType.type === 'array')) return JSON.stringify(value);
  return undefined;
}

function nonNegativeInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

export interface CompiledConstraints {
  checks: ConstraintCheck[];
  required: boolean;
  unique: boolean;
}

/**
 * Compiles the constraints of a field whose cell type is known. Constraints that cannot apply (a pattern
 * JavaScript cannot compile, a minimum that is not of the field's type…) are reported once and left out.
 * `checkItem` checks array items against the field's `arrayItem` descriptor, when there is one.
 */
export function compileConstraints(field: TableSchemaField, cellType: CellType, report: IssueSink, checkItem?: ItemChecker): CompiledConstraints {
  const raw = (field.constraints && typeof field.constraints === 'object' ? field.constraints : {}) as Record<string, unknown>;
  const checks: ConstraintCheck[] = [];
  const fieldName = field.name;
  const invalid = (constraint: string, value: unknown, reason: string) =>
    report({ variant: 'invalid-constraint', fieldName, params: { constraint, value: literalText(value), fieldType: cellType.type, reason } });

  // Cheap, selective checks first: a value failing several constraints reports the most telling one.
  if (raw.enum !== undefined) {
    if (!Array.isArray(raw.enum)) invalid('enum', raw.enum, 'not-a-list');
    else {
      const allowed = new Set<CellKey>();
      const rejected: string[] = [];
      for (const item of raw.enum) {
        const key = literalKey(cellType, item);
        if (key === undefined) rejected.push(literalText(item));
        else allowed.add(key);
      }
      if (rejected.length > 0) invalid('enum', rejected.join(', '), 'not-of-type');
      checks.push(new EnumCheck(allowed, { allowed: raw.enum.map((item) => literalText(item)) }));
    }
  }

  for (const variant of ['minLength', 'maxLength'] as const) {
    if (raw[variant] === undefined) continue;
    const bound = nonNegativeInteger(raw[variant]);
    if (bound === undefined) {
      invalid(variant, raw[variant], 'not-an-integer');
      continue;
    }
    const params = { [variant]: bound };
    if (COLLECTION_TYPES.has(cellType.type) && cellType.sizeOf) checks.push(new SizeCheck(variant, bound, cellType.sizeOf, params));
    else checks.push(new TextLengthCheck(variant, bound, params));
  }

  for (const variant of ['minimum', 'maximum'] as const) {
    if (raw[variant] === undefined) continue;
    if (!ORDERED_TYPES.has(cellType.type)) {
      invalid(variant, raw[variant], 'type-not-ordered');
      continue;
    }
    const key = literalKey(cellType, raw[variant]);
    if (key === undefined) {
      invalid(variant, raw[variant], 'not-of-type');
      continue;
    }
    const params = { [variant]: literalText(raw[variant]) };
    const bound = asNumber(key);
    checks.push(variant === 'minimum' ? new MinimumCheck(bound, params) : new MaximumCheck(bound, params));
  }

  if (raw.pattern !== undefined) {
    const compiled = typeof raw.pattern === 'string' ? compileSafePattern(raw.pattern) : null;
    if (!compiled) report({ variant: 'invalid-pattern', fieldName, params: { pattern: literalText(raw.pattern) } });
    else checks.push(new PatternCheck(compiled, { pattern: raw.pattern as string }));
  }

  if (checkItem && cellType.type === 'array') checks.push(new ArrayItemCheck(checkItem, {}));

  return { checks, required: raw.required === true, unique: raw.unique === true };
}
