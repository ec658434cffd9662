// French company identifiers as INSEE defines them: SIREN (9 digits, the company) and SIRET (14 digits,
// an establishment = SIREN + 5-digit NIC), both with a Luhn check digit; plus the reasons a value fails,
// so that messages and quick fixes can be precise.
//
// Same rules as python-stdnum's `fr.siren` / `fr.siret`, which Validata uses: spaces and dots are
// tolerated as separators; La Poste's establishments (SIREN 356000000) are numbered outside Luhn and
// only need a digit sum divisible by 5 — except its head office 356 000 000 00048, a plain Luhn number.

export type CompanyIdKind = 'siren' | 'siret';

export type CompanyIdFailure =
  /** Excel turned the number into 7,32829E+13: the digits are lost. */
  | 'scientific-notation'
  /** Something other than digits, spaces and dots. */
  | 'format'
  /** The 14-digit SIRET column holds a valid 9-digit SIREN. */
  | 'siren-instead'
  /** A leading 0 was dropped (the column was read as a number): putting it back gives a valid number. */
  | 'leading-zero-lost'
  | 'length'
  | 'checksum';

export interface CompanyIdVerdict {
  failure: CompanyIdFailure;
  digitCount?: number;
  /** The corrected value, when the failure has one certain correction. */
  suggestion?: string;
}

const LENGTH: Record<CompanyIdKind, number> = { siren: 9, siret: 14 };
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Removes the separators python-stdnum tolerates (spaces and dots) and surrounding whitespace. */
export function compactCompanyId(value: string): string {
  return value.replace(/[ .]/g, '').trim();
}

/** The Luhn checksum (ISO/IEC 7812-1) over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

function checksumHolds(kind: CompanyIdKind, digits: string): boolean {
  if (kind === 'siren') return passesLuhn(digits);
  const establishmentOk =
    digits.startsWith(LA_POSTE_SIREN) && digits !== LA_POSTE_HEAD_OFFICE ? digitSum(digits) % 5 === 0 : passesLuhn(digits);
  return establishmentOk && passesLuhn(digits.slice(0, 9));
}

export function isValidCompanyId(kind: CompanyIdKind, value: string): boolean {
  const digits = compactCompanyId(value);
  return digits.length === LENGTH[kind] && /^\d+$/.test(digits) && checksumHolds(kind, digits);
}

export const isValidSiren = (value: string): boolean => isValidCompanyId('siren', value);
export const isValidSiret = (value: string): boolean => isValidCompanyId('siret', value);

/** Why a value is not a valid identifier of this kind; undefined when it is valid. */
export function diagnoseCompanyId(kind: CompanyIdKind, value: string): CompanyIdVerdict | undefined {
  const digits = compactCompanyId(value);
  const expected = LENGTH[kind];
  if (/^\d+(?:[.,]\d+)?[eE]\+?\d+$/.test(value.trim())) return { failure: 'scientific-notation' };
  if (!/^\d+$/.test(digits)) return { failure: 'format' };
  if (digits.length === expected) return checksumHolds(kind, digits) ? undefined : { failure: 'checksum' };
  if (kind === 'siret' && digits.length === LENGTH.siren && checksumHolds('siren', digits)) {
    return { failure: 'siren-instead', digitCount: digits.length };
  }
  if (digits.length < expected) {
    const padded = digits.padStart(expected, '0');
    // Only one or two lost zeros are plausible; more would be guessing.
    if (expected - digits.length <= 2 && checksumHolds(kind, padded)) {
      return { failure: 'leading-zero-lost', digitCount: digits.length, suggestion: padded };
    }
  }
  return { failure: 'length', digitCount: digits.length };
}
