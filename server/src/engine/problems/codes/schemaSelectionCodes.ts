// Problem codes about which schema applies: a reference that cannot be used, a schema detected from the header.
import type { ProblemCodeInfo } from '../catalog';

export const schemaSelectionCodes = {
  'schema-not-found': { severity: 'error', tags: ['file', 'schema'] },
  'schema-file-not-found': { severity: 'error', tags: ['file', 'schema'] },
  'schema-read-error': { severity: 'error', tags: ['file', 'schema'] },
  'schema-invalid-json': { severity: 'error', tags: ['file', 'schema'] },
  'schema-not-table-schema': { severity: 'error', tags: ['file', 'schema'] },
  'schema-version-not-pinned': { severity: 'warning', tags: ['file', 'schema'] },
  'schema-detected': { severity: 'information', tags: ['header', 'schema'] },
  'schema-setting-not-shared': { severity: 'warning', tags: ['file', 'schema'] },
} satisfies Record<string, ProblemCodeInfo>;
