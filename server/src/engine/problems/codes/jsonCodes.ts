// Problem codes of JSON and GeoJSON datasets checked against a JSON Schema of the catalog (DECP, ZFE,
// aménagements cyclables…): syntax, the schema's rules rephrased from ajv's errors, unknown properties,
// and which schema applies. Messages name the field as users know it (`titulaires.id`) and the record
// (the 4th contract, the 13th feature), never the raw JSON pointer.
import type { CodeDeclaration } from '../codeDeclaration';
import type { ProblemParams } from '../problem';
import { counted } from '../messages/plural';
import { listParam } from '../messages/listParam';
import type { Locale } from '../messages/types';

const list = listParam;

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  string: { fr: 'un texte', en: 'text' },
  array: { fr: 'une liste [ … ]', en: 'a list [ … ]' },
  object: { fr: 'un objet { … }', en: 'an object { … }' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  number: { fr: 'un nombre', en: 'a number' },
  null: { fr: 'null', en: 'null' },
};

function typeNames(value: ProblemParams[string], locale: Locale): string {
  return list(value)
    .map((t) => TYPE_NAMES[t]?.[locale] ?? t)
    .join(locale === 'fr' ? ' ou ' : ' or ');
}

/** The record a problem is in: "marche n° 4" and its id (`, id « 2024-001 »` inside parentheses, ` (id …)` else). */
export function recordLabel(p: ProblemParams, locale: Locale, inParentheses = false): string {
  if (p.recordNumber === undefined) return '';
  const name = p.recordName ? String(p.recordName) : locale === 'fr' ? 'élément' : 'item';
  const number = locale === 'fr' ? `${name} n° ${String(p.recordNumber)}` : `${name} #${String(p.recordNumber)}`;
  if (p.recordId === undefined || p.recordId === '') return number;
  const id = locale === 'fr' ? `id « ${String(p.recordId)} »` : `id “${String(p.recordId)}”`;
  return inParentheses ? `${number}, ${id}` : `${number} (${id})`;
}

/** What the problem is about: the field in its record ("« montant » de marche n° 4"), the record, or the document. */
function subject(p: ProblemParams, locale: Locale): string {
  const record = recordLabel(p, locale);
  const field = p.field ? String(p.field) : '';
  if (field) {
    const named = locale === 'fr' ? `« ${field} »` : `“${field}”`;
    return record ? `${named} (${recordLabel(p, locale, true)})` : named;
  }
  if (record) return `${record[0].toUpperCase()}${record.slice(1)}`;
  return locale === 'fr' ? 'Le document' : 'The document';
}

function lowerFirst(text: string): string {
  return text ? `${text[0].toLowerCase()}${text.slice(1)}` : text;
}

