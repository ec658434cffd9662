// The fix options of `check`: --fix (safe fixes), --unsafe-fixes (also single-candidate fixes that deserve a
// look; implies --fix unless --fix-dry-run), --fix-dry-run (a unified diff, nothing written).

export interface FixRequest {
  /** Apply unsafe fixes too (choices are never applied). */
  unsafe: boolean;
  /** Print the diff, write nothing. */
  dryRun: boolean;
}

export const fixFlags = new Set(['--fix', '--unsafe-fixes', '--fix-dry-run']);

/** The fix request after one more flag. */
export function withFixFlag(current: FixRequest | undefined, flag: string): FixRequest {
  const request = current ?? { unsafe: false, dryRun: false };
  if (flag === '--unsafe-fixes') return { ...request, unsafe: true };
  if (flag === '--fix-dry-run') return { ...request, dryRun: true };
  return request;
}
