// Compiles a Python strptime pattern (`%d/%m/%Y`, `%Y-%m-%dT%H:%M:%SZ`) once, the way Validata
// (frictionless-py → datetime.strptime) reads it, into a token list run by a small allocation-free
// scanner, with an equivalent regex + field extractor for the rare patterns the scanner cannot read greedily.
//
// Python semantics kept: directives accept the same digit counts as CPython's _strptime (`%d` reads
// 1 or 2 digits, `%Y` exactly 4), whitespace in the pattern matches one or more spaces, letters match
// case-insensitively, month and day names are the C locale's English ones, missing parts default to
// 1900-01-01 00:00:00, and the whole value must be consumed. The result must be a real calendar day.
import { isLeapYear, isValidDatetimeDate, civilFromDays, daysFromCivil } from '../../values/calendar';
import type { TemporalParts } from './temporalParts';
import { resetParts } from './temporalParts';

const enum Kind {
  Literal,
  Space,
  Number,
  Names,
  Zone,
  ZoneName,
}

/** Which part a number or name directive sets. */
const enum Part {
  Year4,
  Year2,
  Month,
  Day,
  Hour24,
  Hour12,
  Minute,
  Second,
  Fraction,
  DayOfYear,
  AmPm,
  Ignored,
}

interface Token {
  kind: Kind;
  /** Literal: the character code (lower-cased for letters). */
  code: number;
  part: Part;
  minDigits: number;
  maxDigits: number;
  low: number;
  high: number;
  /** `%d` also accepts a space-padded day (" 5"), as CPython does. */
  spacePadded: boolean;
  /** Names: lower-case names, longest first, and the value each one stands for. */
  names: string[];
  values: number[];
  /** The directive letter (for the regex form and samples). */
  directive: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function token(kind: Kind, partial: Partial<Token> = {}): Token {
  return {
    kind,
    code: 0,
    part: Part.Ignored,
    minDigits: 0,
    maxDigits: 0,
    low: 0,
    high: 0,
    spacePadded: false,
    names: [],
    values: [],
    directive: '',
    ...partial,
  };
}

function numberToken(directive: string, part: Part, minDigits: number, maxDigits: number, low: number, high: number): Token {
  return token(Kind.Number, { directive, part, minDigits, maxDigits, low, high, spacePadded: directive === 'd' });
}

function namesToken(directive: string, part: Part, full: string[], abbreviated: boolean | 'both', valueBase: number): Token {
  const entries: [string, number][] = [];
  full.forEach((name, index) => {
    if (abbreviated !== true) entries.push([name, index + valueBase]);
    if (abbreviated !== false) entries.push([name.slice(0, 3), index + valueBase]);
  });
  entries.sort((a, b) => b[0].length - a[0].length);
  return token(Kind.Names, { directive, part, names: entries.map((e) => e[0]), values: entries.map((e) => e[1]) });
}

/** CPython's regex for each directive (Lib/_strptime.py, TimeRE), used by the regex form. */
const DIRECTIVE_REGEX: Record<string, string> = {
  d: '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]',
  f: '[0-9]{1,6}',
  H: '2[0-3]|[0-1]\\d|\\d',
  I: '1[0-2]|0[1-9]|[1-9]',
  G: '\\d\\d\\d\\d',
  j: '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]',
  m: '1[0-2]|0[1-9]|[1-9]',
  M: '[0-5]\\d|\\d',
  S: '6[0-1]|[0-5]\\d|\\d',
  U: '5[0-3]|[0-4]\\d|\\d',
  W: '5[0-3]|[0-4]\\d|\\d',
  V: '5[0-3]|0[1-9]|[1-4]\\d|\\d',
  w: '[0-6]',
  u: '[1-7]',
  y: '\\d\\d',
  Y: '\\d\\d\\d\\d',
  z: '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z',
  Z: 'utc|gmt',
};

function directiveToken(letter: string): Token | Token[] | undefined {
  switch (letter) {
    case 'Y':
      return numberToken('Y', Part.Year4, 4, 4, 0, 9999);
    case 'G':
      return numberToken('G', Part.Year4, 4, 4, 0, 9999);
    case 'y':
      return numberToken('y', Part.Year2, 2, 2, 0, 99);
    case 'm':
      return numberToken('m', Part.Month, 1, 2, 1, 12);
    case 'd':
      return numberToken('d', Part.Day, 1, 2, 1, 31);
    case 'H':
      return numberToken('H', Part.Hour24, 1, 2, 0, 23);
    case 'I':
      return numberToken('I', Part.Hour12, 1, 2, 1, 12);
    case 'M':
      return numberToken('M', Part.Minute, 1, 2, 0, 59);
    // CPython's regex reads 60 and 61, then datetime() rejects them: the outcome is the same.
    case 'S':
      return numberToken('S', Part.Second, 1, 2, 0, 59);
    case 'f':
      return numberToken('f', Part.Fraction, 1, 6, 0, 999999);
    case 'j':
      return numberToken('j', Part.DayOfYear, 1, 3, 1, 366);
    case 'U':
    case 'W':
      return numberToken(letter, Part.Ignored, 1, 2, 0, 53);
    case 'V':
      return numberToken('V', Part.Ignored, 1, 2, 1, 53);
    case 'w':
      return numberToken('w', Part.Ignored, 1, 1, 0, 6);
    case 'u':
      return numberToken('u', Part.Ignored, 1, 1, 1, 7);
    case 'B':
      return namesToken('B', Part.Month, MONTHS, false, 1);
    case 'b':
    case 'h':
      return namesToken(letter, Part.Month, MONTHS, true, 1);
    case 'A':
      return namesToken('A', Part.Ignored, DAYS, false, 0);
    case 'a':
      return namesToken('a', Part.Ignored, DAYS, true, 0);
    case 'p':
      return token(Kind.Names, { directive: 'p', part: Part.AmPm, names: ['am', 'pm'], values: [0, 1] });
    case 'z':
      return token(Kind.Zone, { directive: 'z' });
    case 'Z':
      return token(Kind.ZoneName, { directive: 'Z' });
    // The C locale's composite directives, as CPython expands them.
    case 'c':
      return tokenize('%a %b %d %H:%M:%S %Y') ?? undefined;
    case 'x':
      return tokenize('%m/%d/%y') ?? undefined;
    case 'X':
      return tokenize('%H:%M:%S') ?? undefined;
    case 'T':
      return tokenize('%H:%M:%S') ?? undefined;
    case 'D':
      return tokenize('%m/%d/%y') ?? undefined;
    case 'F':
      return tokenize('%Y-%m-%d') ?? undefined;
    case 'R':
      return tokenize('%H:%M') ?? undefined;
    default:
      return undefined;
  }
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Splits a pattern into tokens; null when it has an unknown directive (`%Q`) or a dangling `%`. */
function tokenize(pattern: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code === 37) {
      const letter = pattern[i + 1];
      i++;
      if (letter === undefined) return null;
      if (letter === '%') {
        tokens.push(token(Kind.Literal, { code: 37 }));
        continue;
      }
      const made = directiveToken(letter);
      if (!made) return null;
      if (Array.isArray(made)) tokens.push(...made);
      else tokens.push(made);
    } else if (isSpaceCode(code)) {
      while (i + 1 < pattern.length && isSpaceCode(pattern.charCodeAt(i + 1))) i++;
      tokens.push(token(Kind.Space));
    } else {
      tokens.push(token(Kind.Literal, { code: lower(code) }));
    }
  }
  return tokens;
}

