// Problem codes of Table Schema validation: header ↔ fields, cell types and constraints, table keys.
// Each is declared once with its severity, tags and messages (in Validata's French wording where it has
// one), each message saying what is expected and showing an example.
import type { CodeDeclaration } from '../codeDeclaration';
import type { ProblemParams } from '../problem';
import { counted, isPlural } from '../messages/plural';
import type { Locale, Template } from '../messages/types';

type Params = ProblemParams;

const str = (value: Params[string]): string => (value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value));

function quote(value: Params[string], locale: Locale): string {
  return locale === 'fr' ? `« ${str(value)} »` : `“${str(value)}”`;
}

/** At most `limit` quoted values, then how many more. */
function quotedValues(values: Params[string], locale: Locale, limit = 12): string {
  const list = Array.isArray(values) ? values : values === undefined ? [] : [String(values)];
  const shown = list.slice(0, limit).map((value) => quote(value, locale));
  const more = list.length - shown.length;
  if (more > 0) shown.push(locale === 'fr' ? `et ${more} autre${more > 1 ? 's' : ''}` : `and ${more} more`);
  return shown.join(', ');
}

/** The schema's example, else a sample of the expected format. */
function exampleOf(params: Params): string | undefined {
  const example = params.example ?? params.sample;
  return example === undefined ? undefined : str(example);
}

function forExample(params: Params, locale: Locale): string {
  const example = exampleOf(params);
  if (example === undefined) return '';
  return locale === 'fr' ? `, par exemple ${example}` : `, for example ${example}`;
}

const DIRECTIVES: Record<string, { en: string; fr: string }> = {
  Y: { en: 'YYYY', fr: 'AAAA' },
  y: { en: 'YY', fr: 'AA' },
  G: { en: 'YYYY', fr: 'AAAA' },
  m: { en: 'MM', fr: 'MM' },
  d: { en: 'DD', fr: 'JJ' },
  H: { en: 'hh', fr: 'hh' },
  I: { en: 'hh', fr: 'hh' },
  M: { en: 'mm', fr: 'mm' },
  S: { en: 'ss', fr: 'ss' },
  f: { en: 'ffffff', fr: 'ffffff' },
  z: { en: '±hh:mm', fr: '±hh:mm' },
  Z: { en: 'UTC', fr: 'UTC' },
  j: { en: 'DDD', fr: 'JJJ' },
  p: { en: 'AM/PM', fr: 'AM/PM' },
  b: { en: 'Mon', fr: 'Mon (anglais)' },
  B: { en: 'Month', fr: 'Month (anglais)' },
  a: { en: 'Day', fr: 'Day (anglais)' },
  A: { en: 'Weekday', fr: 'Weekday (anglais)' },
  '%': { en: '%', fr: '%' },
};

const DEFAULT_TEMPORAL: Record<string, { en: string; fr: string }> = {
  date: { en: 'YYYY-MM-DD', fr: 'AAAA-MM-JJ' },
  time: { en: 'hh:mm:ss', fr: 'hh:mm:ss' },
  datetime: { en: 'YYYY-MM-DDThh:mm:ss (optionally followed by Z or +hh:mm)', fr: 'AAAA-MM-JJThh:mm:ss (suivi éventuellement de Z ou +hh:mm)' },
};

/** A strptime pattern as people read it: `%d/%m/%Y` → JJ/MM/AAAA. */
export function readableTemporalFormat(type: string, format: string, locale: Locale): string {
  if (format === 'default' || format === '') return DEFAULT_TEMPORAL[type]?.[locale] ?? format;
  if (format === 'any') return locale === 'fr' ? 'une date lisible (AAAA-MM-JJ, JJ/MM/AAAA…)' : 'a readable date (YYYY-MM-DD, DD/MM/YYYY…)';
  const pattern = format.startsWith('fmt:') ? format.slice(4) : format;
  return pattern.replace(/%(.)/g, (whole, letter: string) => DIRECTIVES[letter]?.[locale] ?? whole);
}

