// The sidecar side of a label rename (hygiene's label-style fix): when the table has a metadata sidecar, the
// rename's code action also records the original labels there (metadata titles, see recordLabelTitles), as
// a second edit of the same workspace edit, so one undo step reverts both.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diskAccess, type FileAccess, findSidecarFor, type FixOffer, type LabelRename, readSmallText, recordLabelTitles, type SidecarBinding } from '../engine';

/** Offer kinds that rename header labels. */
const RENAME_KINDS: ReadonlySet<string> = new Set(['rename-label', 'rename-all-labels']);

/** Where the sidecar of a table is looked up and read (the editor's open documents first, when given). */
export interface SidecarLookup {
  sidecarOf(tablePath: string): SidecarBinding | undefined;
  access: FileAccess;
}

export const diskSidecarLookup: SidecarLookup = { sidecarOf: (tablePath) => findSidecarFor(tablePath), access: diskAccess };

/** The labels an offer renames (header cells only). */
function renamesOf(offer: FixOffer): LabelRename[] {
  if (!RENAME_KINDS.has(offer.kind)) return [];
  return (offer.changes ?? []).filter((change) => change.rowNumber === 1 && change.before !== change.after).map((change) => ({ from: change.before, to: change.after }));
}

/** The one edit turning the document's text into `after`: the whole lines around what differs. */
function minimalEdit(document: TextDocument, after: string): TextDocumentEdit['edits'][number] {
  const before = document.getText();
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Whole lines: the edit reads as the lines it changes.
  while (start > 0 && before.charCodeAt(start - 1) !== 10) start--;
  while (end > 0 && before.charCodeAt(before.length - end - 1) !== 10) end--;
  return { range: { start: document.positionAt(start), end: document.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

/**
 * The sidecar edit that goes with a rename offer on the table `tableUri`; undefined when the offer renames
 * nothing, the table has no usable sidecar, or the sidecar cannot be edited safely.
 */
export function sidecarEditFor(tableUri: string, offer: FixOffer, lookup: SidecarLookup = diskSidecarLookup): TextDocumentEdit | undefined {
  const renames = renamesOf(offer);
  if (renames.length === 0 || !tableUri.startsWith('file:')) return undefined;
  const binding = lookup.sidecarOf(fileURLToPath(tableUri));
  if (!binding || binding.unusable) return undefined;
  const file = path.resolve(binding.file);
  const text = lookup.access.openText(file) ?? readSmallText(lookup.access, file);
  if (text === undefined) return undefined;
  const updated = recordLabelTitles(text, binding.segments, renames);
  if (updated === undefined || updated === text) return undefined;
  const uri = pathToFileURL(file).href;
  // No version: the sidecar may not be open in the editor (the table's own edit carries the version check).
  return { textDocument: { uri, version: null }, edits: [minimalEdit(TextDocument.create(uri, 'yaml', 0, text), updated)] };
}
