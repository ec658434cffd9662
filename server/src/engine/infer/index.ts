// Schema inference: a Table Schema from a table without one, and the catalog schema it is closest to.
export { inferSchema, inferenceSummaryParams, schemaJson, schemaNameOf, type ColumnInference, type InferOptions, type InferredSchema } from './inferSchema';
export { FRENCH_CODES, type FrenchCodeKind } from './frenchCodes';
export { suggestSchema, suggestionParams, typesCompatible, type SchemaSuggestion, type TypeMismatch } from './suggestSchema';
export { setSidecarSchema, sidecarWithSchema, type SchemaPlacement, type SidecarEdit, type SidecarLocation } from './sidecarSchema';
