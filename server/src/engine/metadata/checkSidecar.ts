// Checks one sidecar (foo.resource.yaml or datapackage.yaml): YAML syntax, its JSON Schema, the fiche
// descriptive's content, and each resource against its CSV. The result also says which tables the
// sidecar describes, for the editor to re-check them together.
import * as path from 'node:path';
import { compareProblems, type Problem } from '../problems/problem';
import { makeProblem } from '../problems/makeProblem';
import type { SchemaCatalog } from '../schema/catalog';
import type { TableSchema } from '../schema/tableSchema';
import { ajvProblems } from './ajvProblems';
import { contentProblems } from './contentChecks';
import { crossCheck } from './crossChecks';
import { validateDescriptor, type DescriptorKind } from './descriptorSchemas';
import { NodeRanges } from './nodeRanges';
import { parseSidecarYaml, type ParsedYaml } from './parseSidecarYaml';
import { packageListing, readResourceRef } from './resourceRefs';
import { diskAccess, sidecarKindOf, type FileAccess } from './sidecarFiles';
import { effectiveMetadata, isRecord, text as textOf, type Descriptor, type SidecarResource } from './sidecarModel';
import type { TableFacts } from './tableFacts';
import type { PathSegment } from './yamlNodes';

export interface CheckSidecarOptions {
  /** Absolute path of the sidecar (its folder anchors relative paths). */
  file: string;
  access?: FileAccess;
  catalog?: SchemaCatalog;
  /** Folders besides the sidecar's that its `schema:` paths may lead to (the workspace folders). */
  roots?: readonly string[];
}

export interface CheckedResource {
  resource: SidecarResource;
  /** Metadata in force for this resource (with what its package gives it). */
  effective: Descriptor;
  tablePath?: string;
  schema?: TableSchema;
  facts?: TableFacts;
}

export interface SidecarReport {
  file: string;
  kind: DescriptorKind;
  parsed: ParsedYaml;
  /** The root object, when the YAML parsed into one. */
  descriptor?: Descriptor;
  /** For a resource sidecar listed by a datapackage: that package (its metadata is inherited). */
  packageFile?: string;
  resources: CheckedResource[];
  problems: Problem[];
}

export function checkSidecar(text: string, options: CheckSidecarOptions): SidecarReport {
  const access = options.access ?? diskAccess;
  const file = path.resolve(options.file);
  const kind = sidecarKindOf(file) ?? 'resource';
  const parsed = parseSidecarYaml(text);
  const report: SidecarReport = { file, kind, parsed, resources: [], problems: [...parsed.problems] };
  if (parsed.problems.length > 0 || !parsed.doc || parsed.value === undefined) return finish(report);

  const ranges = new NodeRanges(parsed.doc, parsed.positions);
  report.problems.push(...ajvProblems({ kind, ranges, value: parsed.value, errors: validateDescriptor(kind, parsed.value) }));
  if (!isRecord(parsed.value)) return finish(report);
  const root = parsed.value;
  report.descriptor = root;
  const range = (segments: readonly PathSegment[], part: 'key' | 'value' = 'value') => (part === 'key' ? ranges.key(segments) : ranges.value(segments));
  const dir = path.dirname(file);

  const checkResource = (resource: SidecarResource, effective: Descriptor, where: (property: string) => PathSegment[]) => {
    const result = crossCheck({ resource, effective, where, range, access, catalog: options.catalog, roots: options.roots });
    report.problems.push(...result.problems);
    report.resources.push({ resource, effective, tablePath: result.tablePath, schema: result.schema, facts: result.facts });
  };

  if (kind === 'resource') {
    const listing = packageListing(file, access);
    report.packageFile = listing?.file;
    const effective = effectiveMetadata(root, listing?.descriptor);
    // A resource its package lists belongs to the package's dataset: completeness is the package's business.
    report.problems.push(...contentProblems({ descriptor: root, segments: [], ranges, role: listing ? 'package-resource' : 'resource', effective }));
    checkResource({ descriptor: root, segments: [], baseDir: dir }, effective, (property) => [property]);
    return finish(report);
  }

  const items = Array.isArray(root.resources) ? root.resources : [];
  const described: Descriptor[] = [];
  items.forEach((item, index) => {
    const segments: PathSegment[] = ['resources', index];
    if (isRecord(item)) {
      described.push(item);
      const effective = effectiveMetadata(item, root);
      report.problems.push(...contentProblems({ descriptor: item, segments, ranges, role: 'package-resource' }));
      checkResource({ descriptor: item, segments, baseDir: dir, index }, effective, (property) => (item[property] !== undefined ? [...segments, property] : [property]));
      return;
    }
    if (typeof item !== 'string') return;
    const ref = readResourceRef(file, item, access);
    if (!ref.ok) {
      report.problems.push(makeProblem('metadata-resource-ref', ranges.value(segments), { variant: ref.reason, ref: item }));
      return;
    }
    described.push(ref.descriptor);
    const refPath = textOf(ref.descriptor.path);
    const tablePath = refPath ? path.resolve(path.dirname(ref.file), refPath) : undefined;
    report.resources.push({ resource: { descriptor: ref.descriptor, segments, baseDir: path.dirname(ref.file), file: ref.file, index }, effective: effectiveMetadata(ref.descriptor, root), tablePath });
  });
  report.problems.push(...contentProblems({ descriptor: root, segments: [], ranges, role: 'package', resources: described }));

  const seen = new Map<string, number>();
  for (const checked of report.resources) {
    if (!checked.tablePath) continue;
    const first = seen.get(checked.tablePath);
    if (first === undefined) seen.set(checked.tablePath, checked.resource.index ?? 0);
    else report.problems.push(makeProblem('metadata-duplicate-path', ranges.value(checked.resource.segments), { path: path.basename(checked.tablePath), first: first + 1 }));
  }
  return finish(report);
}

function finish(report: SidecarReport): SidecarReport {
  report.problems.sort(compareProblems);
  return report;
}
