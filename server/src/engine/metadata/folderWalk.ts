// Walks a folder for the files a command reads (CSV files, sidecars), within bounds: a count of entries
// and a depth (a folder such as `/` or a home must not make us walk the whole disk), links resolved (a
// link whose target lies outside the folder is listed apart and never read; a file reached twice, through
// a linked folder, is listed once), and, for the language server, in slices that let other requests in.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Past these, the walk stops and says so: far more than a data folder holds, far less than a disk. */
export const WALK_MAX_ENTRIES = 100_000;
export const WALK_MAX_DEPTH = 24;

/** Folders never walked into (hidden entries, `.git` among them, are skipped too, as globs do). */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** Whether a file is wanted, from its name (lower case) or its path from the walked folder (with `/`). */
  match: (lowerName: string, relativePath: string) => boolean;
  maxEntries?: number;
  maxDepth?: number;
}

export interface FolderWalk {
  /** Wanted files, sorted, each once (by its real path), as paths under the walked folder. */
  files: string[];
  /** Links (to a wanted file or to a folder) whose target lies outside the walked folder: not followed. */
  linksOutside: string[];
  /** Why the walk stopped before its end, if it did. */
  truncated?: 'entries' | 'depth';
}

export function isInsidePath(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realpathOf(file: string): string | undefined {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/** The walk, one folder per step (so that the async form can pause between folders). */
function* walkSteps(root: string, options: WalkOptions, result: FolderWalk): Generator<void> {
  const maxEntries = options.maxEntries ?? WALK_MAX_ENTRIES;
  const maxDepth = options.maxDepth ?? WALK_MAX_DEPTH;
  const realRoot = realpathOf(root) ?? path.resolve(root);
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>([realRoot]);
  const pending: { dir: string; depth: number }[] = [{ dir: path.resolve(root), depth: 0 }];
  let entries = 0;
  const relativeOf = (full: string) => path.relative(path.resolve(root), full).split(path.sep).join('/');
  while (pending.length > 0) {
    const { dir, depth } = pending.pop()!;
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const dirent of dirents) {
      if (++entries > maxEntries) {
        result.truncated = 'entries';
        return;
      }
      if (dirent.name.startsWith('.')) continue;
      const full = path.join(dir, dirent.name);
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      let real = full;
      if (dirent.isSymbolicLink()) {
        const target = realpathOf(full);
        if (target === undefined) continue;
        let stats: fs.Stats;
        try {
          stats = fs.statSync(target);
        } catch {
          continue;
        }
        isDirectory = stats.isDirectory();
        isFile = stats.isFile();
        if (!isDirectory && !(isFile && options.match(dirent.name.toLowerCase(), relativeOf(full)))) continue;
        // A linked folder below the depth bound is not walked: where it leads does not matter.
        if (isDirectory && depth + 1 > maxDepth) {
          result.truncated = 'depth';
          continue;
        }
        if (!isInsidePath(target, realRoot)) {
          result.linksOutside.push(full);
          continue;
        }
        real = target;
      }
      if (isDirectory) {
        if (SKIPPED_FOLDERS.has(dirent.name)) continue;
        const realDir = real === full ? (realpathOf(full) ?? full) : real;
        if (seenFolders.has(realDir)) continue;
        seenFolders.add(realDir);
        if (depth + 1 > maxDepth) {
          result.truncated = 'depth';
          continue;
        }
        pending.push({ dir: full, depth: depth + 1 });
      } else if (isFile && options.match(dirent.name.toLowerCase(), relativeOf(full))) {
        // Only regular files: a FIFO or a device named `x.csv` is not a table.
        const key = real === full ? (realpathOf(full) ?? full) : real;
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        result.files.push(full);
      }
    }
    yield;
  }
}

function finished(result: FolderWalk): FolderWalk {
  result.files.sort();
  result.linksOutside.sort();
  return result;
}

export function walkFolderSync(root: string, options: WalkOptions): FolderWalk {
  const result: FolderWalk = { files: [], linksOutside: [] };
  for (const _step of walkSteps(root, options, result));
  return finished(result);
}

/**
 * The same walk, pausing every `sliceMs` so that the server answers other requests meanwhile; undefined
 * when `isCancelled` says the request was cancelled.
 */
export async function walkFolder(root: string, options: WalkOptions & { isCancelled?: () => boolean; sliceMs?: number }): Promise<FolderWalk | undefined> {
  const result: FolderWalk = { files: [], linksOutside: [] };
  const sliceMs = options.sliceMs ?? 20;
  let sliceStart = Date.now();
  for (const _step of walkSteps(root, options, result)) {
    if (Date.now() - sliceStart < sliceMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (options.isCancelled?.()) return undefined;
    sliceStart = Date.now();
  }
  return finished(result);
}
