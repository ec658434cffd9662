// Which lines of each file changed since a git revision (`--changed-only <ref>`): one `git diff
// --unified=0` for all files, its hunks read as line ranges of the new file; untracked files count whole.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import * as path from 'node:path';

/** 1-based inclusive line ranges of the current file, sorted; 'all' for a new or untracked file. */
export type ChangedLines = 'all' | Array<[number, number]>;

export class GitError extends Error {
  constructor(
    readonly reason: string,
    readonly ref: string,
  ) {
    super(reason);
  }
}

/** Reads a path as git prints it: plain, or C-quoted ("a\303\251.csv") when it has unusual characters. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let i = 1; i < text.length - 1; i++) {
    const char = text[i];
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = text[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Parses the output of `git diff --unified=0 --src-prefix=a/ --dst-prefix=b/` into the changed line
 * ranges of each new file (paths as git prints them, relative to the repository root).
 */
export function parseUnifiedDiff(diff: string): Map<string, Array<[number, number]>> {
  const changes = new Map<string, Array<[number, number]>>();
  let current: Array<[number, number]> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const unquoted = unquoteGitPath(target);
      const file = unquoted.startsWith('b/') ? unquoted.slice(2) : unquoted;
      current = changes.get(file) ?? [];
      changes.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      // A count of 0 is a pure deletion: no line of the new file changed.
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return changes;
}

/** Whether any line in [first, last] (1-based, inclusive) changed. */
export function touchesChangedLines(changed: ChangedLines, first: number, last: number): boolean {
  if (changed === 'all') return true;
  let low = 0;
  let high = changed.length - 1;
  // Binary search for the first range that ends at or after `first`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (changed[middle][1] < first) low = middle + 1;
    else high = middle;
  }
  const range = changed[low];
  return range !== undefined && range[1] >= first && range[0] <= last;
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitFailure(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr;
  const firstLine = typeof stderr === 'string' ? stderr.split('\n').find((line) => line.trim() !== '') : undefined;
  if (firstLine) return firstLine.trim();
  return error instanceof Error ? error.message : String(error);
}

/** Paths per git call: keeps the command line far below the system's limit. */
const PATHS_PER_CALL = 500;

/**
 * The changed lines of each file since `ref`, keyed by absolute path. Files outside the repository or
 * not tracked by git count as wholly changed. Throws GitError when git is missing, cwd is not in a
 * repository, or the revision is unknown.
 */
export function changedLinesSince(ref: string, files: string[], cwd: string): Map<string, ChangedLines> {
  let root: string;
  try {
    root = realpathSync(git(['rev-parse', '--show-toplevel'], cwd).trim());
  } catch (error) {
    throw new GitError(gitFailure(error), ref);
  }
  // A plain revision is checked first, so that a typo fails even when no file is in the repository;
  // a range (main...HEAD) is left to git diff, which says itself what is wrong.
  if (!ref.includes('..')) {
    try {
      git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    } catch {
      throw new GitError(`unknown revision ${ref}`, ref);
    }
  }
  const result = new Map<string, ChangedLines>();
  /** Files of the repository by their path relative to its root, as git prints it. */
  const byGitPath = new Map<string, string>();
  for (const file of files) {
    // The real path: git reports the root without symbolic links (macOS /tmp, a linked home…).
    const relative = path.relative(root, realpathSync(file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) result.set(file, 'all');
    else {
      result.set(file, []);
      byGitPath.set(relative.split(path.sep).join('/'), file);
    }
  }
  const gitPaths = [...byGitPath.keys()];
  for (let start = 0; start < gitPaths.length; start += PATHS_PER_CALL) {
    const batch = gitPaths.slice(start, start + PATHS_PER_CALL);
    let diff: string;
    let untracked: string;
    try {
      diff = git(
        ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', '--text', '--src-prefix=a/', '--dst-prefix=b/', ref, '--', ...batch],
        root,
      );
      untracked = git(['ls-files', '--others', '-z', '--', ...batch], root);
    } catch (error) {
      throw new GitError(gitFailure(error), ref);
    }
    for (const [gitPath, ranges] of parseUnifiedDiff(diff)) {
      const file = byGitPath.get(gitPath);
      if (file) result.set(file, ranges);
    }
    for (const gitPath of untracked.split('\0')) {
      const file = byGitPath.get(gitPath);
      if (file) result.set(file, 'all');
    }
  }
  return result;
}
