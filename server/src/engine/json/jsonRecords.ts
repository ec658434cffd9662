// Names a JSON pointer the way people know the data: the record it is in (the 4th contract of
// `marches.marche`, the 13th feature) and the field inside it (`titulaires.titulaire.id`, or a GeoJSON
// feature's property `nom`), so messages never show `/marches/marche/3/titulaires/0/titulaire/id`.
import type { ProblemParams } from '../problems/problem';

export interface JsonPlace {
  /** The field as users name it: object keys after the record, list indexes left out. */
  field: string;
  /** The list the record is in (`marche`, `marches`, `feature`; '' for a list at the root). */
  recordName?: string;
  /** 1-based number of the record in its list. */
  recordNumber?: number;
  /** The record's own `id`, when it has a short one. */
  recordId?: string;
  /** GeoJSON: 0-based index of the feature in `features`. */
  feature?: number;
}

function isIndex(segment: string): boolean {
  return /^(0|[1-9]\d*)$/.test(segment);
}

/**
 * Where a pointer is: its record is the item of the first list on the way (the list of contracts, of
 * features, or the root list), its field the keys below. In a GeoJSON feature the keys of `properties`
 * are the fields themselves.
 */
export function placeOf(segments: readonly string[], document: unknown): JsonPlace {
  let current: unknown = document;
  for (let i = 0; i < segments.length; i++) {
    if (Array.isArray(current) && isIndex(segments[i])) {
      const index = Number(segments[i]);
      const item: unknown = current[index];
      const listName = i > 0 ? segments[i - 1] : '';
      const isFeature = listName === 'features' && i === 1;
      let rest = segments.slice(i + 1);
      if (isFeature && rest[0] === 'properties') rest = rest.slice(1);
      const record = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
      // A feature's id is often among its properties (ZFE: `properties.id`).
      const properties = isFeature && record?.properties && typeof record.properties === 'object' ? (record.properties as Record<string, unknown>) : undefined;
      const id = record?.id ?? properties?.id;
      return {
        field: rest.filter((s) => !isIndex(s)).join('.'),
        recordName: isFeature ? 'feature' : listName,
        recordNumber: index + 1,
        recordId: (typeof id === 'string' && id.length <= 60) || typeof id === 'number' ? String(id) : undefined,
        feature: isFeature ? index : undefined,
      };
    }
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segments[i]] : undefined;
  }
  return { field: segments.filter((s) => !isIndex(s)).join('.') };
}

/** The problem parameters of a place: `field`, `record` (e.g. `marche 4 (id 2024-001)`), and the parts messages phrase. */
export function placeParams(place: JsonPlace): ProblemParams {
  const record =
    place.recordNumber === undefined ? undefined : `${place.recordName || 'item'} ${place.recordNumber}${place.recordId === undefined ? '' : ` (id ${place.recordId})`}`;
  return {
    field: place.field,
    record,
    recordName: place.recordName,
    recordNumber: place.recordNumber,
    recordId: place.recordId,
    feature: place.feature,
  };
}
