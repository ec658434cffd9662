// ajv's errors over a JSON document → problems on the exact key or value, phrased for people: the field
// and the record it is in, the allowed values with the closest one, the known property names with the
// closest one. The ranges of all errors are found in one pass over the text (jsonLocations.ts).
import type { AnySchemaObject, ErrorObject } from 'ajv';
import { jsonType, nearest, suggestEnumValue } from '../metadata/ajvProblems';
import { makeProblem } from '../problems/makeProblem';
import { compareProblems, type Problem, type ProblemParams, type SourceRange } from '../problems/problem';
import { foldText } from '../text/fold';
import { collapseBranches } from './alternatives';
import { locatePointers, pointerSegments, type JsonLocation } from './jsonLocations';
import { placeOf, placeParams } from './jsonRecords';

const ENUM_SHOWN = 8;

/** A pattern that spells a YYYY-MM-DD date (DECP writes its dates so, not with `format: date`): phrased as a date. */
const DATE_PATTERN = /^\^?(\\d|\[0-9\])\{4\}\\?-(\\d|\[0-9\])\{2\}\\?-(\\d|\[0-9\])\{2\}\$?$/;

/** Variants of `json-invalid` with a message of their own for a format. */
const PHRASED_FORMATS = new Set(['date', 'date-time', 'time', 'email', 'uri']);

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value !== null && typeof value === 'object') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface Planned {
  error: ErrorObject;
  /** The pointer whose location the range is taken from, and which part of it. */
  at: string;
  part: 'value' | 'key' | 'keyOrHead';
}

function plan(error: ErrorObject): Planned {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { error, at: `${error.instancePath}/${escapeSegment(String(params.additionalProperty))}`, part: 'key' };
    case 'required':
      return { error, at: error.instancePath, part: 'keyOrHead' };
    case 'uniqueItems':
      return { error, at: `${error.instancePath}/${Math.max(Number(params.i), Number(params.j))}`, part: 'value' };
    default:
      return { error, at: error.instancePath, part: 'value' };
  }
}

function rangeOf(location: JsonLocation | undefined, part: Planned['part'], fallback: SourceRange): SourceRange {
  if (!location) return fallback;
  if (part === 'key') return location.key ?? location.head;
  if (part === 'keyOrHead') return location.key ?? location.head;
  // A list or an object: its key (or its opening bracket), not lines and lines of it.
  const multiline = location.value.start.line !== location.value.end.line;
  return multiline ? (location.key ?? location.head) : location.value;
}

export interface JsonSchemaProblemsInput {
  text: string;
  value: unknown;
  errors: readonly ErrorObject[];
  /** Where problems whose place cannot be found go (the start of the document). */
  fallback: SourceRange;
  /** The schema validated against (its `$ref`s tell which branch of an alternative an error comes from). */
  schema?: AnySchemaObject;
}

export interface JsonSchemaProblemsTiming {
  /** Milliseconds of the pass that finds the ranges. */
  locateMs: number;
}

