// The catalog of problem codes: each area declares its codes (default severity and tags) in its own
// file; this module joins them. Messages live in server/src/i18n, docs in docs/problems.md.
import type { Severity } from './problem';
import { coordinatesCodes } from './codes/coordinatesCodes';
import { customCheckCodes } from './codes/customCheckCodes';
import { hygieneCodes } from './codes/hygieneCodes';
import { metadataCodes } from './codes/metadataCodes';
import { schemaCodes } from './codes/schemaCodes';
import { schemaSelectionCodes } from './codes/schemaSelectionCodes';
import { structureCodes } from './codes/structureCodes';

export type ProblemTag = 'file' | 'header' | 'row' | 'cell' | 'table' | 'schema' | 'metadata';

export interface ProblemCodeInfo {
  severity: Severity;
  tags: ProblemTag[];
}

const registry: Record<string, ProblemCodeInfo> = {
  ...structureCodes,
  ...schemaSelectionCodes,
  ...customCheckCodes,
  ...metadataCodes,
  ...schemaCodes,
  ...hygieneCodes,
  ...coordinatesCodes,
};

export function problemCodeInfo(code: string): ProblemCodeInfo | undefined {
  return registry[code];
}

export function allProblemCodes(): string[] {
  return Object.keys(registry).sort();
}

export function defaultSeverity(code: string): Severity {
  return registry[code]?.severity ?? 'error';
}

export const DOCS_BASE_URL = 'https://github.com/opendata-lint/opendata-lint/blob/main/docs/problems.md';

/** The anchor of a code's entry in docs/problems.md (each entry's heading is the code itself). */
export function problemDocUrl(code: string): string {
  return `${DOCS_BASE_URL}#${code}`;
}
