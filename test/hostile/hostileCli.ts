// Helpers of the hostile-input tests: the built CLI run with a time limit (a blocked read must fail the
// test, not hang it), throw-away folders, and a FIFO made with mkfifo.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliPath, root } from '../cli/runCli';

export interface TimedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The run was killed at the time limit. */
  timedOut: boolean;
}

export function runCliTimed(args: string[], options: { cwd?: string; timeoutMs?: number; maxMemoryMb?: number; uid?: number; gid?: number } = {}): TimedRun {
  const result = spawnSync(process.execPath, [`--max-old-space-size=${options.maxMemoryMb ?? 512}`, cliPath, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' },
    timeout: options.timeoutMs ?? 20_000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 26,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut: result.error !== undefined || result.signal === 'SIGKILL' };
}

/** A new empty folder, links resolved (macOS's /tmp is a link). */
export function tempFolder(prefix: string): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), `odl-hostile-${prefix}-`)));
}

export function makeFifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** Whether the tests run as root (then they can also run the CLI as another user). */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
