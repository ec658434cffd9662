// Public face of the French opening-hours converter used by the opening-hours quick fix.
export { parseOpeningHoursFr } from './parseOpeningHoursFr';
export { openingHoursProblem, sameOpeningHours } from './openingHoursLibrary';
export type { OpeningHoursConversion } from './types';
