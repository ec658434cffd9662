// The commune of each point of the map: the commune its row's INSEE code names in the COG, and what the
// geography checks find wrong with the code (unknown — a postcode, say —, a former commune's, or another
// commune than the row's commune name column). The commune code and name columns are the checks' own
// decision: the schema's fields (schemaGeography) when a schema is in force, else the labels confirmed by
// the values (confirmedGeographyColumns) over the same sample of rows. geo/points.ts calls the reader this
// file builds for each point (geo stands under the checks and cannot import them).
import type { CommuneReader, MapPointsOptions, PointCommune, PointCommuneFlag } from '../../geo/points';
import type { ProblemParams } from '../../problems/problem';
import type { CompiledSchema } from '../../schema/compile';
import { compiledSchemaFor } from '../../schema/compiledSchemas';
import type { TableSchema } from '../../schema/tableSchema';
import { bundledCog, type Cog } from '../../values/cog/cog';
import { matchHeader } from '../headerMatch';
import { confirmedGeographyColumns } from './detectedGeographyChecker';
import type { GeographyColumns } from './geographyColumns';
import { GeographyRowCheck, type GeographyIssue } from './geographyRowCheck';
import { schemaGeography } from './schemaGeography';

/** Rows sharing a code and a name share their answer (a national file repeats its communes); kept while below this. */
const MAX_CACHED = 50_000;

/**
 * The commune code and name columns of a table, as the geography checks decide them, and, under a schema,
 * the test of a value its field counts as missing (`NA`, `-`: no commune, as an empty cell). Undefined
 * without a code column.
 */
function communeColumnsOf(
  labels: readonly string[],
  sample: readonly (readonly string[])[],
  header: boolean,
  compiled: CompiledSchema | undefined,
): { columns: GeographyColumns; isMissing?: (column: number, value: string) => boolean } | undefined {
  if (compiled) {
    const columnOfField = header
      ? matchHeader(labels, compiled.fields.map((field) => ({ name: field.name, required: field.required }))).columnOfField
      : new Int32Array(compiled.fields.length).map((_, index) => index);
    const geography = schemaGeography(compiled, columnOfField, labels);
    if (!geography || geography.check.columns.communeCode === undefined) return undefined;
    const fieldOf = (column: number) => compiled.fields.find((field) => columnOfField[field.index] === column);
    const code = fieldOf(geography.check.columns.communeCode);
    const name = geography.check.columns.communeName === undefined ? undefined : fieldOf(geography.check.columns.communeName);
    return {
      columns: geography.check.columns,
      isMissing: (column, value) => {
        const field = column === geography.check.columns.communeCode ? code : name;
        return field !== undefined && field.isMissing(value);
      },
    };
  }
  // Without a header, columns have no names to suggest a role (as DetectedGeographyChecker).
  if (!header) return undefined;
  const columns = confirmedGeographyColumns(labels, sample);
  return columns.communeCode === undefined ? undefined : { columns };
}

function communeText(name: string, code: string): string {
  return `${name} (${code})`;
}

/** The popup's flag for an issue of the geography check, or undefined for the issues a popup does not show. */
function flagOf(issue: GeographyIssue): PointCommuneFlag | undefined {
  const params: ProblemParams = issue.params;
  const text = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined);
  switch (issue.code) {
    case 'commune-code-unknown': {
      const flag: PointCommuneFlag = { kind: 'unknown' };
      const served = params.servedBy;
      if (params.variant === 'postcode' && Array.isArray(served)) {
        flag.postcodeOf = served.filter((value): value is string => typeof value === 'string');
        if (typeof params.servedCount === 'number' && params.servedCount > flag.postcodeOf.length) flag.postcodeCount = params.servedCount;
      }
      const departmentName = params.variant === 'not-in-department' ? text('departmentName') : undefined;
      if (departmentName) flag.departmentName = departmentName;
      const suggestion = text('suggestion');
      const suggestionName = text('suggestionName');
      if (suggestion && suggestionName) {
        if (params.variant === 'leading-zero') flag.padded = communeText(suggestionName, suggestion);
        else flag.suggestion = communeText(suggestionName, suggestion);
      }
      return flag;
    }
    case 'commune-code-former': {
      const current = text('current') ?? '';
      const currentName = text('currentName');
      const part = text('name');
      return { kind: 'former', current: currentName ? communeText(currentName, current) : current, ...(part ? { part } : {}) };
    }
    case 'commune-name-mismatch':
      return { kind: 'name-mismatch', written: text('value') ?? '' };
    default:
      return undefined;
  }
}

/**
 * The reader of a table's communes for computeMapPoints (MapPointsOptions.communes): undefined when the
 * table has no commune code column. `schema`: the schema in force, whose fields say which columns are what.
 */
export function mapCommunes(schema?: TableSchema, cog: () => Cog = bundledCog): NonNullable<MapPointsOptions['communes']> {
  return (labels, sample, header) => {
    const found = communeColumnsOf(labels, sample, header, schema ? compiledSchemaFor(schema) : undefined);
    if (!found) return undefined;
    const codeColumn = found.columns.communeCode as number;
    const nameColumn = found.columns.communeName;
    // Only what the popup tells: the code, and the name beside it (no postcode, département, SIREN…).
    const columns: GeographyColumns = { communeCode: codeColumn, ...(nameColumn !== undefined ? { communeName: nameColumn } : {}), uai: [] };
    const names = labels.length > 0 ? labels : Array.from({ length: Math.max(codeColumn, nameColumn ?? 0) + 1 }, (_, i) => String(i + 1));
    const check = new GeographyRowCheck(columns, { columnNames: names, cog });
    const reading = cog();
    // By code, then by name: no key string built per row.
    const cache = new Map<string, Map<string, PointCommune>>();
    let cached = 0;
    const reader: CommuneReader = {
      cogYear: reading.year,
      read(cell) {
        // Unlike the check, a code the schema rejects (`1234`) is read all the same: its cell has the
        // schema's problem, and its point tells that it names no commune (the check leaves that to the schema).
        const written = cell(codeColumn)?.trim();
        if (!written || found.isMissing?.(codeColumn, written)) return undefined;
        let name = nameColumn === undefined ? '' : (cell(nameColumn)?.trim() ?? '');
        if (nameColumn !== undefined && found.isMissing?.(nameColumn, name)) name = '';
        let byName = cache.get(written);
        const known = byName?.get(name);
        if (known) return known;
        const code = written.toUpperCase();
        const entry = reading.commune(code);
        const commune: PointCommune = { code: written, ...(entry ? { name: entry.name } : {}) };
        check.checkRow(
          (column) => (column === codeColumn ? written : column === nameColumn ? name : undefined),
          (issue) => {
            const flag = commune.flag ? undefined : flagOf(issue);
            if (flag) commune.flag = flag;
          },
        );
        if (cached < MAX_CACHED) {
          if (!byName) cache.set(written, (byName = new Map()));
          byName.set(name, commune);
          cached++;
        }
        return commune;
      },
    };
    return reader;
  };
}
