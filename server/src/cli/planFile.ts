// Decides, for one file, which schema validates it (the --schema option, else the schema its metadata
// sidecar names, else detection from its header), the dialect its sidecar declares, and builds the checkers.
import * as path from 'node:path';
import { hygieneCheckers } from '../engine/checks/hygiene/hygieneChecker';
import { makeProblem } from '../engine/checks/structure';
import { findSidecarFor } from '../engine/metadata/findSidecar';
import { resourceNameFor } from '../engine/metadata/resourceName';
import type { SchemaRequest } from '../engine/schema/schemaInForce';
import { schemaCheckers } from '../engine/schema/schemaCheckers';
import { resolveSchemaInForce } from '../engine/schema/schemaInForce';
import { readHeader } from '../engine/table/header';
import type { FilePlan } from './checkFile';

export interface PlanOptions {
  schema?: string;
  detect: boolean;
  cwd: string;
  /** The file's path: its sidecar (foo.resource.yaml, datapackage.yaml) is looked up beside it. */
  path?: string;
}

export function planFile(head: string, options: PlanOptions): FilePlan {
  const sidecar = options.path ? findSidecarFor(options.path) : undefined;
  const usable = sidecar && !sidecar.unusable ? sidecar : undefined;
  const header = readHeader(head, usable?.dialect);
  const request: SchemaRequest | undefined = options.schema
    ? { ref: options.schema, source: 'option', baseDir: path.resolve(options.cwd) }
    : usable?.schema
      ? { ref: usable.schema.ref, source: 'sidecar', baseDir: usable.schema.baseDir, inline: usable.schema.inline }
      : undefined;
  const inForce = resolveSchemaInForce(header.labels, request, header.range, { detection: options.detect ? 'apply' : 'off' });
  if (sidecar?.unusable) inForce.problems.push(makeProblem('metadata-sidecar-unusable', header.range, { file: path.basename(sidecar.file) }));
  return {
    dialect: usable?.dialect,
    sniffed: header.dialect,
    // Without a schema, the hygiene checks (labels, mixed formats, spreadsheet leftovers, personal data) apply.
    checkers: inForce.schema ? schemaCheckers(inForce.schema, { resourceName: options.path ? resourceNameFor(options.path, usable) : undefined }) : hygieneCheckers(),
    problems: inForce.problems,
    schema: inForce.schema && inForce.ref ? { ref: inForce.ref, title: inForce.title, source: inForce.source } : undefined,
    tableSchema: inForce.schema,
  };
}
