// CSV dialect: the delimiter, quoting and line-ending conventions of a file, and how to sniff them.

export type LineTerminator = 'LF' | 'CRLF' | 'CR';

export interface Dialect {
  /** One character: `,` `;` tab or `|` (any single character is accepted when given explicitly). */
  delimiter: string;
  /** The quote character, or '' when fields are never quoted. */
  quoteChar: string;
  /** Spaces right after a delimiter are not part of the value (the `, ` comma-plus-space variant). */
  skipInitialSpace: boolean;
  /** Whether the first row holds the column labels. */
  header: boolean;
  /** The line terminator most rows use (fixes write new rows with it). */
  lineTerminator: LineTerminator;
}

export const defaultDialect: Dialect = {
  delimiter: ',',
  quoteChar: '"',
  skipInitialSpace: false,
  header: true,
  lineTerminator: 'LF',
};

/**
 * In the order that wins ties: `;` before `,` because in a French file a comma inside a value (a decimal
 * comma, "entrepôts, logistique") or a label ("Surface (m², hors murs)") is common, a semicolon in a
 * comma-separated file much rarer.
 */
const candidateDelimiters = [';', ',', '\t', '|'];
/** How much of the file sniffing reads: enough for dozens of rows of a wide national file. */
export const SNIFF_CHARS = 64 * 1024;
const SNIFF_ROWS = 50;

/**
 * Guesses the dialect from the first rows: the delimiter whose count per row (outside quotes) is the
 * most consistent and non-zero, the quote character, the comma-plus-space variant and the dominant
 * line terminator. Explicit settings (from a sidecar) override any part of it.
 */
export function sniffDialect(text: string, explicit: Partial<Dialect> = {}): Dialect {
  const sample = text.slice(0, SNIFF_CHARS);
  const quoteChar = explicit.quoteChar ?? sniffQuoteChar(sample);
  const lines = splitLogicalLines(sample, quoteChar).slice(0, SNIFF_ROWS);
  // The last line of a truncated sample may be cut in the middle: leave it out when there are others.
  if (sample.length < text.length && lines.length > 1) lines.pop();
  const delimiter = explicit.delimiter ?? pickDelimiter(lines, quoteChar);
  const skipInitialSpace = explicit.skipInitialSpace ?? sniffInitialSpace(lines, delimiter, quoteChar);
  return {
    delimiter,
    quoteChar,
    skipInitialSpace,
    header: explicit.header ?? true,
    lineTerminator: explicit.lineTerminator ?? dominantTerminator(sample, quoteChar),
  };
}

/** Splits a sample into logical rows (line breaks inside quotes do not split). */
function splitLogicalLines(sample: string, quoteChar: string): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (quoteChar && ch === quoteChar) inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      lines.push(sample.slice(start, i));
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < sample.length) lines.push(sample.slice(start));
  return lines.filter((line) => line.trim() !== '');
}

function countOutsideQuotes(line: string, delimiter: string, quoteChar: string): number {
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoteChar && ch === quoteChar) inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) count++;
  }
  return count;
}

function pickDelimiter(lines: string[], quoteChar: string): string {
  if (lines.length === 0) return defaultDialect.delimiter;
  let best = defaultDialect.delimiter;
  let bestScore = 0;
  for (const delimiter of candidateDelimiters) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter, quoteChar));
    const headerCount = counts[0];
    if (headerCount === 0) continue;
    // Score: rows agreeing with the header's count, weighted by the count itself so that a delimiter
    // that splits the header into many columns beats one that appears once inside a label.
    const agreeing = counts.filter((count) => count === headerCount).length;
    const score = (agreeing / counts.length) * 1000 + Math.min(headerCount, 999);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function sniffQuoteChar(sample: string): string {
  // A single quote is a quote character only when it wraps whole fields and double quotes never do.
  const doubleWrapped = /(^|[,;\t|])"/m.test(sample);
  if (doubleWrapped) return '"';
  const singleWrapped = sample.match(/(^|[,;\t|])'[^'\r\n]*'(?=[,;\t|]|\r?$)/gm);
  return singleWrapped && singleWrapped.length >= 2 ? "'" : '"';
}

function sniffInitialSpace(lines: string[], delimiter: string, quoteChar: string): boolean {
  if (delimiter !== ',' || lines.length === 0) return false;
  let delimiters = 0;
  let followedBySpace = 0;
  for (const line of lines) {
    let inQuotes = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoteChar && ch === quoteChar) inQuotes = !inQuotes;
      else if (!inQuotes && ch === delimiter) {
        delimiters++;
        if (line[i + 1] === ' ') followedBySpace++;
      }
    }
  }
  // Every (or nearly every) comma followed by a space: the `a, b, c` convention of some exports.
  return delimiters >= 2 && followedBySpace / delimiters >= 0.9;
}

/** The most used row terminator; line breaks inside quoted values (Excel writes LF there in CRLF files) do not count. */
function dominantTerminator(sample: string, quoteChar: string): LineTerminator {
  const quote = quoteChar ? quoteChar.charCodeAt(0) : -1;
  let inQuotes = false;
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === quote) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (code === 13) {
      if (sample.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (code === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return 'CRLF';
  if (cr > lf) return 'CR';
  return 'LF';
}

export function terminatorText(terminator: LineTerminator): string {
  return terminator === 'CRLF' ? '\r\n' : terminator === 'CR' ? '\r' : '\n';
}
