// Password rules (security.md §7 item 2; ASVS V2.1.1, V2.1.7). Every problem is reported at once
// so the form can show them together; messages are user-facing, hence Chinese.
import { WEAK_PASSWORDS } from './weak-passwords';

export const PASSWORD_MIN_LENGTH = 12;
const MIN_CLASSES = 3;
// A one- or two-character login name would forbid most passwords by accident.
const MIN_USERNAME_LENGTH_TO_CHECK = 3;

export type PasswordProblemCode = 'tooShort' | 'tooFewClasses' | 'containsUsername' | 'weak';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

export interface PasswordCheck {
  ok: boolean;
  problems: PasswordProblem[];
}

export interface PasswordContext {
  username: string;
  /** Defaults to WEAK_PASSWORDS. */
  weakList?: readonly string[];
}

/** How many of upper-case letters, lower-case letters, digits and symbols (anything else) occur. */
export function passwordCharacterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

const weakSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function weakSet(list: readonly string[]): ReadonlySet<string> {
  let set = weakSets.get(list);
  if (!set) {
    set = new Set(list.map((w) => w.toLowerCase()));
    weakSets.set(list, set);
  }
  return set;
}

/** Case-insensitive, and again without trailing digits and symbols ("Admin@123456" → "admin"). */
export function isWeakPassword(password: string, weakList: readonly string[] = WEAK_PASSWORDS): boolean {
  const set = weakSet(weakList);
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^\p{L}]+$/u, '');
  return set.has(lower) || (stem !== '' && set.has(stem));
}

export function checkPassword(
  password: string,
  { username, weakList = WEAK_PASSWORDS }: PasswordContext,
): PasswordCheck {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: 'tooShort', message: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符（当前 ${length} 个）` });
  }
  const classes = passwordCharacterClasses(password);
  if (classes < MIN_CLASSES) {
    problems.push({
      code: 'tooFewClasses',
      message: `密码需包含大写字母、小写字母、数字、符号中的至少三类（当前 ${classes} 类）`,
    });
  }
  const name = username.trim().toLowerCase();
  if (name.length >= MIN_USERNAME_LENGTH_TO_CHECK && password.toLowerCase().includes(name)) {
    problems.push({ code: 'containsUsername', message: '密码不能包含登录名' });
  }
  if (isWeakPassword(password, weakList)) {
    problems.push({ code: 'weak', message: '该密码过于常见或出现在已泄露的密码库中，请换一个' });
  }
  return { ok: problems.length === 0, problems };
}
