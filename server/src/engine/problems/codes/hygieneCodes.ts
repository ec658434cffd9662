// Problem codes of the hygiene checks that run when no schema applies: header labels, columns mixing
// formats, spreadsheet leftovers, and personal data (RGPD). Each is declared once with its severity,
// tags and messages; the messages of their quick fixes are the editor's (server/src/i18n/hygiene.ts).
import type { CodeDeclaration } from '../codeDeclaration';
import type { ProblemParams } from '../problem';
import { counted, plural } from '../messages/plural';

type Lang = 'en' | 'fr';

const reasonWords: Record<string, Record<Lang, string>> = {
  accents: { en: 'accents or other non-ASCII letters', fr: 'des accents ou autres lettres non ASCII' },
  spaces: { en: 'spaces', fr: 'des espaces' },
  punctuation: { en: 'punctuation', fr: 'de la ponctuation' },
  case: { en: 'capital letters', fr: 'des majuscules' },
  'leading-digit': { en: 'a leading digit', fr: 'un chiffre au début' },
};

export function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

function reasons(params: ProblemParams, lang: Lang): string {
  const keys = Array.isArray(params.reasons) ? params.reasons : [];
  return list(keys.map((key) => reasonWords[key]?.[lang] ?? key), lang);
}

/** A strptime pattern as people read it: `%d/%m/%Y` → JJ/MM/AAAA (fr) or DD/MM/YYYY (en). */
export function humanDatePattern(pattern: string, lang: Lang): string {
  if (pattern === 'text') return lang === 'fr' ? 'date en toutes lettres' : 'date in words';
  const parts: Record<string, Record<Lang, string>> = {
    d: { en: 'DD', fr: 'JJ' },
    m: { en: 'MM', fr: 'MM' },
    Y: { en: 'YYYY', fr: 'AAAA' },
    y: { en: 'YY', fr: 'AA' },
    H: { en: 'hh', fr: 'hh' },
    M: { en: 'mm', fr: 'mm' },
    S: { en: 'ss', fr: 'ss' },
    z: { en: '±hh:mm', fr: '±hh:mm' },
  };
  return pattern.replace(/%(.)/g, (whole, letter: string) => parts[letter]?.[lang] ?? whole);
}

