// Reads a cell as its schema field types it, the way Frictionless casts values before Validata's
// multi-column checks see them: numbers (decimalChar, groupChar, bareNumber), dates and times (default
// ISO forms and strptime-like `format` patterns), years; everything else stays text.
import type { TableSchema, TableSchemaField } from '../../schema/tableSchema';
import { daysFromCivil, isValidCivilDate } from '../../values/calendar';

export type TypedCell =
  | { kind: 'number'; value: number }
  /** Dates, times, datetimes, years and year-months, as a number that orders them (type keeps them apart). */
  | { kind: 'temporal'; type: string; value: number }
  | { kind: 'string'; value: string };

export function fieldByName(schema: TableSchema, name: string): TableSchemaField | undefined {
  return schema.fields?.find((field) => field.name === name);
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number as Frictionless reads a `number` (or `integer`) field; undefined when it is not one. */
export function parseFieldNumber(raw: string, field?: TableSchemaField, integer = false): number | undefined {
  let text = raw.trim();
  const groupChar = typeof field?.groupChar === 'string' ? field.groupChar : '';
  const decimalChar = typeof field?.decimalChar === 'string' ? field.decimalChar : '.';
  if (field?.bareNumber === false) text = text.replace(/^[^\d+\-.,]+/, '').replace(/[^\d]+$/, '');
  if (groupChar) text = text.split(groupChar).join('');
  if (!integer && decimalChar !== '.') text = text.split(decimalChar).join('.');
  if (!(integer ? /^[+-]?\d+$/ : NUMBER).test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The day number of a real calendar day, else undefined. */
function dayOf(year: number, month: number, day: number): number | undefined {
  return isValidCivilDate(year, month, day) ? daysFromCivil(year, month, day) : undefined;
}

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const DIRECTIVES: Record<string, { pattern: string; part: keyof DateParts | 'year2' }> = {
  Y: { pattern: '(\\d{4})', part: 'year' },
  y: { pattern: '(\\d{2})', part: 'year2' },
  m: { pattern: '(\\d{1,2})', part: 'month' },
  d: { pattern: '(\\d{1,2})', part: 'day' },
  H: { pattern: '(\\d{1,2})', part: 'hour' },
  M: { pattern: '(\\d{1,2})', part: 'minute' },
  S: { pattern: '(\\d{1,2})', part: 'second' },
};

const compiledFormats = new Map<string, { regex: RegExp; parts: (keyof DateParts | 'year2')[] } | null>();

/** A Python strptime pattern (`%d/%m/%Y`, `%Y-%m-%dT%H:%M:%S`…) as a regex; null when it uses other directives. */
function compileStrptime(format: string): { regex: RegExp; parts: (keyof DateParts | 'year2')[] } | null {
  const known = compiledFormats.get(format);
  if (known !== undefined) return known;
  let source = '^';
  const parts: (keyof DateParts | 'year2')[] = [];
  let compiled: { regex: RegExp; parts: (keyof DateParts | 'year2')[] } | null = null;
  let ok = true;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char !== '%') {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const directive = format[++i];
    if (directive === '%') source += '%';
    else if (directive !== undefined && DIRECTIVES[directive]) {
      source += DIRECTIVES[directive].pattern;
      parts.push(DIRECTIVES[directive].part);
    } else ok = false;
  }
  if (ok) compiled = { regex: new RegExp(source + '$'), parts };
  compiledFormats.set(format, compiled);
  return compiled;
}

function partsFromFormat(raw: string, format: string): DateParts | undefined {
  const compiled = compileStrptime(format);
  const match = compiled?.regex.exec(raw);
  if (!compiled || !match) return undefined;
  const parts: DateParts = {};
  compiled.parts.forEach((part, index) => {
    const value = Number(match[index + 1]);
    if (part === 'year2') parts.year = value < 69 ? 2000 + value : 1900 + value; // Python's %y pivot
    else parts[part] = value;
  });
  return parts;
}

function timeSeconds(hour = 0, minute = 0, second = 0): number | undefined {
  return hour <= 23 && minute <= 59 && second <= 59 ? hour * 3600 + minute * 60 + second : undefined;
}

function parseDate(raw: string, format: string | undefined): number | undefined {
  let parts: DateParts | undefined;
  if (!format || format === 'default' || format === 'any') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    if (iso) parts = { year: +iso[1], month: +iso[2], day: +iso[3] };
    else if (format === 'any') parts = partsFromFormat(raw, '%d/%m/%Y');
  } else parts = partsFromFormat(raw, format);
  if (!parts || parts.year === undefined || parts.month === undefined || parts.day === undefined) return undefined;
  return dayOf(parts.year, parts.month, parts.day);
}

function parseDatetime(raw: string, format: string | undefined): number | undefined {
  if (!format || format === 'default' || format === 'any') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw);
    if (!iso) return undefined;
    const days = dayOf(+iso[1], +iso[2], +iso[3]);
    const seconds = timeSeconds(+iso[4], +iso[5], iso[6] ? +iso[6] : 0);
    if (days === undefined || seconds === undefined) return undefined;
    let offset = 0;
    const zone = iso[8];
    if (zone && zone !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offset = sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2)) * 60);
    }
    const fraction = iso[7] ? Number(`0.${iso[7]}`) : 0;
    return days * 86_400 + seconds - offset + fraction;
  }
  const parts = partsFromFormat(raw, format);
  if (!parts || parts.year === undefined || parts.month === undefined || parts.day === undefined) return undefined;
  const days = dayOf(parts.year, parts.month, parts.day);
  const seconds = timeSeconds(parts.hour, parts.minute, parts.second);
  return days === undefined || seconds === undefined ? undefined : days * 86_400 + seconds;
}

function parseTime(raw: string, format: string | undefined): number | undefined {
  if (!format || format === 'default' || format === 'any') {
    const iso = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(raw);
    return iso ? timeSeconds(+iso[1], +iso[2], iso[3] ? +iso[3] : 0) : undefined;
  }
  const parts = partsFromFormat(raw, format);
  return parts ? timeSeconds(parts.hour, parts.minute, parts.second) : undefined;
}

/**
 * The cell as its field types it; undefined when the value does not cast (a `type-error` that the
 * schema checks report: Validata's custom checks skip such cells, Frictionless having nulled them).
 */
export function castCell(raw: string, field: TableSchemaField | undefined): TypedCell | undefined {
  const type = field?.type ?? 'string';
  const format = typeof field?.format === 'string' ? field.format : undefined;
  const text = raw.trim();
  let value: number | undefined;
  switch (type) {
    case 'number':
    case 'integer':
      value = parseFieldNumber(raw, field, type === 'integer');
      return value === undefined ? undefined : { kind: 'number', value };
    case 'date':
      value = parseDate(text, format);
      break;
    case 'datetime':
      value = parseDatetime(text, format);
      break;
    case 'time':
      value = parseTime(text, format);
      break;
    case 'year':
      value = /^\d{4}$/.test(text) ? Number(text) : undefined;
      break;
    case 'yearmonth': {
      const match = /^(\d{4})-(\d{2})$/.exec(text);
      value = match && +match[2] >= 1 && +match[2] <= 12 ? +match[1] * 12 + +match[2] - 1 : undefined;
      break;
    }
    default:
      return { kind: 'string', value: raw };
  }
  return value === undefined ? undefined : { kind: 'temporal', type, value };
}

/** Python's float(): how Validata tells that a text value "is a number". */
export function textAsNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
