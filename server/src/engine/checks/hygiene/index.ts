// The hygiene checks of tables without a schema: the checker, its options and its codes (its fixes are in fixes/fixers/hygieneFixer.ts).
export { hygieneCodes, isHygieneCode, HYGIENE_CODES, type HygieneCode } from '../../problems/codes/hygieneCodes';
export { HygieneChecker, hygieneCheckers } from './hygieneChecker';
export { readHygieneLevels, hygieneLevels, type HygieneLevel, type HygieneOptions } from './hygieneOptions';
export { snakeCaseHeader, toSnakeCase, labelStyleReasons } from './labelStyle';