const CALENDAR_HINTS: Record<string, { en: string; fr: string }> = {
  date: { en: ' This date does not exist in the calendar.', fr: " Cette date n'existe pas dans le calendrier." },
  time: { en: ' This time does not exist (hours 00 to 23, minutes and seconds 00 to 59).', fr: " Cette heure n'existe pas (heures de 00 à 23, minutes et secondes de 00 à 59)." },
  datetime: { en: ' This date or time does not exist.', fr: " Cette date ou cette heure n'existe pas." },
};

function temporalMessage(locale: Locale, titles: { en: string; fr: string }, nouns: { en: string; fr: string }): Template {
  return (params) => {
    const value = quote(params.value, locale);
    const format = readableTemporalFormat(str(params.fieldType), str(params.fieldFormat), locale);
    const expected =
      locale === 'fr' ? `${nouns.fr} doit être au format ${format}${forExample(params, locale)}.` : `${nouns.en} must be written ${format}${forExample(params, locale)}.`;
    let hint = '';
    if (params.reason === 'calendar') hint = CALENDAR_HINTS[str(params.fieldType)]?.[locale] ?? '';
    else if (params.reason === 'day-first') hint = locale === 'fr' ? ' La valeur semble écrite jour en premier.' : ' The value looks written day first.';
    else if (params.reason === 'whitespace') hint = locale === 'fr' ? ' Retirez les espaces autour de la valeur.' : ' Remove the spaces around the value.';
    return `${titles[locale]}${locale === 'fr' ? ' : ' : ': '}${value}. ${expected}${hint}`;
  };
}

function both(make: (locale: Locale) => Template): Record<Locale, Template> {
  return { en: make('en'), fr: make('fr') };
}

function simpleType(title: { en: string; fr: string }, expectation: { en: string; fr: string }): Record<Locale, Template> {
  return both((locale) => (params) => {
    const separator = locale === 'fr' ? ' : ' : ': ';
    const tail = locale === 'fr' ? ' Retirez les espaces autour de la valeur.' : ' Remove the spaces around the value.';
    return `${title[locale]}${separator}${quote(params.value, locale)}. ${expectation[locale]}${forExample(params, locale)}.${params.reason === 'whitespace' ? tail : ''}`;
  });
}

/** A message chosen by the field's format (`fieldFormat`), else the default one. */
function byFieldFormat(otherwise: Record<Locale, Template>, formats: Record<string, Record<Locale, Template>>): Record<Locale, Template> {
  return both((locale) => (params) => {
    const chosen = Object.prototype.hasOwnProperty.call(formats, str(params.fieldFormat)) ? formats[str(params.fieldFormat)] : otherwise;
    const template = chosen[locale];
    return typeof template === 'function' ? template(params) : template;
  });
}

function numberExpectation(params: Params, locale: Locale, integer: boolean): string {
  const decimal = str(params.decimalChar) || '.';
  const group = str(params.groupChar);
  const fr = locale === 'fr';
  let text = integer
    ? fr
      ? 'Un nombre entier est attendu, sans décimales'
      : 'A whole number is expected, without decimals'
    : fr
      ? `Un nombre est attendu, avec ${decimal === ',' ? 'la virgule' : 'le point'} comme séparateur décimal`
      : `A number is expected, with ${decimal === ',' ? 'a comma' : 'a point'} as decimal separator`;
  if (!group) text += fr ? ' et sans séparateur de milliers' : ' and no thousands separator';
  text += forExample(params, locale);
  text += '.';
  if (params.reason === 'decimal-comma') text += fr ? ' Remplacez la virgule par un point.' : ' Replace the comma with a point.';
  else if (params.reason === 'group-char') text += fr ? ' Retirez les espaces ou séparateurs de milliers.' : ' Remove the spaces or thousands separators.';
  return text;
}

const geopointShapes: Record<string, { en: string; fr: string }> = {
  default: { en: '“longitude, latitude”', fr: '« longitude, latitude »' },
  array: { en: '[longitude, latitude]', fr: '[longitude, latitude]' },
  object: { en: '{"lon": longitude, "lat": latitude}', fr: '{"lon": longitude, "lat": latitude}' },
};

