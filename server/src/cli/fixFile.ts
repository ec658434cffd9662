// Fixes one file for `check --fix`: reads and decodes its bytes, finds the schema the way `check` does (the
// --schema option, else its metadata sidecar, else detection from the header), fixes the text in rounds,
// and writes it back (replaceFile.ts: a complete temporary file, then a rename; the link's target, mode and
// owner kept) in the same encoding,
// with the same BOM; line endings, delimiter and quoting are the text's own, untouched outside the fixes.
// Labels renamed (--unsafe-fixes on a table without a schema) keep their old form in the table's metadata
// sidecar, as the editor's rename does (recordLabelTitles).
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, encodeText, isInsidePath, type LabelRename, type Problem, recordLabelTitles, type SidecarBinding, type TextEncoding } from '../engine';
import { replaceFile, type ReplaceNote } from './replaceFile';
import { readRegularFile } from './read/regularFile';
import { planForFile } from './planFile';
import { FixSession, fixText, type FixMode, type FixOffer } from '../engine';

export interface FixFileOptions {
  mode: FixMode;
  schema?: string;
  detect: boolean;
  cwd: string;
}

export interface FixedFile {
  path: string;
  /** The file's bytes as read (what a dry run's diff starts from). */
  bytes: Uint8Array;
  encoding: TextEncoding;
  bom: boolean;
  before: string;
  after: string;
  applied: FixOffer[];
  /** Problems of the fixed text, with those the schema choice raised (what `check` would report). */
  problems: Problem[];
  /** Fixes still available in unsafe mode (reported after a safe run). */
  unsafeLeft: number;
  /** The metadata sidecar, updated with the original labels of renamed columns. */
  sidecar?: SidecarUpdate;
}

export interface SidecarUpdate {
  path: string;
  before: string;
  after: string;
}

/** The sidecar text that keeps the labels the applied fixes renamed (header cells of rename offers). */
function sidecarUpdate(binding: SidecarBinding | undefined, applied: readonly FixOffer[]): SidecarUpdate | undefined {
  const renames: LabelRename[] = applied
    .filter((offer) => offer.kind === 'rename-label' || offer.kind === 'rename-all-labels')
    .flatMap((offer) => (offer.changes ?? []).filter((change) => change.rowNumber === 1).map((change) => ({ from: change.before, to: change.after })));
  if (!binding || renames.length === 0) return undefined;
  // The sidecar is found beside the CSV, not named by the user: a link out of the CSV's folder is not written.
  if (!isInsidePath(realpathOrSelf(binding.file), realpathOrSelf(path.dirname(binding.file)))) return undefined;
  let before: string;
  try {
    before = readRegularFile(binding.file).toString('utf8');
  } catch {
    return undefined;
  }
  const after = recordLabelTitles(before, binding.segments, renames);
  return after === undefined || after === before ? undefined : { path: binding.file, before, after };
}

/**
 * Files larger than this are checked but not fixed: a fix works on the whole text in memory, round after
 * round (measured: a 61 MB file peaks at 3.5 GB, a 103 MB one exhausts the heap), and a command-line run
 * must stay within a CI runner's memory.
 */
export const MAX_FIX_BYTES = 32 << 20;

function realpathOrSelf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/** Reads, decodes and fixes a file in memory; undefined for a binary file or undecodable UTF-16 (nothing to fix). */
export function fixFile(file: string, options: FixFileOptions): FixedFile | undefined {
  const bytes = readRegularFile(file);
  const decoded = decodeBytes(bytes);
  // Undecodable UTF-16 (an odd byte, a lone surrogate) would be written back as U+FFFD: checked, never fixed.
  if (decoded.binary || decoded.undecodable) return undefined;
  // The plan `check` follows (see planFile.ts): --schema, else the sidecar's, else the project's setting, else detection.
  const plan = planForFile(decoded.text, { schema: options.schema, detect: options.detect, cwd: options.cwd, path: file });
  const inForce = plan.schema;
  const usable = plan.usable;
  const result = fixText(decoded.text, { schema: inForce.schema, mode: options.mode, dialect: plan.dialect, hygiene: { levels: plan.hygiene }, resourceName: plan.resourceName });
  const unsafeLeft =
    options.mode === 'safe'
      ? (new FixSession({ text: result.text, problems: result.report.problems, schema: inForce.schema, dialect: result.report.dialect }).fixAll('unsafe')?.parts.length ?? 0)
      : 0;
  return {
    path: file,
    bytes,
    encoding: decoded.encoding,
    bom: decoded.bom,
    before: decoded.text,
    after: result.text,
    applied: result.applied,
    problems: [...inForce.problems, ...result.report.problems],
    unsafeLeft,
    sidecar: sidecarUpdate(usable, result.applied),
  };
}

/**
 * Writes the fixed text over the file (same encoding and BOM), then the updated sidecar (UTF-8), each
 * through replaceFile (links, mode, owner, hard links, read-only files); returns how each was written when
 * not by the usual rename.
 */
/** The bytes --fix writes: the fixed text in the file's encoding, with its BOM (throws UnencodableCharacter). */
export function fixedBytes(fixed: FixedFile): Uint8Array {
  return encodeText(fixed.after, fixed.encoding, fixed.bom);
}

export function writeFixedFile(fixed: FixedFile): { file: string; note: ReplaceNote }[] {
  const notes: { file: string; note: ReplaceNote }[] = [];
  const note = replaceFile(fixed.path, fixedBytes(fixed));
  if (note) notes.push({ file: fixed.path, note });
  if (fixed.sidecar) {
    const sidecarNote = replaceFile(fixed.sidecar.path, Buffer.from(fixed.sidecar.after, 'utf8'));
    if (sidecarNote) notes.push({ file: fixed.sidecar.path, note: sidecarNote });
  }
  return notes;
}
