// ajv's errors → problems on the exact YAML node (the value that is wrong, the key that is unknown, the
// object that lacks a property), with parameters for readable FR/EN messages and near-miss suggestions.
// Alternatives (anyOf) are collapsed to the branch the value was meant for; placeholders are left to
// the placeholder check.
import type { ErrorObject } from 'ajv';
import { makeProblem } from '../problems/makeProblem';
import { compareProblems, type Problem } from '../problems/problem';
import { foldText, levenshtein } from '../schema/catalog';
import { schemaAtPath, type DescriptorKind } from './descriptorSchemas';
import { isPlaceholder } from './placeholders';
import type { NodeRanges } from './nodeRanges';
import { vocabularyOfProperty } from './vocabulary';
import { pointerSegments, type PathSegment } from './yamlNodes';

export interface AjvMappingInput {
  kind: DescriptorKind;
  ranges: NodeRanges;
  value: unknown;
  errors: ErrorObject[];
}

/** `couverture_spatiale.maille`, `resources[0].path`, `mots_cles[2]`. */
export function displayPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/**
 * The property path as vocabularies name it (`couverture_spatiale.maille`): without sequence indexes,
 * and without the `resources[i]` of a datapackage (a resource's properties are the same everywhere).
 */
export function propertyKey(segments: readonly PathSegment[]): string {
  const inResource = segments[0] === 'resources' && segments.length > 2 ? segments.slice(2) : segments;
  return inResource.filter((s) => typeof s === 'string' && !/^\d+$/.test(s) && s !== '*').join('.');
}

function valueAt(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The JSON type of a value as JSON Schema names it (`integer` for whole numbers). */
export function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Keeps, for each failed anyOf, only the errors of the branch whose type matched; else one type error. */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  for (const alternative of errors) {
    if (alternative.keyword !== 'anyOf' && alternative.keyword !== 'oneOf') continue;
    const at = alternative.instancePath;
    const inside = errors.filter((e) => e !== alternative && !dropped.has(e) && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)) && e.keyword !== 'anyOf');
    const typeHere = inside.filter((e) => e.keyword === 'type' && e.instancePath === at);
    const meaningful = inside.filter((e) => !typeHere.includes(e));
    dropped.add(alternative);
    for (const e of typeHere) dropped.add(e);
    if (meaningful.length === 0) {
      const types = [...new Set(typeHere.flatMap((e) => String((e.params as { type: string | string[] }).type).split(',')))];
      added.push({ ...alternative, keyword: 'type', params: { type: types } });
    }
  }
  return [...errors.filter((e) => !dropped.has(e)), ...added];
}

/** Known property names at a path (for "did you mean" on unknown properties). */
function knownProperties(kind: DescriptorKind, segments: readonly string[]): string[] {
  const at = schemaAtPath(kind, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  return [...new Set((at?.alternatives ?? []).flatMap((s) => Object.keys(s.properties ?? {})))];
}

/** The allowed value closest to what was written: same words once folded, a vocabulary's label or code, or a typo away. */
export function suggestEnumValue(property: string, written: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof written !== 'string' && typeof written !== 'number') return undefined;
  const folded = foldText(String(written)).replace(/ /g, '-');
  if (!folded) return undefined;
  const strings = allowed.filter((a): a is string => typeof a === 'string');
  const exact = strings.find((a) => foldText(a).replace(/ /g, '-') === folded);
  if (exact) return exact;
  const vocabulary = (vocabularyOfProperty[property] ?? []).filter((entry) => strings.includes(entry.value));
  for (const entry of vocabulary) {
    const names = [entry.label.fr, entry.label.en, entry.scdl, entry.dataGouv].map((n) => foldText(n).replace(/ /g, '-'));
    if (names.includes(folded)) return entry.value;
  }
  const typo = nearest(folded, strings);
  if (typo) return typo;
  // A short name inside a value or a label ("ODbL" → odbl-1.0, "Licence Ouverte" → etalab-2.0): the first
  // entry of the vocabulary that has it, vocabularies listing the recommended values first.
  const words = ` ${folded.replace(/-/g, ' ')} `;
  if (words.trim().length < 3) return undefined;
  return vocabulary.find((entry) => [entry.value, entry.label.fr, entry.label.en, entry.scdl].some((n) => ` ${foldText(n)} `.includes(words)))?.value;
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(word.length / 4));
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

const ENUM_SHOWN = 8;

export function ajvProblems(input: AjvMappingInput): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of collapseAlternatives(input.errors)) {
    const segments = pointerSegments(error.instancePath);
    const here = valueAt(input.value, segments);
    if (isPlaceholder(here)) continue;
    const property = displayPath(segments);
    const key = propertyKey(segments);
    const params = error.params as Record<string, unknown>;
    let problem: Problem;
    switch (error.keyword) {
      case 'additionalProperties': {
        const name = String(params.additionalProperty);
        const known = knownProperties(input.kind, segments);
        problem = makeProblem('metadata-unknown-property', input.ranges.key([...segments, name]), {
          property: name,
          parent: property,
          suggestion: nearest(name, known) ?? known.find((k) => foldText(k) === foldText(name)),
        });
        break;
      }
      case 'required':
        problem = makeProblem('metadata-invalid', input.ranges.key(segments), { variant: segments.length ? 'required' : 'required-root', property, missing: String(params.missingProperty) });
        break;
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), {
          variant: 'enum',
          property,
          value: typeof here === 'object' ? JSON.stringify(here) : String(here),
          allowed: allowed.length > ENUM_SHOWN ? [...allowed.slice(0, ENUM_SHOWN), '…'] : allowed,
          allowedCount: allowed.length,
          suggestion: suggestEnumValue(key, here, allowed),
        });
        break;
      }
      case 'type': {
        const expected = ([] as string[]).concat(params.type as string | string[]).flatMap((t) => t.split(','));
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), { variant: segments.length ? 'type' : 'type-root', property, expected, actual: jsonType(here) });
        break;
      }
      case 'format':
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), { variant: `format-${String(params.format)}`, property, value: String(here), format: String(params.format), keyword: 'format' });
        break;
      case 'pattern':
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), { variant: key === 'name' ? 'pattern-name' : 'pattern', property, value: String(here), pattern: String(params.pattern) });
        break;
      case 'minLength':
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), { variant: params.limit === 1 ? 'empty' : 'minLength', property, limit: Number(params.limit) });
        break;
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minimum':
      case 'maximum':
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), { variant: error.keyword, property, limit: Number(params.limit), value: typeof here === 'object' ? undefined : String(here) });
        break;
      case 'uniqueItems': {
        const [first, second] = [Number(params.i), Number(params.j)].sort((x, y) => x - y);
        problem = makeProblem('metadata-invalid', input.ranges.value([...segments, String(second)]), { variant: 'uniqueItems', property, first: first + 1, second: second + 1 });
        break;
      }
      default:
        // A rule our messages do not phrase one by one: named by its JSON Schema keyword (ajv's English
        // message is not kept: it would reach French users as it is).
        problem = makeProblem('metadata-invalid', input.ranges.value(segments), { variant: 'other', property, keyword: error.keyword });
    }
    const id = `${problem.code}|${String(problem.params.variant)}|${problem.range.start.offset}|${problem.range.end.offset}|${String(problem.params.missing ?? '')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems.sort(compareProblems);
}
