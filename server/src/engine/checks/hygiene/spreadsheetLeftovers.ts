// What a spreadsheet leaves in an exported table: error values (#N/A, #DIV/0!, #VALEUR!…), formulas
// exported as text, "Total"/"Sous-total" rows, and the header row pasted again among the data.

/**
 * Error values of Excel (English and French) and LibreOffice (`Err:502`), and the `####` a column too
 * narrow shows. French Excel translates some (#VALEUR!, #NOM?, #NOMBRE!, #NUL!) and keeps others (#N/A, #DIV/0!, #REF!).
 */
const ERROR_VALUE =
  /^(?:#(?:N\/A|N\/D|NA|DIV\/0!|REF!|VALEUR!|VALUE!|NOM\?|NAME\?|NUM!|NOMBRE!|NULL!|NUL!|CALC!|SPILL!|D[EÉ]PASSEMENT!|CHAMP!|FIELD!|CONNECT!|BLOQU[EÉ]!|BLOCKED!|UNKNOWN!|INCONNU!|GETTING_DATA|OBTENTION_DONN[EÉ]ES)|Err:\d{3}|#{3,})$/i;

/** `=SOMME(B2:B9)`, `=A2+B2`, `=2*3`, `= MOYENNE(…)`: a formula, not its result. */
const FORMULA = /^=\s*(?:[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9._]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+|[+-]?\d+(?:[.,]\d+)?\s*[-+*/^])/;

/** `Total`, `TOTAL GÉNÉRAL`, `Sous-total Brest`, `Total :` — not `Totalement` nor `Totalité`. */
const TOTAL_LABEL = /^(sous[\s-]?)?total(?:e|es|s)?(?![a-zà-ÿ])/i;

export function isSpreadsheetError(value: string): boolean {
  return value.length >= 3 && value.length <= 24 && (value.charCodeAt(0) === 35 || value.charCodeAt(0) === 69) && ERROR_VALUE.test(value);
}

export function isFormula(value: string): boolean {
  return value.charCodeAt(0) === 61 && FORMULA.test(value);
}

/** 'total' or 'subtotal' when a cell labels a total row, else undefined. */
export function totalLabelKind(value: string): 'total' | 'subtotal' | undefined {
  const first = value.charCodeAt(0) | 32;
  if (first !== 116 && first !== 115) return undefined; // t, s
  const match = TOTAL_LABEL.exec(value);
  if (!match) return undefined;
  return match[1] ? 'subtotal' : 'total';
}

/** A number as totals are written (`1 234`, `12,5`, `45`, `98 %`). */
export function looksNumeric(value: string): boolean {
  return /^[+-]?\d[\d \u00a0\u202f.,]*(?:\s?(?:%|€))?$/.test(value);
}
