// The extension's settings as the server reads them (section `opendataLint`), with defaults.
import { type HygieneOptions, readHygieneLevels } from '../engine';

export interface ServerSettings {
  /** Diagnostics published per file before a summary takes over. */
  maxProblems: number;
  /** Glob → schema reference (catalog id, URL or path), first match wins. */
  schemas: Record<string, string>;
  /** Automatic detection of a catalog schema from the header. */
  detectSchema: boolean;
  /** Hygiene checks of files without a schema: severity (or `off`) per problem code. */
  hygiene: NonNullable<HygieneOptions['levels']>;
}

export const defaultSettings: ServerSettings = {
  maxProblems: 1000,
  schemas: {},
  detectSchema: true,
  hygiene: {},
};

export function readSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ServerSettings, unknown>>;
  const maxProblems = typeof value.maxProblems === 'number' && value.maxProblems > 0 ? Math.floor(value.maxProblems) : defaultSettings.maxProblems;
  const schemas: Record<string, string> = {};
  if (value.schemas && typeof value.schemas === 'object') {
    for (const [glob, ref] of Object.entries(value.schemas as Record<string, unknown>)) if (typeof ref === 'string') schemas[glob] = ref;
  }
  const detectSchema = typeof value.detectSchema === 'boolean' ? value.detectSchema : defaultSettings.detectSchema;
  return { maxProblems, schemas, detectSchema, hygiene: readHygieneLevels(value.hygiene) };
}
