// CONTRACT (issue #17, items 1–3): checking a JSON or GeoJSON dataset against a JSON Schema of the catalog.
// The types below are what the faces (CLI, language server, map) build on; the implementation lands with
// the engine branch. Until then `checkJsonDataset` throws.
import type { SidecarBinding } from '../metadata/findSidecar';
import type { Problem } from '../problems/problem';
import type { SettingMatch } from '../plan/projectSettings';

export type JsonDatasetKind = 'json' | 'geojson';

/** Where the schema in force comes from (first wins): option > `$schema` > sidecar > setting > detection. */
export type JsonSchemaSource = 'option' | 'dollar-schema' | 'sidecar' | 'setting' | 'detected' | 'geojson';

export interface JsonDatasetInputs {
  /** The whole document's text (BOM removed). */
  text: string;
  /** The file, when there is one (`.json`, `.geojson`). */
  path?: string;
  /** The document's metadata sidecar, if any (found by the face). */
  sidecar?: SidecarBinding;
  /** A schema named for this run only (the CLI's `--schema`). */
  option?: { ref: string; baseDir: string };
  /** The project's schema setting that applies to the file, if any. */
  setting?: SettingMatch;
  /** Whether a catalog JSON Schema the document's shape matches is applied when nothing names one. */
  detect: boolean;
}

export interface JsonDatasetReport {
  kind: JsonDatasetKind;
  /** The schema in force; undefined when none applies (then `problems` holds at most syntax problems). */
  schema?: { ref: string; id?: string; version?: string; title?: string; source: JsonSchemaSource };
  /**
   * Problems in document order, each on the exact key or value (line/column/offset in `text`). Schema
   * problems carry params `pointer` (the JSON pointer, e.g. `/marches/3/titulaires/0/id`), `field` (the
   * field's name as users know it, e.g. `titulaires.id`), and for GeoJSON features `feature` (0-based index
   * in `features`), so the map can show each feature's problems.
   */
  problems: Problem[];
  /** The parsed document (undefined when it does not parse). */
  value?: unknown;
}

/** Whether a path names a JSON dataset file by its extension (`.json`, `.geojson`). */
export function isJsonDatasetPath(file: string): boolean {
  return /\.(geo)?json$/i.test(file);
}

export function checkJsonDataset(_inputs: JsonDatasetInputs): JsonDatasetReport {
  throw new Error('checkJsonDataset: not implemented yet (engine branch of issue #17)');
}
