// Keeps, of a failed `anyOf`/`oneOf`, the errors of the branch the value was meant for: a DECP 1.x
// contract that misspells `nature` fails both "marché" (one enum error) and "contrat de concession" (ten
// missing properties): the first is what to say. Each error is put in its branch by the schema node it
// comes from (ajv's `parentSchema`, kept with `verbose`), and the branch with the fewest errors wins. Linear
// in the number of errors: a branch's errors are the ones ajv wrote just before the alternative's own.
import type { AnySchemaObject, ErrorObject } from 'ajv';
import { GEOJSON_SCHEMAS } from './compileJsonSchema';

type SchemaNode = Record<string, unknown>;

function isWithin(path: string, at: string): boolean {
  return path === at || (path.length > at.length && path.startsWith(at) && path[at.length] === '/');
}

function follow(root: SchemaNode, ref: string): { node: SchemaNode; root: SchemaNode } | undefined {
  const external = /^https?:\/\/geojson\.org\/schema\/([\w.]+\.json)(#.*)?$/.exec(ref);
  const base = external ? (GEOJSON_SCHEMAS[external[1]] as SchemaNode | undefined) : root;
  if (!base) return undefined;
  const fragment = external ? (external[2] ?? '') : ref;
  if (fragment !== '' && !fragment.startsWith('#')) return undefined;
  let node: unknown = base;
  for (const part of fragment.slice(1).split('/').filter(Boolean)) node = node && typeof node === 'object' ? (node as SchemaNode)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return node && typeof node === 'object' ? { node: node as SchemaNode, root: base } : undefined;
}

/** Every schema object reachable from a branch (its `$ref`s followed), cached per branch object. */
const reachableCache = new WeakMap<object, Set<object>>();

function reachable(branch: SchemaNode, root: SchemaNode): Set<object> {
  const cached = reachableCache.get(branch);
  if (cached) return cached;
  const seen = new Set<object>();
  const stack: { node: unknown; root: SchemaNode }[] = [{ node: branch, root }];
  while (stack.length > 0) {
    const { node, root: base } = stack.pop()!;
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const record = node as SchemaNode;
    if (typeof record.$ref === 'string') {
      const target = follow(base, record.$ref);
      if (target) stack.push(target);
    }
    for (const child of Array.isArray(node) ? node : Object.values(record)) if (child && typeof child === 'object') stack.push({ node: child, root: base });
  }
  reachableCache.set(branch, seen);
  return seen;
}

/**
 * ajv's errors with each failed alternative reduced to the branch meant (or, when every branch only
 * disagrees on the type, to one type error naming all the types). `root` is the schema compiled, for
 * its `$ref`s.
 */
export function collapseBranches(errors: readonly ErrorObject[], root: AnySchemaObject | undefined): ErrorObject[] {
  const dropped = new Set<number>();
  const replaced = new Map<number, ErrorObject>();
  errors.forEach((alternative, index) => {
    if (alternative.keyword !== 'anyOf' && alternative.keyword !== 'oneOf') return;
    const at = alternative.instancePath;
    // oneOf also fails when two branches pass: then it is the alternative itself to say.
    if (alternative.keyword === 'oneOf' && (alternative.params as { passingSchemas?: unknown }).passingSchemas) return;
    const inside: number[] = [];
    for (let i = index - 1; i >= 0 && isWithin(errors[i].instancePath, at); i--) if (!dropped.has(i)) inside.push(i);
    const branches = Array.isArray(alternative.schema) ? (alternative.schema as SchemaNode[]) : [];
    const perBranch: number[][] = branches.map(() => []);
    const unplaced: number[] = [];
    for (const i of inside) {
      const from = errors[i].parentSchema;
      const branch = from ? branches.findIndex((b) => reachable(b, (root ?? {}) as SchemaNode).has(from)) : -1;
      if (branch >= 0) perBranch[branch].push(i);
      else unplaced.push(i);
    }
    dropped.add(index);
    const typeOnly = perBranch.every((list) => list.length === 1 && errors[list[0]].keyword === 'type' && errors[list[0]].instancePath === at);
    if (branches.length === 0 || (typeOnly && unplaced.length === 0)) {
      // Every branch wants another type: one type error naming them all.
      for (const i of inside) dropped.add(i);
      const types = [...new Set(inside.flatMap((i) => String((errors[i].params as { type?: unknown }).type ?? '').split(',')).filter(Boolean))];
      if (types.length > 0) replaced.set(index, { ...alternative, keyword: 'type', params: { type: types } });
      return;
    }
    // The branch meant: not one whose type the value does not even have, nor one whose `type` tag (GeoJSON's
    // "Point", DECP's `_type`) differs; then the one with the fewest errors.
    const score = (list: number[]): number =>
      list.reduce((sum, i) => {
        const error = errors[i];
        if (error.keyword === 'type' && error.instancePath === at) return sum + 1000;
        if ((error.keyword === 'const' || error.keyword === 'enum' || error.keyword === 'pattern') && /^\/_?type$/.test(error.instancePath.slice(at.length))) return sum + 100;
        return sum + 1;
      }, 0);
    const scores = perBranch.map(score);
    let best = 0;
    for (let b = 1; b < perBranch.length; b++) if (scores[b] < scores[best]) best = b;
    perBranch.forEach((list, b) => {
      if (b !== best) for (const i of list) dropped.add(i);
    });
  });
  const out: ErrorObject[] = [];
  errors.forEach((error, index) => {
    const replacement = replaced.get(index);
    if (replacement) out.push(replacement);
    else if (!dropped.has(index)) out.push(error);
  });
  return out;
}
