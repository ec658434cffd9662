// Finds the sidecar that describes a CSV — `foo.resource.yaml` beside `foo.csv`, else a datapackage.yaml
// in its folder or a parent whose resources list it — and what the CSV reader takes from it: the schema
// (which wins over settings and detection), the dialect and the encoding.
import * as path from 'node:path';
import type { TextEncoding } from '../table/decode';
import type { Dialect } from '../table/dialect';
import type { TableSchema } from '../schema/tableSchema';
import { validateDescriptor, type DescriptorKind } from './descriptorSchemas';
import { parseSidecarYaml } from './parseSidecarYaml';
import { packagesAbove, readResourceRef } from './resourceRefs';
import { RESOURCE_SUFFIXES, diskAccess, leavesItsFolder, readSmallText, unsafePathReason, type FileAccess } from './sidecarFiles';
import { dialectOf, encodingOf, isRecord, schemaChoiceOf, text, type Descriptor } from './sidecarModel';
import type { PathSegment } from './yamlNodes';

export interface SidecarBinding {
  /** The sidecar file (a `.resource.yaml`, or the datapackage that lists the CSV). */
  file: string;
  kind: DescriptorKind;
  /** Where the CSV's resource is written in that file ([] for a resource sidecar). */
  segments: PathSegment[];
  /** 0-based line of the resource in the sidecar (for "open the sidecar" at the right place). */
  line: number;
  /** The schema the sidecar names: a reference (resolved from `baseDir`) or an inline schema. */
  schema?: { ref: string; baseDir: string; inline?: TableSchema };
  dialect?: Partial<Dialect>;
  encoding?: TextEncoding;
  /** The resource's `name` (a foreign key whose `reference.resource` names it references the same table). */
  resourceName?: string;
  /**
   * The year the data end (`couverture_temporelle.fin`, the resource's, else its datapackage's): a table of
   * 2019 may use the commune codes of 2019 (checks/geography).
   */
  dataYear?: number;
  /** The sidecar exists but cannot be used (YAML errors…): the CSV says so and falls back to settings. */
  unusable?: { reason: 'yaml' | 'not-object' | 'link' };
}

export interface FindSidecarOptions {
  access?: FileAccess;
  /** Folder above which no datapackage.yaml is looked for (the workspace folder). */
  stopAt?: string;
}

function bindingOf(file: string, kind: DescriptorKind, descriptor: Descriptor, segments: PathSegment[], line: number, baseDir: string, value: unknown): SidecarBinding {
  const binding: SidecarBinding = { file, kind, segments, line, dialect: dialectOf(descriptor), encoding: encodingOf(descriptor) };
  const name = text(descriptor.name);
  if (name) binding.resourceName = name;
  const dataYear = coverageEndYear(descriptor) ?? (kind === 'package' && isRecord(value) ? coverageEndYear(value) : undefined);
  if (dataYear !== undefined) binding.dataYear = dataYear;
  const choice = schemaChoiceOf(descriptor);
  if (choice?.kind === 'ref') binding.schema = { ref: choice.ref, baseDir };
  else if (choice?.kind === 'inline') {
    // An inline schema is used only when it is well-formed (its errors are reported in the sidecar).
    const pointer = `/${segments.join('/')}${segments.length ? '/' : ''}schema`;
    const broken = validateDescriptor(kind, value).some((e) => e.instancePath === pointer || e.instancePath.startsWith(`${pointer}/`));
    if (!broken) binding.schema = { ref: text(descriptor.name) ? `${text(descriptor.name)} (inline)` : path.basename(file), baseDir, inline: choice.schema };
  }
  return binding;
}

/** The year of a descriptor's `couverture_temporelle.fin` (an ISO date), if it has one. */
function coverageEndYear(descriptor: Descriptor): number | undefined {
  const coverage = descriptor.couverture_temporelle;
  const end = isRecord(coverage) ? text(coverage.fin) : undefined;
  const year = end ? /^(\d{4})-\d{2}-\d{2}/.exec(end)?.[1] : undefined;
  return year === undefined ? undefined : Number(year);
}

function lineOf(textValue: string, offset: number | undefined): number {
  if (!offset) return 0;
  let line = 0;
  for (let i = 0; i < offset && i < textValue.length; i++) if (textValue.charCodeAt(i) === 10) line++;
  return line;
}

/** The resource a path names, relative to a folder, is this table. */
function names(baseDir: string, value: unknown, table: string): boolean {
  const p = text(value);
  return !!p && !unsafePathReason(p) && path.resolve(baseDir, p) === table;
}

export function findSidecarFor(tablePath: string, options: FindSidecarOptions = {}): SidecarBinding | undefined {
  const access = options.access ?? diskAccess;
  const table = path.resolve(tablePath);
  const dir = path.dirname(table);
  const stem = path.basename(table, path.extname(table));

  for (const suffix of RESOURCE_SUFFIXES) {
    const file = path.join(dir, `${stem}${suffix}`);
    if (leavesItsFolder(access, file)) return { file, kind: 'resource', segments: [], line: 0, unusable: { reason: 'link' } };
    const content = readSmallText(access, file);
    if (content === undefined) continue;
    const parsed = parseSidecarYaml(content);
    if (parsed.problems.length > 0 || parsed.value === undefined) return { file, kind: 'resource', segments: [], line: 0, unusable: { reason: 'yaml' } };
    if (!isRecord(parsed.value)) return { file, kind: 'resource', segments: [], line: 0, unusable: { reason: 'not-object' } };
    // A sidecar named after the CSV describes it unless its `path` names another file.
    if (parsed.value.path !== undefined && !names(dir, parsed.value.path, table)) continue;
    return bindingOf(file, 'resource', parsed.value, [], 0, dir, parsed.value);
  }

  for (const pkg of packagesAbove(dir, access, options.stopAt)) {
    const pkgDir = path.dirname(pkg.file);
    const resources = pkg.descriptor.resources as unknown[];
    for (let index = 0; index < resources.length; index++) {
      const item = resources[index];
      if (isRecord(item) && names(pkgDir, item.path, table)) {
        const content = readSmallText(access, pkg.file) ?? '';
        const parsed = parseSidecarYaml(content);
        const node = parsed.doc?.getIn(['resources', index], true) as { range?: [number, number, number] } | undefined;
        return bindingOf(pkg.file, 'package', item, ['resources', index], lineOf(content, node?.range?.[0]), pkgDir, pkg.descriptor);
      }
      if (typeof item === 'string') {
        const ref = readResourceRef(pkg.file, item, access);
        if (ref.ok && names(path.dirname(ref.file), ref.descriptor.path, table)) {
          return bindingOf(ref.file, 'resource', ref.descriptor, [], 0, path.dirname(ref.file), ref.descriptor);
        }
      }
    }
  }
  return undefined;
}
