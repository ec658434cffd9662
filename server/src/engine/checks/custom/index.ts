// The registry of Validata's custom checks, by the names schemas use: the historical names
// (french-siret-value, french-siren-value, nomenclature-actes-value) and the names Validata renamed
// them to (siret, siren, nomenclature-acte) both work.
import { cohesiveColumnsValue } from './cohesiveColumnsValue';
import { compareColumnsValue } from './compareColumnsValue';
import { frenchGpsCoordinates } from './frenchGpsCoordinates';
import { frenchSirenValue } from './frenchSirenValue';
import { frenchSiretValue } from './frenchSiretValue';
import { nomenclatureActesValue } from './nomenclatureActesValue';
import { oneOfRequired } from './oneOfRequired';
import { openingHoursValue } from './openingHoursValue';
import { phoneNumberValue } from './phoneNumberValue';
import { sumColumnsValue } from './sumColumnsValue';
import type { CustomCheckFactory } from './types';
import { yearIntervalValue } from './yearIntervalValue';

export const customCheckFactories: Record<string, CustomCheckFactory> = {
  'french-siret-value': frenchSiretValue,
  siret: frenchSiretValue,
  'french-siren-value': frenchSirenValue,
  siren: frenchSirenValue,
  'nomenclature-actes-value': nomenclatureActesValue,
  'nomenclature-acte': nomenclatureActesValue,
  'opening-hours-value': openingHoursValue,
  'phone-number-value': phoneNumberValue,
  'french-gps-coordinates': frenchGpsCoordinates,
  'one-of-required': oneOfRequired,
  'cohesive-columns-value': cohesiveColumnsValue,
  'compare-columns-value': compareColumnsValue,
  'sum-columns-value': sumColumnsValue,
  'year-interval-value': yearIntervalValue,
};

/** The check a schema names, or undefined for a name no version of Validata knows. */
export function customCheckFactory(name: string): CustomCheckFactory | undefined {
  return Object.prototype.hasOwnProperty.call(customCheckFactories, name) ? customCheckFactories[name] : undefined;
}

export { CustomCheckParamsError } from './types';
export type { CustomCheckFactory, CustomIssue, CustomRowCheck, RowAccess } from './types';
