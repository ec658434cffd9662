// Numbers as French spreadsheets write them: decimal commas, thousands separated by spaces, no-break spaces,
// dots or apostrophes, and units or currency signs ("12 €", "22 kW", "45 %"). "1,234" alone could be 1.234
// or 1234: both readings are given unless the caller knows the column uses decimal commas.

/** An optional sign or currency before, the number, an optional unit after (letters, %, currency, ², ³, "m2"). */
const WITH_UNITS = /^([€$£]|eur\b|euros?\b)?\s*([+-]?\d[\d\s\u00a0\u202f.,']*)\s*((?:[\p{L}%€$£°²³/]+\.?(?:[23](?!\d))?\s*)*)$/iu;
const GROUP_SPACES = /[\s\u00a0\u202f']/g;

export interface NumberReading {
  /** Canonical text: optional minus, digits, '.' and decimals (no grouping). */
  readings: string[];
  /** A unit or currency was dropped. */
  unit: boolean;
}

function validGroups(integer: string, separator: string): boolean {
  const parts = integer.split(separator);
  return parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((part) => part.length === 3);
}

/**
 * Reads a French-written number. `decimalCommaProven`: the column elsewhere uses a comma as decimal mark,
 * so "1,234" is 1.234. Returns undefined when the text is not a number in any of these ways.
 */
export function readFrenchNumber(text: string, decimalCommaProven: boolean): NumberReading | undefined {
  const match = WITH_UNITS.exec(text.trim());
  if (!match) return undefined;
  const unit = Boolean(match[1]) || match[3].trim() !== '';
  let body = match[2].trim();
  const sign = body.startsWith('-') ? '-' : '';
  body = body.replace(/^[+-]/, '');
  // Spaces and apostrophes only ever group thousands.
  if (GROUP_SPACES.test(body)) {
    GROUP_SPACES.lastIndex = 0;
    const integerPart = body.split(/[.,]/)[0];
    if (!validGroups(integerPart.replace(GROUP_SPACES, ' ').replace(/ +/g, ' '), ' ')) return undefined;
    body = body.replace(GROUP_SPACES, '');
  }
  GROUP_SPACES.lastIndex = 0;
  const commas = (body.match(/,/g) ?? []).length;
  const dots = (body.match(/\./g) ?? []).length;
  const result = (integer: string, fraction = '') => `${sign}${integer.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
  if (commas === 0 && dots === 0) return /^\d+$/.test(body) ? { readings: [result(body)], unit } : undefined;
  if (commas > 0 && dots > 0) {
    // The last one is the decimal mark, the other groups thousands: "1.234,56", "1,234.56".
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [integer, fraction, extra] = body.split(decimal);
    if (extra !== undefined || !validGroups(integer, group) || !/^\d+$/.test(fraction)) return undefined;
    return { readings: [result(integer.split(group).join(''), fraction)], unit };
  }
  const separator = commas > 0 ? ',' : '.';
  const parts = body.split(separator);
  if (!parts.every((part) => /^\d+$/.test(part))) return undefined;
  if (parts.length > 2) return validGroups(body, separator) ? { readings: [result(parts.join(''))], unit } : undefined;
  const [integer, fraction] = parts;
  const asDecimal = result(integer, fraction);
  // "1,234" or "1.234": a decimal mark, or a thousands separator? Only three digits after a 1–3 digit integer can be both.
  if (fraction.length !== 3 || integer.length > 3 || integer === '0') return { readings: [asDecimal], unit };
  if (separator === ',' && decimalCommaProven) return { readings: [asDecimal], unit };
  return { readings: [asDecimal, result(integer + fraction)], unit };
}
