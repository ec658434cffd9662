// `french-gps-coordinates`: the point lies in France, metropolitan or overseas. Validata checks one
// `geopoint` column ("lon, lat" by default, or the field's `array` / `object` format); we also accept
// a pair of columns (`latitude` + `longitude`) as many French files store them. When the point is
// outside France but its swap (lat ↔ lon) is inside, the issue is the distinct `swapped` variant
// (Validata's `reversed-french-gps-coordinates`), whose params carry what a quick fix rewrites. When the
// coordinates-swapped check reports the same row (the schema checker runs it first), the swap is its to
// say and fix: this check's error stays (Validata rejects the file) as the `swap-reported` variant.
import { franceTerritoryOf, type Territory } from '../../geo/franceBounds';
import type { ProblemParams } from '../../problems/problem';
import type { TableSchema, TableSchemaField } from '../../schema/tableSchema';
import { columnParam, type CheckParams } from './params';
import { fieldByName, parseFieldNumber } from './typedCells';
import { CustomCheckParamsError, type CustomCheckFactory, type CustomIssue, type CustomRowCheck, type RowAccess } from './types';

const CODE = 'french-gps-coordinates';

interface Point {
  lon: number;
  lat: number;
}

function inRange(point: Point): boolean {
  return Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180;
}

/** Parses a geopoint cell in the field's format; undefined when it is not one (a type-error). */
export function parseGeopoint(raw: string, format: string | undefined): Point | undefined {
  const text = raw.trim();
  let lon: unknown;
  let lat: unknown;
  if (format === 'array' || format === 'object') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (format === 'array' && Array.isArray(parsed) && parsed.length === 2) [lon, lat] = parsed;
    else if (format === 'object' && parsed !== null && typeof parsed === 'object') ({ lon, lat } = parsed as { lon?: unknown; lat?: unknown });
  } else {
    const parts = text.split(',');
    if (parts.length !== 2) return undefined;
    const numbers = parts.map((part) => parseFieldNumber(part));
    [lon, lat] = numbers;
  }
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  const point = { lon, lat };
  return inRange(point) ? point : undefined;
}

/** The same geopoint with its two numbers exchanged, written as the original was. */
export function swapGeopointText(raw: string, format: string | undefined): string {
  if (format === 'object') {
    const parsed = JSON.parse(raw) as { lon: number; lat: number };
    return JSON.stringify({ lon: parsed.lat, lat: parsed.lon });
  }
  // "lon, lat" or "[lon, lat]": exchange the two number texts, keep brackets, separator and spacing.
  const match = /^(\s*\[?\s*)([^,\s\]]+)(\s*,\s*)([^,\s\]]+)(\s*\]?\s*)$/.exec(raw);
  return match ? `${match[1]}${match[4]}${match[3]}${match[2]}${match[5]}` : raw;
}

function territoryParams(territory: Territory): ProblemParams {
  return { territory: territory.id, territoryFr: territory.name.fr, territoryEn: territory.name.en };
}

function geopointCheck(column: string, field: TableSchemaField | undefined): CustomRowCheck {
  const format = typeof field?.format === 'string' ? field.format : undefined;
  return {
    checkRow(row, report) {
      const value = row.value(column);
      if (value === undefined || row.isMissing(column)) return;
      const point = parseGeopoint(value, format);
      if (!point || franceTerritoryOf(point.lat, point.lon)) return;
      const swappedTerritory = franceTerritoryOf(point.lon, point.lat);
      const base = { column, value, lat: point.lat, lon: point.lon };
      if (swappedTerritory) {
        report({
          code: CODE,
          fieldName: column,
          params: { ...base, variant: 'swapped', swappedValue: swapGeopointText(value, format), ...territoryParams(swappedTerritory) },
        });
      } else report({ code: CODE, fieldName: column, params: base });
    },
  };
}

function numberIn(row: RowAccess, column: string, field: TableSchemaField | undefined): number | undefined {
  const value = row.value(column);
  if (value === undefined || row.isMissing(column)) return undefined;
  return parseFieldNumber(value, field);
}

function columnPairCheck(latitudeColumn: string, longitudeColumn: string, schema: TableSchema): CustomRowCheck {
  const latitudeField = fieldByName(schema, latitudeColumn);
  const longitudeField = fieldByName(schema, longitudeColumn);
  return {
    checkRow(row, report) {
      const lat = numberIn(row, latitudeColumn, latitudeField);
      const lon = numberIn(row, longitudeColumn, longitudeField);
      if (lat === undefined || lon === undefined || !inRange({ lat, lon })) return;
      if (franceTerritoryOf(lat, lon)) return;
      const base = {
        latitudeColumn,
        longitudeColumn,
        latitudeValue: row.value(latitudeColumn),
        longitudeValue: row.value(longitudeColumn),
        value: `${row.value(latitudeColumn)}, ${row.value(longitudeColumn)}`,
        lat,
        lon,
      };
      const swappedTerritory = franceTerritoryOf(lon, lat);
      if (swappedTerritory) {
        report({ code: CODE, fieldName: latitudeColumn, params: { ...base, variant: 'swapped', ...territoryParams(swappedTerritory) } });
      } else report({ code: CODE, fieldName: latitudeColumn, params: base });
    },
  };
}

function optionalColumn(params: CheckParams, ...names: string[]): string | undefined {
  return names.some((name) => params[name] !== undefined) ? columnParam(CODE, params, ...names) : undefined;
}

export const frenchGpsCoordinates: CustomCheckFactory = (params, schema) => {
  const latitude = optionalColumn(params, 'latitude', 'lat', 'latitude_column');
  const longitude = optionalColumn(params, 'longitude', 'lon', 'longitude_column');
  if (latitude !== undefined || longitude !== undefined) {
    if (latitude === undefined || longitude === undefined) {
      throw new CustomCheckParamsError({ kind: 'lat-lon-pair', param: latitude === undefined ? 'latitude' : 'longitude' }, CODE);
    }
    return columnPairCheck(latitude, longitude, schema);
  }
  const column = columnParam(CODE, params, 'column');
  return geopointCheck(column, fieldByName(schema, column));
};

/**
 * An issue of this check on a row that coordinates-swapped reports too: a `swapped` one keeps its error
 * (Validata's) without the swap's wording and fix (variant `swap-reported`); any other is left as it is.
 */
export function swapReportedApart(issue: CustomIssue): CustomIssue {
  if (issue.code !== CODE || issue.params.variant !== 'swapped') return issue;
  const { swappedValue: _swappedValue, ...params } = issue.params;
  return { ...issue, params: { ...params, variant: 'swap-reported' } };
}
