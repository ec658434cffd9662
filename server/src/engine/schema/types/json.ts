// The `object` and `array` types: JSON text holding an object or an array.
import type { CellKey, CellType } from './cellType';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object or array a cell holds, or undefined. */
export function readJsonCollection(text: string, kind: 'object' | 'array'): unknown[] | Record<string, unknown> | undefined {
  const value = parseJson(text);
  if (kind === 'array') return Array.isArray(value) ? value : undefined;
  return isPlainObject(value) ? value : undefined;
}

export function compileJson(kind: 'object' | 'array'): CellType {
  return {
    type: kind,
    format: 'default',
    sample: kind === 'array' ? '["valeur 1","valeur 2"]' : '{"nom":"valeur"}',
    // The key is the compact JSON text, so `[1, 2]` and `[1,2]` are the same value for unique and enum.
    parse(text: string): CellKey | undefined {
      const value = readJsonCollection(text, kind);
      return value === undefined ? undefined : JSON.stringify(value);
    },
    cast: (text) => readJsonCollection(text, kind),
    sizeOf(text: string): number {
      const value = readJsonCollection(text, kind);
      if (value === undefined) return 0;
      return Array.isArray(value) ? value.length : Object.keys(value).length;
    },
  };
}
