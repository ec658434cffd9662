// Runs the built CLI (dist/cli.js) in a child process, in a clean environment, as users and CI do.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const cliPath = path.join(root, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    // No GITHUB_WORKSPACE, no colour variables from the machine running the tests.
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...options.env },
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
