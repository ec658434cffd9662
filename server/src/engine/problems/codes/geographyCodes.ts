// Problem codes of the French geography checks (checks/geography): commune codes, names, postcodes,
// départements, régions and SIREN checked against the bundled Code officiel géographique, and UAI codes
// of schools. Each is declared once with its severity, tags and messages in English and French.
import type { CodeDeclaration } from '../codeDeclaration';
import type { ProblemParams } from '../problem';

const text = (value: ProblemParams[string]): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
const qFr = (value: ProblemParams[string]) => `« ${text(value)} »`;
const qEn = (value: ProblemParams[string]) => `“${text(value)}”`;

/** `76217 (Dieppe)`. */
const commune = (code: ProblemParams[string], name: ProblemParams[string]) => `${text(code)} (${text(name)})`;

/** The communes a postcode serves, as `Rouen (76540)` items, at most a few named. */
function served(p: ProblemParams, locale: 'en' | 'fr'): string {
  const names = Array.isArray(p.servedBy) ? p.servedBy : [];
  const more = Number(p.servedCount ?? names.length) - names.length;
  const list = names.join(', ');
  if (more <= 0) return list;
  return locale === 'fr' ? `${list} et ${more} autre${more > 1 ? 's' : ''}` : `${list} and ${more} more`;
}

/** " Did you mean 76217 (Dieppe)?" when a single commune has the row's name and postcode. */
const suggestionEn = (p: ProblemParams) => (p.suggestion ? ` The row's name and place point to ${commune(p.suggestion, p.suggestionName)}.` : '');
const suggestionFr = (p: ProblemParams) => (p.suggestion ? ` Le nom et le lieu de la ligne désignent ${commune(p.suggestion, p.suggestionName)}.` : '');

/** " (COG 2026)". */
const cogEn = (p: ProblemParams) => ` (COG ${text(p.cogYear)})`;
const cogFr = cogEn;

/** The time-aware note of a former code in a file whose data is older than the COG. */
const olderEn = (p: ProblemParams) => (p.dataYear ? ` The file's data date from ${text(p.dataYear)}: the code may have been current then; the COG ${text(p.cogYear)} no longer lists it as a commune.` : '');
const olderFr = (p: ProblemParams) => (p.dataYear ? ` Les données du fichier datent de ${text(p.dataYear)} : le code était peut-être en vigueur alors ; le COG ${text(p.cogYear)} n’en fait plus une commune.` : '');

