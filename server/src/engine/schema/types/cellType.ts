// The contract every Table Schema type family implements: a cast from the raw cell string, compiled once per field.

/**
 * A cell's typed value reduced to something `===`, `<` and Map keys understand: numbers for numeric and
 * temporal types (days, milliseconds, years…), booleans, and strings (text, canonical JSON, points).
 */
export type CellKey = number | string | boolean;

/** Why a value failed its type, when the type can tell (lets messages and fixes be precise). */
export type TypeErrorReason =
  /** The shape is right but the date does not exist (2021-02-30) or a part is out of range (25:00). */
  | 'calendar'
  /** A number written with a decimal comma where the schema expects a point. */
  | 'decimal-comma'
  /** A number with spaces or thousands separators the schema does not allow. */
  | 'group-char'
  /** A date written day first (15/03/2024) where the schema expects ISO 8601. */
  | 'day-first'
  /** Longitude or latitude out of range. */
  | 'out-of-range'
  /** Surrounding spaces. */
  | 'whitespace';

export interface CellType {
  /** The Table Schema type name (after resolution: an unknown type compiles as `any`). */
  readonly type: string;
  /** The format in force (`default` when the schema gives none). */
  readonly format: string;
  /**
   * Casts a raw (non-missing) value: its key, or undefined when the value is not of the type.
   * Must not allocate for common values: it runs on every cell.
   */
  parse(value: string): CellKey | undefined;
  /** The rich value (Date, parsed JSON, [lon, lat]…) for consumers outside the hot path; undefined when invalid. */
  cast(value: string): unknown;
  /** Parses a constraint literal from the schema (minimum, enum…): the field's format first, then the type's default. */
  parseLiteral?(literal: string): CellKey | undefined;
  /** Number of items for minLength/maxLength on collections (array items, object properties). */
  sizeOf?(value: string): number;
  /** Called only for invalid values: a finer reason for the message. */
  explain?(value: string): TypeErrorReason | undefined;
  /** A value of this type and format, to show in messages when the schema gives no example. */
  readonly sample?: string;
}

/** A problem with the schema itself, found while compiling (reported once, never per cell). */
export interface SchemaIssue {
  variant: 'unknown-type' | 'unknown-format' | 'invalid-pattern' | 'invalid-constraint' | 'unknown-field' | 'invalid-field';
  fieldName?: string;
  params: Record<string, string | number | boolean | string[] | undefined>;
}

export type IssueSink = (issue: SchemaIssue) => void;

/** Reads a decimal digit at `index`, or -1. */
export function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Reads `count` decimal digits from `index` as a number, or -1 when one is not a digit. */
export function readDigits(text: string, index: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const code = text.charCodeAt(index + i) - 48;
    if (!(code >= 0 && code <= 9)) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Length in Unicode code points (what Python's len() and the spec's minLength/maxLength count). */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
