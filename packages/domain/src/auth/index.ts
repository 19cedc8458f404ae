export {
  PASSWORD_MIN_LENGTH,
  type PasswordProblemCode,
  type PasswordProblem,
  type PasswordCheck,
  type PasswordContext,
  passwordCharacterClasses,
  isWeakPassword,
  checkPassword,
} from './password-policy';
export { WEAK_PASSWORDS } from './weak-passwords';