/** Could the token start with a decimal digit? (A variable-width number before it would need backtracking.) */
function canStartWithDigit(next: Token | undefined): boolean {
  if (!next) return false;
  if (next.kind === Kind.Number) return true;
  return next.kind === Kind.Literal && next.code >= 48 && next.code <= 57;
}

function escapeRegex(char: string): string {
  // Only characters special outside classes: `u`-mode regexes reject needless escapes such as `\-`.
  return /[\\^$.*+?()[\]{}|]/.test(char) ? `\\${char}` : char;
}

/** Mutable state of one parse (12-hour clock, day of year), kept apart from the result parts. */
interface ParseState {
  hour12: number;
  pm: number;
  dayOfYear: number;
  year2: number;
  hasYear4: boolean;
}

export interface StrptimePattern {
  /** The pattern as written in the schema. */
  readonly source: string;
  /** The regex form (CPython's directive regexes, anchored, case-insensitive). */
  readonly regex: RegExp;
  /** True when the allocation-free scanner reads this pattern exactly (no variable-width number next to a digit). */
  readonly greedy: boolean;
  readonly hasDate: boolean;
  readonly hasTime: boolean;
  /** Parses a value into `parts`; false when it does not match or is not a real date/time. */
  parse(text: string, parts: TemporalParts): boolean;
  /** Parses with the regex form (the reference the scanner is tested against). */
  parseWithRegex(text: string, parts: TemporalParts): boolean;
  /** True when the value has the pattern's shape (digits and separators) even if the date does not exist. */
  matchesShape(text: string): boolean;
  /** Formats an instant's parts with this pattern (for example values in messages). */
  format(parts: TemporalParts): string;
}

