// The one cheap look a big JSON document gets before it is checked: whether it may be a dataset at all. A
// 20 MB JSON file of no known shape (an export, a cache, a fixture) would otherwise be parsed whole on the
// check thread after every burst of typing, to learn each time that no schema applies. Its first
// SHAPE_CHARS are parsed leniently (jsonc-parser keeps what it read of a text cut short: the first
// records), and the engine's own detection is asked about that part: the shape it reads is the key paths of
// the first items of each list, which a text's start holds.
import { parse } from 'jsonc-parser';
import { detectJsonSchema, isGeoJsonValue, jsonKindOf } from '../engine';

/** Characters of a document's start whose shape is looked at (a few milliseconds to parse). */
export const SHAPE_CHARS = 512 * 1024;

/**
 * Whether a document may be a dataset, from its start: GeoJSON (by name or content), a `$schema` of its
 * own, or a catalog schema its shape matches (with detection on). When false, the full check would find
 * no schema either (nothing else names one: the caller asks this only then).
 */
export function mayBeDataset(head: string, file: string | undefined, detect: boolean): boolean {
  if (jsonKindOf(undefined, file) === 'geojson') return true;
  const value = parse(head, [], { allowTrailingComma: true, disallowComments: false }) as unknown;
  if (isGeoJsonValue(value)) return true;
  if (value && typeof value === 'object' && !Array.isArray(value) && '$schema' in value) return true;
  return detect && detectJsonSchema(value) !== undefined;
}
