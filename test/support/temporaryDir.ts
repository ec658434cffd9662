// Temporary folders for tests, removed when the whole run ends (nothing is left in the system's temp folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const madeDirs: string[] = [];

export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

// A root-level hook: registered once, when the first test file that uses this module is loaded.
after(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
