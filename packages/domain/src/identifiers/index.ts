export {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_CATEGORIES,
  type CreditCodeProblem,
  type CreditCodeValidation,
  normaliseCreditCode,
  creditCodeCheckChar,
  validateCreditCode,
  isValidCreditCode,
  organisationCodeCheckChar,
  organisationCodeWarning,
} from './credit-code';
export {
  type IdNumberProblem,
  type IdNumberValidation,
  normaliseIdNumber,
  idNumberCheckChar,
  idNumberBirthDate,
  idNumberSex,
  ageOnDate,
  validateIdNumber,
  isValidIdNumber,
  maskIdNumber,
} from './id-number';
export {
  PROVINCE_CODES,
  type RegionLevel,
  isValidRegionCode,
  regionLevel,
  parentRegionCode,
  provinceName,
} from './region';
export {
  type DocumentNumber,
  formatDocumentNumber,
  isValidDocumentNumber,
  parseDocumentNumber,
  normaliseLegacyDocumentNumber,
  formatArchiveNumber,
  isValidArchiveNumber,
} from './document-number';
export { isValidMobile, maskPhone } from './phone';
export { ageOn } from './age';
