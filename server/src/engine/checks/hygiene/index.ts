// The hygiene checks of tables without a schema: the checker, its options, its fixes and its codes.
export { hygieneCodes, isHygieneCode, HYGIENE_CODES, type HygieneCode } from '../../problems/codes/hygieneCodes';
export { HygieneChecker, hygieneCheckers } from './hygieneChecker';
export { hygieneFixer } from './hygieneFixer';
export { readHygieneLevels, hygieneLevels, type HygieneLevel, type HygieneOptions } from './hygieneOptions';
export { snakeCaseHeader, toSnakeCase, labelStyleReasons } from './labelStyle';
