// Problem codes of Table Schema validation: header ↔ fields, cell types and constraints, table keys.
import type { ProblemCodeInfo } from '../catalog';

export const schemaCodes = {
  /** A schema field with no column. Severity: error when the field is required, warning otherwise. */
  'missing-label': { severity: 'error', tags: ['header', 'schema'] },
  'extra-label': { severity: 'warning', tags: ['header', 'schema'] },
  /** A column named almost like a field (case, accents, separators, a typo). Error when the field is required. */
  'incorrect-label': { severity: 'error', tags: ['header', 'schema'] },
  'column-order': { severity: 'warning', tags: ['header', 'schema'] },
  'type-error': { severity: 'error', tags: ['row', 'cell'] },
  'constraint-error': { severity: 'error', tags: ['row', 'cell'] },
  /** A value the field's pattern could not decide within its time budget (a pattern that backtracks). */
  'pattern-too-costly': { severity: 'warning', tags: ['row', 'cell'] },
  'unique-error': { severity: 'error', tags: ['row', 'cell', 'table'] },
  'primary-key': { severity: 'error', tags: ['row', 'table'] },
  'foreign-key': { severity: 'error', tags: ['row', 'table'] },
  /** The schema itself has a problem (unknown type or format, a pattern JavaScript cannot compile…). */
  'schema-error': { severity: 'warning', tags: ['schema'] },
  /** A custom check of the schema that cannot run: unknown name, unusable params, or it failed. */
  'custom-check-unsupported': { severity: 'warning', tags: ['header', 'schema'] },
} satisfies Record<string, ProblemCodeInfo>;
