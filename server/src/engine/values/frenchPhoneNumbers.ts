// French telephone numbers as Validata's `phone-number-value` accepts them. Validata asks Google's
// libphonenumber (Python `phonenumbers`) whether the value is a valid number for region FR, or a valid
// short number there (15, 115, 3949…), or a valid number in international form for any country.
// We encode the same French numbering plan ourselves (ARCEP's plan as libphonenumber's metadata
// describes it, per number type) and, for other countries, check only the E.164 shape.
//
// One consequence worth knowing: for region FR, libphonenumber rejects the national form of numbers
// of the overseas departments (0262…, 0692…, 0590…, 0694…, 0696…), which have their own country codes
// (+262, +590, +594, +596). Validata thus accepts "+262 262 12 34 56" but not "0262 12 34 56": we
// report the latter with its international form as suggestion.

export type PhoneNumberFailure =
  /** Letters or symbols inside the number. */
  | 'characters'
  /** A national number (starting with 0) without 10 digits. */
  | 'length'
  /** An overseas department number in national form: valid only as +262/+590/+594/+596 … */
  | 'overseas-national'
  /** Anything else: digits that are not an allocated French number. */
  | 'invalid';

export interface PhoneNumberVerdict {
  failure: PhoneNumberFailure;
  digitCount?: number;
  suggestion?: string;
}

// National significant numbers (after the 0 or +33) of metropolitan France, per libphonenumber type:
// fixed line, mobile, toll free, premium rate, shared cost, VoIP (09), universal access (0806–0809).
const FRANCE_NSN = new RegExp(
  '^(?:' +
    [
      '(?:26[013-9]|59[1-35-9])\\d{6}|(?:[13]\\d|2[0-57-9]|4[1-9]|5[0-8])\\d{7}',
      '(?:6(?:[0-24-8]\\d|3[0-8]|9[589])|7[3-9]\\d)\\d{6}',
      '80[0-5]\\d{6}',
      '836(?:0[0-36-9]|[1-9]\\d)\\d{4}|8(?:1[2-9]|2[2-47-9]|3[0-57-9]|[569]\\d|8[0-35-9])\\d{6}',
      '8(?:1[01]|2[0156]|4[024]|84)\\d{6}',
      '9\\d{8}',
      '80[6-9]\\d{6}',
    ].join('|') +
    ')$',
);

// French short numbers (2 to 6 digits: 15, 112, 115, 119, 3949, 36 65…), libphonenumber's `short_code`.
const FRANCE_SHORT = /^(?:1(?:0\d{2}|1(?:[02459]|6(?:000|111)|8\d{3})|9[167]|[578])|2(?:0(?:000|20)|24)|3\d{3,4}|6(?:1[14]|34|\d{4})|7(?:0[06]|22|40|\d{4})|[458]\d{4})$/;

interface Territory {
  countryCode: string;
  names: string;
  /** National significant numbers, simplified from libphonenumber's per-type patterns. */
  nsn: RegExp;
  /** Which national-form numbers (0 + nsn) belong to this territory rather than to +33. */
  nationalPrefixes?: RegExp;
  /** Whether "0" is a national prefix that may follow the country code ("+262 (0)692…"). */
  trunkZero: boolean;
}

const OVERSEAS: readonly Territory[] = [
  {
    countryCode: '262',
    names: 'La Réunion, Mayotte',
    nsn: /^(?:26[239]\d{6}|639\d{6}|69[23]\d{6}|80\d{7}|89[1-37-9]\d{6}|8(?:1[019]|2[0156]|84|90)\d{6}|9(?:39|47|76)\d{6})$/,
    nationalPrefixes: /^(?:26[239]|639|69[23])/,
    trunkZero: true,
  },
  {
    countryCode: '590',
    names: 'Guadeloupe, Saint-Barthélemy, Saint-Martin',
    nsn: /^(?:590\d{6}|69[01]\d{6}|80[0-5]\d{6}|9(?:39|47|76)\d{6})$/,
    nationalPrefixes: /^(?:590|69[01])/,
    trunkZero: true,
  },
  {
    countryCode: '594',
    names: 'Guyane',
    nsn: /^(?:594\d{6}|694\d{6}|80[0-5]\d{6}|9(?:39|47|76)\d{6})$/,
    nationalPrefixes: /^(?:594|694)/,
    trunkZero: true,
  },
  {
    countryCode: '596',
    names: 'Martinique',
    nsn: /^(?:596\d{6}|69[67]\d{6}|80[0-5]\d{6}|9(?:39|47|76)\d{6})$/,
    nationalPrefixes: /^(?:596|69[67])/,
    trunkZero: true,
  },
  { countryCode: '508', names: 'Saint-Pierre-et-Miquelon', nsn: /^(?:(?:4[0-7]|5[0156])\d{4}|708\d{6}|80[0-5]\d{6})$/, trunkZero: true },
  { countryCode: '681', names: 'Wallis-et-Futuna', nsn: /^(?:(?:40|72|8[0-3]|9[23])\d{4}|80[0-5]\d{6})$/, trunkZero: false },
  { countryCode: '687', names: 'Nouvelle-Calédonie', nsn: /^(?:(?:2[03-9]|3[0-6]|4[1-7]|5[0-4]|[79]\d|8[0-9])\d{4}|050\d{3})$/, trunkZero: false },
  { countryCode: '689', names: 'Polynésie française', nsn: /^(?:4(?:0[4-689]|9[4-689])\d{5}|8[7-9]\d{6}|44\d{4}|80[0-5]\d{6})$/, trunkZero: false },
];

