// `french-siren-value` (new name `siren`): the cell is a valid SIREN number (9 digits, Luhn).
import { diagnoseCompanyId } from '../../values/companyIdentifiers';
import { singleColumnCheck } from './singleColumn';
import type { CustomCheckFactory } from './types';

export const frenchSirenValue: CustomCheckFactory = (params) =>
  singleColumnCheck('french-siren-value', 'french-siren-value', params, (value) => {
    const verdict = diagnoseCompanyId('siren', value);
    return verdict && { params: { variant: verdict.failure, digitCount: verdict.digitCount, suggestion: verdict.suggestion } };
  });