/** Compiles a pattern; null when it is not a valid strptime pattern. A leading `fmt:` (deprecated spelling) is ignored. */
export function compileStrptime(pattern: string): StrptimePattern | null {
  const source = pattern.startsWith('fmt:') ? pattern.slice(4) : pattern;
  const tokenized = tokenize(source);
  if (!tokenized || tokenized.length === 0) return null;
  const tokens: Token[] = tokenized;
  const greedy = tokens.every((t, i) => t.kind !== Kind.Number || t.minDigits === t.maxDigits || !canStartWithDigit(tokens[i + 1]));
  const groupTokens: Token[] = [];
  let regexSource = '^';
  for (const t of tokens) {
    switch (t.kind) {
      case Kind.Literal:
        regexSource += escapeRegex(String.fromCharCode(t.code));
        break;
      case Kind.Space:
        regexSource += '\\s+';
        break;
      case Kind.Names:
        regexSource += `(${t.names.join('|')})`;
        groupTokens.push(t);
        break;
      default:
        regexSource += `(${DIRECTIVE_REGEX[t.directive]})`;
        groupTokens.push(t);
    }
  }
  const regex = new RegExp(`${regexSource}$`, 'i');
  const hasDate = tokens.some((t) => t.part === Part.Year4 || t.part === Part.Year2 || t.part === Part.Month || t.part === Part.Day || t.part === Part.DayOfYear);
  const hasTime = tokens.some((t) => t.part === Part.Hour24 || t.part === Part.Hour12 || t.part === Part.Minute || t.part === Part.Second);
  const state: ParseState = { hour12: -1, pm: -1, dayOfYear: -1, year2: -1, hasYear4: false };

  function begin(parts: TemporalParts): void {
    resetParts(parts);
    state.hour12 = -1;
    state.pm = -1;
    state.dayOfYear = -1;
    state.year2 = -1;
    state.hasYear4 = false;
  }

  function assign(part: Part, value: number, parts: TemporalParts, digits: number): void {
    switch (part) {
      case Part.Year4:
        parts.year = value;
        state.hasYear4 = true;
        break;
      case Part.Year2:
        state.year2 = value;
        break;
      case Part.Month:
        parts.month = value;
        break;
      case Part.Day:
        parts.day = value;
        break;
      case Part.Hour24:
        parts.hour = value;
        break;
      case Part.Hour12:
        state.hour12 = value;
        break;
      case Part.Minute:
        parts.minute = value;
        break;
      case Part.Second:
        parts.second = value;
        break;
      case Part.Fraction:
        parts.microsecond = value * 10 ** (6 - digits);
        break;
      case Part.DayOfYear:
        state.dayOfYear = value;
        break;
      case Part.AmPm:
        state.pm = value;
        break;
    }
  }

  /** CPython's post-processing: two-digit years, 12-hour clock, day of year, calendar validity. */
  function complete(parts: TemporalParts): boolean {
    if (state.year2 >= 0 && !state.hasYear4) parts.year = state.year2 <= 68 ? 2000 + state.year2 : 1900 + state.year2;
    if (state.hour12 >= 0) {
      const hour = state.hour12 % 12;
      parts.hour = state.pm === 1 ? hour + 12 : hour;
    }
    if (state.dayOfYear >= 0) {
      if (state.dayOfYear > (isLeapYear(parts.year) ? 366 : 365) || parts.year < 1) return false;
      const civil = civilFromDays(daysFromCivil(parts.year, 1, 1) + state.dayOfYear - 1);
      parts.month = civil.month;
      parts.day = civil.day;
    }
    return isValidDatetimeDate(parts.year, parts.month, parts.day);
  }

  function readZone(text: string, i: number, parts: TemporalParts): number {
    const sign = text.charCodeAt(i);
    if (sign === 90) {
      parts.offsetMinutes = 0;
      return i + 1;
    }
    if (sign !== 43 && sign !== 45) return -1;
    const hours = twoDigits(text, i + 1);
    if (hours < 0) return -1;
    let j = i + 3;
    if (text.charCodeAt(j) === 58) j++;
    const minutes = twoDigits(text, j);
    if (minutes < 0 || minutes > 59) return -1;
    j += 2;
    let seconds = 0;
    let k = text.charCodeAt(j) === 58 ? j + 1 : j;
    const s = twoDigits(text, k);
    if (s >= 0 && s <= 59) {
      seconds = s;
      k += 2;
      if (text.charCodeAt(k) === 46) {
        let m = k + 1;
        while (m < text.length && m - k - 1 < 6 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
        if (m > k + 1) k = m;
      }
      j = k;
    }
    // CPython keeps seconds in the offset; minutes are what time zones use.
    parts.offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes + seconds / 60);
    return j;
  }

  function scan(text: string, parts: TemporalParts): boolean {
    begin(parts);
    const end = text.length;
    let i = 0;
    for (let n = 0; n < tokens.length; n++) {
      const t = tokens[n];
      switch (t.kind) {
        case Kind.Literal:
          if (i >= end || lower(text.charCodeAt(i)) !== t.code) return false;
          i++;
          break;
        case Kind.Space:
          if (i >= end || !isSpaceCode(text.charCodeAt(i))) return false;
          while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
          break;
        case Kind.Number: {
          let value = 0;
          let digits = 0;
          if (t.spacePadded && text.charCodeAt(i) === 32) {
            const d = text.charCodeAt(i + 1) - 48;
            if (!(d >= 1 && d <= 9)) return false;
            value = d;
            digits = 1;
            i += 2;
          } else {
            while (digits < t.maxDigits && i < end) {
              const d = text.charCodeAt(i) - 48;
              if (!(d >= 0 && d <= 9)) break;
              value = value * 10 + d;
              digits++;
              i++;
            }
            if (digits < t.minDigits) return false;
          }
          if (value < t.low || value > t.high) return false;
          assign(t.part, value, parts, digits);
          break;
        }
        case Kind.Names: {
          let matched = -1;
          for (let k = 0; k < t.names.length; k++) {
            if (startsWithIgnoringCase(text, i, t.names[k])) {
              matched = k;
              break;
            }
          }
          if (matched < 0) return false;
          i += t.names[matched].length;
          assign(t.part, t.values[matched], parts, 0);
          break;
        }
        case Kind.Zone:
          i = readZone(text, i, parts);
          if (i < 0) return false;
          break;
        case Kind.ZoneName:
          if (startsWithIgnoringCase(text, i, 'utc') || startsWithIgnoringCase(text, i, 'gmt')) i += 3;
          else return false;
          break;
      }
    }
    return i === end && complete(parts);
  }

  function parseWithRegex(text: string, parts: TemporalParts): boolean {
    const match = regex.exec(text);
    if (!match) return false;
    begin(parts);
    for (let g = 0; g < groupTokens.length; g++) {
      const t = groupTokens[g];
      const found = match[g + 1];
      if (t.kind === Kind.Number) {
        const digits = found.trim();
        assign(t.part, Number(digits), parts, digits.length);
        if (Number(digits) > t.high || Number(digits) < t.low) return false;
      } else if (t.kind === Kind.Names) {
        assign(t.part, t.values[t.names.indexOf(found.toLowerCase())], parts, 0);
      } else if (t.kind === Kind.Zone) {
        if (readZone(found, 0, parts) !== found.length) return false;
      }
    }
    return complete(parts);
  }

  const shape = new RegExp(
    '^' +
      tokens
        .map((t) => {
          switch (t.kind) {
            case Kind.Literal:
              return escapeRegex(String.fromCharCode(t.code));
            case Kind.Space:
              return '\\s+';
            case Kind.Number:
              return `\\s?\\d{${t.minDigits},${t.maxDigits}}`;
            case Kind.Names:
              return '\\p{L}+';
            case Kind.Zone:
              return '(?:Z|[+-][\\d:.]+)';
            default:
              return '\\p{L}+';
          }
        })
        .join('') +
      '$',
    'iu',
  );

  return {
    source: pattern,
    regex,
    greedy,
    hasDate,
    hasTime,
    parse: greedy ? scan : parseWithRegex,
    parseWithRegex,
    matchesShape: (text) => shape.test(text),
    format: (parts) => formatTokens(tokens, parts),
  };
}

