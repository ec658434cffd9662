// The `number` and `integer` types: decimal numbers with the field's decimalChar, groupChar and bareNumber.
//
// The lexical form follows the spec (XML Schema decimal, optional exponent, NaN/INF/-INF in any case).
// Deliberately lenient where Validata (frictionless-py, Python's Decimal/int) is: leading/trailing
// spaces, a leading `+`, leading zeros. When groupChar is a space, the no-break spaces French software
// writes (U+00A0, U+202F) count as that space.
import type { TableSchemaField } from '../tableSchema';
import type { CellKey, CellType, TypeErrorReason } from './cellType';

const PLUS = 43;
const MINUS = 45;
const DOT = 46;

export interface NumberOptions {
  decimalChar: string;
  groupChar: string;
  bareNumber: boolean;
}

export function numberOptions(field: TableSchemaField): NumberOptions {
  return {
    decimalChar: typeof field.decimalChar === 'string' && field.decimalChar.length === 1 ? field.decimalChar : '.',
    groupChar: typeof field.groupChar === 'string' && field.groupChar.length === 1 ? field.groupChar : '',
    bareNumber: field.bareNumber !== false,
  };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}

/** Character codes accepted as the group separator (-1 for none). */
function groupCodes(groupChar: string): [number, number, number] {
  if (groupChar === '') return [-1, -1, -1];
  const code = groupChar.charCodeAt(0);
  return code === 32 ? [32, 0xa0, 0x202f] : [code, -2, -2];
}

/** Exact powers of ten as doubles (10^22 is the largest exactly representable). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Reads a decimal number spanning exactly [start, end): NaN when it is not one. No allocation for
 * numbers of up to 15 significant digits without exponent: their value is computed as an integer divided
 * by a power of ten, both exact doubles, so the division rounds correctly (Clinger's fast path) and
 * gives the same double as JavaScript's own parsing. Longer numbers go through Number().
 */
function readDecimal(text: string, start: number, end: number, decimal: number, groups: [number, number, number]): number {
  let i = start;
  let code = text.charCodeAt(i);
  const negative = code === MINUS;
  if (code === PLUS || code === MINUS) code = text.charCodeAt(++i);
  let digits = 0;
  let significant = 0;
  let mantissa = 0;
  let fractionDigits = 0;
  let groupsSeen = false;
  while (i < end) {
    if (isDigit(code)) {
      digits++;
      if (significant > 0 || code !== 48) significant++;
      mantissa = mantissa * 10 + (code - 48);
    } else if ((code === groups[0] || code === groups[1] || code === groups[2]) && digits > 0 && isDigit(text.charCodeAt(i + 1))) {
      groupsSeen = true;
    } else break;
    code = text.charCodeAt(++i);
  }
  if (i < end && code === decimal) {
    code = text.charCodeAt(++i);
    while (i < end && isDigit(code)) {
      digits++;
      fractionDigits++;
      if (significant > 0 || code !== 48) significant++;
      mantissa = mantissa * 10 + (code - 48);
      code = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return NaN;
  let exponent = false;
  if (i < end && (code === 101 || code === 69)) {
    exponent = true;
    code = text.charCodeAt(++i);
    if (code === PLUS || code === MINUS) code = text.charCodeAt(++i);
    let exponentDigits = 0;
    while (i < end && isDigit(code)) {
      exponentDigits++;
      code = text.charCodeAt(++i);
    }
    if (exponentDigits === 0) return NaN;
  }
  if (i !== end) return NaN;
  if (!exponent && significant <= 15 && fractionDigits <= 22) {
    const value = fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
    return negative ? -value : value;
  }
  if (start === 0 && end === text.length && decimal === DOT && !groupsSeen) return +text;
  let normalized = '';
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === groups[0] || c === groups[1] || c === groups[2]) continue;
    normalized += c === decimal ? '.' : text[k];
  }
  return +normalized;
}

/** The spec's special values, in any case. */
function specialNumber(text: string): number {
  if (text.length > 4 || text.length < 3) return 0; // not special
  const lower = text.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  return 0; // not special
}

/** Bounds of the value once surrounding spaces (and, without bareNumber, non-numeric text) are dropped. */
function trimBounds(text: string, bareNumber: boolean, decimal: number, out: [number, number]): void {
  let start = 0;
  let end = text.length;
  if (bareNumber) {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  } else {
    // `12 €`, `95%`, `€ 12,50`, `env. 30`: everything before the number and after its last digit goes.
    while (start < end) {
      const code = text.charCodeAt(start);
      if (isDigit(code) || code === PLUS || code === MINUS || code === decimal) break;
      start++;
    }
    while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
  }
  out[0] = start;
  out[1] = end;
}

