// Chooses, at compile time, the cell type of a field from its `type` and `format`.
import type { TableSchemaField } from '../tableSchema';
import { compileBoolean } from './boolean';
import type { CellKey, CellType, IssueSink } from './cellType';
import { compileDuration } from './duration';
import { compileGeojson, compileGeopoint } from './geo';
import { compileJson } from './json';
import { compileInteger, compileNumber } from './number';
import { compileString } from './string';
import { compileTemporal } from './temporal';
import { compileYear, compileYearmonth } from './year';

export type { CellKey, CellType, SchemaIssue, TypeErrorReason } from './cellType';

export const KNOWN_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;

const identity = (text: string): CellKey => text;

export function anyType(type = 'any', format = 'default'): CellType {
  return { type, format, parse: identity, cast: identity };
}

/** Types whose values do not depend on a format: an unknown format is reported but the type still applies. */
const FORMATLESS = new Set(['number', 'integer', 'boolean', 'object', 'array', 'year', 'yearmonth', 'duration', 'any']);

function build(type: string, format: string, field: TableSchemaField, needsKey: boolean): CellType | null {
  switch (type) {
    case 'string':
      return compileString(format);
    case 'number':
      return compileNumber(field);
    case 'integer':
      return compileInteger(field);
    case 'boolean':
      return compileBoolean(field);
    case 'object':
    case 'array':
      return compileJson(type);
    case 'date':
    case 'time':
    case 'datetime':
      return compileTemporal(type, format);
    case 'year':
      return compileYear();
    case 'yearmonth':
      return compileYearmonth();
    case 'duration':
      return compileDuration();
    case 'geopoint':
      return compileGeopoint(format, needsKey);
    case 'geojson':
      return compileGeojson(format, needsKey);
    case 'any':
      return anyType();
    default:
      return null;
  }
}

/**
 * The cell type of a field. `needsKey`: whether a constraint compares values (unique, enum, keys), so that
 * types whose keys cost an allocation (points, geometries) only build them then. Problems with the
 * descriptor are passed to `report` once; the field is then read as `any` (or, for a format that cannot
 * change a type's values, as its type).
 */
export function compileCellType(field: TableSchemaField, needsKey: boolean, report: IssueSink): CellType {
  const rawType = field.type ?? 'string';
  const rawFormat = field.format;
  const format = rawFormat === undefined || rawFormat === '' ? 'default' : String(rawFormat);
  if (typeof rawType !== 'string' || !(KNOWN_TYPES as readonly string[]).includes(rawType)) {
    report({ variant: 'unknown-type', fieldName: field.name, params: { fieldType: String(rawType) } });
    return anyType();
  }
  if (FORMATLESS.has(rawType) && format !== 'default') {
    report({ variant: 'unknown-format', fieldName: field.name, params: { fieldType: rawType, fieldFormat: format } });
    return build(rawType, 'default', field, needsKey) ?? anyType();
  }
  const compiled = build(rawType, format, field, needsKey);
  if (compiled) return compiled;
  report({ variant: 'unknown-format', fieldName: field.name, params: { fieldType: rawType, fieldFormat: format } });
  return anyType();
}
