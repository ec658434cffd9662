// Problem codes of the hygiene checks that run when no schema applies: header labels, columns mixing
// formats, spreadsheet leftovers, and personal data (RGPD).
import type { ProblemCodeInfo } from '../catalog';

export const hygieneCodes = {
  /** A header label with accents, spaces, punctuation or capitals: machines (and URLs, SQL, R…) handle it badly. */
  'label-style': { severity: 'information', tags: ['header'] },
  /** A column writing the same kind of value two ways (dates, decimal separators, booleans). */
  'mixed-formats': { severity: 'warning', tags: ['cell'] },
  /** An error value a spreadsheet wrote instead of a result (#N/A, #DIV/0!, #REF!, #VALEUR!…). */
  'spreadsheet-error': { severity: 'error', tags: ['cell'] },
  /** A formula exported as text (=SOMME(B2:B9)). */
  'spreadsheet-formula': { severity: 'error', tags: ['cell'] },
  /** A "Total" or "Sous-total" row: not a record, it repeats the others. */
  'total-row': { severity: 'warning', tags: ['row'] },
  /** A column with a label and no value in any row. */
  'empty-column': { severity: 'warning', tags: ['header'] },
  /** The header row repeated inside the data (files pasted one after the other, page breaks). */
  'repeated-header': { severity: 'error', tags: ['row'] },
  /** A cell left empty under a merged cell: the value is only on the group's first row. */
  'merged-cell-gap': { severity: 'warning', tags: ['cell'] },
  /** A column of personal data (people's names, birth dates, personal e-mail addresses or mobile numbers). */
  'personal-data': { severity: 'warning', tags: ['header'] },
} satisfies Record<string, ProblemCodeInfo>;

export type HygieneCode = keyof typeof hygieneCodes;

export const HYGIENE_CODES = Object.keys(hygieneCodes) as HygieneCode[];

export function isHygieneCode(code: string): code is HygieneCode {
  return Object.prototype.hasOwnProperty.call(hygieneCodes, code);
}
