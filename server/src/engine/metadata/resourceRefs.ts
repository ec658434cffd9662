// A datapackage's links to separate resource files (`resources: [bornes.resource.yaml]`) and back: the
// package that lists a resource sidecar (whose metadata the resource inherits). Every link is checked
// (inside the folder, an existing resource file, not the package itself) so that no cycle is followed.
import * as path from 'node:path';
import { parseSidecarYaml } from './parseSidecarYaml';
import { PACKAGE_NAMES, leavesItsFolder, readSmallText, sidecarKindOf, unsafePathReason, type FileAccess } from './sidecarFiles';
import { isRecord, type Descriptor } from './sidecarModel';

export type ResourceRefFailure = 'unsafe' | 'circular' | 'not-resource' | 'not-found' | 'invalid';

export type ResourceRef = { ok: true; file: string; descriptor: Descriptor } | { ok: false; reason: ResourceRefFailure; file?: string };

/** Reads the resource file a package lists by path. */
export function readResourceRef(packageFile: string, ref: string, access: FileAccess): ResourceRef {
  if (unsafePathReason(ref) || /^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return { ok: false, reason: 'unsafe' };
  const file = path.resolve(path.dirname(packageFile), ref);
  if (file === path.resolve(packageFile)) return { ok: false, reason: 'circular', file };
  // A link out of the package's folder is refused as `..` is.
  const real = access.realpath?.(file);
  const base = access.realpath?.(path.dirname(packageFile)) ?? path.dirname(path.resolve(packageFile));
  if (real !== undefined) {
    const relative = path.relative(base, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { ok: false, reason: 'unsafe', file };
  }
  // Only resource sidecars may be listed: a package listing a package is how cycles start.
  if (sidecarKindOf(file) !== 'resource') return { ok: false, reason: sidecarKindOf(file) === 'package' ? 'circular' : 'not-resource', file };
  const text = readSmallText(access, file);
  if (text === undefined) return { ok: false, reason: 'not-found', file };
  const parsed = parseSidecarYaml(text);
  if (parsed.problems.length > 0 || !isRecord(parsed.value)) return { ok: false, reason: 'invalid', file };
  return { ok: true, file, descriptor: parsed.value };
}

/** How many folders up a datapackage.yaml is looked for. */
export const PACKAGE_SEARCH_DEPTH = 3;

export interface PackageFile {
  file: string;
  descriptor: Descriptor;
}

/** The datapackage files in a folder and its parents (nearest first), parsed; unreadable ones are skipped. */
export function packagesAbove(dir: string, access: FileAccess, stopAt?: string): PackageFile[] {
  const found: PackageFile[] = [];
  let current = path.resolve(dir);
  for (let level = 0; level <= PACKAGE_SEARCH_DEPTH; level++) {
    for (const name of PACKAGE_NAMES) {
      const file = path.join(current, name);
      if (leavesItsFolder(access, file)) continue;
      const text = readSmallText(access, file);
      if (text === undefined) continue;
      const parsed = parseSidecarYaml(text);
      if (isRecord(parsed.value) && Array.isArray(parsed.value.resources)) found.push({ file, descriptor: parsed.value });
    }
    const parent = path.dirname(current);
    if (parent === current || (stopAt && path.resolve(current) === path.resolve(stopAt))) break;
    current = parent;
  }
  return found;
}

/** The package that lists a resource sidecar by path, if any. */
export function packageListing(resourceFile: string, access: FileAccess): PackageFile | undefined {
  const target = path.resolve(resourceFile);
  return packagesAbove(path.dirname(target), access).find((pkg) =>
    (pkg.descriptor.resources as unknown[]).some((item) => typeof item === 'string' && path.resolve(path.dirname(pkg.file), item) === target),
  );
}
