// The `string` type and its formats: `default` (any text), `email`, `uri`, `uuid`, `binary` (base64).
import type { CellKey, CellType, TypeErrorReason } from './cellType';

const identity = (text: string): CellKey => text;

// An address as people and mail servers write it: dot-atom local part, dotted domain, letter TLD or punycode.
// Letters and digits of any script are allowed (internationalized addresses); quoted local parts are not.
const EMAIL =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

// RFC 3986 scheme, then no whitespace and none of the characters a URI may never hold unescaped. Non-ASCII
// letters are accepted (IRIs, as browsers and the validators Validata relies on accept them).
const URI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/i;
// Web and FTP addresses also need an authority (`https://host`).
const WEB_SCHEME = /^(?:https?|ftps?|wss?):/i;
const WEB_AUTHORITY = /^[a-z]+:\/\/[^/?#\s@]*@?[^/?#\s:@]+(?::\d*)?(?:[/?#]|$)/i;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** ASCII character classes of addresses: 1 = letter or digit, 2 = other dot-atom character (RFC 5322 atext). */
const EMAIL_CHARS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9]/.test(char)) EMAIL_CHARS[code] = 1;
  else if ("!#$%&'*+/=?^_`{|}~-".includes(char)) EMAIL_CHARS[code] = 2;
}

/**
 * The EMAIL regex written out for ASCII addresses (almost all of them), without a regex run: true or
 * false, or undefined when the text has a non-ASCII character and the Unicode regex must decide.
 */
function asciiEmail(text: string): boolean | undefined {
  const length = text.length;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === length - 1) {
    for (let i = 0; i < length; i++) if (text.charCodeAt(i) > 127) return undefined;
    return false;
  }
  let previous = 46; // a leading dot is refused like a doubled one
  for (let i = 0; i < at; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return undefined;
    if (code === 46) {
      if (previous === 46) return false;
    } else if (EMAIL_CHARS[code] === 0) return false;
    previous = code;
  }
  if (previous === 46) return false;
  let labelStart = at + 1;
  let labels = 0;
  let lastLabelStart = labelStart;
  for (let i = at + 1; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 46;
    if (code > 127) return undefined;
    if (code === 46) {
      const size = i - labelStart;
      if (size === 0 || size > 63 || text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
      labels++;
      lastLabelStart = labelStart;
      labelStart = i + 1;
    } else if (EMAIL_CHARS[code] !== 1 && code !== 45) return false;
  }
  if (labels < 2) return false;
  // The top-level domain: letters only, or punycode (xn--…).
  if (text.startsWith('xn--', lastLabelStart)) return length - lastLabelStart > 4;
  if (length - lastLabelStart < 2) return false;
  for (let i = lastLabelStart; i < length; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

function isEmail(text: string): boolean {
  if (text.length > 320) return false;
  return asciiEmail(text) ?? EMAIL.test(text);
}

function isUri(text: string): boolean {
  if (!URI.test(text)) return false;
  return !WEB_SCHEME.test(text) || WEB_AUTHORITY.test(text);
}

/** What Python's uuid.UUID() accepts (Validata's check): optional `urn:uuid:`, braces and hyphens around 32 hex digits. */
function isUuid(text: string): boolean {
  let hex = text.replace('urn:', '').replace('uuid:', '');
  hex = hex.replace(/^\{+|\}+$/g, '').split('-').join('');
  return hex.length === 32 && /^[0-9a-f]{32}$/i.test(hex);
}

function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64.test(text);
}

const validators: Record<string, (text: string) => boolean> = { email: isEmail, uri: isUri, uuid: isUuid, binary: isBase64 };

const samples: Record<string, string> = {
  default: 'texte',
  email: 'contact@mairie-exemple.fr',
  uri: 'https://www.exemple.fr/page',
  uuid: '0b1f3c9e-8a4d-4c55-9a7e-3f2d1c6b5a49',
  binary: 'SGVsbG8=',
};

/** Null for an unknown format (reported once by the caller; the column is then read as `any`). */
export function compileString(format: string): CellType | null {
  if (format === 'default') {
    return { type: 'string', format, sample: samples.default, parse: identity, cast: identity };
  }
  const valid = validators[format];
  if (!valid) return null;
  return {
    type: 'string',
    format,
    sample: samples[format],
    parse: (text) => (valid(text) ? text : undefined),
    cast: (text) => (valid(text) ? text : undefined),
    explain(text: string): TypeErrorReason | undefined {
      if (text !== text.trim() && valid(text.trim())) return 'whitespace';
      return undefined;
    },
  };
}
