// French codes a column may hold, recognised by label and values, with the `pattern` an inferred schema
// gives them: INSEE commune code (COG), postcode, SIREN, SIRET, phone number. Such columns stay strings:
// as numbers they would lose their leading zeros (01000, 2A004) and any spacing.
import { isValidSiren, isValidSiret } from '../values/companyIdentifiers';
import { labelWords } from '../checks/hygiene/personalData';

export type FrenchCodeKind = 'insee-commune' | 'postcode' | 'siren' | 'siret' | 'phone';

export interface FrenchCode {
  kind: FrenchCodeKind;
  /** The Table Schema pattern (implicitly anchored, as the spec reads it). */
  pattern: string;
  /** Words of a label that name this code (a hint; the values decide). */
  labelHints: readonly string[][];
  /** Every value must pass this (beyond the pattern) for the column to be this code. */
  valid?: (value: string) => boolean;
  /** Without a label hint, the values alone prove the code only if this holds for the column. */
  provenByValues: (values: ColumnCodeEvidence) => boolean;
}

/** What the values of a column say, gathered once. */
export interface ColumnCodeEvidence {
  count: number;
  /** Some value starts with 0: a number column would lose it. */
  leadingZero: boolean;
  /** Some value holds a letter (2A, 2B: Corsica). */
  letter: boolean;
  /** Some value has spaces, dots or a + (written for people, not for arithmetic). */
  formatted: boolean;
}

/** Code officiel géographique: departments 01–19, 21–95 (not 20), 2A/2B for Corsica, 971–976 overseas. */
const INSEE_COMMUNE = '([013-9]\\d|2[AB1-9])\\d{3}';

export const FRENCH_CODES: readonly FrenchCode[] = [
  {
    kind: 'siret',
    pattern: '\\d{14}',
    labelHints: [['siret']],
    valid: isValidSiret,
    provenByValues: (e) => e.count >= 3,
  },
  {
    kind: 'siren',
    pattern: '\\d{9}',
    labelHints: [['siren']],
    valid: isValidSiren,
    provenByValues: (e) => e.count >= 3,
  },
  {
    kind: 'insee-commune',
    pattern: INSEE_COMMUNE,
    labelHints: [['insee'], ['code', 'commune'], ['cog'], ['codgeo'], ['depcom'], ['code', 'geo'], ['codecommune'], ['codeinsee'], ['com', 'code']],
    provenByValues: (e) => e.letter,
  },
  {
    kind: 'postcode',
    pattern: '\\d{5}',
    labelHints: [['cp'], ['code', 'postal'], ['codepostal'], ['postcode'], ['zip'], ['postal']],
    provenByValues: (e) => e.leadingZero,
  },
  {
    kind: 'phone',
    pattern: '(?:(?:\\+|00)33 ?(?:\\(0\\) ?)?|0)[1-9](?:[ .-]?\\d{2}){4}',
    labelHints: [['tel'], ['telephone'], ['phone'], ['portable'], ['mobile'], ['fax']],
    provenByValues: (e) => e.leadingZero || e.formatted,
  },
];

/** True when a label's words include every word of one of the hints. */
export function labelNames(code: FrenchCode, label: string): boolean {
  const words = labelWords(label);
  const joined = words.join('');
  return code.labelHints.some((hint) => (hint.length === 1 ? words.includes(hint[0]) || joined === hint[0] : hint.every((word) => words.includes(word))));
}
