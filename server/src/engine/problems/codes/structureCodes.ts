// Problem codes raised while reading a CSV: decoding, dialect, quoting, header and row shape.
import type { ProblemCodeInfo } from '../catalog';

export const structureCodes = {
  'encoding-error': { severity: 'warning', tags: ['file'] },
  'encoding-misread': { severity: 'error', tags: ['file'] },
  'binary-file': { severity: 'error', tags: ['file'] },
  'empty-file': { severity: 'error', tags: ['file'] },
  'header-only': { severity: 'warning', tags: ['file'] },
  'source-error': { severity: 'error', tags: ['file', 'row'] },
  'mixed-line-endings': { severity: 'warning', tags: ['file'] },
  'blank-label': { severity: 'error', tags: ['header'] },
  'duplicate-label': { severity: 'error', tags: ['header'] },
  'label-whitespace': { severity: 'warning', tags: ['header'] },
  'extra-cell': { severity: 'error', tags: ['row', 'cell'] },
  'missing-cell': { severity: 'error', tags: ['row', 'cell'] },
  'blank-row': { severity: 'error', tags: ['row'] },
  'too-many-problems': { severity: 'information', tags: ['file'] },
} satisfies Record<string, ProblemCodeInfo>;
