// Reading a custom check's `params` from a schema: column names, lists of columns and flags, with a
// CustomCheckParamsError that says which parameter is unusable when a schema gets them wrong.
import { CustomCheckParamsError } from './types';

export type CheckParams = Record<string, unknown>;

/** The value found, as JSON (undefined when the parameter is absent). */
function given(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** The first of `names` present in params, as a non-empty string (aliases: `column1` / `column`). */
export function columnParam(checkName: string, params: CheckParams, ...names: string[]): string {
  for (const name of names) {
    const value = params[name];
    if (value === undefined) continue;
    if (typeof value === 'string' && value !== '') return value;
    throw new CustomCheckParamsError({ kind: 'not-a-column', param: name, given: given(value) }, checkName);
  }
  throw new CustomCheckParamsError({ kind: 'missing', param: names[0] }, checkName);
}

/** A non-empty list of column names (a single name is accepted as a list of one). */
export function columnListParam(checkName: string, params: CheckParams, name: string): string[] {
  const value = params[name];
  const list = typeof value === 'string' ? [value] : value;
  if (Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === 'string' && item !== '')) {
    return list as string[];
  }
  throw new CustomCheckParamsError(value === undefined ? { kind: 'missing', param: name } : { kind: 'not-a-column-list', param: name, given: given(value) }, checkName);
}

/** Validata reads yes/no flags as the strings "yes" or "true"; a JSON boolean is accepted too. */
export function flagParam(params: CheckParams, name: string): boolean {
  const value = params[name];
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && ['yes', 'true'].includes(value.trim().toLowerCase());
}
