// Finds the schema a workspace setting (`opendataLint.schemas`: glob → reference) assigns to a file.
import * as path from 'node:path';
import picomatch from 'picomatch';
import { fileURLToPath } from 'node:url';

export interface SettingMatch {
  ref: string;
  glob: string;
  /** Folder the glob is relative to (references that are paths are relative to it too). */
  baseDir: string;
}

/** Tries each glob against the file's path relative to each workspace folder; the first match wins. */
export function schemaFromSettings(documentUri: string, workspaceFolders: string[], schemas: Record<string, string>): SettingMatch | undefined {
  if (!documentUri.startsWith('file:')) return undefined;
  const file = fileURLToPath(documentUri);
  const folders = workspaceFolders.map((uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri));
  const candidates = folders
    .filter((folder) => !path.relative(folder, file).startsWith('..'))
    .map((folder) => ({ folder, relative: path.relative(folder, file).split(path.sep).join('/') }));
  if (candidates.length === 0) candidates.push({ folder: path.dirname(file), relative: path.basename(file) });
  for (const [glob, ref] of Object.entries(schemas)) {
    const isMatch = picomatch(glob, { dot: true, basename: !glob.includes('/'), nocase: process.platform === 'win32' });
    for (const { folder, relative } of candidates) {
      if (isMatch(relative) || isMatch(file)) return { ref, glob, baseDir: folder };
    }
  }
  return undefined;
}
