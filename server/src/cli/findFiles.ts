// Expands the CLI's inputs (files, folders, glob patterns) into a sorted list of CSV files (and, in folders,
// their metadata sidecars and their JSON datasets: `.geojson`, and the `.json` a schema applies to). Each file is listed once, by its real path (a folder reached through a link
// lists its files once); in a folder, a link whose target lies outside that folder is not followed (the
// folder's files are what is checked, not what its links point at) and is reported apart.
import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { sidecarKindOf, walkFolderSync } from '../engine';

export const tableExtensions = ['.csv', '.tsv'];

export interface FoundFiles {
  files: string[];
  /** Inputs that matched nothing (a missing path or an empty glob). */
  unmatched: string[];
  /** Links met in folders (or by globs) whose target lies outside: not read. */
  linksOutside: string[];
  /** Folders whose walk stopped at its bounds (folderWalk.ts): their files past the bounds are not checked. */
  truncated: string[];
}

function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

function isWanted(lowerName: string): boolean {
  return tableExtensions.includes(path.extname(lowerName)) || sidecarKindOf(lowerName) !== undefined || /\.(geo)?json$/.test(lowerName);
}

export interface FindOptions {
  /** Whether a JSON file met in a folder or a glob is a dataset to check (named files always are); without it, none is. */
  isJsonDataset?: (file: string) => boolean;
}

function realpathOf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

export function findTableFiles(inputs: string[], cwd = process.cwd(), options: FindOptions = {}): FoundFiles {
  const files = new Map<string, string>();
  const unmatched: string[] = [];
  const linksOutside: string[] = [];
  const truncated: string[] = [];
  const addFound = (file: string) => {
    if (/\.(geo)?json$/i.test(file) && !options.isJsonDataset?.(file)) return;
    add(file);
  };
  const add = (file: string) => {
    const real = realpathOf(file);
    // Reached twice: the file's own name wins over a link's.
    if (!files.has(real) || path.normalize(file) === real) files.set(real, path.normalize(file));
  };
  for (const input of inputs) {
    const before = files.size;
    // A name that only looks like a pattern to isGlob (a `]` in it, no wildcard part) is a path.
    const scanned = isGlob(input) ? picomatch.scan(input.replace(/\\/g, '/')) : undefined;
    if (scanned?.glob) {
      // The pattern's folder (what precedes its first wildcard) is walked as a folder is, with its bounds and
      // link rule; a pattern without `**` goes no deeper than its own segments.
      const { base, glob } = scanned;
      const matches = picomatch(glob, { dot: false });
      const depth = glob.includes('**') ? undefined : glob.split('/').length - 1;
      const walk = walkFolderSync(path.resolve(cwd, base || '.'), { match: (_name, relative) => matches(relative), maxDepth: depth });
      for (const file of walk.files) addFound(file);
      linksOutside.push(...walk.linksOutside);
      if (walk.truncated === 'entries') truncated.push(input);
    } else {
      const absolute = path.resolve(cwd, input);
      let stats;
      try {
        stats = statSync(absolute);
      } catch {
        unmatched.push(input);
        continue;
      }
      if (stats.isDirectory()) {
        // A folder's metadata sidecars are checked with its CSV files (sorted, foo.resource.yaml follows foo.csv).
        const walk = walkFolderSync(absolute, { match: isWanted });
        for (const file of walk.files) addFound(file);
        linksOutside.push(...walk.linksOutside);
        if (walk.truncated) truncated.push(input);
      } else add(absolute); // a file the user names is read wherever it is (checkFile refuses what is not a regular file)
    }
    if (files.size === before && !unmatched.includes(input)) unmatched.push(input);
  }
  return { files: [...files.values()].sort(), unmatched, linksOutside, truncated };
}