export const geographyCodes = {
  'commune-code-unknown': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `${qEn(p.value)} is not a commune code in the Code officiel géographique${cogEn(p)}.${suggestionEn(p)}`,
      fr: (p) => `${qFr(p.value)} n’est pas un code de commune du Code officiel géographique${cogFr(p)}.${suggestionFr(p)}`,
    },
    variants: {
      postcode: {
        en: (p) => `${qEn(p.value)} is not a commune code${cogEn(p)}: it is a postcode, of ${served(p, 'en')}.${suggestionEn(p)}`,
        fr: (p) => `${qFr(p.value)} n’est pas un code de commune${cogFr(p)} : c’est un code postal, celui de ${served(p, 'fr')}.${suggestionFr(p)}`,
      },
      'leading-zero': {
        en: (p) => `${qEn(p.value)} is not a commune code: it lost its leading zero, ${commune(p.suggestion, p.suggestionName)}.`,
        fr: (p) => `${qFr(p.value)} n’est pas un code de commune : il a perdu son zéro initial, ${commune(p.suggestion, p.suggestionName)}.`,
      },
      'not-in-department': {
        en: (p) => `${qEn(p.value)} is not a commune code${cogEn(p)}: département ${text(p.department)} (${text(p.departmentName)}) has no commune ${text(p.local)}.${suggestionEn(p)}`,
        fr: (p) => `${qFr(p.value)} n’est pas un code de commune${cogFr(p)} : le département ${text(p.department)} (${text(p.departmentName)}) n’a pas de commune ${text(p.local)}.${suggestionFr(p)}`,
      },
      shape: {
        en: (p) => `${qEn(p.value)} is not a commune code: an INSEE commune code is five characters, the département's two (2A, 2B in Corsica; three overseas) then the commune's number.${suggestionEn(p)}`,
        fr: (p) => `${qFr(p.value)} n’est pas un code de commune : un code INSEE de commune a cinq caractères, les deux du département (2A, 2B en Corse ; trois outre-mer) puis le numéro de la commune.${suggestionFr(p)}`,
      },
    },
  },
  'commune-code-former': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `${qEn(p.value)} is the code of a former commune, now part of ${commune(p.current, p.currentName)}${cogEn(p)}.${olderEn(p)}`,
      fr: (p) => `${qFr(p.value)} est le code d’une ancienne commune, aujourd’hui rattachée à ${commune(p.current, p.currentName)}${cogFr(p)}.${olderFr(p)}`,
    },
    variants: {
      delegated: {
        en: (p) => `${qEn(p.value)} is the code of the delegated commune ${text(p.name)}, part of ${commune(p.current, p.currentName)} since a merger: the commune's code is ${text(p.current)}${cogEn(p)}.${olderEn(p)}`,
        fr: (p) => `${qFr(p.value)} est le code de la commune déléguée ${text(p.name)}, rattachée à ${commune(p.current, p.currentName)} par une fusion : le code de la commune est ${text(p.current)}${cogFr(p)}.${olderFr(p)}`,
      },
      associated: {
        en: (p) => `${qEn(p.value)} is the code of the associated commune ${text(p.name)}, part of ${commune(p.current, p.currentName)}: the commune's code is ${text(p.current)}${cogEn(p)}.${olderEn(p)}`,
        fr: (p) => `${qFr(p.value)} est le code de la commune associée ${text(p.name)}, rattachée à ${commune(p.current, p.currentName)} : le code de la commune est ${text(p.current)}${cogFr(p)}.${olderFr(p)}`,
      },
    },
  },
  'commune-code-missing': {
    severity: 'information',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `The commune code is empty; ${qEn(p.name)}${p.postcode ? ` (${text(p.postcode)})` : ''} is the commune ${commune(p.suggestion, p.suggestionName)}.`,
      fr: (p) => `Le code de commune est vide ; ${qFr(p.name)}${p.postcode ? ` (${text(p.postcode)})` : ''} est la commune ${commune(p.suggestion, p.suggestionName)}.`,
    },
  },
  'commune-name-mismatch': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `The commune ${qEn(p.value)} does not match the code ${commune(p.code, p.official)} of column \`${text(p.codeField)}\`.${suggestionEn(p)}`,
      fr: (p) => `La commune ${qFr(p.value)} ne correspond pas au code ${commune(p.code, p.official)} de la colonne \`${text(p.codeField)}\`.${suggestionFr(p)}`,
    },
  },
  'commune-postcode-mismatch': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `The postcode ${text(p.value)} does not serve ${commune(p.code, p.name)} (its postcodes: ${text(p.expected)}); it serves ${served(p, 'en')}.`,
      fr: (p) => `Le code postal ${text(p.value)} ne dessert pas ${commune(p.code, p.name)} (ses codes postaux : ${text(p.expected)}) ; il dessert ${served(p, 'fr')}.`,
    },
  },
  'commune-area-mismatch': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `${qEn(p.value)} is not the département of ${commune(p.code, p.name)}: it lies in ${text(p.expected)} (${text(p.expectedName)}).`,
      fr: (p) => `${qFr(p.value)} n’est pas le département de ${commune(p.code, p.name)} : elle est dans le ${text(p.expected)} (${text(p.expectedName)}).`,
    },
    variants: {
      region: {
        en: (p) => `${qEn(p.value)} is not the région of ${commune(p.code, p.name)}: it lies in région ${text(p.expected)} (${text(p.expectedName)}).`,
        fr: (p) => `${qFr(p.value)} n’est pas la région de ${commune(p.code, p.name)} : elle est dans la région ${text(p.expected)} (${text(p.expectedName)}).`,
      },
    },
  },
  'commune-siren-mismatch': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `${qEn(p.value)} is the SIREN of the commune ${commune(p.sirenCommune, p.sirenCommuneName)}, not of the row's commune ${commune(p.code, p.name)}${p.expected ? ` (SIREN ${text(p.expected)})` : ''}.`,
      fr: (p) => `${qFr(p.value)} est le SIREN de la commune ${commune(p.sirenCommune, p.sirenCommuneName)}, et non de la commune de la ligne, ${commune(p.code, p.name)}${p.expected ? ` (SIREN ${text(p.expected)})` : ''}.`,
    },
  },
  'commune-epci-mismatch': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `${qEn(p.value)} is the SIREN of ${text(p.epciName)}, but ${commune(p.code, p.name)} belongs to ${text(p.expectedName)} (SIREN ${text(p.expected)})${cogEn(p)}.`,
      fr: (p) => `${qFr(p.value)} est le SIREN de ${text(p.epciName)}, mais ${commune(p.code, p.name)} est membre de ${text(p.expectedName)} (SIREN ${text(p.expected)})${cogFr(p)}.`,
    },
    variants: {
      none: {
        en: (p) => `${qEn(p.value)} is the SIREN of ${text(p.epciName)}, but ${commune(p.code, p.name)} belongs to no EPCI${cogEn(p)}.`,
        fr: (p) => `${qFr(p.value)} est le SIREN de ${text(p.epciName)}, mais ${commune(p.code, p.name)} n’est membre d’aucun EPCI${cogFr(p)}.`,
      },
    },
  },
  'uai-invalid': {
    severity: 'error',
    tags: ['row', 'cell'],
    message: {
      en: (p) => `${qEn(p.value)} is not a UAI (RNE) code: seven characters and a check letter, such as 0750654D.`,
      fr: (p) => `${qFr(p.value)} n’est pas un code UAI (RNE) : sept caractères et une lettre clé, comme 0750654D.`,
    },
    variants: {
      key: {
        en: (p) => `The check letter of the UAI code ${qEn(p.value)} is wrong (with these seven characters, the code would be ${text(p.expected)}): a character was mistyped.`,
        fr: (p) => `La lettre clé du code UAI ${qFr(p.value)} est fausse (avec ces sept caractères, le code serait ${text(p.expected)}) : un caractère a été mal saisi.`,
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