/** What a length counts, singular and plural, and whether it is feminine (French agreement of "attendu"). */
const lengthUnit = (params: Params, locale: Locale): { one: string; many: string; feminine: boolean } => {
  const fr = locale === 'fr';
  if (params.fieldType === 'array') return fr ? { one: 'élément', many: 'éléments', feminine: false } : { one: 'item', many: 'items', feminine: false };
  if (params.fieldType === 'object') return fr ? { one: 'propriété', many: 'propriétés', feminine: true } : { one: 'property', many: 'properties', feminine: false };
  return fr ? { one: 'caractère', many: 'caractères', feminine: false } : { one: 'character', many: 'characters', feminine: false };
};

/** A French participle agreeing with the unit and the limit: "attendus", "autorisée", "attendu". */
function agreed(params: Params, participle: string, limit: Params[string]): string {
  return `${participle}${lengthUnit(params, 'fr').feminine ? 'e' : ''}${isPlural(limit, 'fr') ? 's' : ''}`;
}

const schemaErrorReason = (params: Params, locale: Locale): string => {
  const fr = locale === 'fr';
  switch (params.reason) {
    case 'not-a-list':
      return fr ? 'ce doit être une liste' : 'it must be a list';
    case 'not-an-integer':
      return fr ? 'ce doit être un entier positif' : 'it must be a non-negative integer';
    case 'type-not-ordered':
      return fr ? `le type ${str(params.fieldType)} n'a pas d'ordre` : `type ${str(params.fieldType)} has no order`;
    default:
      return fr ? `la valeur ne correspond pas au type ${str(params.fieldType)}` : `the value does not fit type ${str(params.fieldType)}`;
  }
};

/** " (the parameter “column” is missing)": what is wrong with a custom check's params, from the fault's data. */
function paramsFault(params: Params, locale: Locale): string {
  const fr = locale === 'fr';
  const name = quote(params.param, locale);
  const given = params.given === undefined ? '' : fr ? `, et non ${str(params.given)}` : `, not ${str(params.given)}`;
  switch (params.fault) {
    case 'missing':
      return fr ? ` (le paramètre ${name} manque)` : ` (the parameter ${name} is missing)`;
    case 'not-a-column':
      return fr ? ` (le paramètre ${name} doit être un nom de colonne${given})` : ` (the parameter ${name} must be a column name${given})`;
    case 'not-a-column-list':
      return fr ? ` (le paramètre ${name} doit être une liste de noms de colonnes${given})` : ` (the parameter ${name} must be a list of column names${given})`;
    case 'lat-lon-pair':
      return fr ? ` (« latitude » et « longitude » nomment deux colonnes et vont ensemble)` : ` (“latitude” and “longitude” name two columns and go together)`;
    case 'operator':
      return fr ? ` (l'opérateur doit être l'un de ${str(params.allowed).replace(/, /g, ' ')}${given})` : ` (the operator must be one of ${str(params.allowed).replace(/, /g, ' ')}${given})`;
    default:
      return '';
  }
}

