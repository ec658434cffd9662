// Infers a Table Schema from a table: for each column the most specific type every value passes (dates with
// the strptime pattern the file uses, numbers with their decimal comma, booleans with their own words,
// geopoints, latitude/longitude bounds), `required` where no cell is empty, `enum` for short lists of text,
// `pattern` for French codes, `unique` and the primary key for identifier columns. Titles and descriptions
// are placeholders a human fills. The schema validates the file it came from.
import { booleanWord } from '../checks/hygiene/valueForms';
import { isPersonalEmail, personalDataOfLabel } from '../checks/hygiene/personalData';
import { isMobilePhone } from '../values/frenchPhoneNumbers';
import { detectCoordinateColumns } from '../geo/detectCoordinateColumns';
import { placeholder } from '../metadata/placeholders';
import type { Dialect } from '../table/dialect';
import type { FieldConstraints, TableSchema, TableSchemaField } from '../schema/tableSchema';
import { compileCellType } from '../schema/types';
import { candidateTypes } from './candidateTypes';
import { FRENCH_CODES, labelNames, type FrenchCodeKind } from './frenchCodes';
import { profileTable, type ColumnProfile, type TableProfile } from './profileColumns';
import { foldedWords, stripAccents } from '../text/fold';

export type InferLocale = 'fr' | 'en';

export interface InferOptions {
  /** Name of the file (its stem names the schema). */
  fileName?: string;
  dialect?: Partial<Dialect>;
  /** Language of the placeholders (French by default: the users are). */
  locale?: InferLocale;
  /** YYYY-MM-DD of `created` (today by default). */
  today?: string;
}

/** Why a column got its type, for reports (CLI, tests). */
export interface ColumnInference {
  name: string;
  type: string;
  format?: string;
  code?: FrenchCodeKind;
  required: boolean;
  unique: boolean;
  enum?: string[];
  filled: number;
  empty: number;
}

export interface InferredSchema {
  schema: TableSchema;
  columns: ColumnInference[];
  rowCount: number;
  dialect: Dialect;
}

/** Most values an `enum` lists; more is not a closed list. */
const ENUM_MAX = 10;
/** Longest value of an enum: longer text is prose, not a category. */
const ENUM_VALUE_MAX_LENGTH = 60;
/** Words saying a column identifies rows. */
const IDENTIFIER_WORDS = new Set(['id', 'identifiant', 'ident', 'uid', 'uuid', 'code', 'numero', 'num', 'no', 'ref', 'reference', 'cle', 'key', 'siret', 'siren', 'finess', 'rna', 'matricule']);
const YEAR_WORDS = new Set(['annee', 'year', 'millesime', 'an', 'exercice']);

const HINTS = {
  schemaTitle: { fr: 'titre du schéma', en: 'title of the schema' },
  schemaDescription: { fr: 'ce que décrit une ligne du fichier, qui le produit et à quel rythme', en: 'what one row describes, who produces the file and how often' },
  fieldTitle: { fr: 'titre lisible de la colonne « {label} »', en: 'readable title of column “{label}”' },
  fieldDescription: { fr: 'ce que contient la colonne « {label} » (unité, source, règles)', en: 'what column “{label}” holds (unit, source, rules)' },
} as const;

