// Compiles the catalog's JSON Schemas with ajv, each by the draft it declares (DECP 1.x is draft-04, DECP
// 2.x draft-07, the communication référentiel 2020-12), with the geojson.org schemas the GeoJSON ones
// `$ref` bundled from the `geojson-schema` package under both their https and http URLs: nothing is
// ever fetched. Compiled validators are cached per schema file.
import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv';
import type { RegExpEngine } from 'ajv/dist/types';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import featureSchema from 'geojson-schema/Feature.json';
import featureCollectionSchema from 'geojson-schema/FeatureCollection.json';
import geoJsonSchema from 'geojson-schema/GeoJSON.json';
import geometrySchema from 'geojson-schema/Geometry.json';
import geometryCollectionSchema from 'geojson-schema/GeometryCollection.json';
import lineStringSchema from 'geojson-schema/LineString.json';
import multiLineStringSchema from 'geojson-schema/MultiLineString.json';
import multiPointSchema from 'geojson-schema/MultiPoint.json';
import multiPolygonSchema from 'geojson-schema/MultiPolygon.json';
import pointSchema from 'geojson-schema/Point.json';
import polygonSchema from 'geojson-schema/Polygon.json';

export type JsonSchemaDraft = 'draft-04' | 'draft-07' | '2019-09' | '2020-12';

/** geojson.org's schemas (geojson-schema 1.0.5, MIT), by their file name. */
export const GEOJSON_SCHEMAS: Readonly<Record<string, AnySchemaObject>> = {
  'Feature.json': featureSchema,
  'FeatureCollection.json': featureCollectionSchema,
  'GeoJSON.json': geoJsonSchema,
  'Geometry.json': geometrySchema,
  'GeometryCollection.json': geometryCollectionSchema,
  'LineString.json': lineStringSchema,
  'MultiLineString.json': multiLineStringSchema,
  'MultiPoint.json': multiPointSchema,
  'MultiPolygon.json': multiPolygonSchema,
  'Point.json': pointSchema,
  'Polygon.json': polygonSchema,
};

export const GEOJSON_SCHEMA_BASE = 'https://geojson.org/schema/';

/** The draft a schema declares by its `$schema`; none (or an unknown one) reads as draft-07, ajv's default. */
export function draftOf(schema: unknown): JsonSchemaDraft {
  const declared = schema && typeof schema === 'object' ? (schema as Record<string, unknown>).$schema : undefined;
  const text = typeof declared === 'string' ? declared : '';
  if (/draft-0[34]\b/.test(text)) return 'draft-04';
  if (/2019-09/.test(text)) return '2019-09';
  if (/2020-12/.test(text)) return '2020-12';
  return 'draft-07';
}

type AjvInstance = Ajv | Ajv2019 | Ajv2020 | AjvDraft04;

/**
 * ajv compiles `pattern` with the `u` flag, under which the escapes many catalog schemas write (`\-`,
 * `\'`: DECP 1.x, infos-travaux) are syntax errors; such a pattern is read as JavaScript reads it without
 * the flag, which is what its authors tested it with.
 */
const lenientRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'lenientRegExp' },
);

const instances = new Map<JsonSchemaDraft, AjvInstance>();

function newAjv(draft: JsonSchemaDraft): AjvInstance {
  // `validateSchema: false`: a catalog schema with a small fault of its own (a misspelt keyword, a
  // draft-07 keyword in a draft-04 file) still validates data by the rules it does state.
  const options = { allErrors: true, verbose: true, inlineRefs: 100_000, strict: false, validateSchema: false, logger: false, code: { regExp: lenientRegExp } } as const;
  switch (draft) {
    case 'draft-04':
      return new AjvDraft04(options);
    case '2019-09':
      return new Ajv2019(options);
    case '2020-12':
      return new Ajv2020(options);
    default:
      return new Ajv(options);
  }
}

function ajvFor(draft: JsonSchemaDraft): AjvInstance {
  let ajv = instances.get(draft);
  if (ajv) return ajv;
  ajv = newAjv(draft);
  addFormats(ajv);
  for (const [file, schema] of Object.entries(GEOJSON_SCHEMAS)) {
    // geojson.org's schemas are draft-07; their rules read the same in every draft we compile, so their
    // `$schema` is dropped and they are registered by URL (draft-04 names ids `id`, not `$id`). Some
    // catalog schemas write http:// (metis-reseaux/infos-travaux): both are registered.
    const { $schema: _schema, $id: _id, ...body } = schema;
    for (const base of [GEOJSON_SCHEMA_BASE, GEOJSON_SCHEMA_BASE.replace('https:', 'http:')]) ajv.addSchema(body, `${base}${file}`);
  }
  instances.set(draft, ajv);
  return ajv;
}

export interface CompiledJsonSchema {
  validate: ValidateFunction;
  draft: JsonSchemaDraft;
  /** Milliseconds spent compiling (0 when it came from the cache). */
  compileMs: number;
}

const compiled = new Map<string, CompiledJsonSchema>();

/**
 * The validator of a schema, compiled once per `key` (the schema file's path). The schema's own root id is
 * replaced by one made from `key`: DECP 2.0.0, 2.0.1 and 2.0.2 all declare the same `$id`, which one ajv
 * instance would refuse twice. Throws when the schema does not compile.
 */
export function compileJsonSchema(schema: AnySchemaObject, key: string): CompiledJsonSchema {
  const cached = compiled.get(key);
  if (cached) return { ...cached, compileMs: 0 };
  const started = performance.now();
  const draft = draftOf(schema);
  const { $schema: _schema, $id: _id, id: _oldId, ...body } = schema;
  const own = `urn:opendata-lint:schema:${encodeURIComponent(key)}`;
  const rooted: AnySchemaObject = draft === 'draft-04' ? { ...body, id: own } : { ...body, $id: own };
  const validate = ajvFor(draft).compile(rooted);
  const result = { validate, draft, compileMs: performance.now() - started };
  compiled.set(key, result);
  return result;
}

/** The plain GeoJSON schema of a document without a dataset schema: a FeatureCollection, or one Feature. */
export function geoJsonValidator(type: 'FeatureCollection' | 'Feature'): CompiledJsonSchema {
  const ajv = ajvFor('draft-07');
  const started = performance.now();
  const validate = ajv.getSchema(`${GEOJSON_SCHEMA_BASE}${type}.json`);
  if (!validate) throw new Error(`GeoJSON schema ${type} is not registered`);
  return { validate, draft: 'draft-07', compileMs: performance.now() - started };
}
