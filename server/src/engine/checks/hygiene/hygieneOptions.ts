// Which hygiene checks run and how loud they are: the `opendataLint.hygiene` setting, a map from problem
// code to a severity or `off`, read once per validation.
import type { Severity } from '../../problems/problem';
import type { SchemaCatalog } from '../../schema/catalog';
import { hygieneCodes, isHygieneCode, type HygieneCode } from '../../problems/codes/hygieneCodes';

export type HygieneLevel = Severity | 'off';

export interface HygieneOptions {
  /** Severity per code, or 'off'; codes not listed keep their default. */
  levels?: Partial<Record<HygieneCode, HygieneLevel>>;
  /**
   * The catalog a header is matched against (schema/detect.ts, headerSchemaMatch): the columns a matching
   * catalog schema names get no advice that contradicts it. Default: the bundled catalog.
   */
  catalog?: SchemaCatalog;
  /** The year the table's data end (its sidecar's temporal coverage): see checks/geography. */
  dataYear?: number;
}

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads a settings value: unknown codes and levels are ignored (a typo must not silence other checks). */
export function readHygieneLevels(raw: unknown): Partial<Record<HygieneCode, HygieneLevel>> {
  const levels: Partial<Record<HygieneCode, HygieneLevel>> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return levels;
  for (const [code, level] of Object.entries(raw as Record<string, unknown>)) {
    if (!isHygieneCode(code) || typeof level !== 'string') continue;
    const normalized = level.toLowerCase() === 'info' ? 'information' : level.toLowerCase();
    if (LEVELS.includes(normalized)) levels[code] = normalized as HygieneLevel;
  }
  return levels;
}

/** The level in force for each code. */
export function hygieneLevels(options: HygieneOptions = {}): Record<HygieneCode, HygieneLevel> {
  const levels = {} as Record<HygieneCode, HygieneLevel>;
  for (const code of Object.keys(hygieneCodes) as HygieneCode[]) levels[code] = options.levels?.[code] ?? hygieneCodes[code].severity;
  return levels;
}
