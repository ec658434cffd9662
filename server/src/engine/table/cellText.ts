// Writes a value as a cell of the file's dialect: quoted only when the dialect needs it (or when the file
// quotes every cell), quotes doubled; and reads a cell's raw text back.
import type { Dialect } from './dialect';

/** True when the value cannot be written bare in this dialect. */
export function needsQuotes(value: string, dialect: Dialect): boolean {
  if (value.includes(dialect.delimiter) || value.includes('\n') || value.includes('\r')) return true;
  if (dialect.quoteChar !== '' && value.includes(dialect.quoteChar)) return true;
  // A leading space would be dropped by readers that skip initial spaces.
  return dialect.skipInitialSpace && /^\s/.test(value);
}

/**
 * The cell text for `value`; undefined when the dialect has no quote character and the value needs one
 * (such a value cannot be written without changing the table's shape).
 */
export function encodeCell(value: string, dialect: Dialect, alwaysQuote = false): string | undefined {
  const quote = dialect.quoteChar;
  if (!needsQuotes(value, dialect) && !(alwaysQuote && quote !== '')) return value;
  if (quote === '') return undefined;
  return `${quote}${value.split(quote).join(quote + quote)}${quote}`;
}

/** Whether a cell's raw text is quoted (starts with the dialect's quote character). */
export function isQuotedCell(raw: string, dialect: Dialect): boolean {
  return dialect.quoteChar !== '' && raw.startsWith(dialect.quoteChar);
}

/** The value of a cell's raw text: quotes removed and doubled quotes unescaped (irregular cells read leniently). */
export function decodeCell(raw: string, dialect: Dialect): string {
  const quote = dialect.quoteChar;
  if (!isQuotedCell(raw, dialect)) return raw;
  const body = raw.length >= 2 && raw.endsWith(quote) ? raw.slice(1, -1) : raw.slice(1);
  return body.split(quote + quote).join(quote);
}
