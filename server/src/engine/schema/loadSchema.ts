// Turns what a user wrote for "the schema" (catalog id, schema.data.gouv.fr or repository URL, path to a
// local schema.json/.yaml) into a parsed Table Schema and where it came from, or a typed error. No network.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { readYamlError } from '../text/yamlErrors';
import { getDefaultCatalog, type ResolvedSchema, type SchemaCatalog, type SchemaKind, type SchemaSuggestion, type NotFoundReason } from './catalog';
import type { TableSchema } from './tableSchema';

export type SchemaSource =
  | ({ type: 'catalog'; ref: string } & Omit<ResolvedSchema, 'found'>)
  | { type: 'file'; ref: string; path: string };

/** Why a schema reference could not be used; each code has an FR/EN message in i18n/schemaRef.ts. */
export type LoadSchemaError =
  /** Not in the bundled catalog (nothing is fetched): near misses in `suggestions`. */
  | { code: 'schema-not-found'; ref: string; reason: NotFoundReason; id?: string; version?: string; versions?: string[]; suggestions: SchemaSuggestion[] }
  /** A local path that does not exist or cannot be read. */
  | { code: 'schema-file-not-found'; ref: string; path: string }
  /** A path read from data (a sidecar's `schema:`) that leads out of the folders it may read (`..`, a link): not read. */
  | { code: 'schema-file-outside'; ref: string; path: string }
  /** `reason`: the errno code (EACCES, EISDIR…), phrased at the edge (problems/messages/ioReasons.ts). */
  | { code: 'schema-read-error'; ref: string; path: string; reason: string }
  /**
   * JSON or YAML syntax error, at a 0-based offset, line and column of the file: the kind of fault read from
   * the parser's error (problems/messages/yamlSyntax.ts phrases it), and the character at fault when the parser names one.
   */
  | { code: 'schema-invalid-json'; ref: string; path: string; format: 'json' | 'yaml'; syntax: string; character?: string; offset: number; line: number; column: number }
  /** Parsed, but not a Table Schema (a JSON Schema, a datapackage, a YAML model…). `members`: Table Schemas of a datapackage. */
  | { code: 'schema-not-table-schema'; ref: string; path: string; kind: SchemaKind; members?: string[] };

export type LoadSchemaResult = { ok: true; schema: TableSchema; source: SchemaSource } | { ok: false; error: LoadSchemaError };

export interface LoadSchemaOptions {
  /** Directory relative paths are read from (the CSV's folder, the workspace, the CLI's cwd). */
  baseDir?: string;
  catalog?: SchemaCatalog;
  /**
   * Folders a local schema file must lie in, links resolved: set for a reference read from data (a
   * sidecar's `schema:`), which must not make us read elsewhere; unset for the user's own choice (--schema,
   * the editor's settings), which may name any regular file.
   */
  confineTo?: readonly string[];
}

/** Schemas are small (the largest of schema.data.gouv.fr is under 200 kB): past this, a file is not read. */
export const MAX_SCHEMA_BYTES = 5 * 1024 * 1024;

/**
 * Resolves and parses a schema reference. Catalog descriptors are cached by the catalog; a local file is
 * parsed again only when its modification time or size changed, so that the editor, which resolves the
 * schema on every check, reuses one descriptor (and so one compiled schema) while the file stays the same.
 */
export function loadTableSchema(ref: string, options: LoadSchemaOptions = {}): LoadSchemaResult {
  const catalog = options.catalog ?? getDefaultCatalog();
  const baseDir = options.baseDir ?? process.cwd();
  const trimmed = ref.trim();

  // A path-like reference (./x, /x, C:\x, *.json, *.yaml) is a local file when it exists; otherwise the
  // catalog may still know it (`schema.data.gouv.fr/schemas/…/schema.json` typed without https://).
  const localPath = localPathOf(trimmed, baseDir);
  const confine = options.confineTo;
  if (localPath && confine && !isInside(localPath, confine, false)) return { ok: false, error: { code: 'schema-file-outside', ref, path: localPath } };
  if (localPath && (isFile(localPath) || /^file:/i.test(trimmed))) return loadLocalFile(ref, localPath, confine);

  const resolved = catalog.resolve(trimmed);
  if (!resolved.found) {
    if (localPath) return loadLocalFile(ref, localPath, confine); // reports the missing or unreadable file
    // `schemas/foo` without an extension may still be a local file.
    const candidate = path.resolve(baseDir, trimmed);
    if (!isUrl(trimmed) && (!confine || isInside(candidate, confine, false)) && isFile(candidate)) return loadLocalFile(ref, candidate, confine);
    const { found: _found, ...details } = resolved;
    return { ok: false, error: { code: 'schema-not-found', ...details, ref } };
  }
  const { found: _found, ...where } = resolved;
  const source: SchemaSource = { type: 'catalog', ref, ...where };
  if (resolved.content !== 'tableschema') {
    return { ok: false, error: { code: 'schema-not-table-schema', ref, path: resolved.path, kind: resolved.content, members: catalog.info(resolved.id)?.members } };
  }
  return { ok: true, schema: catalog.load(resolved) as TableSchema, source };
}

