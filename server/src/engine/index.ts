// The engine's front door: everything the faces (the language server, the CLI, the client) use, by
// purpose. The faces import from here and nowhere deeper, so the engine can reorganise behind it.

// Problems: the model, the catalog of codes and their documentation.
export { compareProblems, severityRank, makeProblem, problemCodeInfo, problemDocUrl, defaultSeverity, allProblemCodes, isProblemCode } from './problems';
export type { Problem, ProblemCode, ProblemParams, Severity, SourcePosition, SourceRange, ProblemTag, ProblemCodeInfo } from './problems';

// Reading a table: bytes → text, dialect, cells and positions.
export { STOPPING_CODES } from './core/fileChecks';
export { detectNotCsvFormat, FORMAT_SAMPLE_CHARS, type NotCsvFormat } from './table/fileFormat';
export { bomLength, decodeBytes, decodeWith, encodeText, encodingErrorParams, encodingName, firstInvalidUtf8Char, hasUtf8Bom, isUtf16, looksBinary, looksBinaryText, UnencodableCharacter, utf16Of, type TextEncoding } from './table/decode';
export { defaultDialect, sniffDialect, type Dialect } from './table/dialect';
export {
  convertToUtf8,
  editorEncodingId,
  editorEncodingVerdict,
  encodingLabel,
  encodingVerdictProblem,
  fileEncodingOf,
  FileEncodingProbe,
  LossyConversion,
  type EditorEncodingVerdict,
  type FileEncodingFacts,
} from './table/fileEncoding';
export { CsvScanner } from './table/scanner';
export { positionInText } from './table/positions';
export { cellAtOffset, type CellAt } from './table/rowIndex';
export { TerminatorStats, type FirstTerminator } from './checks/structure';

// Planning a check: which schema applies (sidecar, project settings, catalog), and the checkers it runs.
export { planTable, planCheckers, type TablePlan } from './plan/tablePlan';
export { NO_SCHEMA_REF } from './plan/noSchema';
export { findProjectSettings, matchSchemaSetting, projectSchemaSetting, PROJECT_SETTINGS_FILE, type ProjectSettings, type SettingMatch } from './plan/projectSettings';
export type { SchemaInForce } from './schema/schemaInForce';

// Schemas: the catalog of schema.data.gouv.fr, loading a descriptor, inference.
export { foldText, getDefaultCatalog } from './schema/catalog';
export { catalogForHeader } from './schema/catalogRanking';
export { prepareSearch, searchSchemas, searchWords } from './schema/catalogSearch';
export { fieldsByColumn } from './schema/columnFields';
export { loadTableSchema, MAX_SCHEMA_BYTES } from './schema/loadSchema';
export type { TableSchema, TableSchemaField } from './schema/tableSchema';
export { inferSchema, inferenceSummaryParams, schemaJson, suggestSchema, suggestionParams, sidecarWithSchema } from './infer';
export { recordLabelTitles, type LabelRename } from './infer/sidecarSchema';

// Checking a table: whole text, streamed, or kept up to date edit by edit.
export { validateText, notATable, MOJIBAKE_SCAN_CHARS, type ProblemSink, type ValidateOptions, type ValidationReport } from './validate';
export { StreamValidator } from './validateStream';
export { IncrementalTable, type RowSpan } from './incremental/incrementalTable';
export { TablePass } from './incremental/tablePass';
export { LONG_ROW } from './incremental/rowReader';
export { lateSeverities, type LateSeverities } from './core/tableEnd';
export type { RowChecker } from './checks/rowChecker';
export { SchemaChecker } from './checks/schemaChecker';
export { schemaCheckers } from './checks/schemaCheckers';
export { readHygieneLevels, type HygieneOptions } from './checks/hygiene/hygieneOptions';

// Fixing: offers over a checked text, and fixing a whole text in rounds.
export { applyEdits, editsConflict, FixSession, allowedIn, fixableCodes, problemFixers } from './fixes';
export type { CellChange, CombinedFix, FixInput, FixMessage, FixMode, FixOffer, FixProposal, FixSafety, OffsetEdit } from './fixes';
export { fixText, DEFAULT_MAX_ROUNDS, type FixTextOptions, type FixTextResult } from './fixText';
export { isOpeningHoursField, openingHoursHoverParts, openingHoursProse } from './values/openingHoursProse';

// Metadata sidecars: finding, checking, drafting and completing them; the catalogue export.
export { checkSidecar, type SidecarReport } from './metadata/checkSidecar';
export { findSidecarFor, type SidecarBinding } from './metadata/findSidecar';
export { diskAccess, isTablePath, MAX_SIDECAR_BYTES, readSmallText, RESOURCE_SUFFIXES, sidecarKindOf, type FileAccess } from './metadata/sidecarFiles';
export { isInsidePath, walkFolder, walkFolderSync, WALK_MAX_DEPTH, WALK_MAX_ENTRIES } from './metadata/folderWalk';
export { CATALOGUE_SCHEMA_REF, exportCatalogue, findSidecarFiles, sidecarWalk } from './metadata/catalogueExport';
export { draftSidecar } from './metadata/draftSidecar';
export { completionContextAt } from './metadata/completionContext';
export { contextAtOffset, locate } from './metadata/yamlNodes';
export { schemaAtPath, type DescriptorKind, type JsonSchema } from './metadata/descriptorSchemas';
export { sidecarFix, yamlValue } from './metadata/sidecarFixes';
export { vocabularyOfProperty, type VocabularyEntry } from './metadata/vocabulary';
export { propertyKey } from './metadata/ajvProblems';
export { PACKAGE_SEARCH_DEPTH } from './metadata/resourceRefs';

// The map: points of a table's coordinate columns, and swapping a column pair.
export { computeMapPoints, findCoordinateColumns, swapCoordinatesEdits } from './geo/points';
export type { CommuneReader, MapCoordinateSource, MapPoint, MapPointsOptions, MapPointsResult, PointCommune, PointCommuneFlag } from './geo/points';
export { mapCommunes } from './checks/geography/mapCommunes';
export { computeMapFeatures, sniffGeoJson } from './geo/geoJsonFeatures';
export type { MapFeature, MapFeaturesResult, UnreadableFeature } from './geo/geoJsonFeatures';
export { territories } from './geo/franceBounds';

// JSON and GeoJSON datasets: checked against the catalog's JSON Schemas (DECP, ZFE, aménagements cyclables…).
export { checkJsonDataset, firstLineRange, isJsonDatasetPath, noJsonSchemaProblem } from './json/jsonDataset';
export type { JsonDatasetInputs, JsonDatasetKind, JsonDatasetReport, JsonDatasetTiming, JsonSchemaSource } from './json/jsonDataset';
export { planJsonDataset, jsonKindOf, type JsonPlan, type JsonPlanInputs, type JsonSchemaInForce } from './json/jsonPlan';
export { detectJsonSchema, isGeoJsonValue, type JsonSchemaCandidate } from './json/detectJsonSchema';
export { parseJsonText, type JsonParseResult } from './json/parseJson';
