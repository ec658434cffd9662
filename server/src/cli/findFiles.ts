// Expands the CLI's inputs (files, folders, glob patterns) into a sorted list of CSV files (and, in folders,
// their metadata sidecars). Each file is listed once, by its real path (a folder reached through a link
// lists its files once); in a folder, a link whose target lies outside that folder is not followed (the
// folder's files are what is checked, not what its links point at) and is reported apart.
import { realpathSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import * as path from 'node:path';
import { walkFolderSync } from '../engine/metadata/folderWalk';
import { sidecarKindOf } from '../engine/metadata/sidecarFiles';

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
  return tableExtensions.includes(path.extname(lowerName)) || sidecarKindOf(lowerName) !== undefined;
}

function realpathOf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

export function findTableFiles(inputs: string[], cwd = process.cwd()): FoundFiles {
  const files = new Map<string, string>();
  const unmatched: string[] = [];
  const linksOutside: string[] = [];
  const truncated: string[] = [];
  const add = (file: string) => {
    const real = realpathOf(file);
    if (!files.has(real)) files.set(real, path.normalize(file));
  };
  for (const input of inputs) {
    const before = files.size;
    if (isGlob(input)) {
      // Links are not followed into folders; a linked file the pattern matches must stay in the working folder.
      const realCwd = realpathOf(cwd);
      for (const file of globSync(input, { cwd, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] })) {
        const relative = path.relative(realCwd, realpathOf(file));
        if (relative.startsWith('..') || path.isAbsolute(relative)) linksOutside.push(path.normalize(file));
        else add(file);
      }
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
        for (const file of walk.files) add(file);
        linksOutside.push(...walk.linksOutside);
        if (walk.truncated) truncated.push(input);
      } else add(absolute); // a file the user names is read wherever it is (checkFile refuses what is not a regular file)
    }
    if (files.size === before && !unmatched.includes(input)) unmatched.push(input);
  }
  return { files: [...files.values()].sort(), unmatched, linksOutside, truncated };
}