export function formName(kind: unknown, form: unknown, lang: Lang): string {
  const text = String(form ?? '');
  if (kind === 'date') return humanDatePattern(text, lang);
  if (kind === 'number') {
    if (text === 'decimal-comma') return lang === 'fr' ? 'virgule décimale' : 'decimal comma';
    if (text === 'decimal-point') return lang === 'fr' ? 'point décimal' : 'decimal point';
    return text;
  }
  const [family, letterCase] = text.split(':');
  const words = family === 'x' ? (lang === 'fr' ? 'X / vide' : 'X / empty') : family;
  const cased = letterCase === 'upper' ? words.toUpperCase() : letterCase === 'capital' ? words.replace(/(^|\/)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : words;
  return cased;
}

function mixed(lang: Lang) {
  return (p: ProblemParams): string => {
    const form = formName(p.variant, p.form, lang);
    const majority = formName(p.variant, p.majority, lang);
    const example = p.example !== undefined ? (lang === 'fr' ? ` (par exemple « ${p.example} »)` : ` (e.g. “${p.example}”)`) : '';
    // A tie has no majority: the column mixes two forms equally, and the message says so.
    const tie = Number(p.majorityCount) === Number(p.minorityCount);
    if (lang === 'fr') {
      const what = p.variant === 'date' ? 'Date écrite' : p.variant === 'number' ? 'Nombre écrit' : 'Valeur oui/non écrite';
      const counts = tie
        ? `${counted(p.majorityCount, 'fr', 'valeur', 'valeurs')} de chaque forme`
        : `${counted(p.majorityCount, 'fr', 'valeur', 'valeurs')} contre ${p.minorityCount}`;
      const uses = tie ? `utilise aussi souvent ${majority}` : `utilise surtout ${majority}`;
      return `${what} « ${p.value} » au format ${form}, alors que la colonne « ${p.fieldName} » ${uses}${example} : ${counts}. Écrivez toute la colonne de la même façon.`;
    }
    const what = p.variant === 'date' ? 'Date written' : p.variant === 'number' ? 'Number written' : 'Yes/no value written';
    const counts = tie ? `${counted(p.majorityCount, 'en', 'value', 'values')} of each form` : `${counted(p.majorityCount, 'en', 'value', 'values')} against ${p.minorityCount}`;
    const uses = tie ? `uses ${majority} just as often` : `mostly uses ${majority}`;
    return `${what} “${p.value}” as ${form} while column “${p.fieldName}” ${uses}${example}: ${counts}. Write the whole column the same way.`;
  };
}

/** A value of a column whose other values use Table Schema's default form (ISO 8601, a decimal point): the form to write it in. */
function towardDefault(lang: Lang) {
  return (p: ProblemParams): string => {
    const form = formName(p.variant, p.form, lang);
    const target = formName(p.variant, p.target, lang);
    const count = p.targetCount;
    const one = Number(count) === 1;
    if (lang === 'fr') {
      const what = p.variant === 'date' ? 'Date écrite' : 'Nombre écrit';
      const others = one ? (p.variant === 'date' ? 'une date' : 'un nombre') : p.variant === 'date' ? counted(count, 'fr', 'date', 'dates') : counted(count, 'fr', 'nombre', 'nombres');
      return `${what} « ${p.value} » au format ${form}, alors que la colonne « ${p.fieldName} » a aussi ${others} au format ${target} (par exemple « ${p.targetExample} »), celui que Table Schema lit par défaut. Écrivez toute la colonne au format ${target}.`;
    }
    const what = p.variant === 'date' ? 'Date written' : 'Number written';
    const others = one ? (p.variant === 'date' ? 'a date' : 'a number') : p.variant === 'date' ? counted(count, 'en', 'date', 'dates') : counted(count, 'en', 'number', 'numbers');
    return `${what} “${p.value}” as ${form} while column “${p.fieldName}” also has ${others} as ${target} (e.g. “${p.targetExample}”), the form Table Schema reads by default. Write the whole column as ${target}.`;
  };
}

export function strings(value: ProblemParams[string]): string[] {
  return Array.isArray(value) ? value : [];
}

/** `date_maj (text here, date expected)`, from the parallel lists a suggestion's params carry. */
export function mismatches(p: ProblemParams, lang: Lang): string {
  const columns = strings(p.mismatchColumns);
  const inferred = strings(p.mismatchInferred);
  const expected = strings(p.mismatchExpected);
  return columns
    .map((column, i) => (lang === 'fr' ? `${column} (${inferred[i]} ici, ${expected[i]} attendu)` : `${column} (${inferred[i]} here, ${expected[i]} expected)`))
    .join(', ');
}

const RGPD_EN =
  'Personal data must not be published without anonymisation (GDPR; French CRPA article L312-1-2, CNIL guidance): remove the column or anonymise it, unless a law requires its publication.';

const RGPD_FR =
  "Les données à caractère personnel ne peuvent être publiées sans anonymisation (RGPD ; article L312-1-2 du CRPA, recommandations de la CNIL) : supprimez la colonne ou anonymisez-la, sauf si une loi en impose la publication.";

function personal(lang: Lang, what: (p: ProblemParams) => string) {
  return (p: ProblemParams): string =>
    lang === 'fr' ? `La colonne « ${p.label} » contient ${what(p)}. ${RGPD_FR}` : `Column “${p.label}” holds ${what(p)}. ${RGPD_EN}`;
}

const emailWhat: Record<Lang, (p: ProblemParams) => string> = {
  en: (p) =>
    `personal e-mail addresses (${p.count} of ${counted(p.checked, 'en', 'sampled address', 'sampled addresses')} ${plural(p.count, 'en', 'names', 'name')} a person${p.example ? `, such as “${p.example}”` : ''})`,
  fr: (p) =>
    `des adresses électroniques nominatives (${counted(p.count, 'fr', 'adresse', 'adresses')} sur ${p.checked} ${plural(p.count, 'fr', 'examinée désigne', 'examinées désignent')} une personne${p.example ? `, comme « ${p.example} »` : ''})`,
};

const phoneWhat: Record<Lang, (p: ProblemParams) => string> = {
  en: (p) => `mobile phone numbers, usually a person's own line (${p.count} of ${counted(p.checked, 'en', 'sampled number', 'sampled numbers')}${p.example ? `, such as “${p.example}”` : ''})`,
  fr: (p) =>
    `des numéros de téléphone portable, le plus souvent personnels (${counted(p.count, 'fr', 'numéro', 'numéros')} sur ${p.checked} ${plural(p.count, 'fr', 'examiné', 'examinés')}${p.example ? `, comme « ${p.example} »` : ''})`,
};

export const hygieneCodes = {
  /** A header label with accents, spaces, punctuation or capitals: machines (and URLs, SQL, R…) handle it badly. */
  'label-style': {
    severity: 'information',
    tags: ['header'],
    message: {
      en: (p) => `Column name “${p.label}” has ${reasons(p, 'en')}: machines (URLs, databases, scripts) handle it badly. Use “${p.suggestion}” (lower case, no accents, words joined by “_”).`,
      fr: (p) => `Le nom de colonne « ${p.label} » contient ${reasons(p, 'fr')} : les machines (URL, bases de données, scripts) le gèrent mal. Utilisez « ${p.suggestion} » (minuscules, sans accents, mots reliés par « _ »).`,
    },
  },
  /** A column writing the same kind of value two ways (dates, decimal separators, booleans). */
  'mixed-formats': {
    severity: 'warning',
    tags: ['cell'],
    message: { en: mixed('en'), fr: mixed('fr') },
    variants: {
      'toward-default': { en: towardDefault('en'), fr: towardDefault('fr') },
    },
  },
  /** An error value a spreadsheet wrote instead of a result (#N/A, #DIV/0!, #REF!, #VALEUR!…). */
  'spreadsheet-error': {
    severity: 'error',
    tags: ['cell'],
    message: {
      en: 'Spreadsheet error “{value}” instead of a value: the formula behind it failed when the file was exported. Put the right value, or leave the cell empty.',
      fr: "Erreur de tableur « {value} » au lieu d'une valeur : la formule de cette cellule a échoué lors de l'export. Mettez la bonne valeur, ou laissez la cellule vide.",
    },
  },
  /** A formula exported as text (=SOMME(B2:B9)). */
  'spreadsheet-formula': {
    severity: 'error',
    tags: ['cell'],
    message: {
      en: 'Formula “{value}” instead of its result: export the values (paste as values in the spreadsheet) before saving as CSV.',
      fr: "Formule « {value} » au lieu de son résultat : exportez les valeurs (collage spécial « valeurs » dans le tableur) avant d'enregistrer en CSV.",
    },
  },
  /** A "Total" or "Sous-total" row: not a record, it repeats the others. */
  'total-row': {
    severity: 'warning',
    tags: ['row'],
    message: {
      en: 'Row {rowNumber} is a total (“{label}”), not a record: whoever reuses the data would count it twice. Remove it; totals are computed from the data.',
      fr: "La ligne {rowNumber} est un total (« {label} »), pas un enregistrement : qui réutilise les données le compterait deux fois. Supprimez-la ; les totaux se calculent à partir des données.",
    },
    variants: {
      subtotal: {
        en: 'Row {rowNumber} is a subtotal (“{label}”), not a record: whoever reuses the data would count it twice. Remove it.',
        fr: "La ligne {rowNumber} est un sous-total (« {label} »), pas un enregistrement : qui réutilise les données le compterait deux fois. Supprimez-la.",
      },
    },
  },
  /** A column with a label and no value in any row. */
  'empty-column': {
    severity: 'warning',
    tags: ['header'],
    message: {
      en: 'Column “{label}” is empty in every row. Fill it or remove it.',
      fr: 'La colonne « {label} » est vide sur toutes les lignes. Remplissez-la ou supprimez-la.',
    },
  },
  /** The header row repeated inside the data (files pasted one after the other, page breaks). */
  'repeated-header': {
    severity: 'error',
    tags: ['row'],
    message: {
      en: 'Row {rowNumber} repeats the header: it is not a record (files pasted one after another?). Remove it.',
      fr: "La ligne {rowNumber} répète l'en-tête : ce n'est pas un enregistrement (fichiers collés les uns après les autres ?). Supprimez-la.",
    },
  },
  /** A cell left empty under a merged cell: the value is only on the group's first row. */
  'merged-cell-gap': {
    severity: 'warning',
    tags: ['cell'],
    message: {
      en: (p) =>
        `Empty cell under “${p.fillValue}”: column “${p.label}” was a merged cell in the spreadsheet, so only the first row of each group has the value (${counted(p.gapCount, 'en', 'empty cell', 'empty cells')}). Repeat the value on every row.`,
      fr: (p) =>
        `Cellule vide sous « ${p.fillValue} » : la colonne « ${p.label} » était une cellule fusionnée dans le tableur, seule la première ligne de chaque groupe a la valeur (${counted(p.gapCount, 'fr', 'cellule vide', 'cellules vides')}). Répétez la valeur sur chaque ligne.`,
    },
  },
  /** A column of personal data (people's names, birth dates, personal e-mail addresses or mobile numbers). */
  'personal-data': {
    severity: 'warning',
    tags: ['header'],
    message: { en: personal('en', () => 'personal data'), fr: personal('fr', () => 'des données personnelles') },
    variants: {
      email: { en: personal('en', emailWhat.en), fr: personal('fr', emailWhat.fr) },
      phone: { en: personal('en', phoneWhat.en), fr: personal('fr', phoneWhat.fr) },
      name: { en: personal('en', () => "people's names"), fr: personal('fr', () => 'des noms de personnes') },
      'first-name': { en: personal('en', () => "people's first names"), fr: personal('fr', () => 'des prénoms de personnes') },
      'birth-date': { en: personal('en', () => 'dates of birth'), fr: personal('fr', () => 'des dates de naissance') },
    },
  },
} satisfies Record<string, CodeDeclaration>;


export type HygieneCode = keyof typeof hygieneCodes;

export const HYGIENE_CODES = Object.keys(hygieneCodes) as HygieneCode[];

export function isHygieneCode(code: string): code is HygieneCode {
  return Object.prototype.hasOwnProperty.call(hygieneCodes, code);
}