// Separators people (and libphonenumber) accept between digits: spaces (also no-break), dots,
// hyphens and dashes, slashes, brackets.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212/()[\]]/g;

function formatInternational(countryCode: string, nsn: string): string {
  return `+${countryCode} ${nsn.slice(0, 3)} ${nsn.slice(3, 5)} ${nsn.slice(5, 7)} ${nsn.slice(7)}`;
}

/** Like libphonenumber: the number starts at the first digit or +, trailing text is dropped. */
function extractNumber(value: string): string | undefined {
  const start = value.search(/[+\d]/);
  if (start < 0) return undefined;
  const end = value.search(/\d[^\d]*$/);
  return end < start ? undefined : value.slice(start, end + 1);
}

function isValidInternational(digits: string): boolean {
  if (digits.startsWith('33')) {
    let nsn = digits.slice(2);
    if (nsn.startsWith('0')) nsn = nsn.slice(1);
    return FRANCE_NSN.test(nsn);
  }
  for (const territory of OVERSEAS) {
    if (!digits.startsWith(territory.countryCode)) continue;
    let nsn = digits.slice(territory.countryCode.length);
    if (territory.trunkZero && nsn.startsWith('0')) nsn = nsn.slice(1);
    return territory.nsn.test(nsn);
  }
  // Other countries: only the E.164 shape (country code without leading 0, 8 to 15 digits in all).
  return /^[1-9]\d{7,14}$/.test(digits);
}

/** Why a value is not a phone number Validata accepts; undefined when it is accepted. */
export function diagnosePhoneNumber(value: string): PhoneNumberVerdict | undefined {
  const number = extractNumber(value);
  if (number === undefined) return { failure: 'characters' };
  const international = number.startsWith('+');
  const body = international ? number.slice(1) : number;
  if (/[^\d]/.test(body.replace(SEPARATORS, ''))) return { failure: 'characters' };
  const digits = body.replace(SEPARATORS, '');

  if (international) return isValidInternational(digits) ? undefined : { failure: 'invalid' };
  if (digits.startsWith('00')) return isValidInternational(digits.slice(2)) ? undefined : { failure: 'invalid' };

  const nsn = digits.startsWith('0') ? digits.slice(1) : digits;
  if (FRANCE_NSN.test(nsn) || FRANCE_SHORT.test(nsn)) return undefined;
  // "33 1 23 45 67 89": libphonenumber takes a leading 33 as the country code when the rest is valid.
  if (digits.length === 11 && digits.startsWith('33') && FRANCE_NSN.test(digits.slice(2))) return undefined;
  if (digits.startsWith('0') && nsn.length === 9) {
    for (const territory of OVERSEAS) {
      if (territory.nationalPrefixes?.test(nsn) && territory.nsn.test(nsn)) {
        return { failure: 'overseas-national', suggestion: formatInternational(territory.countryCode, nsn) };
      }
    }
  }
  if (digits.startsWith('0') && digits.length !== 10) return { failure: 'length', digitCount: digits.length };
  return { failure: 'invalid' };
}

export function isValidPhoneNumber(value: string): boolean {
  return diagnosePhoneNumber(value) === undefined;
}

/** Territories whose country codes this module knows (for documentation and messages). */
export const overseasCountryCodes: readonly { countryCode: string; names: string }[] = OVERSEAS.map(({ countryCode, names }) => ({
  countryCode,
  names,
}));

/** The loose shape of a French number in data, for telling a column of phone numbers apart (not validating one). */
const FRENCH_PHONE = /^(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)([1-9])(?:[\s.-]?\d{2}){4}$/;

/** A French phone number as people write it (0x xx xx xx xx, +33 x xx xx xx xx…). */
export function looksLikePhone(value: string): boolean {
  return value.length <= 24 && FRENCH_PHONE.test(value);
}

/** A mobile number (06, 07): in France, a person's own line far more often than an organisation's. */
export function isMobilePhone(value: string): boolean {
  const match = FRENCH_PHONE.exec(value);
  return match !== null && (match[1] === '6' || match[1] === '7');
}
