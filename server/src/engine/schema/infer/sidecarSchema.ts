// Records an inferred schema in a table's metadata sidecar: `schema: schema.json` (a reference beside the
// CSV) or the schema itself inline, at the resource's place in the sidecar. An existing sidecar is edited
// through the YAML syntax tree (its comments and layout kept); a missing one is drafted (metadata/draftSidecar).
import * as path from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { draftSidecar } from '../../metadata/draftSidecar';
import { readSmallText, type FileAccess } from '../../metadata/sidecarFiles';
import type { PathSegment } from '../../metadata/yamlNodes';
import type { TableSchema } from '../tableSchema';

export type SchemaPlacement = { kind: 'reference'; schemaFile: string } | { kind: 'inline'; schema: TableSchema };

/** An existing sidecar of the table: its file and where the table's resource is written in it. */
export interface SidecarLocation {
  file: string;
  segments: PathSegment[];
}

export interface SidecarEdit {
  file: string;
  content: string;
  /** The sidecar existed (edited) or not (drafted). */
  existed: boolean;
}

/** `schema.json` relative to the sidecar's folder, with forward slashes (sidecars are shared across systems). */
function referenceFrom(sidecarFile: string, schemaFile: string): string {
  return path.relative(path.dirname(sidecarFile), schemaFile).split(path.sep).join('/');
}

/** The sidecar text with its resource's `schema` set; undefined when the YAML cannot be edited safely. */
export function setSidecarSchema(text: string, segments: readonly PathSegment[], value: string | TableSchema): string | undefined {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  const resource = segments.length === 0 ? doc.contents : doc.getIn(segments, true);
  if (!isMap(resource)) return undefined;
  doc.setIn([...segments, 'schema'], doc.createNode(value));
  return doc.toString({ lineWidth: 0 });
}

/**
 * The sidecar content that records the schema: the existing sidecar edited, or a new one drafted
 * beside the table. For a reference, the schema file must already be written (the draft reads it).
 */
export function sidecarWithSchema(tablePath: string, existing: SidecarLocation | undefined, placement: SchemaPlacement, options: { access: FileAccess; locale?: 'fr' | 'en' }): SidecarEdit | undefined {
  if (existing) {
    const text = options.access.openText(existing.file) ?? readSmallText(options.access, existing.file);
    if (text === undefined) return undefined;
    const value = placement.kind === 'reference' ? referenceFrom(existing.file, placement.schemaFile) : placement.schema;
    const content = setSidecarSchema(text, existing.segments, value);
    return content === undefined ? undefined : { file: existing.file, content, existed: true };
  }
  const reference = placement.kind === 'reference' ? referenceFrom(tablePath, placement.schemaFile) : undefined;
  const draft = draftSidecar(tablePath, { access: options.access, schemaRef: reference, locale: options.locale });
  if (placement.kind === 'reference') return { file: draft.file, content: draft.content, existed: false };
  const content = setSidecarSchema(draft.content, [], placement.schema);
  return content === undefined ? undefined : { file: draft.file, content, existed: false };
}
