// Tells a file that is not a CSV at all from the start of its text: JSON, GeoJSON, XML, a web page, a spreadsheet
// (.xlsx, .ods, old .xls). Such a file gets one file-level problem instead of being read as a table.

export type NotCsvFormat = 'json' | 'geojson' | 'xml' | 'html' | 'xlsx' | 'ods' | 'xls';

/** The characters looked at. A text no longer than this is judged whole (a JSON must then parse). */
export const FORMAT_SAMPLE_CHARS = 16384;

/** The root `type` of a GeoJSON object (RFC 7946, section 1.4). */
// (Written here: the table layer sits below geo/, whose geoJsonKind lists the same geometry types.)
const GEOJSON_TYPES: ReadonlySet<string> = new Set(['FeatureCollection', 'Feature', 'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * The OLE2 compound file signature (D0 CF 11 E0 A1 B1 1A E1) of old Office files, as the bytes read in
 * Windows-1252 (the CLI's reading of non-UTF-8 bytes) and in UTF-8 with replacement (an editor's reading).
 */
const OLE2_SIGNATURES = ['\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', '\ufffd\ufffd\u0011\u0871\u001a\ufffd'];

/** A ZIP local file header (PK 03 04): the entry names that follow it are ASCII in any reading. */
const ZIP_SIGNATURE = 'PK\u0003\u0004';

/** A failure this close to the end of a cut sample may be the cut itself (`tru`, `1.`, half an escape). */
const CUT_SLACK = 32;

/**
 * The format of a text that is not a CSV, from its first characters (`text`: at least the first
 * FORMAT_SAMPLE_CHARS; `whole`: whether it is the whole text), or undefined for anything that may be one.
 */
export function detectNotCsvFormat(text: string, whole: boolean): NotCsvFormat | undefined {
  const sample = text.length > FORMAT_SAMPLE_CHARS ? text.slice(0, FORMAT_SAMPLE_CHARS) : text;
  const complete = whole && sample.length === text.length;
  if (sample.startsWith(ZIP_SIGNATURE)) return zipSpreadsheet(sample);
  if (OLE2_SIGNATURES.some((signature) => sample.startsWith(signature))) return 'xls';
  const start = sample.search(/\S/);
  if (start < 0) return undefined;
  const first = sample[start];
  if (first === '{' || first === '[') return jsonFormat(sample, start, complete);
  if (first === '<') {
    const markup = sample.slice(start);
    // A web page where a CSV was expected: the download of a portal's error, login or preview page.
    if (/^<!doctype\s+html\b/i.test(markup) || /^<html[\s>]/i.test(markup)) return 'html';
    return looksXml(markup) || /^<!doctype\s/i.test(markup) ? 'xml' : undefined;
  }
  return undefined;
}

/** An Office Open XML workbook names `[Content_Types].xml` and `xl/…`; OpenDocument stores its mimetype first, uncompressed. */
function zipSpreadsheet(sample: string): NotCsvFormat | undefined {
  if (sample.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (sample.includes('[Content_Types].xml') || sample.includes('xl/')) return 'xlsx';
  return undefined;
}

/** `<?xml …`, or a root element alone on its line whose closing tag follows (a CSV cell `<b>nom</b>,…` is not one). */
function looksXml(sample: string): boolean {
  if (sample.startsWith('<?xml')) return true;
  const root = /^<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>[ \t]*(?:\r?\n|<|$)/.exec(sample);
  return root !== null && sample.includes(`</${root[1]}>`);
}

function jsonFormat(sample: string, start: number, complete: boolean): NotCsvFormat | undefined {
  if (complete) {
    let value: unknown;
    try {
      // From the first non-blank character: `\s` takes a byte order mark for a blank, JSON.parse does not.
      value = JSON.parse(sample.slice(start));
    } catch {
      return undefined;
    }
    const type = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
    return typeof type === 'string' && GEOJSON_TYPES.has(type) ? 'geojson' : 'json';
  }
  const scanned = scanJsonPrefix(sample, start);
  // A cut sample must read as JSON all along and hold an object (what JSON datasets are made of).
  if (!scanned.ok || !scanned.sawObject) return undefined;
  return scanned.rootType !== undefined && GEOJSON_TYPES.has(scanned.rootType) ? 'geojson' : 'json';
}

const enum Expect {
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  CommaOrClose,
  End,
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * Reads a sample cut from a longer text as the start of a JSON document (RFC 8259's grammar): `ok` when
 * nothing in it breaks the grammar; `rootType`: the root object's `type`, when it is a string read here.
 */
function scanJsonPrefix(sample: string, from: number): { ok: boolean; sawObject: boolean; rootType?: string } {
  const stack: string[] = [];
  let expect = Expect.Value;
  let rootKey: string | undefined;
  let rootType: string | undefined;
  let sawObject = false;
  const n = sample.length;
  let i = from;
  const fail = () => ({ ok: i >= n - CUT_SLACK, sawObject, rootType });
  const afterValue = () => (stack.length === 0 ? Expect.End : Expect.CommaOrClose);
  while (true) {
    while (i < n && (sample[i] === ' ' || sample[i] === '\t' || sample[i] === '\n' || sample[i] === '\r')) i++;
    if (i >= n) return { ok: true, sawObject, rootType };
    const c = sample[i];
    switch (expect) {
      case Expect.Value:
      case Expect.ValueOrClose:
        if (c === ']' && expect === Expect.ValueOrClose) {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '{') {
          stack.push('{');
          sawObject = true;
          i++;
          expect = Expect.KeyOrClose;
        } else if (c === '[') {
          stack.push('[');
          i++;
          expect = Expect.ValueOrClose;
        } else if (c === '"') {
          const end = stringEnd(sample, i);
          if (end < 0) return fail();
          if (stack.length === 1 && stack[0] === '{' && rootKey === 'type') rootType = sample.slice(i + 1, end - 1);
          i = end;
          expect = afterValue();
        } else {
          const pattern = c === '-' || (c >= '0' && c <= '9') ? NUMBER : LITERAL;
          pattern.lastIndex = i;
          if (!pattern.test(sample)) return fail();
          i = pattern.lastIndex;
          expect = afterValue();
        }
        break;
      case Expect.KeyOrClose:
      case Expect.Key: {
        if (c === '}' && expect === Expect.KeyOrClose) {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c !== '"') return fail();
        const end = stringEnd(sample, i);
        if (end < 0) return fail();
        if (stack.length === 1) rootKey = sample.slice(i + 1, end - 1);
        i = end;
        expect = Expect.Colon;
        break;
      }
      case Expect.Colon:
        if (c !== ':') return fail();
        i++;
        expect = Expect.Value;
        break;
      case Expect.CommaOrClose: {
        const top = stack[stack.length - 1];
        if (c === ',') expect = top === '{' ? Expect.Key : Expect.Value;
        else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          stack.pop();
          expect = afterValue();
        } else return fail();
        i++;
        break;
      }
      case Expect.End:
        return { ok: false, sawObject, rootType };
    }
  }
}

/** The offset after the JSON string opened at `start`, or -1 when it is broken or not closed in the sample. */
function stringEnd(sample: string, start: number): number {
  for (let i = start + 1; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -1;
    if (code === 0x5c) {
      const escaped = sample[i + 1];
      if (escaped === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(sample.slice(i + 2, i + 6))) return -1;
        i += 5;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i++;
      else return -1;
    }
  }
  return -1;
}