function hint(key: keyof typeof HINTS, locale: InferLocale, label = ''): string {
  return placeholder(HINTS[key][locale].replace('{label}', label));
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** `Base des commerces 2024.csv` → `base-des-commerces-2024`. */
export function schemaNameOf(fileName: string): string {
  const stem = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
  return (
    stripAccents(stem)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'schema'
  );
}

function words(label: string): string[] {
  return foldedWords(label);
}

/** trueValues/falseValues when every value is a yes/no word (oui, non, X, vrai…; 1 and 0 only beside words). */
function booleanValuesOf(column: ColumnProfile): { trueValues: string[]; falseValues: string[] } | undefined {
  if (!column.distinct || column.distinct.size === 0 || column.distinct.size > 6) return undefined;
  const trueValues: string[] = [];
  const falseValues: string[] = [];
  let words = 0;
  for (const value of column.distinct.keys()) {
    const word = booleanWord(value);
    if (word) {
      words++;
      (word.meaning ? trueValues : falseValues).push(value);
    } else if (value === '1') trueValues.push(value);
    else if (value === '0') falseValues.push(value);
    else return undefined;
  }
  if (words === 0) return undefined;
  return { trueValues: trueValues.sort(), falseValues: falseValues.sort() };
}

function frenchCodeOf(column: ColumnProfile): (typeof FRENCH_CODES)[number] | undefined {
  if (column.filled === 0) return undefined;
  const evidence = { count: column.filled, leadingZero: column.leadingZero, letter: column.letter, formatted: column.formatted };
  return FRENCH_CODES.find((code, index) => column.codes[index] && (labelNames(code, column.label) || code.provenByValues(evidence)));
}

/** Codes of places: shared by many rows (every structure of a commune), never a row's identity. */
const PLACE_WORDS = new Set(['insee', 'postal', 'commune', 'communes', 'departement', 'region', 'pays', 'cog', 'epci', 'iris', 'naf', 'ape', 'geo', 'cp']);

/** `id`, `id_station`, `referenceDecision`, `code_site`: the label starts with a word that says "identifier" (not a code of place). */
function isIdentifierLabel(label: string): boolean {
  const all = words(label);
  return all.length > 0 && IDENTIFIER_WORDS.has(all[0]) && !all.some((word) => PLACE_WORDS.has(word));
}

/** Whether the values stay distinct once read as the field's type ("0,000" and "0" are the same number). */
function uniqueAsTyped(column: ColumnProfile, descriptor: Partial<TableSchemaField>): boolean {
  if (!column.unique || !column.uniqueValues) return false;
  const cellType = compileCellType({ name: column.label, ...descriptor } as TableSchemaField, true, () => undefined);
  const keys = new Set<unknown>();
  for (const value of column.uniqueValues) {
    const key = cellType.parse(value);
    if (key === undefined || keys.has(key)) return false;
    keys.add(key);
  }
  return true;
}

/** An example for the field, unless it would copy personal data into the schema. */
function exampleOf(column: ColumnProfile): string | undefined {
  const value = column.firstValue;
  if (value === undefined || value.length > 80 || personalDataOfLabel(column.label)) return undefined;
  if (isPersonalEmail(value) || isMobilePhone(value)) return undefined;
  return value;
}

interface FieldChoice {
  descriptor: Partial<TableSchemaField>;
  code?: FrenchCodeKind;
}

/** The type of a column: boolean words, a French code, then the first candidate type all values passed. */
function chooseType(column: ColumnProfile): FieldChoice {
  if (column.filled === 0) return { descriptor: { type: 'string' } };
  const booleans = booleanValuesOf(column);
  if (booleans) return { descriptor: { type: 'boolean', ...booleans } };
  const code = frenchCodeOf(column);
  if (code) return { descriptor: { type: 'string', constraints: { pattern: code.pattern } }, code: code.kind };
  const candidates = candidateTypes();
  const at = column.types.findIndex((alive) => alive);
  if (at < 0) return { descriptor: { type: 'string' } };
  const descriptor: Partial<TableSchemaField> = { ...candidates[at].descriptor };
  // A 4-digit integer column named like a year is a year.
  if (descriptor.type === 'integer' && words(column.label).some((word) => YEAR_WORDS.has(word))) {
    const year = compileCellType({ name: column.label, type: 'year' }, false, () => undefined);
    if (column.distinct && [...column.distinct.keys()].every((value) => /^\d{4}$/.test(value) && year.parse(value) !== undefined)) return { descriptor: { type: 'year' } };
  }
  return { descriptor };
}

function enumOf(column: ColumnProfile, descriptor: Partial<TableSchemaField>): string[] | undefined {
  if (descriptor.type !== 'string' || descriptor.format !== undefined || descriptor.constraints?.pattern !== undefined) return undefined;
  const distinct = column.distinct;
  if (!distinct || distinct.size < 2 || distinct.size > ENUM_MAX || column.filled < 2 * distinct.size) return undefined;
  if ([...distinct.keys()].some((value) => value.length > ENUM_VALUE_MAX_LENGTH)) return undefined;
  return [...distinct.keys()].sort((a, b) => a.localeCompare(b, 'fr'));
}

/** Latitude/longitude columns get their bounds; a "lon, lat" column becomes a geopoint. */
function coordinateTypes(profile: TableProfile, fields: Partial<TableSchemaField>[]): void {
  const found = detectCoordinateColumns(profile.labels, profile.sample);
  for (const columns of found) {
    if (columns.kind === 'lat-lon' && !columns.swapped) {
      for (const [index, bound] of [
        [columns.lat, 90],
        [columns.lon, 180],
      ] as const) {
        const field = fields[index];
        if ((field.type !== 'number' && field.type !== 'integer') || profile.columns[index].largestMagnitude > bound) continue;
        field.constraints = { ...field.constraints, minimum: -bound, maximum: bound };
      }
    }
    if (columns.kind === 'combined' && columns.order === 'lon-lat') {
      // Table Schema points are "lon, lat" or [lon, lat]: only then is the column a geopoint.
      const field = fields[columns.column];
      const column = profile.columns[columns.column];
      if (field.type !== 'string' || field.format || !column.distinct || column.distinct.size === 0) continue;
      for (const format of ['default', 'array']) {
        const geopoint = compileCellType({ name: 'point', type: 'geopoint', format }, false, () => undefined);
        if ([...column.distinct.keys()].every((value) => geopoint.parse(value) !== undefined)) {
          fields[columns.column] = format === 'default' ? { type: 'geopoint' } : { type: 'geopoint', format };
          break;
        }
      }
    }
  }
}

/** Orders a field's properties as catalog schemas do. */
function fieldDescriptor(name: string, choice: Partial<TableSchemaField>, extra: { title: string; description: string; example?: string; constraints: FieldConstraints }): TableSchemaField {
  const field: TableSchemaField = { name, title: extra.title, description: extra.description };
  if (extra.example !== undefined) field.example = extra.example;
  field.type = choice.type ?? 'string';
  if (choice.format !== undefined) field.format = choice.format;
  if (choice.decimalChar !== undefined) field.decimalChar = choice.decimalChar;
  if (choice.groupChar !== undefined) field.groupChar = choice.groupChar;
  if (choice.trueValues !== undefined) field.trueValues = choice.trueValues;
  if (choice.falseValues !== undefined) field.falseValues = choice.falseValues;
  if (Object.keys(extra.constraints).length > 0) field.constraints = extra.constraints;
  return field;
}

/** Infers the Table Schema of a table given as text. */
export function inferSchema(text: string, options: InferOptions = {}): InferredSchema {
  const locale = options.locale ?? 'fr';
  const profile = profileTable(text, options.dialect);
  const choices = profile.columns.map(chooseType);
  const descriptors = choices.map((choice) => ({ ...choice.descriptor }));
  coordinateTypes(profile, descriptors);

  const columns: ColumnInference[] = [];
  let primaryKey: string | undefined;
  const fields = profile.columns.map((column, index) => {
    const descriptor = descriptors[index];
    const constraints: FieldConstraints = { ...(descriptor.constraints ?? {}) };
    delete descriptor.constraints;
    const required = profile.rowCount > 0 && column.empty === 0;
    if (required) constraints.required = true;
    const identifies = required && profile.rowCount >= 2 && isIdentifierLabel(column.label) && descriptor.type !== 'boolean' && uniqueAsTyped(column, descriptor);
    if (identifies) {
      constraints.unique = true;
      primaryKey ??= column.label;
    }
    const values = enumOf(column, descriptor);
    if (values) constraints.enum = values;
    // Constraint order as catalog schemas write it.
    const ordered: FieldConstraints = {};
    for (const key of ['required', 'unique', 'enum', 'pattern', 'minimum', 'maximum'] as const) if (constraints[key] !== undefined) (ordered as Record<string, unknown>)[key] = constraints[key];
    columns.push({
      name: column.label,
      type: String(descriptor.type ?? 'string'),
      format: descriptor.format,
      code: choices[index].code,
      required,
      unique: identifies,
      enum: values,
      filled: column.filled,
      empty: column.empty,
    });
    return fieldDescriptor(column.label, descriptor, {
      title: hint('fieldTitle', locale, column.label),
      description: hint('fieldDescription', locale, column.label),
      example: exampleOf(column),
      constraints: ordered,
    });
  });

  const schema: TableSchema = {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: schemaNameOf(options.fileName ?? 'schema'),
    title: hint('schemaTitle', locale),
    description: hint('schemaDescription', locale),
    version: '0.1.0',
    created: options.today ?? today(),
    missingValues: [''],
    fields,
  };
  if (primaryKey !== undefined) schema.primaryKey = primaryKey;
  return { schema, columns, rowCount: profile.rowCount, dialect: profile.dialect };
}

/** The schema as the JSON text written to `schema.json` (two-space indent, final newline). */
export function schemaJson(schema: TableSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The parameters of the `infer.summary` message. */
export function inferenceSummaryParams(inferred: InferredSchema): Record<string, string | number> {
  const primaryKey = inferred.schema.primaryKey;
  return {
    rows: inferred.rowCount,
    fields: inferred.columns.length,
    required: inferred.columns.filter((column) => column.required).length,
    typed: inferred.columns.filter((column) => column.type !== 'string' || column.format !== undefined || column.code !== undefined).length,
    primaryKey: typeof primaryKey === 'string' ? primaryKey : '',
  };
}