export function jsonSchemaProblems(input: JsonSchemaProblemsInput, timing?: JsonSchemaProblemsTiming): Problem[] {
  const planned = collapseBranches(input.errors, input.schema).map(plan);
  const started = performance.now();
  const locations = locatePointers(input.text, new Set(planned.map((p) => p.at)));
  if (timing) timing.locateMs = performance.now() - started;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { error, at, part } of planned) {
    const segments = pointerSegments(error.instancePath);
    const params = error.params as Record<string, unknown>;
    const here: unknown = error.data;
    const place = placeParams(placeOf(segments, input.value));
    const range = rangeOf(locations.get(at), part, input.fallback);
    const base: ProblemParams = { pointer: error.instancePath, ...place };
    let problem: Problem;
    switch (error.keyword) {
      case 'additionalProperties': {
        const name = String(params.additionalProperty);
        const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
        const known = Object.keys(parent?.properties ?? {});
        problem = makeProblem('json-unknown-property', range, {
          ...base,
          pointer: at,
          parent: place.field,
          property: name,
          suggestion: known.find((k) => foldText(k) === foldText(name)) ?? nearest(name, known),
        });
        break;
      }
      case 'required':
        problem = makeProblem('json-invalid', range, { ...base, variant: 'required', missing: String(params.missingProperty), keyword: 'required' });
        break;
      case 'enum': {
        const allowedValues = (params.allowedValues as unknown[]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        problem = makeProblem('json-invalid', range, {
          ...base,
          variant: 'enum',
          keyword: 'enum',
          value: shown(here),
          allowed: allowedValues.length > ENUM_SHOWN ? [...allowedValues.slice(0, ENUM_SHOWN), '…'] : allowedValues,
          allowedCount: allowedValues.length,
          suggestion: suggestEnumValue(String(place.field ?? ''), here, allowedValues),
        });
        break;
      }
      case 'const':
        problem = makeProblem('json-invalid', range, { ...base, variant: 'const', keyword: 'const', value: shown(here), allowed: shown(params.allowedValue) ?? JSON.stringify(params.allowedValue) });
        break;
      case 'type': {
        const expected = ([] as string[]).concat(params.type as string | string[]).flatMap((t) => t.split(','));
        problem = makeProblem('json-invalid', range, { ...base, variant: 'type', keyword: 'type', expected, actual: jsonType(here), value: shown(here) });
        break;
      }
      case 'format': {
        const format = String(params.format);
        problem = makeProblem('json-invalid', range, { ...base, variant: PHRASED_FORMATS.has(format) ? `format-${format}` : 'format', keyword: 'format', format, value: shown(here) });
        break;
      }
      case 'pattern':
        problem = makeProblem('json-invalid', range, { ...base, variant: DATE_PATTERN.test(String(params.pattern)) ? 'pattern-date' : 'pattern', keyword: 'pattern', value: shown(here), pattern: String(params.pattern) });
        break;
      case 'minLength':
        problem = makeProblem('json-invalid', range, { ...base, variant: Number(params.limit) === 1 && here === '' ? 'empty' : 'minLength', keyword: 'minLength', limit: Number(params.limit), value: shown(here) });
        break;
      case 'maxLength':
        problem = makeProblem('json-invalid', range, { ...base, variant: 'maxLength', keyword: 'maxLength', limit: Number(params.limit), length: typeof here === 'string' ? [...here].length : undefined });
        break;
      case 'minimum':
      case 'exclusiveMinimum':
      case 'maximum':
      case 'exclusiveMaximum': {
        const variant = error.keyword.toLowerCase().includes('min') ? 'minimum' : 'maximum';
        const exclusive = params.comparison === '>' || params.comparison === '<';
        problem = makeProblem('json-invalid', range, { ...base, variant, keyword: error.keyword, limit: Number(params.limit), exclusive, value: shown(here) });
        break;
      }
      case 'minItems':
      case 'maxItems':
        problem = makeProblem('json-invalid', range, { ...base, variant: error.keyword, keyword: error.keyword, limit: Number(params.limit) });
        break;
      case 'uniqueItems': {
        const [first, second] = [Number(params.i), Number(params.j)].sort((x, y) => x - y);
        problem = makeProblem('json-invalid', range, { ...base, variant: 'uniqueItems', keyword: 'uniqueItems', first: first + 1, second: second + 1 });
        break;
      }
      default:
        // A rule our messages do not phrase one by one (not, dependencies, if/then…): named by its keyword;
        // ajv's English message is not kept, it would reach French users as it is.
        problem = makeProblem('json-invalid', range, { ...base, variant: 'other', keyword: error.keyword });
    }
    const id = `${problem.code}|${String(problem.params.variant)}|${problem.range.start.offset}|${problem.range.end.offset}|${String(problem.params.missing ?? problem.params.property ?? '')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (typeof place.field === 'string' && place.field) problem.fieldName = place.field;
    problems.push(problem);
  }
  return problems.sort(compareProblems);
}
