// Helpers of the metadata tests: check a sidecar text in a scratch folder, and summarise its problems.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkSidecar, type SidecarReport } from '../../../server/src/engine/metadata/checkSidecar';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { problemMessage } from '../../../server/src/i18n';

export const fixtures = path.resolve(__dirname, '../../fixtures/metadata');

const scratchDirs: string[] = [];
// Scratch folders (one holds a sparse 1 GB file) go when the test process ends.
process.once('exit', () => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder holding the given files (text or bytes), removed when the tests end. */
export function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'odl-metadata-'));
  scratchDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Checks a sidecar text as if it were `name` in `dir` (not written to disk). */
export function check(text: string, dir = scratch(), name = 'bornes.resource.yaml'): SidecarReport {
  return checkSidecar(text, { file: path.join(dir, name) });
}

/** `code line:col-line:col` for each problem (0-based, as the editor counts). */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} ${p.range.start.line}:${p.range.start.character}-${p.range.end.line}:${p.range.end.character}`);
}

export function only(report: SidecarReport, code: string): Problem[] {
  return report.problems.filter((p) => p.code === code);
}

export function fr(problem: Problem): string {
  return problemMessage(problem, 'fr');
}

export function en(problem: Problem): string {
  return problemMessage(problem, 'en');
}

/** The IRVE example of the catalog, 2 rows dated 2020-01-14 to 2021-04-05. */
export const irveCsvPath = path.join(fixtures, 'irve', 'bornes.csv');
