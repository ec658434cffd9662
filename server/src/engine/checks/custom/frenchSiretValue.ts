// `french-siret-value` (new name `siret`): the cell is a valid SIRET number (14 digits, Luhn, La Poste rule).
import { diagnoseCompanyId } from '../../values/companyIdentifiers';
import { singleColumnCheck } from './singleColumn';
import type { CustomCheckFactory } from './types';

export const frenchSiretValue: CustomCheckFactory = (params) =>
  singleColumnCheck('french-siret-value', 'french-siret-value', params, (value) => {
    const verdict = diagnoseCompanyId('siret', value);
    return verdict && { params: { variant: verdict.failure, digitCount: verdict.digitCount, suggestion: verdict.suggestion } };
  });
