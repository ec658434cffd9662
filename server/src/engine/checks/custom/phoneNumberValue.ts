// `phone-number-value`: the cell is a telephone number Validata accepts (French, short, or international).
import { diagnosePhoneNumber } from '../../values/frenchPhoneNumbers';
import { singleColumnCheck } from './singleColumn';
import type { CustomCheckFactory } from './types';

export const phoneNumberValue: CustomCheckFactory = (params) =>
  singleColumnCheck('phone-number-value', 'phone-number-value', params, (value) => {
    const verdict = diagnosePhoneNumber(value);
    return verdict && { params: { variant: verdict.failure, digitCount: verdict.digitCount, suggestion: verdict.suggestion } };
  });
