// Validates a document's long list of records (DECP contracts, GeoJSON features) in slices. ajv's code
// joins the errors of each failing item validated through a `$ref` with `vErrors.concat(…)`, which copies
// every error found so far: 40,000 contracts each with an error cost 3.5 s in copies alone, and twice the
// contracts four times that. Slices of a few thousand items keep the copies small; the errors are the same
// (their indexes put back), as long as no rule reads the list as a whole — which is checked in the schema —
// or the rule is one checked here on the whole list: minItems, maxItems, and uniqueItems (DECP 1.x puts it
// on its 40,000 contracts; ajv compares every pair of objects, here each item is hashed once).
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import { GEOJSON_SCHEMAS } from './compileJsonSchema';

/** Items validated at once; a list whose items must be unique in smaller slices, since ajv compares each pair of a slice. */
export const SLICE_ITEMS = 2000;
const UNIQUE_SLICE_ITEMS = 50;

/** Keywords that read a list as a whole, checked here on the whole list when it is sliced. */
const LIST_RULES = ['minItems', 'maxItems', 'uniqueItems'] as const;

/** Other keywords that read a list as a whole: with one of them on the list, it is not sliced. */
const WHOLE_LIST_RULES = ['contains', 'minContains', 'maxContains', 'unevaluatedItems', 'additionalItems', 'prefixItems'];

/** The rules on a sliced list, checked on the whole of it. */
export interface ListRules {
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/**
 * Keywords of an enclosing schema whose verdict could depend on the list's content: the list is not sliced under
 * them. `anyOf` / `oneOf` too: each slice could pass through another branch where the whole list passes none.
 */
const CONTENT_DEPENDENT = ['if', 'not', 'anyOf', 'oneOf', 'dependencies', 'dependentSchemas', 'unevaluatedProperties', 'patternProperties', 'propertyNames'];

type SchemaNode = Record<string, unknown>;

function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  const external = /^https?:\/\/geojson\.org\/schema\/([\w.]+\.json)$/.exec(ref);
  if (external) return GEOJSON_SCHEMAS[external[1]] as SchemaNode | undefined;
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    node = node && typeof node === 'object' ? (node as SchemaNode)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** A schema with its `$ref`s and combinators expanded: every schema that applies at the same place; undefined when one cannot be followed. */
function expand(root: SchemaNode, node: SchemaNode, out: SchemaNode[], depth = 0): boolean {
  if (depth > 20) return false;
  out.push(node);
  const ref = node.$ref;
  if (typeof ref === 'string') {
    // geojson.org's schemas (http or https) are read from the package; their own `#/…` refs from them.
    const target = resolveRef(root, ref);
    if (!target || !expand(/^https?:/.test(ref) ? target : root, target, out, depth + 1)) return false;
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const branch of branches) if (branch && typeof branch === 'object' && !expand(root, branch as SchemaNode, out, depth + 1)) return false;
  }
  return true;
}

/**
 * Whether the list at `segments` can be validated in slices, and the rules on the whole list to check then:
 * every schema on the way to it is followed, none reads the list as a whole but by the rules checked here,
 * and no enclosing rule could judge the document by the list's content. Undefined when it cannot.
 */
export function sliceRules(schema: AnySchemaObject, segments: readonly string[]): ListRules | undefined {
  const root = schema as SchemaNode;
  let here: SchemaNode[] = [];
  if (!expand(root, root, here)) return undefined;
  for (const segment of segments) {
    if (here.some((node) => CONTENT_DEPENDENT.some((key) => key in node))) return undefined;
    const next: SchemaNode[] = [];
    for (const node of here) {
      const properties = node.properties as Record<string, unknown> | undefined;
      const child = properties?.[segment];
      if (child && typeof child === 'object' && !expand(root, child as SchemaNode, next)) return undefined;
    }
    here = next;
  }
  if (here.length === 0 || here.some((node) => WHOLE_LIST_RULES.some((key) => key in node) || CONTENT_DEPENDENT.some((key) => key in node) || Array.isArray(node.items))) return undefined;
  const rules: ListRules = {};
  for (const node of here) {
    if (typeof node.minItems === 'number') rules.minItems = Math.max(rules.minItems ?? 0, node.minItems);
    if (typeof node.maxItems === 'number') rules.maxItems = Math.min(rules.maxItems ?? Infinity, node.maxItems);
    if (node.uniqueItems === true) rules.uniqueItems = true;
  }
  return rules;
}