/** "« 12 »", "“abc”": a written value, shortened when long. */
function written(p: ProblemParams, locale: Locale): string {
  if (p.value === undefined) return '';
  const text = String(p.value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return locale === 'fr' ? `« ${short} »` : `“${short}”`;
}

function notWritten(p: ProblemParams, locale: Locale): string {
  if (p.value === undefined) return '';
  return locale === 'fr' ? ` (et non ${written(p, 'fr')})` : ` (not ${written(p, 'en')})`;
}

function suggestion(p: ProblemParams, locale: Locale): string {
  if (p.suggestion === undefined || p.suggestion === '') return '';
  return locale === 'fr' ? ` Vouliez-vous dire « ${String(p.suggestion)} » ?` : ` Did you mean “${String(p.suggestion)}”?`;
}

type Sentence = (p: ProblemParams, locale: Locale) => string;

/** One sentence in both languages from a function of the locale. */
function both(sentence: Sentence): { en: (p: ProblemParams) => string; fr: (p: ProblemParams) => string } {
  return { en: (p) => sentence(p, 'en'), fr: (p) => sentence(p, 'fr') };
}

const FORMAT_EXAMPLES: Record<string, Record<Locale, string>> = {
  date: { fr: 'une date AAAA-MM-JJ (par ex. 2024-03-31)', en: 'a date written YYYY-MM-DD (e.g. 2024-03-31)' },
  'date-time': { fr: 'une date et heure ISO 8601 (par ex. 2024-03-31T14:30:00+02:00)', en: 'an ISO 8601 date and time (e.g. 2024-03-31T14:30:00+02:00)' },
  time: { fr: 'une heure HH:MM:SS (par ex. 14:30:00)', en: 'a time written HH:MM:SS (e.g. 14:30:00)' },
  email: { fr: 'une adresse électronique (par ex. contact@mairie.fr)', en: 'an email address (e.g. contact@mairie.fr)' },
  uri: { fr: 'une adresse web complète (par ex. https://www.exemple.fr/page)', en: 'a full web address (e.g. https://www.example.fr/page)' },
};

function formatSentence(format: string): Sentence {
  return (p, locale) => {
    const expected = FORMAT_EXAMPLES[format]?.[locale] ?? (locale === 'fr' ? `au format ${String(p.format)}` : `in the ${String(p.format)} format`);
    return locale === 'fr' ? `${subject(p, 'fr')} doit être ${expected}${notWritten(p, 'fr')}.` : `${subject(p, 'en')} must be ${expected}${notWritten(p, 'en')}.`;
  };
}

/** The kinds of syntax fault jsonc-parser tells apart, each with its sentence. */
const SYNTAX: Record<string, Record<Locale, string>> = {
  empty: { en: 'This file is empty: a JSON document is expected.', fr: 'Ce fichier est vide : un document JSON est attendu.' },
  'comma-expected': { en: 'A comma is missing here, between two values or two properties.', fr: 'Il manque une virgule ici, entre deux valeurs ou deux propriétés.' },
  'trailing-comma': { en: 'A comma stands before a closing bracket or brace: JSON does not allow it. Remove it.', fr: 'Une virgule précède un crochet ou une accolade fermante : le JSON ne l’autorise pas. Supprimez-la.' },
  comment: { en: 'JSON does not allow comments (// or /* */): remove it.', fr: 'Le JSON n’autorise pas les commentaires (// ou /* */) : supprimez-le.' },
  'unexpected-end': { en: 'The file ends too early: a bracket ] or a brace } is not closed.', fr: 'Le fichier se termine trop tôt : un crochet ] ou une accolade } n’est pas fermé.' },
  'unclosed-string': { en: 'This text is not closed: a double quote " is missing at its end.', fr: 'Ce texte n’est pas fermé : il manque un guillemet " à sa fin.' },
  'invalid-string': {
    en: 'Invalid character in this text: a line break or a tab must be written \\n or \\t, and a backslash \\\\.',
    fr: 'Caractère invalide dans ce texte : un saut de ligne ou une tabulation s’écrit \\n ou \\t, et une barre oblique inverse \\\\.',
  },
  'invalid-escape': { en: 'Invalid escape in this text: after a backslash \\ only " \\ / b f n r t or uXXXX may follow.', fr: 'Échappement invalide dans ce texte : après une barre oblique inverse \\ ne peuvent suivre que " \\ / b f n r t ou uXXXX.' },
  'invalid-number': { en: 'This number is not written as JSON expects (e.g. 12.5, -3, 1e6; no leading zero, no comma).', fr: 'Ce nombre n’est pas écrit comme le JSON l’attend (par ex. 12.5, -3, 1e6 ; pas de zéro en tête, pas de virgule décimale).' },
  'property-name-expected': { en: 'A property name in double quotes is expected here ("name": value).', fr: 'Un nom de propriété entre guillemets doubles est attendu ici ("nom": valeur).' },
  'colon-expected': { en: 'A colon : is missing after this property name.', fr: 'Il manque les deux-points : après ce nom de propriété.' },
  'value-expected': { en: 'A value is expected here (text in double quotes, a number, true, false, null, an object or a list).', fr: 'Une valeur est attendue ici (un texte entre guillemets doubles, un nombre, true, false, null, un objet ou une liste).' },
  'close-brace-expected': { en: 'A closing brace } is expected here.', fr: 'Une accolade fermante } est attendue ici.' },
  'close-bracket-expected': { en: 'A closing bracket ] is expected here.', fr: 'Un crochet fermant ] est attendu ici.' },
  'end-expected': { en: 'The document should end here: there is more after its last closing bracket or brace.', fr: 'Le document devrait se terminer ici : il y a autre chose après son dernier crochet ou accolade fermante.' },
  'invalid-symbol': {
    en: 'Unexpected character here: text goes in double quotes ("…", not \'…\'), and only true, false and null are written bare.',
    fr: 'Caractère inattendu ici : un texte s’écrit entre guillemets doubles ("…", pas \'…\'), et seuls true, false et null s’écrivent sans.',
  },
  other: { en: 'This file is not valid JSON here.', fr: 'Ce fichier n’est pas du JSON valide à cet endroit.' },
};

const syntaxVariants: Record<string, { en: string; fr: string }> = SYNTAX;

export const jsonCodes = {
  'json-syntax-error': {
    severity: 'error',
    tags: ['file'],
    // One message per kind of fault (`json-syntax-error.<kind>`); the problem's `kind` names it.
    message: SYNTAX.other,
    variants: syntaxVariants,
  },
  'json-invalid': {
    severity: 'error',
    tags: ['cell', 'schema'],
    message: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} ne respecte pas la règle « ${String(p.keyword)} » du schéma.` : `${subject(p, 'en')} breaks the schema’s “${String(p.keyword)}” rule.`)),
    variants: {
      required: both((p, l) => {
        const where = p.field || p.recordNumber !== undefined ? ` ${l === 'fr' ? 'dans' : 'in'} ${lowerFirst(subject(p, l))}` : '';
        return l === 'fr' ? `Propriété obligatoire manquante${where} : « ${String(p.missing)} ».` : `Missing required property${where}: “${String(p.missing)}”.`;
      }),
      type: both((p, l) =>
        l === 'fr'
          ? `${subject(p, 'fr')} doit être ${typeNames(p.expected, 'fr')}, et non ${typeNames(p.actual, 'fr')}${p.actual === 'object' || p.actual === 'array' ? '' : ` (${written(p, 'fr')})`}.`
          : `${subject(p, 'en')} must be ${typeNames(p.expected, 'en')}, not ${typeNames(p.actual, 'en')}${p.actual === 'object' || p.actual === 'array' ? '' : ` (${written(p, 'en')})`}.`,
      ),
      enum: both((p, l) =>
        l === 'fr'
          ? `${subject(p, 'fr')} doit être l’une des valeurs : ${list(p.allowed).join(', ')}${notWritten(p, 'fr')}.${suggestion(p, 'fr')}`
          : `${subject(p, 'en')} must be one of: ${list(p.allowed).join(', ')}${notWritten(p, 'en')}.${suggestion(p, 'en')}`,
      ),
      const: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} doit valoir « ${String(p.allowed)} »${notWritten(p, 'fr')}.` : `${subject(p, 'en')} must be “${String(p.allowed)}”${notWritten(p, 'en')}.`)),
      pattern: both((p, l) =>
        l === 'fr'
          ? `${subject(p, 'fr')} n’a pas la forme attendue : ${written(p, 'fr')} ne suit pas le motif \`${String(p.pattern)}\`.`
          : `${subject(p, 'en')} does not have the expected form: ${written(p, 'en')} does not follow the pattern \`${String(p.pattern)}\`.`,
      ),
      'pattern-date': both(formatSentence('date')),
      format: both(formatSentence('')),
      'format-date': both(formatSentence('date')),
      'format-date-time': both(formatSentence('date-time')),
      'format-time': both(formatSentence('time')),
      'format-email': both(formatSentence('email')),
      'format-uri': both(formatSentence('uri')),
      empty: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} ne doit pas être vide.` : `${subject(p, 'en')} must not be empty.`)),
      minLength: both((p, l) =>
        l === 'fr' ? `${subject(p, 'fr')} doit compter au moins ${counted(p.limit, 'fr', 'caractère', 'caractères')}${notWritten(p, 'fr')}.` : `${subject(p, 'en')} must be at least ${counted(p.limit, 'en', 'character', 'characters')} long${notWritten(p, 'en')}.`,
      ),
      maxLength: both((p, l) =>
        l === 'fr' ? `${subject(p, 'fr')} doit compter au plus ${counted(p.limit, 'fr', 'caractère', 'caractères')} (${String(p.length)} ici).` : `${subject(p, 'en')} must be at most ${counted(p.limit, 'en', 'character', 'characters')} long (${String(p.length)} here).`,
      ),
      minimum: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} doit être ${p.exclusive ? 'supérieur à' : 'au moins'} ${String(p.limit)}${notWritten(p, 'fr')}.` : `${subject(p, 'en')} must be ${p.exclusive ? 'greater than' : 'at least'} ${String(p.limit)}${notWritten(p, 'en')}.`)),
      maximum: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} doit être ${p.exclusive ? 'inférieur à' : 'au plus'} ${String(p.limit)}${notWritten(p, 'fr')}.` : `${subject(p, 'en')} must be ${p.exclusive ? 'less than' : 'at most'} ${String(p.limit)}${notWritten(p, 'en')}.`)),
      minItems: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} doit contenir au moins ${counted(p.limit, 'fr', 'élément', 'éléments')}.` : `${subject(p, 'en')} must hold at least ${counted(p.limit, 'en', 'item', 'items')}.`)),
      maxItems: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} doit contenir au plus ${counted(p.limit, 'fr', 'élément', 'éléments')}.` : `${subject(p, 'en')} must hold at most ${counted(p.limit, 'en', 'item', 'items')}.`)),
      uniqueItems: both((p, l) =>
        l === 'fr' ? `${subject(p, 'fr')} : les éléments n° ${String(p.first)} et n° ${String(p.second)} sont identiques (chaque élément doit être unique).` : `${subject(p, 'en')}: items #${String(p.first)} and #${String(p.second)} are the same (each item must be unique).`,
      ),
      other: both((p, l) => (l === 'fr' ? `${subject(p, 'fr')} ne respecte pas la règle « ${String(p.keyword)} » du schéma.` : `${subject(p, 'en')} breaks the schema’s “${String(p.keyword)}” rule.`)),
    },
  },
  'json-unknown-property': {
    severity: 'error',
    tags: ['cell', 'schema'],
    message: both((p, l) => {
      const parent = p.parent ? (l === 'fr' ? `« ${String(p.parent)} »` : `“${String(p.parent)}”`) : '';
      const inside = [parent, recordLabel(p, l, true)].filter(Boolean).join(', ');
      return l === 'fr'
        ? `Propriété inconnue du schéma : « ${String(p.property)} »${inside ? ` (dans ${inside})` : ''}.${suggestion(p, 'fr')}`
        : `Property unknown to the schema: “${String(p.property)}”${inside ? ` (in ${inside})` : ''}.${suggestion(p, 'en')}`;
    }),
  },
  /** A JSON file no schema applies to (named, declared or detected): only its syntax is checked. The command line's, for files named on it. */
  'json-no-schema': {
    severity: 'information',
    tags: ['file', 'schema'],
    message: {
      en: 'No schema applies to this JSON file (none named with --schema, in its $schema, its sidecar or the project settings, and none of the catalog’s JSON Schemas matches its shape): only its syntax was checked.',
      fr: 'Aucun schéma ne s’applique à ce fichier JSON (aucun n’est nommé par --schema, son $schema, sa fiche ou les réglages du projet, et sa forme ne correspond à aucun schéma JSON du catalogue) : seule sa syntaxe a été vérifiée.',
    },
  },
  /** The schema named for a JSON file cannot validate it: a Table Schema (for CSV), a datapackage, or a JSON Schema that does not compile. */
  'json-schema-unusable': {
    severity: 'error',
    tags: ['file', 'schema'],
    message: {
      en: 'The schema {ref} cannot validate a JSON file.',
      fr: 'Le schéma {ref} ne peut pas valider un fichier JSON.',
    },
    variants: {
      'table-schema': {
        en: 'The schema {ref} is a Table Schema: it describes CSV tables, not JSON documents. Name a JSON Schema (e.g. 139bercy/format-commande-publique for DECP), or save the data as CSV.',
        fr: 'Le schéma {ref} est un Table Schema : il décrit des tableaux CSV, pas des documents JSON. Nommez un schéma JSON (par ex. 139bercy/format-commande-publique pour les DECP), ou enregistrez les données en CSV.',
      },
      datapackage: {
        en: 'The schema {ref} is a data package (a group of Table Schemas for CSV files), not a JSON Schema: it cannot validate a JSON document.',
        fr: 'Le schéma {ref} est un data package (un ensemble de Table Schemas pour des fichiers CSV), pas un schéma JSON : il ne peut pas valider un document JSON.',
      },
      compile: {
        en: (p) => `The JSON Schema {ref} cannot be used: ${String(p.reason ?? '')}`.replace('{ref}', String(p.ref)),
        fr: (p) => `Le schéma JSON {ref} est inutilisable : ${String(p.reason ?? '')}`.replace('{ref}', String(p.ref)),
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
