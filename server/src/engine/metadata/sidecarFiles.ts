// Sidecar file names (`foo.resource.yaml` beside `foo.csv`, `datapackage.yaml` for a folder) and the
// file access the metadata checks use: open documents first (unsaved text), then the disk, never more
// bytes than asked for.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DescriptorKind } from './descriptorSchemas';

export const RESOURCE_SUFFIXES = ['.resource.yaml', '.resource.yml'];
export const PACKAGE_NAMES = ['datapackage.yaml', 'datapackage.yml'];
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** What a file is by its name: a resource sidecar, a data package, or neither. */
export function sidecarKindOf(file: string): DescriptorKind | undefined {
  const name = path.basename(file).toLowerCase();
  if (PACKAGE_NAMES.includes(name)) return 'package';
  if (RESOURCE_SUFFIXES.some((suffix) => name.endsWith(suffix) && name.length > suffix.length)) return 'resource';
  return undefined;
}

export function isTablePath(file: string): boolean {
  return TABLE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** A JSON or GeoJSON dataset by its name (`.json`, `.geojson`): a sidecar may describe one too. */
export function isJsonDataPath(file: string): boolean {
  return /\.(geo)?json$/i.test(file);
}

/** `data/foo.csv` → `data/foo.resource.yaml` (the name a new sidecar gets). */
export function resourceSidecarPathFor(tablePath: string): string {
  const dir = path.dirname(tablePath);
  const stem = path.basename(tablePath, path.extname(tablePath));
  return path.join(dir, `${stem}${RESOURCE_SUFFIXES[0]}`);
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface FileAccess {
  /** The current text of a document the editor has open (absolute path), unsaved edits included. */
  openText(file: string): string | undefined;
  /**
   * The start of an open document's text (at most `maxChars`) and its whole length, without building the
   * whole text when the document is kept in pieces (a big CSV); falls back to `openText` when absent.
   */
  openTextHead?(file: string, maxChars: number): { head: string; length: number } | undefined;
  /** A version key for an open document (changes with each edit), to cache what is derived from it. */
  openVersion?(file: string): number | undefined;
  stat(file: string): FileStat | undefined;
  /** At most `maxBytes` from the start of the file. */
  readHead(file: string, maxBytes: number): Uint8Array;
  /** Names of the entries of a folder (empty when it cannot be read). */
  list(dir: string): string[];
  /** The path with its links resolved (undefined when it does not exist); absent: links are not resolved. */
  realpath?(file: string): string | undefined;
}

/**
 * A file found by its name in a folder (a sidecar beside its CSV, a datapackage above it) that is a symbolic
 * link to somewhere outside that folder: it is not read, so that a link cannot make the tool read, and echo
 * in its reports, another part of the disk.
 */
export function leavesItsFolder(access: FileAccess, file: string): boolean {
  const real = access.realpath?.(file);
  if (!real) return false;
  const dir = access.realpath?.(path.dirname(file)) ?? path.dirname(file);
  const relative = path.relative(dir, real);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative);
}

export const diskAccess: FileAccess = {
  openText: () => undefined,
  stat(file) {
    try {
      const stats = fs.statSync(file);
      return { size: stats.size, mtimeMs: stats.mtimeMs, isFile: stats.isFile(), isDirectory: stats.isDirectory() };
    } catch {
      return undefined;
    }
  },
  readHead(file, maxBytes) {
    // Without blocking (a FIFO with no writer would), and only a regular file (a device never ends).
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
      const size = stats.size;
      const buffer = Buffer.alloc(Math.min(size, maxBytes));
      let read = 0;
      while (read < buffer.length) {
        const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return buffer.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  },
  list(dir) {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  },
  realpath(file) {
    try {
      return fs.realpathSync.native(file);
    } catch {
      return undefined;
    }
  },
};

/** A sidecar is small: past this size it is reported (parseSidecarYaml) rather than read on each check. */
export const MAX_SIDECAR_BYTES = 1 << 20;

/** The text of a sidecar or other small file: the open document's, else the disk's (bounded), else undefined. */
export function readSmallText(access: FileAccess, file: string, maxBytes = MAX_SIDECAR_BYTES + 1): string | undefined {
  const open = access.openText(file);
  if (open !== undefined) return open;
  const stat = access.stat(file);
  if (!stat?.isFile) return undefined;
  try {
    return Buffer.from(access.readHead(file, maxBytes)).toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * Frictionless forbids absolute paths and `..` in a resource's `path` (Data Resource spec, "security"):
 * a sidecar must not make a tool read outside its folder. Returns why a path is refused, if it is.
 */
export function unsafePathReason(value: string): 'absolute' | 'parent' | undefined {
  if (/^([\\/]|[a-z]:[\\/]|~[\\/])/i.test(value)) return 'absolute';
  if (value.split(/[\\/]+/).includes('..')) return 'parent';
  return undefined;
}

export function isRemotePath(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}
