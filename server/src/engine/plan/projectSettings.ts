// The project's own settings, read from the file every face sees: `.vscode/settings.json` of the folder a
// table is in, or of the nearest folder above it that has one (the datasets repository a mentor checks
// out). The editor records a schema chosen from the status bar there (`opendataLint.schemas`: glob →
// reference), and the command line reads the same file: a choice made in the editor is the verdict in CI.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { readHygieneLevels, type HygieneOptions } from '../checks/hygiene/hygieneOptions';

export const PROJECT_SETTINGS_FILE = path.join('.vscode', 'settings.json');

export interface ProjectSettings {
  /** The settings file. */
  file: string;
  /** The folder it belongs to: globs and schema paths are relative to it. */
  folder: string;
  /** `opendataLint.schemas`: glob → schema reference (catalog id, URL, path, or `none`). */
  schemas: Record<string, string>;
  /** `opendataLint.detectSchema`, when set. */
  detectSchema?: boolean;
  /** `opendataLint.hygiene`: severity (or `off`) per problem code. */
  hygiene: NonNullable<HygieneOptions['levels']>;
}

/** A schema setting that applies to a file: its glob, reference, and the folder they are relative to. */
export interface SettingMatch {
  ref: string;
  glob: string;
  baseDir: string;
}

export { NO_SCHEMA_REF } from './noSchema';

/** A settings file is small: a bigger one (or a device, a FIFO) is not read. */
const MAX_SETTINGS_BYTES = 1 << 20;

function isFile(file: string): boolean {
  try {
    const stats = statSync(file);
    return stats.isFile() && stats.size <= MAX_SETTINGS_BYTES;
  } catch {
    return false;
  }
}

/** Reads the `opendataLint.*` settings of a `.vscode/settings.json` (JSON with comments and trailing commas). */
export function readProjectSettings(file: string, text: string): ProjectSettings {
  const errors: ParseError[] = [];
  const json = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  const value = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  // Settings may be written flat ("opendataLint.schemas") or nested ({"opendataLint": {"schemas"}}).
  const nested = value.opendataLint && typeof value.opendataLint === 'object' ? (value.opendataLint as Record<string, unknown>) : {};
  const get = (key: string): unknown => (`opendataLint.${key}` in value ? value[`opendataLint.${key}`] : nested[key]);
  const schemas: Record<string, string> = {};
  const raw = get('schemas');
  if (raw && typeof raw === 'object') for (const [glob, ref] of Object.entries(raw as Record<string, unknown>)) if (typeof ref === 'string') schemas[glob] = ref;
  const detect = get('detectSchema');
  return { file, folder: path.dirname(path.dirname(file)), schemas, ...(typeof detect === 'boolean' ? { detectSchema: detect } : {}), hygiene: readHygieneLevels(get('hygiene')) };
}

/**
 * The project settings of a table: the nearest `.vscode/settings.json` in its folder or above (up to
 * `stopAt` included, when given), or undefined.
 */
export function findProjectSettings(tablePath: string, options: { stopAt?: string; read?: (file: string) => string | undefined } = {}): ProjectSettings | undefined {
  const read = options.read ?? ((file: string) => (isFile(file) ? readFileSync(file, 'utf8') : undefined));
  const stopAt = options.stopAt ? path.resolve(options.stopAt) : undefined;
  let dir = path.dirname(path.resolve(tablePath));
  for (;;) {
    const file = path.join(dir, PROJECT_SETTINGS_FILE);
    let text: string | undefined;
    try {
      text = read(file);
    } catch {
      text = undefined;
    }
    if (text !== undefined) return readProjectSettings(file, text);
    const parent = path.dirname(dir);
    if (parent === dir || (stopAt && dir === stopAt)) return undefined;
    dir = parent;
  }
}

/**
 * The schema setting that applies to a file: each glob is tried against the file's path relative to each
 * folder (a glob without `/` against its name), then against its absolute path; the first match wins.
 */
export function matchSchemaSetting(file: string, folders: readonly string[], schemas: Record<string, string>): SettingMatch | undefined {
  const absolute = path.resolve(file);
  const candidates = folders
    .filter((folder) => !path.relative(folder, absolute).startsWith('..'))
    .map((folder) => ({ folder, relative: path.relative(folder, absolute).split(path.sep).join('/') }));
  if (candidates.length === 0) candidates.push({ folder: path.dirname(absolute), relative: path.basename(absolute) });
  for (const [glob, ref] of Object.entries(schemas)) {
    const isMatch = picomatch(glob, { dot: true, basename: !glob.includes('/'), nocase: process.platform === 'win32' });
    for (const { folder, relative } of candidates) {
      if (isMatch(relative) || isMatch(absolute)) return { ref, glob, baseDir: folder };
    }
  }
  return undefined;
}

/** The schema setting the project file gives a table, if any. */
export function projectSchemaSetting(tablePath: string, project: ProjectSettings | undefined): SettingMatch | undefined {
  return project ? matchSchemaSetting(tablePath, [project.folder], project.schemas) : undefined;
}
