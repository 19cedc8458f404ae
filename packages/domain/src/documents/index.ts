export { amountInCapitals, amountInFigures, amountPhrase, MAX_CAPITAL_AMOUNT } from './amount';
export { articleLabel } from './articles';
export { chineseDate, figureDate, figureDateTime } from './dates';
export {
  paymentInstructions,
  PROVISIONAL_DEADLINE_NOTE,
  serviceSentence,
  surchargeSentence,
  type Payee,
} from './sentences';
export { DECISION_KINDS, decisionPublicUrl, verificationCode } from './verification';
export {
  documentText,
  documentTextLines,
  type DocumentSource,
  type DocumentText,
  type TextSection,
} from './document-text';
