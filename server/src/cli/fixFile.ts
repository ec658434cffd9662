// Fixes one file for `check --fix`: reads and decodes its bytes, finds the schema the way `check` does (the
// --schema option, else its metadata sidecar, else detection from the header), fixes the text in rounds,
// and writes it back atomically (a temporary file in the same folder, then a rename) in the same encoding,
// with the same BOM; line endings, delimiter and quoting are the text's own, untouched outside the fixes.
// Labels renamed (--unsafe-fixes on a table without a schema) keep their old form in the table's metadata
// sidecar, as the editor's rename does (recordLabelTitles).
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readRegularFile } from './read/regularFile';
import type { SidecarBinding } from '../engine/metadata/findSidecar';
import type { Problem } from '../engine/problems';
import { recordLabelTitles, type LabelRename } from '../engine/schema/infer/sidecarSchema';
import { decodeBytes, encodeText, type TextEncoding } from '../engine/table/decode';
import { planForFile } from './planFile';
import { FixSession, fixText, type FixMode, type FixOffer } from '../engine/fixes';

export interface FixFileOptions {
  mode: FixMode;
  schema?: string;
  detect: boolean;
  cwd: string;
}

export interface FixedFile {
  path: string;
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
  let before: string;
  try {
    before = readFileSync(binding.file, 'utf8');
  } catch {
    return undefined;
  }
  const after = recordLabelTitles(before, binding.segments, renames);
  return after === undefined || after === before ? undefined : { path: binding.file, before, after };
}

/** Reads, decodes and fixes a file in memory; undefined for a binary file (nothing to fix). */
export function fixFile(file: string, options: FixFileOptions): FixedFile | undefined {
  const decoded = decodeBytes(readRegularFile(file));
  if (decoded.binary) return undefined;
  // The plan `check` follows (see planFile.ts): --schema, else the sidecar's, else the project's setting, else detection.
  const plan = planForFile(decoded.text, { schema: options.schema, detect: options.detect, cwd: options.cwd, path: file });
  const inForce = plan.schema;
  const usable = plan.usable;
  const result = fixText(decoded.text, { schema: inForce.schema, mode: options.mode, dialect: plan.dialect, hygiene: { levels: plan.hygiene } });
  const unsafeLeft =
    options.mode === 'safe'
      ? (new FixSession({ text: result.text, problems: result.report.problems, schema: inForce.schema, dialect: result.report.dialect }).fixAll('unsafe')?.parts.length ?? 0)
      : 0;
  return {
    path: file,
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

/** Writes bytes over a file: same permissions, never half written (a temporary file, then a rename). */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const mode = statSync(file).mode;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.fix.tmp`);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or the rename already moved it.
    }
    throw error;
  }
}

/** Writes the fixed text over the file (same encoding and BOM), then the updated sidecar (UTF-8). */
export function writeFixedFile(fixed: FixedFile): void {
  writeAtomically(fixed.path, encodeText(fixed.after, fixed.encoding, fixed.bom));
  if (fixed.sidecar) writeAtomically(fixed.sidecar.path, Buffer.from(fixed.sidecar.after, 'utf8'));
}
