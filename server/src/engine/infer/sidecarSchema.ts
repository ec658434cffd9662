// Records an inferred schema in a table's metadata sidecar: `schema: schema.json` (a reference beside the
// CSV) or the schema itself inline, at the resource's place in the sidecar. An existing sidecar is edited
// through the YAML syntax tree (its comments and layout kept); a missing one is drafted (metadata/draftSidecar).
// Also records, when header labels are renamed (hygiene's label-style fix), the original labels as titles.
import * as path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { draftSidecar } from '../metadata/draftSidecar';
import { readSmallText, type FileAccess } from '../metadata/sidecarFiles';
import type { PathSegment } from '../metadata/yamlNodes';
import type { TableSchema } from '../schema/tableSchema';

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

/**
 * Resource property that keeps the original labels of renamed columns when the sidecar has no inline schema
 * to hold them (no schema, or a reference to a file or to the catalog, which is never edited for this):
 * a map from the new column name to its original label, e.g. `x-field-titles: { nom_commune: Nom commune }`.
 * Table Schema allows such custom properties; the title can be moved to a schema's field later.
 */
export const FIELD_TITLES_PROPERTY = 'x-field-titles';

/** A header label renamed in the table: `from` the original label `to` the new name. */
export interface LabelRename {
  from: string;
  to: string;
}

/**
 * The sidecar text that keeps the original labels of renamed columns, or undefined when there is nothing to
 * record or the YAML cannot be edited safely. An inline schema's field named after the original label is
 * renamed and given the original label as its `title` (a title it already has is kept); labels no inline
 * field describes are recorded under FIELD_TITLES_PROPERTY (a label renamed twice keeps its first form).
 */
export function recordLabelTitles(text: string, segments: readonly PathSegment[], renames: readonly LabelRename[]): string | undefined {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  const resource = segments.length === 0 ? doc.contents : doc.getIn(segments, true);
  if (!isMap(resource)) return undefined;
  const schema = resource.get('schema', true);
  const fields = isMap(schema) ? schema.get('fields', true) : undefined;
  const left: LabelRename[] = [];
  let changed = false;
  for (const rename of renames) {
    if (rename.from === rename.to) continue;
    const field = isSeq(fields) ? fields.items.find((item): item is YAMLMap => isMap(item) && item.get('name') === rename.from) : undefined;
    if (!field) {
      left.push(rename);
      continue;
    }
    field.set('name', rename.to);
    if (field.get('title') === undefined) {
      // The title right after the name, where a reader looks for it.
      const at = field.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'name');
      field.items.splice(at + 1, 0, doc.createPair('title', rename.from));
    }
    changed = true;
  }
  if (left.length > 0) {
    const existing = resource.get(FIELD_TITLES_PROPERTY, true);
    if (existing !== undefined && !isMap(existing)) return changed ? doc.toString({ lineWidth: 0 }) : undefined;
    const titles = isMap(existing) ? existing : (doc.createNode({}) as YAMLMap);
    for (const { from, to } of left) {
      const earlier = titles.get(from);
      if (typeof earlier === 'string') titles.delete(from);
      titles.set(to, typeof earlier === 'string' ? earlier : from);
    }
    if (!isMap(existing)) resource.set(FIELD_TITLES_PROPERTY, titles);
    changed = true;
  }
  return changed ? doc.toString({ lineWidth: 0 }) : undefined;
}
