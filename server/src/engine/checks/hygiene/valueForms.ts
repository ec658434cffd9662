// How a cell writes a date, a number or a boolean — its "form" — so that a column mixing two forms of
// the same kind (31/12/2024 and 2024-12-31, 12,5 and 12.5, oui and X) can be told apart from a column
// of one form. Cheap tests first: this runs on every cell of the typed columns of a file.

export type ValueKind = 'date' | 'number' | 'boolean';

export interface ValueForm {
  kind: ValueKind;
  /**
   * date: the strptime pattern the value follows (`%d/%m/%Y`, `%Y-%m-%d %H:%M`) or `text` (12 janvier 2024);
   * number: `decimal-comma`, `decimal-point`, or `plain` (integers and values readable both ways: no evidence);
   * boolean: the family (`oui/non`, `x`, `vrai/faux`…) and its case, e.g. `oui/non:capital`.
   */
  form: string;
}

/** Number forms that say nothing about the decimal separator. */
export const NEUTRAL_NUMBER_FORM = 'plain';

const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:([ T])(\d{1,2})([:h])(\d{2})(?::(\d{2}))?)?$/;
const YEAR_MONTH_DAY = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:([ T])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TEXT_DATE = /^(?:(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s+)?\d{1,2}(?:er)?\s+(?:janv|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t?|sept?|oct|nov|d[ée]c)[a-zéû]*\.?\s+\d{4}$/i;

const INTEGER = /^[+-]?(?:0|[1-9]\d*)$/;
const DECIMAL_POINT = /^[+-]?\d+\.\d+$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** `1 234,5` `1.234,5` (French grouping) and `1,234.5` (English grouping). */
const GROUPED_COMMA = /^[+-]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})+,\d+$/;
const GROUPED_POINT = /^[+-]?\d{1,3}(?:[ \u00a0\u202f,]\d{3})+\.\d+$/;
const GROUPED_INTEGER = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
/** `1.234` and `1,234`: a decimal or a grouped thousand, nobody can tell. */
const EITHER_WAY = /^[+-]?\d{1,3}[.,]\d{3}$/;
const UNIT_SUFFIX = /\s?(?:%|€|EUR)$/;

interface BooleanWord {
  family: string;
  meaning: boolean;
}

/** Words people type for yes and no, by family (lower case). `1`/`0` are numbers unless the column says otherwise. */
const BOOLEAN_WORDS = new Map<string, BooleanWord>([
  ['oui', { family: 'oui/non', meaning: true }],
  ['non', { family: 'oui/non', meaning: false }],
  ['o', { family: 'o/n', meaning: true }],
  ['n', { family: 'o/n', meaning: false }],
  ['vrai', { family: 'vrai/faux', meaning: true }],
  ['faux', { family: 'vrai/faux', meaning: false }],
  ['true', { family: 'true/false', meaning: true }],
  ['false', { family: 'true/false', meaning: false }],
  ['yes', { family: 'yes/no', meaning: true }],
  ['no', { family: 'yes/no', meaning: false }],
  ['x', { family: 'x', meaning: true }],
]);

/** The family `1/0`, given to bare 1 and 0 in a column of booleans. */
export const BIT_FAMILY = '1/0:lower';

function caseOf(word: string): 'lower' | 'upper' | 'capital' {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return word.length === 1 ? 'capital' : 'upper';
  return 'capital';
}

function validDayMonth(first: number, second: number): boolean {
  return first >= 1 && second >= 1 && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31));
}

function timePattern(separator: string | undefined, hourMark: string | undefined, seconds: string | undefined): string {
  if (separator === undefined) return '';
  const minutes = hourMark === 'h' ? '%Hh%M' : '%H:%M';
  return `${separator}${minutes}${seconds !== undefined ? ':%S' : ''}`;
}

function dateForm(value: string): string | undefined {
  let m = DAY_MONTH_YEAR.exec(value);
  if (m) {
    if (!validDayMonth(Number(m[1]), Number(m[3]))) return undefined;
    const sep = m[2];
    return `%d${sep}%m${sep}${m[4].length === 4 ? '%Y' : '%y'}${timePattern(m[5], m[7], m[9])}`;
  }
  m = YEAR_MONTH_DAY.exec(value);
  if (m) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const sep = m[2];
    let form = `%Y${sep}%m${sep}%d${timePattern(m[5], ':', m[8])}`;
    if (m[9] !== undefined) form += m[9] === 'Z' ? 'Z' : '%z';
    return form;
  }
  if (TEXT_DATE.test(value)) return 'text';
  return undefined;
}