function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Whether `file` lies in one of `roots` (by its path, or once links are resolved when `real`). */
function isInside(file: string, roots: readonly string[], real: boolean): boolean {
  const resolve = (p: string): string | undefined => {
    if (!real) return path.resolve(p);
    try {
      return fs.realpathSync.native(p);
    } catch {
      return undefined;
    }
  };
  const target = resolve(file);
  if (target === undefined) return false;
  return roots.some((root) => {
    const base = resolve(root);
    if (base === undefined) return false;
    const relative = path.relative(base, target);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}

/** The file a reference names when it is clearly a path (file: URL, ./, /, C:\, or a .json/.yaml name). */
function localPathOf(ref: string, baseDir: string): string | undefined {
  if (/^file:\/\//i.test(ref)) {
    try {
      return fileURLToPath(ref);
    } catch {
      return undefined;
    }
  }
  if (isUrl(ref)) return undefined;
  const looksLikePath = /^(\.{1,2}[\\/]|[\\/]|~[\\/]|[a-z]:[\\/])/i.test(ref) || ref.includes('\\') || /\.(json|ya?ml)$/i.test(ref);
  if (!looksLikePath) return undefined;
  const expanded = /^~[\\/]/.test(ref) ? path.join(process.env.HOME ?? process.env.USERPROFILE ?? '~', ref.slice(2)) : ref;
  return path.resolve(baseDir, expanded);
}

/** Parsed local schema files, by path, with the stamp of the file they were read from. */
const localSchemas = new Map<string, { stamp: string; schema: TableSchema }>();

function loadLocalFile(ref: string, file: string, confine?: readonly string[]): LoadSchemaResult {
  const read = readSchemaFile(file, confine);
  if ('error' in read) {
    const reason = read.error;
    if (reason === 'outside') return { ok: false, error: { code: 'schema-file-outside', ref, path: file } };
    if (reason === 'ENOENT' || reason === 'ENOTDIR') return { ok: false, error: { code: 'schema-file-not-found', ref, path: file } };
    return { ok: false, error: { code: 'schema-read-error', ref, path: file, reason } };
  }
  const { text, stamp } = read;
  if (text === undefined) {
    const known = localSchemas.get(file);
    if (known) return { ok: true, schema: known.schema, source: { type: 'file', ref, path: file } };
  }
  const body = (text ?? '').replace(/^\uFEFF/, '');
  const format = /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
  const parsed = format === 'yaml' ? parseYaml(body) : parseJson(body);
  if ('error' in parsed) {
    // Messages never quote a file's content: a character at fault is named only when it is punctuation.
    const { character, ...fault } = parsed.error;
    const named = character !== undefined && /^[\p{P}\p{S}]$/u.test(character) ? { character } : {};
    return { ok: false, error: { code: 'schema-invalid-json', ref, path: file, format, ...fault, ...named } };
  }
  const kind = descriptorKind(parsed.value);
  if (kind !== 'tableschema') return { ok: false, error: { code: 'schema-not-table-schema', ref, path: file, kind } };
  const schema = parsed.value as TableSchema;
  localSchemas.set(file, { stamp, schema });
  return { ok: true, schema, source: { type: 'file', ref, path: file } };
}

/**
 * Reads a schema file: a regular file only (a device such as /dev/zero never ends, a FIFO with no writer
 * blocks), of at most MAX_SCHEMA_BYTES, inside `confine` once links are resolved. The file is opened
 * without blocking and checked on its descriptor, so that what is checked is what is read. `text` is
 * undefined when the cached parse (same stamp) still holds. Errors are errno codes, or 'outside'.
 */
function readSchemaFile(file: string, confine?: readonly string[]): { text?: string; stamp: string } | { error: string } {
  if (confine && !isInside(file, confine, true)) {
    // A missing file is reported as missing only when its path stays inside (no probing outside).
    return fs.existsSync(file) || isSymlink(file) ? { error: 'outside' } : { error: 'ENOENT' };
  }
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A socket cannot be opened (ENXIO).
    return { error: code === 'ENXIO' ? 'ENOTREGULAR' : typeof code === 'string' ? code : 'EIO' };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) return { error: 'EISDIR' };
    if (!stats.isFile()) return { error: 'ENOTREGULAR' };
    if (stats.size > MAX_SCHEMA_BYTES) return { error: 'ESCHEMATOOBIG' };
    const stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    if (localSchemas.get(file)?.stamp === stamp) return { stamp };
    const buffer = Buffer.alloc(stats.size);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { text: buffer.subarray(0, length).toString('utf8'), stamp };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: typeof code === 'string' ? code : 'EIO' };
  } finally {
    fs.closeSync(fd);
  }
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