/** A value's text with object keys sorted: two items are equal (JSON Schema's equality) when theirs are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The errors of the whole-list rules, shaped as ajv's. */
function listRuleErrors(items: unknown[], rules: ListRules, instancePath: string): ErrorObject[] {
  const error = (keyword: string, params: Record<string, unknown>): ErrorObject => ({ instancePath, schemaPath: `#/${keyword}`, keyword, params, message: keyword, data: items });
  const errors: ErrorObject[] = [];
  if (rules.minItems !== undefined && items.length < rules.minItems) errors.push(error('minItems', { limit: rules.minItems }));
  if (rules.maxItems !== undefined && items.length > rules.maxItems) errors.push(error('maxItems', { limit: rules.maxItems }));
  if (rules.uniqueItems) {
    const seen = new Map<string, number>();
    for (let index = 0; index < items.length; index++) {
      const key = canonical(items[index]);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push(error('uniqueItems', { i: index, j: first }));
        break;
      }
      seen.set(key, index);
    }
  }
  return errors;
}

/** The longest list of records within two levels of the root (`marches`, `marches.marche`, `features`), if long enough to slice. */
export function recordListPath(value: unknown): string[] | undefined {
  let best: { segments: string[]; length: number } | undefined;
  const consider = (node: unknown, segments: string[]): void => {
    if (Array.isArray(node)) {
      if (node.length > SLICE_ITEMS && (!best || node.length > best.length)) best = { segments, length: node.length };
      return;
    }
    if (!node || typeof node !== 'object' || segments.length >= 2) return;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) consider(child, [...segments, key]);
  };
  if (value && typeof value === 'object' && !Array.isArray(value)) consider(value, []);
  return best?.segments;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The document with the list at `segments` replaced by `items` (the objects on the way are copied, not changed). */
function withList(value: unknown, segments: readonly string[], items: unknown[]): unknown {
  if (segments.length === 0) return items;
  const record = value as Record<string, unknown>;
  return { ...record, [segments[0]]: withList(record[segments[0]], segments.slice(1), items) };
}

/**
 * ajv's errors for the document, its list at `segments` validated in slices of SLICE_ITEMS items. Errors
 * outside the list's items are the same in every slice: those of the first are kept; the whole-list rules
 * are checked on the whole list.
 */
export function validateInSlices(validate: ValidateFunction, value: unknown, segments: readonly string[], rules: ListRules): ErrorObject[] {
  let list: unknown = value;
  for (const segment of segments) list = (list as Record<string, unknown>)[segment];
  const items = list as unknown[];
  const prefix = segments.map((s) => `/${escapeSegment(s)}`).join('');
  const errors: ErrorObject[] = listRuleErrors(items, rules, prefix);
  const size = rules.uniqueItems ? UNIQUE_SLICE_ITEMS : SLICE_ITEMS;
  for (let from = 0; from < items.length; from += size) {
    validate(withList(value, segments, items.slice(from, from + size)));
    for (const error of validate.errors ?? []) {
      const inItem = error.instancePath.startsWith(`${prefix}/`) ? /^\/(\d+)(.*)$/.exec(error.instancePath.slice(prefix.length)) : null;
      if (!inItem) {
        const listRule = error.instancePath === prefix && (LIST_RULES as readonly string[]).includes(error.keyword);
        if (from === 0 && !listRule) errors.push(error);
        continue;
      }
      const index = Number(inItem[1]) + from;
      errors.push({ ...error, instancePath: `${prefix}/${index}${inItem[2]}` });
    }
  }
  return errors;
}
