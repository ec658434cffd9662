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

function isEmail(text: string): boolean {
  return text.length <= 320 && EMAIL.test(text);
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
