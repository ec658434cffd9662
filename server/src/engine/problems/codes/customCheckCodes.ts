// Problem codes of Validata's custom checks: each code is the check's name in Validata (its current
// name when it was renamed: french-siret-value also answers to `siret`, see index.ts).
import type { ProblemCodeInfo } from '../catalog';

export const customCheckCodes = {
  'french-siret-value': { severity: 'error', tags: ['cell'] },
  'french-siren-value': { severity: 'error', tags: ['cell'] },
  /** Values Validata refuses are errors; values it accepts but the opening_hours library warns about are warnings. */
  'opening-hours-value': { severity: 'error', tags: ['cell'] },
  'phone-number-value': { severity: 'error', tags: ['cell'] },
  'french-gps-coordinates': { severity: 'error', tags: ['cell'] },
  'one-of-required': { severity: 'error', tags: ['row'] },
  'cohesive-columns-value': { severity: 'error', tags: ['row'] },
  'compare-columns-value': { severity: 'error', tags: ['row', 'cell'] },
  'sum-columns-value': { severity: 'error', tags: ['row', 'cell'] },
  'year-interval-value': { severity: 'error', tags: ['cell'] },
  'nomenclature-actes-value': { severity: 'error', tags: ['cell'] },
  /** A custom check of the schema that cannot run: unknown name or unusable params. */
  'custom-check-error': { severity: 'warning', tags: ['schema'] },
} satisfies Record<string, ProblemCodeInfo>;