type SyntaxFault = { syntax: string; character?: string; offset: number; line: number; column: number };
type ParseOutcome = { value: unknown } | { error: SyntaxFault };

/**
 * The kind of a JSON.parse error, from V8's message (Node 20–22): "Expected ',' or ']' after array element in
 * JSON at position 79", "Unexpected token 'x', … is not valid JSON"… An unknown message is a plain `syntax`.
 */
function jsonSyntax(message: string): Pick<SyntaxFault, 'syntax' | 'character'> {
  if (/Unexpected end of JSON input/.test(message)) return { syntax: 'unexpected-end' };
  if (/Unterminated string/.test(message)) return { syntax: 'unclosed-string' };
  if (/Expected ',' or [\]}']/.test(message)) return { syntax: 'missing-comma' };
  if (/Expected (?:double-quoted )?property name/.test(message)) return { syntax: 'property-name' };
  if (/Expected ':' after property name/.test(message)) return { syntax: 'missing-colon' };
  if (/Unexpected non-whitespace character after JSON/.test(message)) return { syntax: 'text-after-end' };
  if (/Bad control character/.test(message)) return { syntax: 'control-character' };
  if (/Bad (?:escaped character|Unicode escape)/.test(message)) return { syntax: 'bad-escape' };
  // "Unexpected token 'x', "…" is not valid JSON" quotes the text: read before the words below.
  const token = /^Unexpected token '?(.)'?/.exec(message);
  if (token) return { syntax: 'unexpected-character', character: token[1] };
  if (/^Unexpected (?:number|string)/.test(message)) return { syntax: 'unexpected-character' };
  if (/^(?:No number after minus sign|Unterminated fractional number|Exponent part is missing a number)/.test(message)) return { syntax: 'bad-number' };
  return { syntax: 'syntax' };
}

function parseJson(text: string): ParseOutcome {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    // V8: "… in JSON at position 42 (line 3 column 5)"; "Unexpected end of JSON input" has no position.
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), text.length) : text.length;
    // A comma, a name or a ":" expected where the text ends: the text stops short.
    const fault = at && text.slice(offset).trim() === '' ? { syntax: 'unexpected-end' } : jsonSyntax(message);
    return { error: { ...fault, offset, ...lineColumn(text, offset) } };
  }
}

function parseYaml(text: string): ParseOutcome {
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos[0];
    const { kind, character } = readYamlError(first);
    return { error: { syntax: kind, ...(character === undefined ? {} : { character }), offset, ...lineColumn(text, offset) } };
  }
  return { value: doc.toJS() as unknown };
}

/** 0-based line and column (UTF-16 units) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart };
}

/** What a parsed descriptor is: a Table Schema has a `fields` array of objects with a string `name`. */
export function descriptorKind(value: unknown): SchemaKind {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'other';
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.fields) && record.fields.every((f) => !!f && typeof f === 'object' && typeof (f as Record<string, unknown>).name === 'string')) return 'tableschema';
  if (Array.isArray(record.resources)) return 'datapackage';
  if ('$schema' in record || 'properties' in record || 'definitions' in record || '$defs' in record) return 'jsonschema';
  return 'other';
}

/** The message key (i18n/schemaRef.ts) and parameters that phrase a load error in either language. */
export function loadErrorMessage(error: LoadSchemaError): { key: string; params: Record<string, string | number | string[] | undefined> } {
  switch (error.code) {
    case 'schema-not-found': {
      const variant = error.reason === 'unknown-version' ? '.unknown-version' : error.reason === 'unknown-url' || error.reason === 'ambiguous-url' ? `.${error.reason}` : error.reason === 'empty-ref' ? '.empty-ref' : '';
      return {
        key: `schemaRef.${error.code}${variant}`,
        params: { ref: error.ref, id: error.id, version: error.version, versions: error.versions, suggestions: error.suggestions.map((s) => s.ref) },
      };
    }
    case 'schema-file-outside':
      return { key: `schemaRef.${error.code}`, params: { ref: error.ref, path: error.path } };
    case 'schema-file-not-found':
      return { key: `schemaRef.${error.code}`, params: { ref: error.ref, path: error.path } };
    case 'schema-read-error':
      return { key: `schemaRef.${error.code}`, params: { ref: error.ref, path: error.path, reason: error.reason } };
    case 'schema-invalid-json':
      return {
        key: `schemaRef.${error.code}`,
        params: { ref: error.ref, path: error.path, format: error.format, syntax: error.syntax, character: error.character, line: error.line + 1, column: error.column + 1 },
      };
    case 'schema-not-table-schema':
      return {
        key: `schemaRef.${error.code}${error.members?.length ? '.datapackage' : ''}`,
        params: { ref: error.ref, path: error.path, kind: error.kind, members: error.members },
      };
  }
}
