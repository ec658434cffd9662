// Every custom message between the extension client and the language server, named once and typed,
// imported by both sides (client/src and server/src) so no method string is written twice.
import { NotificationType, RequestType, RequestType0, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { MapFeature, MapFeaturesResult, UnreadableFeature } from './engine/geo/geoJsonFeatures';
import type { MapCoordinateSource, MapPointsResult } from './engine/geo/points';
import type { Severity } from './engine/problems/problem';
import type { RankedCatalogEntry } from './engine/schema/catalogRanking';
export type { HeaderMatch, RankedCatalogEntry } from './engine/schema/catalogRanking';

/** The schema that applies to a document, and why (for the status bar and the code lens). */
export interface SchemaInForce {
  uri: string;
  /** Catalog reference (`id@version`), URL or path; undefined when only structural checks apply. */
  ref?: string;
  title?: string;
  id?: string;
  version?: string;
  /**
   * Where the choice came from; a JSON dataset's may also be `document` (its own `$schema`) or `geojson`
   * (no catalog schema: the GeoJSON specification's).
   */
  source: 'sidecar' | 'setting' | 'choice' | 'detected' | 'document' | 'geojson' | 'none';
  /** A schema reference that could not be resolved (shown as a warning in the status bar). */
  error?: string;
  errors: number;
  warnings: number;
}

export namespace SchemaInForceNotification {
  export const method = 'opendataLint/schemaInForce';
  export const type = new NotificationType<SchemaInForce>(method);
}

export interface CatalogEntry {
  id: string;
  title: string;
  description: string;
  versions: string[];
  latest: string;
}

export namespace CatalogRequest {
  export const method = 'opendataLint/catalog';
  export const type = new RequestType0<CatalogEntry[], void>(method);
}

/**
 * The catalog's Table Schemas for the picker of one document: detected from its header first, then those
 * sharing its columns, then by title; with what the picker's search reads (engine/schema/catalogSearch.ts).
 */
export namespace CatalogForDocumentRequest {
  export const method = 'opendataLint/catalogForDocument';
  export const type = new RequestType<{ uri: string }, RankedCatalogEntry[], void>(method);
}

export namespace SchemaForDocumentRequest {
  export const method = 'opendataLint/schemaForDocument';
  export const type = new RequestType<{ uri: string }, SchemaInForce | null, void>(method);
}

/** Commands the server's code actions and code lenses ask the client to run. */
export const ClientCommands = {
  /** Arguments: uri (string), schema reference (string). Records the choice in the workspace settings. */
  useSchema: 'opendataLint.useSchema',
  /** Arguments: uri (string). Opens the catalog quick pick for that document. */
  pickSchema: 'opendataLint.pickSchema',
  /** Arguments: uri (string), row (Frictionless row number). Exchanges that row's latitude and longitude. */
  swapCoordinates: 'opendataLint.swapCoordinates',
  /** Arguments: uri (string or Uri), optional. Opens the map of the document's points beside it. */
  showMap: 'opendataLint.showMap',
  /** Arguments: uri (string), line (number, optional). Opens a file (a CSV's sidecar, a sidecar's CSV). */
  openFile: 'opendataLint.openFile',
  /** Arguments: uri of a CSV (string), optional. Writes its `.resource.yaml` sidecar (SidecarDraftRequest) and opens it. */
  createSidecar: 'opendataLint.createSidecar',
  /** Arguments: folder uri (string), optional. Writes the folder's SCDL catalogue (CatalogueExportRequest). */
  exportCatalogue: 'opendataLint.exportCatalogue',
  /** Arguments: uri of a CSV (string), optional. Writes a Table Schema inferred from it (InferSchemaRequest) beside it and opens it. */
  inferSchema: 'opendataLint.inferSchema',
  /** Arguments: uri (string), VS Code encoding id (`windows1252`, `utf16le`…). Opens the document again decoded with it. */
  reopenWithEncoding: 'opendataLint.reopenWithEncoding',
  /** Arguments: uri (string). Writes the file as UTF-8 (its text decoded with its real encoding), with a backup and an undo. */
  convertToUtf8: 'opendataLint.convertToUtf8',
} as const;

/** The content of a new metadata sidecar for a CSV, computed by the engine (the client writes the file). */
export interface SidecarDraft {
  /** Where to write it: `foo.resource.yaml` beside `foo.csv`. */
  uri: string;
  content: string;
  /** A sidecar already exists there (the client opens it rather than overwriting it). */
  exists: boolean;
}

export namespace SidecarDraftRequest {
  export const method = 'opendataLint/sidecarDraft';
  export const type = new RequestType<{ uri: string }, SidecarDraft | null, void>(method);
}

/** A folder's sidecars as an SCDL catalogue CSV (scdl/catalogue). */
export interface CatalogueExport {
  csv: string;
  datasets: number;
  /** Sidecars whose rows have empty required columns, with those columns. */
  incomplete: { uri: string; missing: string[] }[];
  /** Sidecars that could not be read. */
  skipped: string[];
}

export namespace CatalogueExportRequest {
  export const method = 'opendataLint/catalogueExport';
  export const type = new RequestType<{ folderUri: string }, CatalogueExport, void>(method);
}

/** The points of a document for the map (engine/geo/points.ts), for the version the server holds. */
export namespace MapPointsRequest {
  export const method = 'opendataLint/mapPoints';
  export const type = new RequestType<{ uri: string }, (MapPointsResult & { uri: string; version: number }) | null, void>(method);
}

/** A problem of a GeoJSON feature as the map's popup shows it: the message in the editor's language. */
export interface MapFeatureProblem {
  code: string;
  severity: Severity;
  message: string;
  /** Where it lies in the text (0-based lines, UTF-16 characters), for the popup to select it. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** What the map knows of a feature's problems (the first few, all counted). */
export interface FeatureProblems {
  problems: MapFeatureProblem[];
  problemCount: number;
}

/** The features of a GeoJSON document for the map (engine/geo/geoJsonFeatures.ts), each with its problems. */
export interface MapFeaturesReply extends Omit<MapFeaturesResult, 'features' | 'unreadable'> {
  uri: string;
  version: number;
  features: (MapFeature & FeatureProblems)[];
  unreadable: (UnreadableFeature & FeatureProblems)[];
  /** Problems of the document tied to no feature (its syntax, the collection's own members). */
  otherProblems: number;
  /** Whether the problems come from a check of this very version (else the features come without them). */
  checked: boolean;
}

/** The features of a GeoJSON document (the same map page as a table's points), for the version the server holds. */
export namespace MapFeaturesRequest {
  export const method = 'opendataLint/mapFeatures';
  export const type = new RequestType<{ uri: string }, MapFeaturesReply | null, void>(method);
}

/** Where a document keeps its coordinates, if anywhere (cheap: for the "Show on map" code lens). */
export namespace MapCoordinateColumnsRequest {
  export const method = 'opendataLint/mapCoordinateColumns';
  export const type = new RequestType<{ uri: string }, MapCoordinateSource | null, void>(method);
}

/** The edit that exchanges a row's latitude and longitude (null when it cannot be done safely). */
export namespace SwapCoordinatesEditRequest {
  export const method = 'opendataLint/swapCoordinatesEdit';
  export const type = new RequestType<{ uri: string; row: number }, WorkspaceEdit | null, void>(method);
}

/** A Table Schema inferred from a table, ready to write beside it (schema inference, #9). */
export interface InferredSchemaFile {
  /** Where to write it: `schema.json` in the table's folder. */
  uri: string;
  /** The schema as JSON text. */
  content: string;
  /** What was inferred, in the editor's language. */
  summary: string;
  /** The closest schema of the catalog, when the file resembles one: its reference and the message with the differences. */
  suggestion?: { ref: string; message: string };
  /** The metadata sidecar that describes the table, if it has one. */
  sidecarUri?: string;
}

export namespace InferSchemaRequest {
  export const method = 'opendataLint/inferSchema';
  export const type = new RequestType<{ uri: string }, InferredSchemaFile | null, void>(method);
}

/** The table's sidecar recording a schema file, by reference (`schema: schema.json`) or inline (a new sidecar when it has none). */
export namespace SidecarSchemaRequest {
  export const method = 'opendataLint/sidecarSchema';
  export const type = new RequestType<{ uri: string; schemaUri: string; placement: 'reference' | 'inline' }, { uri: string; content: string; existed: boolean } | null, void>(method);
}