const bounds: [number, number] = [0, 0];

const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;
const GROUPED = /^\s*[+-]?\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d+)?\s*$/;

function explainNumber(text: string, options: NumberOptions): TypeErrorReason | undefined {
  if (options.decimalChar === '.' && DECIMAL_COMMA.test(text)) return 'decimal-comma';
  if (GROUPED.test(text)) return 'group-char';
  return undefined;
}

export function compileNumber(field: TableSchemaField): CellType {
  const options = numberOptions(field);
  const decimal = options.decimalChar.charCodeAt(0);
  const groups = groupCodes(options.groupChar);
  const { bareNumber } = options;

  function parse(text: string): number | undefined {
    const direct = readDecimal(text, 0, text.length, decimal, groups);
    if (direct === direct) return direct;
    return parseSlow(text);
  }

  function parseSlow(text: string): number | undefined {
    const special = specialNumber(text.trim());
    if (special !== 0) return special;
    trimBounds(text, bareNumber, decimal, bounds);
    const [start, end] = bounds;
    if (start === 0 && end === text.length) return undefined;
    if (start >= end) return undefined;
    const value = readDecimal(text, start, end, decimal, groups);
    return value === value ? value : undefined;
  }

  return {
    type: 'number',
    format: 'default',
    sample: options.decimalChar === ',' ? '12,5' : '12.5',
    parse,
    cast: parse,
    parseLiteral(literal: string): CellKey | undefined {
      const value = parse(literal);
      if (value !== undefined) return value;
      // Schemas write constraint literals with a point even when the data uses a decimal comma.
      const plain = readDecimal(literal.trim(), 0, literal.trim().length, DOT, [-1, -1, -1]);
      return plain === plain ? plain : undefined;
    },
    explain: (text) => explainNumber(text, options),
  };
}

/** Reads an integer spanning exactly [start, end): its key (a number, or a canonical string beyond 2^53), or undefined. */
function readInteger(text: string, start: number, end: number, groups: [number, number, number]): CellKey | undefined {
  let i = start;
  let code = text.charCodeAt(i);
  let negative = false;
  if (code === PLUS || code === MINUS) {
    negative = code === MINUS;
    code = text.charCodeAt(++i);
  }
  let digits = 0;
  let value = 0;
  while (i < end) {
    if (isDigit(code)) {
      value = value * 10 + (code - 48);
      digits++;
    } else if (!((code === groups[0] || code === groups[1] || code === groups[2]) && digits > 0 && isDigit(text.charCodeAt(i + 1)))) {
      return undefined;
    }
    code = text.charCodeAt(++i);
  }
  if (digits === 0) return undefined;
  if (value <= Number.MAX_SAFE_INTEGER) return negative && value !== 0 ? -value : value;
  // Beyond 2^53 a double would merge distinct integers: key on the canonical decimal text instead.
  let canonical = '';
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k))) canonical += text[k];
  canonical = canonical.replace(/^0+/, '');
  return negative ? `-${canonical}` : canonical;
}

export function compileInteger(field: TableSchemaField): CellType {
  const options = numberOptions(field);
  const groups = groupCodes(options.groupChar);
  const decimal = options.decimalChar.charCodeAt(0);
  const { bareNumber } = options;

  function parse(text: string): CellKey | undefined {
    const direct = readInteger(text, 0, text.length, groups);
    if (direct !== undefined) return direct;
    trimBounds(text, bareNumber, decimal, bounds);
    const [start, end] = bounds;
    if ((start === 0 && end === text.length) || start >= end) return undefined;
    return readInteger(text, start, end, groups);
  }

  return {
    type: 'integer',
    format: 'default',
    sample: '42',
    parse,
    cast(text: string): unknown {
      const key = parse(text);
      return typeof key === 'string' ? BigInt(key) : key;
    },
    parseLiteral: (literal) => parse(literal),
    explain(text: string): TypeErrorReason | undefined {
      if (GROUPED.test(text)) return 'group-char';
      if (/^\s*[+-]?\d+[.,]\d+\s*$/.test(text)) return options.decimalChar === '.' && text.includes(',') ? 'decimal-comma' : undefined;
      return undefined;
    },
  };
}

/** A plain decimal (point, no separators) spanning exactly [start, end), or NaN: for numbers inside other types. */
export function readPlainDecimal(text: string, start: number, end: number): number {
  return readDecimal(text, start, end, DOT, NO_GROUPS);
}

const NO_GROUPS: [number, number, number] = [-1, -1, -1];
