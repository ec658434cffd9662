// Messages of the hygiene checks (tables without a schema), of their quick fixes, and of schema inference.
import type { ProblemParams } from '../engine/problems/problem';
import { ioReason } from './ioErrors';
import { counted, plural } from './plural';
import type { MessageCatalog } from './types';

type Lang = 'en' | 'fr';

const reasonWords: Record<string, Record<Lang, string>> = {
  accents: { en: 'accents or other non-ASCII letters', fr: 'des accents ou autres lettres non ASCII' },
  spaces: { en: 'spaces', fr: 'des espaces' },
  punctuation: { en: 'punctuation', fr: 'de la ponctuation' },
  case: { en: 'capital letters', fr: 'des majuscules' },
  'leading-digit': { en: 'a leading digit', fr: 'un chiffre au début' },
};

function list(items: string[], lang: Lang): string {
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

function formName(kind: unknown, form: unknown, lang: Lang): string {
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

function strings(value: ProblemParams[string]): string[] {
  return Array.isArray(value) ? value : [];
}

/** `date_maj (text here, date expected)`, from the parallel lists a suggestion's params carry. */
function mismatches(p: ProblemParams, lang: Lang): string {
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

export const hygieneMessages: MessageCatalog = {
  'label-style': {
    en: (p) => `Column name “${p.label}” has ${reasons(p, 'en')}: machines (URLs, databases, scripts) handle it badly. Use “${p.suggestion}” (lower case, no accents, words joined by “_”).`,
    fr: (p) => `Le nom de colonne « ${p.label} » contient ${reasons(p, 'fr')} : les machines (URL, bases de données, scripts) le gèrent mal. Utilisez « ${p.suggestion} » (minuscules, sans accents, mots reliés par « _ »).`,
  },
  'mixed-formats': { en: mixed('en'), fr: mixed('fr') },
  'mixed-formats.toward-default': { en: towardDefault('en'), fr: towardDefault('fr') },
  'spreadsheet-error': {
    en: 'Spreadsheet error “{value}” instead of a value: the formula behind it failed when the file was exported. Put the right value, or leave the cell empty.',
    fr: "Erreur de tableur « {value} » au lieu d'une valeur : la formule de cette cellule a échoué lors de l'export. Mettez la bonne valeur, ou laissez la cellule vide.",
  },
  'spreadsheet-formula': {
    en: 'Formula “{value}” instead of its result: export the values (paste as values in the spreadsheet) before saving as CSV.',
    fr: "Formule « {value} » au lieu de son résultat : exportez les valeurs (collage spécial « valeurs » dans le tableur) avant d'enregistrer en CSV.",
  },
  'total-row': {
    en: 'Row {rowNumber} is a total (“{label}”), not a record: whoever reuses the data would count it twice. Remove it; totals are computed from the data.',
    fr: "La ligne {rowNumber} est un total (« {label} »), pas un enregistrement : qui réutilise les données le compterait deux fois. Supprimez-la ; les totaux se calculent à partir des données.",
  },
  'total-row.subtotal': {
    en: 'Row {rowNumber} is a subtotal (“{label}”), not a record: whoever reuses the data would count it twice. Remove it.',
    fr: "La ligne {rowNumber} est un sous-total (« {label} »), pas un enregistrement : qui réutilise les données le compterait deux fois. Supprimez-la.",
  },
  'empty-column': {
    en: 'Column “{label}” is empty in every row. Fill it or remove it.',
    fr: 'La colonne « {label} » est vide sur toutes les lignes. Remplissez-la ou supprimez-la.',
  },
  'repeated-header': {
    en: 'Row {rowNumber} repeats the header: it is not a record (files pasted one after another?). Remove it.',
    fr: "La ligne {rowNumber} répète l'en-tête : ce n'est pas un enregistrement (fichiers collés les uns après les autres ?). Supprimez-la.",
  },
  'merged-cell-gap': {
    en: (p) =>
      `Empty cell under “${p.fillValue}”: column “${p.label}” was a merged cell in the spreadsheet, so only the first row of each group has the value (${counted(p.gapCount, 'en', 'empty cell', 'empty cells')}). Repeat the value on every row.`,
    fr: (p) =>
      `Cellule vide sous « ${p.fillValue} » : la colonne « ${p.label} » était une cellule fusionnée dans le tableur, seule la première ligne de chaque groupe a la valeur (${counted(p.gapCount, 'fr', 'cellule vide', 'cellules vides')}). Répétez la valeur sur chaque ligne.`,
  },
  'personal-data.email': { en: personal('en', emailWhat.en), fr: personal('fr', emailWhat.fr) },
  'personal-data.phone': { en: personal('en', phoneWhat.en), fr: personal('fr', phoneWhat.fr) },
  'personal-data.name': { en: personal('en', () => "people's names"), fr: personal('fr', () => 'des noms de personnes') },
  'personal-data.first-name': { en: personal('en', () => "people's first names"), fr: personal('fr', () => 'des prénoms de personnes') },
  'personal-data.birth-date': { en: personal('en', () => 'dates of birth'), fr: personal('fr', () => 'des dates de naissance') },
  'personal-data': { en: personal('en', () => 'personal data'), fr: personal('fr', () => 'des données personnelles') },

  // ---- quick fixes
  'fix.hygiene.renameLabel': { en: 'Rename “{label}” to “{suggestion}”', fr: 'Renommer « {label} » en « {suggestion} »' },
  'fix.hygiene.renameAllLabels': {
    en: (p) => (Number(p.count) === 1 ? 'Rename the column name to snake_case' : `Rename all ${p.count} column names to snake_case`),
    fr: (p) => (plural(p.count, 'fr', 'one', 'many') === 'one' ? 'Renommer le nom de colonne en snake_case' : `Renommer les ${p.count} noms de colonnes en snake_case`),
  },
  'fix.hygiene.majorityForm': { en: 'Write “{value}” instead of “{before}”', fr: 'Écrire « {value} » au lieu de « {before} »' },
  'fix.hygiene.emptyErrorValue': { en: 'Empty the cell “{before}”', fr: 'Vider la cellule « {before} »' },
  'fix.hygiene.fillDown': { en: 'Fill with “{value}” (the value above)', fr: 'Remplir avec « {value} » (la valeur du dessus)' },
  'fix.hygiene.removeTotalRow': { en: 'Remove total row {rowNumber}', fr: 'Supprimer la ligne de total {rowNumber}' },
  'fix.hygiene.removeRepeatedHeader': { en: 'Remove repeated header row {rowNumber}', fr: "Supprimer la ligne {rowNumber} qui répète l'en-tête" },
  'fix.hygiene.removeEmptyColumn': { en: 'Remove empty column “{label}”', fr: 'Supprimer la colonne vide « {label} »' },
  'fix.hygiene.removePersonalColumn': { en: 'Remove column “{label}” from every row', fr: 'Supprimer la colonne « {label} » de toutes les lignes' },
  'fix-note.default-form-kept': {
    en: (p) =>
      p.variant === 'boolean'
        ? `“${p.value}” is written as Table Schema reads yes/no by default: it is not rewritten as ${formName(p.variant, p.majority, 'en')}. A schema that wants ${formName(p.variant, p.majority, 'en')} says so (trueValues, falseValues).`
        : `“${p.value}” is written as Table Schema reads it by default (${formName(p.variant, p.form, 'en')}): it is not rewritten as ${formName(p.variant, p.majority, 'en')}, and no other value of the column could be converted to its form with certainty.`,
    fr: (p) =>
      p.variant === 'boolean'
        ? `« ${p.value} » est écrit comme Table Schema lit oui/non par défaut : il n'est pas réécrit en ${formName(p.variant, p.majority, 'fr')}. Un schéma qui veut ${formName(p.variant, p.majority, 'fr')} le dit (trueValues, falseValues).`
        : `« ${p.value} » est écrit comme Table Schema le lit par défaut (${formName(p.variant, p.form, 'fr')}) : il n'est pas réécrit en ${formName(p.variant, p.majority, 'fr')}, et aucune autre valeur de la colonne n'a pu être convertie à coup sûr dans cette forme.`,
  },
  'fix-note.keep-schema-column': {
    en: 'Column “{label}” is the field “{schemaField}” of the catalog schema {schemaRef}, which this header matches: anonymise its values rather than remove the column.',
    fr: 'La colonne « {label} » est le champ « {schemaField} » du schéma {schemaRef} du catalogue, auquel cet en-tête correspond : anonymisez ses valeurs plutôt que de supprimer la colonne.',
  },

  // ---- schema inference (CLI `infer`, editor command)
  'infer.suggestion': {
    en: (p) =>
      `This file looks like \`${p.ref}\` (${p.title}): ${p.matched} of its ${counted(p.total, 'en', 'column', 'columns')} ${plural(p.matched, 'en', 'matches', 'match')}` +
      (Number(p.missing) > 0 ? `, ${p.missing} required ${Number(p.missing) > 1 ? 'ones are' : 'one is'} missing (${list(strings(p.missingFields), 'en')}).` : '.') +
      (mismatches(p, 'en') ? ` Different types: ${mismatches(p, 'en')}.` : '') +
      ' Publishing against it lets others reuse the file as it is.',
    fr: (p) =>
      `Ce fichier ressemble à \`${p.ref}\` (${p.title}) : ${counted(p.matched, 'fr', 'colonne', 'colonnes')} sur ${p.total} ${plural(p.matched, 'fr', 'correspond', 'correspondent')}` +
      (Number(p.missing) > 0 ? `, ${counted(p.missing, 'fr', 'obligatoire manque', 'obligatoires manquent')} (${list(strings(p.missingFields), 'fr')}).` : '.') +
      (mismatches(p, 'fr') ? ` Types différents : ${mismatches(p, 'fr')}.` : '') +
      ' Le publier selon ce schéma permet de le réutiliser tel quel.',
  },
  'infer.summary': {
    en: (p) =>
      `Inferred from ${counted(p.rows, 'en', 'row', 'rows')}: ${counted(p.fields, 'en', 'column', 'columns')}, ${p.required} required, ${p.typed} typed beyond text${p.primaryKey ? `, primary key “${p.primaryKey}”` : ''}. Fill in the titles and descriptions marked “À compléter”.`,
    fr: (p) =>
      `Déduit de ${counted(p.rows, 'fr', 'ligne', 'lignes')} : ${counted(p.fields, 'fr', 'colonne', 'colonnes')}, ${counted(p.required, 'fr', 'obligatoire', 'obligatoires')}, ${counted(p.typed, 'fr', 'typée', 'typées')} au-delà du texte${p.primaryKey ? `, clé primaire « ${p.primaryKey} »` : ''}. Complétez les titres et descriptions marqués « À compléter ».`,
  },
  'infer.written': { en: '{path}: schema written.', fr: '{path} : schéma écrit.' },
  'infer.selfCheck': {
    en: (p) => `The inferred schema does not validate its own file (${counted(p.errors, 'en', 'error', 'errors')}): please report this bug.`,
    fr: (p) => `Le schéma déduit ne valide pas son propre fichier (${counted(p.errors, 'fr', 'erreur', 'erreurs')}) : merci de signaler ce bogue.`,
  },
  'cli.infer.noFile': { en: 'give the CSV file to infer a schema from', fr: 'indiquez le fichier CSV dont déduire un schéma' },
  'cli.infer.write': { en: (p) => `Cannot write ${String(p.path)}: ${ioReason(p.reason, 'en')}`, fr: (p) => `Impossible d'écrire ${String(p.path)} : ${ioReason(p.reason, 'fr')}` },
  'cli.infer.help': {
    en: `opendata-lint infer <file.csv> [-o schema.json] [--lang fr|en]

Infers a Table Schema from a CSV that has none: types and formats (dates with their pattern, numbers
with their decimal comma, booleans with their words, points), required columns, short lists of allowed
values, patterns of French codes (INSEE, postcode, SIREN, SIRET, phone), unique identifiers. Titles and
descriptions are left as "À compléter" placeholders. The schema validates the file it comes from.
Without -o the JSON goes to standard output; a summary, and the closest schema of schema.data.gouv.fr
if the file resembles one, go to standard error. Exit codes: 0 done, 2 usage or I/O error.`,
    fr: `opendata-lint infer <fichier.csv> [-o schema.json] [--lang fr|en]

Déduit un schéma Table Schema d'un CSV qui n'en a pas : types et formats (dates avec leur motif, nombres
avec leur virgule décimale, booléens avec leurs mots, points), colonnes obligatoires, courtes listes de
valeurs autorisées, motifs des codes français (INSEE, code postal, SIREN, SIRET, téléphone), identifiants
uniques. Titres et descriptions restent à compléter (« À compléter »). Le schéma valide le fichier dont
il vient. Sans -o, le JSON part sur la sortie standard ; un résumé, et le schéma de schema.data.gouv.fr
le plus proche si le fichier en ressemble à un, partent sur la sortie d'erreur. Codes de sortie : 0 fait,
2 erreur d'utilisation ou de lecture/écriture.`,
  },
};
