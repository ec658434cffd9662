// The Table Schema descriptor (https://specs.frictionlessdata.io/table-schema/) as the catalog's
// schema.data.gouv.fr schemas use it, with Validata's `custom_checks` extension.

export type FieldType =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array'
  | 'date'
  | 'time'
  | 'datetime'
  | 'year'
  | 'yearmonth'
  | 'duration'
  | 'geopoint'
  | 'geojson'
  | 'any';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: string | number;
  maximum?: string | number;
  pattern?: string;
  enum?: (string | number | boolean)[];
}

export interface TableSchemaField {
  name: string;
  title?: string;
  description?: string;
  example?: string | number | boolean;
  type?: FieldType | string;
  format?: string;
  constraints?: FieldConstraints;
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  missingValues?: string[];
  /** Any other property of the descriptor (rdfType, examples, x-… extensions). */
  [key: string]: unknown;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource?: string; fields: string | string[] };
}

/** A Validata custom check as a schema declares it. */
export interface CustomCheckDescriptor {
  name: string;
  params?: Record<string, unknown>;
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  custom_checks?: CustomCheckDescriptor[];
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  homepage?: string;
  path?: string;
  [key: string]: unknown;
}

export function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
