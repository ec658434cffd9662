// Decides, for one file, which schema validates it (the --schema option, else detection from its
// header) and builds the checkers for it.
import * as path from 'node:path';
import { schemaCheckers } from '../engine/schema/schemaCheckers';
import { resolveSchemaInForce } from '../engine/schema/schemaInForce';
import { readHeader } from '../engine/table/header';
import type { FilePlan } from './checkFile';

export interface PlanOptions {
  schema?: string;
  detect: boolean;
  cwd: string;
}

export function planFile(head: string, options: PlanOptions): FilePlan {
  const header = readHeader(head);
  const request = options.schema ? { ref: options.schema, source: 'option' as const, baseDir: path.resolve(options.cwd) } : undefined;
  const inForce = resolveSchemaInForce(header.labels, request, header.range, { detection: options.detect ? 'apply' : 'off' });
  return {
    checkers: inForce.schema ? schemaCheckers(inForce.schema) : [],
    problems: inForce.problems,
    schema: inForce.schema && inForce.ref ? { ref: inForce.ref, title: inForce.title, source: inForce.source } : undefined,
  };
}
