// The name of a table's resource, as Frictionless gives it: the `name` its sidecar declares, else one made
// from its file name (the stem, lower-cased, other characters than a-z 0-9 - . _ / turned into "-").
import * as path from 'node:path';
import { stripAccentsAndForms } from '../text/fold';

/** The resource name Frictionless infers from a path (frictionless-py's Detector.detect_resource). */
export function resourceNameFromPath(file: string): string {
  const stem = path.basename(file, path.extname(file));
  const slug = stripAccentsAndForms(stem)
    .toLowerCase()
    .replace(/[^-a-z0-9._/]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'name';
}

/** A table's resource name: its sidecar's `name`, else the one made from its path. */
export function resourceNameFor(file: string, sidecar?: { resourceName?: string }): string {
  return sidecar?.resourceName ?? resourceNameFromPath(file);
}
