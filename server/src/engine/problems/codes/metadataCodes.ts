// Problem codes of metadata sidecars (foo.resource.yaml, datapackage.yaml): YAML syntax, the sidecar's
// JSON Schema, the fiche descriptive's content, and the checks across the sidecar and its CSV.
import type { ProblemCodeInfo } from '../catalog';

export const metadataCodes = {
  'metadata-yaml-syntax': { severity: 'error', tags: ['file', 'metadata'] },
  'metadata-yaml-aliases': { severity: 'error', tags: ['file', 'metadata'] },
  'metadata-too-large': { severity: 'error', tags: ['file', 'metadata'] },
  'metadata-invalid': { severity: 'error', tags: ['metadata'] },
  'metadata-unknown-property': { severity: 'warning', tags: ['metadata'] },
  'metadata-placeholder': { severity: 'warning', tags: ['metadata'] },
  'metadata-incomplete': { severity: 'warning', tags: ['metadata'] },
  'metadata-path-not-found': { severity: 'error', tags: ['metadata'] },
  'metadata-path-unsafe': { severity: 'error', tags: ['metadata'] },
  'metadata-path-not-table': { severity: 'error', tags: ['metadata'] },
  'metadata-path-remote': { severity: 'information', tags: ['metadata'] },
  'metadata-duplicate-path': { severity: 'error', tags: ['metadata'] },
  'metadata-resource-ref': { severity: 'error', tags: ['metadata'] },
  'metadata-dialect-mismatch': { severity: 'error', tags: ['metadata'] },
  'metadata-encoding-mismatch': { severity: 'warning', tags: ['metadata'] },
  'metadata-temporal-coverage': { severity: 'warning', tags: ['metadata'] },
  'metadata-date-order': { severity: 'error', tags: ['metadata'] },
  'metadata-siret': { severity: 'error', tags: ['metadata'] },
  'metadata-keyword-format': { severity: 'warning', tags: ['metadata'] },
  'metadata-fields-mismatch': { severity: 'warning', tags: ['metadata'] },
  'metadata-licence-conflict': { severity: 'error', tags: ['metadata'] },
  'metadata-licence-not-approved': { severity: 'information', tags: ['metadata'] },
  'metadata-sidecar-unusable': { severity: 'warning', tags: ['file', 'metadata'] },
} satisfies Record<string, ProblemCodeInfo>;
