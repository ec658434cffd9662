// Problem codes of the checks on coordinates that every table gets, with a schema or without one.
import type { ProblemCodeInfo } from '../catalog';

export const coordinatesCodes = {
  /** A point outside France whose latitude and longitude, exchanged, fall in France: the map's "probably swapped". */
  'coordinates-swapped': { severity: 'warning', tags: ['row', 'cell'] },
} satisfies Record<string, ProblemCodeInfo>;
