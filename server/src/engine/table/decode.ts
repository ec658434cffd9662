// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", told by its
// BOM or its NUL bytes), else Windows-1252 as French Excel exports are, and tells which it was. Also spots
// binary files and mojibake in already-decoded text.

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte order mark (UTF-8's, or UTF-16's: kept out of `text`; a writer puts it back). */
  bom: boolean;
  /** Looks like a binary file (NUL bytes or many control characters). */
  binary: boolean;
  /**
   * UTF-16 bytes that are not valid UTF-16 (an odd length, a lone surrogate): read as U+FFFD, so the text
   * does not encode back into the bytes read, and nothing may be written from it.
   */
  undecodable?: boolean;
  /** When the bytes were not valid UTF-8: offset in `text` of the first character that was not. */
  firstNonUtf8Offset?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Windows-1252 bytes 0x80 to 0x9F (WHATWG Encoding Standard, index-windows-1252): €, ‚, ƒ, „, …, †, ‡, ˆ, ‰,
 * Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, —, ˜, ™, š, ›, œ, ž, Ÿ, and five bytes left as C1 controls.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));

/**
 * Windows-1252, right on every Node version: Node 20.18.3+ and 22.13.0+ decode 0x80–0x9F as Latin-1 C1
 * controls instead of €, ’, œ, – … (nodejs/node#60888), the very characters French Excel files are full of.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const text = windows1252.decode(bytes);
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80]) : text;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function isUtf16(encoding: TextEncoding): encoding is 'utf-16le' | 'utf-16be' {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}

/** Bytes read before a file without a BOM is judged UTF-16 or not (Excel's UTF-16 exports always have one). */
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 without a byte order mark: text of Latin letters has a NUL as every other byte. Returns the byte
 * order when at least 40 % of the pairs of the sample are a NUL beside a non-NUL on the same side.
 */
export function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(sample.length, UTF16_SAMPLE) / 2);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    const a = sample[2 * i];
    const b = sample[2 * i + 1];
    if (a !== 0 && b === 0) odd++;
    else if (a === 0 && b !== 0) even++;
  }
  if (odd >= pairs * 0.4 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.4 && odd === 0) return 'utf-16be';
  return undefined;
}

/** UTF-16 told by its BOM (FF FE: little-endian, FE FF: big-endian) or, without one, by its NUL bytes. */
export function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const encoding = utf16WithoutBom(bytes);
  return encoding ? { encoding, bom: false } : undefined;
}

/** Bytes of the byte order mark a file in this encoding starts with, when it has one. */
export function bomLength(encoding: TextEncoding): number {
  return isUtf16(encoding) ? 2 : 3;
}

/** The encoding's name as people know it (messages): “UTF-16 LE”, “Windows-1252”. */
export function encodingName(encoding: TextEncoding): string {
  return encoding === 'windows-1252' ? 'Windows-1252' : encoding === 'utf-16le' ? 'UTF-16 LE' : encoding === 'utf-16be' ? 'UTF-16 BE' : 'UTF-8';
}

/** The parameters of the `encoding-error` warning for a file in this encoding (CLI and editor alike). */
export function encodingErrorParams(encoding: TextEncoding): { encoding: string; variant?: string } {
  return isUtf16(encoding) ? { variant: 'utf-16', encoding: encodingName(encoding) } : { encoding: encodingName(encoding) };
}

/** Decodes a whole file. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    // The NUL bytes of UTF-16 are not a sign of a binary file: the decoded text is tested instead.
    const text = new TextDecoder(utf16.encoding, { ignoreBOM: !utf16.bom }).decode(bytes);
    const decoded: DecodedText = { text, encoding: utf16.encoding, bom: utf16.bom, binary: looksBinaryText(text) };
    if (!sameBytes(encodeText(text, utf16.encoding, utf16.bom), bytes)) decoded.undecodable = true;
    return decoded;
  }
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  const binary = looksBinary(body);
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom, binary };
  } catch {
    const text = decodeWindows1252(body);
    return { text, encoding: 'windows-1252', bom, binary, firstNonUtf8Offset: firstInvalidUtf8Char(body) };
  }
}

/** Decodes with a known encoding (from a sidecar or a previous chunk). */
export function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string {
  if (isUtf16(encoding)) return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return encoding === 'utf-8' ? utf8Lenient.decode(bytes) : decodeWindows1252(bytes);
}

/** True when the sample holds a NUL byte or more than 10% of control characters other than tab/CR/LF. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control / sample.length > 0.1;
}

/**
 * The same test on text that was decoded elsewhere (an editor document): NUL or more than 10% of control
 * characters in the first 8192 characters. A spreadsheet (.xlsx) renamed to .csv looks like this.
 */
export function looksBinaryText(text: string): boolean {
  const length = Math.min(text.length, 8192);
  if (length === 0) return false;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control / length > 0.1;
}

/** Offset, in characters of the Windows-1252 reading, of the first byte that breaks UTF-8. */
export function firstInvalidUtf8Char(bytes: Uint8Array): number {
  // Windows-1252 maps one byte to one character, so the byte offset is the character offset.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    if (need > 0) {
      // The second byte's range is narrower after E0, ED, F0 and F4 (overlong forms, surrogates, > U+10FFFF),
      // as the decoder that rejected the file checks (RFC 3629, section 4).
      const second = bytes[i + 1];
      const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (i + 1 >= bytes.length || second < low || second > high) return i;
    }
    for (let k = 2; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/**
 * UTF-8 text that was once decoded as Windows-1252 shows pairs like `Ã©` (é), `Ã¨` (è), `Ã§` (ç),
 * `â€™` (’). Returns the offset of the first such pair, or -1.
 */
export function findMojibake(text: string, limit = text.length): number {
  const re = /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0099\u009C\u009D\u201C\u201D\u2122\u0153\u00A6]|Â[\u00A0-\u00BF]/g;
  re.lastIndex = 0;
  const sample = limit < text.length ? text.slice(0, limit) : text;
  const match = re.exec(sample);
  return match ? match.index : -1;
}

/** A character the target encoding cannot hold (writing it would corrupt the file). */
export class UnencodableCharacter extends Error {
  constructor(
    readonly character: string,
    readonly offset: number,
    readonly encoding: TextEncoding,
  ) {
    super(`${encoding} cannot encode U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} at offset ${offset}`);
  }
}

/** Windows-1252 bytes of the characters that differ from Latin-1 (the reverse of windows1252High). */
const windows1252Bytes = new Map(windows1252High.map((char, index) => [char, 0x80 + index]));

/**
 * Encodes a text the way it was decoded: UTF-8 or UTF-16 (with its BOM when the file had one) or
 * Windows-1252, so a file written back keeps its bytes everywhere the text did not change. Throws
 * UnencodableCharacter when Windows-1252 cannot hold a character.
 */
export function encodeText(text: string, encoding: TextEncoding, bom = false): Uint8Array {
  if (isUtf16(encoding)) {
    // Node writes UTF-16 LE only: big-endian is the same code units with their two bytes swapped.
    const body = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
    return encoding === 'utf-16be' ? body.swap16() : body;
  }
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Latin-1 and Windows-1252 share 0x00–0x7F and 0xA0–0xFF; 0x80–0x9F are €, ’, œ… (see windows1252High).
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else {
      const byte = windows1252Bytes.get(text[i]);
      if (byte === undefined) throw new UnencodableCharacter(String.fromCodePoint(text.codePointAt(i) ?? code), i, encoding);
      bytes[i] = byte;
    }
  }
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
