// `opendata-lint check --fix | --unsafe-fixes | --fix-dry-run`: fixes each file (safe fixes, or unsafe ones
// too; choices never), says what changed per file, then checks the fixed files as `check` does and exits
// with its code. With --fix-dry-run, prints a unified diff per file, writes nothing, and exits as `check`
// would on the fixed text.
import { t, type Locale } from '../i18n';
import type { CheckRequest } from './args';
import { reportSkippedFiles, runCheckCommand } from './checkCommand';
import type { FixRequest } from './fixArgs';
import { unifiedDiff } from './fixDiff';
import { statSync } from 'node:fs';
import { fixedBytes, fixFile, MAX_FIX_BYTES, writeFixedFile, type FixedFile } from './fixFile';
import { findTableFiles } from './findFiles';
import { isJsonDatasetPath, isJsonDatasetToCheck } from './jsonFile';
import { guardTemporaryFiles } from './replaceFile';
import type { CliIo } from './io';
import { displayPath } from './reporters/context';
import { EXIT_USAGE, countSeverities, exitCodeFor } from './results';
import { sidecarKindOf } from './sidecarReport';
import { type FixOffer, type Problem, UnencodableCharacter } from '../engine';

/** Changes listed per file before "… and N more". */
const MAX_LISTED = 50;

function describe(offer: FixOffer, locale: Locale): string {
  const change = offer.changes?.length === 1 ? offer.changes[0] : undefined;
  if (change) return t('cli.fix.change', locale, { row: change.rowNumber, column: change.column, before: change.before, after: change.after, kind: offer.kind });
  return t('cli.fix.action', locale, { title: t(offer.title.key, locale, offer.title.params), kind: offer.kind });
}

function report(fixed: FixedFile, shown: string, dryRun: boolean, locale: Locale, say: (text: string) => void, cwd: string): void {
  if (fixed.applied.length > 0) {
    say(t(dryRun ? 'cli.fix.wouldApply' : 'cli.fix.applied', locale, { path: shown, count: fixed.applied.length }));
    for (const offer of fixed.applied.slice(0, MAX_LISTED)) say(describe(offer, locale));
    if (fixed.applied.length > MAX_LISTED) say(t('cli.fix.more', locale, { count: fixed.applied.length - MAX_LISTED }));
  }
  if (fixed.sidecar) say(t(dryRun ? 'cli.fix.sidecarWould' : 'cli.fix.sidecar', locale, { path: displayPath(fixed.sidecar.path, cwd) }));
  if (fixed.unsafeLeft > 0) say(t('cli.fix.unsafeLeft', locale, { path: shown, count: fixed.unsafeLeft }));
}

export async function runFixCommand(request: CheckRequest, fix: FixRequest, locale: Locale, io: CliIo): Promise<number> {
  const jsonOptions = { schema: request.schema, detect: request.detect, cwd: io.cwd };
  const found = findTableFiles(request.inputs, io.cwd, { isJsonDataset: (file) => isJsonDatasetToCheck(file, jsonOptions) });
  const { files, unmatched } = found;
  // The fix summary joins a text report; beside a machine-readable report on standard output it goes to stderr.
  const stdoutFormat = request.outputs.find((output) => output.file === undefined)?.format;
  const say = stdoutFormat === undefined || stdoutFormat === 'text' ? io.stdout : io.stderr;
  const mode = fix.unsafe ? 'unsafe' : 'safe';
  const problems: Problem[] = [];
  let failures = 0;
  // Ctrl-C while a file is written: the write ends, its temporary file is removed, then the process exits.
  const releaseGuard = guardTemporaryFiles();
  try {
    for (const file of files) {
      if (sidecarKindOf(file)) continue;
      // JSON datasets have no fixes: said, never written; the check that follows reports their problems.
      if (isJsonDatasetPath(file)) {
        io.stderr(t('cli.fix.jsonNotSupported', locale, { path: displayPath(file, io.cwd) }));
        continue;
      }
      // Lets a signal in between files (see guardTemporaryFiles).
      await new Promise((resolve) => setImmediate(resolve));
      const shown = displayPath(file, io.cwd);
      let fixed: FixedFile | undefined;
      try {
        const size = statSync(file).size;
        if (size > MAX_FIX_BYTES) {
          io.stderr(t('cli.fix.tooBig', locale, { path: shown, size: Math.ceil(size / (1 << 20)), limit: MAX_FIX_BYTES >> 20 }));
          continue;
        }
        fixed = fixFile(file, { mode, schema: request.schema, detect: request.detect, cwd: io.cwd });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        io.stderr(t('cli.error.read', locale, { path: shown, reason: code ?? (error instanceof Error ? error.message : String(error)) }));
        failures++;
        continue;
      }
      if (!fixed) continue;
      for (const problem of fixed.problems) problems.push(problem);
      if (fix.dryRun) {
        // The diff is bytes of the file (its encoding, BOM and line endings), so that patch and git apply take it.
        const writeBytes = io.stdoutBytes ?? ((bytes: Uint8Array) => io.stdout(Buffer.from(bytes).toString('utf8').replace(/\n$/, '')));
        let after: Uint8Array;
        try {
          after = fixedBytes(fixed);
        } catch (error) {
          if (!(error instanceof UnencodableCharacter)) throw error;
          io.stderr(t('cli.fix.encodeError', locale, { path: shown, encoding: error.encoding, sample: error.character }));
          failures++;
          continue;
        }
        const diff = unifiedDiff(fixed.bytes, after, shown);
        if (diff.length > 0) writeBytes(diff);
        const sidecarDiff = fixed.sidecar ? unifiedDiff(Buffer.from(fixed.sidecar.before, 'utf8'), Buffer.from(fixed.sidecar.after, 'utf8'), displayPath(fixed.sidecar.path, io.cwd)) : Buffer.alloc(0);
        if (sidecarDiff.length > 0) writeBytes(sidecarDiff);
        report(fixed, shown, true, locale, say, io.cwd);
        continue;
      }
      if (fixed.after !== fixed.before) {
        try {
          for (const { file: written, note } of writeFixedFile(fixed)) say(t(`cli.fix.${note}`, locale, { path: displayPath(written, io.cwd) }));
        } catch (error) {
          if (error instanceof UnencodableCharacter) io.stderr(t('cli.fix.encodeError', locale, { path: shown, encoding: error.encoding, sample: error.character }));
          else io.stderr(t('cli.fix.writeError', locale, { path: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
          failures++;
          continue;
        }
      }
      report(fixed, shown, false, locale, say, io.cwd);
    }
  } catch (error) {
    releaseGuard();
    throw error;
  }
  // The guard stays on to the end of the run (a signal while the fixed files are checked exits the same
  // way, 128 + its number); a signal that came during the last write is dispatched now.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    if (fix.dryRun) {
      for (const input of unmatched) io.stderr(t('cli.error.noFiles', locale, { inputs: input }));
      reportSkippedFiles(found, locale, io);
      if (files.length === 0) return EXIT_USAGE;
      return exitCodeFor(countSeverities(problems), { severity: request.severity, maxWarnings: request.maxWarnings, usageError: unmatched.length > 0 || failures > 0 });
    }
    // Then the fixed files are checked and reported exactly as `check` does.
    const code = await runCheckCommand(request, locale, io);
    return failures > 0 ? EXIT_USAGE : code;
  } finally {
    releaseGuard();
  }
}