export const schemaCodes = {
  /** A schema field with no column. Severity: error when the field is required, warning otherwise. */
  'missing-label': {
    severity: 'error',
    tags: ['header', 'schema'],
    // ---- Header ↔ fields
    message: both((locale) => (params) => {
      const name = quote(params.fieldName, locale);
      const where = params.afterLabel !== undefined ? (locale === 'fr' ? ` (attendue après ${quote(params.afterLabel, locale)})` : ` (expected after ${quote(params.afterLabel, locale)})`) : '';
      if (params.required === true) return locale === 'fr' ? `Colonne obligatoire manquante : ${name}${where}.` : `Missing required column: ${name}${where}.`;
      return locale === 'fr'
        ? `Colonne facultative manquante : ${name}${where}. Le schéma la prévoit ; elle peut être ajoutée vide.`
        : `Missing optional column: ${name}${where}. The schema defines it; it may be added empty.`;
    }),
  },
  'extra-label': {
    severity: 'warning',
    tags: ['header', 'schema'],
    message: {
      en: 'Column “{label}” is not in the schema: check its name, or remove it if it is not meant to be published.',
      fr: "Colonne « {label} » inconnue du schéma : vérifiez son nom, ou retirez-la si elle n'a pas vocation à être publiée.",
    },
  },
  /** A column named almost like a field (case, accents, separators, a typo). Error when the field is required. */
  'incorrect-label': {
    severity: 'error',
    tags: ['header', 'schema'],
    message: {
      en: 'Incorrect column name “{label}”. Did you mean “{suggestion}”?',
      fr: 'Nom de colonne incorrect « {label} ». Vouliez-vous dire « {suggestion} » ?',
    },
  },
  'column-order': {
    severity: 'warning',
    tags: ['header', 'schema'],
    message: both((locale) => (params) => {
      const expected = str(params.expected);
      return locale === 'fr'
        ? `Les colonnes ne sont pas dans l'ordre du schéma. Ordre attendu : ${expected}.`
        : `The columns are not in the schema's order. Expected order: ${expected}.`;
    }),
  },
  'type-error': {
    severity: 'error',
    tags: ['row', 'cell'],
    // ---- Types
    message: simpleType({ en: 'Incorrect value', fr: 'Valeur incorrecte' }, { en: 'The value does not match the column type', fr: 'La valeur ne correspond pas au type de la colonne' }),
    variants: {
      date: both((locale) => temporalMessage(locale, { en: 'Incorrect date format', fr: 'Format de date incorrect' }, { en: 'The date', fr: 'La date' })),
      time: both((locale) => temporalMessage(locale, { en: 'Incorrect time format', fr: "Format d'heure incorrect" }, { en: 'The time', fr: "L'heure" })),
      datetime: both((locale) =>
        temporalMessage(locale, { en: 'Incorrect date and time format', fr: 'Format de date et heure incorrect' }, { en: 'The date and time', fr: 'La date et heure' }),
      ),
      integer: both((locale) => (params) => `${locale === 'fr' ? 'Nombre entier incorrect : ' : 'Incorrect whole number: '}${quote(params.value, locale)}. ${numberExpectation(params, locale, true)}`),
      number: both((locale) => (params) => `${locale === 'fr' ? 'Format de nombre incorrect : ' : 'Incorrect number format: '}${quote(params.value, locale)}. ${numberExpectation(params, locale, false)}`),
      boolean: both((locale) => (params) => {
        const accepted = `${quotedValues(params.trueValues, locale, 4)} ${locale === 'fr' ? 'ou' : 'or'} ${quotedValues(params.falseValues, locale, 4)}`;
        return locale === 'fr'
          ? `Valeur booléenne incorrecte : ${quote(params.value, locale)}. Valeurs acceptées : ${accepted}.`
          : `Incorrect boolean value: ${quote(params.value, locale)}. Accepted values: ${accepted}.`;
      }),
      year: simpleType({ en: 'Incorrect year', fr: 'Année incorrecte' }, { en: 'A year is written with 4 digits (YYYY)', fr: "Une année s'écrit avec 4 chiffres (AAAA)" }),
      yearmonth: simpleType(
        { en: 'Incorrect year-month', fr: 'Format année-mois incorrect' },
        { en: 'The value must be written YYYY-MM', fr: 'La valeur doit être au format AAAA-MM' },
      ),
      duration: simpleType(
        { en: 'Incorrect duration', fr: 'Durée incorrecte' },
        { en: 'A duration is written in ISO 8601 (P1Y2M3D, PT2H30M…)', fr: "Une durée s'écrit au format ISO 8601 (P1Y2M3D, PT2H30M…)" },
      ),
      geopoint: both((locale) => (params) => {
        const shape = (geopointShapes[str(params.fieldFormat)] ?? geopointShapes.default)[locale];
        const range =
          params.reason === 'out-of-range'
            ? locale === 'fr'
              ? ' La longitude doit être comprise entre -180 et 180 et la latitude entre -90 et 90 : les deux valeurs sont peut-être inversées.'
              : ' Longitude must lie between -180 and 180 and latitude between -90 and 90: the two values may be swapped.'
            : '';
        return locale === 'fr'
          ? `Coordonnées géographiques incorrectes : ${quote(params.value, locale)}. Le point doit s'écrire ${shape}${forExample(params, locale)}.${range}`
          : `Incorrect geographic coordinates: ${quote(params.value, locale)}. The point must be written ${shape}${forExample(params, locale)}.${range}`;
      }),
      geojson: byFieldFormat(
        simpleType({ en: 'Incorrect GeoJSON object', fr: 'Objet GeoJSON incorrect' }, { en: 'A GeoJSON geometry or feature is expected', fr: 'Une géométrie ou une entité GeoJSON est attendue' }),
        {
          topojson: simpleType(
            { en: 'Incorrect TopoJSON object', fr: 'Objet TopoJSON incorrect' },
            {
              en: 'A TopoJSON topology is expected (type "Topology", with its "objects" and "arcs")',
              fr: 'Une topologie TopoJSON est attendue (type "Topology", avec ses "objects" et ses "arcs")',
            },
          ),
        },
      ),
      object: simpleType({ en: 'Incorrect JSON object', fr: 'Objet JSON incorrect' }, { en: 'A JSON object is expected', fr: 'Un objet JSON est attendu' }),
      array: simpleType(
        { en: 'Incorrect JSON list', fr: 'Liste JSON incorrecte' },
        { en: 'A JSON list is expected, values in double quotes between brackets', fr: 'Une liste JSON est attendue, valeurs entre guillemets droits et entre crochets' },
      ),
      email: simpleType(
        { en: 'Incorrect email address', fr: 'Adresse e-mail incorrecte' },
        { en: 'An address such as name@domain.fr is expected', fr: 'Une adresse de la forme nom@domaine.fr est attendue' },
      ),
      uri: simpleType(
        { en: 'Incorrect web address (URI)', fr: 'Adresse web (URI) incorrecte' },
        { en: 'A full address starting with its scheme (https://…) and without spaces is expected', fr: 'Une adresse complète commençant par son protocole (https://…) et sans espaces est attendue' },
      ),
      uuid: simpleType(
        { en: 'Incorrect UUID', fr: 'Identifiant UUID incorrect' },
        { en: 'A UUID is made of 32 hexadecimal digits in groups of 8-4-4-4-12', fr: "Un UUID se compose de 32 chiffres hexadécimaux groupés 8-4-4-4-12" },
      ),
      binary: simpleType({ en: 'Incorrect base64 data', fr: 'Données base64 incorrectes' }, { en: 'Base64-encoded data is expected', fr: 'Des données encodées en base64 sont attendues' }),
    },
  },
  'constraint-error': {
    severity: 'error',
    tags: ['row', 'cell'],
    // ---- Constraints
    message: {
      en: 'The value “{value}” does not meet the constraints of column “{fieldName}”.',
      fr: 'La valeur « {value} » ne respecte pas les contraintes de la colonne « {fieldName} ».',
    },
    variants: {
      required: {
        en: 'Missing value: column “{fieldName}” is required.',
        fr: 'Valeur manquante : la colonne « {fieldName} » est obligatoire.',
      },
      enum: both((locale) => (params) =>
        locale === 'fr'
          ? `Valeur non autorisée : ${quote(params.value, locale)}. Valeurs autorisées : ${quotedValues(params.allowed, locale)}.`
          : `Value not allowed: ${quote(params.value, locale)}. Allowed values: ${quotedValues(params.allowed, locale)}.`,
      ),
      pattern: both((locale) => (params) => {
        const example = exampleOf(params);
        const shown = example !== undefined && example !== str(params.sample) ? (locale === 'fr' ? ` Exemple de valeur correcte : ${example}.` : ` A correct value: ${example}.`) : '';
        return locale === 'fr'
          ? `Format incorrect : ${quote(params.value, locale)} ne respecte pas le format attendu pour la colonne ${quote(params.fieldName, locale)}.${shown} (Motif : ${str(params.pattern)})`
          : `Incorrect format: ${quote(params.value, locale)} does not match the format expected in column ${quote(params.fieldName, locale)}.${shown} (Pattern: ${str(params.pattern)})`;
      }),
      minimum: {
        en: 'Value too small: “{value}” is below the minimum {minimum}.',
        fr: 'Valeur trop petite : « {value} » est inférieure au minimum autorisé ({minimum}).',
      },
      maximum: {
        en: 'Value too large: “{value}” is above the maximum {maximum}.',
        fr: 'Valeur trop grande : « {value} » dépasse le maximum autorisé ({maximum}).',
      },
      minLength: both((locale) => (params) =>
        locale === 'fr'
          ? `Valeur trop courte : ${counted(params.length, 'fr', lengthUnit(params, 'fr').one, lengthUnit(params, 'fr').many)}, au moins ${str(params.minLength)} ${agreed(params, 'attendu', params.minLength)}.`
          : `Value too short: ${counted(params.length, 'en', lengthUnit(params, 'en').one, lengthUnit(params, 'en').many)}, at least ${str(params.minLength)} expected.`,
      ),
      maxLength: both((locale) => (params) =>
        locale === 'fr'
          ? `Valeur trop longue : ${counted(params.length, 'fr', lengthUnit(params, 'fr').one, lengthUnit(params, 'fr').many)}, au plus ${str(params.maxLength)} ${agreed(params, 'autorisé', params.maxLength)}.`
          : `Value too long: ${counted(params.length, 'en', lengthUnit(params, 'en').one, lengthUnit(params, 'en').many)}, at most ${str(params.maxLength)} allowed.`,
      ),
      arrayItem: both((locale) => (params) => {
        const allowed = params.allowed !== undefined ? (locale === 'fr' ? ` Valeurs autorisées : ${quotedValues(params.allowed, locale)}.` : ` Allowed values: ${quotedValues(params.allowed, locale)}.`) : '';
        return locale === 'fr'
          ? `Élément non autorisé dans la liste : ${quote(params.item, locale)}.${allowed}`
          : `Item not allowed in the list: ${quote(params.item, locale)}.${allowed}`;
      }),
    },
  },
  /** A value the field's pattern could not decide within its time budget (a pattern that backtracks). */
  'pattern-too-costly': {
    severity: 'warning',
    tags: ['row', 'cell'],
    message: both((locale) => (params) => {
      const length = [...str(params.value)].length;
      return locale === 'fr'
        ? `Format non vérifié : le motif de la colonne ${quote(params.fieldName, locale)} est trop coûteux à appliquer à cette valeur (${counted(length, locale, 'caractère', 'caractères')}) ; vérifiez-la à la main. (Motif : ${str(params.pattern)})`
        : `Format not checked: the pattern of column ${quote(params.fieldName, locale)} is too costly to apply to this value (${counted(length, locale, 'character', 'characters')}); check it by hand. (Pattern: ${str(params.pattern)})`;
    }),
  },
  'unique-error': {
    severity: 'error',
    tags: ['row', 'cell', 'table'],
    // ---- Table constraints
    message: {
      en: 'Duplicate value: “{value}” already appears on row {firstRowNumber}; each value of column “{fieldName}” must be unique.',
      fr: 'Valeur en double : « {value} » figure déjà ligne {firstRowNumber} ; chaque valeur de la colonne « {fieldName} » doit être unique.',
    },
  },
  'primary-key': {
    severity: 'error',
    tags: ['row', 'table'],
    message: both((locale) => (params) =>
      locale === 'fr'
        ? `Clé primaire en double : ${quotedValues(params.values, locale)} figure déjà ligne ${str(params.firstRowNumber)} (clé : ${str(params.fields)}).`
        : `Duplicate primary key: ${quotedValues(params.values, locale)} already appears on row ${str(params.firstRowNumber)} (key: ${str(params.fields)}).`,
    ),
  },
  'foreign-key': {
    severity: 'error',
    tags: ['row', 'table'],
    message: both((locale) => (params) =>
      locale === 'fr'
        ? `Référence introuvable : ${quotedValues(params.values, locale)} n'apparaît dans aucune ligne de la colonne ${quotedValues(params.referenceFields, locale)}.`
        : `Reference not found: ${quotedValues(params.values, locale)} appears in no row of column ${quotedValues(params.referenceFields, locale)}.`,
    ),
  },
  /** The schema itself has a problem (unknown type or format, a pattern JavaScript cannot compile…). */
  'schema-error': {
    severity: 'warning',
    tags: ['schema'],
    // ---- The schema itself
    message: {
      en: 'The schema has a problem: this part of it is not applied.',
      fr: "Le schéma comporte une erreur : cette partie n'est pas appliquée.",
    },
    variants: {
      'unknown-type': {
        en: 'The schema gives field “{fieldName}” the unknown type “{fieldType}”: its values are not checked.',
        fr: "Le schéma donne au champ « {fieldName} » le type inconnu « {fieldType} » : ses valeurs ne sont pas vérifiées.",
      },
      'unknown-format': {
        en: 'The schema gives field “{fieldName}” (type {fieldType}) the unknown format “{fieldFormat}”: its values are not checked against it.',
        fr: "Le schéma donne au champ « {fieldName} » (type {fieldType}) le format inconnu « {fieldFormat} » : ses valeurs ne sont pas vérifiées selon ce format.",
      },
      'invalid-pattern': {
        en: 'The pattern of field “{fieldName}” cannot be read as a regular expression ({pattern}): it is not applied.',
        fr: "Le motif du champ « {fieldName} » n'est pas une expression régulière lisible ({pattern}) : il n'est pas appliqué.",
      },
      'invalid-constraint': both((locale) => (params) =>
        locale === 'fr'
          ? `La contrainte ${str(params.constraint)} du champ ${quote(params.fieldName, locale)} est inutilisable (${str(params.value)} : ${schemaErrorReason(params, locale)}) : elle n'est pas appliquée.`
          : `Constraint ${str(params.constraint)} of field ${quote(params.fieldName, locale)} cannot be used (${str(params.value)}: ${schemaErrorReason(params, locale)}): it is not applied.`,
      ),
      'unknown-field': {
        en: 'The schema’s {key} names field “{name}”, which the schema does not define: it is not checked.',
        fr: "La clé {key} du schéma désigne le champ « {name} », que le schéma ne définit pas : elle n'est pas vérifiée.",
      },
      'invalid-field': {
        en: 'Field number {fieldNumber} of the schema has no name: it is ignored.',
        fr: "Le champ numéro {fieldNumber} du schéma n'a pas de nom : il est ignoré.",
      },
    },
  },
  /** A custom check of the schema that cannot run: unknown name, unusable params, or it failed. */
  'custom-check-unsupported': {
    severity: 'warning',
    tags: ['header', 'schema'],
    message: {
      en: 'The schema’s custom check “{check}” could not be applied.',
      fr: "Le contrôle personnalisé « {check} » du schéma n'a pas pu être appliqué.",
    },
    variants: {
      unknown: {
        en: 'The schema’s custom check “{check}” is not supported: it is not applied (the data is not at fault).',
        fr: "Le contrôle personnalisé « {check} » du schéma n'est pas pris en charge : il n'est pas appliqué (les données ne sont pas en cause).",
      },
      params: {
        en: (p) => `The schema’s custom check “${str(p.check)}” has unusable parameters${paramsFault(p, 'en')}: it is not applied.`,
        fr: (p) => `Les paramètres du contrôle personnalisé « ${str(p.check)} » du schéma sont inutilisables${paramsFault(p, 'fr')} : il n'est pas appliqué.`,
      },
      crashed: {
        en: 'The schema’s custom check “{check}” failed on an internal error, to be reported ({detail}): it is not applied to the rest of the file.',
        fr: "Le contrôle personnalisé « {check} » du schéma a échoué sur une erreur interne, à signaler ({detail}) : il n'est pas appliqué au reste du fichier.",
      },
    },
  },
} satisfies Record<string, CodeDeclaration>;
