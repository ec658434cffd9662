// Expands the CLI's inputs (files, folders, glob patterns) into a sorted list of CSV files (and, in folders,
// their metadata sidecars).
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import * as path from 'node:path';

export const tableExtensions = ['.csv', '.tsv'];
export const sidecarPatterns = ['**/*.resource.{yaml,yml}', '**/datapackage.{yaml,yml}'];

export interface FoundFiles {
  files: string[];
  /** Inputs that matched nothing (a missing path or an empty glob). */
  unmatched: string[];
}

function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

export function findTableFiles(inputs: string[], cwd = process.cwd()): FoundFiles {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const input of inputs) {
    const before = files.size;
    if (isGlob(input)) {
      for (const file of globSync(input, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })) files.add(path.normalize(file));
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
        const pattern = `**/*.{${tableExtensions.map((e) => e.slice(1)).join(',')}}`;
        // A folder's metadata sidecars are checked with its CSV files (sorted, foo.resource.yaml follows foo.csv).
        for (const file of globSync([pattern, ...sidecarPatterns], { cwd: absolute, absolute: true, caseSensitiveMatch: false, ignore: ['**/node_modules/**', '**/.git/**'] })) {
          files.add(path.normalize(file));
        }
      } else files.add(absolute);
    }
    if (files.size === before && !unmatched.includes(input)) unmatched.push(input);
  }
  return { files: [...files].sort(), unmatched };
}