function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function startsWithIgnoringCase(text: string, at: number, lowerName: string): boolean {
  if (at + lowerName.length > text.length) return false;
  for (let k = 0; k < lowerName.length; k++) {
    if (lower(text.charCodeAt(at + k)) !== lowerName.charCodeAt(k)) return false;
  }
  return true;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatTokens(tokens: Token[], parts: TemporalParts): string {
  let out = '';
  const weekday = (((daysFromCivil(parts.year, parts.month, parts.day) % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday (3 with Monday = 0)
  for (const t of tokens) {
    switch (t.kind) {
      case Kind.Literal: {
        const char = String.fromCharCode(t.code);
        // Letters were lower-cased for matching; show the usual ISO separators upper-case.
        out += char === 't' || char === 'z' ? char.toUpperCase() : char;
        break;
      }
      case Kind.Space:
        out += ' ';
        break;
      case Kind.Zone:
        out += 'Z';
        break;
      case Kind.ZoneName:
        out += 'UTC';
        break;
      case Kind.Names: {
        const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
        if (t.part === Part.Month) out += capital(t.directive === 'B' ? MONTHS[parts.month - 1] : MONTHS[parts.month - 1].slice(0, 3));
        else if (t.part === Part.AmPm) out += parts.hour >= 12 ? 'PM' : 'AM';
        else out += capital(t.directive === 'A' ? DAYS[weekday] : DAYS[weekday].slice(0, 3));
        break;
      }
      case Kind.Number:
        switch (t.part) {
          case Part.Year4:
            out += pad(parts.year, 4);
            break;
          case Part.Year2:
            out += pad(parts.year % 100, 2);
            break;
          case Part.Month:
            out += pad(parts.month, 2);
            break;
          case Part.Day:
            out += pad(parts.day, 2);
            break;
          case Part.Hour24:
            out += pad(parts.hour, 2);
            break;
          case Part.Hour12:
            out += pad(parts.hour % 12 === 0 ? 12 : parts.hour % 12, 2);
            break;
          case Part.Minute:
            out += pad(parts.minute, 2);
            break;
          case Part.Second:
            out += pad(parts.second, 2);
            break;
          case Part.Fraction:
            out += pad(parts.microsecond, 6);
            break;
          case Part.DayOfYear:
            out += pad(daysFromCivil(parts.year, parts.month, parts.day) - daysFromCivil(parts.year, 1, 1) + 1, 3);
            break;
          default:
            out += t.directive === 'w' ? String((weekday + 1) % 7) : t.directive === 'u' ? String(weekday + 1) : '11';
        }
        break;
    }
  }
  return out;
}
