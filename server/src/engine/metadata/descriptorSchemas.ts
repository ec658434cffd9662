// The JSON Schemas of sidecars (schemas/resource.schema.json, schemas/datapackage.schema.json), compiled
// once with ajv, and a walker that finds the subschema of a property path for completion and hover.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import packageSchemaJson from '../../../../schemas/datapackage.schema.json';
import resourceSchemaJson from '../../../../schemas/resource.schema.json';

export type DescriptorKind = 'resource' | 'package';

/** The part of JSON Schema these two files use. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
  description?: string;
  'x-description-en'?: string;
  format?: string;
  pattern?: string;
  examples?: unknown[];
  [keyword: string]: unknown;
}

export const RESOURCE_SCHEMA_ID = 'resource.schema.json';
export const PACKAGE_SCHEMA_ID = 'datapackage.schema.json';

const roots: Record<string, JsonSchema> = {
  [RESOURCE_SCHEMA_ID]: resourceSchemaJson as unknown as JsonSchema,
  [PACKAGE_SCHEMA_ID]: packageSchemaJson as unknown as JsonSchema,
};

let validators: Record<DescriptorKind, ValidateFunction> | undefined;

function compile(): Record<DescriptorKind, ValidateFunction> {
  // strict: false because the schemas carry documentation keywords of our own (x-description-en).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ['date', 'uri', 'email']);
  ajv.addSchema(roots[RESOURCE_SCHEMA_ID], RESOURCE_SCHEMA_ID);
  ajv.addSchema(roots[PACKAGE_SCHEMA_ID], PACKAGE_SCHEMA_ID);
  return { resource: ajv.getSchema(RESOURCE_SCHEMA_ID)!, package: ajv.getSchema(PACKAGE_SCHEMA_ID)! };
}

/** Validates a descriptor; errors in ajv's form (mapped to YAML nodes by ajvProblems.ts). */
export function validateDescriptor(kind: DescriptorKind, value: unknown): ErrorObject[] {
  validators ??= compile();
  const validate = validators[kind];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export function rootSchema(kind: DescriptorKind): JsonSchema {
  return roots[kind === 'resource' ? RESOURCE_SCHEMA_ID : PACKAGE_SCHEMA_ID];
}

/** Follows `$ref`s (`#/definitions/x`, `resource.schema.json#/definitions/x`, `resource.schema.json`). */
export function dereference(schema: JsonSchema, base: string): { schema: JsonSchema; base: string } {
  let current = schema;
  let currentBase = base;
  // The referring schema's documentation wins (a `$ref` with a description beside it).
  let description = schema.description;
  let english = schema['x-description-en'];
  for (let i = 0; i < 10 && current.$ref; i++) {
    const [file, pointer = ''] = current.$ref.split('#');
    const targetBase = file || currentBase;
    let target: unknown = roots[targetBase];
    for (const segment of pointer.split('/').filter(Boolean)) target = (target as Record<string, unknown> | undefined)?.[segment];
    if (!target || typeof target !== 'object') break;
    current = target as JsonSchema;
    currentBase = targetBase;
    description ??= current.description;
    english ??= current['x-description-en'];
  }
  const documented = description === current.description && english === current['x-description-en'] ? current : { ...current, description, 'x-description-en': english };
  return { schema: documented, base: currentBase };
}

/** The alternatives a schema allows (its anyOf branches, each dereferenced), or itself. */
function branches(schema: JsonSchema, base: string): { schema: JsonSchema; base: string }[] {
  const here = dereference(schema, base);
  if (!here.schema.anyOf) return [here];
  return here.schema.anyOf.map((branch) => dereference(branch, here.base));
}

export interface SchemaAtPath {
  /** Every alternative the schema allows at that path. */
  alternatives: JsonSchema[];
  /** The documentation of the property itself (from the schema that names it). */
  doc?: JsonSchema;
}

/** The schema of a property path (segments; '*' or a number for a sequence item). */
export function schemaAtPath(kind: DescriptorKind, path: readonly (string | number)[]): SchemaAtPath | undefined {
  let current: { schema: JsonSchema; base: string }[] = [{ schema: rootSchema(kind), base: kind === 'resource' ? RESOURCE_SCHEMA_ID : PACKAGE_SCHEMA_ID }];
  let doc: JsonSchema | undefined = current[0].schema;
  for (const segment of path) {
    const next: { schema: JsonSchema; base: string }[] = [];
    for (const option of current.flatMap((c) => branches(c.schema, c.base))) {
      if (typeof segment === 'number' || segment === '*') {
        const items = option.schema.items;
        if (items && !Array.isArray(items)) next.push({ schema: items, base: option.base });
        else if (Array.isArray(items)) {
          const item = typeof segment === 'number' ? items[segment] : items[0];
          if (item) next.push({ schema: item, base: option.base });
        }
      } else {
        const property = option.schema.properties?.[segment];
        if (property) next.push({ schema: property, base: option.base });
      }
    }
    if (next.length === 0) return undefined;
    doc = dereference(next[0].schema, next[0].base).schema;
    current = next;
  }
  return { alternatives: current.flatMap((c) => branches(c.schema, c.base)).map((b) => b.schema), doc };
}
