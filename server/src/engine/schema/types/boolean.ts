// The `boolean` type: the field's trueValues/falseValues (spec defaults `true`/`True`/`TRUE`/`1` and their false twins).
import type { TableSchemaField } from '../tableSchema';
import type { CellKey, CellType } from './cellType';

export const DEFAULT_TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
export const DEFAULT_FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : fallback;
}

export function booleanValues(field: TableSchemaField): { trueValues: string[]; falseValues: string[] } {
  return { trueValues: stringList(field.trueValues, DEFAULT_TRUE_VALUES), falseValues: stringList(field.falseValues, DEFAULT_FALSE_VALUES) };
}

export function compileBoolean(field: TableSchemaField): CellType {
  const { trueValues, falseValues } = booleanValues(field);
  // Values are compared exactly, as the spec and Validata do (`Oui` is not `oui` unless listed).
  const lookup = new Map<string, boolean>();
  for (const value of falseValues) lookup.set(value, false);
  for (const value of trueValues) lookup.set(value, true);
  // A handful of short values: comparing with `===` (length first) beats hashing each fresh cell string.
  const words = [...lookup.keys()];
  const meanings = words.map((word) => lookup.get(word) as boolean);
  const parse =
    words.length <= 16
      ? (text: string): CellKey | undefined => {
          for (let i = 0; i < words.length; i++) if (words[i] === text) return meanings[i];
          return undefined;
        }
      : (text: string): CellKey | undefined => lookup.get(text);
  return {
    type: 'boolean',
    format: 'default',
    sample: trueValues[0] ?? 'true',
    parse,
    cast: parse,
    parseLiteral: (literal) => lookup.get(literal) ?? (literal === 'true' ? true : literal === 'false' ? false : undefined),
  };
}
