// The catalog for the schema picker of a JSON dataset: the catalog's JSON Schemas (by content: the
// datapackages catalogued as JSON Schema are left out), the one in force first, then by title. A choice is
// recorded in `opendataLint.schemas` like a CSV's, and the engine's plan reads it there (the command line too).
import { getDefaultCatalog, type SchemaCatalog } from '../engine/schema/catalog';
import type { RankedCatalogEntry } from '../protocol';
import type { JsonResult } from './jsonChecks';

export function catalogForJsonDocument(result: JsonResult | undefined, catalog: SchemaCatalog = getDefaultCatalog()): RankedCatalogEntry[] {
  const inForce = result?.report.schema?.id ?? result?.lastSchema?.id;
  const entries = catalog.list({ kind: 'jsonschema' }).filter((entry) => Object.values(catalog.index.schemas[entry.id]?.versions ?? {}).some((version) => version.content === 'jsonschema'));
  return entries.sort((a, b) => Number(b.id === inForce) - Number(a.id === inForce) || a.title.localeCompare(b.title, 'fr'));
}