function numberForm(value: string): string | undefined {
  const text = UNIT_SUFFIX.test(value) ? value.replace(UNIT_SUFFIX, '') : value;
  if (INTEGER.test(text) || GROUPED_INTEGER.test(text) || EITHER_WAY.test(text)) return NEUTRAL_NUMBER_FORM;
  if (DECIMAL_COMMA.test(text) || GROUPED_COMMA.test(text)) return 'decimal-comma';
  if (DECIMAL_POINT.test(text) || GROUPED_POINT.test(text)) return 'decimal-point';
  return undefined;
}

/**
 * True for a form Table Schema reads with no option, its default: an ISO 8601 date or date-time
 * (`%Y-%m-%d`, `%Y-%m-%dT%H:%M:%S`…), a decimal point, `true`/`false` in any case, `1`/`0`. A quick fix
 * never rewrites a value of such a form into another form (see hygieneFixer, mixed-formats).
 */
export function isDefaultForm(form: string): boolean {
  return form.startsWith('%Y-%m-%d') || form === 'decimal-point' || form === BIT_FAMILY || form.startsWith('true/false:');
}

/** `1.234` or `1,234`: a decimal or a thousand, depending on the column's decimal mark. */
export function readsEitherWay(value: string): boolean {
  const trimmed = value.trim();
  return EITHER_WAY.test(UNIT_SUFFIX.test(trimmed) ? trimmed.replace(UNIT_SUFFIX, '') : trimmed);
}

/** The boolean meaning of a word of a family, or undefined. */
export function booleanWord(value: string): (BooleanWord & { form: string }) | undefined {
  if (value.length > 5) return undefined;
  const word = BOOLEAN_WORDS.get(value.toLowerCase());
  return word ? { family: word.family, meaning: word.meaning, form: `${word.family}:${caseOf(value)}` } : undefined;
}

/** The kind and form of a trimmed, non-empty value; undefined for text that is none of them. */
export function classifyValue(value: string): ValueForm | undefined {
  const first = value.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  if (isDigit || first === 43 || first === 45) {
    const date = isDigit ? dateForm(value) : undefined;
    if (date !== undefined) return { kind: 'date', form: date };
    const number = numberForm(value);
    if (number !== undefined) return { kind: 'number', form: number };
    return undefined;
  }
  if (value.length <= 5) {
    const word = booleanWord(value);
    if (word) return { kind: 'boolean', form: word.form };
  }
  if (value.length >= 10 && value.length <= 30) {
    const date = dateForm(value);
    if (date !== undefined) return { kind: 'date', form: date };
  }
  return undefined;
}

/** The spelling of `meaning` in a boolean form (`oui/non:capital`, true → `Oui`; `x:capital`, false → ''). */
export function booleanSpelling(form: string, meaning: boolean): string | undefined {
  const [family, letterCase] = form.split(':');
  const words = family.split('/');
  const word = meaning ? words[0] : words[1] ?? '';
  if (word === undefined) return undefined;
  if (letterCase === 'upper' || (letterCase === 'capital' && word.length === 1)) return word.toUpperCase();
  if (letterCase === 'capital') return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** The value written with the other decimal separator (`1 234,5` → `1234.5`), keeping a unit suffix. */
export function rewriteDecimal(value: string, decimalChar: ',' | '.'): string | undefined {
  const trimmed = value.trim();
  const unit = UNIT_SUFFIX.exec(trimmed)?.[0] ?? '';
  const text = unit ? trimmed.slice(0, -unit.length) : trimmed;
  let sign = '';
  let body = text;
  if (body[0] === '+' || body[0] === '-') {
    sign = body[0] === '-' ? '-' : '';
    body = body.slice(1);
  }
  let integer: string;
  let fraction: string;
  if (DECIMAL_COMMA.test(body) || GROUPED_COMMA.test(body)) {
    const at = body.lastIndexOf(',');
    integer = body.slice(0, at).replace(/[ \u00a0\u202f.]/g, '');
    fraction = body.slice(at + 1);
  } else if (DECIMAL_POINT.test(body) || GROUPED_POINT.test(body)) {
    const at = body.lastIndexOf('.');
    integer = body.slice(0, at).replace(/[ \u00a0\u202f,]/g, '');
    fraction = body.slice(at + 1);
  } else return undefined;
  return `${sign}${integer}${decimalChar}${fraction}${unit}`;
}
